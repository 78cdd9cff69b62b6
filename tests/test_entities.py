"""Entity stage: nominative forms, grouping into entities, and the rules that mend NER."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.doc import Document
from newsgraph.entities import plausible_name, split_org_names
from newsgraph.pipeline import Pipeline


def analyse_text(text, res):
    return Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")


def normals(doc):
    return {(m.text, m.normal) for m in doc.mentions}


@pytest.mark.parametrize("sentence, surface, normal", [
    ("Поезда пойдут между Ташкентом и Алма-Атой уже летом.", "Алма-Атой", "Алма-Ата"),
    ("Делегация прибыла в Ростов-на-Дону во вторник.", "Ростов-на-Дону", "Ростов-на-Дону"),
    ("Вопрос обсудили на заседании Совместной межправительственной комиссии в Ташкенте.",
     "Совместной межправительственной комиссии", "Совместная межправительственная комиссия"),
    ("В переговорах участвовал Шавкат Мирзиёев.", "Шавкат Мирзиёев", "Шавкат Мирзиёев"),
    ("Журналисты спросили Мирзиёева о планах.", "Мирзиёева", "Мирзиёев"),
    ("Письмо направили Российской Федерации и Республике Беларусь.", "Российской Федерации", "Российская Федерация"),
    ("Послы встретились с представителями Европейского банка реконструкции и развития.",
     "Европейского банка реконструкции и развития", "Европейский банк реконструкции и развития"),
    ("Контракт подписали с Исламом Каримовым ещё в 1998 году.", "Исламом Каримовым", "Ислам Каримов"),
    ("Вопрос рассмотрят в Совете Безопасности ООН на следующей неделе.", "Совете Безопасности ООН",
     "Совет Безопасности ООН"),
    ("Рейсы в Объединённые Арабские Эмираты возобновят в мае.", "Объединённые Арабские Эмираты",
     "Объединённые Арабские Эмираты"),
    # a hyphenated compound declines in its lowercase part too
    ("Суд запретил деятельность «Братьев-мусульман» в стране.", "Братьев-мусульман", "Братья-мусульмане"),
    ("Президент Торгово-промышленной палаты Сергей Иванов ушёл в отставку.",
     "Торгово-промышленной палаты", "Торгово-промышленная палата"),
    ("Спектакль показали в Гоголь-центре в пятницу.", "Гоголь-центре", "Гоголь-центр"),
    # a surname known only as an adjective, an initial before the name
    ("Суд арестовал Евгения Тонкого по делу о взятке.", "Евгения Тонкого", "Евгений Тонкий"),
    ("Письмо подписала Ирина Белая, а в зале встретили Ирину Белую.", "Ирину Белую", "Ирина Белая"),
    ("Его уволил с поста Н.Кудрявцевым в прошлом году.", "Н.Кудрявцевым", "Н.Кудрявцев"),
    ("Переговоры вёл Юрий Трутнев, встреча с Юрием Трутневым прошла вчера.", "Юрием Трутневым",
     "Юрий Трутнев"),
])
def test_nominative_forms(res, sentence, surface, normal):
    doc = analyse_text(sentence, res)
    assert (surface, normal) in normals(doc), normals(doc)


def test_one_person_many_forms(res):
    doc = analyse_text("Нурсултан Назарбаев прибыл в Бишкек. Назарбаев провёл встречу с коллегой.\n"
                       "Журналисты дождались Назарбаева у входа. Позже Назарбаеву вручили награду.", res)
    people = [e for e in doc.entities if e.type == "PER"]
    assert [p.name for p in people] == ["Нурсултан Назарбаев"]
    assert {m.text for m in doc.mentions if m.entity == people[0].id} >= {"Нурсултан Назарбаев", "Назарбаев",
                                                                          "Назарбаева"}


def test_first_name_alone_joins_its_person(res):
    doc = analyse_text("Эмомали Рахмон посетил Худжанд. Позже Эмомали встретился с жителями города.", res)
    people = [e for e in doc.entities if e.type == "PER"]
    assert len(people) == 1 and people[0].name == "Эмомали Рахмон"


def test_two_people_with_one_surname_stay_apart_when_first_names_differ(res):
    doc = analyse_text("Алексей Иванов и Пётр Иванов выступили на конференции в Казани. "
                       "Затем Иванов ответил на вопросы.", res)
    people = {e.id: e.name for e in doc.entities if e.type == "PER"}
    assert sorted(people.values()) == ["Алексей Иванов", "Пётр Иванов"]
    # A surname alone goes to the one of them mentioned last before it.
    alone = [m for m in doc.mentions if m.text == "Иванов"]
    assert [people[m.entity] for m in alone] == ["Пётр Иванов"]


def test_initial_and_full_first_name_are_one_person(res):
    doc = analyse_text("Нурсултан Назарбаев прибыл в Бишкек. Вечером Н. Назарбаев уехал.", res)
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Нурсултан Назарбаев"]


def test_bio_tags_read_as_slovnet_reads_them():
    from newsgraph.doc import Token
    from newsgraph.entities import spans_from_bio

    toks = [Token(i * 10, i * 10 + 5, "w") for i in range(6)]
    tags = ["I-ORG", "B-LOC", "O", "B-PER", "I-PER", "B-ORG"]
    assert spans_from_bio(toks, tags) == [(10, 15, "LOC"), (30, 45, "PER"), (50, 55, "ORG")]


@pytest.mark.parametrize("surface, type_, ok", [
    ("Салом алейкум", "LOC", False),
    ("Ассалому алайкум", "LOC", False),
    ("Брянской области", "LOC", True),
    ("Сибирского военного округа", "LOC", True),
    ("Камаль аль-Ганзури", "PER", True),
    ("Леонардо да Винчи", "PER", True),
    ("Ростов-на-Дону", "LOC", True),
    ("Шарм-эш-Шейх", "LOC", True),
])
def test_names_that_cannot_be_names(res, surface, type_, ok):
    assert plausible_name(surface, type_, res) is ok


def test_greeting_is_not_a_place(res, seed_path):
    # The seed page's related headlines, taken whole as a body: NER tags the greeting that
    # opens one of them as a place.
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    text = "\n".join(line for line in lines[23:33])
    raw = {(text[s.start:s.stop], s.type) for s in res.ner_tagger(text).spans}
    assert ("Салом алейкум", "LOC") in raw
    doc = analyse_text(text, res)
    assert "Салом алейкум" not in {m.text for m in doc.mentions}
    assert {"Таджикистан", "Душанбе"} <= {e.name for e in doc.entities}


@pytest.mark.parametrize("text, spans, expected", [
    ("Заявление сделал Комитет защиты журналистов (КЗЖ) вчера.", [(17, 50, "ORG")],
     ["Комитет защиты журналистов", "КЗЖ"]),
    ("Акции ОАО «Газпром» подорожали.", [(6, 19, "ORG")], ["Газпром"]),
    ("Контракт получил ГУП \"Водоканал\" в марте.", [(17, 32, "ORG")], ["Водоканал"]),
    ("Новость сообщил Reuters утром.", [(16, 23, "ORG")], ["Reuters"]),
])
def test_organisation_spans_are_mended(text, spans, expected):
    got = [text[s:e] for s, e, _ in split_org_names(text, spans)]
    assert got == expected


def test_quoted_brand_and_company_names(res):
    doc = analyse_text("Компания «Ташкентский трубный завод» и производитель \"АвтоПромСервис\" подписали договор.", res)
    orgs = {m.text for m in doc.mentions if m.type == "ORG"}
    assert "АвтоПромСервис" in orgs
    assert any("Ташкентский трубный завод" in o for o in orgs)


def test_common_noun_abbreviation_is_not_an_organisation(res):
    doc = analyse_text("Об этом сообщили местные СМИ со ссылкой на МВД Киргизии.", res)
    orgs = {m.text for m in doc.mentions if m.type == "ORG"}
    assert "СМИ" not in orgs


def test_nothing_found_is_empty(res):
    doc = analyse_text("ну и что же теперь будет дальше", res)
    assert doc.mentions == [] and doc.entities == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200)
       | st.lists(st.sampled_from(["Назарбаев", "в", "Астане", "«", "»", "ООО", "(", ")", "-", "Алма-Атой",
                                   "заявил", ",", ".", "\n", "Совета", "Безопасности", "ООН", "СМИ"]),
                  max_size=40).map(" ".join))
def test_any_text_gives_valid_mentions(res, text):
    doc = analyse_text(text, res)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
        assert m.normal
        assert 0 <= m.entity < len(doc.entities)
    data = doc.to_dict()
    assert Document.from_dict(data).to_dict() == data


def test_full_name_with_abbreviation_in_brackets_is_one_entity():
    from newsgraph.doc import Document
    from newsgraph.pipeline import Pipeline

    text = ("Страны Форума стран-экспортеров газа (ФСЭГ) собрались в Москве. "
            "Представители ФСЭГ обсудили цены.")
    doc = Pipeline(whole=True)(Document(id="abbr", text=text), until="entities")
    forum = [m.entity for m in doc.mentions if m.type == "ORG"]
    assert len(forum) == 3 and len(set(forum)) == 1
    assert doc.entities[forum[0]].name == "Форум стран-экспортеров газа"


@pytest.mark.parametrize("text, normal", [
    ("Генерал \'\'\'Пётр Семёнов\'\'\' был арестован вчера.", "Пётр Семёнов"),
    ("Старший брат Тимур \xad— погиб в перестрелке.", "Тимур"),
    ("Лидер партии «Новая сила» Олег Петров выступил в Самаре.", "Новая сила"),
    ("Представители ПАСЕ (Парламентской ассамблеи) приедут в Тбилиси.", "ПАСЕ"),
])
def test_marks_at_a_names_edge_are_no_part_of_it(res, text, normal):
    names = {m.normal for m in analyse_text(text, res).mentions}
    assert normal in names, names
    assert not any(n[:1] in "'«(\xad—" or n[-1:] in "'»()\xad—" for n in names), names


def test_quoted_name_keeps_its_quotes():
    from newsgraph.entities import trim_marks
    text = "ЗАО «Белорусская калийная компания» и «Нур Отан"
    spans = [(0, 35, "ORG"), (38, 47, "ORG")]
    assert trim_marks(text, spans) == [(0, 35, "ORG"), (39, 47, "ORG")]
