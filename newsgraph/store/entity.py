"""Corpus entities by their stored names, and everything the store holds about one of them.

Names arrive here already folded into keys; which keys a typed name stands for (its
dictionary forms, the alias table) is the corpus's business (`newsgraph.corpus.entities`).
"""
from __future__ import annotations

import math

from newsgraph.store.db import Database

REPORT_CO_MENTIONS = 10
CO_MENTION_DOCS = 200


def entities_named(db: Database, keys: list[str]) -> list[int]:
    """Corpus entities stored under any of `keys`: as their canonical name, else (when none is)
    as a name they were seen under, else as a person's surname. Those in more documents first,
    then the earliest stored. Empty when no key matches."""
    if not keys:
        return []
    marks = ", ".join("?" * len(keys))
    for sql in (f"SELECT id FROM corpus_entities WHERE key IN ({marks})",
                f"SELECT DISTINCT entity FROM entity_names WHERE key IN ({marks})",
                f"SELECT id FROM corpus_entities WHERE type = 'PER' AND surname IN ({marks})"):
        ids = sorted({r[0] for r in db.all(sql, keys)})
        if len(ids) == 1:
            return ids  # nothing to order: an entity in many documents costs no count
        if ids:
            counts = dict(db.all(f"SELECT corpus, COUNT(DISTINCT doc) FROM entities "
                                 f"WHERE corpus IN ({', '.join('?' * len(ids))}) GROUP BY corpus", ids))
            return sorted(ids, key=lambda i: (-counts.get(i, 0), i))
    return []


def entity_name(db: Database, entity: int) -> tuple[str, str] | None:
    """(type, canonical name) of a corpus entity; None if there is no such entity."""
    row = db.one("SELECT type, name FROM corpus_entities WHERE id = ?", (entity,))
    return (row[0], row[1]) if row else None


def entities_by_key(db: Database, type_: str, keys: list[str]) -> list[int]:
    """Corpus entities of this type whose folded canonical name is one of `keys`, by id."""
    if not keys:
        return []
    return [r[0] for r in db.all(f"SELECT id FROM corpus_entities WHERE type = ? AND key IN "
                                 f"({', '.join('?' * len(keys))}) ORDER BY id", [type_, *keys])]


# Past this many documents, an entity's newest are found walking the publication-date index
# rather than by reading the date of every one of its documents.
def _walk_dates(db: Database, rows_sql: str, group: list[int], limit: int) -> bool:
    """Whether the first `limit` of an entity's rows (`rows_sql`, params: the group) are found
    sooner by walking the publication-date index over every document, about limit × documents /
    rows steps for rows spread evenly, than by reading the document of each of its rows. Rows are
    counted only up to where the walk wins, so an entity in thousands of documents costs no more."""
    documents = db.one("SELECT MAX(key) FROM documents")[0] or 0
    enough = math.isqrt(limit * documents) + 1
    return db.one(f"SELECT COUNT(*) FROM ({rows_sql} LIMIT {enough}) AS r", group)[0] >= enough


def _newest_documents(db: Database, group: list[int], many: bool) -> str:
    """The query (params: the group, then the limit) for the newest documents of an entity.

    A document's row is wide (its lemma index), so reading the date of each of an entity's
    thousands of documents costs a page each. SQLite's CROSS JOIN keeps its tables in the order
    written, which is why the queries above put `documents` after the narrow tables that pick the
    few rows to read; PostgreSQL plans the same text freely."""
    marks = ", ".join("?" * len(group))
    columns = "SELECT d.id, d.title, d.published, d.url FROM documents d"
    if many:
        return (f"{columns} WHERE d.published IS NOT NULL AND EXISTS (SELECT 1 FROM entities e WHERE e.doc = d.key "
                f"AND e.corpus IN ({marks})) ORDER BY d.published DESC, d.key DESC LIMIT ?")
    return (f"{columns} WHERE d.key IN (SELECT doc FROM entities WHERE corpus IN ({marks})) "
            f"ORDER BY d.published DESC, d.key DESC LIMIT ?")


def _first_with_events(many: bool, marks: str) -> str:
    """For an entity in many documents, a condition keeping the events query to the first `limit`
    documents (params: the group, then the limit) with an event of theirs, in the order of the
    publication-date index, which the events' own order follows."""
    if not many:
        return ""
    return (f" AND a.doc IN (SELECT d2.key FROM documents d2 WHERE EXISTS (SELECT 1 FROM event_actors a2 "
            f"JOIN entities e2 ON e2.doc = a2.doc AND e2.idx = a2.entity WHERE a2.doc = d2.key "
            f"AND e2.corpus IN ({marks})) ORDER BY d2.published, d2.key LIMIT ?)")


def entity_record(db: Database, group: list[int], limit: int = 100) -> dict:
    """What the store holds about the corpus entities of `group` taken as one (the first names
    it): `name` and `type` of the first, `names` (every name the group was stored or seen
    under), `roles` over time, up to `limit` `documents` (newest first) and `events`, every
    quote of theirs (oldest first), and the `co_mentions` most often beside them (in their newest
    CO_MENTION_DOCS documents)."""
    type_, name = entity_name(db, group[0])
    marks = ", ".join("?" * len(group))
    many = _walk_dates(db, f"SELECT 1 FROM entities WHERE corpus IN ({marks})", group, limit)
    many_events = _walk_dates(db, f"SELECT 1 FROM event_actors a JOIN entities e ON e.doc = a.doc "
                                  f"AND e.idx = a.entity WHERE e.corpus IN ({marks})", group, limit)
    names = {r[0] for r in db.all(f"SELECT name FROM entity_names WHERE entity IN ({marks})", group)}
    names |= {r[0] for r in db.all(f"SELECT name FROM corpus_entities WHERE id IN ({marks})", group)}
    roles = [{"role": role, "first": first, "last": last, "documents": n}
             for role, first, last, n in db.all(
                 # CROSS JOIN: SQLite reads a document's row only for the few that match (see below).
                 f"SELECT r.role, MIN(d.published), MAX(d.published), COUNT(DISTINCT r.doc) FROM roles r "
                 f"JOIN entities e ON e.doc = r.doc AND e.idx = r.entity CROSS JOIN documents d "
                 f"WHERE d.key = r.doc AND e.corpus IN ({marks}) GROUP BY r.role ORDER BY MIN(d.published), r.role",
                 group)]
    documents = [{"id": i, "title": t, "published": p, "url": u}
                 for i, t, p, u in db.all(_newest_documents(db, group, many), [*group, limit])]
    quotes = [{"document": doc_id, "published": published, "text": text, "kind": kind, "cue": cue}
              for doc_id, published, text, kind, cue in db.all(
                  f"SELECT d.id, d.published, q.text, q.kind, q.cue FROM quotes q "
                  f"JOIN entities e ON e.doc = q.doc AND e.idx = q.speaker CROSS JOIN documents d "
                  f"WHERE d.key = q.doc AND e.corpus IN ({marks}) ORDER BY d.published, q.doc, q.idx", group)]
    # Company is counted over the entity's latest CO_MENTION_DOCS documents (the last stored, read
    # off the index), so a name in thousands of documents costs no more than one in a few hundred.
    recent = f"SELECT doc FROM entities WHERE corpus IN ({marks}) ORDER BY doc DESC LIMIT {CO_MENTION_DOCS}"
    co_mentions = [{"name": n, "type": t, "documents": c}
                   for n, t, c in db.all(
                       # Shared documents first; among equals, the entity mentioned more often there.
                       f"SELECT c.name, c.type, COUNT(DISTINCT m.doc) AS n FROM mentions m "
                       f"CROSS JOIN entities o JOIN corpus_entities c ON c.id = o.corpus "
                       f"WHERE m.doc IN ({recent}) AND o.doc = m.doc AND o.idx = m.entity AND o.corpus NOT IN ({marks}) "
                       f"GROUP BY c.id, c.name, c.type ORDER BY n DESC, COUNT(*) DESC, c.name "
                       f"LIMIT {REPORT_CO_MENTIONS}",
                       [*group, *group])]
    events = [{"document": doc_id, "published": published, "type": t, "cameo_root": root, "date": date,
               "place": place, "summary": summary}
              for doc_id, published, t, root, date, place, summary, _key, _idx in db.all(
                  f"SELECT DISTINCT d.id, d.published, ev.type, ev.cameo_root, ev.date, p.name, ev.summary, d.key, ev.idx "
                  f"FROM event_actors a JOIN entities e ON e.doc = a.doc AND e.idx = a.entity "
                  f"JOIN events ev ON ev.doc = a.doc AND ev.idx = a.event CROSS JOIN documents d "
                  f"LEFT JOIN entities p ON p.doc = ev.doc AND p.idx = ev.place "
                  f"WHERE d.key = a.doc AND e.corpus IN ({marks}){_first_with_events(many_events, marks)} "
                  f"ORDER BY d.published, d.key, ev.idx LIMIT ?",
                  [*group, *([*group, limit] if many_events else []), limit])]
    return {"name": name, "type": type_, "names": names, "roles": roles, "documents": documents,
            "quotes": quotes, "co_mentions": co_mentions, "events": events}
