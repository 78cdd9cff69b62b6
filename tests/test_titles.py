"""Titles as data: each role an entity gets is also a `Title` record (office, the place or body
it is of, former, acting), kept through the dict round trip and the store."""
from __future__ import annotations

import pytest

from newsgraph.doc import Document, Entity, Title
from newsgraph.entities import extract_entities
from newsgraph.quotes import extract_quotes
from newsgraph.segment import segment_body


def titles_of(text: str, res) -> dict[str, list[tuple]]:
    doc = Document(id="t", text=text, body=[[0, len(text)]])
    segment_body(doc, res)
    extract_entities(doc, res)
    extract_quotes(doc, res)
    out = {}
    for e in doc.entities:
        assert [t.text for t in e.titles] == e.roles  # one record per role, in order
        if e.titles:
            out[e.name] = [(t.office, None if t.of is None else doc.entities[t.of].name, t.of_name,
                            t.former, t.acting) for t in e.titles]
    return out


@pytest.mark.parametrize("text, person, title", [
    ("Министр иностранных дел Казахстана Мурат Нуртлеу провёл переговоры в Ташкенте.",
     "Мурат Нуртлеу", ("министр иностранных дел", "Казахстан", "Казахстан", False, False)),
    # "первый" before an office one person holds at a time: the former holder
    ("Первый президент Узбекистана Ислам Каримов скончался в 2016 году.",
     "Ислам Каримов", ("президент", "Узбекистан", "Узбекистан", True, False)),
    # ...before a deputy: a rank, part of the office
    ("Первый заместитель министра энергетики Казахстана Асет Магауов сообщил о планах.",
     "Асет Магауов", ("первый заместитель министра энергетики", "Казахстан", "Казахстан", False, False)),
    ("Экс-президент Кыргызстана Алмазбек Атамбаев вернулся в Бишкек.",
     "Алмазбек Атамбаев", ("президент", "Кыргызстан", "Кыргызстан", True, False)),
    ("Исполняющий обязанности акима Алматы Ерлан Жанабаев заявил, что работы продолжатся.",
     "Ерлан Жанабаев", ("аким", "Алматы", "Алматы", False, True)),
    ("И.о. министра здравоохранения Кыргызстана Алымкадыр Бейшеналиев открыл больницу.",
     "Алымкадыр Бейшеналиев", ("министр здравоохранения", "Кыргызстан", "Кыргызстан", False, True)),
    # a country named by an adjective only: its name, and the entity its reference gives the
    # text ("Казахстанский" → Казахстан, see Document.references)
    ("Казахстанский министр Ерлан Карин выступил на форуме в Астане.",
     "Ерлан Карин", ("министр", "Казахстан", "Казахстан", False, False)),
    # the first place or body named after the office is what it is of
    ("Глава МИД Казахстана Мурат Нуртлеу встретился с послом Китая.",
     "Мурат Нуртлеу", ("глава", "МИД", "МИД", False, False)),
])
def test_titles(res, text, person, title):
    assert titles_of(text, res)[person] == [title]


def test_group_title_gives_each_person_the_office_of_their_place(res):
    found = titles_of("Министры энергетики Казахстана и Кыргызстана Алмасадам Саткалиев и Таалайбек "
                      "Ибраев подписали соглашение.", res)
    assert found["Алмасадам Саткалиев"] == [("министр энергетики", "Казахстан", "Казахстан", False, False)]
    assert found["Таалайбек Ибраев"] == [("министр энергетики", "Кыргызстан", "Кыргызстан", False, False)]


def test_round_trip_and_documents_written_before_titles():
    entity = Entity(1, "PER", "Ислам Каримов", ["первый президент Узбекистана"],
                    [Title("первый президент Узбекистана", "президент", 0, "Узбекистан", former=True)])
    doc = Document(id="d", text="x", entities=[Entity(0, "LOC", "Узбекистан"), entity])
    assert Document.from_dict(doc.to_dict()) == doc
    old = doc.to_dict()
    for e in old["entities"]:
        del e["titles"]
    assert Document.from_dict(old).entities[1].titles == []


def test_store_keeps_titles(tmp_path):
    from newsgraph.corpus.prepare import prepare
    from newsgraph.corpus import open_corpus

    text = "Первый президент Узбекистана Ислам Каримов посетил Ташкент."
    doc = Document(id="titles-1", text=text, body=[[0, len(text)]], source={"format": "text"},
                   entities=[Entity(0, "LOC", "Узбекистан"),
                             Entity(1, "PER", "Ислам Каримов", ["первый президент Узбекистана"],
                                    [Title("первый президент Узбекистана", "президент", 0, "Узбекистан", True)])])
    with open_corpus(str(tmp_path / "store.db")) as store:
        store.save(prepare(doc))
        assert store.load("titles-1").entities == doc.entities
