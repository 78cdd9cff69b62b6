"""Quantities: a count with the noun it counts ("более 500 предпринимателей",
"около 75 совместных контрактов", "15%", "250 тыс. человек").

`read_quantity(sc, i)` reads a quantity at token i and returns Quantity records with
the index after them, or None. `unit` is the lemma of the counted noun with ё written
as е (so that units compare equal however the text spells them), "%" for percentages,
"градус" for "°C", the noun behind an adjective of a count ("54-летний" is 54 "год"),
None when nothing is counted. A minus makes the value negative ("минус 28 градусов");
ordinals, years, clock times and numbers that label ("статья 264", "пункт 3") are left
alone.
"""
from __future__ import annotations

import re
from decimal import Decimal

from newsgraph.doc import Quantity
from newsgraph.facts.lexicon import COMPOUND_UNITS, LABEL_ABBR, LABEL_NOUNS
from newsgraph.facts.numbers import read_amounts, read_qualifier, sign_before, thousands_value, to_number
from newsgraph.facts.scanner import Scanner
from newsgraph.russian import lemma_key

_PERCENT = {"%", "процент"}
_DEGREE_SIGNS = {"°", "\u2103"}
# Tokens that may stand between a number and the noun it counts.
_BETWEEN_POS = {"ADJ", "DET"}
_MAX_BETWEEN = 3
_THREE = Decimal(3)
_COMPOUND = re.compile(r"(\d{1,4}(?:[.,]\d+)?)-([а-яё]+)")
_LIST_JOINERS = {",", "и", "-", "–", "—"}


def read_quantity(sc: Scanner, i: int) -> tuple[list[Quantity], int] | None:
    """Quantities at token i, or None."""
    compound = _compound(sc, i)
    if compound is not None:
        return compound
    if _labelled(sc, i):
        return None
    found = read_amounts(sc, i)
    if found is None:
        return None
    amounts, k = found
    last = amounts[-1].number
    if any(a.number.ordinal for a in amounts):
        return None
    for a in amounts:
        # "20.000 человек": three zeros after the mark are thousands, never decimals
        value = thousands_value(a.number)
        if value is not None and a.number.raw.endswith("000"):
            a.value = value if a.value >= 0 else -value
    qualifier_given = amounts[0].qualifier != "exact"
    # "500 с лишним человек"
    if sc.at(k) == "с" and sc.at(k + 1) in {"лишним", "небольшим", "гаком"} and len(amounts) == 1:
        amounts[0].qualifier = "more_than"
        qualifier_given = True
        k += 2
    unit, k_after = _unit_at(sc, k)
    if unit is None:
        # A bare number is kept only when a qualifier shows it is a count ("более 500").
        if not qualifier_given or (last.plain_int is not None and 1000 <= last.plain_int <= 2100):
            return None
        return _records(sc, amounts, None, amounts[-1].end), k
    if unit == "год" and last.plain_int is not None and last.plain_int >= 1000:
        return None  # a year, which the date reader did not want
    if unit == "час" and sc.at(i - 1) == "в":
        return None  # "в 10 часов": a clock time
    if not _agrees(sc, last, k_after - 1, unit):
        return None  # "в 2017 году", "на 16 заседании": the digits are an ordinal
    if not qualifier_given and all(a.number.spelled and a.value < _THREE for a in amounts):
        # "двух стран", "одна из компаний": one and two refer back to things already
        # named far more often than they count anything worth recording.
        return None
    if unit in sc.lex.months or unit in sc.lex.weekdays:
        return None
    return _records(sc, amounts, unit, sc.toks[k_after - 1].end), k_after


def _compound(sc: Scanner, i: int) -> list[Quantity] | None:
    """ "54-летний", "3-месячного", "10-минутный": a count of units as one adjective; the
    unit is the noun the adjective is made from ("год", "месяц", "минута")."""
    m = _COMPOUND.fullmatch(sc.at(i))
    if not m or not sc.is_digit(i):
        return None
    rest = m.group(2)
    unit = next((u for stem, u in COMPOUND_UNITS.items() if rest.startswith(stem)), None)
    if unit is None:
        return None
    tok = sc.toks[i]
    value = Decimal(m.group(1).replace(",", "."))
    sign = sign_before(sc, i)
    lead = sign if sign is not None else i
    found = read_qualifier(sc, lead)
    qual, start = found if found else ("exact", lead)
    begin = sc.toks[start].start
    return [Quantity(begin, tok.end, sc.surface(begin, tok.end), to_number(value), unit, qual)], i + 1


def _labelled(sc: Scanner, i: int) -> bool:
    """Whether the number at i is a label after a noun that numbers things: "статья 264",
    "части 2 статьи 105", "ст. 264", "статьями 105 и 111", "пункт № 3"."""
    t = i - 1
    if sc.at(t) == "№":
        t -= 1
    while sc.at(t) in _LIST_JOINERS and sc.is_digit(t - 1) and t - 2 >= 0:
        t -= 2  # back over "105 и" to the noun before the first number
    if t < 0:
        return False
    if sc.at(t) == "." and sc.glued(t) and sc.at(t - 1) in LABEL_ABBR:
        return True
    tok = sc.toks[t]
    return (tok.lemma or "").lower() in LABEL_NOUNS or sc.at(t) in LABEL_NOUNS


def _unit_at(sc: Scanner, k: int) -> tuple[str | None, int]:
    """The counted unit at k (after adjectives) and the index after it."""
    if k < len(sc) and sc.toks[k].text == "%":
        return "%", k + 1
    if k < len(sc) and sc.toks[k].text[:1] in _DEGREE_SIGNS:
        return "градус", k + 1  # "-28 °C", "30°": the unit "28 градусов" gives
    for step in range(_MAX_BETWEEN + 1):
        t = k + step
        if t >= len(sc):
            break
        tok = sc.toks[t]
        if tok.pos == "NOUN" and tok.text[:1].isalpha():
            lemma = lemma_key(tok)
            return ("%" if lemma in _PERCENT else lemma), t + 1
        if tok.pos in _BETWEEN_POS or (tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part"):
            continue
        break
    return None, k


def _agrees(sc: Scanner, num, noun_at: int, unit: str) -> bool:
    """Whether a noun after bare digits is in the form a count asks for; an ordinal
    ("в 2017 году", "16 заседании") gives a singular outside the genitive."""
    n = num.plain_int
    if n is None or unit == "%":
        return True
    feats = sc.toks[noun_at].feats
    number, case = feats.get("Number"), feats.get("Case")
    if number is None:
        return True
    if 11 <= n % 100 <= 14:
        return number == "Plur" or case == "Gen"
    last = n % 10
    if last == 1:
        return number == "Sing"
    if last in (2, 3, 4):
        return number == "Plur" or case == "Gen"
    return number == "Plur" or case == "Gen"


def _records(sc: Scanner, amounts, unit: str | None, end: int) -> list[Quantity]:
    out = []
    for n, a in enumerate(amounts):
        stop = end if n == len(amounts) - 1 else a.end
        out.append(Quantity(a.start, stop, sc.surface(a.start, stop), to_number(a.value), unit, a.qualifier))
    return out
