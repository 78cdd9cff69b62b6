"""Money: an amount with its currency ("порядка одного миллиарда долларов США",
"2,5 млрд руб.", "$352,5 тысяч", "3 рубля 50 копеек", "100 млн гонконгских долларов").

`read_money(sc, i)` reads money at token i and returns Money records with the index
after them, or None when no currency goes with the number. The span takes in the
qualifier ("порядка", "до"), and `approx` is true whenever there is one. Documents'
own forms read too: "20.000 руб." (one mark and three digits are thousands in a
currency with two-digit cents), "1 599 059, 38 Евро", "20 т. р.", and the amount
repeated in words in brackets ("881 913 (Восемьсот ... тринадцать) руб. 98 коп."), whose
digits give the value and whose words join the span.
"""
from __future__ import annotations

import re
from decimal import Decimal

from newsgraph.doc import Money
from newsgraph.facts.lexicon import (CURRENCY_ABBR, CURRENCY_BY_ADJECTIVE, CURRENCY_BY_COUNTRY,
                                     CURRENCY_CODES, CURRENCY_NOUNS, CURRENCY_SYMBOLS, SUBUNITS,
                                     THREE_DIGIT_MINOR)
from newsgraph.facts.numbers import Amount, read_amounts, read_number, spelled_aside, thousands_value, to_number
from newsgraph.facts.scanner import Scanner

# Abbreviations too short to read as money without their full stop ("5 р." but not "5 р").
_NEEDS_DOT = {"р"}
_HUNDRED = Decimal(100)
# How many tokens may separate an amount from the money whose currency it takes over.
_CARRY_GAP = 5
_DENOMINATION = re.compile(r"(\d{1,5})-(доллар|рубл|евр)(?:ов|ев)\w+")
_DENOMINATION_CODES = {"доллар": "USD", "рубл": "RUB", "евр": "EUR"}


def read_money(sc: Scanner, i: int) -> tuple[list[Money], int] | None:
    """Money at token i (a number, or a currency sign or code before one), or None."""
    found = _read_money(sc, i)
    if found:
        sc.last_money = (found[1], found[0][-1].currency)
    return found


def _read_money(sc: Scanner, i: int) -> tuple[list[Money], int] | None:
    denomination = _denomination(sc, i)
    if denomination:
        return denomination
    prefix = _sign_or_code(sc, i)
    if prefix is not None:
        found = read_amounts(sc, i + 1, lead=i)
        if found is None:
            return None
        amounts, k = found
        if _currency_at(sc, k) is None:  # "$5 млн долларов" would read the sign twice
            _group_thousands(amounts, prefix)
            return _records(sc, amounts, prefix, amounts[-1].end), k
        return None
    found = read_amounts(sc, i)
    if found is None:
        return None
    amounts, k = found
    if any(a.number.ordinal for a in amounts):
        return None
    decimals = _spaced_decimals(sc, amounts, k)
    if decimals is not None:
        fraction, k = decimals
    currency = _currency_at(sc, k) or _currency_in_words(sc, k)
    if currency is not None:
        code, k = currency
        if decimals is None:
            _group_thousands(amounts, code)
        else:
            amounts[0].value += fraction
        end = sc.toks[k - 1].end
        cents = _subunit_after(sc, k, code)
        if cents is not None and len(amounts) == 1:
            value, k = cents
            amounts[0].value += value if amounts[0].value >= 0 else -value
            end = sc.toks[k - 1].end
        words = spelled_aside(sc, k, money=True)
        if words is not None:
            # "10 000 рублей (десять тысяч рублей 00 копеек)": the amount again, in words
            k = words
            end = sc.toks[k - 1].end
        return _records(sc, amounts, code, end), k
    if decimals is not None:
        return None
    sub = _subunit_at(sc, k)
    if sub is not None and len(amounts) == 1 and amounts[0].number.scale == 1:
        code, k = sub
        amounts[0].value /= _HUNDRED
        return _records(sc, amounts, code, sc.toks[k - 1].end), k
    carried = _carried_currency(sc, i, k, amounts)
    if carried:
        return _records(sc, amounts, carried, amounts[-1].end), k
    return None


def _group_thousands(amounts: list[Amount], code: str) -> None:
    # "20.000 руб.", "20,000 руб": three digits after the mark are thousands unless the
    # currency counts its minor unit in thousandths.
    if code in THREE_DIGIT_MINOR:
        return
    for a in amounts:
        value = thousands_value(a.number)
        if value is not None:
            a.value = value if a.value >= 0 else -value


def _spaced_decimals(sc: Scanner, amounts: list[Amount], k: int) -> tuple[Decimal, int] | None:
    """(fraction, index after) for "1 599 059, 38 Евро": the cents of an amount in spaced
    groups, after a comma with a space, right before the currency."""
    if len(amounts) != 1 or sc.at(k) != "," or not sc.glued(k) or not sc.spaced(k + 1):
        return None
    num = amounts[0].number
    if num.j - num.i < 2 or num.scale != 1 or num.upper is not None:
        return None  # only grouped digits: "500, 50 рублей" is more likely a list
    cents = sc.toks[k + 1].text if k + 1 < len(sc) else ""
    if not (len(cents) == 2 and cents.isdigit()) or _currency_at(sc, k + 2) is None:
        return None
    value = Decimal(cents) / _HUNDRED
    return (value if amounts[0].value >= 0 else -value), k + 2


def _currency_in_words(sc: Scanner, k: int) -> tuple[str, int] | None:
    """(code, index after) for "500 (пятьсот рублей)": the currency named only inside
    the bracket that spells the amount out."""
    after = spelled_aside(sc, k, money=True)
    if after is None:
        return None
    for t in range(k + 1, after - 1):
        found = _currency_at(sc, t)
        if found is not None:
            return found[0], after
    return None


def _carried_currency(sc: Scanner, i: int, k: int, amounts: list[Amount]) -> str | None:
    """The currency of the money just before, for a scaled amount listed after it with
    its currency left out: "1,3 млрд рублей в 2018 году и 1,5 млрд в 2019 году"."""
    if sc.last_money is None or not all(a.number.scale > 1 for a in amounts):
        return None
    end, code = sc.last_money
    if not 0 <= i - end <= _CARRY_GAP or sc.pos(k) in {"NOUN", "ADJ", "PROPN"}:
        return None
    if any(sc.pos(t) == "VERB" for t in range(end, i)):
        return None
    return code


def _denomination(sc: Scanner, i: int) -> tuple[list[Money], int] | None:
    # "20-долларовой купюры", "100-рублевую монету": a note's or coin's face value.
    m = _DENOMINATION.fullmatch(sc.at(i))
    if not m or not sc.is_digit(i):
        return None
    tok = sc.toks[i]
    value = Decimal(m.group(1))
    return [Money(tok.start, tok.end, tok.text, to_number(value), _DENOMINATION_CODES[m.group(2)], False)], i + 1


def _records(sc: Scanner, amounts: list[Amount], code: str, end: int) -> list[Money]:
    out = []
    for n, a in enumerate(amounts):
        stop = end if n == len(amounts) - 1 else a.end
        out.append(Money(a.start, stop, sc.surface(a.start, stop), to_number(a.value), code,
                         a.qualifier != "exact"))
    return out


def _sign_or_code(sc: Scanner, k: int) -> str | None:
    if k >= len(sc):
        return None
    text = sc.toks[k].text
    if text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[text]
    if text in CURRENCY_CODES:
        return text
    return None


def _currency_at(sc: Scanner, k: int) -> tuple[str, int] | None:
    """(code, index after) for the currency named at token k."""
    if k >= len(sc):
        return None
    sign = _sign_or_code(sc, k)
    if sign is not None:
        return sign, k + 1
    lex = sc.lex
    adjective = lex.currency_adjectives.get(sc.at(k))
    if adjective is not None:
        k = sc.skip_dot(k + 1)
    noun = lex.currencies.get(sc.at(k))
    if noun is None:
        return None
    word = sc.at(k)
    k += 1
    if word in CURRENCY_ABBR:
        dotted = sc.skip_dot(k)
        # the sentence's own full stop may be the abbreviation's too ("стоит 20 т. р."),
        # so it is enough for "р", though it stays out of the span
        if word in _NEEDS_DOT and dotted == k and not (sc.at(k) == "." and sc.glued(k)):
            return None
        k = dotted
    code = CURRENCY_BY_ADJECTIVE.get((adjective, noun)) or CURRENCY_NOUNS[noun]
    country = sc.at(k)
    for (base, place), iso in CURRENCY_BY_COUNTRY.items():
        if base == noun and country.startswith(place):
            code = iso
            k += 1
            break
    if code is None:
        return None
    return code, k


def _subunit_at(sc: Scanner, k: int) -> tuple[str, int] | None:
    unit = sc.lex.subunits.get(sc.at(k))
    if unit is None:
        return None
    return SUBUNITS[unit][0], sc.skip_dot(k + 1)


def _subunit_after(sc: Scanner, k: int, code: str) -> tuple[Decimal, int] | None:
    # "3 рубля 50 копеек": a count of sub-units right after the main amount.
    num = read_number(sc, k)
    if num is None or num.scale != 1 or num.upper is not None or num.ordinal:
        return None
    unit = sc.lex.subunits.get(sc.at(num.j))
    if unit is None or code not in SUBUNITS[unit][1] or not 0 <= num.value < 100:
        return None
    return num.value / _HUNDRED, sc.skip_dot(num.j + 1)
