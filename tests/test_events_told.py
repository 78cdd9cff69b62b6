"""What a text tells as done or planned between actors, and what it only mentions."""
import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


def _whole(res, text: str, id_: str) -> Document:
    """The document analysed whole, as plain text."""
    return Pipeline(res, whole=True)(Document(id=id_, text=text, source={"format": "text"}))


@pytest.mark.parametrize("text", [
    "Судья Иван Петров намерен покинуть Конституционный суд Молдавии в сентябре.",
    "Эстония и Финляндия планируют перейти на новую валюту в 2030 году.",
    "Издательство «Север» собирается отказаться от бумажной версии газеты.",
])
def test_a_plan_of_ones_own_course_is_no_intent(res, text):
    doc = _whole(res, text, "t1")
    assert not [e for e in doc.events if e.cameo_root == "03"]


def test_a_plan_to_go_over_to_talks_is_an_intent(res):
    doc = _whole(res, "Министр иностранных дел Сербии Иван Петров намерен перейти к переговорам с Косово.", "t2")
    assert [e for e in doc.events if e.cameo_root in ("03", "04")]


@pytest.mark.parametrize("text", [
    "По словам министра, задержание генерала Ивана Петрова позволит завершить расследование.",
    "Эксперты считают, что назначение Ивана Петрова продемонстрирует готовность Владимира Сидорова к диалогу.",
])
def test_a_happening_weighed_by_what_it_leads_to_is_not_told(res, text):
    doc = _whole(res, text, "t3")
    assert not [e for e in doc.events if e.cameo_root in ("17", "03", "01")]


def test_a_noun_told_with_a_verb_of_its_own_is_still_told(res):
    doc = _whole(res, "Полиция Франции задержала Ивана Петрова. Задержание позволило найти оружие.", "t4")
    assert [e for e in doc.events if e.cameo_root == "17"]


@pytest.mark.parametrize("text", [
    "Депутат Иван Петров спросил, знал ли министр Сергей Сидоров о сделке, прежде чем был назначен послом.",
    "«Мы надеемся, что проверка подтвердит нашу версию, потому что Иван Петров был убит.",
    "Адвокаты Ивана Петрова выражали опасения, что к Петрову будет применено особое военное расследование.",
])
def test_what_is_asked_hoped_or_feared_is_not_told(res, text):
    doc = _whole(res, text, "t5")
    assert not [e for e in doc.events if e.cameo_root in ("01", "18", "09")]


def test_a_clause_after_a_hope_with_a_subject_of_its_own_is_told(res):
    doc = _whole(res, "Иван Петров надеется на лучшее. Полиция Франции задержала Сергея Сидорова.", "t6")
    assert [e for e in doc.events if e.cameo_root == "17"]


@pytest.mark.parametrize("text", [
    "Аналитики считают, что главной угрозой для бюджета компании «Север» являются планы Германии.",
    "Полиция Франции поняла, что заложнику угрожает серьёзная опасность.",
    "Угроза над заводом «Восток» нависла после решения Министерства финансов России.",
])
def test_a_danger_is_no_threat(res, text):
    doc = _whole(res, text, "t_danger")
    assert not [e for e in doc.events if e.cameo_root == "13"]


def test_a_threat_by_someone_stays(res):
    doc = _whole(res, "Министр Иван Петров пожаловался на угрозы со стороны Германии.", "t_threat")
    assert [e for e in doc.events if e.cameo_root == "13"]


@pytest.mark.parametrize("text", [
    # a threat noun as what something is called or taken for
    "Эксперты Пентагона уверены, что группировка «Север» считается одной из главных угроз безопасности США.",
    "Министр Иван Петров заявил, что Германия представляет угрозу для соседей.",
])
def test_a_threat_named_as_a_characterisation_is_no_threat(res, text):
    doc = _whole(res, text, "t_named_threat")
    assert not [e for e in doc.events if e.cameo_root == "13"], [e.summary for e in doc.events]


def test_a_plan_a_charge_alleges_is_no_intent(res):
    doc = _whole(res, "В Индии Ивану Петрову предъявили обвинения в намерении вступить в группировку «Север».",
                 "t_charged_plan")
    assert [e.cameo_root for e in doc.events] == ["17"], [e.summary for e in doc.events]
