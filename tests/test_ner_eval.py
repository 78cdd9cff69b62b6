"""The entity stage never scores below bare slovnet on the public dev sets (exact spans)."""
import pytest
from rich.console import Console

from conftest import EVAL_DATA
from newsgraph.evaluate import ner


def test_score_counts_exact_spans():
    gold = [{(0, 5, "PER"), (10, 15, "LOC")}]
    pred = [{(0, 5, "PER"), (10, 14, "LOC"), (20, 25, "ORG")}]
    fig = ner.score(gold, pred)
    assert fig["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert fig["LOC"]["f1"] == 0.0
    assert fig["ORG"]["precision"] == 0.0
    assert fig["micro"]["precision"] == pytest.approx(1 / 3, abs=1e-4)


@pytest.mark.parametrize("name", ner.SETS)
def test_newsgraph_at_or_above_slovnet(name, tmp_path):
    path = EVAL_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    (tmp_path / name).symlink_to(path)
    figures = ner.run(tmp_path, Console(file=open("/dev/null", "w")), limit=150)[name]
    for t in (*ner.TYPES, "micro"):
        ours, bare = figures["newsgraph"][t]["f1"], figures["slovnet"][t]["f1"]
        assert ours >= bare - 1e-9, (t, ours, bare)
    assert figures["newsgraph"]["ORG"]["f1"] > figures["slovnet"]["ORG"]["f1"]
