"""Events stage: who takes part, on the classes published news showed (invented sentences,
one rule each)."""
from __future__ import annotations

from test_events import analyse, names


def test_a_demonym_names_the_country_of_state_agents(res):
    doc = analyse("Германия обсудила с Россией поставки газа.\nГермания ввела квоты.\n"
                  "Российские власти задержали Ивана Петрова.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].source) == {"Россия"}


def test_an_arrest_in_the_passive_is_the_state_of_the_place(res):
    doc = analyse("В Египте арестован Мухаммед Бади.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [({"Египет"}, {"Мухаммед Бади"})]


def test_a_person_told_by_a_common_noun_is_the_one_last_named(res):
    doc = analyse("Иван Петров прилетел в Париж во вторник.\nПолитик был задержан в аэропорту.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].target) == {"Иван Петров"}


def test_a_business_plan_is_no_intent(res):
    doc = analyse("Компания Playboy Enterprises планирует отказаться от печатной версии журнала.", res)
    assert doc.events == []


def test_no_violence_in_a_story_about_sport(res):
    doc = analyse("Виталий Кличко победил в бою за титул чемпиона мира.\n"
                  "Британец часто атаковал, однако ему не хватило мастерства.\n"
                  "Матч прошел в Лондоне.", res)
    assert not [e for e in doc.events if e.cameo_root in ("18", "19", "20")]


def test_the_office_taken_takes_no_part(res):
    doc = analyse("Эммерсон Мнангагва принёс присягу в качестве нового президента Зимбабве.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Эммерсон Мнангагва"}]
