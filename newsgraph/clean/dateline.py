"""The page's dateline: when the article was published, read from the lines by its headline.

A dump of a news page carries its publication date as a line of its own next to the
headline ("23 октября 2024, 14:35", "Опубликовано: 23.10.2024", "Экономика | 14:35
(GMT+5), 23 октября 2024"), which chrome separation marks `other`. `find_dateline` looks
for it only there: among the chrome lines just above the article's first line and between
its first lines, never beside another story's headline, and never in the article's text or
in the footer. The value is an ISO date, or an ISO date and time, with the UTC offset when
the page gives a time zone.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from newsgraph.doc import Chrome

# How far from the article's first line the dateline may stand: lines above it, and
# article lines below it (the headline, a subtitle, the lead).
LINES_ABOVE = 3
BODY_LINES_BELOW = 3
# A dateline is a short line; longer ones are sentences that mention a date.
MAX_WORDS = 12

_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
           "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
_MONTH = (r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|"
          r"ноябр[ья]|декабр[ья]|(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.?)")
_DATE = (rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})(?:\s*(?:года|г\.?)(?![^\W\d_]))?"
         rf"|(?P<d2>\d{{1,2}})[./](?P<m2>\d{{1,2}})[./](?P<y2>\d{{4}}|\d{{2}})(?!\d)"
         rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))")
_TIME = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?"
# "(GMT+5)", "UTC+6", "+05:00", "(МСК)", and a zone in brackets after a place or a few words:
# "(Киев, UTC+3)", "| Алматы (время астанинское, GMT+6)", "(по душанбинскому времени, UTC+5)".
_ZONE = (r"(?:(?:(?:[|,—–-]\s*)?(?:[^\W\d_][\w-]*\s*)?\(\s*(?:[^()\d]{0,40}?[\s,]\s*)?|\(?\s*)"
         r"(?P<utc>gmt|utc)\s*(?:(?P<zs>[+−–-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?\s*\)?"
         r"|(?P<zs2>[+−–-])(?P<zh2>\d{2}):?(?P<zm2>\d{2})(?!\d)|(?P<z>z)\b|(?P<msk>\(?\s*(?:мск|msk)\s*\)?))")
_TIME_ZONE = rf"{_TIME}(?:\s*{_ZONE})?"
_JOIN = r"(?:\s*,\s*|\s+в\s+|\s*[|•·/—–-]\s*|\s+|t)"
# A date with the time after it, or a time with the date after it.
DATE_FIRST = re.compile(rf"{_DATE}(?:{_JOIN}{_TIME_ZONE})?")
TIME_FIRST = re.compile(rf"{_TIME_ZONE}{_JOIN}{_DATE}")
# A site's statement of the time it gives, on a line of its own: "Время: GMT+5",
# "Время ташкентское (UTC+5)", "Время в Астане: GMT+6".
SITE_ZONE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}время(?:\s+[^\W\d_]+){0,2}\s*[:,—–-]?\s*\(?\s*(?:gmt|utc)\s*"
                       r"(?P<zs>[+−–-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?\s*\)?$")
# A zone named in words after the time: "(время Астаны)", "по московскому времени", "по
# Москве", "(CET)". Places are told by the first letters of the city or its adjective;
# their offsets come from the time zone database at the moment itself (Kazakhstan moved
# from +6 to +5 in 2024, Moscow had +4 in 2011-2014).
_NAMED_ZONE = re.compile(
    r"^\s*[,|•·/—–-]?\s*\(?\s*(?:(?P<abbr>cest|cet|eest|eet|msk|мск)(?![^\W\d_])"
    r"|по\s+(?:времени\s+)?(?P<loc>[^\W\d_]+)|время\s+(?:в\s+)?(?P<loc2>[^\W\d_]+)|(?P<loc3>[^\W\d_]+)\s+время)")
_PLACE_ZONES = {"моск": ("Europe/Moscow", 3), "аста": ("Asia/Almaty", 5), "алма": ("Asia/Almaty", 5),
                "бишк": ("Asia/Bishkek", 6), "ташк": ("Asia/Tashkent", 5), "душа": ("Asia/Dushanbe", 5),
                "ашха": ("Asia/Ashgabat", 5), "киев": ("Europe/Kyiv", 3), "минс": ("Europe/Minsk", 3),
                "баки": ("Asia/Baku", 4), "баку": ("Asia/Baku", 4), "ерев": ("Asia/Yerevan", 4),
                "тбил": ("Asia/Tbilisi", 4), "киши": ("Europe/Chisinau", 2), "виль": ("Europe/Vilnius", 2),
                "рижс": ("Europe/Riga", 2), "риге": ("Europe/Riga", 2), "талл": ("Europe/Tallinn", 2),
                "екат": ("Asia/Yekaterinburg", 5),
                "омск": ("Asia/Omsk", 6), "крас": ("Asia/Krasnoyarsk", 7), "ирку": ("Asia/Irkutsk", 8),
                "хаба": ("Asia/Vladivostok", 10), "влад": ("Asia/Vladivostok", 10), "лонд": ("Europe/London", 0),
                "берл": ("Europe/Berlin", 1), "пари": ("Europe/Paris", 1), "ваши": ("America/New_York", -5),
                "нью": ("America/New_York", -5), "пеки": ("Asia/Shanghai", 8), "токи": ("Asia/Tokyo", 9)}
_ABBR_ZONES = {"cet": 1, "cest": 2, "eet": 2, "eest": 3}
# Words before the date on a dateline: a place, a rubric, "Опубликовано"; a caption that
# ends with the day its photo was taken has more.
WORDS_BEFORE = 3
# The date after these words is when the page was changed, not when it was published.
_UPDATED = re.compile(r"(?:обновлено|обновлен[аы]?|изменено|updated|ред\.)\s*:?\s*$")
_WORD = re.compile(r"[^\W\d_]+")


def find_dateline(text: str, body: list[list[int]], chrome: list[Chrome]) -> tuple[str, int, int] | None:
    """The publication date on the page's dateline: (ISO value, start, end) of the date and
    time in `text`, or None when no line by the headline gives a date with its year.
    `body` and `chrome` are what `separate_chrome` returned for `text`."""
    items = sorted([(s, e, "body") for s, e in body] + [(c.start, c.end, c.kind) for c in chrome])
    first = next((k for k, item in enumerate(items) if item[2] == "body"), None)
    if first is None:
        return None
    stop, seen = first, 0
    while stop + 1 < len(items) and seen < BODY_LINES_BELOW:
        stop += 1
        seen += items[stop][2] == "body"
    window = range(max(0, first - LINES_ABOVE), stop + 1)
    # Nearest to the article's first line first: below it, then above it.
    order = sorted(window, key=lambda k: (k < first, abs(k - first)))
    for k in order:
        start, end, kind = items[k]
        if kind != "other" or _beside_story(items, k):
            continue
        found = parse_dateline(text[start:end])
        if found and len(_WORD.findall(text[start:start + found[1]])) <= WORDS_BEFORE:
            value, a, b = found
            if "T" in value and len(value) == 16:
                value += _site_zone(text, chrome)  # a time with no zone beside it
            return value, start + a, start + b
    return None


def _site_zone(text: str, chrome: list[Chrome]) -> str:
    """The UTC offset a page states for all its times on a line of its own, or ""."""
    for item in chrome:
        line = text[item.start:item.end].strip().lower()
        if len(line) <= 60:
            m = SITE_ZONE.match(line)
            if m:
                delta = timedelta(hours=int(m["zh"]), minutes=int(m["zm"] or 0))
                return _format_offset(-delta if m["zs"] in "−–-" else delta)
    return ""


def dateline_value(text: str, body: list[list[int]], chrome: list[Chrome]) -> str | None:
    """Just the ISO value of `find_dateline`, or None."""
    found = find_dateline(text, body, chrome)
    return found[0] if found else None


def _beside_story(items: list[tuple[int, int, str]], k: int) -> bool:
    """A time or date set just above or below another story's headline belongs to it."""
    return any(0 <= j < len(items) and items[j][2] == "related" for j in (k - 1, k + 1))


def parse_dateline(line: str) -> tuple[str, int, int] | None:
    """(ISO value, start, end) of the publication date and time on one dateline, or None.

    >>> parse_dateline("23 октября 2024, 14:35")
    ('2024-10-23T14:35', 0, 22)
    >>> parse_dateline("Опубликовано: 23.10.2024 | Обновлено: 24.10.2024")[0]
    '2024-10-23'
    >>> parse_dateline("14:35 (GMT+5), 23 октября 2024")[0]
    '2024-10-23T14:35+05:00'
    """
    if len(_WORD.findall(line)) > MAX_WORDS:
        return None
    low = line.lower()
    matches = sorted([*DATE_FIRST.finditer(low), *TIME_FIRST.finditer(low)], key=lambda m: (m.start(), -m.end()))
    for match in matches:
        if _UPDATED.search(low[:match.start()]):
            continue
        value = _value(match, low[match.end():])
        if value:
            start, end = match.span()
            while end > start and low[end - 1] in " ,|•·/—–-(":
                end -= 1
            return value, start, end
    return None


def _value(m: re.Match, after: str = "") -> str | None:
    try:
        if m["y"]:
            day = date(int(m["y"]), _MONTHS[m["mon"][:3]], int(m["d"]))
        elif m["y2"]:
            year = int(m["y2"]) + (2000 if len(m["y2"]) == 2 else 0)
            day = date(year, int(m["m2"]), int(m["d2"]))
        else:
            day = date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        if m["h"] is None:
            return day.isoformat()
        moment = datetime(day.year, day.month, day.day, int(m["h"]), int(m["mi"]))
    except ValueError:
        return None  # 31.02, 25:70: not a date
    offset = _offset(m, moment)
    if offset is None:
        offset = named_zone(after, moment)
    stamp = moment.strftime("%Y-%m-%dT%H:%M")
    return stamp if offset is None else stamp + _format_offset(offset)


def _offset(m: re.Match, moment: datetime) -> timedelta | None:
    if m["msk"]:
        return _moscow(moment)
    sign, hours, minutes = (m["zs"], m["zh"], m["zm"]) if m["zh"] else (m["zs2"], m["zh2"], m["zm2"])
    if hours is None:
        return timedelta(0) if m["utc"] or m["z"] else None  # "GMT", "UTC", "Z" alone: UTC itself
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return -delta if sign in "−–-" else delta


def named_zone(after: str, moment: datetime) -> timedelta | None:
    """The UTC offset of a zone named in words at the start of `after` (lower case), the rest
    of a dateline after its time, at local time `moment`; None when it names none.

    >>> named_zone(" (время астаны)", datetime(2015, 1, 30, 10, 42)), named_zone(" (cet)", datetime(2020, 1, 27))
    (datetime.timedelta(seconds=21600), datetime.timedelta(seconds=3600))
    >>> named_zone(", по данным полиции", datetime(2020, 1, 27)) is None
    True
    """
    m = _NAMED_ZONE.match(after)
    if not m:
        return None
    if m["abbr"]:
        hours = _ABBR_ZONES.get(m["abbr"])
        return timedelta(hours=hours) if hours is not None else _moscow(moment)
    place = _PLACE_ZONES.get((m["loc"] or m["loc2"] or m["loc3"])[:4])
    if place is None:
        return None
    try:
        from zoneinfo import ZoneInfo

        return moment.replace(tzinfo=ZoneInfo(place[0])).utcoffset()
    except (ImportError, KeyError, OSError, ValueError):  # no time zone database on this system
        # Without it, only the zones that keep one offset all year since 2024 are known.
        fixed = place[0].startswith("Asia/") or place[0] in ("Europe/Moscow", "Europe/Minsk")
        return timedelta(hours=place[1]) if fixed and moment >= datetime(2024, 3, 1) else None


def _moscow(moment: datetime) -> timedelta | None:
    """Moscow's UTC offset at a local time: +3, or +4 in 2011-2014 and in summers before."""
    try:
        from zoneinfo import ZoneInfo

        return moment.replace(tzinfo=ZoneInfo("Europe/Moscow")).utcoffset()
    except (ImportError, KeyError, OSError):  # no time zone database on this system
        return timedelta(hours=3) if moment >= datetime(2014, 10, 26, 2) else None


def _format_offset(offset: timedelta) -> str:
    """'+05:00' for five hours east of UTC.

    >>> _format_offset(timedelta(hours=-3, minutes=-30)), _format_offset(timedelta(0))
    ('-03:30', '+00:00')
    """
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
