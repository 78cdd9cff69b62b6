"""Cross-document entity figures: the B-cubed and pairwise measures, and the task on real links."""
import pytest
from rich.console import Console

from conftest import EVAL_DATA
from newsgraph.evaluate import TASKS, task_runner, xdoc


def test_bcubed_counts_missed_mentions_as_their_own_clusters():
    gold = {("a", 0, 1): "Q1", ("a", 5, 6): "Q1", ("b", 0, 1): "Q1", ("b", 9, 9): "Q2"}
    system = {("a", 0, 1): 1, ("a", 5, 6): 1, ("b", 9, 9): 2}
    fig = xdoc.bcubed(gold, system)
    assert fig["precision"] == 1.0
    assert fig["recall"] == pytest.approx((2 / 3 * 2 + 1 / 3 + 1) / 4, abs=1e-4)


def test_bcubed_one_cluster_for_all_loses_precision():
    gold = {("a", 0, 1): "Q1", ("b", 0, 1): "Q2"}
    fig = xdoc.bcubed(gold, {m: 0 for m in gold})
    assert fig == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(0.6667, abs=1e-4)}


def test_pairs_count_only_pairs_across_documents():
    gold = {("a", 0, 1): "Q1", ("a", 5, 6): "Q1", ("b", 0, 1): "Q1"}
    # the pair inside document a is not counted; the two pairs a-b are
    fig = xdoc.cross_pairs(gold, {("a", 0, 1): 1, ("a", 5, 6): 1, ("b", 0, 1): 2})
    assert fig == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    fig = xdoc.cross_pairs(gold, {("a", 0, 1): 1, ("a", 5, 6): 2, ("b", 0, 1): 1})
    assert fig["precision"] == 1.0 and fig["recall"] == 0.5


def test_xdoc_is_a_task():
    assert "xdoc" in TASKS and task_runner("xdoc") is xdoc.run


def test_xdoc_on_linked_dev_texts(tmp_path):
    for name in (xdoc.LINKS, xdoc.TEXTS):
        if not (EVAL_DATA / name).exists():
            pytest.skip(f"{EVAL_DATA / name} is absent")
        (tmp_path / name).symlink_to(EVAL_DATA / name)
    fig = xdoc.run(tmp_path, Console(file=open("/dev/null", "w")), limit=20)
    assert fig["documents"] == 20
    for t in (*xdoc.TYPES, "all"):
        assert fig[t]["newsgraph"]["bcubed"]["f1"] >= fig[t]["baseline"]["bcubed"]["f1"] - 1e-9, t
    assert fig["all"]["newsgraph"]["bcubed"]["precision"] > 0.9


def test_recall_loss_tells_missed_mentions_from_split_ones():
    links = [{"id": "a", "links": [{"start": 0, "end": 5, "type": "LOC", "qid": "Q1", "surface": "США"},
                                   {"start": 10, "end": 20, "type": "LOC", "qid": "Q1", "surface": "российских"}]},
             {"id": "b", "links": [{"start": 0, "end": 5, "type": "LOC", "qid": "Q1", "surface": "Америка"},
                                   {"start": 8, "end": 9, "type": "LOC", "qid": "Q1", "surface": "США"}]}]
    ours = {("a", 0, 5): (("corpus", 1), "LOC"), ("b", 0, 5): (("corpus", 2), "LOC")}
    spans = {"a": [(0, 5)], "b": [(0, 5), (6, 12)]}
    loss = xdoc.recall_loss(links, ours, spans, {1: "США", 2: "Америка"})
    # two of four mentions missed: each loses its cluster of 4 (3/4), each found one the two missed (2/4);
    # each found one also loses the other found one (1/4)
    assert loss["LOC"] == {"missed": pytest.approx((3 / 4 * 2 + 2 / 4 * 2) / 4, abs=1e-4), "split": 0.125}
    assert loss["missed_kinds"]["LOC"] == {"inside a longer mention": 1, "no mention, lower case": 1}
    assert loss["apart"] == [{"type": "LOC", "names": ["США", "Америка"], "pairs": 1}]
    fig = xdoc.bcubed({m: "Q1" for m in [("a", 0, 5), ("a", 10, 20), ("b", 0, 5), ("b", 8, 9)]},
                      {m: c for m, (c, _) in ours.items()})
    assert fig["recall"] == pytest.approx(1 - loss["LOC"]["missed"] - loss["LOC"]["split"], abs=1e-3)
