"""One event per happening: a later look back at talks is not a second meeting."""
from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


def test_look_back_at_talks_is_folded_into_them(res):
    text = ("15 апреля в Астане прошли переговоры президентов Казахстана и Узбекистана Касым-Жомарта Токаева "
            "и Шавката Мирзиёева.\n"
            "«Мы договорились удвоить товарооборот», — заявил Токаев на пресс-конференции после переговоров.")
    doc = Pipeline(res, whole=True)(Document(id="m", text=text, source={"format": "text"}))
    meetings = [e for e in doc.events if e.cameo_root == "04"]
    assert len(meetings) == 1
    names = {doc.entities[i].name for i in meetings[0].actors}
    assert {"Касым-Жомарт Токаев", "Шавкат Мирзиёев"} <= names
    assert doc.entities[meetings[0].place].name == "Астана" and meetings[0].date == "--04-15"


def test_talks_elsewhere_stay_apart(res):
    text = ("15 апреля в Астане прошли переговоры Касым-Жомарта Токаева и Шавката Мирзиёева.\n"
            "20 апреля в Ташкенте прошли переговоры Касым-Жомарта Токаева и Шавката Мирзиёева.")
    doc = Pipeline(res, whole=True)(Document(id="m2", text=text, source={"format": "text"}))
    assert len([e for e in doc.events if e.cameo_root == "04"]) == 2


def test_one_person_put_out_of_a_post_told_again_with_a_place_is_one_happening(res):
    text = ("Министра финансов Ивана Петрова уволили.\n"
            "Ранее сообщалось, что Иван Петров будет уволен 5 мая в Москве.")
    doc = Pipeline(res, whole=True)(Document(id="m3", text=text, source={"format": "text"}))
    dismissals = [e for e in doc.events if e.type == "dismiss"]
    assert len(dismissals) == 1 and len(dismissals[0].mentions) == 2


def test_a_happening_told_with_a_place_alone_then_with_its_sides_is_one_happening(res):
    text = ("Медный рудник Эскондида остановлен\n"
            "Забастовки в Чили\n"
            "Рудник остановлен на неделю.\n"
            "Президент Чили Себастьян Пиньера столкнулся с забастовками горняков.")
    doc = Pipeline(res, whole=True)(Document(id="m4", text=text, source={"format": "text"}))
    strikes = [e for e in doc.events if e.cameo_root == "14"]
    assert len(strikes) == 1
