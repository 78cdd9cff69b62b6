"""Table tests of the forms real documents write that the first tables lacked: thousands
marks decided by what follows, amounts repeated in words in brackets, minus signs, ages,
clock times, ordinals, legal references, quarters, two-digit years, and days and months
without a year dated from the publication date."""
import pytest

from conftest import only

from newsgraph.evaluate.facts import analyse
from newsgraph.facts.dates import full_year, resolve_partial
from newsgraph.facts.numbers import parse_digits


MONEY = [
    # three digits after one mark: thousands in a currency with two-digit cents
    ("Гонорар составил 15.000 руб. за статью.", "15.000 руб.", 15000, "RUB"),
    ("Взнос равен 45,000 тенге в год.", "45,000 тенге", 45000, "KZT"),
    ("Премия составила €12.500 по итогам года.", "€12.500", 12500, "EUR"),
    # ... but decimals where the minor unit has three digits, or a scale word follows
    ("Пошлина составила 1,500 кувейтских динаров.", "1,500 кувейтских динаров", 1.5, "KWD"),
    ("Выручка составила 1,125 млрд рублей.", "1,125 млрд рублей", 1125000000, "RUB"),
    ("Бюджет программы — 20,5 млн тенге.", "20,5 млн тенге", 20500000, "KZT"),
    # one kind of mark groups, the other marks the decimals
    ("Сумма иска составила 1.599.059,38 руб. с процентами.", "1.599.059,38 руб.", 1599059.38, "RUB"),
    ("Счет на 12\u202f450,75 сомони оплачен.", "12\u202f450,75 сомони", 12450.75, "TJS"),
    ("Счет на 12\u2009450,75 сомони оплачен.", "12\u2009450,75 сомони", 12450.75, "TJS"),
    ("Аванс в 3 000 000, 50 рублей перечислен.", "3 000 000, 50 рублей", 3000000.5, "RUB"),
    # thousands written "т." or "тыс." before a currency
    ("Оклад — 35 т.р. плюс премия.", "35 т.р.", 35000, "RUB"),
    ("Оклад составит 40 тыс. р. в месяц.", "40 тыс. р.", 40000, "RUB"),
    # the amount in words in brackets: before the currency, after it, or holding it
    ("Заем в 500 000 (пятьсот тысяч) рублей выдан на год.", "500 000 (пятьсот тысяч) рублей", 500000, "RUB"),
    ("Штраф в 3 000 рублей (три тысячи рублей 00 копеек) оплачен.",
     "3 000 рублей (три тысячи рублей 00 копеек)", 3000, "RUB"),
    ("Аренда — 70 000 (семьдесят тысяч рублей) в месяц.", "70 000 (семьдесят тысяч рублей)", 70000, "RUB"),
    ("Неустойка 12 500 (двенадцать тысяч пятьсот) руб. 40 коп. взыскана.",
     "12 500 (двенадцать тысяч пятьсот) руб. 40 коп.", 12500.4, "RUB"),
    # a loss
    ("Сальдо составило минус 3 млрд рублей.", "минус 3 млрд рублей", -3000000000, "RUB"),
]


@pytest.mark.parametrize("sentence, text, amount, currency", MONEY)
def test_money(res, sentence, text, amount, currency):
    m = only(analyse(sentence, res).money)
    assert (m.text, m.amount, m.currency) == (text, amount, currency)


def test_bracket_with_another_amount_stays_apart(res):
    doc = analyse("Он заплатил 10 000 рублей (около 150 долларов) за билет.", res)
    assert [(m.text, m.amount, m.currency) for m in doc.money] == [
        ("10 000 рублей", 10000, "RUB"), ("около 150 долларов", 150, "USD")]




def test_negative_range(res):
    doc = analyse("Ночью от -5 до -10 градусов.", res)
    assert [(q.value, q.unit, q.qualifier) for q in doc.quantities] == [
        (-5, "градус", "at_least"), (-10, "градус", "up_to")]


@pytest.mark.parametrize("sentence", [
    "Дело возбуждено по статье 264 УК РФ.",
    "Его обвиняют по части 2 статьи 105 УК РФ.",
    "Суд сослался на пункт 3 соглашения.",
    "Дело возбуждено по ч. 2 ст. 105 УК РФ.",
    "Он осужден по статьям 111 и 112 УК.",
    "Резолюция 2231 Совета Безопасности остается в силе.",
    "Авария произошла на 42-м километре трассы.",
    "В 3-м квартале выручка выросла.",
    "Самолет Су-27 совершил посадку.",
])
def test_labels_and_ordinals_are_not_quantities(res, sentence):
    doc = analyse(sentence, res)
    assert doc.quantities == [] and doc.money == []


def test_counts_after_a_label_noun_still_count(res):
    doc = analyse("Пожар повредил 2 дома и 3 квартиры.", res)
    assert [(q.value, q.unit) for q in doc.quantities] == [(2, "дом"), (3, "квартира")]


DATES = [
    ("Встреча началась в 14:35 в мэрии.", "в 14:35", "T14:35", None),
    ("Пожар вспыхнул в 9 часов утра.", "в 9 часов утра", "T09:00", None),
    ("Рейс вылетел в 10.30 по местному времени.", "в 10.30", "T10:30", None),
    ("Сирены включили в 8 часов 30 минут.", "в 8 часов 30 минут", "T08:30", None),
    ("Концерт начнется в 7 вечера.", "в 7 вечера", "T19:00", None),
    ("Митинг назначен на полдень, он начался в полдень.", "в полдень", "T12:00", None),
    ("Панихида пройдет 24 апреля в 10:00 в театре.", "24 апреля в 10:00", "--04-24T10:00", None),
    ("Около 01:20 5 июня 1995 года двое сбежали.", "01:20 5 июня 1995 года", "1995-06-05T01:20", None),
    ("Запись датирована 05/08/2008 10:35 в журнале.", "05/08/2008 10:35", "2008-08-05T10:35", None),
    ("Сегодня в 10:00 откроется ярмарка.", "Сегодня в 10:00", "T10:00", "0d"),
    ("Приказ подписан 12.05.17 в Бишкеке.", "12.05.17", "2017-05-12", None),
    ("Отчет за 3-й квартал 2024 года опубликован.", "3-й квартал 2024 года", "2024-35", None),
    ("Во втором квартале 2014 года выпуск упал.", "Во втором квартале 2014 года", "2014-34", None),
    ("В первом полугодии 2023 года экспорт вырос.", "В первом полугодии 2023 года", "2023-40", None),
]


@pytest.mark.parametrize("sentence, text, value, relative", DATES)
def test_dates(res, sentence, text, value, relative):
    d = only(analyse(sentence, res).dates)
    assert (d.text, d.value, d.relative) == (text, value, relative)


@pytest.mark.parametrize("sentence", [
    "Он работал 10 часов без перерыва.",
    "Цены выросли в 2.50 раза.",
    "Шифр специальности (24.03.02) указан в дипломе.",
    "Файл 19.10.16.webm удален.",
])
def test_not_dates(res, sentence):
    assert analyse(sentence, res).dates == []


def test_a_split_sentence_keeps_the_date(res):
    # razdel ends a sentence after "27."; the date is read across that boundary
    d = only(analyse("Письмо отправлено 27. 05.99 из Оша.", res).dates)
    assert (d.text, d.value) == ("27. 05.99", "1999-05-27")


PUBLISHED = [
    ("Суд назначен на 14 марта.", "2024-10-23", "14 марта", "2024-03-14", None),
    ("Саммит пройдет 10 января в Астане.", "2024-12-28", "10 января", "2025-01-10", None),
    ("Выставка открылась 25 декабря.", "2024-01-05", "25 декабря", "2023-12-25", None),
    ("Работы завершат в декабре.", "2024-01-15", "в декабре", "2024-12", None),
    ("Работы начали в декабре.", "2024-01-15", "в декабре", "2023-12", None),
    ("Собрание пройдет 3 ноября в 14:35.", "2024-10-23", "3 ноября в 14:35", "2024-11-03T14:35", None),
    ("Сегодня в 14:35 начнется заседание.", "2024-10-23", "Сегодня в 14:35", "2024-10-23T14:35", "0d"),
    ("Встреча пройдет в 14:35.", "2024-10-23", "в 14:35", "T14:35", None),
    ("Рекорд установлен 14 марта 2019 года.", "2024-10-23", "14 марта 2019 года", "2019-03-14", None),
]


@pytest.mark.parametrize("sentence, published, text, value, relative", PUBLISHED)
def test_dates_against_publication(res, sentence, published, text, value, relative):
    d = only(analyse(sentence, res, published=published).dates)
    assert (d.text, d.value, d.relative) == (text, value, relative)


def test_month_takes_the_year_named_after_it(res):
    doc = analyse("В декабре прошлого года и в первом полугодии прошлого года.", res, published="2024-10-23")
    assert [(d.text, d.value) for d in doc.dates] == [
        ("В декабре", "2023-12"), ("прошлого года", "2023"),
        ("в первом полугодии", "2023-40"), ("прошлого года", "2023")]


@pytest.mark.parametrize("value, published, tense, expected", [
    ("--03-14", "2024-10-23", None, "2024-03-14"), ("--01-10", "2024-12-28", None, "2025-01-10"),
    ("--01-10", "2024-12-28", "past", "2024-01-10"), ("--12-25", "2024-01-05", None, "2023-12-25"),
    ("--12", "2024-01-15", "future", "2024-12"), ("--02-29", "2023-05-01", None, "--02-29"),
    ("--02-29", "2024-05-01", None, "2024-02-29"), ("--35", "2024-10-23", None, "2024-35"),
    ("--03-14", "2024", None, "2024-03-14"), ("--03-14", None, None, "--03-14"),
    ("2017-05", "2024-10-23", None, "2017-05"), (None, "2024-10-23", None, None),
])
def test_resolve_partial(value, published, tense, expected):
    assert resolve_partial(value, published, tense) == expected


@pytest.mark.parametrize("yy, published, year", [
    (99, None, 1999), (17, None, 2017), (68, None, 2068), (69, None, 1969),
    (45, "1990-05-01", 1945), (25, "2024-01-01", 2025), (99, "2024-01-01", 1999), (34, "2024", 2034),
])
def test_full_year(yy, published, year):
    assert full_year(yy, published) == year


@pytest.mark.parametrize("raw, value", [("1.599.059,38", "1599059.38"), ("1,234.5", "1234.5"), ("1.200.000,5", "1200000.5"), ("1.200.000", "1200000")])
def test_parse_mixed_marks(raw, value):
    found = parse_digits(raw)
    assert (str(found) if found is not None else None) == value
