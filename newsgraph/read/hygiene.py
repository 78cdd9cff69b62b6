"""Text hygiene at the edge: what a file or a client sends is made safe to store and print.

Every string a reader takes from outside (a record's `text`, `title`, `id`, `url`) passes
through `repair_text` before any offset is computed: a lone surrogate (half an emoji, valid
in JSON but not encodable as UTF-8) becomes U+FFFD and a control character becomes a space,
one character for one, so the text stays the same length. `published_date` reads the
publication dates feeds and exports carry into ISO form, or None.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate

REPLACEMENT = "\ufffd"
# C0 controls other than tab, newline, carriage return, form feed and vertical tab; DEL; C1
# controls (ESC and CSI start terminal escape sequences). Lone surrogates cannot be written
# as UTF-8 at all.
_BAD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]|[\ud800-\udfff]")
_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
           "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "oct": 10, "nov": 11, "dec": 12}
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s_]\d|Z$|[+-]\d\d:?\d\d$)")
_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_WORDS = re.compile(r"(\d{1,2})\s+([a-zа-яё]{3,})\.?,?\s+(\d{4})\b", re.I)
# A line of a JSON or HTML field; longer strings are document text, not a date.
_MAX_DATE_CHARS = 80


def repair_text(value: str) -> str:
    """`value` with lone surrogates replaced by U+FFFD and control characters by spaces.

    >>> repair_text("a\\ud83d b\\x1b[31m") == "a\\ufffd b [31m"
    True
    """
    if _BAD.search(value) is None:
        return value
    return _BAD.sub(lambda m: REPLACEMENT if "\ud800" <= m.group() <= "\udfff" else " ", value)


def published_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) read from an ISO timestamp, a dotted date
    (05.02.2025), a date in words ("5 февраля 2025", "5 Feb 2025") or an RFC 2822 date; None
    when `value` holds no real date.

    >>> published_date("5 февраля 2025"), published_date("2024-13-45"), published_date("2024-05-02T10:00:00")
    ('2025-02-05', None, '2024-05-02')
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > _MAX_DATE_CHARS:
        return None
    if m := _ISO.match(value):
        year, month, day = m.groups()
        return _checked(int(year), month and int(month), day and int(day))
    if m := _DOTTED.match(value):
        return _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _WORDS.search(value):
        month = _MONTHS.get(m.group(2).lower()[:3])
        if month is not None:
            return _checked(int(m.group(3)), month, int(m.group(1)))
    parsed = parsedate(value)
    if parsed is not None:
        return _checked(parsed[0], parsed[1], parsed[2])
    return None


def _checked(year: int, month: int | None, day: int | None) -> str | None:
    if not 1000 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
