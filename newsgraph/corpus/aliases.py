"""The alias table: name variants (renamed cities, transliterations, abbreviations) that name
one corpus entity.

The package ships `newsgraph/data/aliases.tsv` (renamings, the press's short forms of states,
cities and institutions); the Russian names of the world's countries in ISO 3166 (pycountry's
translations: short, official and common names) join it as places; a user file
(`NEWSGRAPH_ALIASES` or `--aliases`) adds rows of the same shape. Lookups are by folded name
and type, or by the dictionary form of each word (`resolve_forms`: "Соединенных Штатов" finds
"Соединённые Штаты").
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.russian import ACCENTS, fold
from newsgraph.errors import ConfigError

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "aliases.tsv"
ENV = "NEWSGRAPH_ALIASES"
TYPES = ("PER", "LOC", "ORG")


@dataclass
class Aliases:
    """Folded (type, variant) → canonical name, and canonical → its variants."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)
    variants: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # (type, dictionary-form key) → canonical, built on first use for one form function
    _forms: dict = field(default_factory=dict, repr=False, compare=False)
    # what the corpus rules worked out for a name under this table (`corpus.entities.name_plan`)
    plans: dict = field(default_factory=dict, repr=False, compare=False)

    def add(self, canonical: str, variant: str, type_: str = "") -> None:
        self._forms, self.plans = {}, {}
        for t in (type_,) if type_ else TYPES:
            self.canonical[(t, fold(variant))] = canonical
            self.canonical.setdefault((t, fold(canonical)), canonical)
            self.variants.setdefault((t, fold(canonical)), {canonical}).add(variant)

    def resolve(self, name: str, type_: str) -> str:
        """The canonical name for `name`, or `name` itself when the table does not list it."""
        return self.canonical.get((type_, fold(name)), name)

    def resolve_forms(self, key: str, type_: str, forms) -> str | None:
        """The canonical name of the listed name whose dictionary-form key (see
        `corpus.entities.NameForms`, `forms` being that object) is `key`, or None. Keys that
        two entities' names share are left out."""
        index = self._forms.get(forms)
        if index is None:
            index, clash = {}, set()
            for (t, variant), canon in self.canonical.items():
                k = (t, forms(variant))
                if k in index and index[k] != canon:
                    clash.add(k)
                index[k] = canon
            for k in clash:
                del index[k]
            self._forms = {forms: index}
        return index.get((type_, key))

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
    read_alias_file(files[0], table)
    add_countries(table)
    for path in files[1:]:
        read_alias_file(path, table)
    return table


def add_countries(table: Aliases) -> None:
    """Each country's Russian ISO 3166 names (pycountry's translations) as one place. A country
    the table already names keeps that canonical name ("Россия" for "Российская Федерация");
    otherwise its common name, else its short name, is canonical. Names that the table already
    gives to another entity are left as they are; nothing is added without pycountry."""
    try:
        import gettext

        import pycountry
    except ImportError:
        return
    for domain, countries in (("iso3166-1", pycountry.countries), ("iso3166-3", pycountry.historic_countries)):
        try:
            ru = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ru"])
        except OSError:
            continue
        for country in countries:
            names = []
            for attr in ("common_name", "name", "official_name"):
                english = getattr(country, attr, None)
                russian = ACCENTS.sub("", ru.gettext(english)) if english else ""
                # untranslated names come back in English; names with notes in them are not names
                if russian and russian != english and not any(c in russian for c in "(),"):
                    names.append(russian)
            if names:
                # "Республика Куба", the press's form of an official name
                add_names(table, [*names, f"Республика {names[0]}"], "LOC")


def add_names(table: Aliases, names: list[str], type_: str) -> None:
    """`names` as one entity: canonical is the first that the table already knows, else the first."""
    known = [table.canonical[(type_, fold(n))] for n in names if (type_, fold(n)) in table.canonical]
    canonical = known[0] if known else names[0]
    for name in names:
        if (type_, fold(name)) not in table.canonical:
            table.add(canonical, name, type_)


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
