"""The quote stage: the shared seed page, and a table with one row per form of quotation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline
from newsgraph.read.html import line_spans

SEED_DIR = Path(__file__).parents[1].parent / "shared" / "examples" / "seed"
PAGE = SEED_DIR / "000_3aea3366a85cbd5f.txt"
EXPECTED = SEED_DIR / "000_3aea3366a85cbd5f.expected.json"


def yo(text: str | None) -> str:
    return (text or "").replace("ё", "е").replace("Ё", "Е")


def analyse(text: str, res, body: list[list[int]] | None = None) -> Document:
    doc = Document(id="test", text=text, body=body if body is not None else line_spans(text))
    return Pipeline(res, stages=QUOTE_STAGES)(doc)


# The body is given: no page stage, and nothing after the quotes.
QUOTE_STAGES = ("segment", "entities", "quotes")


def speaker_name(doc: Document, quote) -> str | None:
    return doc.entities[quote.speaker].name if quote.speaker is not None else None


def speaker_forms(doc: Document, quote) -> set[str]:
    """The speaker's name and the forms its mentions take: the table checks who speaks,
    not how the entity stage inflects a name."""
    if quote.speaker is None:
        return {""}
    forms = {doc.entities[quote.speaker].name}
    forms |= {m.text for m in doc.mentions if m.entity == quote.speaker}
    return {yo(f) for f in forms}


# ---------------------------------------------------------------- the seed page

@pytest.fixture(scope="module")
def seed():
    if not PAGE.exists():
        pytest.skip(f"{PAGE} not found")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    text = PAGE.read_text(encoding="utf-8")
    lines, pos = {}, 0
    for number, line in enumerate(text.split("\n"), 1):
        lines[number] = [pos, pos + len(line)]
        pos += len(line) + 1
    # The article's lines as the expected file gives them: this stage's test does not lean
    # on the chrome separation.
    body = [lines[n] for n in expected["body_lines"]]
    from newsgraph.resources import get_resources

    return analyse(text, get_resources(), body), expected


def _find(doc: Document, starts: str):
    return [q for q in doc.quotes if yo(q.text).startswith(yo(starts))]


def test_seed_every_expected_quote(seed):
    doc, expected = seed
    for gold in expected["quotes"]:
        hits = _find(doc, gold["starts"])
        assert len(hits) == 1, gold["starts"]
        q = hits[0]
        assert (q.kind, speaker_name(doc, q), yo(q.cue)) == (gold["kind"], gold["speaker"], yo(gold["cue"])), gold


def test_seed_no_other_quote(seed):
    doc, expected = seed
    known = expected["quotes"] + expected.get("quotes_optional", [])
    extra = [q.text[:40] for q in doc.quotes if not any(yo(q.text).startswith(yo(g["starts"])) for g in known)]
    assert extra == []


def test_seed_quotes_are_spans_of_the_body(seed):
    doc, _ = seed
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        assert any(s <= q.start and q.end <= e for s, e in doc.body)
        assert q.text[:1] not in "«»\"" and q.text[-1:] not in "«»\""


def test_seed_first_role_of_each_person(seed):
    doc, expected = seed
    roles = {e.name: [yo(r).lower() for r in e.roles] for e in doc.entities}
    for person in expected["entities"]["PER"]:
        assert yo(person["roles"][0]).lower() in roles.get(person["name"], []), person["name"]


def test_seed_group_title_goes_to_each_president(seed):
    doc, _ = seed
    roles = {e.name: e.roles for e in doc.entities}
    assert "президент Казахстана" in roles["Нурсултан Назарбаев"]
    assert roles["Шавкат Мирзиёев"][:2] == ["глава Узбекистана", "президент Узбекистана"]


def test_seed_through_extract(seed_doc, seed_expected):
    """`newsgraph extract` on the page reports the same quotes (the stage is registered)."""
    names = [e["name"] for e in seed_doc["entities"]]
    got = {yo(q["text"])[:25]: (q["kind"], names[q["speaker"]] if q["speaker"] is not None else None, q["cue"])
           for q in seed_doc["quotes"]}
    for gold in seed_expected["quotes"]:
        key = next((k for k in got if yo(gold["starts"]).startswith(k) or k.startswith(yo(gold["starts"])[:25])), None)
        assert key is not None, gold["starts"]
        assert got[key] == (gold["kind"], gold["speaker"], gold["cue"])


# ---------------------------------------------------------------- one row per form

# (form, text, [(kind, starts, speaker or None, cue)]): every quotation the text holds.
FORMS = [
    ("guillemets, dash, verb, name",
     "«Мы откроем границу для грузовиков уже в мае», — сказал министр транспорта Узбекистана Ильхом Махкамов.",
     [("direct", "Мы откроем границу", "Ильхом Махкамов", "сказал")]),
    ("german quotes and a hyphen for the dash",
     "„Тарифы на свет останутся прежними“ - заявил аким Шымкента Габит Сыздыкбеков.",
     [("direct", "Тарифы на свет", "Габит Сыздыкбеков", "заявил")]),
    ("straight quotes",
     "\"Экспорт хлопковой пряжи вырос на треть\", — сообщил глава ассоциации Бахтиёр Юсупов.",
     [("direct", "Экспорт хлопковой пряжи", "Бахтиёр Юсупов", "сообщил")]),
    ("question mark closes the quote before the dash",
     "Министр Ерлан Касенов выступил перед студентами. «Кто из вас пойдёт работать на Тенгиз?» — спросил он.",
     [("direct", "Кто из вас пойдёт", "Ерлан Касенов", "спросил")]),
    ("colon introduces the quote",
     "Президент Казахстана Касым-Жомарт Токаев заявил: «Реформа пенсионной системы будет продолжена».",
     [("direct", "Реформа пенсионной системы", "Касым-Жомарт Токаев", "заявил")]),
    ("carried-over subject after a colon",
     "Ерлан Жумабаев открыл в Алматы новую школу.\nДалее сказал: «В этом году в городе построят ещё десять школ».",
     [("direct", "В этом году в городе", "Ерлан Жумабаев", "сказал")]),
    ("dash-led paragraph",
     "Жители района пожаловались на отключения воды.\n— Ремонт водовода закончим к пятнице, — сказал Ерлан Карин.",
     [("direct", "Ремонт водовода закончим", "Ерлан Карин", "сказал")]),
    ("dash-led paragraph resumed after the attribution",
     "— Урожай хлопка будет рекордным, — добавил Бахтиёр Хакимов. — Погода нам помогла.",
     [("direct", "Урожай хлопка будет рекордным", "Бахтиёр Хакимов", "добавил"),
      ("direct", "Погода нам помогла", "Бахтиёр Хакимов", "добавил")]),
    ("quote interrupted by its attribution",
     "Глава Нацбанка Таджикистана Хокимшо Аминзода подвёл итоги года.\n"
     "«Сомони остаётся стабильным, — сказал он. — Резервы страны растут».",
     [("direct", "Сомони остаётся стабильным", "Хокимшо Аминзода", "сказал"),
      ("direct", "Резервы страны растут", "Хокимшо Аминзода", "сказал")]),
    ("quote over two paragraphs",
     "Министр энергетики Кыргызстана Таалайбек Ибраев заявил:\n«Зима будет трудной.\n«Но отключений света не будет».",
     [("direct", "Зима будет трудной", "Таалайбек Ибраев", "заявил"),
      ("direct", "Но отключений света", "Таалайбек Ибраев", "заявил")]),
    ("X заявил, что",
     "Министр финансов Узбекистана Джамшид Кучкаров заявил, что дефицит бюджета не превысит 3 процентов.",
     [("indirect", "дефицит бюджета не превысит", "Джамшид Кучкаров", "заявил")]),
    ("pronoun subject of an indirect quote",
     "Министр финансов Узбекистана Джамшид Кучкаров выступил в парламенте. Он сообщил, что налоги снижаться не будут.",
     [("indirect", "налоги снижаться не будут", "Джамшид Кучкаров", "сообщил")]),
    ("feminine pronoun passes over a man named later",
     "Министр здравоохранения Узбекистана Дильноза Юлдашева встретилась с Бахромом Тошматовым. "
     "Она подчеркнула, что больницы получат новое оборудование.",
     [("indirect", "больницы получат новое", "Дильноза Юлдашева", "подчеркнула")]),
    ("reported clause before the cue, with выступая",
     "Казахстан увеличит экспорт зерна в Афганистан, заявил министр сельского хозяйства Ерлан Бекмуханов, "
     "выступая на форуме в Астане.",
     [("indirect", "Казахстан увеличит экспорт", "Ерлан Бекмуханов", "заявил")]),
    ("по словам X",
     "По словам посла Узбекистана в Казахстане Ойбека Усманова, товарооборот двух стран вырос на 20 процентов.",
     [("indirect", "товарооборот двух стран", "Ойбек Усманов", "по словам")]),
    ("как сообщил X",
     "Как сообщил председатель правления Казахстанской фондовой биржи Алина Алдамберген, на бирже появятся акции трёх компаний.",
     [("indirect", "на бирже появятся акции", "Алина Алдамберген", "сообщил")]),
    ("считает, что",
     "Экономист Мурат Темирханов считает, что тенге продолжит укрепляться.",
     [("indirect", "тенге продолжит укрепляться", "Мурат Темирханов", "считает")]),
    ("уверен, что",
     "Министр энергетики Таджикистана Далер Джума уверен, что Рогунская ГЭС будет достроена к 2029 году.",
     [("indirect", "Рогунская ГЭС будет достроена", "Далер Джума", "уверен")]),
    ("converb carries the speaker on",
     "«Мы отремонтируем все мосты», — сказал аким Ерлан Жумагулов, добавив, что работы начнутся весной.",
     [("direct", "Мы отремонтируем все мосты", "Ерлан Жумагулов", "сказал"),
      ("indirect", "работы начнутся весной", "Ерлан Жумагулов", "добавив")]),
    ("об этом сообщил X",
     "Кыргызстан запустит вторую очередь Камбаратинской ГЭС в 2028 году. Об этом сообщил министр энергетики "
     "Кыргызстана Таалайбек Ибраев.",
     [("indirect", "Кыргызстан запустит вторую", "Таалайбек Ибраев", "сообщил")]),
    ("speaker named by a title held in the text",
     "Министр иностранных дел Таджикистана Сироджиддин Мухриддин прибыл в Ташкент. "
     "«Наши страны связывает вековая дружба», — сказал министр.",
     [("direct", "Наши страны связывает", "Сироджиддин Мухриддин", "сказал")]),
    ("an organisation speaks",
     "Пресс-служба Акорды сообщила, что визит президента Франции состоится осенью.",
     [("indirect", "визит президента Франции", ("Акорды", "Пресс-служба Акорды"), "сообщила")]),
    ("an impersonal plural names its source after в",
     "В МИД Казахстана заявили, что посольство в Кабуле продолжит работу.",
     [("indirect", "посольство в Кабуле продолжит", ("МИД", "МИД Казахстана"), "заявили")]),
    ("an unnamed source stays unknown",
     "«Сделка будет закрыта до конца года», — сказал источник, знакомый с ходом переговоров.",
     [("direct", "Сделка будет закрыта", None, "сказал")]),
    ("a plural subject stays unknown",
     "Стороны отметили, что переговоры прошли в конструктивной атмосфере.",
     [("indirect", "переговоры прошли в конструктивной", None, "отметили")]),
    ("no person in the text, no guess",
     "«Цены на бензин вырастут», — заявил он.",
     [("direct", "Цены на бензин вырастут", None, "заявил")]),
    ("quoted names, a partial quote and an impersonal verb are no quotations",
     "Компания «Узбекнефтегаз» назвала проект «прорывом». Ожидается, что завод заработает в 2027 году. "
     "Ранее сообщалось, что стоимость проекта превысит миллиард долларов.",
     []),
    ("a new person's title does not fall back on the person in focus",
     "Футболист Азиз Ганиев провёл первый матч за «Пахтакор». «Он готов играть в основе», — сказал "
     "представитель клуба.",
     [("direct", "Он готов играть", None, "сказал")]),
    ("a publication in quotation marks is the source, not the person before",
     "Министр энергетики Ерлан Касенов вернулся из Пекина. Как сообщает «Курсив», контракт на поставку газа продлён.",
     [("indirect", "контракт на поставку газа", ("Курсив", ""), "сообщает")]),
    ("the writer's own voice is no quotation",
     "Напомним, что Казахстан и Узбекистан подписали соглашение о демаркации границы в 2022 году.",
     []),
    ("a name after a plural noun is not the speaker",
     "Адвокаты Гульнары Каримовой настаивали, что обвинения сфабрикованы.",
     [("indirect", "обвинения сфабрикованы", None, "настаивали")]),
    ("a pronoun does not reach past an unnamed person",
     "Аким Бахтияр Маканов открыл парк. Вечером 40-летний мужчина пришёл в полицию. Он сообщил, что у него "
     "угнали машину.",
     [("indirect", "у него угнали машину", None, "сообщил")]),
    ("a cue inside a quotation is not read again",
     "«Вы сказали, что граница будет открыта, и мы вам поверили», — заявил Шавкат Мирзиёев.",
     [("direct", "Вы сказали, что граница", "Шавкат Мирзиёев", "заявил")]),
    ("a ministry's noun stands for the abbreviation just named",
     "Сотрудники МВД задержали в Бишкеке двух мошенников. Возбуждено уголовное дело, сообщило министерство.",
     [("indirect", "Возбуждено уголовное дело", "МВД", "сообщило")]),
    ("a document cited again speaks for its author",
     "В заявлении МИД Казахстана говорится, что посол вызван для консультаций.\n"
     "В заявлении также говорится, что визит министра перенесён.",
     [("indirect", "посол вызван", ("МИД", "МИД Казахстана"), "говорится"),
      ("indirect", "визит министра перенесён", ("МИД", "МИД Казахстана"), "говорится")]),
    ("a paragraph in the first person with no cue goes on with the last speaker",
     "Аким Алматы Ербол Досаев открыл новый парк.\n«Парк строили два года», — сказал Ербол Досаев.\n"
     "Я благодарю всех строителей за их труд.",
     [("direct", "Парк строили два года", "Ербол Досаев", "сказал"),
      ("direct", "Я благодарю всех строителей", "Ербол Досаев", None)]),
    ("a block after a colon with no speech verb is the doer's",
     "Жители жалуются на шум.\nЭколог Айгерим Сапарова обратилась к акимату:\nПрошу проверить уровень шума ночью.",
     [("direct", "Прошу проверить уровень", "Айгерим Сапарова", "обратилась")]),
    ("a name closing a run of appositions after the cue",
     "«Урожай будет хорошим», — отметил директор опытной станции, доктор наук и лауреат премии Бахтиёр Рахимов.",
     [("direct", "Урожай будет хорошим", "Бахтиёр Рахимов", "отметил")]),
    ("a cue joined by но shares the subject of the sentence",
     "Министр энергетики Ерлан Акенженов, который вернулся из Пекина, отказался назвать цену, но сказал: "
     "«Контракт выгоден обеим сторонам».",
     [("direct", "Контракт выгоден", "Ерлан Акенженов", "сказал")]),
    ("two joined subjects make a joint statement",
     "Экологи и компания «Казводхоз» утверждают, что вода в реке чистая.",
     [("indirect", "вода в реке чистая", None, "утверждают")]),
    ("a clause after что with the comma left out",
     "МИД Казахстана подтвердил что посол вернётся в Кабул.",
     [("indirect", "посол вернётся в Кабул", ("МИД", "МИД Казахстана"), "подтвердил")]),
    ("a relative clause whose pronoun follows a noun stands between name and cue",
     "Тренер Бахтиёр Ашурматов, контракт которого заканчивается в мае, заявил, что останется в клубе.",
     [("indirect", "останется в клубе", "Бахтиёр Ашурматов", "заявил")]),
    ("an impersonal plural in a body named before",
     "Компания «Казмунайгаз» открыла новое месторождение.\nВ компании уверены, что добыча вырастет вдвое.",
     [("indirect", "добыча вырастет вдвое", "Казмунайгаз", "уверены")]),
    ("a short passive participle with a document",
     "В заявлении Нацбанка Казахстана было сказано, что ставка останется прежней.",
     [("indirect", "ставка останется прежней", ("Нацбанк", "Нацбанк Казахстана"), "сказано")]),
    ("the one the speaker was with is not the speaker",
     "В среду аким Ерлан Жумагулов открыл школу. «Школ будет больше», — сказал он в ходе встречи с министром "
     "просвещения Асхатом Аймагамбетовым.",
     [("direct", "Школ будет больше", "Ерлан Жумагулов", "сказал")]),
    ("an attribution set off by commas inside the report",
     "Министр финансов Ерулан Жамаубаев выступил в мажилисе. Сейчас, продолжал он, бюджет получит "
     "дополнительные доходы.",
     [("indirect", "бюджет получит", "Ерулан Жамаубаев", "продолжал")]),
    ("a converb after two joined subjects is a joint statement",
     "Казахстан и Узбекистан отвергают этот план, заявляя, что вода должна делиться поровну.",
     [("indirect", "вода должна делиться", None, "заявляя")]),
    ("a document's author after a participle",
     "Экспорт зерна вырос на треть, говорится в пресс-релизе, выпущенном Минсельхозом Казахстана.",
     [("indirect", "Экспорт зерна вырос", ("Минсельхоз", "Минсельхоз Казахстана"), "говорится")]),
    ("a headline: a name, a colon and a clause",
     "Токаев: пенсионный возраст для женщин повышаться не будет\nПрезидент Казахстана Касым-Жомарт Токаев выступил в сенате.",
     [("indirect", "пенсионный возраст", "Касым-Жомарт Токаев", None)]),
    ("a quoted paragraph signed on the next line",
     "Спасатели проверили берег.\n«Пятен нефти на воде не обнаружено».\n— Алия Жумабаева, пресс-секретарь департамента",
     [("direct", "Пятен нефти на воде", "Алия Жумабаева", None)]),
    ("an apposition between the name and the cue",
     "Пресс-секретарь театра Динара Сейтова, жена режиссёра Армана Алиева, сказала, что премьера переносится.",
     [("indirect", "премьера переносится", "Динара Сейтова", "сказала")]),
    ("whose words are cited speaks, not who cites them",
     "Газета «Курсив» приводит слова министра финансов Ерулана Жамаубаева о том, что дефицит бюджета сократится.",
     [("indirect", "дефицит бюджета сократится", "Ерулан Жамаубаев", "приводит")]),
    ("a leading \"как заявил\" after a linking word, an apposition after the name",
     "Однако как заявил депутат Ерлан Саиров, член комитета по бюджету, дефицит бюджета сократится.",
     [("indirect", "дефицит бюджета сократится", "Ерлан Саиров", "заявил")]),
    ("an outlet's noun stands for the outlet whose name has that noun",
     "Об отставке акима сообщил «Курсив». Утром новость опровергла «Деловая газета». Издание сообщило, "
     "что аким продолжает работать.",
     [("indirect", "аким продолжает работать", "Деловая газета", "сообщило")]),
    ("a secretariat speaks for its organisation",
     "Секретариат ОДКБ подтвердил, что учения пройдут в октябре.",
     [("indirect", "учения пройдут", "ОДКБ", "подтвердил")]),
    ("a description opening a sentence names the speaker in focus",
     "Кеша Ералиев ответил, что ему жаль. Журналист также признался, что готовит новую книгу.",
     [("indirect", "ему жаль", "Кеша Ералиев", "ответил"),
      ("indirect", "готовит новую книгу", "Кеша Ералиев", "признался")]),
    ("\"по словам X\" inside a sentence whose words before it are no clause",
     "Главную премьеру сезона, оперу Верди, зрители, по словам Дмитрия Бертмана, увидят в октябре.",
     [("indirect", "Главную премьеру сезона", "Дмитрий Бертман", "по словам")]),
    ("a first-person paragraph after a blank line, with a title in quotation marks",
     "Геликон-опера открыла сезон.\nРежиссёр Дмитрий Бертман выступил перед труппой. По словам Бертмана, сезон будет долгим:\n\n"
     "В октябре мы покажем «Травиату», где я буду режиссёром.",
     [("indirect", "сезон будет долгим", "Дмитрий Бертман", "по словам"),
      ("direct", "В октябре мы покажем", "Дмитрий Бертман", None)]),
    ("an unnamed representative of a named body, a quoted name before the colon",
     "Ранее об этом сообщал представитель партии «Ак жол»: «Выборы пройдут в срок».",
     [("direct", "Выборы пройдут в срок", "Ак жол", "сообщал")]),
    ("a document in a relative clause is its publisher's",
     "Вчера Нацбанк опубликовал справку, в которой говорилось, что дефицит бюджета сократится.",
     [("indirect", "дефицит бюджета сократится", "Нацбанк", "говорилось")]),
    ("\"Это сообщила X\" points back to the sentence before",
     "Фигуристка завершила карьеру. Это сообщила мать спортсменки Даниела Липницкая.",
     [("indirect", "Фигуристка завершила карьеру", "Даниела Липницкая", "сообщила")]),
    ("\"по его словам\" with the comma left out",
     "Актёр Владимир Машков отметил юбилей. По его словам он доволен личной жизнью.",
     [("indirect", "он доволен личной жизнью", "Владимир Машков", "По словам")]),
    ("an impersonal \"поясняется\" beside a document",
     "В заявлении Нацбанка поясняется, что ставка останется прежней.",
     [("indirect", "ставка останется прежней", "Нацбанк", "поясняется")]),
    ("a message with no author beside it is the latest speaking body's",
     "Агентство «Кабар» сообщило, что аким подал в отставку.\nВ сообщении говорится, что преемника назовут в мае.",
     [("indirect", "аким подал в отставку", "Кабар", "сообщило"),
      ("indirect", "преемника назовут в мае", "Кабар", "говорится")]),
    ("first-person words asking a question after a colon and a blank line",
     "Президент выступил в сенате.\nВчера аким Ерлан Жумагулов дал интервью. По его словам, спешить не нужно:\n\n"
     "Мы признали эти итоги. Можем ли мы спешить?",
     [("indirect", "спешить не нужно", "Ерлан Жумагулов", "По словам"),
      ("direct", "Мы признали эти итоги", "Ерлан Жумагулов", "По его словам")]),
    ("a cue, its object, then a colon and the quotation",
     "Год назад Нурлан Абдрахманов опровергал слухи о продаже: «Завод я не продам».",
     [("direct", "Завод я не продам", "Нурлан Абдрахманов", "опровергал")]),
    ("a verb of thought with its clause right after it",
     "Вчера аким Серик Ахметов опасается, что паводок повторится.",
     [("indirect", "паводок повторится", "Серик Ахметов", "опасается")]),
    ("a verb of thought with an object accuses, it does not report",
     "Полиция задержала ученика. Его подозревают в том, что он помогал стрелку.", []),
    ("a negated \"исключить\" reports a claim",
     "Вчера министр Ерлан Карин не исключил, что выборы перенесут.",
     [("indirect", "выборы перенесут", "Ерлан Карин", "исключил")]),
    ("an indirect question is no cue",
     "Остаётся открытым вопрос, согласится ли вратарь на роль запасного.", []),
    ("\"Об этом он рассказал изданию X\": the subject before speaks, the outlet was told",
     "Бывший аким Ерлан Сагадиев сообщил о разводе. Об этом он рассказал изданию Der Spiegel.",
     [("indirect", "Бывший аким Ерлан Сагадиев сообщил", "Ерлан Сагадиев", "рассказал")]),
    ("a statement noun as the verb's object before a colon",
     "Письмо он не посылал, а Ерлан Сагадиев направил заявление: «Это не письмо, а заявление».",
     [("direct", "Это не письмо", "Ерлан Сагадиев", None)]),
    ("a title for the subject of the sentence before, known by no office yet",
     "Касым-Жомарт Токаев провёл совещание. Президент отметил, что экономика растёт.",
     [("indirect", "экономика растёт", "Касым-Жомарт Токаев", "отметил")]),
    ("\"по словам\" with a description in the genitive, a feminine noun telling a woman",
     "Пловчиха Юлия Ефимова уехала в США, где её тренером стал Дэвид Сало. По словам спортсменки, "
     "в России она бывает редко.",
     [("indirect", "в России она бывает редко", "Юлия Ефимова", "По словам")]),
    ("\"приводит X слова Y\" after a quotation: Y speaks",
     "«Мы шокированы его смертью», — приводит Reuters слова министра Ерлана Карина.",
     [("direct", "Мы шокированы его смертью", ("Ерлан Карин", "Ерлана Карина"), "приводит")]),
    ("a converb of opinion gives a reason, not a report",
     "Экипаж не придал этому значения, посчитав, что пассажир был пьян.", []),
    ("whole sentences quoted in the first person with no cue: the last speaker's words",
     "Вчера портной Ерлан Сагадиев рассказал, что его отец заболел в марте. «С того дня мне звонят. Я не ждал этого».",
     [("indirect", "его отец заболел", "Ерлан Сагадиев", "рассказал"),
      ("direct", "С того дня мне звонят", "Ерлан Сагадиев", None)]),
    ("a person's name in the nominative after a phrase is the subject",
     "После назначения Ерлан Сагадиев поблагодарил Касым-Жомарта Токаева следующими словами:\n"
     "Благодарю вас за доверие. Приложу все силы.",
     [("direct", "Благодарю вас за доверие", "Ерлан Сагадиев", "поблагодарил")]),
    ("a name closing a phrase with no verb before a colon speaks the block below",
     "Вчера аким Ерлан Сагадиев заявил, что урожай собран.\nХозяин крупной фермы Нурлан Абенов:\n"
     "Мы просто шокированы. Придётся менять все планы.",
     [("indirect", "урожай собран", "Ерлан Сагадиев", "заявил"),
      ("direct", "Мы просто шокированы", "Нурлан Абенов", None)]),
    ("\"говорится в заявлении телекомпании\" for the company named with that noun",
     "Актёр работал над сериалом телекомпании HBO.\n«Мы испытываем шок», — говорится в заявлении телекомпании.",
     [("direct", "Мы испытываем шок", "HBO", "говорится")]),
    ("\"…, однако X добавил, что …\" ends the report before it",
     "Как сообщило агентство «Кабар», певица утонула в ванне, однако врач также добавил, что сердце было больным.",
     [("indirect", "певица утонула в ванне", "Кабар", "сообщило"),
      ("indirect", "сердце было больным", "", "добавил")]),
    ("a wiki link around the cue",
     "Министр Ерлан Карин [http://example.kz/news заявил], что выборы пройдут в срок.",
     [("indirect", "выборы пройдут в срок", "Ерлан Карин", "заявил")]),
    ("a description with an organisation in the genitive names the person in focus",
     "Вчера Павел Дуров рассказал, что сервис заработал. «Это не почта», — пояснил создатель «ВКонтакте».",
     [("indirect", "сервис заработал", "Павел Дуров", "рассказал"),
      ("direct", "Это не почта", "Павел Дуров", "пояснил")]),
    ("a date set off by commas between a trailing cue and its subject",
     "Аким Ерлан Сагадиев покинул свой пост, сообщил в пятницу, 5 мая 2023 года, министр Ерлан Карин.",
     [("indirect", "Аким Ерлан Сагадиев покинул свой пост", "Ерлан Карин", "сообщил")]),
    ("\"Об этом\" with a date set off by commas before the cue",
     "Аким Ерлан Сагадиев покинул свой пост. Об этом в пятницу, 5 мая 2023 года, сообщил министр Ерлан Карин.",
     [("indirect", "Аким Ерлан Сагадиев покинул свой пост", "Ерлан Карин", "сообщил")]),
    ("a report ends at a colon before a quotation in wiki italics",
     "Как сообщает блог Павла Дурова, сервис заработал: ''«Мы запустили сервис»''.",
     [("indirect", "сервис заработал", "Павел Дуров", "сообщает"),
      ("direct", "Мы запустили сервис", "Павел Дуров", "сообщает")]),
]


@pytest.mark.parametrize("form,text,expected", FORMS, ids=[f[0] for f in FORMS])
def test_form(res, form, text, expected):
    doc = analyse(text, res)
    assert len(doc.quotes) == len(expected), [(q.kind, q.text, q.cue) for q in doc.quotes]
    for q, (want_kind, starts, want_speaker, want_cue) in zip(doc.quotes, expected):
        assert q.text.startswith(starts), (q.text, starts)
        assert (q.kind, yo(q.cue).lower()) == (want_kind, yo(want_cue).lower())
        wanted = {yo(w) for w in want_speaker} if isinstance(want_speaker, tuple) else {yo(want_speaker)}
        assert speaker_forms(doc, q) & wanted, (speaker_name(doc, q), want_speaker)


def test_roles_in_apposition_are_nominative(res):
    doc = analyse("Делегацию встретил первым заместителем министра иностранных дел Казахстана Ерланом "
                  "Ашикбаевым. Ерлан Карин, государственный советник Казахстана, выступил с докладом.", res)
    roles = {m.text: doc.entities[m.entity].roles for m in doc.mentions if m.type == "PER"}
    assert roles["Ерланом Ашикбаевым"] == ["первый заместитель министра иностранных дел Казахстана"]
    assert roles["Ерлан Карин"] == ["государственный советник Казахстана"]


def test_group_title_with_names_in_order(res):
    doc = analyse("В Астане встретились министры энергетики Казахстана и Кыргызстана Ерлан Касенов "
                  "и Таалайбек Ибраев.", res)
    roles = {e.name: e.roles for e in doc.entities if e.type == "PER"}
    assert roles["Ерлан Касенов"] == ["министр энергетики Казахстана"]
    assert roles["Таалайбек Ибраев"] == ["министр энергетики Кыргызстана"]


def test_group_title_unsettled_gives_nobody_a_role(res):
    doc = analyse("Состоялись переговоры президентов Казахстана и Узбекистана. Касым-Жомарт Токаев и "
                  "Шавкат Мирзиёев обсудили транзит.", res)
    assert all(e.roles == [] for e in doc.entities if e.type == "PER")


def test_no_body_no_quotes(res):
    doc = analyse("«Мы готовы», — сказал Ерлан Карин.", res, body=[])
    assert doc.quotes == []


def test_oblique_title_gives_no_role_to_a_new_subject(res):
    doc = analyse("Указом президента Узбекистана Шухрат Ганиев назначен хокимом Ферганской области.", res)
    assert [e.roles for e in doc.entities if e.type == "PER"] == [[]]


def test_conclusion_with_a_clause_is_indirect_speech(res):
    doc = analyse("Биолог Анна Петрова пришла к выводу, что лес восстановится за десять лет.", res)
    assert [(q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("indirect", "лес восстановится за десять лет", "Анна Петрова")]


def test_gave_to_understand_is_a_cue(res):
    doc = analyse("Премьер-министр Иван Сидоров дал понять, что налоги не вырастут.", res)
    assert [(q.kind, q.text) for q in doc.quotes] == [("indirect", "налоги не вырастут")]
    assert yo(speaker_name(doc, doc.quotes[0])) == "Иван Сидоров"


def test_author_of_the_book_is_the_named_author(res):
    doc = analyse("Писательница Мария Орлова выпустила новую книгу о детстве.\n"
                  "Автор отмечает, что писала её десять лет.", res)
    assert [yo(speaker_name(doc, q)) for q in doc.quotes] == ["Мария Орлова"]


def test_parsed_subject_when_word_order_rules_find_none(res):
    # Members of a named body speak for it: the parse gives "эксперты" as the cue's subject
    # and the body below it.
    doc = analyse("Эксперты лаборатории «Вектор» подтвердили, что вирус не опасен.", res)
    assert [q.text for q in doc.quotes] == ["вирус не опасен"]
    assert "Вектор" in (speaker_name(doc, doc.quotes[0]) or "")


def test_so_it_is_said_after_a_dash(res):
    doc = analyse("Документ предлагает создать специальную систему защиты пользователей, — так говорится "
                  "в заявлении МИД России.", res)
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("indirect", "Документ предлагает создать специальную систему защиты пользователей")]


def test_report_broken_by_its_attribution_gives_both_pieces(res):
    doc = analyse("Дмитрий Медведев выступил в Кремле. Переход на летнее время, подчеркнул Медведев, "
                  "будет полезным.", res)
    assert sorted(q.text for q in doc.quotes) == ["Переход на летнее время", "будет полезным"]


def test_outlet_told_before_the_cue_is_not_the_speaker(res):
    doc = analyse("На Бродвее состоится дебют шоу по роману. Об этом агентству Reuters сообщил продюсер "
                  "Скотт Рудин.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("На Бродвее состоится дебют шоу по роману", "Скотт Рудин")]


def test_paragraph_signed_after_a_dash_is_the_quotation(res):
    doc = analyse("Певица Анна Соколова выступила в Москве.\n\nВ этих песнях для меня вся история семьи. "
                  "Я слышу её в каждой строке — сказала Анна Соколова.", res)
    assert [(q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("direct", "В этих песнях для меня вся история семьи. Я слышу её в каждой строке", "Анна Соколова")]


def test_second_piece_after_an_attribution_between_marks(res):
    doc = analyse("Правила становятся сложнее, и они «требуют полного внимания», говорит Иван Петров, "
                  "«поэтому я останусь на своём посту».", res)
    assert ("direct", "поэтому я останусь на своём посту", "Иван Петров") in [
        (q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes]


def test_words_in_the_instrumental_before_a_colon_are_the_subjects(res):
    doc = analyse("Тренер Иван Петров отшучивается словами: «В моём возрасте пора думать об отдыхе».", res)
    assert [(q.kind, q.text, q.cue, speaker_name(doc, q)) for q in doc.quotes] == [
        ("direct", "В моём возрасте пора думать об отдыхе", "отшучивается", "Иван Петров")]


def test_quotation_after_a_colon_and_a_verb_that_is_no_cue(res):
    doc = analyse("Иван Петров передумал, несмотря на свой возраст: «Никто из молодых пока не готов к этой работе».",
                  res)
    assert [(q.kind, q.text, q.cue, speaker_name(doc, q)) for q in doc.quotes] == [
        ("direct", "Никто из молодых пока не готов к этой работе", None, "Иван Петров")]


def test_wiki_marks_and_a_straight_mark_before_the_guillemets(res):
    doc = analyse("Иван Петров написал письмо, в котором заявил: ''\"«Я не прошу ничьего одобрения»''.", res)
    assert [(q.kind, q.text, q.cue) for q in doc.quotes] == [
        ("direct", "Я не прошу ничьего одобрения", "заявил")]


def test_report_goes_on_past_a_verb_with_an_object_only(res):
    doc = analyse("Как рассказал Иван Петров, он знал о готовящемся нападении и попросил защиты у полиции.", res)
    assert [q.text for q in doc.quotes] == ["он знал о готовящемся нападении и попросил защиты у полиции"]


def test_report_ends_where_the_writer_says_what_the_speaker_did(res):
    doc = analyse("Иван Петров сказал, что шокирован известием — он назвал сына добрым человеком.", res)
    assert [q.text for q in doc.quotes] == ["шокирован известием"]


def test_report_ends_before_a_relative_clause_joined_by_and(res):
    doc = analyse("Адвокат Иван Петров показал записку, которую, по его словам, клиентка передала ему при встрече, "
                  "и в которой говорится о новом деле.", res)
    assert [q.text for q in doc.quotes] == ["клиентка передала ему при встрече"]


def test_words_quoted_whole_end_before_a_converb(res):
    doc = analyse("Иван Петров утверждает, что «победа близка», имея в виду выборы в парламент.", res)
    assert [q.text for q in doc.quotes] == ["победа близка"]


def test_about_this_reaches_past_a_caption_line(res):
    doc = analyse("Иван Петров решил остаться на посту главы союза ещё на четыре года.\nИван Петров\n"
                  "Об этом Петров заявил на телевидении.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Иван Петров решил остаться на посту главы союза ещё на четыре года", "Иван Петров")]


def test_pronoun_after_a_description_in_an_oblique_case_is_the_storys_person(res):
    doc = analyse("Актёр Сергей Смирнов переехал в Бельгию. Смирнов давно жил во Франции. Премьер Иван Петров "
                  "назвал это решение жалким. Эти слова обидели актёра, и он направил премьеру письмо, в котором "
                  "заявил: «Я не прошу одобрения».", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("Я не прошу одобрения", "Сергей Смирнов")]


def test_relative_clause_with_no_subject_speaks_through_its_clause_subject(res):
    doc = analyse("Сергей Смирнов отправил редакции письмо, в котором заявил, что не согласен с решением суда.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("не согласен с решением суда", "Сергей Смирнов")]


def test_by_his_own_statement_with_an_adjective(res):
    doc = analyse("Иван Петров работал в компании десять лет. По его собственному заявлению, его клиентами "
                  "стали тысячи людей.", res)
    assert [(q.text, q.cue, speaker_name(doc, q)) for q in doc.quotes] == [
        ("его клиентами стали тысячи людей", "По заявлению", "Иван Петров")]


def test_noun_of_speech_with_about_that_clause_and_a_genitive_speaker(res):
    doc = analyse("Власти отвергли заявления Ивана Петрова о том, что выборы были нечестными.", res)
    assert [(q.kind, q.text, q.cue, speaker_name(doc, q)) for q in doc.quotes] == [
        ("indirect", "выборы были нечестными", "заявления", "Иван Петров")]


def test_noun_of_speech_as_an_object_speaks_through_the_verbs_subject(res):
    doc = analyse("Иван Петров опубликовал заявление о том, что покидает клуб.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("покидает клуб", "Иван Петров")]


def test_noun_of_speech_opening_a_sentence_before_a_colon(res):
    doc = analyse("Слова Ивана Петрова из интервью: «Мы обязательно победим в этом сезоне».", res)
    assert [(q.kind, q.text, q.cue, speaker_name(doc, q)) for q in doc.quotes] == [
        ("direct", "Мы обязательно победим в этом сезоне", "Слова", "Иван Петров")]


def test_body_named_by_a_description_with_a_place_adjective_speaks(res):
    doc = analyse("В Лондоне задержан подозреваемый. Британская полиция сообщила, что расследование продолжается.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("расследование продолжается", "Британская полиция")]


def test_body_named_by_a_common_noun_alone_stays_unnamed(res):
    doc = analyse("В Лондоне задержан подозреваемый. Полиция сообщила, что расследование продолжается.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("расследование продолжается", None)]


def test_outlet_credit_after_a_colon_quotation_leaves_it_to_the_person_before_the_colon(res):
    doc = analyse("Иван Петров, член совета при мэрии, вовсе называет проект ошибкой: «Это будет "
                  "очередной провал», сообщает Лента.ру.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("Это будет очередной провал", "Иван Петров")]


def test_one_of_many_after_the_cue_is_the_name_given_after_him(res):
    doc = analyse("Иван Петров вышел на сцену. «Теперь можно и отдохнуть», — сказал один из зрителей, "
                  "62-летний Сергей Смирнов.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("Теперь можно и отдохнуть", "Сергей Смирнов")]


def test_unknown_wrongdoer_is_not_the_person_in_focus(res):
    doc = analyse("Иван Петров получил письмо и обратился в полицию. Злоумышленник утверждал, что снимки "
                  "были сделаны камерой.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("снимки были сделаны камерой", None)]


def test_letter_received_speaks_for_no_one_who_received_it(res):
    doc = analyse("Мария Петрова получила анонимное письмо, в котором сообщалось, что снимки будут "
                  "опубликованы.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("снимки будут опубликованы", None)]


def test_decree_with_no_author_named_is_the_head_of_state_who_signed_it(res):
    doc = analyse("Президент России Иван Петров помиловал осуждённую. Об этом говорится в опубликованном "
                  "на сайте Кремля указе.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Президент России Иван Петров помиловал осуждённую", "Иван Петров")]


def test_body_noun_alone_after_the_body_named_with_its_place(res):
    doc = analyse("Полиция Малайзии подтвердила сообщения об убийстве. В полиции рассказали, что к нему "
                  "подошла неизвестная женщина.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("к нему подошла неизвестная женщина", "Полиция Малайзии")]


def test_body_named_by_the_words_its_abbreviation_ends_with(res):
    doc = analyse("ФБР занято расследованием шантажа. В пресс-службе бюро расследований говорят, что "
                  "расследование длится уже несколько месяцев.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("расследование длится уже несколько месяцев", "ФБР")]


def test_reported_clause_opening_with_a_quotation_mark_runs_to_its_closing_mark(res):
    doc = analyse("Иван Петров сказал, что «всё изменилось за эти годы. Мы очень рады, что мы здесь».", res)
    assert [(q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("indirect", "всё изменилось за эти годы. Мы очень рады, что мы здесь", "Иван Петров")]


def test_according_to_without_a_comma_in_a_sentence_with_a_comma_further_on(res):
    doc = analyse("По мнению прокуратуры цена была завышена для уменьшения налогов, причём разница оседала "
                  "в офшорах.", res)
    assert [q.text for q in doc.quotes] == [
        "цена была завышена для уменьшения налогов, причём разница оседала в офшорах"]


def test_title_with_no_holder_before_is_the_person_named_after_in_its_paragraph(res):
    doc = analyse("«Пора менять закон», — сказал глава государства на совещании. — «Работать надо "
                  "честно», — напомнил Иван Петров.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Пора менять закон", "Иван Петров"), ("Работать надо честно", "Иван Петров")]


def test_members_named_in_the_plural_with_a_country_speak_for_their_body(res):
    doc = analyse("Следственный комитет Белоруссии возбудил дело. По мнению белорусских следователей, "
                  "Керимов нанёс ущерб России.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Керимов нанёс ущерб России", "Следственный комитет Белоруссии")]


def test_statement_speaking_as_we_is_the_body_named_before_it(res):
    doc = analyse("Представители аэроклуба «Крыло» выразили соболезнования родным погибших. В заявлении "
                  "говорится: «Мы все скорбим вместе с вами».", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("Мы все скорбим вместе с вами", "Крыло")]


def test_body_described_by_the_adjective_of_the_capital(res):
    doc = analyse("В Москве пройдут показы фильмов.\n\nНа сайте столичной мэрии отмечается:\nКинопрограмма "
                  "включает лучшие работы режиссёра.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Кинопрограмма включает лучшие работы режиссёра", "Столичная мэрия")]


def test_greeting_of_an_office_is_not_its_country_s_words(res):
    doc = analyse("С юбилеем артиста поздравил Иван Петров. В поздравлении президента России говорится: "
                  "«Вы пользуетесь искренними симпатиями зрителей».", res)
    assert [speaker_name(doc, q) for q in doc.quotes] != ["Россия"]


def test_soglasno_with_a_person_s_name_reports_the_person_s_words(res):
    doc = analyse("Иван Петров работает на заводе. Согласно Петрову, рабочие захватили завод в знак протеста.", res)
    assert [(q.kind, speaker_name(doc, q)) for q in doc.quotes] == [("indirect", "Иван Петров")]


def test_quotation_right_after_skazav_is_direct(res):
    doc = analyse("Иван Петров завершил беседу, сказав «мы принялись за сохранение этого вида работы».", res)
    assert [(q.kind, speaker_name(doc, q)) for q in doc.quotes] == [("direct", "Иван Петров")]


def test_rasskazal_ob_etom_reports_the_sentence_before(res):
    doc = analyse("Фигурант дела Айдар Губайдулин покинул Россию. Он находился под подпиской о невыезде. Его "
                  "адвокат Максим Пашков рассказал об этом в телеграм-канале.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Он находился под подпиской о невыезде", "Максим Пашков")]


def test_ruler_s_title_at_the_head_of_a_name_is_no_part_of_it(res):
    doc = analyse("Заголовок\nИмам мечети Ахмед Хасан Али выступил на площади. Имам Ахмед заявил, что мечеть "
                  "откроют в пятницу.", res)
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [("мечеть откроют в пятницу", "Ахмед Хасан Али")]


def test_title_alone_is_the_person_named_with_it_before(res):
    doc = analyse("Заголовок\nВ субботу папа Римский Лев провёл мессу в Неаполе. Многие семьи, напомнил "
                  "Папа, живут без крыши над головой.", res)
    assert {speaker_name(doc, q) for q in doc.quotes} == {"Лев"}
    assert "Папа" not in {e.name for e in doc.entities}


def test_title_alone_the_tagger_takes_for_a_name_is_no_entity(res):
    doc = analyse("Заголовок\nВ субботу в Неаполе прошла месса. Как заявил Понтифик, бедные ждут помощи "
                  "от богатых стран.", res)
    assert "Понтифик" not in {e.name for e in doc.entities}
    assert [speaker_name(doc, q) for q in doc.quotes] == [None]
    doc = analyse("Заголовок\nПонтифик Лев приехал в Неаполь. Как заявил Понтифик, бедные ждут помощи.", res)
    assert {(m.text, doc.entities[m.entity].name) for m in doc.mentions if m.text == "Понтифик"} <= \
        {("Понтифик", "Лев")}
    assert [speaker_name(doc, q) for q in doc.quotes] == ["Лев"]


def test_surname_that_is_also_a_title_stays_a_name(res):
    doc = analyse("Заголовок\nТренер сборной Дик Адвокат остался недоволен игрой. Как заявил Адвокат, "
                  "команде не хватило скорости.", res)
    assert [speaker_name(doc, q) for q in doc.quotes] == ["Дик Адвокат"]


def test_pronoun_is_not_the_person_its_clause_names_as_the_subject(res):
    doc = analyse("Заголовок\nМэр Иван Волков заявил, что Сергей Орлов уходит в отставку.\n\nОн также "
                  "подчеркнул, что Орлов останется советником.", res)
    assert [speaker_name(doc, q) for q in doc.quotes] == ["Иван Волков", "Иван Волков"]
    doc = analyse("Заголовок\nПресс-секретарь мэра Иван Волков сообщил, что Сергей Орлов покинул пост.\n\n"
                  "Позже он подчеркнул, что Орлов ушёл по собственному желанию:\nМэр принял отставку. "
                  "Решение уже подписано.", res)
    assert [(q.kind, speaker_name(doc, q)) for q in doc.quotes] == [
        ("indirect", "Иван Волков"), ("indirect", "Иван Волков"), ("direct", "Иван Волков")]


def test_possessive_pronoun_may_be_the_person_its_clause_names(res):
    doc = analyse("Заголовок\nТренер Олег Смирнов заявил, что останется в клубе.\n\nКлуб, по его словам, "
                  "не знает о том, что Смирнов ведёт переговоры с другой командой.", res)
    assert [speaker_name(doc, q) for q in doc.quotes][-1:] == ["Олег Смирнов"]


def test_lone_title_words(res):
    from newsgraph.doc import Token
    from newsgraph.entities import lone_title

    def word(text):
        return Token(0, len(text), text, "PROPN", {}, text.lower())
    assert all(lone_title(word(w), res) for w in ("Папа", "Понтифик", "Патриарх", "Министр", "Премьер"))
    # a first name or a surname is no title, nor is a title also used as a first name
    assert not any(lone_title(word(w), res) for w in ("Султан", "Кирилл", "Лев", "Петров"))


def test_converb_before_a_colon_shares_the_subject_of_its_sentence_s_first_cue(res):
    doc = analyse("Заголовок\nМинистр Иван Петров приехал в Казань.\nОн выразил надежду на то, что депутат "
                  "Сергей Смирнов поддержит закон, добавив:\nЭтот закон нужен всем жителям страны, и "
                  "откладывать его нельзя.", res)
    assert [(q.kind, q.cue, speaker_name(doc, q)) for q in doc.quotes] == [
        ("indirect", "выразил", "Иван Петров"), ("direct", "добавив", "Иван Петров")]


# A text and who speaks each of its quotations, in order (None: no one the text names).
SPEAKERS = [
    pytest.param("По мнению директора института политики Петра Волкова, отставка губернатора вероятна. "
                  "К такому выводу эксперт пришёл после аварии на подстанции.\n\nКроме того, как считает "
                  "эксперт, на отставку может повлиять и конфликт с мэром.",
                 ["Пётр Волков", "Пётр Волков"], id="expert is no former holder of a title"),
    pytest.param("Эмадельдин Эльсаед предстал перед судом. Как сообщил репортерам адвокат Эльсаеда, "
                  "совершенно очевидно, что его подзащитный не угрожал никому.",
                 [None], id="lawyer of a named man is not the man"),
    pytest.param("Как сообщила пресс-секретарь главы государства, президент Иван Петров поздравил певицу "
                  "с юбилеем.",
                 ["Иван Петров"], id="spokesperson of an office speaks for its holder"),
    pytest.param("Британская полиция сообщила, что нашла бутылку.\n\nБутылка была найдена в доме.\n\n"
                  "Врачи осмотрели пострадавших.\n\nПолиция сообщила, что расследование проводят сто "
                  "следователей.",
                 ["Британская полиция", "Британская полиция"], id="body noun alone after a body described with that noun spoke"),
    pytest.param("Канадская полиция задержала водителя грузовика.\n\nДвое пострадавших доставлены в больницу.\n\n"
                  "Полиция утверждает, что водитель был пьян.",
                 ["Канадская полиция"], id="body noun alone after a body described with that noun as a subject"),
    pytest.param("Представители венгерской полиции осмотрели машину.\n\nПолиция считает, что машину угнали.",
                 [None], id="body noun alone after a description in the genitive is no one"),
    pytest.param("МИД Латвии опубликовал заявление, а Совет Безопасности ООН собрался на заседание. "
                  "В ведомстве отметили, что Латвия готова к диалогу.",
                 ["МИД Латвии"], id="kind noun means the latest body of that kind"),
    pytest.param("Сотрудники Института Менделеева открыли выставку, о ней написали в группе «ВКонтакте».\n\n"
                  "В институте рассказали, что выставка продлится месяц.",
                 ["Институт Менделеева"], id="generic noun heading a body's name stands for that body"),
    pytest.param("Музыкант Иван Петров в интервью The Daily Mail сказал, что ему отвратительно такое "
                  "поведение.",
                 ["Иван Петров"], id="outlet in an interview phrase is not the speaker"),
    pytest.param("Анна Смирнова погибла при стрельбе. Шеф полиции Сан-Диего рассказал, что преступник "
                  "сдался без сопротивления.",
                 [None], id="person of a city s body is not the city"),
    pytest.param("Бывший президент Бразилии Луис да Силва прошёл курс химиотерапии в прошлом году, врачи "
                  "сообщили, что лечение уменьшило опухоль.",
                 [None], id="unnamed speakers of their own clause are not the sentence s subject"),
    pytest.param("Анна Смирнова сказала, что дипломы надо проверять. Всё началось после того, как "
                  "выяснилось, что один из активных участников утверждал, что он профессор.",
                 ["Анна Смирнова", None], id="one of many is not the person in focus"),
    pytest.param("Глава фонда Флоранс Девуар также высказалась против идеи. Она сказала: «Я считаю, что "
                  "проблема в качестве статей».",
                 ["Флоранс Девуар"], id="pronoun after a name whose verb follows an adverb"),
    pytest.param("Акцию начал Иван Петров — отец убитого подростка. Он считает, что следствие было "
                  "необъективным.",
                 ["Иван Петров"], id="person noun in apposition to a name does not stop a pronoun"),
    pytest.param("Полиция пришла в штаб кандидатов, сообщает «Медиазона» со ссылкой на пресс-секретаря "
                  "фонда Анну Смирнову.\n\nПо её словам, полицейские стоят за дверью.",
                 ["Анна Смирнова"], id="pronoun means the person a report cites"),
    pytest.param("Стрелком оказался 19-летний Иван Петров. По заявлению местных властей, стрельбу он "
                  "совершил на почве ненависти. В своём посте обещал, что скоро начнётся трансляция.",
                 [None, "Иван Петров"], id="unnamed body of several people does not stop a carried speaker"),
    pytest.param("Суд приговорил Виталия Маркива к 24 годам. Адвокат Маркива заявил, что его подзащитный "
                  "был простым солдатом.",
                 [None], id="title of a person named in an oblique case is not that person"),
    pytest.param("Абид Насир предстал перед судом. Адвокат Насира заявил, что его подзащитный не признаёт "
                  "вины. Его назначенный судом адвокат, Стивен Брунстайн, отказался отвечать на вопросы.",
                 ["Стивен Брунстайн"], id="title of a person is the one holder its paragraph names"),
    pytest.param("Актёр Армен Джигарханян попытался попасть в квартиру.\n\n«Никаких прав у него на эту квартиру "
                  "нет», – рассказала близкая подруга супруги Джигарханяна Виталины Цымбалюк-Романовской.",
                 [None], id="name after a relation put back in the nominative is someone else s"),
    pytest.param("Представитель Министерства обороны Латвии Анна Берзиня сообщила, что учения начались. "
                  "Позднее неназванный представитель министерства рассказал, что учения продлятся неделю.",
                 ["Анна Берзиня", "Министерство обороны Латвии"], id="unnamed spokesperson speaks for the body not for its named one"),
    pytest.param("Иван Петров заявил, что партия не против миграции.\n\nПолитик заявил, что вся партия и сам "
                  "Сергей Смирнов осудили этот случай, однако напомнил, что там ранее был убит человек.",
                 ["Иван Петров"] * 3, id="verb joined by odnako shares the first predicate s speaker"),
    pytest.param("Иван Петров вступил в партию.\n\nОн заявил, что вся партия и сам Сергей Смирнов осудили этот "
                  "случай, однако напомнил, что там ранее был убит человек.",
                 ["Иван Петров"] * 2, id="pronoun verb joined by odnako shares the first predicate s speaker"),
    pytest.param("Студент МГУ им Ломоносова признал, что бросил бутылку.",
                 [None], id="namesake in a body s name is not a speaker"),
    pytest.param("На допросе Иван Петров признал, что поднял бутылку, которую бросил Сергей Смирнов. "
                  "«Я раскаиваюсь в своих действиях», — говорил он.",
                 ["Иван Петров", "Иван Петров"], id="name in a relative clause is not whom a pronoun means"),
    pytest.param("Певица Анна Смирнова выступила в Ашхабаде.\n\nПредставитель Смирновой сообщил, что "
                  "выступление было частью концерта.",
                 ["Анна Смирнова"], id="spokesperson of a person speaks for that person"),
    pytest.param("Как сообщили представители Южной Кореи, в КНДР казнён высокопоставленный чиновник.",
                 ["Южная Корея"], id="spokespeople of a country speak for the country"),
    pytest.param("Певица Анна Смирнова выступила в Ашхабаде.\n\nПредставитель Смирновой сообщил, что "
                  "выступление было частью концерта.\n\n«Мероприятие было согласовано заранее», — говорится в "
                  "заявлении.",
                 ["Анна Смирнова", "Анна Смирнова"], id="statement after a person s spokesperson is that person s"),
    pytest.param("Умер народный артист Лев Дуров.\n\nПо словам дочери народного артиста Екатерины Дуровой, "
                  "это случилось ночью в больнице.",
                 ["Екатерина Дурова"], id="name closing a relation s phrase with its gender is the relation"),
    pytest.param("Тренер Олег Смирнов после известия о смерти Петрова заявил, что команда потрясена.",
                 ["Олег Смирнов"], id="man s surname in an oblique case next to the cue is not the subject"),
    pytest.param("Как пишет в своей колонке для издания The Hill один из участников встречи, мероприятия "
                  "были последней возможностью увидеться.",
                 [None], id="outlet completing a phrase after the cue is not the speaker"),
    pytest.param("Нападающий Иван Петров признан лучшим игроком. Петров заявил, что счастлив.\n\n"
                  "Итальянский голкипер Олег Смирнов признан лучшим вратарём. Получив приз, голкипер сказал, "
                  "что он польщен.",
                 ["Иван Петров", "Олег Смирнов"], id="description names the person its paragraph names with it"),
    pytest.param("На съезде выступил председатель КНР, генеральный секретарь партии Ли Вэнь. В зале было "
                  "много гостей.\n\nПо мнению главы КНР, реформы идут успешно.",
                 ["Ли Вэнь"], id="titles listed before one name are all that name s"),
    pytest.param("На встрече выступил президент России, премьер Индии Нарендра Моди. Позже президент России "
                  "заявил, что переговоры прошли успешно.",
                 [None], id="titles of two countries listed before one name are not both that name s"),
    pytest.param("Церемонию открыл председатель правления Городского фонда Иван Петров. Затем выступили "
                  "гости.\n\nНа вечере пел хор.\n\nПредседатель правления фонда напомнил, что фонд помогает "
                  "школам.",
                 ["Иван Петров"], id="title shortened from one given in full is that holder s"),
    pytest.param("Новый альбом записала группа Metallica. На обложке изображён пёс. По словам группы, обложка "
                  "отсылает к детству музыкантов.",
                 ["Metallica"], id="noun of a body stands for the one body the text named after that noun"),
    pytest.param("Вчера магазин «Молодая смена» отказался продавать журнал. Руководство магазина объяснило своё "
                  "решение тем, что на обложке был изображён флаг.",
                 ["Молодая смена"], id="management of a body named after its noun speaks for that body"),
    pytest.param("Новый альбом записала группа Metallica, а группа Slayer отменила тур. По словам группы, "
                  "обложка отсылает к детству музыкантов.",
                 [None], id="noun of a body named after it twice stands for no one"),
    pytest.param("С юбилеем артиста поздравил президент Иван Петров. Об этом сообщается на сайте Кремля.\n\n"
                  "В поздравлении, в частности, говорится, что вклад артиста в культуру огромен.",
                 ["Кремль", "Иван Петров"], id="document made by a verb of its stem just before is that verb s subject s"),
    pytest.param("Районный суд признал Сергея Смирнова виновным и приговорил его к году условно. В приговоре "
                  "отмечается, что вина доказана.",
                 ["Районный суд"], id="verdict is the court s that passed it"),
    pytest.param("Министерство финансов опубликовало доклад о бюджете страны. В нём сказано, что дефицит "
                  "вырастет вдвое.",
                 ["Министерство финансов"], id="pronoun for a document made just before is that document s maker s"),
    pytest.param("Районный суд признал Петра Сидорова виновным и приговорил его к двум годам колонии.\n\n"
                  "Адвокаты осуждённого подали апелляцию в тот же день.\n\nВ приговоре отмечается, что вина "
                  "подсудимого полностью доказана.",
                 ["Районный суд"], id="verdict two paragraphs after the verb that passed it"),
    pytest.param("Глава государства Иван Петров подписал Указ «О назначении министра». В подписанном президентом "
                  "документе говорится, что назначение вступает в силу немедленно.",
                 ["Иван Петров"], id="document for a decree signed just before is the signer s"),
    pytest.param("Выборы в Сенат прошли в ноябре. Республиканцы, получившие большинство в Сенате после выборов, "
                  "заявляют, что налоги будут снижены.",
                 [None], id="name inside a participial phrase after a plural noun does not speak"),
    pytest.param("Турнир прошёл в Нью-Йорке. Победитель турнира, житель Остина, Техас, заявил, что приедет снова.",
                 [None], id="region after a place and a comma does not speak"),
    pytest.param("Премьер Ливана Саад Салам подал в отставку\n\n\nИсточник в правительстве сообщил, что Салам не "
                  "поладил с двумя министрами.",
                 [None], id="unnamed source s noun taken for a name names no one"),
    pytest.param("Суд начнётся в мае. Прокуроры обязаны передать адвокатам все материалы.\n\nИван Петров, адвокат "
                  "из Самары, возглавляет ассоциацию защитников.\n\n«Обвинение обязано раскрыть всё, что может "
                  "помочь защите. Иначе процесс будет несправедливым».",
                 ["Иван Петров"], id="paragraph quoted whole after one person named is that person s"),
    pytest.param("Вчера умер писатель Иван Петров.\n\n«Он был великим человеком, и мы все будем по нему скучать».",
                 [None], id="paragraph quoted whole about the person just named is not that person s"),
    pytest.param("Экзамены прошли с нарушениями.\n\nОбозреватель агентства Иван Петров: «Здесь возможны три "
                  "варианта. Первый: всё останется как есть».",
                 ["Иван Петров"], id="title and name with no verb before a colon speak the quotation after it"),
    pytest.param("Двое туристов пропали в горах. МИД Италии подтвердил, что туристы найдены живыми.",
                 ["МИД Италии"], id="body of one word with a country after it is that country s body"),
    pytest.param("В МИД РФ сообщили, что помогут туристам. Позже МИД Италии подтвердил, что туристы найдены живыми.",
                 ["МИД РФ", "МИД Италии"], id="body of one word written with two countries is each sentence s"),
    pytest.param("Певец Иван Петров вернулся домой после гастролей. По собственным словам певца, поездка была "
                  "тяжёлой.",
                 ["Иван Петров"], id="according to words with an adjective between"),
    pytest.param("Умер писатель Иван Петров. По словам его супруги Анны Петровой, он скончался дома.",
                 ["Анна Петрова"], id="relation opened by a possessive is the name right after it"),
    pytest.param("Умер писатель Иван Петров. По словам отца Сергея Смирнова, тот был дружен с писателем.",
                 [None], id="relation without a possessive is not the name after it"),
    pytest.param("Министерство обороны Латвии распространило заявление. В заявлении говорится, что учения "
                  "начались. В заявлении также добавляется, что учения продлятся неделю.",
                 ["Министерство обороны Латвии"] * 2, id="document given as a verb s object just before is its subject s"),
    pytest.param("Районный суд рассмотрел жалобу рабочих. В жалобе говорится, что их уволили незаконно.",
                 [None], id="document a body considered is not that body s"),
    pytest.param("Иван Петров получил письмо. В письме говорится, что его уволили.",
                 [None], id="document a person received is not that person s"),
    pytest.param("Иван Петров заявил, что завод закроют. В заявлении также говорится, что рабочих переведут.",
                 ["Иван Петров"] * 2, id="statement after a person stated is that person s"),
    pytest.param("Учёные изучили тысячу добровольцев.\n\nАвтор исследования Иван Петров отметил, что зависимость "
                  "от сетей растёт.\nЕё причина — в несоответствии желаемого и действительного:\nЛюди, которые "
                  "много сидят в сетях, чувствуют, что не соответствуют чужим идеалам.\n\nИсследование продолжится.",
                 ["Иван Петров"] * 2, id="block after a verbless colon line goes on with the speaker before"),
    pytest.param("Собор передадут церкви, заявил пресс-секретарь губернатора Санкт-Петербурга.\n\nРешение одобрил "
                  "губернатор Петербурга Иван Петров.",
                 ["Иван Петров"], id="spokesperson of an office of a place in another form speaks for its holder"),
    pytest.param("Президент России Иван Петров посетил завод.\n\nПозже пресс-секретарь президента России сообщил, "
                  "что визит прошёл успешно.",
                 ["Иван Петров"], id="spokesperson of an office of a country speaks for its holder"),
    pytest.param("Глава Минобороны Иван Петров посетил часть.\n\nВ части служат сто человек.\n\nГлава ведомства "
                  "заявил, что армия готова.",
                 ["Иван Петров"], id="head of the department is the one head of a ministry the text names"),
    pytest.param("Певица Анна Смирнова перенесла операцию.\n\n25-летняя девушка выложила фотографию в палате с "
                  "подругой Марией Ивановой, которая стала её донором:\nЗнаю, многие мои поклонники заметили, что "
                  "летом обо мне ничего не было слышно.",
                 ["Анна Смирнова"], id="doer before a colon is not the subject of a relative clause"),
    pytest.param("Песков: Иванов — лучший кандидат на пост министра\n\nВ Кремле оценили кандидатов на пост министра.",
                 ["Песков"], id="headline statement joined by a dash is the named one s"),
    pytest.param("Губернатор области подал в отставку. Газета «Вечерний курьер» ранее сообщала со ссылкой на "
                  "неназванные источники, что губернатор уйдёт весной.",
                 [None], id="outlet passing on unnamed sources is not the speaker"),
    pytest.param("Как сообщило агентство «Северные вести», ссылаясь на свои источники, завод закроют в мае.",
                 [None], id="outlet citing its sources before the content is not the speaker"),
    pytest.param("Утром умер художник Олег Смирнов. Как рассказал дядя Смирнова, его нашли соседи.",
                 [None], id="relation before a name in the genitive is not the named man"),
    pytest.param("Газета Кларин сообщает, что дело сложное.\n\nПрокурор, ведущий дело, добавил, что сыновья "
                  "напуганы.",
                 ["Кларин", None], id="outlet named after its noun does not take a title"),
    pytest.param("Студент Олег Смирнов заявил, что не угрожал никому.\n\nДиректор колледжа сообщил, что отчислил "
                  "Смирнова.\n\nОн также сказал, что готов вернуть Смирнова.",
                 ["Олег Смирнов", None, None], id="title or pronoun is not the person its clause names as an object"),
    pytest.param("«Слухи о закрытии завода ложны», — цитирует агентство сообщение телеканала Euronews. По их "
                  "словам, завод работает в обычном режиме.",
                 ["Euronews", "Euronews"], id="plural pronoun right after a body spoke is that body"),
    pytest.param("Певица Анна Смирнова любит Россию. Её дочери носят русские имена — Маша и Даша, она "
                  "говорила, что сама выбирала их.",
                 ["Анна Смирнова"], id="names spelling out a noun of a thing are not in focus"),
    pytest.param("Ушёл в отставку генеральный директор МАГАТЭ Иван Петров. Об этом сообщил секретариат Агентства "
                  "на сайте организации. В сообщении говорится, что выборы пройдут в мае.",
                 ["МАГАТЭ", "МАГАТЭ"], id="noun of outlets stands for a body whose abbreviation has its letter second"),
    pytest.param("Министерство финансов Латвии опубликовало приказ о налогах. Приказ вступит в силу в мае. Как "
                  "указывается в документе, ставка налога вырастет.",
                 ["Министерство финансов Латвии"], id="document of any kind after the cue is the one published just before"),
    pytest.param("Пенсионерка Анна Смирнова отметила столетие в доме престарелых.\n\nЖенщина рассказала "
                  "гостям, что всегда много гуляла.",
                 ["Анна Смирнова"], id="bare noun of a person's sex is the person of that sex in focus"),
    pytest.param("Студент Иван Петров задержан полицией. Его мать пожаловалась в прокуратуру. Сама женщина заявила, что её сын "
                  "не виноват. Мария Смирнова вырастила сына одна.",
                 ["Мария Смирнова"], id="bare noun of a person's sex before anyone of that sex is the one named later"),
    pytest.param("Анна Смирнова и Мария Иванова вышли из магазина. Неизвестная женщина сказала, что видела вора.",
                 [None], id="noun of a person's sex with a modifier is someone new"),
    pytest.param("Министр Иван Петров ушёл в отставку. Отставку обсуждали весь вечер. Комментарий норвежского "
                  "радио: «Это давно назревало».",
                 ["Норвежское радио"], id="thing described by its country's adjective speaks as a body"),
    pytest.param("На процессе выступила сестра погибшего Анна Смирнова.\n\nСестра погибшего утверждает, что брат "
                  "никогда не пил.",
                 ["Анна Смирнова"], id="relation noun with a genitive is the one person named with that noun"),
    pytest.param("«Мужа отпустят к лету», — сказала Анна Петрова.\n\nКак пояснила жена предпринимателя, суд "
                  "назначен на май.",
                 ["Анна Петрова", "Анна Петрова"], id="spouse noun after a woman of that sex spoke is that woman"),
    pytest.param("«Суд назначен на май», — сказал Олег Петров.\n\nЖена предпринимателя заявила, что мужа "
                  "отпустят к лету.",
                 ["Олег Петров", None], id="spouse noun of the other sex than the person in focus is someone new"),
    pytest.param("Власти Норвегии задержали двух рыбаков у берегов Шпицбергена. Власти считают, что рыбаки "
                  "нарушили запрет на лов.",
                 ["Норвегия"], id="bare authorities are the one country the text named them with"),
    pytest.param("Власти Норвегии задержали двух рыбаков у берегов Шпицбергена.\n\nПо мнению властей, рыбаки "
                  "нарушили запрет на лов.",
                 ["Норвегия"], id="authorities in the genitive are the one country the text named them with"),
    pytest.param("Власти Норвегии сообщили о задержании двух рыбаков в Тромсё. По словам полицейских, рыбаки не "
                  "сопротивлялись. Власти отметили, что рыбаки нарушили запрет на лов.",
                 [None, None], id="authorities after an unnamed body spoke are as unnamed"),
    pytest.param("Власти Норвегии и власти Швеции начали проверку. Власти считают, что рыбаки нарушили запрет на "
                  "лов.",
                 [None], id="authorities after two countries' are no one's"),
    pytest.param("Власти Норвегии задержали двух рыбаков. Местные власти считают, что рыбаки нарушили запрет на "
                  "лов.",
                 [None], id="authorities with a word of their own are not the country's"),
    pytest.param("Сгорел склад зерна\nПресс-служба городского управления МЧС сообщила, что пожар потушен к утру.",
                 ["МЧС"], id="body's noun in its dictionary form opening a name is the subject whatever its tag"),
    pytest.param("Фонд «Северный лес», крупнейший природоохранный фонд в штате Монтана, заявил, что орлов стало "
                  "больше.",
                 ["Северный лес"], id="place in apposition to a noun after a preposition is not the subject"),
    pytest.param("Заголовок\nТуристы жалуются на грязь. В администрации Сочи заявили, что пляжи уберут к июню.",
                 ["Сочи"], id="place completing a body's noun after a preposition is the body's"),
    pytest.param("Заголовок\nРанее источники газеты в правительстве Молдавии намекнули, что министр уйдёт.",
                 [None], id="place after a preposition's noun behind the subject is not the speaker"),
    pytest.param("Иван Петров и Анна Смирнова прилетели в Москву.\n\nОднако директор агентства по космическим "
                 "полётам Олег Васильев (Oleg Vasiliev) заявил, что запуск перенесут.",
                 ["Олег Васильев"], id="title's preposition phrase with adjectives before its noun reaches the name"),
    pytest.param("Заголовок\nВчера прошёл съезд партии KDU. KDU в лице своего нового председателя Яна Рыба заявила, "
                 "что не поддержит закон.",
                 ["KDU"], id="name after an oblique title the cue's gender does not fit is not the subject"),
    pytest.param("Заголовок\nСъезд Гражданской демократической партии прошёл в Праге. Теперь гражданские демократы "
                 "надеются, что правительство уйдёт.",
                 ["Гражданская демократическая партия"], id="members named by the words of their party's name"),
    pytest.param("Заголовок\nРоскосмос готовит запуск. Одновременно высокие московские космические чиновники заявляют, "
                 "что слухи — часть кампании.",
                 ["Роскосмос"], id="officials named by an adjective of their body's field"),
    pytest.param("Заголовок\nПартия Зелёных провела съезд в Праге. Местные жители надеются, что завод закроют.",
                 [None], id="people described by adjectives of no body's name are no body"),
    pytest.param("Заголовок\nСпуск прошёл по баллистической траектории. По утверждению представителей Роскосмоса, это "
                 "штатная ситуация.",
                 ["Роскосмос"], id="spokespeople in the genitive speak for the body after them"),
    pytest.param("Заголовок\nПредставители завода «Восток» не стали комментировать аварию. Они лишь сказали, что "
                 "цех откроют в мае.",
                 ["Восток"], id="plural pronoun after a sentence its body's spokespeople open"),
    pytest.param("Комитет поддержки Сэма Тейлора, профсоюзного лидера 90-х годов, отбывающего срок за поджог склада "
                  "на окраине города Денвер, распространил в среду обращение, в котором говорится, что суд отложен.",
                 ["Комитет поддержки Сэма Тейлора"], id="body's name cut before a person in the genitive is completed"),
    pytest.param("Известная пианистка Мария Смирнова дала концерт в Вене. Об этом сообщается на сайте пианистки.",
                 ["Мария Смирнова"], id="document of a person told by a noun of her trade"),
    pytest.param("Пианистка Мария Смирнова и пианистка Анна Иванова дали концерт в Вене. На сайте пианистки "
                  "сообщается, что концерт прошёл с успехом.",
                 [None], id="noun of a trade two named people share names no one"),
    pytest.param("Футболист Иван Петров сказал, что уходит из клуба. На встрече присутствовал представитель ФИФА, "
                  "который от имени федерации поблагодарил игрока:\nМы желаем ему удачи в новом клубе.",
                 ["Иван Петров", "ФИФА"], id="unnamed spokesperson of a named body is the body, not the last speaker"),
    pytest.param("Депутат Иван Петров возглавляет партию десять лет.\n\nПо мнению автора письма, Петров давно "
                  "устал от работы.",
                 [None], id="description is not the person its clause names as subject"),
    pytest.param("Студентка МГУ заявила, что не нарушала закон\nАнна Смирнова\nСтудентку МГУ Анну Смирнову задержали "
                  "в воскресенье на площади.",
                 ["Анна Смирнова"], id="description in the headline is the person of the caption below it"),
    pytest.param("Как сообщает хранитель дома-музея Дюма в Париже Жан Моро (Jean Moreau), в этом году музей "
                  "посетили тысячи людей.",
                 ["Жан Моро"], id="name completing a noun in the genitive after the cue is not the speaker"),
    pytest.param("Министр Иван Петров, заболевший гриппом как и премьер Сергей Смирнов, во вторник заявил, что "
                  "работает из дома.",
                 ["Иван Петров"], id="names inside a participial phrase before the cue are not its subject"),
    pytest.param("Победителя турнира Анну Смирнову поздравил губернатор Иван Петров. «Вами гордится вся "
                  "область», — отмечается в его телеграмме.",
                 ["Иван Петров"], id="possessive before a document is its author"),
    pytest.param("Писатель Иван Петров выступил в Париже. Его длинное эссе содержало предостережения о том, что "
                  "город ждёт упадок.",
                 ["Иван Петров"], id="noun of speech in a thing of someone's is that someone's"),
    pytest.param("Писатель Иван Петров выступил в Париже. Его сын сделал заявление о том, что город ждёт упадок.",
                 [None], id="noun of speech of someone's relative is not that someone's"),
    pytest.param("Число жертв крушения выросло\nЧисло погибших увеличилось до десяти человек. Управление информации "
                  "МЧС России сообщило, что тела ещё двоих найдены на судне.",
                 ["МЧС России"], id="press department taken with its body for one name speaks for the body"),
    pytest.param("Президент Сергей Смирнов заявил, что уйдёт в отставку. Министр финансов Иван Петров заявил, что "
                  "не будет работать, если премьером станет Сергей Смирнов. «Я не вижу себя в новом кабинете», — "
                  "сказал глава Минфина.",
                 ["Сергей Смирнов", "Иван Петров", "Иван Петров"], id="head of a ministry by its short name is the minister of its field"),
    pytest.param("Президент Иван Петров подписал распоряжение о выходе страны из договора. Распоряжение опубликовано "
                  "на портале правовой информации.\n\nВ документе указано, что президент принял предложение "
                  "министерства.",
                 ["Иван Петров"], id="document after an act signed before is the signer's"),
    pytest.param("Певица Анна Смирнова вышла из дома своей подруги Натали, объявила: «Я чувствую себя прекрасно!»",
                 ["Анна Смирнова"], id="undeclined name completing a phrase before the cue is not its subject"),
    pytest.param("Ранее зал покинул депутат Иван Петров, в своём выступлении назвавший закон «позорным» (выражение "
                  "Сергея Смирнова) и выразивший уверенность, что закон отменят.",
                 ["Иван Петров"], id="aside in brackets before the cue is passed over"),
    pytest.param("Судья Анна Смирнова назначила ответчику штраф меньше, чем просило обвинение, сославшись на то, "
                  "что ответчик раньше не был судим.",
                 ["Анна Смирнова"], id="converb cue far from the subject of its verb takes the parse's subject"),
    pytest.param("Певица Анна Смирнова оставила в своём блоге в Твиттере запись:\nЯ благодарю всех, кто поддержал "
                  "меня в эти дни.",
                 ["Анна Смирнова"], id="social network after a document noun is where the post appeared"),
    pytest.param("Актёр Иван Петров умер в субботу, говорится в сообщении, вероятно, Сергея Смирнова на странице "
                  "театра в Instagram.",
                 ["Сергей Смирнов"], id="parenthetical word between a document and its author"),
    pytest.param("Группа отменила концерты, говорится в сообщении на странице группы в Instagram:\nМы очень "
                  "сожалеем, что так вышло.",
                 [None, None], id="social network is not the author of a post"),
    pytest.param("Турне группы отменено. Об этом в Twitter сообщила промоутерская компания.",
                 [None], id="body noun does not point to the social network the words appeared in"),
    pytest.param("Компания Twitter заявила, что заблокирует аккаунт.",
                 ["Twitter"], id="social network as the subject of a cue is the company speaking"),
    pytest.param("Бывший губернатор Иван Петров переехал в Казань.\n\nПозже пресс-служба Петрова опровергла "
                  "эту информацию, сообщив, что журналисты неправильно поняли губернатора.",
                 ["Иван Петров"], id="a person s press service inside the sentence speaks for the person"),
    pytest.param("Бывший губернатор Иван Петров переехал в Казань.\n\nЖурналисты неправильно поняли его, "
                  "сообщили в пресс-службе Петрова.",
                 ["Иван Петров"], id="a person s press service after the cue speaks for the person"),
    pytest.param("Сенатор Иван Петров проиграл выборы в трёх штатах.\n\nПредвыборный штаб Петрова заявляет, "
                  "что сенатор пересматривает свою стратегию.",
                 ["Иван Петров"], id="a person s campaign office speaks for the person"),
    pytest.param("У премьер-министра Швеции Ивана Петрова родилась дочь.\n\nВ канцелярии премьер-министра "
                  "сообщили, что мать и ребёнок чувствуют себя хорошо.",
                 ["Канцелярия премьер-министра"], id="the staff of an office is a body described by the office"),
    pytest.param("Иван Петров ушёл в отставку. Администрация сообщила, что отставка принята.",
                 [None], id="the staff s noun alone names no one"),
    pytest.param("Министерство иностранных дел Швеции создало кризисный штаб.\n\nПредставитель министерства "
                  "иностранных дел Швеции заявил, что требования похитителей не будут выполнены.",
                 ["Министерство иностранных дел Швеции"],
                 id="spokesperson of a body noun with a country is the body named with that noun"),
    pytest.param("Президент Мексики Иван Петров прибыл в Рим.\n\nПресс-служба президента государства "
                  "сообщила, что Петров встретится с мэром города.",
                 ["Иван Петров"], id="press service of an office speaks for its one holder named in its sentence"),
    pytest.param("Президент Мексики Иван Петров прибыл в Рим.\n\nПресс-служба президента государства "
                  "сообщила, что визит продлится два дня.",
                 [None], id="press service of an office with no holder in its sentence speaks for no one"),
    pytest.param("Премьер-министр Иван Петров прибыл в Ригу.\n\nПресс-служба президента государства "
                  "сообщила, что визит продлится два дня.",
                 [None], id="press service of an office no one holds speaks for no one"),
    pytest.param("Рейтинговое агентство Fitch понизило рейтинг банка АКБ ВОСТОК АО до уровня «B». Как сообщает "
                  "агентство, банк ввёл ограничения на выдачу вкладов.",
                 ["Fitch"], id="body s noun stands for the body named right after it, not for an abbreviation s letter"),
    pytest.param("Ранее агентство Fitch понизило рейтинг банка «Восток». Банк России ввёл в банке временную "
                  "администрацию.\n\nКак отмечается в материалах банка: «Размещено 0 бумаг».",
                 ["Восток"], id="body s noun stands for the body named right after it, not for the latest with the noun"),
    pytest.param("Митинг прошёл мирно. Вот как его прокомментировал историк и публицист Иван Петров, который "
                  "вчера вернулся из Парижа: «Это была важная акция».",
                 ["Иван Петров"], id="two descriptions joined by and before one name are that name s"),
    pytest.param("Актёр Иван Петров получил звезду на Аллее славы. Петров снялся в сорока фильмах. Поздравить "
                  "Петрова пришли коллеги — продюсер Сергей Смирнов. Выступая на церемонии, актёр признался, что "
                  "счастлив.",
                 ["Иван Петров"], id="description is the person named most among those in focus"),
    pytest.param("Акция памяти прошла в субботу. Организатор Иван Петров сказал, что пришли сотни людей. «Мы не "
                  "ждали столько гостей», — добавил Петров.\n\nПетров уточнил, что акция прошла мирно.\n\n"
                  "Панихиду в соборе провёл священник Сергей Смирнов. В проповеди он призвал прихожан к миру.\n\n"
                  "«Мы должны жить в согласии», — сказал священник.",
                 ["Иван Петров"] * 3 + ["Сергей Смирнов"],
                 id="description is the person a subject pronoun took up since his name, not the one named most"),
    pytest.param("Президент Иван Петров встретился с депутатом Сергеем Смирновым. «Предлагаю вам пост "
                  "губернатора», — сказал Петров. В ответ визави подтвердил согласие: «Я готов».",
                 ["Иван Петров", "Сергей Смирнов"], id="noun of the other party is not the one who has just spoken"),
    pytest.param("Иван Петров подписал указ, согласно которому глава фракции «Новая партия» Сергей Смирнов "
                  "назначен губернатором.\n\nОб этом президент страны сообщил журналистам: «Я уверен в нём».",
                 ["Иван Петров", "Иван Петров"], id="name in a relative clause with a quoted name in it is not in focus"),
    pytest.param("Британская полиция возбудила дело об убийстве.\n\nЖенщина скончалась в больнице, сообщили в "
                  "воскресенье представители полиции.",
                 ["Британская полиция"], id="spokespeople of a body s noun alone speak as the noun would"),
    pytest.param("Министр Иван Петров ушёл в отставку. Об этом сообщили представители полиции.",
                 [None], id="spokespeople of a body s noun no description names speak for no one"),
    pytest.param("Гильдия актёров навсегда исключила Ивана Петрова. Об этом сообщила насчитывающая более "
                  "8 тысяч членов организация.",
                 ["Гильдия актёров"], id="participial phrase before the subject s noun after the cue is passed over"),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_the_speakers_of_a_text(res, text, speakers):
    doc = analyse(text, res)
    assert [speaker_name(doc, q) for q in doc.quotes] == speakers


INTERVIEW = ("Глава фермерской ассоциации Иван Соколов ответил на вопросы «Вечерних новостей».\n\n"
             "Вечерние новости: Ранее сообщалось, что урожай зерна упадёт. Это так?\n\n"
             "Иван Соколов: Да, сбор будет меньше прошлогоднего. Виновата засуха.\n\n"
             "Вечерние новости: Помогает ли государство?\n\n"
             "Иван Соколов: Помогает, но денег не хватает. Мы просим увеличить субсидии.\n\n"
             "Вечерние новости: Спасибо за беседу!")


def test_interview_answers_after_the_interviewees_name_and_a_colon(res):
    doc = analyse(INTERVIEW, res)
    answers = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in answers] == ["Да, сбор будет меньше прошлогоднего. Виновата засуха",
                                         "Помогает, но денег не хватает. Мы просим увеличить субсидии"]
    assert all(speaker_name(doc, q) == "Иван Соколов" for q in answers)
    assert all(q.cue is None for q in answers)


def test_interview_questions_are_no_quotations(res):
    doc = analyse(INTERVIEW, res)
    assert not any("урожай" in q.text or "государство" in q.text for q in doc.quotes)


def test_one_labelled_paragraph_of_a_name_is_no_interview(res):
    doc = analyse("Итоги выборов\n\nИван Соколов: 52 процента голосов.\n\n"
                  "Пётр Орлов: 31 процент голосов.", res)
    assert [q for q in doc.quotes if q.kind == "direct"] == []


def test_interview_answers_after_the_interviewees_initials(res):
    doc = analyse("С послом Иваном Соколовым беседовал корреспондент газеты.\n\n"
                  "Корр.: Когда откроется консульство?\n\n"
                  "И. С.: В начале весны. Здание уже готово.\n\n"
                  "Корр.: А визы?\n\n"
                  "И. С.: Визовый режим останется прежним.", res)
    answers = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in answers] == ["В начале весны. Здание уже готово", "Визовый режим останется прежним"]
    assert all(speaker_name(doc, q) == "Иван Соколов" for q in answers)
    assert not any("консульство" in q.text for q in doc.quotes)
