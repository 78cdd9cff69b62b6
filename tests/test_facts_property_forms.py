"""Property tests of the forms documents write: digits grouped by every kind of space
and mark with a decimal part, amounts repeated in words in brackets, negative values,
clock times; arbitrary text with these pieces never breaks the stage and every span
slices back to its text."""
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.evaluate.facts import analyse
from newsgraph.resources import get_resources

num2words = pytest.importorskip("num2words").num2words

RES = get_resources()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SPACES = [" ", "\u00a0", "\u2009", "\u202f"]
CURRENCIES = [("рублей", "RUB"), ("руб.", "RUB"), ("долларов", "USD"), ("тенге", "KZT"), ("евро", "EUR"),
              ("сомов", "KGS"), ("сумов", "UZS")]


def one(items):
    assert len(items) == 1, items
    return items[0]


def spans_hold(doc) -> None:
    for item in doc.money + doc.quantities + doc.dates:
        assert doc.text[item.start:item.end] == item.text and item.start < item.end


@st.composite
def grouped_with_decimals(draw):
    """(text, value): digits in groups of three with a decimal part, in each style
    documents use: spaces of every width with a comma, dots with a comma, commas with
    a point, and the comma-and-space of "1 599 059, 38"."""
    whole = draw(st.integers(min_value=1000, max_value=999_999_999))
    cents = draw(st.integers(min_value=0, max_value=99))
    style = draw(st.sampled_from(["space", "dots", "commas", "spaced_comma"]))
    groups = f"{whole:,}"
    if style == "space":
        text = groups.replace(",", draw(st.sampled_from(SPACES))) + f",{cents:02d}"
    elif style == "dots":
        text = groups.replace(",", ".") + f",{cents:02d}"
    elif style == "commas":
        text = groups + f".{cents:02d}"
    else:
        text = groups.replace(",", " ") + f", {cents:02d}"
    return text, Decimal(whole) + Decimal(cents) / 100


@SETTINGS
@given(amount=grouped_with_decimals(), currency=st.sampled_from(CURRENCIES))
def test_grouped_digits_with_decimals(amount, currency):
    text, value = amount
    word, code = currency
    phrase = f"{text} {word}"
    doc = analyse(f"Сумма сделки составила {phrase} по данным суда.", RES)
    m = one(doc.money)
    assert (Decimal(str(m.amount)), m.currency, m.text) == (value, code, phrase)
    spans_hold(doc)


@SETTINGS
@given(whole=st.integers(min_value=1, max_value=999), mark=st.sampled_from([".", ","]),
       currency=st.sampled_from(CURRENCIES))
def test_one_mark_and_three_digits_are_thousands_in_money(whole, mark, currency):
    word, code = currency
    phrase = f"{whole}{mark}000 {word}"
    m = one(analyse(f"Ущерб оценили в {phrase} по словам истца.", RES).money)
    assert (m.amount, m.currency, m.text) == (whole * 1000, code, phrase)


@SETTINGS
@given(amount=st.integers(min_value=1, max_value=999_999_999), currency=st.sampled_from(CURRENCIES),
       before=st.booleans(), space=st.sampled_from(SPACES))
def test_words_in_brackets_after_digits(amount, currency, before, space):
    word, code = currency
    digits = f"{amount:,}".replace(",", space)
    words = num2words(amount, lang="ru")
    phrase = f"{digits} ({words}) {word}" if before else f"{digits} {word} ({words} {word.rstrip('.')})"
    doc = analyse(f"Цена договора составляет {phrase} с учетом налогов.", RES)
    m = one(doc.money)
    assert (m.amount, m.currency, m.text) == (amount, code, phrase)
    spans_hold(doc)


def degrees(n: int) -> str:
    """The form of "градус" Russian puts after n."""
    if n % 10 == 1 and n % 100 != 11:
        return "градус"
    if n % 10 in (2, 3, 4) and not 12 <= n % 100 <= 14:
        return "градуса"
    return "градусов"


@SETTINGS
@given(value=st.integers(min_value=1, max_value=60), sign=st.sampled_from(["минус ", "-", "\u2212"]),
       unit=st.sampled_from([("градусов", "градус"), ("°C", "градус"), ("%", "%")]))
def test_negative_values(value, sign, unit):
    written, lemma = unit
    written = degrees(value) if written == "градусов" else written
    gap = "" if written == "%" else " "
    phrase = f"{sign}{value}{gap}{written}"
    doc = analyse(f"Ночью в горах {phrase}, сообщили синоптики.", RES)
    q = one(doc.quantities)
    assert (q.value, q.unit, q.text) == (-value, lemma, phrase)


@SETTINGS
@given(hour=st.integers(min_value=0, max_value=23), minute=st.integers(min_value=0, max_value=59),
       day=st.integers(min_value=1, max_value=28), with_day=st.booleans())
def test_clock_times(hour, minute, day, with_day):
    clock = f"{hour}:{minute:02d}"
    phrase = f"{day} мая в {clock}" if with_day else f"в {clock}"
    d = one(analyse(f"Заседание начнется {phrase} в здании суда.", RES).dates)
    expected = (f"--05-{day:02d}" if with_day else "") + f"T{hour:02d}:{minute:02d}"
    assert (d.text, d.value) == (phrase, expected)


PIECES = ["1 599 059, 38", "20.000", "20,000", "руб.", "т.", "р.", "(", ")", "восемьсот", "тысяча", "минус",
          "-", "−", "28", "°C", "54-летний", "в", "14:35", "9", "часов", "утра", "статья", "264", "УК", "РФ",
          "части", "2", "3-м", "квартале", "2024", "года", "27.", "05.99", "14", "марта", "копеек", "98",
          "коп.", "евро", "полдень", "%", ",", "."]


@st.composite
def pieces_text(draw):
    parts = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=20))
    seps = draw(st.lists(st.sampled_from([" ", "", "\u202f", ", "]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


@SETTINGS
@given(text=pieces_text(), published=st.sampled_from([None, "2024-10-23", "2024"]))
def test_pieces_never_break_and_spans_slice_back(text, published):
    doc = analyse(text, RES, published)
    spans_hold(doc)
    for d in doc.dates:
        assert d.value is None or isinstance(d.value, str)
