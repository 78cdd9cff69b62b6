"""The events evaluation on published news: parts summed into one figure, and the error list."""
from __future__ import annotations

from newsgraph.evaluate.events import combine_real, misses_real


def part(right, predicted, gold, actors, texts, confusion, violent=(), calm=(0, 0, 0)):
    ratio = {"right": actors[0], "total": actors[1]}
    return {"texts": texts, "events": {"right": right, "predicted": predicted, "gold": gold},
            **{k: dict(ratio) for k in ("actors", "source", "target", "modality", "place", "date")},
            "confusion": confusion, "violent_without_violence": list(violent),
            "no_interaction_docs": dict(zip(("texts", "events", "violent"), calm))}


def test_parts_are_summed_before_the_ratios():
    both = combine_real({"a": part(8, 10, 16, (4, 8), 5, {"04>04": 3, "-<18": 1}, ["a: 18 x"], (2, 1, 0)),
                         "b": part(1, 10, 4, (1, 1), 3, {"04>04": 1}, calm=(1, 0, 0))})
    assert both["texts"] == 8
    assert both["events"]["precision"] == 9 / 20 and both["events"]["recall"] == 9 / 20
    assert both["actors"] == {"right": 5, "total": 9, "accuracy": 5 / 9}
    assert both["confusion"] == {"-<18": 1, "04>04": 4}
    assert both["violent_without_violence"] == ["a: 18 x"]
    assert both["no_interaction_docs"] == {"texts": 3, "events": 1, "violent": 0}


TEXT = "Переговоры в Москве\nПрезидент России Владимир Путин встретился в Москве с президентом Казахстана Касым-Жомартом Токаевым."


def labelled(root: str, source: list[str], target: list[str]) -> dict:
    start = TEXT.index("Президент")
    return {"id": "t1", "text": TEXT, "events": [
        {"cameo_root": root, "type": "meet", "modality": "actual", "source": source, "target": target,
         "actors": source + target, "place": "Москва", "date": None, "mentions": [[start, len(TEXT)]]}]}


def test_a_meeting_labelled_as_found_has_no_error(res):
    assert misses_real([labelled("04", ["Владимир Путин"], ["Касым-Жомарт Токаев"])], res) == []


def test_another_root_is_a_miss_and_an_extra(res):
    lines = misses_real([labelled("05", ["Владимир Путин"], ["Касым-Жомарт Токаев"])], res)
    assert [line.split()[1:3] for line in lines] == [["extra", "04"], ["missed", "05"]]


def test_other_actors_are_listed(res):
    lines = misses_real([labelled("04", ["Россия"], ["Казахстан"])], res)
    assert len(lines) == 1 and lines[0].startswith("t1: actors 04 gold ['Россия'] -> ['Казахстан']")
