"""Property tests of the facts stage: amounts written out in words (num2words, every
case) or in digits (grouped, decimal, scaled) with a currency in any case read back
exactly; arbitrary text never breaks the stage; every span slices back to its text
inside its sentence; documents survive the dict and JSON round trip."""
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pymorphy2.analyzer import Parse

from newsgraph.doc import Document, Sentence, Token
from newsgraph.evaluate.facts import analyse
from newsgraph.read.html import line_spans
from newsgraph.facts import extract_facts
from newsgraph.segment import sentences_of
from newsgraph.resources import get_resources

num2words = pytest.importorskip("num2words").num2words

RES = get_resources()
# Each example runs the tagger, so the count is kept small; raise it locally for a deeper search.
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Without the tagger an example costs microseconds.
FAST = settings(max_examples=300, deadline=None)

# Currency name as written (inflected word first), code, grammatical gender for num2words.
CURRENCIES = [
    ("доллар", "", "USD", "m"), ("доллар", " США", "USD", "m"), ("рубль", "", "RUB", "m"),
    ("евро", "", "EUR", "n"), ("тенге", "", "KZT", "m"), ("юань", "", "CNY", "m"),
    ("гривна", "", "UAH", "f"), ("манат", "", "AZN", "m"), ("сомони", "", "TJS", "m"),
    ("лари", "", "GEL", "m"), ("сом", "", "KGS", "m"), ("фунт", " стерлингов", "GBP", "m"),
]
# A sentence frame per case, so the amount stands where Russian puts that case.
FRAMES = {
    "n": ("На счетах фонда лежат {} на конец квартала.", "nomn"),
    "g": ("Бюджету не хватило {} для завершения стройки.", "gent"),
    "d": ("Расходы приравняли к {} по итогам года.", "datv"),
    "a": ("Компания получила {} от инвесторов из Казахстана.", "accs"),
    "i": ("Фонд располагает {} на развитие регионов.", "ablt"),
    "p": ("Речь идет о {} для малого бизнеса.", "loct"),
}
SPACES = [" ", "\u00a0", "\u2009", "\u202f"]
SCALES = [(10 ** 3, ["тыс.", "тысяч", "тысячи"]), (10 ** 6, ["млн", "миллионов", "миллиона"]),
          (10 ** 9, ["млрд", "миллиардов", "миллиарда"])]


def currency_form(word: str, amount: int, case: str) -> str:
    """The currency noun in the form Russian gives it after `amount` in `case`."""
    parses = [p for p in RES.parse(word) if p.normal_form == word and p.tag.POS == "NOUN"]
    if not parses:
        return word  # indeclinable: тенге, евро, лари, сомони
    noun = parses[0]
    if amount >= 1000 and amount % 1000 == 0:
        grams = {"gent", "plur"}  # after "тысяч", "миллионов" in every case
    elif case in ("nomn", "accs"):
        grams = noun.tag.numeral_agreement_grammemes(amount)
    elif amount % 10 == 1 and amount % 100 != 11:
        grams = {case, "sing"}
    else:
        grams = {case, "plur"}
    # natasha's parse objects take UD names in inflect(); pymorphy's own method takes ours
    form = Parse.inflect(noun, set(grams))
    return form.word if form else word


def one_money(doc: Document):
    assert len(doc.money) == 1, [(m.text, m.amount) for m in doc.money]
    return doc.money[0]


@SETTINGS
@given(amount=st.integers(min_value=1, max_value=999_999_999_999),
       currency=st.sampled_from(CURRENCIES), case=st.sampled_from(sorted(FRAMES)))
def test_amount_in_words_reads_back(amount, currency, case):
    word, tail, code, gender = currency
    frame, grams = FRAMES[case]
    words = num2words(amount, lang="ru", case=case, gender=gender, animate=False)
    phrase = f"{words} {currency_form(word, amount, grams)}{tail}"
    money = one_money(analyse(frame.format(phrase), RES))
    assert (money.amount, money.currency, money.approx) == (amount, code, False)
    assert money.text == phrase


def _grouped(n: int, space: str) -> str:
    return f"{n:,}".replace(",", space)


@st.composite
def digit_amounts(draw):
    """(text, value) for an amount in digits: grouped, plain, or a decimal with a scale word."""
    style = draw(st.sampled_from(["grouped", "plain", "scaled"]))
    if style == "scaled":
        # "1,2 млн", "352,5 тысяч", "1200 тыс.", "1 200 тыс."
        scale, names = draw(st.sampled_from(SCALES))
        whole = draw(st.integers(min_value=1, max_value=99_999))
        decimals = draw(st.integers(min_value=0, max_value=2)) if whole < 1000 else 0
        fraction = draw(st.integers(min_value=0, max_value=10 ** decimals - 1)) if decimals else 0
        head = _grouped(whole, draw(st.sampled_from(SPACES))) if draw(st.booleans()) else str(whole)
        number = f"{head},{fraction:0{decimals}d}" if decimals else head
        value = (Decimal(whole) + Decimal(fraction) / 10 ** decimals) * scale
        return f"{number} {draw(st.sampled_from(names))}", value
    value = draw(st.integers(min_value=1, max_value=9_999_999_999))
    if style == "grouped":
        return _grouped(value, draw(st.sampled_from(SPACES))), Decimal(value)
    return str(value), Decimal(value)


@SETTINGS
@given(amount=digit_amounts(), currency=st.sampled_from(CURRENCIES), case=st.sampled_from(sorted(FRAMES)),
       qualifier=st.sampled_from([("", False), ("около ", True), ("более ", True), ("до ", True),
                                  ("не менее ", True), ("порядка ", True)]))
def test_amount_in_digits_reads_back(amount, currency, case, qualifier):
    text, value = amount
    word, tail, code, _ = currency
    lead, approx = qualifier
    frame, grams = FRAMES["a"]
    noun = currency_form(word, 5, grams if case in ("n", "a") else FRAMES[case][1])
    phrase = f"{lead}{text} {noun}{tail}"
    money = one_money(analyse(frame.format(phrase), RES))
    assert Decimal(str(money.amount)) == value
    assert (money.currency, money.approx, money.text) == (code, approx, phrase)
    assert isinstance(money.amount, int) == (value == value.to_integral_value())


@SETTINGS
@given(sign=st.sampled_from([("$", "USD"), ("€", "EUR"), ("£", "GBP")]),
       whole=st.integers(min_value=1, max_value=999), tenth=st.integers(min_value=1, max_value=9),
       scale=st.sampled_from(SCALES))
def test_sign_before_amount(sign, whole, tenth, scale):
    symbol, code = sign
    size, names = scale
    phrase = f"{symbol}{whole},{tenth} {names[0]}"
    money = one_money(analyse(f"Донор выделит {phrase} на ремонт школ.", RES))
    assert (Decimal(str(money.amount)), money.currency) == (Decimal(f"{whole}.{tenth}") * size, code)


WORDS = ["12", "500", "1,5", "2017", "23", "марта", "года", "году", "в", "более", "около", "до", "от",
         "млн", "тыс", ".", ",", "-", "—", "$", "€", "₸", "рублей", "долларов", "США", "тенге", "сомони",
         "копеек", "трех", "миллиардов", "полтора", "назад", "дня", "прошлом", "вчера", "среду", "%",
         "процентов", "человек", "16-м", "1990-х", "05/08/2008", "+7", "(701)", "10:30", "№", "с", "по",
         "и", "лет", "через", "неделю", "Марта", "USD", "1 200 000", "с половиной", "двух", "стран"]
SEPARATORS = [" ", "", "\u00a0", ", ", "\n"]


@st.composite
def newsy_text(draw):
    parts = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


def check_document(doc: Document) -> None:
    for item in doc.money + doc.quantities + doc.dates:
        assert doc.text[item.start:item.end] == item.text
        assert item.start < item.end
        assert any(s.start <= item.start and item.end <= s.end for s in doc.sents)
    data = doc.to_dict()
    assert Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == doc
    for m in doc.money:
        assert type(m.amount) in (int, float) and len(m.currency) == 3 and type(m.approx) is bool
    for q in doc.quantities:
        assert type(q.value) in (int, float)
        assert q.qualifier in {"exact", "about", "more_than", "less_than", "at_least", "up_to"}


def untagged(text: str, published: str | None = None) -> Document:
    """The stage over razdel's sentences and tokens with no morphology, so that only
    this stage is under test (and tokens without tags are handled too)."""
    doc = Document(id="t", text=text, body=line_spans(text), published=published)
    doc.sents = [Sentence(start, end, text[start:end], [Token(*tok) for tok in toks])
                 for start, end, toks in sentences_of(doc, RES)]
    return extract_facts(doc, RES)


@FAST
@given(text=st.text(max_size=200) | newsy_text())
def test_arbitrary_unicode_never_breaks(text):
    check_document(untagged(text, "2017-03-23"))


@SETTINGS
@given(text=newsy_text(), published=st.sampled_from([None, "2017-03-23", "2017", "not a date"]))
def test_newsy_noise_keeps_spans_and_round_trips(text, published):
    check_document(analyse(text, RES, published))
