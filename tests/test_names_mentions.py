"""Mention classes on real text of the dev sets: a span never runs across a line break or a
list's bullet (factRuEval book_394: a list of states; NEREL 3248_text: a headline and a
caption on lines of their own)."""
import pytest

from newsgraph.doc import Document
from newsgraph.entities import split_at_separators
from newsgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def mentions():
    pipeline = Pipeline(whole=True)

    def run(text):
        return [(m.text, m.type) for m in pipeline(Document(id="t", text=text), until="entities").mentions]
    return run


@pytest.mark.parametrize("text, expected", [
    ("Страны, которые его поддерживают:\n\n• Афганистан • Алжир • Аргентина • Азербайджан • Бахрейн • "
     "Барбадос • Бермуды • Чили • Коста Рика • Эквадор • Египет",
     [("Бахрейн", "LOC"), ("Барбадос", "LOC"), ("Бермуды", "LOC"), ("Египет", "LOC")]),
    ("Погиб охотник на крокодилов Стив Ирвин\nСтив Ирвин\n'Стив Ирвин' (Steve Irwin) — известный "
     "австралийский натуралист.",
     [("Стив Ирвин", "PER")]),
])
def test_no_mention_across_a_line_or_bullet(mentions, text, expected):
    found = mentions(text)
    assert not any("\n" in s or "•" in s for s, _ in found)
    for item in expected:
        assert item in found


@pytest.mark.parametrize("text, span, pieces", [
    ("Бахрейн • Барбадос", (0, 18), ["Бахрейн", "Барбадос"]),
    ("Стив Ирвин\nСтив Ирвин", (0, 21), ["Стив Ирвин", "Стив Ирвин"]),
    ("Стив Ирвин\n•", (0, 12), ["Стив Ирвин"]),
    ("Касым-Жомарт Токаев", (0, 19), ["Касым-Жомарт Токаев"]),
])
def test_split_at_separators(text, span, pieces):
    got = split_at_separators(text, [(*span, "LOC")])
    assert [text[s:e] for s, e, _ in got] == pieces
