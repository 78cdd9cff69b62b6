"""Numbers in Russian text: digits in every grouping, words in every case, and mixes.

`read_number(sc, i)` reads the number that starts at token i ("12 500", "352,5",
"трех миллиардов", "1 миллиард 200 миллионов", "2,5 млрд", "16-м") and returns a
`Number`, or None when token i does not start one. `read_amounts` adds what sits
around numbers in news prose: qualifiers ("более", "не менее") and ranges ("от 40 до
50 тысяч", "200—300").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from newsgraph.facts.lexicon import CHANGE_VERBS, HALF_SCALES, LOOSE_QUALIFIERS, QUALIFIERS
from newsgraph.facts.scanner import SIGNS, Scanner
from newsgraph.russian import fold

_INT = re.compile(r"\d+")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")
_GROUPED = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})+")
# One kind of mark groups thousands, the other one marks the decimals: "1.599.059,38", "1,234.5".
_GROUPED_DECIMAL = re.compile(r"(\d{1,3}(?:([.,])\d{3})+)(?!\2)[.,](\d+)")
# "20.000", "20,000": one mark and exactly three digits, thousands or decimals depending
# on what is counted (see `thousands_value`).
_ONE_GROUP = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")
_GROUP3 = re.compile(r"\d{3}(?:[.,]\d+)?")
_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)([-–—])(\d+(?:[.,]\d+)?)")
_SUFFIXED = re.compile(r"(\d+)-([а-яё]{1,3})")
# Case endings written after digits that keep the number cardinal: "2-х", "5-ти", "7-ми".
_CARDINAL_SUFFIXES = {"х", "ти", "ми", "ью", "мя", "ех", "ух"}
# Word classes, and which class may follow which inside one number ("двести тридцать пять").
_NEXT_CLASS = {"hundred": {"ten", "teen", "unit"}, "ten": {"unit"}}
_DASHES = {"-", "–", "—"}
# Words of a fraction written out: "две целых пять десятых".
_FRACTION_WORDS = {"целых", "целая", "десятых", "десятая", "сотых", "сотая", "тысячных", "тысячная", "и"}
# How far back from "до" to look for the verb it depends on.
_VERB_REACH = 6


@dataclass(slots=True)
class Number:
    """A number found in the text; `upper` holds the far end of a one-token range
    ("50-70") as (value, start, end)."""

    i: int
    j: int
    start: int
    end: int
    value: Decimal
    spelled: bool = False
    scale: int = 1
    ordinal: bool = False
    raw: str = ""
    upper: tuple[Decimal, int, int] | None = None

    @property
    def plain_int(self) -> int | None:
        """The value of a bare digit integer with no scale word ("2017"), else None."""
        if self.spelled or self.scale != 1 or self.upper or not self.raw.isdigit():
            return None
        return int(self.raw)


def to_number(value: Decimal) -> int | float:
    """An int when whole, else a float.

    >>> to_number(Decimal("352500.0")), to_number(Decimal("3.50"))
    (352500, 3.5)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str) -> Decimal | None:
    """The value of one token of digits: "12", "352,5", "7.8", "1.200.000".

    >>> parse_digits("352,5"), parse_digits("1 200".split()[0]), parse_digits("1,200,000")
    (Decimal('352.5'), Decimal('1'), Decimal('1200000'))
    >>> parse_digits("1.599.059,38"), parse_digits("1,234.5")
    (Decimal('1599059.38'), Decimal('1234.5'))
    """
    if _INT.fullmatch(text):
        return Decimal(text)
    if _GROUPED.fullmatch(text):
        return Decimal(re.sub(r"[.,]", "", text))
    m = _GROUPED_DECIMAL.fullmatch(text)
    if m:
        return Decimal(f"{re.sub(r'[.,]', '', m.group(1))}.{m.group(3)}")
    m = _DECIMAL.fullmatch(text)
    if m:
        try:
            return Decimal(f"{m.group(1)}.{m.group(2)}")
        except InvalidOperation:
            return None
    return None


def thousands_value(num: Number) -> Decimal | None:
    """The value of "20.000" / "20,000" read as twenty thousand, for a number that is one
    such token with no scale word; None for any other number. Money in a currency whose
    minor unit has two digits takes this reading, since its decimals never run to three."""
    if num.spelled or num.scale != 1 or num.upper is not None or not _ONE_GROUP.fullmatch(num.raw):
        return None
    return Decimal(re.sub(r"[.,]", "", num.raw))


def read_number(sc: Scanner, i: int) -> Number | None:
    """The number starting at token i, or None. Readers ask for the same token more
    than once (date, then money, then quantity), so the answer is kept on the scanner."""
    if i in sc.numbers:
        return sc.numbers[i]
    sc.numbers[i] = num = _read_number(sc, i)
    return num


def _read_number(sc: Scanner, i: int) -> Number | None:
    if i >= len(sc) or i in sc.blocked:
        return None
    tok = sc.toks[i]
    if sc.is_digit(i):
        num = _read_digits(sc, i)
    elif sc.at(i) in sc.lex.numbers and not _shouting(tok.text):
        num = Number(i, i, tok.start, tok.end, Decimal(0), spelled=True)
    elif sc.at(i) in sc.lex.multiplier_singular or sc.at(i) in HALF_SCALES:
        num = Number(i, i, tok.start, tok.start, Decimal(0), spelled=True)
    else:
        return None
    if num is None:
        return None
    num = _read_scale(sc, num)
    if num is not None and not num.spelled:
        after = spelled_aside(sc, num.j)
        if after is not None:
            # "881 913 (восемьсот восемьдесят одна тысяча девятьсот тринадцать)": the
            # digits give the value, the words in brackets repeat it and join the span.
            num.j, num.end = after, sc.toks[after - 1].end
    return num


def spelled_aside(sc: Scanner, k: int, money: bool = False) -> int | None:
    """The index after a bracket at k that holds a number in words and nothing else,
    else None. With `money`, currency names and a count of kopecks may stand in it too:
    "(десять тысяч рублей 00 копеек)"."""
    if sc.at(k) != "(":
        return None
    lex = sc.lex
    t = k + 1
    words = 0
    while t < len(sc) and sc.at(t) != ")":
        key = sc.at(t)
        if key in lex.numbers or key in lex.multipliers or key in HALF_SCALES:
            words += 1
        elif key not in _FRACTION_WORDS and not (money and _money_word(sc, t)):
            return None
        t += 1
    return t + 1 if words and t < len(sc) else None


def _money_word(sc: Scanner, t: int) -> bool:
    key = sc.at(t)
    lex = sc.lex
    return (key in lex.currencies or key in lex.subunits or key in lex.currency_adjectives
            or key in {".", "сша", "стерлингов", "стерлинга"} or (key.isdigit() and len(key) <= 2))


def _shouting(word: str) -> bool:
    # "СТО" (a service station) and other acronyms that happen to spell a number.
    return len(word) > 1 and word.isupper()


def _read_digits(sc: Scanner, i: int) -> Number | None:
    tok = sc.toks[i]
    text = tok.text
    prev = sc.toks[i - 1].text if i > 0 else ""
    if prev in {"№", "#", "+"} or (prev and prev[-1].isalpha() and sc.glued(i)):
        return None  # "№14", "COVID 19" glued, "+7": labels, not amounts
    nxt = i + 1
    if nxt < len(sc) and sc.glued(nxt) and sc.toks[nxt].text[:1].isalpha() \
            and sc.at(nxt) not in sc.lex.multipliers and sc.at(nxt) not in sc.lex.currencies:
        return None  # "3D", "4G", "2017г" is handled by dates before numbers
    value = parse_digits(text)
    if value is not None:
        # "$635,000": after a currency sign a comma before three digits groups thousands.
        if prev in {"$", "£", "€"} and re.fullmatch(r"\d{1,3},\d{3}", text):
            value = Decimal(text.replace(",", ""))
        num = Number(i, i + 1, tok.start, tok.end, value, raw=text)
        if _INT.fullmatch(text) and len(text) <= 3:
            _read_groups(sc, num)
        return num
    m = _RANGE.fullmatch(text)
    if m:
        low, high = parse_digits(m.group(1)), parse_digits(m.group(3))
        if low is None or high is None or high <= low:
            return None
        hs = tok.start + m.start(3)
        return Number(i, i + 1, tok.start, tok.start + m.end(1), low, raw=m.group(1),
                      upper=(high, hs, tok.end))
    m = _SUFFIXED.fullmatch(text)
    if m:
        value = Decimal(m.group(1))
        suffix = fold(m.group(2))
        cardinal = suffix in _CARDINAL_SUFFIXES
        if suffix in {"х", "ех", "ух"}:
            n = int(value)
            cardinal = n % 10 in (2, 3, 4) and not 12 <= n % 100 <= 14 and n < 100
        if suffix == "ми":
            cardinal = int(value) % 10 in (7, 8)
        return Number(i, i + 1, tok.start, tok.end, value, ordinal=not cardinal, raw=m.group(1))
    return None


def _read_groups(sc: Scanner, num: Number) -> None:
    # "12 500", "1 200 000": groups of three digits after single spaces.
    k = num.j
    digits = num.raw
    while k < len(sc) and sc.spaced(k) and _GROUP3.fullmatch(sc.toks[k].text) and k not in sc.blocked:
        digits += sc.toks[k].text
        k += 1
        if not sc.toks[k - 1].text.isdigit():
            break
    if k == num.j:
        return
    num.value = parse_digits(digits.replace(",", ".")) or num.value
    num.raw = digits
    num.end = sc.toks[k - 1].end
    num.j = k


def _read_scale(sc: Scanner, num: Number) -> Number | None:
    """Extend a number with further number words, scale words and trailing groups."""
    lex = sc.lex
    total = Decimal(0)
    current: Decimal | None = None if num.spelled else num.value
    cls = None if num.spelled else "digits"
    last_scale = 10 ** 15
    k = num.j if not num.spelled else num.i
    end = num.end
    while k < len(sc):
        key = sc.at(k)
        if key in lex.numbers and num.spelled and not _shouting(sc.toks[k].text) and k not in sc.blocked:
            value, word_cls = lex.numbers[key]
            if current is None:
                current, cls = value, word_cls
            elif word_cls in _NEXT_CLASS.get(cls, ()):
                current += value
                cls = word_cls
            else:
                break
            end = sc.toks[k].end
            k += 1
            continue
        if key == "с" and sc.at(k + 1) == "половиной" and current is not None and cls != "half":
            current += Decimal("0.5")
            cls = "half"
            end = sc.toks[k + 1].end
            k += 2
            continue
        if key in HALF_SCALES and k == num.i:
            num.scale = last_scale = HALF_SCALES[key]
            total = Decimal(last_scale) / 2
            end = sc.toks[k].end
            k += 1
            continue
        scale = lex.multipliers.get(key)
        if scale is None and key == "т" and sc.at(k + 1) == "." and sc.glued(k + 1) \
                and sc.at(k + 2) in lex.currencies:
            # "20 т. р.", "5 т.руб.": a thousand only before a currency, else it is tonnes.
            scale = 10 ** 3
        if scale is not None:
            if scale >= last_scale:
                break
            if current is None:
                if k != num.i or key not in lex.multiplier_singular:
                    break
                current = Decimal(1)
            total += current * scale
            num.scale = scale
            current, cls, last_scale = None, None, scale
            end = sc.toks[k].end
            k = k + 2 if key == "т" else sc.skip_dot(k + 1)
            if k > 0 and sc.toks[k - 1].text == ".":
                end = sc.toks[k - 1].end
            # "1 миллиард 200 миллионов": a digit group counts only before a smaller scale word.
            if sc.is_digit(k) and sc.at(k + 1) in lex.multipliers and lex.multipliers[sc.at(k + 1)] < scale:
                value = parse_digits(sc.toks[k].text)
                if value is None:
                    break
                current, cls = value, "digits"
                end = sc.toks[k].end
                k += 1
            continue
        break
    if current is None and total == 0 and num.spelled:
        return None
    if current is not None:
        total += current
    if num.upper is not None and num.scale > 1:
        high, hs, he = num.upper
        num.upper = (high * num.scale, hs, end)
    num.value = total
    num.j = k
    num.end = end
    return num


@dataclass(slots=True)
class Amount:
    """One number with its qualifier, as it stands in a phrase; `start` includes the qualifier."""

    number: Number
    qualifier: str
    start: int
    end: int
    value: Decimal


def read_qualifier(sc: Scanner, i: int) -> tuple[str, int] | None:
    """The qualifier phrase ending just before token i, as (qualifier, first token)."""
    for size in (3, 2, 1):
        s = i - size
        if s < sc.floor:
            continue
        words = tuple(sc.norms[s:i])
        qual = QUALIFIERS.get(words)
        if qual is None:
            continue
        if words == ("до",) and _changes_to(sc, s):
            return None
        return qual, s
    # "примерно в 3,4 млн", "более чем в 2 млн": an adverb before a preposition still
    # qualifies the amount.
    if i - 2 >= sc.floor and sc.at(i - 1) in {"в", "на"}:
        found = read_qualifier(sc, i - 1)
        if found and sc.at(found[1]) in LOOSE_QUALIFIERS:
            return found
    return None


def _changes_to(sc: Scanner, k: int) -> bool:
    # "выросла до 5 млн", "повысили зарплату до 626 рублей": "до" after a verb of change
    # gives the new value, not a ceiling. The nearest verb back in the clause decides.
    for t in range(k - 1, max(k - 1 - _VERB_REACH, -1), -1):
        tok = sc.toks[t]
        if tok.text in {".", ";", ":", "(", ")"}:
            break
        if tok.pos == "VERB":
            return (tok.lemma or "") in CHANGE_VERBS
    return False


def sign_before(sc: Scanner, k: int) -> int | None:
    """The index of a minus written just before token k ("минус 28", "-28"), else None.
    A dash counts only glued to the number and apart from the word before it, so the
    dash of "Су-27" or of a range "10 -15" is no sign."""
    s = k - 1
    if s < sc.floor or s < 0:
        return None
    if sc.at(s) == "минус":
        return s
    if sc.toks[s].text in SIGNS and sc.glued(k) and not sc.glued(s) and not sc.is_digit(s - 1):
        return s
    return None


def read_amounts(sc: Scanner, i: int, lead: int | None = None) -> tuple[list[Amount], int] | None:
    """Amounts starting with the number at token i: one, or two for a range
    ("от 40 до 50 тысяч" gives 40 000 at_least and 50 000 up_to). `lead` is the first
    token of the phrase when something stands before the number ("$" in "около $120
    тыс."); a minus before it ("минус 28", "-28") makes the value negative and joins
    the span. Returns the amounts and the index after the last number."""
    num = read_number(sc, i)
    if num is None:
        return None
    lead = i if lead is None else lead
    sign = sign_before(sc, lead)
    negative = sign is not None
    if negative:
        lead = sign
    value = -num.value if negative else num.value
    found = read_qualifier(sc, lead)
    qual, qstart = found if found else ("exact", lead)
    first_start = sc.toks[qstart].start
    if num.upper is not None:
        high, hs, he = num.upper
        if negative:
            return None  # "-5-10" has no clear reading
        # the dash is one character, so the low end of "50-70" stops just before it
        return [Amount(num, "at_least", first_start, hs - 1, num.value),
                Amount(num, "up_to", hs, he, high)], num.j
    # "от 40 до 50 тысяч", "с 10 до 11 млрд", "200 - 300 тысяч", "от -5 до -10"
    k = num.j
    joiner = sc.at(k)
    before = sc.at(lead - 1)
    after_from = before in {"от", "с", "со"} and lead - 1 >= sc.floor
    if (joiner == "до" and after_from) or (joiner == "по" and before in {"с", "со"}) \
            or (joiner in _DASHES and not sc.glued(k) and not sc.glued(k + 1)):
        second_at = k + 1
        second_negative = sc.at(second_at) == "минус" or (sc.at(second_at) in SIGNS and sc.glued(second_at + 1))
        if second_negative:
            second_at += 1
        second = read_number(sc, second_at)
        if second is not None and not second.ordinal and not num.ordinal:
            low = value
            if num.scale == 1 and second.scale > 1:
                low *= second.scale
            high = -second.value if second_negative else second.value
            if low < high or (negative and second_negative and low != high):
                if joiner in _DASHES:
                    quals = ("at_least", "up_to")
                    start1 = first_start
                else:
                    quals = ("exact", "exact") if before in {"с", "со"} else ("at_least", "up_to")
                    start1 = sc.toks[lead - 1].start
                return [Amount(num, quals[0], start1, num.end, low),
                        Amount(second, quals[1], sc.toks[k].start, second.end, high)], second.j
    return [Amount(num, qual, first_start, num.end, value)], num.j
