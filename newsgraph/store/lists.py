"""Listing what the store holds: corpus entities and stories, filtered and sorted.

Read-only verbs behind `newsgraph entities`, `newsgraph stories`, GET /api/entities and GET
/api/stories. Names arrive folded (`prefix`); outlets are matched by a part of their name.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.store.db import Database

SORTS = ("size", "recent")


@dataclass(frozen=True)
class ListFilters:
    """Narrowing of a list: entity `type` (PER, LOC, ORG), a folded `prefix` of any word of any name
    the entity was seen under, an outlet (`source`, part of its name), a publication date range
    (ISO, inclusive) and, for stories, their corpus entities (`entity`) and a least `min_size`."""

    type: str | None = None
    prefix: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    entity: list[int] | None = None
    min_size: int = 1


def like_part(text: str, start: str = "%") -> str:
    """A LIKE pattern for `text` (lower-cased) as typed: % and _ in it are not wildcards.

    >>> like_part("50%_x", start="")
    '50!%!_x%'
    """
    return start + text.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def outlets_named(db: Database, part: str) -> list[int]:
    """The outlets whose name contains `part`, case and ё aside (SQLite's LOWER and LIKE fold
    ASCII letters only, and outlets are named in any script); the outlets are few, so they are
    compared here."""
    want = part.lower().replace("ё", "е")
    return [i for i, name in db.all("SELECT id, name FROM sources") if want in name.lower().replace("ё", "е")]


def source_clause(db: Database, part: str, column: str = "d.source_id") -> tuple[str, list]:
    """A WHERE fragment keeping rows whose `column` is an outlet named like `part`."""
    ids = outlets_named(db, part)
    return (f"{column} IN ({', '.join('?' * len(ids))})", ids) if ids else ("1 = 0", [])


def _documents_filter(db: Database, filters: ListFilters, alias: str = "d") -> tuple[list[str], list]:
    clauses, params = [], []
    if filters.source:
        clause, ids = source_clause(db, filters.source, f"{alias}.source_id")
        clauses.append(clause)
        params += ids
    if filters.since:
        clauses.append(f"{alias}.published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{alias}.published <= ?")
        params.append(filters.until + "\uffff")  # an inclusive end date also takes its times
    return clauses, params


def list_entities(db: Database, filters: ListFilters, sort: str = "size", limit: int = 50,
                  offset: int = 0) -> list[dict]:
    """Corpus entities with the documents that name them (those passing the filters): `id`, `type`,
    `name`, `documents` (a count), `first` and `last` publication dates. `sort` "size": most
    documents first; "recent": the latest mentioned first. Empty when nothing matches."""
    clauses, params = _documents_filter(db, filters)
    if filters.type:
        clauses.append("c.type = ?")
        params.append(filters.type)
    if filters.prefix:
        # The start of any word of any name: "назарб" and "нурсултан наз" both find Назарбаев.
        starts = [like_part(filters.prefix, ""), like_part(filters.prefix, "% ")]
        clauses.append("c.id IN (SELECT entity FROM entity_names WHERE key LIKE ? ESCAPE '!' OR key LIKE ? ESCAPE '!' "
                       "UNION SELECT id FROM corpus_entities WHERE key LIKE ? ESCAPE '!' OR key LIKE ? ESCAPE '!')")
        params += starts + starts
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    order = ("COUNT(DISTINCT e.doc) DESC, MAX(d.published) IS NULL, MAX(d.published) DESC, c.id" if sort == "size"
             else "MAX(d.published) IS NULL, MAX(d.published) DESC, COUNT(DISTINCT e.doc) DESC, c.id")
    rows = db.all(
        f"SELECT c.id, c.type, c.name, COUNT(DISTINCT e.doc), MIN(d.published), MAX(d.published) "
        f"FROM corpus_entities c JOIN entities e ON e.corpus = c.id JOIN documents d ON d.key = e.doc {where} "
        f"GROUP BY c.id, c.type, c.name ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return [{"id": i, "type": t, "name": n, "documents": c, "first": f, "last": la}
            for i, t, n, c, f, la in rows]


def list_stories(db: Database, filters: ListFilters, sort: str = "size", limit: int = 50,
                 offset: int = 0) -> list[dict]:
    """Stories with at least `filters.min_size` documents, one of which passes the filters: `id`
    (`s12`), `size`, `first_published`, `last_published`, `title` (of its first document) and
    `sources` (its outlets). `sort` "size": largest first; "recent": latest published first."""
    inner, params = _documents_filter(db, filters)
    if filters.entity is not None:
        if not filters.entity:
            return []
        inner.append(f"d.key IN (SELECT doc FROM entities WHERE corpus IN ({', '.join('?' * len(filters.entity))}))")
        params += filters.entity
    clauses = ["st.size >= ?"]
    params = [max(1, filters.min_size), *params]
    if inner:
        clauses.append(f"st.id IN (SELECT d.story FROM documents d WHERE {' AND '.join(inner)})")
    order = ("st.size DESC, st.last_published IS NULL, st.last_published DESC, st.id DESC" if sort == "size"
             else "st.last_published IS NULL, st.last_published DESC, st.size DESC, st.id DESC")
    rows = db.all(f"SELECT st.id, st.size, st.first_published, st.last_published FROM stories st "
                  f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    if not rows:
        return []
    titles: dict[int, str | None] = {}
    outlets: dict[int, list[str]] = {}
    for story, title, source in db.all(
            f"SELECT d.story, d.title, s.name FROM documents d LEFT JOIN sources s ON s.id = d.source_id "
            f"WHERE d.story IN ({', '.join('?' * len(rows))}) ORDER BY d.story, d.published IS NULL, d.published, d.key",
            [r[0] for r in rows]):
        if story not in titles or not titles[story]:
            titles[story] = title
        if source and source not in outlets.setdefault(story, []):
            outlets[story].append(source)
    return [{"id": f"s{i}", "size": size, "first_published": first, "last_published": last,
             "title": titles.get(i), "sources": outlets.get(i, [])} for i, size, first, last in rows]
