"""The event stage on published news (tests/data/events_real): the labelled set is sound, and each
part's figures stay above the pinned floors, with no violent code on a document that tells no
political interaction. Skipped where the shared evaluation texts are absent."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import labelled_or_skip

from newsgraph.evaluate.events import VIOLENT, load_real, score_real
from newsgraph.evaluate.paths import labelled

REAL_DIR = labelled("data", "events_real")
FLOOR = json.loads((REAL_DIR / "floor.json").read_text(encoding="utf-8"))
MODALITIES = {"actual", "planned", "negated", "conditional"}


@pytest.fixture(scope="module")
def parts():
    return labelled_or_skip(load_real(None))


@pytest.fixture(scope="module")
def figures(parts, res):
    return {name: score_real(items, res) for name, items in parts.items()}


def test_set_is_large_with_documents_of_no_interaction(parts):
    docs = [d for items in parts.values() for d in items]
    assert len(docs) >= 50
    assert sum(not d["political"] for d in docs) >= 12


def test_each_document_is_labelled_once(parts):
    seen = Counter((d["file"], d["id"]) for items in parts.values() for d in items)
    assert [k for k, n in seen.items() if n > 1] == []


def test_labels_are_well_formed(parts):
    for name, items in parts.items():
        for doc in items:
            for event in doc["events"]:
                where = (name, doc["id"], event.get("type"))
                assert len(event["cameo_root"]) == 2 and 1 <= int(event["cameo_root"]) <= 20, where
                assert event["modality"] in MODALITIES, where
                assert set(event["source"]) | set(event["target"]) <= set(event["actors"]) or \
                    not event["actors"], where
                assert event["mentions"], where
                for start, end in event["mentions"]:
                    assert 0 <= start < end <= len(doc["text"]), where
                if not doc["political"]:
                    assert event["cameo_root"] not in VIOLENT, where


def test_every_part_has_a_floor(parts):
    assert set(parts) <= set(FLOOR)


@pytest.mark.parametrize("part", sorted(FLOOR))
def test_figures_above_floor(figures, part):
    if part not in figures:
        pytest.skip(f"{part}: texts absent")
    got = {"f1": figures[part]["events"]["f1"], "actors": figures[part]["actors"]["accuracy"]}
    for name, floor in FLOOR[part].items():
        assert got[name] >= floor, (part, name, got[name], floor)


def test_no_violent_code_without_interaction(figures):
    assert all(f["no_interaction_docs"]["violent"] == 0 for f in figures.values())
