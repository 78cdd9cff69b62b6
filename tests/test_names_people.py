"""People within one text: a first name with a patronymic joins the person of that first name
(invented sentences, one rule each)."""
import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


@pytest.mark.parametrize("text, name", [
    ("Владимир Путин прибыл в Казань. Владимир Владимирович осмотрел новый мост.", "Владимир Путин"),
    ("Владимир Владимирович осмотрел мост. Позже Владимир Путин встретился с рабочими.", "Владимир Путин"),
    ("Юлия Тимошенко выступила в Раде. Юлия Владимировна ответила на вопросы.", "Юлия Тимошенко"),
])
def test_first_name_and_patronymic_join_the_full_name(res, text, name):
    doc = Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")
    people = [e for e in doc.entities if e.type == "PER"]
    assert [p.name for p in people] == [name], [(m.text, m.type, m.entity) for m in doc.mentions]


def test_first_name_and_patronymic_alone_stay_a_person(res):
    doc = Pipeline(res, whole=True)(Document(id="t", text="Владимир Владимирович осмотрел мост."),
                                    until="entities")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Владимир Владимирович"]


@pytest.mark.parametrize("text, name", [
    ("Генерал Джеймс Смит покинул пост советника. Дж.Смит занимал его два года.", "Джеймс Смит"),
    ("Дж. Уокер занимал пост два года. Его сменит Джордж Уокер.", "Джордж Уокер"),
])
def test_two_letter_initial_joins_the_full_first_name(res, text, name):
    doc = Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")
    assert [e.name for e in doc.entities if e.type == "PER"] == [name]


def test_two_letter_initial_keeps_other_first_names_apart(res):
    text = "Джеймс Смит и Алан Смит приехали в Лондон. Ал. Смит выступил первым."
    doc = Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")
    people = {e.name for e in doc.entities if e.type == "PER"}
    assert "Джеймс Смит" in people and "Алан Смит" in people
