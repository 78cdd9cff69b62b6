"""Mention classes on published news: rows of `tests/data/names_mentions.tsv` name gold spans
of the public dev sets (factRuEval-2016, NEREL) by document id and offsets, each with its class,
and the entity stage must produce each of them exactly. The texts are read from
../shared/data/eval; the tables skip where they are absent.

A type written "-LOC" says the span must not be a mention of that type. Classes:
- `gloss`: a person's name with the original spelling in brackets after it ("Джошуа Вольфа
  (Joshua Wolf)"): two mentions of one entity;
- `union`: a union of states ("Евросоюз", "Европейского союза", "ЕС") is an organisation;
- `seat`: a seat of government named for the government ("Кремль обманул", "администрации
  Белого дома") is an organisation, the building in the locative ("в Белом доме") a place;
- `opener`: a word that is no noun or adjective ("Отметим", "Но", "Вслед", "Все") capitalised
  at a sentence's start is no name;
- `retype`: a one-word name the tagger typed wrongly, mended by the dictionary and the text's
  people: "Алабаму", "Ливерпуля", "Царицыно" are places the dictionary knows only as such,
  "Свиридове" the surname of a person the text names in full;
- `title`: a capitalised common word the tagger ran into a person's name ("Вместо Акселя
  Вебера", "69-летний Младич") is left out of it;
- `nested`: a place inside an organisation's name is a mention of its own, a relational
  adjective ("Брянского городского Совета", "Нью-йоркская фондовая биржа") or a place name
  ("Эхо Москвы", "партия Чехии"); an adjective of a person's name, a common word or a people
  ("Мариинского театра", "Комсомольская правда", "Русской Православной церкви") is none;
- `namesake`: the person an organisation is named after, inside its name ("театра
  им.Товстоногова", "академию имени Фрунзе", "института имени А.В. Луначарского").
"""
import json
from pathlib import Path

import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline

from conftest import EVAL_DATA, EVAL_FILES, entities_of_rows, mention_rows

ROWS = mention_rows(Path(__file__).parent / "data" / "names_mentions.tsv")


@pytest.fixture(scope="module")
def analysed():
    return entities_of_rows(ROWS, Pipeline(whole=True))


@pytest.mark.parametrize("set_, doc_id, start, end, type_, surface, kind", ROWS,
                         ids=[f"{r[6]}:{r[0]}:{r[1]}:{r[2]}:{r[5]}" for r in ROWS])
def test_real_mentions(analysed, set_, doc_id, start, end, type_, surface, kind):
    doc = analysed(set_, doc_id)
    assert doc.text[start:end] == surface
    found = {(m.start, m.end, m.type) for m in doc.mentions}
    if type_.startswith("-"):
        assert (start, end, type_[1:]) not in found
    else:
        assert (start, end, type_) in found


GLOSSES = [(a, b) for a, b in zip(ROWS[::1], ROWS[1:]) if a[6] == b[6] == "gloss" and a[1] == b[1]
           and a[3] + 2 == b[2]]


@pytest.mark.parametrize("name, gloss", GLOSSES, ids=[f"{a[1]}:{a[5]}" for a, _ in GLOSSES])
def test_a_name_in_the_original_is_the_same_person(analysed, name, gloss):
    doc = analysed(name[0], name[1])
    by_span = {(m.start, m.end): m for m in doc.mentions}
    first, second = by_span[name[2], name[3]], by_span[gloss[2], gloss[3]]
    assert first.entity == second.entity
    # The entity is named in Russian, not by the original spelling in brackets.
    assert doc.entities[first.entity].name != second.normal


def test_a_name_in_brackets_is_no_subject_of_its_own():
    # NEREL 160284_text: "…школьника Димитриоса Пагуртзиса (Dimitrios Pagourtzis)." The name in
    # brackets stands in the genitive of the name it glosses, so the later "— сообщил он" does
    # not go back to it as to a subject.
    path = EVAL_DATA / EVAL_FILES["nerel"]
    if not path.exists():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8") as fh:
        text = next(json.loads(line)["text"] for line in fh if '"160284_text"' in line)
    doc = Pipeline(whole=True)(Document(id="160284_text", text=text), until="quotes")
    gloss = text.index("Dimitrios Pagourtzis")
    person = next(m.entity for m in doc.mentions if m.start == gloss)
    assert doc.entities[person].name == "Димитриос Пагуртзис"
    said = [q for q in doc.quotes if text.index("— сообщил он") - 100 < q.start < text.index("— сообщил он")]
    assert said and all(q.speaker != person for q in said)
