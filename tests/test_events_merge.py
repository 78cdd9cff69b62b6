"""One event per happening: a later look back at talks is not a second meeting."""
import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


def _whole(res, text: str, id_: str) -> Document:
    """The document analysed whole, as plain text."""
    return Pipeline(res, whole=True)(Document(id=id_, text=text, source={"format": "text"}))


def test_look_back_at_talks_is_folded_into_them(res):
    text = ("15 апреля в Астане прошли переговоры президентов Казахстана и Узбекистана Касым-Жомарта Токаева "
            "и Шавката Мирзиёева.\n"
            "«Мы договорились удвоить товарооборот», — заявил Токаев на пресс-конференции после переговоров.")
    doc = _whole(res, text, "m")
    meetings = [e for e in doc.events if e.cameo_root == "04"]
    assert len(meetings) == 1
    names = {doc.entities[i].name for i in meetings[0].actors}
    assert {"Касым-Жомарт Токаев", "Шавкат Мирзиёев"} <= names
    assert doc.entities[meetings[0].place].name == "Астана" and meetings[0].date == "--04-15"


def test_one_person_put_out_of_a_post_told_again_with_a_place_is_one_happening(res):
    text = ("Министра финансов Ивана Петрова уволили.\n"
            "Ранее сообщалось, что Иван Петров будет уволен 5 мая в Москве.")
    doc = _whole(res, text, "m3")
    dismissals = [e for e in doc.events if e.type == "dismiss"]
    assert len(dismissals) == 1 and len(dismissals[0].mentions) == 2


def test_a_happening_told_with_a_place_alone_then_with_its_sides_is_one_happening(res):
    text = ("Медный рудник Эскондида остановлен\n"
            "Забастовки в Чили\n"
            "Рудник остановлен на неделю.\n"
            "Президент Чили Себастьян Пиньера столкнулся с забастовками горняков.")
    doc = _whole(res, text, "m4")
    strikes = [e for e in doc.events if e.cameo_root == "14"]
    assert len(strikes) == 1


def test_a_side_under_an_inflected_name_is_one_side_across_events():
    from newsgraph.doc import Entity
    from newsgraph.events import Draft, _one_name_throughout, merge_repeats
    from newsgraph.events.triggers import Head

    doc = Document(id="m5", text="")
    doc.entities = [Entity(0, "PER", "Ольга Кравец"), Entity(1, "PER", "Ольги Кравеца"),
                    Entity(2, "ORG", "Сейм")]
    quits = Head(0, "dismiss", "01", "отставка")
    first = Draft(quits, 0, 10, [0], None, source=[0], mentions=[[0, 10]])
    again = Draft(quits, 50, 60, [1, 2], None, source=[2], target=[1], mentions=[[50, 60]])
    other = Draft(quits, 90, 99, [2], None, source=[2], mentions=[[90, 99]])
    _one_name_throughout(doc, [first, again, other])
    assert again.actors == [0, 2] and again.target == [0]
    assert other.actors == [2]  # a side under its one name is left as it is
    assert len(merge_repeats([first, again])) == 1


def test_an_attacker_then_shot_is_another_happening(res):
    text = ("Вчера в Лионе Пётр Сидоров напал на прохожих. Он ранил трёх мужчин, затем его застрелили.")
    doc = _whole(res, text, "m6")
    attacks = [e for e in doc.events if e.cameo_root == "18"]
    assert len(attacks) == 2
    assert [doc.entities[i].name for i in attacks[1].target] == ["Пётр Сидоров"] and not attacks[1].source


def test_the_same_word_again_with_no_one_acting_is_the_happening_told_on():
    from newsgraph.events import Draft, merge_repeats
    from newsgraph.events.triggers import Head

    ban = Head(0, "sanction", "16", "запретить")
    first = Draft(ban, 0, 60, [0, 1], None, source=[0], target=[1], mentions=[[0, 60]])
    again = Draft(ban, 62, 120, [2], None, target=[2], mentions=[[62, 120]])
    merged = merge_repeats([first, again])
    assert len(merged) == 1
    assert merged[0].source == [0] and merged[0].target == [1] and merged[0].mentions == [[0, 60], [62, 120]]
    far = Draft(ban, 900, 960, [2], None, target=[2], mentions=[[900, 960]])
    assert len(merge_repeats([Draft(ban, 0, 60, [0, 1], None, source=[0], target=[1], mentions=[[0, 60]]),
                              far])) == 2


def test_the_same_word_again_naming_the_place_left_open_is_the_happening_told_on():
    from newsgraph.events import Draft, merge_repeats
    from newsgraph.events.triggers import Head

    verdict = Head(0, "verdict", "11", "признать")
    first = Draft(verdict, 0, 60, [1], None, target=[1], mentions=[[0, 60]])
    again = Draft(verdict, 900, 990, [1], 4, target=[1], mentions=[[900, 990]])
    merged = merge_repeats([first, again])
    assert len(merged) == 1 and merged[0].place == 4 and merged[0].mentions == [[0, 60], [900, 990]]
    # another one acted upon, or a place told by both: two happenings
    other = Draft(verdict, 900, 990, [2], 4, target=[2], mentions=[[900, 990]])
    assert len(merge_repeats([Draft(verdict, 0, 60, [1], None, target=[1], mentions=[[0, 60]]), other])) == 2
    placed = Draft(verdict, 0, 60, [1], 3, target=[1], mentions=[[0, 60]])
    assert len(merge_repeats([placed, Draft(verdict, 900, 990, [1], 4, target=[1], mentions=[[900, 990]])])) == 2


def test_a_second_case_opened_by_the_same_word_is_another_inquiry():
    from newsgraph.events import Draft, merge_repeats
    from newsgraph.events.triggers import Head

    case = Head(0, "investigate", "09", "возбудить")
    first = Draft(case, 0, 60, [0, 1], None, source=[0], target=[1], mentions=[[0, 60]])
    again = Draft(case, 62, 120, [2], None, target=[2], mentions=[[62, 120]])
    assert len(merge_repeats([first, again])) == 2


def test_a_like_sentence_passed_on_another_is_another_happening(res):
    text = ("Суд в Минске приговорил блогера Игоря Соколова к трём годам колонии.\n"
            "Неделей ранее аналогичный приговор был вынесен в отношении другого блогера.")
    doc = _whole(res, text, "m9")
    sentences = [e for e in doc.events if e.cameo_root == "17"]
    assert len(sentences) == 2


def test_others_acting_in_the_instrumental_tell_no_other_happening():
    from newsgraph.events import _told_as_another
    from newsgraph.doc import Token

    def tok(text, lemma, case=None):
        return Token(text=text, start=0, end=len(text), lemma=lemma, pos="ADJ",
                     feats={"Case": case} if case else {})
    by_others = [tok("был", "быть"), tok("избит", "избить"), tok("другими", "другой", "Ins"),
                 tok("заключёнными", "заключённый", "Ins")]
    assert not _told_as_another(by_others, 0, 3)
    one_more = [tok("уволен", "уволить"), tok("ещё", "ещё"), tok("один", "один", "Nom"), tok("генерал", "генерал", "Nom")]
    assert _told_as_another(one_more, 0, 3)


def test_a_post_left_told_by_its_country_then_by_the_person_is_one_happening(res):
    text = ("Министр транспорта Эстонии ушёл в отставку.\n"
            "Министр транспорта Эстонии Пётр Иванов ушёл в отставку из-за скандала.")
    doc = _whole(res, text, "m12")
    left = [e for e in doc.events if e.type == "dismiss"]
    assert len(left) == 1
    assert "Пётр Иванов" in {doc.entities[i].name for i in left[0].source}


# (text, CAMEO root or type, how many events of it): tellings folded, or kept apart
COUNTED = [
    # talks elsewhere stay apart
    ("15 апреля в Астане прошли переговоры Касым-Жомарта Токаева и Шавката Мирзиёева.\n"
     "20 апреля в Ташкенте прошли переговоры Касым-Жомарта Токаева и Шавката Мирзиёева.",
     "04", 2),
    # a killing told again with the country of its city is one happening
    ("В Анкаре убит журналист Олег Смирнов.\n"
     "Олег Смирнов, живший в Турции, был убит 3 мая.\n"
     "Журналист Олег Смирнов, проживавший в Турции, был убит в Турции.",
     "18", 1),
    # killings in two cities of one country stay apart
    ("3 мая в Анкаре убит журналист Олег Смирнов.\n"
     "5 мая в Стамбуле убит журналист Пётр Иванов.",
     "18", 2),
    # a release told again with its date and who released is one happening
    ("Из-под домашнего ареста освобождён оппозиционер Иван Петров.\n"
     "12 марта власти Белоруссии освободили Ивана Петрова.",
     "08", 1),
    # two people leaving their posts stay apart
    ("Министр транспорта Пётр Иванов ушёл в отставку.\n"
     "Министр связи Олег Смирнов ушёл в отставку.",
     "dismiss", 2),
]


@pytest.mark.parametrize("text,kind,count", COUNTED, ids=[f"{i:02d}" for i in range(len(COUNTED))])
def test_events_of_a_kind_counted(res, text, kind, count):
    doc = _whole(res, text, "counted")
    assert len([e for e in doc.events if kind in (e.cameo_root, e.type)]) == count


def test_a_noun_of_the_kind_after_the_verb_names_the_happening_again():
    from newsgraph.events import Draft, merge_repeats
    from newsgraph.events.triggers import Head

    fired, firing = Head(0, "dismiss", "01", "уволить"), Head(0, "dismiss", "01", "увольнение")
    first = Draft(fired, 0, 60, [0], None, source=[0], mentions=[[0, 60]])
    again = Draft(firing, 500, 600, [3, 4], None, source=[3], target=[4], mentions=[[500, 600]])
    merged = merge_repeats([first, again])
    assert len(merged) == 1 and merged[0].source == [0] and merged[0].mentions == [[0, 60], [500, 600]]
    # a date of its own, or a noun told as another of the kind: two happenings
    dated = Draft(firing, 500, 600, [4], None, date="2020-05", target=[4], mentions=[[500, 600]])
    assert len(merge_repeats([Draft(fired, 0, 60, [0], None, date="2019-06", source=[0], mentions=[[0, 60]]),
                              dated])) == 2
    other = Draft(firing, 500, 600, [4], None, target=[4], another=True, mentions=[[500, 600]])
    assert len(merge_repeats([Draft(fired, 0, 60, [0], None, source=[0], mentions=[[0, 60]]), other])) == 2
    # another one dismissed, or another place, or told as conditional: two happenings
    named = Draft(fired, 0, 60, [0, 1], 5, source=[0], target=[1], mentions=[[0, 60]])
    assert len(merge_repeats([named, Draft(firing, 500, 600, [2], None, target=[2], mentions=[[500, 600]])])) == 2
    assert len(merge_repeats([Draft(fired, 0, 60, [0], 5, source=[0], mentions=[[0, 60]]),
                              Draft(firing, 500, 600, [2], 6, target=[2], mentions=[[500, 600]])])) == 2
    weighed = Head(0, "dismiss", "01", "увольнение", modality="conditional")
    assert len(merge_repeats([Draft(fired, 0, 60, [0], None, source=[0], mentions=[[0, 60]]),
                              Draft(weighed, 500, 600, [2], None, target=[2], mentions=[[500, 600]])])) == 2


def test_a_noun_after_a_headline_noun_told_by_the_body_verb_names_it_again():
    from newsgraph.events import Draft, merge_repeats
    from newsgraph.events.triggers import Head

    arrest, arrested = Head(0, "coerce", "17", "арест"), Head(0, "coerce", "17", "арестовать")
    title = Draft(arrest, 0, 40, [0], None, source=[0], headline=True, mentions=[[0, 40]])
    body = Draft(arrested, 42, 100, [0], None, source=[0], mentions=[[42, 100]])
    later = Draft(arrest, 700, 780, [3], None, target=[3], mentions=[[700, 780]])
    merged = merge_repeats([title, body, later])
    assert len(merged) == 1 and merged[0].mentions == [[0, 40], [42, 100], [700, 780]]
    # a noun after a noun, no verb telling the first: the later noun stands alone
    assert len(merge_repeats([Draft(arrest, 0, 40, [0], None, source=[0], mentions=[[0, 40]]),
                              Draft(arrest, 700, 780, [3], None, target=[3], mentions=[[700, 780]])])) == 2


def test_a_dated_request_told_in_other_words_further_on_is_another(res):
    text = ("Бывший министр финансов Боливии Иван Петров задержан в Ла-Пасе.\n"
            "На первом допросе он попросил вызвать его адвоката.\n"
            "Петрова обвиняют в получении взяток от строительной компании. Следствие считает, что "
            "за пять лет работы министром он получил несколько миллионов долларов. Сам он эти "
            "обвинения называл политической местью. Суд над ним должен начаться летом, а сам процесс "
            "обещает стать одним из самых громких в истории страны за последние двадцать лет.\n"
            "В марте 2019 года Петров подавал запрос на убежище в Перу.")
    doc = _whole(res, text, "m")
    appeals = [e for e in doc.events if e.cameo_root == "02"]
    assert len(appeals) == 2


def test_a_headline_post_taken_is_not_the_body_post_left(res):
    text = ("Новым директором агентства станет Иван Петров\n"
            "Нынешний директор агентства Олег Сидоров сложит полномочия 30 июня.")
    doc = _whole(res, text, "m-post")
    kinds = sorted(e.type for e in doc.events if e.cameo_root == "01")
    assert kinds == ["appoint", "dismiss"]
    dismiss = next(e for e in doc.events if e.type == "dismiss")
    assert {doc.entities[i].name for i in dismiss.actors} == {"Олег Сидоров"}
