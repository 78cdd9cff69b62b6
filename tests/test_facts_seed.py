"""The facts stage on the shared seed page: the article body only (lines 1-17), never
the related headlines after it."""
import json
from pathlib import Path

import pytest

from newsgraph.doc import Document
from newsgraph.facts import extract_facts
from newsgraph.resources import get_resources
from newsgraph.segment import segment_body

SEED = Path(__file__).parents[1].parent / "shared" / "examples" / "seed"
PAGE = SEED / "000_3aea3366a85cbd5f.txt"
EXPECTED = SEED / "000_3aea3366a85cbd5f.expected.json"
BODY_LAST_LINE = 17


@pytest.fixture(scope="module")
def doc():
    if not PAGE.exists():
        pytest.skip(f"{PAGE} not found")
    text = PAGE.read_text(encoding="utf-8")
    body, pos = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        if number <= BODY_LAST_LINE and line.strip():
            body.append([pos, pos + len(line)])
        pos += len(line) + 1
    res = get_resources()
    d = Document(id="seed", text=text, body=body)
    segment_body(d, res)
    return extract_facts(d, res)


def test_one_money(doc):
    assert [(m.text, m.amount, m.currency, m.approx) for m in doc.money] == [
        ("порядка одного миллиарда долларов США", 1000000000, "USD", True)]


def test_quantities(doc):
    assert [(q.text, q.value, q.qualifier, q.unit) for q in doc.quantities] == [
        ("более 500 предпринимателей", 500, "more_than", "предприниматель"),
        ("около 75 совместных контрактов", 75, "about", "контракт")]


def test_dates(doc):
    assert [(d.text, d.value, d.relative) for d in doc.dates] == [
        ("23 марта", "--03-23", None), ("23 марта", "--03-23", None), ("в прошлом году", None, "-1y")]


def test_nothing_from_the_chrome(doc):
    # "$352,5 тысяч" and "28 января 2026 года" stand in related headlines after the body.
    body_end = max(end for _, end in doc.body)
    for item in doc.money + doc.quantities + doc.dates:
        assert item.end <= body_end
        assert doc.text[item.start:item.end] == item.text


def test_agrees_with_expected_file(doc):
    if not EXPECTED.exists():
        pytest.skip(f"{EXPECTED} not found")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert [(m["text"], m["amount"], m["currency"], m["approx"]) for m in expected["money"]] == [
        (m.text, m.amount, m.currency, m.approx) for m in doc.money]
    assert sorted((q["text"], q["value"], q["qualifier"], q["unit"]) for q in expected["quantities"]) == sorted(
        (q.text, q.value, q.qualifier, q.unit) for q in doc.quantities)
    for date in expected["dates"]:
        found = [d for d in doc.dates if d.text.lower() == date["text"].lower()]
        assert len(found) == date.get("count", 1)
        for d in found:
            assert d.value == date.get("value", d.value)
            assert d.relative == date.get("relative", d.relative)
