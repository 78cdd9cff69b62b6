"""Export formats: JSON Lines, CSV, and the GDELT 2.0 event table's columns that events fill."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from newsgraph.events.codes import actor_code, place_country

FORMATS = ("jsonl", "csv", "gdelt")
# The GDELT 2.0 event table's columns that an event of ours fills, under GDELT's own names and
# in GDELT's order; DocumentId and Modality are ours, at the end. docs/events.md says what
# each holds.
GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                 "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
                 "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
                 "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                 "NumMentions", "ActionGeo_FullName", "ActionGeo_CountryCode", "SOURCEURL",
                 "DocumentId", "Modality"]
# CAMEO codes of our event types, where the type says more than its root (docs/events.md).
EVENT_CODES = {"decline_comment": "011", "condole": "018", "visit": "042", "forum": "043", "praise": "051",
               "recognize": "054", "apologize": "055", "agree": "057", "contract": "061", "lawsuit": "115", "verdict": "115"}
# Goldstein scale of each root's general code (x0), as the CAMEO-to-Goldstein table gives it.
GOLDSTEIN = {"01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
             "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0,
             "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0}
DOCUMENT_CSV = ["id", "title", "published", "url", "path", "format", "entities", "text"]


def write_rows(rows: Iterable[dict], kind: str, fmt: str, out: TextIO) -> int:
    """Write export rows of `kind` to `out` as `fmt`; returns how many were written.
    Raises ValueError for `gdelt` with anything but events."""
    if fmt == "gdelt" and kind != "events":
        raise ValueError("the gdelt format holds events only")
    if fmt == "jsonl":
        n = 0
        for n, row in enumerate(rows, 1):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return n
    if fmt == "gdelt":
        return write_gdelt(rows, out)
    return write_csv(rows, kind, out)


def write_csv(rows: Iterable[dict], kind: str, out: TextIO) -> int:
    writer = None
    n = 0
    for n, row in enumerate(rows, 1):
        if kind == "documents":
            src = row.get("source", {})
            row = {"id": row["id"], "title": row["title"], "published": row["published"], "url": src.get("url"),
                   "path": src.get("path"), "format": src.get("format"),
                   "entities": [e["name"] for e in row["entities"]], "text": row["text"]}
        flat = {k: csv_cell("; ".join(str(x) for x in v if x is not None) if isinstance(v, list)
                            else json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
                for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), lineterminator="\n")
            writer.writeheader()
        writer.writerow(flat)
    return n


def csv_cell(value):
    """A cell a spreadsheet will not run: text starting with =, +, -, @, a tab or a carriage
    return (a formula to Excel, LibreOffice and Google Sheets) gets a leading apostrophe.

    >>> csv_cell("=HYPERLINK(1)"), csv_cell("-5"), csv_cell(-5), csv_cell("Москва")
    ("'=HYPERLINK(1)", "'-5", -5, 'Москва')
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def gdelt_date(value: str | None) -> str:
    """YYYYMMDD from an ISO date; empty when the day is not known.

    >>> gdelt_date("2017-03-23"), gdelt_date("2017-03"), gdelt_date(None)
    ('20170323', '', '')
    """
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10].replace("-", "")
    return ""


def quad_class(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root: 1 verbal and 2 material cooperation, 3 verbal and 4
    material conflict.

    >>> [quad_class(r) for r in ("04", "07", "11", "18")]
    [1, 2, 3, 4]
    """
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def gdelt_cells(row: dict) -> list[str] | None:
    """The GDELT_COLUMNS cells of one exported event, or None for an event GDELT would not
    hold: no CAMEO root, or reported as not having happened."""
    root = row.get("cameo_root") or ""
    if len(root) != 2 or row.get("modality") == "negated":
        return None
    day = gdelt_date(row.get("date")) or gdelt_date(row.get("published"))
    code = EVENT_CODES.get(row.get("type"), root + "0")
    cells = [f"{row['document']}-{row['event']}", day, day[:6], day[:4]]
    actors = [a for a in row.get("actors", []) if a]
    for side, fallback in (("source", actors[:1]), ("target", actors[1:2])):
        names = row.get(side) if side in row else fallback
        entity = row.get(f"{side}_actor") or {}
        actor = row.get(f"{side}_code") or actor_code(entity.get("name"), entity.get("type"), entity.get("titles"))
        country = actor[:3] if len(actor) >= 3 and actor[:3].isupper() and actor[:3] not in ROLE_TYPES else ""
        cells += [actor, (names or [""])[0], country, actor[len(country):len(country) + 3]]
    cells += ["1" if row.get("lead") else "0", code, code[:3], root, str(quad_class(root)), str(GOLDSTEIN[root]),
              str(max(len(row.get("mentions") or []), 1)), row.get("place") or "", place_country(row.get("place")),
              row.get("url") or "", row["document"], row.get("modality") or "actual"]
    return cells


# Role types of CAMEO actor codes, told apart from a country code of three letters.
ROLE_TYPES = frozenset("GOV MIL JUD COP BUS MED EDU LEG OPP REB CVL".split())


def write_gdelt(rows: Iterable[dict], out: TextIO) -> int:
    """One tab-separated line per event GDELT would hold, under a header of GDELT_COLUMNS;
    returns how many were written."""
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for row in rows:
        cells = gdelt_cells(row)
        if cells is None:
            continue
        n += 1
        out.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
    return n
