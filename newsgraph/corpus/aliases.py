"""The alias table: name variants (renamed cities, transliterations, abbreviations) that name
one corpus entity.

The package ships `newsgraph/data/aliases.tsv`; a user file (`NEWSGRAPH_ALIASES` or
`--aliases`) adds rows of the same shape. Lookups are by folded name and type.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.russian import fold
from newsgraph.errors import ConfigError

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "aliases.tsv"
ENV = "NEWSGRAPH_ALIASES"
TYPES = ("PER", "LOC", "ORG")


@dataclass
class Aliases:
    """Folded (type, variant) → canonical name, and canonical → its variants."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)
    variants: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, canonical: str, variant: str, type_: str = "") -> None:
        for t in (type_,) if type_ else TYPES:
            self.canonical[(t, fold(variant))] = canonical
            self.canonical.setdefault((t, fold(canonical)), canonical)
            self.variants.setdefault((t, fold(canonical)), {canonical}).add(variant)

    def resolve(self, name: str, type_: str) -> str:
        """The canonical name for `name`, or `name` itself when the table does not list it."""
        return self.canonical.get((type_, fold(name)), name)

    def names_of(self, name: str, type_: str) -> set[str]:
        """Every listed name of the entity that `name` names (at least `name` itself)."""
        canon = self.resolve(name, type_)
        return {name, canon} | self.variants.get((type_, fold(canon)), set())


def load_aliases(extra: str | os.PathLike | None = None) -> Aliases:
    """The shipped table, then the file named by NEWSGRAPH_ALIASES, then `extra`.
    Raises ConfigError for a named file that is missing or has a malformed row."""
    table = Aliases()
    files = [SHIPPED]
    for path in (os.environ.get(ENV), extra):
        if path:
            files.append(Path(path))
    for path in files:
        read_alias_file(path, table)
    return table


def read_alias_file(path: Path, table: Aliases) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read alias file ({exc.strerror or exc})", str(path)) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("canonical\t"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            raise ConfigError("an alias row needs a canonical name and a variant, tab-separated",
                              f"{path}:{number}")
        type_ = cols[2].upper() if len(cols) > 2 else ""
        if type_ and type_ not in TYPES:
            raise ConfigError(f"unknown entity type {cols[2]!r} (PER, LOC or ORG)", f"{path}:{number}")
        table.add(cols[0], cols[1], type_)
