"""Numbered migrations from the schema file, applied in order.

The schema file is a series of sections, each opened by a line `-- migration N: what it adds`,
written once for both backends (see `dialect`).
Those not yet in `schema_version` are applied (`Database.migrate`), each in its own
transaction together with its `schema_version` row, so an interrupted upgrade leaves the store
at the last whole version and a rerun continues from there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store.dialect import render

MARKER = re.compile(r"^-- migration (\d+): (.+)$", re.M)
VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL, applied_at TEXT NOT NULL)")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def read_migrations(path: Path, dialect: str) -> list[Migration]:
    """The migrations of a schema file as `dialect` runs them, by version. Raises StoreError
    when numbers skip or repeat."""
    text = path.read_text(encoding="utf-8")
    marks = list(MARKER.finditer(text))
    out = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        sql = render(text[mark.end():end], dialect, f"{path}: migration {mark.group(1)}")
        out.append(Migration(int(mark.group(1)), mark.group(2).strip(), sql.strip()))
    if [m.version for m in out] != list(range(1, len(out) + 1)):
        raise StoreError("migrations must be numbered 1, 2, 3, ... without gaps", str(path))
    return out


def statements(sql: str) -> list[str]:
    """The statements of a migration: split at semicolons that end a line, except inside a
    dollar-quoted body (`DO $$ ... $$`, PostgreSQL's block of procedural code); comments dropped."""
    out, lines, quoted = [], [], False
    for line in sql.splitlines():
        if not quoted and line.lstrip().startswith("--"):
            continue
        lines.append(line)
        quoted ^= line.count("$$") % 2 == 1
        if not quoted and re.search(r";\s*$", line):
            out.append("\n".join(lines))
            lines = []
    out.append("\n".join(lines))
    return [s for s in (re.sub(r";\s*$", "", s.strip()).strip() for s in out) if s]
