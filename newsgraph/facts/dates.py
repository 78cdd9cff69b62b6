"""Dates: absolute ("23 марта 2017 года", "23.03.2017", "в марте", "в 2017 году"),
weekdays ("в среду, 12 марта") and relative expressions ("в прошлом году", "три дня назад").

`read_date(sc, i)` reads the date expression at token i and returns DateFacts with
the index after it, or None. Values are ISO: `2017-03-23`, `2017-03`, `2017`, and
`--03-23` / `--03` when the text gives no year; quarters and halves of a year as EDTF
groupings (`2024-35`); a clock time joins its day (`--10-23T14:35`) or stands alone
(`T14:35`). A relative expression keeps its offset in `relative` (`-1y`, `0d`, `+1w`);
once the publication date is known `resolve_relative` turns it into a value, and
`resolve_partial` gives a day or month without a year the year it most likely means
(the text still shows what was written).
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.doc import DateFact
from newsgraph.facts.lexicon import CURRENCY_SYMBOLS, MONTH_ABBR, RELATIVE_DAYS, norm
from newsgraph.facts.numbers import read_number
from newsgraph.facts.scanner import Scanner

_NUMERIC = [
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{1,2})\.(\d{2})\.(\d{2})"), ("d", "m", "y")),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), ("y", "m", "d")),
]
_DAY_SUFFIX = re.compile(r"(\d{1,2})-(?:го|е|ое)")
_YEAR_SUFFIX = re.compile(r"(\d{4})-(?:го|м|й|ом|му)")
_DECADE = re.compile(r"(\d{1,3})0-(?:х|е|ые|ых|ми)")
_YEAR_RANGE = re.compile(r"(\d{4})([-–—])(\d{4})")
_DAY_RANGE = re.compile(r"(\d{1,2})([-–—])(\d{1,2})")
# Words that may stand before a month named without a day ("в марте", "с конца марта").
_MONTH_LEAD = {"в", "во", "с", "со", "до", "по", "к", "ко", "от", "на", "начале", "начала",
               "конце", "конца", "середине", "середины", "половине", "половины", "течение",
               "после"}
# After these a month must be written in lower case, since "и Марта" is a name.
_MONTH_JOIN = {"и", "или", "-", "–", "—"}
_WEEKDAY_LEAD = {"в", "во", "на", "с", "со", "до", "по", "к", "ко", "от", "ночь", "утро", "вечер"}
_DECADE_LEAD = {"в", "во", "с", "со", "до", "начале", "конце", "середине", "начала", "конца",
                "середины", "к"}
_YEAR_LEAD = {"в", "во", "с", "со", "до", "к", "ко", "после"}
_YEAR_PLURAL = {"годы", "годов", "годах", "годам", "годами", "гг"}
_DASHES = {"-", "–", "—"}
_FIRST_YEAR, _LAST_YEAR = 1000, 2100
# Clock times: the prepositions before them, the words for hours and minutes, parts of the day.
_CLOCK_LEAD = {"в", "во", "к", "ко", "с", "со", "до", "после", "около", "примерно", "начиная", "ровно"}
_HOUR_WORDS = {"час", "часа", "часов", "часам", "часу", "ч"}
_MINUTE_WORDS = {"минута", "минуты", "минут", "мин"}
_DAY_PARTS = {"утра", "дня", "вечера", "ночи"}
_NOON = {"полдень": 12, "полночь": 0}
_ORDINAL_DIGITS = re.compile(r"(\d)-(?:м|ем|й|ий|го|ого|ом)")
_DAY_VALUE = re.compile(r"(\d{4}|-)-\d{2}-\d{2}")


def read_date(sc: Scanner, i: int) -> tuple[list[DateFact], int] | None:
    """Date expressions at token i, with the index after them, or None. A clock time
    joins the day it is given with ("23 октября в 14:35", "в 9 часов утра 5 мая",
    "сегодня в 10:00") and stands alone otherwise, as `T14:35`."""
    clock = _clock(sc, i)
    if clock is not None:
        return _clock_then_day(sc, i, clock)
    found = _read_date(sc, i)
    if found:
        return _day_then_clock(sc, found)
    return found


def _read_date(sc: Scanner, i: int) -> tuple[list[DateFact], int] | None:
    key = sc.at(i)
    lex = sc.lex
    if key in RELATIVE_DAYS:
        return [_fact(sc, sc.toks[i].start, sc.toks[i].end, None, _offset(RELATIVE_DAYS[key], "d"))], i + 1
    if key in lex.anchors:
        return _anchored(sc, i)
    if key == "через":
        return _ahead(sc, i)
    if key in lex.weekdays:
        return _weekday(sc, i)
    if key in lex.ordinal_days or key in {"двадцать", "тридцать"}:
        found = _day_month(sc, i) or _quarter(sc, i)
        if found:
            return found
    if key in lex.months:
        return _month(sc, i)
    if sc.is_digit(i):
        if i in sc.blocked:
            return None
        return (_numeric(sc, i) or _spaced_numeric(sc, i) or _day_month(sc, i) or _year(sc, i)
                or _ago(sc, i) or _quarter(sc, i))
    if "-" in key and key.partition("-")[0] in lex.months:
        return _month_pair(sc, i)
    if key in lex.numbers or key in lex.periods or key in {"полгода", "полугода"}:
        return _ago(sc, i)
    return None


@dataclass(slots=True)
class _Clock:
    hour: int
    minute: int
    start: int  # char offset, with the preposition before it
    end: int
    j: int  # token index after it


def _clock(sc: Scanner, i: int) -> _Clock | None:
    """A time of day at token i: "14:35", "в 14.35", "в 9 часов утра", "в 21 час",
    "в 8 часов 30 минут", "в 5 вечера", "в полдень"."""
    key = sc.at(i)
    before = sc.at(i - 1) if i - 1 >= sc.floor else ""
    if key in _NOON:
        if before not in _CLOCK_LEAD:
            return None
        return _Clock(_NOON[key], 0, _lead(sc, i), sc.toks[i].end, i + 1)
    if sc.is_digit(i):
        text = sc.toks[i].text
        if text.isdigit() and len(text) <= 2 and sc.at(i + 1) == ":" and sc.glued(i + 1) \
                and sc.glued(i + 2) and re.fullmatch(r"\d{2}", sc.toks[i + 2].text if i + 2 < len(sc) else ""):
            hour, minute, k = int(text), int(sc.toks[i + 2].text), i + 3
            if sc.at(k) == ":" and sc.glued(k) and sc.is_digit(k + 1) and sc.glued(k + 1):
                k += 2  # seconds: "06:28:22"
            if hour > 23 or minute > 59 or (sc.glued(i) and i > 0 and sc.toks[i - 1].text[-1:].isalnum()):
                return None
            return _Clock(hour, minute, _lead(sc, i), sc.toks[k - 1].end, k)
        m = re.fullmatch(r"(\d{1,2})\.(\d{2})", text)
        if m and before in _CLOCK_LEAD:
            # "в 10.30": only after a preposition of time, and with no noun counted after it
            hour, minute = int(m.group(1)), int(m.group(2))
            after = sc.at(i + 1)
            if hour > 23 or minute > 59 or (sc.pos(i + 1) in {"NOUN", "ADJ", "PROPN", "NUM"} and after not in _DAY_PARTS
                                            and after not in _HOUR_WORDS) \
                    or after in sc.lex.multipliers or after in sc.lex.currencies or after == "%":
                return None
            k = i + 1
            if after in _HOUR_WORDS:
                k = sc.skip_dot(k + 1) if after == "ч" else k + 1
            hour, k = _day_part(sc, k, hour)
            return _Clock(hour, minute, _lead(sc, i), sc.toks[k - 1].end, k)
    if not (sc.is_digit(i) or key in sc.lex.numbers) or i in sc.blocked:
        return None
    num = read_number(sc, i)
    if num is None or num.ordinal or num.upper is not None or num.scale != 1:
        return None
    if num.value != num.value.to_integral_value() or not 0 <= num.value <= 24:
        return None
    hour, k = int(num.value), num.j
    minute = 0
    has_hours = sc.at(k) in _HOUR_WORDS
    if has_hours:
        k = k + 1
        minutes = read_number(sc, k)
        if minutes is not None and minutes.scale == 1 and not minutes.ordinal and minutes.upper is None \
                and sc.at(minutes.j) in _MINUTE_WORDS and 0 <= minutes.value < 60:
            minute, k = int(minutes.value), minutes.j + 1
    hour_of_day, k2 = _day_part(sc, k, hour)
    has_part = k2 > k
    # "в 10 часов", "к 9 часам", "7 часов утра", "около 5 вечера"; hours with neither a
    # part of the day nor "в"/"к" before them are a duration ("работал до 10 часов").
    if has_part:
        if not has_hours and before not in _CLOCK_LEAD:
            return None
    elif not (has_hours and before in {"в", "во", "к", "ко"}):
        return None
    if hour == 24 and minute:
        return None
    return _Clock(hour_of_day % 24, minute, _lead(sc, i), sc.toks[k2 - 1].end, k2)


def _day_part(sc: Scanner, k: int, hour: int) -> tuple[int, int]:
    """The hour on a 24-hour clock given "утра", "дня", "вечера", "ночи" at k, with the index after."""
    part = sc.at(k)
    if part not in _DAY_PARTS:
        return hour, k
    if part == "утра" and 1 <= hour <= 11 or part == "ночи" and (hour == 12 or hour <= 5):
        return (0 if hour == 12 else hour), k + 1
    if part == "дня" and (hour == 12 or 1 <= hour <= 6):
        return (12 if hour == 12 else hour + 12), k + 1
    if part == "вечера" and 4 <= hour <= 11:
        return hour + 12, k + 1
    if part in {"дня", "вечера"} and 12 < hour <= 23 or part == "утра" and hour == 12:
        return hour, k + 1
    return hour, k


def _time(clock: _Clock) -> str:
    return f"T{clock.hour:02d}:{clock.minute:02d}"


def _day_level(fact: DateFact) -> bool:
    value = fact.value or ""
    return bool(_DAY_VALUE.fullmatch(value)) or (fact.value is None and (fact.relative or "").endswith("d"))


def _day_then_clock(sc: Scanner, found):
    # "23 октября в 14:35", "05/08/2008 10:35", "сегодня в 10:00", "5 мая, в 9 утра"
    facts, k = found
    last = facts[-1]
    if not _day_level(last):
        return found
    t = k + 1 if sc.at(k) == "," else k
    lead = t + 1 if sc.at(t) in _CLOCK_LEAD else t
    clock = _clock(sc, lead)
    if clock is None:
        return found
    value = (last.value or "") + _time(clock)
    facts[-1] = _fact(sc, last.start, clock.end, value, last.relative)
    return facts, clock.j


def _clock_then_day(sc: Scanner, i: int, clock: _Clock):
    # "в 14:35 23 октября", "около 01:20 5 июня 1995 года"
    k = clock.j + 1 if sc.at(clock.j) == "," else clock.j
    day = _read_date(sc, k) if k < len(sc) else None
    if day and len(day[0]) == 1 and _day_level(day[0][0]):
        fact = day[0][0]
        return [_fact(sc, clock.start, fact.end, (fact.value or "") + _time(clock), fact.relative)], day[1]
    return [_fact(sc, clock.start, clock.end, _time(clock), None)], clock.j


def _fact(sc: Scanner, start: int, end: int, value: str | None, relative: str | None) -> DateFact:
    return DateFact(start, end, sc.surface(start, end), value, relative)


def _offset(n: int, unit: str) -> str:
    return f"0{unit}" if n == 0 else f"{n:+d}{unit}"


def _lead(sc: Scanner, i: int, words=("в", "во")) -> int:
    """Char start of token i, or of the preposition just before it."""
    if i - 1 >= sc.floor and sc.at(i - 1) in words:
        return sc.toks[i - 1].start
    return sc.toks[i].start


def _iso(year: int | None, month: int | None, day: int | None = None) -> str:
    if year is None:
        return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _valid_day(day: int, month: int, year: int | None) -> bool:
    last = monthrange(year, month)[1] if year else (29 if month == 2 else monthrange(2001, month)[1])
    return 1 <= day <= last


def _four_digit_year(sc: Scanner, k: int) -> int | None:
    if not sc.is_digit(k) or k in sc.blocked:
        return None
    text = sc.toks[k].text
    m = _YEAR_SUFFIX.fullmatch(text)
    if m:
        text = m.group(1)
    if len(text) == 4 and text.isdigit() and _FIRST_YEAR <= int(text) <= _LAST_YEAR:
        return int(text)
    return None


def _year_tail(sc: Scanner, k: int) -> int:
    """Index after an optional "года" / "г." following a year at k-1."""
    if sc.at(k) in sc.lex.year_words or sc.at(k) == "гг":
        return sc.skip_dot(k + 1)
    return k


def _end(sc: Scanner, k: int) -> int:
    return sc.toks[k - 1].end


def _numeric(sc: Scanner, i: int):
    text = sc.toks[i].text
    if _inside_word(sc, i):
        return None  # a date inside a URL or a file name
    for pattern, order in _NUMERIC:
        m = pattern.fullmatch(text)
        if not m:
            continue
        parts = dict(zip(order, map(int, m.groups())))
        y, mo, d = parts["y"], parts["m"], parts["d"]
        if len(m.group(order.index("y") + 1)) == 2:
            if sc.at(i - 1) == "(" and sc.at(i + 1) == ")":
                return None  # "(24.03.02)": a code of a speciality or a standard, not a date
            y = full_year(y, sc.published)
        if not (_FIRST_YEAR <= y <= _LAST_YEAR and 1 <= mo <= 12 and _valid_day(d, mo, y)):
            return None
        k = _year_tail(sc, i + 1)
        return [_fact(sc, sc.toks[i].start, _end(sc, k), _iso(y, mo, d), None)], k
    return None


def _spaced_numeric(sc: Scanner, i: int):
    # "27. 05.99", "27. 05.1999": a space after the day's full stop
    if not (sc.toks[i].text.isdigit() and len(sc.toks[i].text) <= 2 and sc.at(i + 1) == "."
            and sc.glued(i + 1) and sc.spaced(i + 2) and sc.is_digit(i + 2)):
        return None
    m = re.fullmatch(r"(\d{2})\.(\d{4}|\d{2})", sc.toks[i + 2].text)
    if not m or _inside_word(sc, i) or (i + 3 < len(sc) and sc.glued(i + 3) and sc.toks[i + 3].text[:1].isalnum()):
        return None
    d, mo, y = int(sc.toks[i].text), int(m.group(1)), int(m.group(2))
    if len(m.group(2)) == 2:
        y = full_year(y, sc.published)
    if not (_FIRST_YEAR <= y <= _LAST_YEAR and 1 <= mo <= 12 and _valid_day(d, mo, y)):
        return None
    k = _year_tail(sc, i + 3)
    return [_fact(sc, sc.toks[i].start, _end(sc, k), _iso(y, mo, d), None)], k


def full_year(yy: int, published: str | None) -> int:
    """The year a two-digit year names: the one within ten years after the publication
    year and ninety before it, or without a publication date the POSIX rule (69-99 are
    the 1900s, 00-68 the 2000s).

    >>> full_year(99, None), full_year(17, None), full_year(45, "1990-05-01"), full_year(25, "2024-01-01")
    (1999, 2017, 1945, 2025)
    """
    ref = published[:4] if published else ""
    if ref.isdigit() and len(ref) == 4:
        year = int(ref) // 100 * 100 + yy
        if year > int(ref) + 10:
            year -= 100
        elif year <= int(ref) - 90:
            year += 100
        return year
    return 1900 + yy if yy >= 69 else 2000 + yy


def _inside_word(sc: Scanner, i: int) -> bool:
    before = sc.toks[i - 1].text[-1:] if i > 0 and sc.glued(i) else ""
    after = sc.toks[i + 1].text[:1] if i + 1 < len(sc) and sc.glued(i + 1) else ""
    if after == "." and (sc.toks[i + 1].text[1:2].isalnum()
                         or i + 2 < len(sc) and sc.glued(i + 2) and sc.toks[i + 2].text[:1].isalnum()):
        return True  # "19.10.16.webm": a file name
    return before.isalnum() or before in {"/", "_", "="} or after.isalnum() or after in {"/", "_"}


def _day_at(sc: Scanner, k: int) -> tuple[list[tuple[int, int, int]], int]:
    """Days written from token k as (day, start, end), with the index after them:
    "23", "1-го", "12-13", "пятого", "двадцать первого"."""
    ordinal = sc.lex.ordinal_days.get(sc.at(k))
    if ordinal is not None:
        tok = sc.toks[k]
        return [(ordinal, tok.start, tok.end)], k + 1
    if sc.at(k) in {"двадцать", "тридцать"} and sc.lex.ordinal_days.get(sc.at(k + 1), 10) < 10:
        value = (20 if sc.at(k) == "двадцать" else 30) + sc.lex.ordinal_days[sc.at(k + 1)]
        return [(value, sc.toks[k].start, sc.toks[k + 1].end)], k + 2
    if not sc.is_digit(k) or k in sc.blocked:
        return [], k
    tok = sc.toks[k]
    text = tok.text
    if text.isdigit() and len(text) <= 2:
        return [(int(text), tok.start, tok.end)], k + 1
    m = _DAY_SUFFIX.fullmatch(text)
    if m:
        return [(int(m.group(1)), tok.start, tok.end)], k + 1
    m = _DAY_RANGE.fullmatch(text)
    if m and int(m.group(1)) < int(m.group(3)):
        return [(int(m.group(1)), tok.start, tok.start + m.end(1)),
                (int(m.group(3)), tok.start + m.start(3), tok.end)], k + 1
    return [], k


def _month_pair(sc: Scanner, i: int):
    # "в ноябре-декабре": razdel keeps the pair as one token
    tok = sc.toks[i]
    first, _, second = tok.text.partition("-")
    m1, m2 = sc.lex.months.get(norm(first)), sc.lex.months.get(norm(second))
    if not (m1 and m2) or sc.at(i - 1) not in _MONTH_LEAD:
        return None
    k = i + 1
    year = _four_digit_year(sc, k)
    if year is not None:
        k = _year_tail(sc, k + 1)
    cut = tok.start + len(first)
    return [_fact(sc, _lead(sc, i), cut, _iso(year, m1), None),
            _fact(sc, cut + 1, _end(sc, k), _iso(year, m2), None)], k


def _month_at(sc: Scanner, k: int) -> tuple[int, int] | None:
    """(month, index after it) for a month name or abbreviation at k."""
    key = sc.at(k)
    if key in sc.lex.months:
        return sc.lex.months[key], k + 1
    if key in MONTH_ABBR:
        return MONTH_ABBR[key], sc.skip_dot(k + 1)
    return None


def _day_month(sc: Scanner, i: int):
    days = []
    k = i
    while True:
        found, k = _day_at(sc, k)
        if not found:
            return None
        days.extend(found)
        # "12 и 13 января", "5, 6 и 7 мая", "12 - 13 июня", "с 11 по 14 апреля"
        joiners = {"и", ",", "-", "–", "—"}
        if sc.at(i - 1) in {"с", "со", "от"}:
            joiners = joiners | {"по", "до"}
        if sc.at(k) in joiners and _day_at(sc, k + 1)[0]:
            k += 1
            continue
        break
    month = _month_at(sc, k)
    if month is None:
        return None
    mo, k = month
    year = _four_digit_year(sc, k)
    if year is not None:
        k = _year_tail(sc, k + 1)
    if not all(_valid_day(d, mo, year) for d, _, _ in days):
        return None
    facts = [_fact(sc, s, e, _iso(year, mo, d), None) for d, s, e in days[:-1]]
    d, s, _ = days[-1]
    facts.append(_fact(sc, s, _end(sc, k), _iso(year, mo, d), None))
    return facts, k


def _year(sc: Scanner, i: int):
    text = sc.toks[i].text
    after = sc.at(i + 1)
    m = _DECADE.fullmatch(text)
    if m:
        return _decade(sc, i, m)
    m = _YEAR_RANGE.fullmatch(text)
    if m:
        return _year_range_token(sc, i, m)
    year = _four_digit_year(sc, i)
    if year is None:
        return None
    if after in sc.lex.year_words:
        k = sc.skip_dot(i + 2)
        return [_fact(sc, _lead(sc, i), _end(sc, k), _iso(year, None), None)], k
    found = _year_span(sc, i, year) or _year_list(sc, i, year)
    if found:
        return found
    bare = 1900 <= year <= 2099 and not _inside_word(sc, i)
    # "(2009)", "(1992, Москва)": a year in brackets after a title or a name.
    if bare and sc.at(i - 1) == "(" and after in {")", ","} and text.isdigit():
        return [_fact(sc, sc.toks[i].start, sc.toks[i].end, _iso(year, None), None)], i + 1
    # "в 2014 ему исполнилось", "с 2006 являлся", "в 2014-м": a year after a preposition
    # with no noun after it to be counted ("в 2000 раз", "с 1500 рублей").
    if bare and sc.at(i - 1) in _YEAR_LEAD and i - 1 >= sc.floor:
        dash_number = after in _DASHES and sc.is_digit(i + 2)
        if _YEAR_SUFFIX.fullmatch(text) or (
                sc.pos(i + 1) not in {"NOUN", "ADJ", "NUM", "PROPN"} and after != "%" and not dash_number
                and after not in sc.lex.multipliers and after not in sc.lex.currencies
                and sc.toks[i + 1 if i + 1 < len(sc) else i].text not in CURRENCY_SYMBOLS):
            return [_fact(sc, _lead(sc, i), sc.toks[i].end, _iso(year, None), None)], i + 1
    return None


def _quarter(sc: Scanner, i: int):
    # "в 3-м квартале 2024 года" -> 2024-35, "в первом полугодии прошлого года" -> --40 and
    # -1y: quarters and halves of a year as EDTF's sub-year groupings (33-36, 40-41).
    # Without a year after it "в 3-м квартале" may be a city block, so it is left alone.
    m = _ORDINAL_DIGITS.fullmatch(sc.at(i))
    n = int(m.group(1)) if m else sc.lex.ordinal_days.get(sc.at(i))
    part = sc.at(i + 1)
    if n is None or not part.startswith(("квартал", "полугоди")):
        return None
    if part.startswith("квартал"):
        if n > 4:
            return None
        code = 32 + n
    elif n > 2:
        return None
    else:
        code = 39 + n
    k = i + 2
    year = _four_digit_year(sc, k)
    if year is not None:
        k = _year_tail(sc, k + 1)
        value = f"{year:04d}-{code}"
    elif sc.at(k) in sc.lex.anchors and sc.lex.periods.get(sc.at(k + 1)) == "y":
        value = f"--{code}"
    else:
        return None
    return [_fact(sc, _lead(sc, i), _end(sc, k), value, None)], k


def _is_year_word(sc: Scanner, k: int) -> bool:
    key = sc.at(k)
    return key in _YEAR_PLURAL or key in sc.lex.year_words or sc.lex.periods.get(key) == "y" and key != "лет"


def _decade(sc: Scanner, i: int, m: re.Match):
    # "в 1990-х годах" -> 199X; "в 70-е годы" names no century, so its value stays unknown.
    digits = m.group(1)
    k = i + 1
    if _is_year_word(sc, k):
        k = sc.skip_dot(k + 1)
    elif len(digits) != 3 and sc.at(i - 1) not in _DECADE_LEAD:
        return None
    value = f"{digits}X" if len(digits) == 3 else None
    if len(digits) not in (1, 3):
        return None
    return [_fact(sc, _lead(sc, i), _end(sc, k), value, None)], k


def _year_range_token(sc: Scanner, i: int, m: re.Match):
    # "2006—2009 годах", "(1999—2001)", "в 1992—2002"
    y1, y2 = int(m.group(1)), int(m.group(3))
    if not _FIRST_YEAR <= y1 < y2 <= _LAST_YEAR:
        return None
    k = i + 1
    if _is_year_word(sc, k):
        k = sc.skip_dot(k + 1)
    elif not (sc.at(i - 1) in {"в", "во", "("} and 1900 <= y1 and y2 <= 2099):
        return None
    tok = sc.toks[i]
    return [_fact(sc, _lead(sc, i), tok.start + m.end(1), _iso(y1, None), None),
            _fact(sc, tok.start + m.start(3), _end(sc, k), _iso(y2, None), None)], k


def _year_span(sc: Scanner, i: int, year: int):
    # "с 1995 по 2008 годы", "в 2006 — 2009 годах", "с 1986 по 1992"
    if sc.at(i + 1) not in {"по", "до", "-", "–", "—"}:
        return None
    second = _four_digit_year(sc, i + 2)
    if second is None or second <= year:
        return None
    k = i + 3
    if _is_year_word(sc, k):
        k = sc.skip_dot(k + 1)
    elif not (sc.at(i - 1) in {"с", "со", "от"} and sc.at(i + 1) in {"по", "до"}):
        return None
    return [_fact(sc, _lead(sc, i), sc.toks[i].end, _iso(year, None), None),
            _fact(sc, sc.toks[i + 2].start, _end(sc, k), _iso(second, None), None)], k


def _year_list(sc: Scanner, i: int, year: int):
    # "в 1958, 1962 и 1970 годах": years joined by commas and "и" before one "годах"
    years = [(year, i)]
    k = i + 1
    while sc.at(k) in {",", "и"}:
        nxt = _four_digit_year(sc, k + 1)
        if nxt is None:
            break
        years.append((nxt, k + 1))
        k += 2
    if len(years) < 2 or sc.at(k) not in _YEAR_PLURAL:
        return None
    k = sc.skip_dot(k + 1)
    facts = [_fact(sc, sc.toks[t].start if n else _lead(sc, t), sc.toks[t].end, _iso(y, None), None)
             for n, (y, t) in enumerate(years[:-1])]
    y, t = years[-1]
    facts.append(_fact(sc, sc.toks[t].start, _end(sc, k), _iso(y, None), None))
    return facts, k


def _weekday(sc: Scanner, i: int):
    start = _lead(sc, i)
    k = i + 1
    if sc.at(k) in {",", "-", "–", "—"}:
        k += 1
    found = _day_month(sc, k) if sc.is_digit(k) else None
    if found:
        facts, k = found
        last = facts[-1]
        return [_fact(sc, start, last.end, last.value, None)], k
    # Without a date after it a weekday counts only after a preposition: "в среду",
    # "к пятнице"; "окружающей среды" and "Суббота и воскресенье" are not dates.
    joined = sc.at(i - 1) == "и" and sc.floor == i - 1 and i > 1  # "в среду и четверг"
    if not joined and (i - 1 < sc.floor or sc.at(i - 1) not in _WEEKDAY_LEAD):
        return None
    return [_fact(sc, start, sc.toks[i].end, None, None)], i + 1


def _month(sc: Scanner, i: int):
    k = i + 1
    year = _four_digit_year(sc, k)
    if year is not None:
        k = _year_tail(sc, k + 1)
    elif i - 1 < sc.floor or not (sc.at(i - 1) in _MONTH_LEAD or (
            sc.at(i - 1) in _MONTH_JOIN and sc.toks[i].text.islower())):
        return None  # "Марта" alone is more often a name than a month
    mo = sc.lex.months[sc.at(i)]
    return [_fact(sc, _lead(sc, i), _end(sc, k), _iso(year, mo), None)], k


def _anchored(sc: Scanner, i: int):
    # "в прошлом году", "на следующей неделе", "прошлого месяца"
    if sc.at(i + 1) in sc.lex.weekdays and sc.lex.anchors[sc.at(i)] != 0:
        # "в прошлую пятницу": a day of a known week, but which one depends on the
        # weekday of publication, so only the mention is kept.
        return [_fact(sc, _lead(sc, i, ("в", "во")), sc.toks[i + 1].end, None, None)], i + 2
    unit = sc.lex.periods.get(sc.at(i + 1))
    if unit is None or unit == "d" or sc.toks[i + 1].feats.get("Number") == "Plur":
        return None
    if sc.at(i + 1) in {"лет", "лета"}:
        return None
    offset = sc.lex.anchors[sc.at(i)]
    start = _lead(sc, i, ("в", "во", "на"))
    return [_fact(sc, start, sc.toks[i + 1].end, None, _offset(offset, unit))], i + 2


def _count(sc: Scanner, i: int) -> tuple[int, str, int] | None:
    """A span of time at i as (count, unit, index after): "три дня", "год", "полтора года"."""
    key = sc.at(i)
    if key in {"полгода", "полугода"}:
        return 6, "m", i + 1
    unit = sc.lex.periods.get(key)
    if unit is not None:
        return (1, unit, i + 1) if sc.toks[i].feats.get("Number") != "Plur" else None
    num = read_number(sc, i)
    if num is None or num.ordinal or num.upper is not None or num.scale != 1:
        return None
    unit = sc.lex.periods.get(sc.at(num.j))
    if unit is None:
        return None
    value = num.value
    if value != value.to_integral_value():
        if unit != "y" or (value * 12) != (value * 12).to_integral_value():
            return None
        return int(value * 12), "m", num.j + 1
    return int(value), unit, num.j + 1


def _ago(sc: Scanner, i: int):
    found = _count(sc, i)
    if found is None or sc.at(found[2]) != "назад":
        return None
    n, unit, k = found
    return [_fact(sc, sc.toks[i].start, sc.toks[k].end, None, _offset(-n, unit))], k + 1


def _ahead(sc: Scanner, i: int):
    found = _count(sc, i + 1)
    if found is None or sc.at(found[2]) == "после":
        return None  # "через год после выборов" counts from the election, not from today
    n, unit, k = found
    return [_fact(sc, sc.toks[i].start, sc.toks[k - 1].end, None, _offset(n, unit))], k


def resolve_relative(relative: str, published: str | None) -> str | None:
    """The ISO value of a relative offset counted from the publication date, or None
    when it is unknown. A week comes out as an ISO week.

    >>> resolve_relative("-1y", "2017-03-23"), resolve_relative("+1m", "2017-12-05")
    ('2016', '2018-01')
    >>> resolve_relative("-1w", "2017-03-23"), resolve_relative("-3d", "2017-03-01")
    ('2017-W11', '2017-02-26')
    """
    m = re.fullmatch(r"([+-]?\d+)([ymwd])", relative or "")
    if not m or not published:
        return None
    n, unit = int(m.group(1)), m.group(2)
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        if unit == "y" and re.fullmatch(r"\d{4}", published[:4]):
            return f"{int(published[:4]) + n:04d}"
        return None
    if unit == "y":
        return f"{day.year + n:04d}"
    if unit == "m":
        months = day.year * 12 + day.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "w":
        y, w, _ = (day + timedelta(weeks=n)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    return (day + timedelta(days=n)).isoformat()


_PARTIAL = re.compile(r"--(\d{2})(?:-(\d{2}))?(T\d{2}:\d{2})?")
# A day or month with no year is moved to the year before or after publication only when
# it lies more than half a year away in the publication year and within a quarter of a
# year across the new year ("10 января" in a paper of 28 December).
_FAR_DAYS, _NEAR_DAYS = 183, 92


def resolve_partial(value: str | None, published: str | None, tense: str | None = None) -> str | None:
    """The value of a day or month written without a year ("--03-14", "--12"), with the
    year taken from the publication date; any other value is returned as it is.

    The publication year is taken unless the date lies more than half a year from
    publication and the same day of the year before or after lies within three months
    of it; `tense` ("past" or "future", of the clause's verb) can veto that move, and a
    future tense moves a date that would fall before publication to the next year.

    >>> resolve_partial("--03-14", "2024-10-23"), resolve_partial("--01-10", "2024-12-28")
    ('2024-03-14', '2025-01-10')
    >>> resolve_partial("--12", "2024-01-15"), resolve_partial("--12", "2024-01-15", "future")
    ('2023-12', '2024-12')
    >>> resolve_partial("--10-23T14:35", "2024-10-23"), resolve_partial("2017", "2024-10-23")
    ('2024-10-23T14:35', '2017')
    """
    m = _PARTIAL.fullmatch(value or "")
    if not m or not published:
        return value
    month, day, clock = int(m.group(1)), m.group(2), m.group(3) or ""
    if day is None and month > 12:
        return _resolve_grouping(month, published, tense) or value
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        if not re.fullmatch(r"\d{4}", published[:4]):
            return value
        year = int(published[:4])
        return _iso(year, month, int(day) if day else None) + clock if not day or _valid_day(int(day), month, year) \
            else value
    def when(year: int) -> date | None:
        if day is None:
            return date(year, month, 15)  # the middle of the month stands for it
        return date(year, month, int(day)) if _valid_day(int(day), month, year) else None
    def away(d: date | None) -> int:
        return abs((d - pub).days) if d else 10 ** 6
    year = pub.year
    if away(when(year)) > _FAR_DAYS:
        for other, vetoed_by in ((year - 1, "future"), (year + 1, "past")):
            if away(when(other)) <= _NEAR_DAYS and tense != vetoed_by:
                year = other
                break
    chosen = when(year)
    if tense == "future" and chosen is not None and _before(chosen, pub, day is None):
        year += 1
    if when(year) is None:
        return value
    return _iso(year, month, int(day) if day else None) + clock


def _resolve_grouping(code: int, published: str, tense: str | None) -> str | None:
    # a quarter (33-36) or half (40-41) of the year: placed like the month in its middle
    middle = {33: 2, 34: 5, 35: 8, 36: 11, 40: 4, 41: 10}.get(code)
    if middle is None:
        return None
    found = resolve_partial(f"--{middle:02d}", published, tense)
    return f"{found[:4]}-{code}" if found and found[:4].isdigit() else None


def _before(d: date, pub: date, month_only: bool) -> bool:
    if month_only:
        return (d.year, d.month) < (pub.year, pub.month)
    return d < pub


def tense_near(tokens, start: int) -> str | None:
    """ "past" or "future" for the finite verb nearest to char offset `start` among
    `tokens`, or None when there is none or it is in the present."""
    best, tense = None, None
    for tok in tokens:
        if tok.pos not in {"VERB", "AUX"} or tok.feats.get("VerbForm") != "Fin":
            continue
        found = tok.feats.get("Tense")
        if found not in {"Past", "Fut"}:
            continue
        distance = abs(tok.start - start)
        if best is None or distance < best:
            best, tense = distance, "past" if found == "Past" else "future"
    return tense
