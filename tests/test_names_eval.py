"""The NER evaluation reduces spans to one flat layer on the sets whose gold is flat."""
from newsgraph.evaluate import ner


def test_flatten_keeps_the_outer_or_earlier_span():
    spans = {(0, 20, "ORG"), (0, 10, "LOC"), (15, 25, "PER"), (30, 35, "LOC"), (40, 50, "ORG"), (42, 48, "LOC")}
    assert ner.flatten(spans) == {(0, 20, "ORG"), (30, 35, "LOC"), (40, 50, "ORG")}


def test_only_flat_gold_sets_are_reduced():
    assert ner.FLAT_SETS == {"factrueval-dev.jsonl"}
    assert set(ner.FLAT_SETS) <= set(ner.SETS)
