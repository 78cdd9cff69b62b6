"""The quote stage on the project's labelled texts: the figures stay above the pinned floors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.paths import labelled
from newsgraph.evaluate.quotes import evaluate, gold_spans, load_labelled

LABELLED_DIR = labelled("data", "quotes")

FLOOR = json.loads((LABELLED_DIR / "floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records():
    return load_labelled()


@pytest.fixture(scope="module")
def figures(records, res):
    return {name: tally.figures() for name, tally in evaluate(records, res).items() if tally.texts}


def test_set_is_large_and_varied(records):
    quotes = [q for r in records for q in r["quotes"]]
    held = [q for r in records if r["split"] != "dev" for q in r["quotes"]]
    assert len(records) >= 45 and len(quotes) >= 160
    assert len(held) * 3 >= len(quotes)
    assert {q["kind"] for q in quotes} == {"direct", "indirect"}
    assert any(q["speaker"] is None for q in quotes)
    assert any(r["quotes"] == [] for r in records)  # a text without quotations


def test_gold_spans_are_in_the_text(records):
    for record in records:
        for (start, end), q in zip(gold_spans(record), record["quotes"]):
            assert start >= 0 and end > start, (record["id"], q["starts"])
            assert record["text"][start:end].endswith(q["ends"])


@pytest.mark.parametrize("part", sorted(k for k in FLOOR if k != "about"))
def test_figures_above_floor(figures, part):
    assert part in figures
    for name, floor in FLOOR[part].items():
        assert figures[part][name] >= floor, (part, name, figures[part][name], floor)
