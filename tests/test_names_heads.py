"""Bodies, clubs and lone surnames: the entity a speaker is named by, on published news and on
invented sentences of one rule each.

Rows of `tests/data/names_heads.tsv` name mentions of the public dev sets (factRuEval-2016,
NEREL) by document id and offsets with the name their entity must have; the texts are read from
../shared/data/eval, and the rows skip where they are absent. Classes:
- `body`: an organisation whose name opens with a body's head noun or is an abbreviation,
  followed by the place it belongs to in the genitive, is that place's body ("Министерство
  обороны Румынии", "Федерации футбола Португалии", "МИД Италии"); the mentions keep the spans
  the NER sets draw (the body, the place);
- `short`: the press's short form of a body ("МИД", "МВД", "Минспорт") names the kind of body,
  and the place after it is a participant of its own ("МИД Италии": the entity "МИД" and Италия,
  as the events' labels and the alias table read it);
- `club`: a one-word name the tagger took for a person, which the text writes elsewhere as an
  organisation, or which stands in apposition to "клуб", "команда", is an organisation;
- `remit`: a body's remit after "по", which the tagger cut off, is part of its name
  ("Европейского суда по правам человека"), and an abbreviation of the text that is the
  initials of a full name there joins it ("ЕСПЧ");
- `legal`: a company's name with its legal form and without it are one entity ("Netflix
  Inc." and "Netflix");
- `surname`: a lone surname the tagger read as an oblique case of another name ("Роналду" as
  the dative of "Роналд") is the person the text names in full with it.
"""
from pathlib import Path

import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline

from conftest import entities_of_rows, mention_rows

ROWS = mention_rows(Path(__file__).parent / "data" / "names_heads.tsv")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(whole=True)


@pytest.fixture(scope="module")
def analysed(pipeline):
    return entities_of_rows(ROWS, pipeline)


@pytest.mark.parametrize("set_, doc_id, start, end, type_, surface, name, kind", ROWS,
                         ids=[f"{r[7]}:{r[0]}:{r[1]}:{r[2]}:{r[5]}" for r in ROWS])
def test_real_heads(analysed, set_, doc_id, start, end, type_, surface, name, kind):
    doc = analysed(set_, doc_id)
    assert doc.text[start:end] == surface
    at = [m for m in doc.mentions if (m.start, m.end) == (start, end)]
    if type_.startswith("-"):
        assert at and all(m.type != type_[1:] for m in at)
        return
    mention = next(m for m in at if m.type == type_)
    assert doc.entities[mention.entity].name == name


def _entities(pipeline, text):
    doc = pipeline(Document(id="t", text=text), until="entities")
    return doc, {doc.text[m.start:m.end]: (m.type, doc.entities[m.entity].name) for m in doc.mentions}


def test_two_countries_ministries_stay_two(pipeline):
    doc, found = _entities(pipeline, "Министерство обороны Франции и Министерство обороны Германии "
                                     "подписали соглашение.")
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"Министерство обороны Франции", "Министерство обороны Германии"} <= names
    assert found["Франции"][0] == "LOC" and found["Германии"][0] == "LOC"


def test_a_body_named_again_alone_is_the_one_named_with_its_place(pipeline):
    doc, found = _entities(pipeline, "Министерство обороны Франции направило ноту. Позже министр "
                                     "встретился с послом, а Министерство обороны сообщило о встрече.")
    assert {e.name for e in doc.entities if e.type == "ORG"} == {"Министерство обороны Франции"}


def test_a_body_named_alone_beside_two_countries_bodies_stays_alone(pipeline):
    doc, _ = _entities(pipeline, "Министерство обороны Франции и Министерство обороны Германии подписали "
                                 "соглашение. Министерство обороны сообщило о встрече.")
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert names == {"Министерство обороны Франции", "Министерство обороны Германии", "Министерство обороны"}


def test_an_abbreviation_joins_the_full_name_of_its_initials(pipeline):
    doc, found = _entities(pipeline, "Судья Европейского суда по правам человека Дмитрий Дедов высказался. "
                                     "ЕСПЧ вынес решение по делу.")
    assert found["ЕСПЧ"][1] == found["Европейского суда по правам человека"][1] == \
        "Европейский суд по правам человека"


def test_an_adverbial_after_a_court_is_no_remit(pipeline):
    _, found = _entities(pipeline, "Басманный суд по делу о растрате вынес решение.")
    assert "Басманный суд" in found


def test_a_name_after_a_team_word_is_no_person(pipeline):
    doc, found = _entities(pipeline, "Форвард перешёл в клуб «Арсенал» из Лондона прошлым летом.")
    assert found.get("Арсенал", ("ORG",))[0] != "PER"


def test_a_company_with_and_without_its_legal_form_is_one(pipeline):
    doc, found = _entities(pipeline, "ПАО Сбербанк снизило ставки. Сбербанк объяснил это решением регулятора.")
    assert found["ПАО Сбербанк"][1] == found["Сбербанк"][1]


def test_a_court_of_a_union_takes_the_union_into_its_name(pipeline):
    doc, found = _entities(pipeline, "Верховный суд Евросоюза отклонил жалобу компании.")
    assert found["Верховный суд"] == ("ORG", "Верховный суд Евросоюза")
    assert found["Евросоюза"][0] == "ORG"


def test_a_department_of_a_committee_takes_the_committee_and_its_country(pipeline):
    doc, found = _entities(pipeline, "Дело передано в Главное следственное управление Следственного "
                                     "комитета Российской Федерации.")
    name = next(n for s, (t, n) in found.items() if s.startswith("Главное"))
    assert name == "Главное следственное управление Следственного комитета Российской Федерации"
    assert any(t == "LOC" for s, (t, n) in found.items() if s.startswith("Российской"))


def test_a_court_named_with_adjectives_is_named_with_its_country(pipeline):
    doc, found = _entities(pipeline, "Конституционный суд Молдавии отменил решение парламента.")
    assert found["Конституционный суд"] == ("ORG", "Конституционный суд Молдавии")
    assert found["Молдавии"][0] == "LOC"


def test_a_body_named_with_adjectives_leaves_its_country_beside_it(pipeline):
    doc, found = _entities(pipeline, "Центральный банк Молдавии повысил ставку.")
    assert found["Центральный банк"] == ("ORG", "Центральный банк")
    assert found["Молдавии"][0] == "LOC"


def test_a_place_adjective_and_a_body_noun_are_one_body_with_its_place(pipeline):
    doc, found = _entities(pipeline, "Нападавший скрылся с места преступления. Стамбульская полиция "
                                     "отказалась от комментариев.")
    assert found["Стамбульская полиция"] == ("ORG", "Стамбульская полиция")
    assert found["Стамбульская"] == ("LOC", "Стамбул")
