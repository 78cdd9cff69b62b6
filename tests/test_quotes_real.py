"""The quote stage on published news (tests/data/quotes_real): the labelled set is sound and the
figures stay above the pinned floors. Skipped where the shared evaluation texts are absent."""
from __future__ import annotations

import json

import pytest
from conftest import labelled_or_skip

from newsgraph.evaluate.paths import labelled
from newsgraph.evaluate.quotes import REAL_PARTS, REFERS, evaluate, load_real

REAL_DIR = labelled("data", "quotes_real")
FLOOR = json.loads((REAL_DIR / "floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records():
    return labelled_or_skip(load_real(REAL_DIR))


def test_set_is_large_and_apart(records):
    tuning = [r for r in records if r["split"] == "tuning"]
    assert len(tuning) >= 60 and sum(len(r["quotes"]) for r in tuning) >= 200
    seen = {r["id"] for r in tuning}
    for part in (p for p in REAL_PARTS if p.startswith("first_contact")):
        path = REAL_DIR / f"{part}_ids.json"
        drawn = {d["id"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"]}
        assert len(drawn) >= 20, part
        assert not drawn & seen, (part, sorted(drawn & seen))
        seen |= drawn


def test_labels_are_well_formed(records):
    for record in records:
        text = record["text"]
        previous = -1
        for q in record["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text), (record["id"], q)
            assert q["start"] >= previous, (record["id"], q)  # in text order
            previous = q["start"]
            assert q["kind"] in ("direct", "indirect") and q["refer"] in REFERS
            assert (q["speaker"] is None) == (q["refer"] == "none"), (record["id"], q)
            content = text[q["start"]:q["end"]]
            assert content == content.strip() and content[-1] not in ".,", (record["id"], content)


@pytest.fixture(scope="module")
def figures(records, res):
    """Every part's figures, from one pass over the whole set."""
    return {name: tally.figures() for name, tally in evaluate(records, res).items() if tally.texts}


@pytest.mark.parametrize("part", sorted(k for k in FLOOR if k != "about"))
def test_figures_above_floor(figures, part):
    if part not in figures:
        pytest.skip(f"no {part} documents")
    for name, floor in FLOOR[part].items():
        assert figures[part][name] >= floor, (part, name, figures[part][name], floor)
