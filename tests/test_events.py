"""Events stage: the seed page, a table of invented sentences (one event type per row, and
sentences with no event), and the rules that span sentences (titles, "стороны", frames)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.doc import Document, Quote, Title
from newsgraph.events.lexicon import TRIGGERS
from newsgraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).parents[1].parent / "shared"
SEED = SHARED / "examples" / "seed" / "000_3aea3366a85cbd5f.txt"


def line_spans(text: str, last_line: int | None = None) -> list[list[int]]:
    spans, pos = [], 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip() and (last_line is None or n <= last_line):
            spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    return spans


def analyse(text: str, res, body=None, before_events=None) -> Document:
    """Segmentation, entities, facts when present, then events; `before_events` may edit
    the document first (entity roles, quotes)."""
    doc = Document(id="test", text=text, body=body or line_spans(text))
    # No quote stage: a test that wants a speaker as a participant adds the quote itself.
    Pipeline(res, stages=("segment", "entities", "facts"))(doc)
    if before_events is not None:
        before_events(doc)
    return Pipeline(res, stages=("events",))(doc)


def names(doc: Document, indexes) -> set[str]:
    return {doc.entities[i].name.replace("ё", "е") for i in indexes}


def place_of(doc: Document, event) -> str | None:
    return None if event.place is None else doc.entities[event.place].name.replace("ё", "е")


# --- the seed page ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(res) -> Document:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    text = SEED.read_text(encoding="utf-8")
    # The article is lines 1-17 of the page; the rest is the site's chrome.
    return analyse(text, res, body=line_spans(text, last_line=17))


def test_seed_presidents_meeting_in_astana(seed):
    meets = [e for e in seed.events if e.cameo_root == "04"
             and {"Нурсултан Назарбаев", "Шавкат Мирзиеев"} <= names(seed, e.actors)]
    assert len(meets) == 1
    assert meets[0].type == "meet"
    assert place_of(seed, meets[0]) == "Астана"
    assert seed.text[meets[0].start:meets[0].end].startswith("23 марта в Астане состоялись переговоры")


def test_seed_forum_in_astana_is_one_event(seed):
    forums = [e for e in seed.events if e.type == "forum"]
    assert len(forums) == 1  # lines 4 and 14 report the same forum
    assert forums[0].cameo_root == "04" and place_of(seed, forums[0]) == "Астана"


def test_seed_plans_of_uzbekistan_and_kazakhstan(seed):
    plans = [e for e in seed.events if "Узбекистан и Казахстан планируют" in seed.text[e.start:e.end]]
    assert len(plans) == 1
    assert (plans[0].type, plans[0].cameo_root) == ("intent", "03")
    assert names(seed, plans[0].actors) == {"Узбекистан", "Казахстан"}


def test_seed_commission_meeting_in_tashkent(seed):
    hits = [e for e in seed.events if place_of(seed, e) == "Ташкент"]
    assert len(hits) == 1
    assert (hits[0].type, hits[0].cameo_root) == ("meet", "04")
    assert "Совместная межправительственная комиссия" in names(seed, hits[0].actors)


def test_seed_events_stay_in_the_article(seed):
    body_end = seed.body[-1][1]
    assert seed.events and all(0 <= e.start < e.end <= body_end for e in seed.events)
    assert all(e.summary and e.summary.split(":")[0] for e in seed.events)


def test_seed_dates(seed):
    meet, forum = (next(e for e in seed.events if e.type == t) for t in ("meet", "forum"))
    assert meet.date == "--03-23" and forum.date == "--03-23"
    assert "Астана, --03-23" in meet.summary
    tashkent = [e for e in seed.events if place_of(seed, e) == "Ташкент"]
    assert tashkent[0].date is None  # line 15 gives no date, and no frame points at the lead


# --- one sentence, one event type -------------------------------------------------------------

# (sentence, type, CAMEO root, actors, place); type None: no event at all.
TABLE = [
    ("Президент Казахстана Касым-Жомарт Токаев встретился в Ташкенте с президентом Узбекистана Шавкатом Мирзиёевым.",
     "meet", "04", {"Касым-Жомарт Токаев", "Шавкат Мирзиеев"}, "Ташкент"),
    ("Министры иностранных дел Киргизии и Таджикистана провели переговоры в Бишкеке.",
     "meet", "04", {"Киргизия", "Таджикистан"}, "Бишкек"),
    ("Президент России Владимир Путин провел телефонный разговор с президентом Франции.",
     "meet", "04", {"Владимир Путин", "Франция"}, None),
    ("Министр иностранных дел Казахстана провел консультации с коллегой из Киргизии.",
     "meet", "04", {"Казахстан"}, None),
    ("Глава МИД Туркменистана Рашид Мередов посетил Анкару с рабочим визитом.",
     "visit", "04", {"Рашид Мередов"}, "Анкара"),
    ("Делегация Азербайджана прибыла с официальным визитом в Душанбе.",
     "visit", "04", {"Азербайджан"}, "Душанбе"),
    ("Ташкент посетил государственный секретарь США.", "visit", "04", {"США"}, "Ташкент"),
    ("В Самарканде открылся международный инвестиционный форум.", "forum", "04", set(), "Самарканд"),
    ("Лидеры стран ШОС соберутся на саммит в Астане в июле.", "forum", "04", {"ШОС"}, "Астана"),
    ("Узбекистан и Туркмения подписали соглашение о стратегическом партнерстве.",
     "agree", "05", {"Узбекистан", "Туркмения"}, None),
    ("Правительство Киргизии заключило с Китаем договор о строительстве железной дороги.",
     "agree", "05", {"Киргизия", "Китай"}, None),
    ("Казахстан и Китай договорились о безвизовом режиме для туристов.",
     "agree", "05", {"Казахстан", "Китай"}, None),
    ("Компания «Казатомпром» подписала контракт с французской компанией Orano.",
     "contract", "06", {"Казатомпром", "Orano"}, None),
    ("Армения и Азербайджан намерены возобновить переговоры о мирном договоре.",
     "intent", "03", {"Армения", "Азербайджан"}, None),
    ("Правительство Таджикистана планирует построить в Душанбе новый аэропорт.",
     "intent", "03", {"Таджикистан"}, "Душанбе"),
    ("Узбекистан и Казахстан планируют подписать соглашение о строительстве ГЭС.",
     "intent", "03", {"Узбекистан", "Казахстан"}, None),
    ("Япония предоставит Киргизии гуманитарную помощь.", "aid", "07", {"Япония", "Киргизия"}, None),
    ("Евросоюз выделил Узбекистану грант на развитие сельского хозяйства.",
     "aid", "07", {"Евросоюз", "Узбекистан"}, None),
    ("Генсек ООН призвал стороны конфликта прекратить огонь.", "appeal", "02", {"ООН"}, None),
    ("Жители Оша потребовали от властей отремонтировать дороги.", "demand", "10", {"Ош"}, None),
    ("Россия осудила нападение на посольство в Кабуле.", "disapprove", "11", {"Россия"}, "Кабул"),
    ("Киргизия подала иск против Казахстана.", "lawsuit", "11", {"Киргизия", "Казахстан"}, None),
    ("Компания «Кумтор Голд» подала в суд на правительство Киргизии.",
     "lawsuit", "11", {"Кумтор Голд", "Киргизия"}, None),
    ("Туркмения отклонила предложение Ирана о строительстве газопровода.",
     "reject", "12", {"Туркмения", "Иран"}, None),
    ("Власти Таджикистана отказались от участия в переговорах в Вене.",
     "reject", "12", {"Таджикистан"}, "Вена"),
    ("Глава Чечни пригрозил закрыть границу с Ингушетией.", "threaten", "13", {"Чечня", "Ингушетия"}, None),
    ("Власти Китая намерены ввести санкции против американских оборонных компаний.",
     "threaten", "13", {"Китай"}, None),
    ("В Ереване прошел многотысячный митинг оппозиции.", "protest", "14", set(), "Ереван"),
    ("Водители маршруток в Бишкеке объявили забастовку.", "protest", "14", set(), "Бишкек"),
    ("Россия и Таджикистан провели совместные военные учения в Хатлонской области.",
     "exercise", "15", {"Россия", "Таджикистан"}, "Хатлонская область"),
    ("США ввели санкции против иранских нефтяных компаний.", "sanction", "16", {"США"}, None),
    ("Молдавия выслала двух российских дипломатов.", "sanction", "16", {"Молдавия"}, None),
    ("Полиция Алматы задержала трех участников несанкционированной акции.", "coerce", "17", {"Алматы"}, None),
    ("В Бишкеке задержан бывший министр энергетики Киргизии.", "coerce", "17", {"Киргизия"}, "Бишкек"),
    ("Суд Душанбе приговорил журналиста к семи годам заключения.", "coerce", "17", {"Душанбе"}, None),
    ("В Кабуле боевики напали на колонну министерства обороны.", "assault", "18", set(), "Кабул"),
    ("На границе Киргизии и Таджикистана произошла перестрелка между пограничниками.",
     "fight", "19", {"Киргизия", "Таджикистан"}, None),
    ("Армия Азербайджана обстреляла позиции в Нагорном Карабахе.",
     "fight", "19", {"Азербайджан"}, "Нагорный Карабах"),
    ("Президент Узбекистана помиловал более ста осужденных.", "yield", "08", {"Узбекистан"}, None),
    ("Президент Туркмении назначил Батыра Амангельдыева новым министром энергетики.",
     "appoint", "01", {"Туркмения", "Батыр Амангельдыев"}, None),
    ("Премьер-министр Киргизии уволил главу таможенной службы.", "dismiss", "01", {"Киргизия"}, None),
    # someone's seat taken is a post
    ("Предполагается, что его место займёт посол Киргизии в Казахстане Батыр Амангельдыев.",
     "appoint", "01", {"Батыр Амангельдыев"}, None),
    ("Власти Казахстана начали расследование против компании «Кумтор Голд».",
     "investigate", "09", {"Казахстан", "Кумтор Голд"}, None),
    ("Россия опровергла эти сообщения.", "deny", "01", {"Россия"}, None),
    ("В МИД Киргизии отказались комментировать заявление Таджикистана.",
     "decline_comment", "01", {"Киргизия"}, None),
    ("Президент Узбекистана поздравил Касым-Жомарта Токаева с победой на выборах.",
     "praise", "05", {"Узбекистан", "Касым-Жомарт Токаев"}, None),
    ("Суд Бишкека признал бывшего мэра виновным в коррупции.", "verdict", "11", {"Бишкек"}, None),
    # a law found contrary, or not, to a higher one: the participle's lemma is its verb
    ("Конституционный суд Киргизии признал закон о выборах не соответствующим Конституции страны.",
     "verdict", "11", {"Конституционный суд Киргизии"}, None),
    ("Верховный суд Казахстана признал постановление правительства противоречащим закону.",
     "verdict", "11", {"Верховный суд Казахстана"}, None),
    ("Владимир Путин выразил соболезнования президенту Казахстана.",
     "condole", "01", {"Владимир Путин", "Казахстан"}, None),
    # an inauguration needs no seat taken: it puts its person into the post
    ("В Бишкеке прошла инаугурация президента Киргизии Садыра Жапарова.",
     "appoint", "01", {"Садыр Жапаров"}, "Бишкек"),
    # no event
    ("Боксер из Казахстана выиграл бой за титул чемпиона мира в Лас-Вегасе.", None, None, set(), None),
    ("Министр финансов Казахстана признал соответствующие расчёты устаревшими.", None, None, set(), None),
    ("Сборная Казахстана заняла второе место в турнире по борьбе.", None, None, set(), None),
    ("Певица из Киргизии Анна Петрова заняла третье место в конкурсе красоты.", None, None, set(), None),
    ("Хавбек Челси нанес удар по воротам Арсенала.", None, None, set(), None),
    ("Жительницу Шанхая убило током во время разговора по телефону.", None, None, set(), None),
    ("Врачи Москвы оказали медицинскую помощь пострадавшим.", None, None, set(), None),
    ("Стороны подписали меморандум о взаимопонимании.", None, None, set(), None),
    ("Погода в Астане на выходных будет солнечной.", None, None, set(), None),
    ("Переговоры между Ереваном и Баку не состоялись.", None, None, set(), None),
    ("С помощью новых технологий фермеры Ферганы увеличили урожай.", None, None, set(), None),
    ("Президент Казахстана не планирует посещать Москву.", None, None, set(), None),
    ("Курс тенге к доллару вырос на два процента.", None, None, set(), None),
    ("Спортсмены из Казахстана заняли первое место на чемпионате в Сеуле.", None, None, set(), None),
    ("Автобусное сообщение между Ташкентом и Алма-Атой открылось в прошлом году.", None, None, set(), None),
    ("В Ашхабаде прошла выставка ковров.", None, None, set(), None),
    ("Столкновение двух автомобилей на трассе Бишкек — Ош унесло жизни трех человек.", None, None, set(), None),
    ("Отношения между Астаной и Бишкеком остаются теплыми.", None, None, set(), None),
    ("Министр назначил встречу на понедельник.", None, None, set(), None),
    # a thing as the object of an appointment verb: no one put into a post
    ("Парламент Грузии утвердил бюджет министерства обороны.", None, None, set(), None),
    # a successor named is put into the post
    ("Президент Армении Ашот Саркисян назначил преемника.", "appoint", "01", {"Ашот Саркисян"}, None),
    # a noun the verb trigger needs is its object: charges dropped, no accusation
    ("Суд снял с Ивана Петрова обвинения в мошенничестве.", "yield", "08", {"Иван Петров"}, None),
    # "по" after a noun of an operation names the deed it carries out, no topic
    ("Полиция Франции проводит операцию по поимке двух подозреваемых.", "coerce", "17", {"Франция"}, None),
    # an office called new is just taken, in the past too; without "новый" a life told
    ("Новым главой разведки Египта стал генерал Ахмед Фарук.", "appoint", "01", {"Ахмед Фарук"}, None),
    ("Ахмед Фарук стал главой разведки Египта в 2001 году.", None, None, set(), None),
    # one retired long since is described, no dismissal: the clause's own happening is read
    ("Полковник в отставке Иван Петров был задержан полицией Тулы.", "coerce", "17", {"Иван Петров", "Тула"}, None),
    ("Генерал-майор в отставке Иван Петров живёт в Туле.", None, None, set(), None),
    # a trial of someone named, told as opened, is a lawsuit against the one tried; a process
    # of no one, or a trial told as going on, is none
    ("Процесс над Иваном Петровым начался в понедельник.", "lawsuit", "11", {"Иван Петров"}, None),
    ("Вчера начался суд над бывшим мэром Томска Сергеем Сидоровым.", "lawsuit", "11", {"Сергей Сидоров"}, None),
    ("Мирный процесс над пропастью конфликта начался в Женеве.", None, None, set(), None),
    ("Процесс над Иваном Петровым проходит в его отсутствие.", None, None, set(), None),
    # a court's sentence of a player is coercion in a sentence of sport; a league's fine is not
    ("Городской суд приговорил футболиста Ивана Петрова к двум годам колонии.", "coerce", "17", {"Иван Петров"}, None),
    ("Лига оштрафовала футболиста Ивана Петрова на 100 тысяч рублей.", None, None, set(), None),
    # an envoy summoned is a formal protest to his state; a word of envoys not summoned is none
    ("Власти Франции вызвали посла Италии.", "disapprove", "11", {"Франция", "Италия"}, None),
    ("Решение вызвало протест дипломатов.", None, None, set(), None),
    # contacts frozen or ended are relations reduced, as relations are
    ("Премьер-министр Греции объявил о заморозке контактов с Турцией.", "sanction", "16", {"Греция", "Турция"}, None),
    ("Правительство Сербии прекратило контакты с Косово.", "sanction", "16", {"Сербия", "Косово"}, None),
    # posts counted by a numeral stand in its case: two posts taken, no seat in a ranking
    ("Генерал Иван Петров занял сразу два поста в правительстве.", "appoint", "01", {"Иван Петров"}, None),
    ("Генерал Иван Петров занял два первых места в рейтинге.", None, None, set(), None),
    # a post returned to is taken again by the subject; a return to a place is none
    ("Мэр Иван Петров вернется на свой прежний пост.", "appoint", "01", {"Иван Петров"}, None),
    ("Иван Петров вернулся в Москву из отпуска.", None, None, set(), None),
    # a paper asking to leave a post, handed in, tells the leaving; told of alone, a topic
    ("Министр Иван Петров написал прошение об отставке.", "dismiss", "01", {"Иван Петров"}, None),
    ("Газета сообщила о заявлении об отставке министра Ивана Петрова.", None, None, set(), None),
]


@pytest.mark.parametrize("text,type_,root,actors,place", TABLE, ids=[f"{i:02d}" for i in range(len(TABLE))])
def test_sentence(res, text, type_, root, actors, place):
    doc = analyse(text, res)
    if type_ is None:
        assert doc.events == []
        return
    assert len(doc.events) == 1, [e.summary for e in doc.events]
    event = doc.events[0]
    assert (event.type, event.cameo_root) == (type_, root)
    assert names(doc, event.actors) == actors
    assert place_of(doc, event) == place


def test_table_covers_every_cameo_root_in_the_lexicon():
    roots = {t.cameo_root for entry in TRIGGERS.values()
             for t in (entry if isinstance(entry, tuple) else (entry,))}
    assert roots <= {row[2] for row in TABLE}
    assert sum(row[1] is None for row in TABLE) >= 10


# --- rules across sentences ---------------------------------------------------------------------

def test_titles_resolved_to_the_subjects_that_follow(res):
    doc = analyse("Переговоры президентов Казахстана и Киргизии прошли в Бишкеке. "
                  "Касым-Жомарт Токаев и Садыр Жапаров обсудили водные вопросы.", res)
    assert len(doc.events) == 1  # the same two people discussing is the same talks
    assert names(doc, doc.events[0].actors) == {"Касым-Жомарт Токаев", "Садыр Жапаров"}
    assert place_of(doc, doc.events[0]) == "Бишкек"


def test_titles_resolved_by_a_title_written_next_to_a_name(res):
    doc = analyse("В Бишкеке прошли переговоры президентов Казахстана и Киргизии. "
                  "Глава правительства Аскар Мамин рассказал о торговле. "
                  "Президент Киргизии Садыр Жапаров заявил о новом этапе отношений. "
                  "Касым-Жомарт Токаев поблагодарил коллегу.", res)
    assert len(doc.events) == 1
    # Мамин comes first, but his title names another office.
    assert names(doc, doc.events[0].actors) == {"Касым-Жомарт Токаев", "Садыр Жапаров"}


def test_titles_resolved_by_entity_roles(res):
    text = ("Переговоры президента Казахстана с делегацией Китая прошли в Астане. "
            "Ержан Ашикбаев рассказал журналистам о планах. Касым-Жомарт Токаев отметил итоги встречи.")

    def give_roles(doc):
        kz = next(e.id for e in doc.entities if e.name == "Казахстан")
        for e in doc.entities:
            if e.name == "Касым-Жомарт Токаев":
                e.roles = ["президент Казахстана"]
                e.titles = [Title("президент Казахстана", "президент", kz, "Казахстан")]

    without = analyse(text, res)
    with_roles = analyse(text, res, before_events=give_roles)
    assert "Ержан Ашикбаев" in names(without, without.events[0].actors)  # the fallback's guess
    assert names(with_roles, with_roles.events[0].actors) == {"Касым-Жомарт Токаев", "Китай"}


def test_sides_stand_for_the_participants_referred_to(res):
    doc = analyse("Президенты Казахстана и Киргизии провели переговоры в Бишкеке. "
                  "По итогам переговоров стороны подписали декларацию о союзничестве.", res)
    assert [(e.type, e.cameo_root) for e in doc.events] == [("meet", "04"), ("agree", "05")]
    meet, agree = doc.events
    assert agree.actors == meet.actors and len(meet.actors) == 2
    assert place_of(doc, agree) == "Бишкек"  # carried from the talks the frame points at


def test_frame_carries_the_lead_date(res):
    doc = analyse("23 марта в Астане прошли переговоры президентов Казахстана и Узбекистана. "
                  "В рамках визита в Ташкенте будет проведен бизнес-форум.", res)
    forum = [e for e in doc.events if e.type == "forum"]
    assert len(forum) == 1 and forum[0].date == "--03-23"
    assert place_of(doc, forum[0]) == "Ташкент"


def test_date_of_the_clause(res):
    doc = analyse("15 мая в Алма-Ате открылся евразийский экономический форум.", res)
    assert [e.date for e in doc.events] == ["--05-15"]


def test_repeated_forum_is_one_event(res):
    doc = analyse("В Алма-Ате открылся евразийский экономический форум. "
                  "На форуме в Алма-Ате собрались представители двадцати стран.", res)
    assert [(e.type, place_of(doc, e)) for e in doc.events] == [("forum", "Алма-Ата")]


def test_setting_gives_way_to_the_happening_in_it(res):
    doc = analyse("На саммите в Самарканде Шавкат Мирзиёев встретился с председателем КНР Си Цзиньпином.", res)
    assert [(e.type, e.cameo_root) for e in doc.events] == [("meet", "04")]
    assert place_of(doc, doc.events[0]) == "Самарканд"


def test_subject_and_place_carried_from_an_earlier_clause(res):
    text = "Касым-Жомарт Токаев, находясь с визитом в Пекине, встретился с Си Цзиньпином."
    doc = analyse(text, res)
    assert len(doc.events) == 1
    event = doc.events[0]
    assert names(doc, event.actors) == {"Касым-Жомарт Токаев", "Си Цзиньпин"}
    assert place_of(doc, event) == "Пекин"
    assert text[event.start:event.end] == text.rstrip(".")


def test_pronoun_subject_is_the_person_last_named(res):
    doc = analyse("Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Баку. "
                  "В ходе поездки он провел переговоры с президентом Азербайджана Ильхамом Алиевым.", res)
    assert len(doc.events) == 1
    assert names(doc, doc.events[0].actors) == {"Мурат Нуртлеу", "Ильхам Алиев"}


def test_first_person_in_a_quote_is_its_speaker(res):
    text = "«Мы подписали меморандум о сотрудничестве», - сообщил глава компании Азиз Каримов."

    def quote(doc):
        speaker = next(i for i, e in enumerate(doc.entities) if e.name == "Азиз Каримов")
        start = text.index("Мы")
        end = text.index("»")
        doc.quotes = [Quote(start, end, text[start:end], "direct", speaker, "сообщил")]

    assert analyse(text, res).events == []  # no participant without the quote's speaker
    doc = analyse(text, res, before_events=quote)
    assert [(e.type, names(doc, e.actors)) for e in doc.events] == [("agree", {"Азиз Каримов"})]


def test_two_happenings_in_one_sentence(res):
    doc = analyse("Узбекистан и Киргизия подписали договор о границе, "
                  "а Таджикистан отказался присоединиться к соглашению.", res)
    assert [(e.cameo_root, names(doc, e.actors)) for e in doc.events] == [
        ("05", {"Узбекистан", "Киргизия"}), ("12", {"Таджикистан"})]


def test_events_survive_the_dict_round_trip(res):
    doc = analyse("Узбекистан и Туркмения подписали соглашение о стратегическом партнерстве.", res)
    assert doc.events
    assert Document.from_dict(doc.to_dict()).events == doc.events


def test_every_trigger_lemma_is_in_the_docs():
    docs = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    written = set(re.findall(r"[а-яё][а-яё-]*", docs.lower().replace("ё", "е")))
    missing = sorted(lemma for lemma in TRIGGERS if lemma not in written)
    assert not missing, f"docs/events.md does not list: {missing}"


def test_state_agents_named_by_kind_act_for_their_country(res):
    # "власти Китая": the country beside them; "полиция" alone: the country the text is about.
    doc = analyse("Власти Великобритании выслали дипломата посольства России в Лондоне.", res)
    assert [names(doc, e.source) for e in doc.events] == [{"Великобритания"}]
    doc = analyse("Франция усилила меры безопасности.\nФранция и Бельгия провели переговоры.\n"
                  "Полиция задержала Ивана Петрова в Марселе.", res)
    arrest = [e for e in doc.events if "Иван Петров" in names(doc, e.target)]
    assert arrest and names(doc, arrest[0].source) == {"Франция"}



def test_a_prosecutors_office_named_by_kind_acts_for_its_country(res):
    doc = analyse("Эстония выслала российского консула.\nЭстонская прокуратура начала расследование по делу Ивана Петрова.", res)
    inquiry = [e for e in doc.events if e.cameo_root == "09"]
    assert inquiry and names(doc, inquiry[0].source) == {"Эстония"}


def test_a_pronoun_object_is_the_person_last_named_as_subject(res):
    doc = analyse("Иван Петров прилетел в Париж во вторник.\nФранцузская полиция задержала его в аэропорту.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].target) == {"Иван Петров"}


def test_the_place_of_a_post_given_takes_no_part(res):
    doc = analyse("Иван Петров был избран на пост главы Сергиева Посада.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Иван Петров"}]


def test_the_genitive_of_an_arrest_is_acted_upon(res):
    doc = analyse("Полиция Франции подтвердила арест Ивана Петрова.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and "Иван Петров" in names(doc, arrest[0].target)
    assert "Иван Петров" not in names(doc, arrest[0].source)


def test_two_verbs_joined_by_and_report_two_happenings(res):
    doc = analyse("Президент России Дмитрий Медведев уволил Владимира Якунина и назначил Александра Мишарина "
                  "министром транспорта.", res)
    assert [(e.type, names(doc, e.source), names(doc, e.target)) for e in doc.events] == [
        ("dismiss", {"Дмитрий Медведев"}, {"Владимир Якунин"}),
        ("appoint", {"Дмитрий Медведев"}, {"Александр Мишарин"})]


def test_an_indefinite_plan_schedules_the_happening(res):
    doc = analyse("Встречу с Касым-Жомартом Токаевым планируют провести в Астане.", res)
    assert [(e.cameo_root, e.modality) for e in doc.events] == [("04", "planned")]


def test_the_future_of_byt_plans_the_happening(res):
    doc = analyse("Президент будет вести переговоры с премьером Казахстана.", res)
    assert [(e.cameo_root, e.modality) for e in doc.events] == [("04", "planned")]


def test_a_trigger_word_inside_a_name_names_no_happening(res):
    doc = analyse("На юбилейном концерте выступят группы «Вежливый Отказ» и «Ива Нова».", res)
    assert doc.events == []


def test_released_from_house_arrest_is_a_release(res):
    doc = analyse("В Мьянме из-под домашнего ареста выпущена Аун Сан Су Чжи.", res)
    assert [e.cameo_root for e in doc.events] == ["08"]


def test_the_agent_phrase_of_a_passive_acts(res):
    doc = analyse("Иван Петров был арестован силами полиции Франции.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].source) == {"Франция"}
    assert names(doc, arrest[0].target) == {"Иван Петров"}


def test_a_happening_announced_is_reported(res):
    doc = analyse("Власти Южной Кореи объявили об ужесточении контроля за импортом мяса из Германии.", res)
    assert [(e.cameo_root, names(doc, e.source)) for e in doc.events] == [("16", {"Южная Корея"})]


def test_statements_made_by_denying(res):
    doc = analyse("Правительство Казахстана не подтверждает эти сведения.", res)
    assert [(e.type, e.cameo_root, e.modality) for e in doc.events] == [("deny", "01", "actual")]
    doc = analyse("МИД Киргизии эту информацию не комментирует.", res)
    assert [(e.type, e.cameo_root) for e in doc.events] == [("decline_comment", "01")]
    doc = analyse("Казахстан подтвердил участие в саммите ШОС.", res)
    assert all(e.type != "deny" for e in doc.events)


def test_violence_aimed_at_shown_or_urged_is_not_done(res):
    for text in ("Полиция раскрыла заговор с целью похищения и убийства Ивана Петрова.",
                 "В чате он смотрел видео казней.",
                 "Петров встретился с Сидоровым и убедил его убить четырех человек."):
        doc = analyse(text, res)
        assert not [e for e in doc.events if e.cameo_root in ("18", "19", "20")], text


def test_a_blast_planned_is_a_threat_and_a_blast_wished_no_violence(res):
    doc = analyse("Иван Петров планировал взрыв в Милане.", res)
    assert [e.cameo_root for e in doc.events] == ["13"]
    doc = analyse("Иван Петров хотел устроить взрыв в Милане.", res)
    assert not [e for e in doc.events if e.cameo_root in ("18", "19", "20")]


def test_violence_only_named_in_a_statement_is_not_done(res):
    for text in ("Власти Ирана критиковали этот арест, называя его «незаконным похищением».",
                 "Министр расценил задержание журналиста как похищение."):
        doc = analyse(text, res)
        assert not [e for e in doc.events if e.cameo_root in ("18", "19", "20")], text
    doc = analyse("Боевики похитили журналиста в Кабуле.", res)
    assert [e.cameo_root for e in doc.events] == ["18"]


def test_freeing_a_held_person_is_a_release(res):
    doc = analyse("В Кении освобожден журналист Иван Петров.", res)
    assert [(e.cameo_root, e.type) for e in doc.events] == [("08", "yield")]
    doc = analyse("Президент Кении освободил министра от должности.", res)
    assert all(e.cameo_root != "08" for e in doc.events)


def test_a_share_of_voters_is_no_endorsement(res):
    doc = analyse("Кандидата от партии «Единство» Ивана Петрова поддержало 47 % избирателей.", res)
    assert all(e.cameo_root != "05" for e in doc.events)
    doc = analyse("Президент Кении поддержал Ивана Петрова.", res)
    assert [e.cameo_root for e in doc.events] == ["05"]


def test_a_press_conference_is_no_meeting(res):
    doc = analyse("Так сказал Иван Петров на пресс-конференции в четверг.", res)
    assert all(e.cameo_root != "04" for e in doc.events)
    doc = analyse("Иван Петров выступил на бизнес-форуме в Москве.", res)
    assert [e.cameo_root for e in doc.events] == ["04"]


def test_an_appointment_after_a_dismissal_fills_the_post_left(res):
    doc = analyse("Губернатор Олег Котов освободил от должности мэра Томска Игоря Белова и назначил на неё "
                  "Андрея Гусева.", res)
    assert [(e.type, names(doc, e.target)) for e in doc.events] == [
        ("dismiss", {"Игорь Белов"}), ("appoint", {"Андрей Гусев"})]


def test_two_short_participles_joined_by_and_report_two_happenings(res):
    doc = analyse("Журналист Пётр Сидоров был задержан в Минске и избит полицейскими.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [
        ("17", {"Петр Сидоров"}), ("18", {"Петр Сидоров"})]
    # one subject after both participles: one happening of it
    doc = analyse("В частности, освобожден от должности и уволен с военной службы начальник ПВО генерал "
                  "Иван Петров.", res)
    assert [(e.type, names(doc, e.target)) for e in doc.events] == [("dismiss", {"Иван Петров"})]


def test_a_denied_verb_before_an_adjective_trigger_gives_nothing(res):
    said = "Сержант Олег Котов два года служил в армии, {} в боевых действиях."
    denied = Pipeline(res, whole=True)(Document(id="d1", text=said.format("однако не принимал участия"),
                                                source={"format": "text"}))
    assert not [e for e in denied.events if e.cameo_root == "19"]
    done = Pipeline(res, whole=True)(Document(id="d2", text=said.format("и принимал участие"),
                                              source={"format": "text"}))
    assert [e.cameo_root for e in done.events] == ["19"]


@pytest.mark.parametrize("text,winner", [
    ("Иван Петров уверенно победил на выборах губернатора Тверской области.", {"Иван Петров"}),
    ("На президентских выборах в Литве победу одержала Анна Ковальская.", {"Анна Ковальская"}),
    # a rival in an election is no word of sport
    ("Пётр Сидоров опередил во втором туре выборов мэра своего соперника Олега Котова.", {"Петр Сидоров"}),
])
def test_an_election_won_puts_the_winner_into_the_post(res, text, winner):
    doc = analyse(text, res)
    appointed = [e for e in doc.events if e.type == "appoint"]
    assert [names(doc, e.target) for e in appointed] == [winner], [e.summary for e in doc.events]
    assert all(not e.source for e in appointed)


@pytest.mark.parametrize("text", [
    "Партия «Новый путь» победила на парламентских выборах в Молдавии.",
    "Иван Петров победил на праймериз в штате Огайо.",
    "Иван Петров победил на чемпионате мира по шахматам.",
])
def test_no_post_won_by_seats_a_primary_or_a_match(res, text):
    doc = analyse(text, res)
    assert [e for e in doc.events if e.type == "appoint"] == [], [e.summary for e in doc.events]


@pytest.mark.parametrize("text,type_", [
    ("Кандидатура Ивана Петрова на пост министра обороны ждет утверждения парламентом Грузии.", "appoint"),
    ("Сенату предстоит согласовать кандидатуру Ивана Петрова на пост посла.", "appoint"),
    # without a candidate the noun is a claim, the verb an agreement of positions
    ("Утверждение Ивана Петрова о подкупе судей не подтвердилось.", None),
    ("Минск и Москва согласовали позиции по газу.", "agree"),
])
def test_a_candidacy_confirmed_or_agreed_is_an_appointment(res, text, type_):
    doc = analyse(text, res)
    assert [e.type for e in doc.events if e.type in ("appoint", "agree")] == ([type_] if type_ else []), \
        [e.summary for e in doc.events]


@pytest.mark.parametrize("text,roots", [
    # a noun told by the verb it needs: the happening is told though no side is named
    ("На вокзале Казани ограбили кассу.\nВ розыск объявлены двое подозреваемых.", ["17"]),
    # ...but not when the verb is denied, nor by an active verb whose subject is elsewhere
    ("На вокзале Казани ограбили кассу.\nНикаких обвинений задержанным пока не предъявлено.", []),
    ("На вокзале Казани ограбили кассу.\nПосле этого высказали озабоченность тем, что охраны нет.", []),
])
def test_a_noun_with_the_verb_it_needs_is_told_unnamed(res, text, roots):
    doc = analyse(text, res)
    assert [e.cameo_root for e in doc.events if e.cameo_root in ("17", "11")] == roots, [e.summary for e in doc.events]


@pytest.mark.parametrize("text,roots", [
    ("Министр Иван Петров назвал визит посла Олега Котова «достойным сожаления».", ["11"]),
    ("Депутат Иван Петров называет вмешательство мэрии Казани в ремонт театра произволом.", ["11"]),
    # a name of praise is no disapproval
    ("Президент Иван Петров назвал генерала Олега Котова «солдатом отечества».", []),
])
def test_calling_a_deed_by_a_noun_of_condemnation_disapproves(res, text, roots):
    doc = analyse(text, res)
    assert [e.cameo_root for e in doc.events if e.cameo_root == "11"] == roots, [e.summary for e in doc.events]


def test_a_protest_by_an_unnamed_crowd_is_told(res):
    doc = analyse("Выборы прошли в Гане.\nПосле объявления итогов граждане вышли на улицы столицы.", res)
    assert [e.cameo_root for e in doc.events if e.cameo_root == "14"] == ["14"], [e.summary for e in doc.events]


@pytest.mark.parametrize("text", [
    # the verb the noun needs, denied after the noun
    "Бывшему мэру Твери Ивану Петрову обвинение так и не было предъявлено.",
    # a negative pronoun with "не" in the clause
    "Никто из руководителей банка «Заря» в Москве не был арестован.",
    "Ни одному из руководителей банка «Заря» в Москве не предъявлены обвинения.",
])
def test_a_charge_or_arrest_denied_by_a_negative_pronoun_gives_nothing(res, text):
    doc = analyse(text, res)
    assert not [e for e in doc.events if e.cameo_root == "17"], [e.summary for e in doc.events]


def test_a_charge_told_after_its_noun_is_kept(res):
    doc = analyse("Бывшему мэру Пскова Олегу Котову было предъявлено обвинение в получении взятки.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [("17", {"Олег Котов"})]


def test_the_pursuit_of_a_measure_against_someone_is_a_demand(res):
    doc = analyse("Бывший мэр Пскова Олег Котов бежал в Израиль, власти России добиваются его экстрадиции.", res)
    assert [(e.cameo_root, e.type, names(doc, e.source), names(doc, e.target)) for e in doc.events] == [
        ("10", "demand", {"Россия"}, {"Олег Котов"})], [e.summary for e in doc.events]
    # no measure pursued: no demand
    doc = analyse("Сборная Франции добивается успеха в Париже.", res)
    assert not [e for e in doc.events if e.cameo_root in ("10", "17")]


@pytest.mark.parametrize("text,held", [
    ("Оппозиционер Иван Петров находится под стражей в Минске.", {"Иван Петров"}),
    ("Бывший мэр Пскова Олег Котов отбывает восьмилетний срок в колонии под Тверью.", {"Олег Котов"}),
])
def test_custody_as_a_state_is_coercion_of_the_one_held(res, text, held):
    doc = analyse(text, res)
    assert [(e.cameo_root, names(doc, e.source), names(doc, e.target)) for e in doc.events] == [
        ("17", set(), held)], [e.summary for e in doc.events]


@pytest.mark.parametrize("text", [
    # a relative clause describes the place
    "Журналист Сергей Сидоров посетил колонию в Твери, в которой отбывал срок Олег Котов.",
    # a term of office is no term served
    "Генсек ООН Иван Петров хотел остаться на второй срок.",
])
def test_a_term_described_or_of_office_is_no_custody(res, text):
    doc = analyse(text, res)
    assert not [e for e in doc.events if e.cameo_root == "17"], [e.summary for e in doc.events]


@pytest.mark.parametrize("text, root", [
    ("После отставки с поста премьера Иван Петров был заочно приговорен к двум годам тюрьмы.", "17"),
    ("Во второй день саммита в Риге страны — члены союза договорились начать вывод войск.", "05"),
])
def test_a_happening_that_tells_when_is_the_backdrop_of_the_clause_s_own(res, text, root):
    # the noun after "после" or of "день" dates the clause's own happening, which it reports
    doc = analyse(text, res)
    assert root in [e.cameo_root for e in doc.events], [e.summary for e in doc.events]


@pytest.mark.parametrize("text", [
    "Полиция Минска задержала оппозиционера Ивана Петрова. Через год его отпустили под залог, однако "
    "затем власти вернули Петрова под домашний арест.",
    "Полиция Минска задержала оппозиционера Ивана Петрова. Через год полиция Минска вновь задержала Ивана Петрова.",
])
def test_a_coercion_done_once_more_is_a_happening_of_its_own(res, text):
    doc = analyse(text, res)
    held = [e for e in doc.events if e.cameo_root == "17"]
    assert len(held) == 2 and all(names(doc, e.target) == {"Иван Петров"} for e in held), \
        [e.summary for e in doc.events]


def test_one_held_handed_over_in_an_exchange_is_a_yield_of_its_own(res):
    doc = analyse("В 2012 году Ивана Петрова помиловали и выдали Германии в обмен на двух шпионов.", res)
    assert [e.cameo_root for e in doc.events] == ["08", "08"], [e.summary for e in doc.events]
    assert names(doc, doc.events[0].target) == {"Иван Петров"}
    assert "Германия" in names(doc, doc.events[1].target)
    # a paper handed out is nothing
    doc = analyse("Суд Твери выдал Ивану Петрову справку.", res)
    assert not [e for e in doc.events if e.cameo_root == "08"]


def test_a_poisoning_is_an_assault_on_the_one_in_the_genitive(res):
    doc = analyse("Отравление Ивана Петрова: следы яда нашли в ресторане в Лондоне\n"
                  "Полиция Лондона сообщила об этом в среду.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [("18", {"Иван Петров"})], \
        [e.summary for e in doc.events]


@pytest.mark.parametrize("text", [
    # food or gas poisons by accident
    "Пищевое отравление Ивана Петрова врачи в Лондоне объяснили несвежими продуктами.",
    # a participle as a noun names people by what was done to them
    "Полиция Лондона оцепила скамейку в парке, где были найдены отравленные.",
])
def test_no_assault_in_an_accidental_poisoning_or_a_participle_noun(res, text):
    doc = analyse(text, res)
    assert not [e for e in doc.events if e.cameo_root == "18"], [e.summary for e in doc.events]
