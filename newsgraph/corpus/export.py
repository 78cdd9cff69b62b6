"""Export formats: JSON Lines, CSV, and a GDELT-style event table."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

FORMATS = ("jsonl", "csv", "gdelt")
# The GDELT event table's own column names, for the columns we can fill; DocumentId is ours.
GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor2Name", "EventCode", "EventRootCode",
                 "ActionGeo_FullName", "SOURCEURL", "DocumentId"]
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
        flat = {k: csv_cell("; ".join(str(x) for x in v if x is not None) if isinstance(v, list) else v)
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


def write_gdelt(rows: Iterable[dict], out: TextIO) -> int:
    """One tab-separated line per event under a header of GDELT column names: the event's own
    date (else the document's), its first two actors, CAMEO code, place and source URL."""
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for n, row in enumerate(rows, 1):
        actors = [a for a in row.get("actors", []) if a] + ["", ""]
        root = row.get("cameo_root") or ""
        cells = [f"{row['document']}-{row['event']}", gdelt_date(row.get("date")) or gdelt_date(row.get("published")),
                 actors[0], actors[1], root, root[:2], row.get("place") or "", row.get("url") or "", row["document"]]
        out.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
    return n
