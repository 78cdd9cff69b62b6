"""Short forms within one text: a surname with its lowercase particle joins the full name; a court
named with the city it serves in the genitive is named so again alone (invented sentences, one
rule each)."""
import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


def _people(res, text):
    doc = Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")
    return [e.name for e in doc.entities if e.type == "PER"], doc


@pytest.mark.parametrize("text, name", [
    ("Министр Клаус фон Штайнберг приехал в Берлин. Фон Штайнберг заявил, что доволен.", "Клаус фон Штайнберг"),
    ("Писатель Жан де Мариньи выступил в Париже. По словам де Мариньи, книга готова.", "Жан де Мариньи"),
])
def test_surname_with_particle_joins_the_full_name(res, text, name):
    people, doc = _people(res, text)
    assert people == [name], [(m.text, m.normal, m.entity) for m in doc.mentions]


def test_hyphenated_particle_surname_alone_joins_the_full_name(res):
    people, doc = _people(res, "Президент Башир аль-Хадид прибыл в Каир. Хадид провёл переговоры.")
    assert people == ["Башир аль-Хадид"], [(m.text, m.normal, m.entity) for m in doc.mentions]


def test_two_people_with_particles_stay_apart(res):
    people, _ = _people(res, "Клаус фон Штайнберг и Марта фон Штайнберг приехали в Берлин.")
    assert set(people) == {"Клаус фон Штайнберг", "Марта фон Штайнберг"}


def test_body_with_the_genitive_of_its_city_is_one_body(res):
    doc = Pipeline(res, whole=True)(Document(
        id="t", text="Окружной суд Гамбурга отклонил жалобу. Окружной суд уточнил, что решение окончательно."),
        until="entities")
    orgs = [e.name for e in doc.entities if e.type == "ORG"]
    places = [e.name for e in doc.entities if e.type == "LOC"]
    assert orgs == ["Окружной суд Гамбурга"] and places == ["Гамбург"], [(m.text, m.type, m.entity) for m in doc.mentions]


def test_abbreviated_body_keeps_its_short_name(res):
    doc = Pipeline(res, whole=True)(Document(id="t", text="Глава МИД Италии прибыл в Рим."), until="entities")
    assert "МИД" in [e.name for e in doc.entities if e.type == "ORG"]


def test_chinese_surname_van_is_no_particle(res):
    people, _ = _people(res, "Министр Ван И прибыл в Москву. Ван И провёл переговоры.")
    assert people == ["Ван И"]
