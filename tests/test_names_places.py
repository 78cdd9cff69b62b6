"""Places inside organisations' names: the place a relational adjective is of, and the nested
mention with that place as its normal form (invented sentences, one rule each)."""
import pytest

from newsgraph.doc import Document
from newsgraph.entities.places import place_of_adjective
from newsgraph.pipeline import Pipeline
from newsgraph.resources import get_resources

ADJECTIVES = [
    ("Московского", "Москва"), ("Брянской", "Брянск"), ("Российская", "Россия"),
    ("Лондонский", "Лондон"), ("Киевском", "Киев"), ("Европейского", "Европа"),
    ("Американской", "США"), ("Итальянский", "Италия"), ("Уфимский", "Уфа"), ("Рижское", "Рига"),
    ("Гаагского", "Гаага"), ("Уральского", "Урал"), ("Сибирского", "Сибирь"), ("Омского", "Омск"),
    ("Томской", "Томск"), ("Ивановской", "Иваново"), ("Останкинском", "Останкино"),
    ("Нью-йоркская", "Нью-Йорк"), ("Санкт-Петербургской", "Санкт-Петербург"),
    ("Немецким", "Германия"), ("Чувашском", "Чувашия"), ("Казанского", "Казань"),
    # no place: an adjective of a common word, of a person's name, of a people, or none at all
    ("Комсомольская", None), ("Октябрьского", None), ("Мариинского", None),
    ("Александринском", None), ("Русской", None), ("Государственный", None),
    ("Исламской", None), ("Католического", None),
]


@pytest.mark.parametrize("word, place", ADJECTIVES)
def test_place_of_adjective(word, place):
    assert place_of_adjective(word, get_resources()) == place


NESTED = [
    ("Он окончил Московский авиационный институт в 1990 году.", "Московский", "Москва"),
    ("Об этом сообщила радиостанция «Эхо Москвы» в понедельник.", "Москвы", "Москва"),
]


@pytest.mark.parametrize("text, surface, normal", NESTED)
def test_a_place_nested_in_an_organisation(text, surface, normal):
    doc = Pipeline(whole=True)(Document(id="t", text=text), until="entities")
    found = {(m.text, m.type): m for m in doc.mentions}
    assert (surface, "LOC") in found, found
    assert found[surface, "LOC"].normal == normal
    outer = [m for m in doc.mentions if m.type == "ORG" and m.start <= text.index(surface) < m.end]
    assert outer, doc.mentions
    assert doc.entities[found[surface, "LOC"].entity].name == normal


def test_an_abbreviated_word_is_no_head_of_a_name():
    text = "Актриса МХТ им. А. П. Чехова уехала на гастроли."
    doc = Pipeline(whole=True)(Document(id="t", text=text), until="entities")
    found = {(m.text, m.type): m.normal for m in doc.mentions}
    assert found.get(("МХТ им. А. П. Чехова", "ORG")) == "МХТ им. А. П. Чехова", found
    assert found.get(("А. П. Чехова", "PER")) == "А. П. Чехов", found
