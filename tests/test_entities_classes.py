"""Mention classes on real sentences of the dev sets (NEREL, factRuEval): each row is a short
sentence as published, the mention expected (surface, type, normal) or the word that must not
be a mention."""
import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def mentions():
    pipeline = Pipeline(whole=True)

    def run(text):
        return [(m.text, m.type, m.normal) for m in pipeline(Document(id="t", text=text), until="entities").mentions]
    return run


# Streets, squares and avenues: a place, with the street word (NEREL 378, 37745_text, 12176_text).
STREETS = [
    ("Нападение было совершено утром в понедельник на улице Советской в Сергиевом Посаде.",
     "улице Советской", "улица Советская"),
    ("В Санкт-Петербурге прошла акция в память о Егоре Свиридове на площади Восстания.",
     "площади Восстания", "площадь Восстания"),
]


@pytest.mark.parametrize("text, surface, normal", STREETS)
def test_street_names_are_places_with_the_street_word(mentions, text, surface, normal):
    found = mentions(text)
    # the name alone is never a mention; where the tagger sees it, the street word joins it
    assert not any(m[0] == surface.split()[1] for m in found)
    assert (surface, "LOC", normal) in found or not any(surface.split()[1] in m[0] for m in found)


@pytest.mark.parametrize("text, mention", [
    # NEREL 37745_text, factRuEval book_151: the square or street bears a place's own name
    ("Здание расположено на улице Навои в Юнусабадском районе столицы.", ("Навои", "LOC", "Навои")),
    ("Годовщина событий на площади Тяньаньмынь.", ("Тяньаньмынь", "LOC", "Тяньаньмынь")),
])
def test_a_place_name_after_a_street_word_stays_the_place(mentions, text, mention):
    assert mention in mentions(text)


def test_streets_of_a_city_are_not_a_street(mentions):
    # NEREL 44820_text
    found = mentions("Силовики покидают улицы Киева и других городов.")
    assert ("Киева", "LOC", "Киев") in found


# A common adjective opening a sentence is capitalised for that reason alone.
@pytest.mark.parametrize("text, word", [
    ("Рейсовый автобус ПАЗ съехал в кювет.", "Рейсовый"),
    ("Новый закон вступит в силу в январе.", "Новый"),
])
def test_sentence_initial_common_adjectives_are_not_names(mentions, text, word):
    assert not any(m[0] == word for m in mentions(text))


def test_place_adjectives_are_not_dropped_as_common_words():
    from newsgraph.entities import common_adjective
    from newsgraph.resources import get_resources

    res = get_resources()
    assert common_adjective("Рейсовый", res) and not common_adjective("Российские", res)
    assert not common_adjective("Москва", res)


# State bodies of a region: one organisation, the country and the region nested in it as places
# (factRuEval / NEREL dev sentences); names running on through a dot are one organisation.
WHOLE_ORGS = [
    ("Сообщение об этой авиационной катастрофе поступило в ЦУКС МЧС России по Архангельской области "
     "в 16 часов 25 минут.", "МЧС России по Архангельской области", ["России", "Архангельской области"]),
    ("Деятельность хакера была пресечена сотрудниками РУФСБ России по Тюменской области.",
     "РУФСБ России по Тюменской области", ["России", "Тюменской области"]),
    ("Как пишет Lenta.ru, до апреля 2010 года регистрация сайтов в зоне была дешевле.", "Lenta.ru", []),
]


@pytest.mark.parametrize("text, surface, nested", WHOLE_ORGS)
def test_regional_bodies_and_dotted_names_are_one_organisation(mentions, text, surface, nested):
    found = mentions(text)
    assert (surface, "ORG", surface) in found, found
    assert [m for m, t, _ in found if t == "LOC"] == nested
    assert not any(t == "ORG" and m != surface and m in surface for m, t, _ in found if m != "ЦУКС")
