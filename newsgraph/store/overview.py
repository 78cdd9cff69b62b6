"""Overviews for the workspace: the feed of stories, one story with its outlets, an entity's
mentions and titles day by day, events by filters and per day, and the facets of a set of
documents.

Read-only verbs (`Store.feed`, `Store.story_overview`, `Store.entity_days`, `Store.find_events`,
`Store.facets`). Entities arrive as corpus entity ids; which ids a typed name stands for, and
what a CAMEO root means, is the corpus's business.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from newsgraph.store.browse import lead
from newsgraph.store.db import Database
from newsgraph.store.texts import load_text

# Documents listed under each story of the feed; the rest are counted.
FEED_STORY_DOCUMENTS = 4
# Entities named beside a story, and per facet.
TOP_ENTITIES = 12
# An event's day: its own date when that is a full ISO date, else its document's publication day.
EVENT_DAY = ("CASE WHEN ev.date LIKE '____-__-__%' THEN SUBSTR(ev.date, 1, 10) "
             "ELSE SUBSTR(d.published, 1, 10) END")
# A publication date precise to the day (not "2024" or "2024-05").
DATED = "LENGTH(d.published) >= 10"


def _marks(items) -> str:
    return ", ".join("?" * len(items))


def feed(db: Database, limit: int = 20, offset: int = 0) -> dict:
    """A page of stories, the one with the newest document first (undated stories last, the
    most recently started first among equals): `total` stories, `limit`, `offset` and `stories`,
    each with id, `latest`, `size`, its `outlets` and its newest FEED_STORY_DOCUMENTS
    `documents` (id, title, published, source, url, near_duplicate), the first with its `lead`."""
    total = db.one("SELECT COUNT(*) FROM stories WHERE size > 0")[0]
    page = db.all("SELECT id, last_published, size FROM stories WHERE size > 0 "
                  "ORDER BY last_published IS NULL, last_published DESC, id DESC LIMIT ? OFFSET ?", (limit, offset))
    docs: dict[int, list] = {}
    outlets: dict[int, list[str]] = {}
    if page:
        ids = [r[0] for r in page]
        for row in db.all(
                f"SELECT d.story, d.id, d.title, d.published, s.name, d.url, d.duplicate_of, d.text_id, d.body "
                f"FROM documents d LEFT JOIN sources s ON s.id = d.source_id WHERE d.story IN ({_marks(ids)}) "
                f"ORDER BY d.published IS NULL, d.published DESC, d.key DESC", ids):
            docs.setdefault(row[0], []).append(row[1:])
            if row[4] is not None and row[4] not in outlets.setdefault(row[0], []):
                outlets[row[0]].append(row[4])
    stories = []
    for story, latest, size in page:
        rows = docs.get(story, [])[:FEED_STORY_DOCUMENTS]
        shown = [{"id": i, "title": t, "published": p, "source": s, "url": u, "near_duplicate": dup is not None}
                 for i, t, p, s, u, dup, _text, _body in rows]
        if rows:
            shown[0]["lead"] = lead(load_text(db, rows[0][6]), json.loads(rows[0][7]))
        stories.append({"id": f"s{story}", "latest": latest, "size": size, "outlets": outlets.get(story, []),
                        "documents": shown})
    return {"total": total, "limit": limit, "offset": offset, "stories": stories}


def story_overview(db: Database, story: int) -> dict:
    """A story for its page: its documents in publication order, each with outlet, url, lead
    and the id of the document it repeats (`near_duplicate_of`); `outlets` (name, documents,
    first and last publication) in the order they first reported; the TOP_ENTITIES people,
    organisations and places in most of its documents; and its event types with counts."""
    first, last, size = db.one("SELECT first_published, last_published, size FROM stories WHERE id = ?", (story,))
    documents = []
    outlets: dict[str, dict] = {}
    for doc_id, title, published, source, url, dup, text_id, body in db.all(
            "SELECT d.id, d.title, d.published, s.name, d.url, o.id, d.text_id, d.body FROM documents d "
            "LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN documents o ON o.key = d.duplicate_of "
            "WHERE d.story = ? ORDER BY d.published IS NULL, d.published, d.key", (story,)):
        documents.append({"id": doc_id, "title": title, "published": published, "source": source, "url": url,
                          "near_duplicate_of": dup, "lead": lead(load_text(db, text_id), json.loads(body))})
        if source is not None:
            seen = outlets.setdefault(source, {"name": source, "documents": 0, "first": published, "last": published})
            seen["documents"] += 1
            if published and (seen["first"] is None or published < seen["first"]):
                seen["first"] = published
            if published and (seen["last"] is None or published > seen["last"]):
                seen["last"] = published
    entities = [{"name": n, "type": t, "documents": c} for n, t, c in db.all(
        "SELECT c.name, c.type, COUNT(DISTINCT e.doc) FROM entities e JOIN documents d ON d.key = e.doc "
        "JOIN corpus_entities c ON c.id = e.corpus WHERE d.story = ? GROUP BY c.id, c.name, c.type "
        "ORDER BY COUNT(DISTINCT e.doc) DESC, c.name LIMIT ?", (story, TOP_ENTITIES))]
    events = [{"type": t, "cameo_root": r, "count": n} for t, r, n in db.all(
        "SELECT ev.type, ev.cameo_root, COUNT(*) FROM events ev JOIN documents d ON d.key = ev.doc "
        "WHERE d.story = ? GROUP BY ev.type, ev.cameo_root ORDER BY COUNT(*) DESC, ev.type", (story,))]
    return {"id": f"s{story}", "first_published": first, "last_published": last, "size": size,
            "documents": documents, "outlets": list(outlets.values()), "entities": entities, "events": events}


def entity_days(db: Database, group: list[int]) -> dict:
    """The corpus entities of `group` taken as one, day by day: `days` (each publication day
    with `mentions` and `documents`, oldest first), `undated` (documents without a publication
    day) and `titles`: each role the texts give, with its structure where stored (office, of,
    former, acting), its first and last day, the `days` it was given on and its document count."""
    marks = _marks(group)
    # Mentions are counted per document first, so each document's date is read once.
    days = [{"day": day, "mentions": int(m), "documents": n} for day, m, n in db.all(
        f"SELECT SUBSTR(d.published, 1, 10), SUM(per.n), COUNT(*) FROM (SELECT m.doc AS doc, COUNT(*) AS n "
        f"FROM entities e JOIN mentions m ON m.doc = e.doc AND m.entity = e.idx WHERE e.corpus IN ({marks}) "
        f"GROUP BY m.doc) per JOIN documents d ON d.key = per.doc WHERE {DATED} "
        f"GROUP BY SUBSTR(d.published, 1, 10) ORDER BY SUBSTR(d.published, 1, 10)", group)]
    undated = db.one(f"SELECT COUNT(DISTINCT e.doc) FROM entities e JOIN documents d ON d.key = e.doc "
                     f"WHERE e.corpus IN ({marks}) AND (d.published IS NULL OR NOT {DATED})", group)[0]
    titles: dict[str, dict] = {}
    for role, published, stored, doc in db.all(
            f"SELECT r.role, d.published, e.titles, r.doc FROM roles r "
            f"JOIN entities e ON e.doc = r.doc AND e.idx = r.entity JOIN documents d ON d.key = r.doc "
            f"WHERE e.corpus IN ({marks}) ORDER BY d.published, r.doc", group):
        title = titles.get(role)
        if title is None:
            shape = next((t for t in json.loads(stored or "[]") if t.get("text") == role), {})
            title = titles[role] = {"role": role, "office": shape.get("office"), "of": shape.get("of_name"),
                                    "former": bool(shape.get("former")), "acting": bool(shape.get("acting")),
                                    "first": None, "last": None, "days": [], "docs": set()}
        title["docs"].add(doc)
        day = published[:10] if published and len(published) >= 10 else None
        if day is not None:
            title["first"] = title["first"] or day
            title["last"] = day
            if not title["days"] or title["days"][-1] != day:
                title["days"].append(day)
    ordered = sorted(titles.values(), key=lambda t: (t["first"] is None, t["first"] or "", t["role"]))
    return {"days": days, "undated": undated,
            "titles": [{**{k: v for k, v in t.items() if k != "docs"}, "documents": len(t["docs"])} for t in ordered]}


@dataclass(frozen=True)
class EventFilters:
    """Optional narrowing of events: an actor and a place (corpus entity ids), a CAMEO root code,
    and a range of event days (ISO, inclusive; an event's day is its own full date, else its
    document's publication day)."""

    actor: list[int] | None = None
    place: list[int] | None = None
    root: str | None = None
    since: str | None = None
    until: str | None = None


def _event_where(filters: EventFilters) -> tuple[str, list]:
    clauses, params = ["1 = 1"], []
    # Both start from the entity's own rows (the entities_corpus index), not from every event.
    if filters.actor is not None:
        clauses.append(f"(ev.doc, ev.idx) IN (SELECT a.doc, a.event FROM entities ae JOIN event_actors a "
                       f"ON a.doc = ae.doc AND a.entity = ae.idx WHERE ae.corpus IN ({_marks(filters.actor) or 'NULL'}))")
        params += filters.actor
    if filters.place is not None:
        clauses.append(f"(ev.doc, ev.place) IN (SELECT pe.doc, pe.idx FROM entities pe "
                       f"WHERE pe.corpus IN ({_marks(filters.place) or 'NULL'}))")
        params += filters.place
    if filters.root:
        clauses.append("ev.cameo_root = ?")
        params.append(filters.root)
    if filters.since:
        clauses.append(f"{EVENT_DAY} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{EVENT_DAY} <= ?")
        params.append(filters.until + "\uffff")  # an inclusive end month or year takes its days
    return " AND ".join(clauses), params


def find_events(db: Database, filters: EventFilters, limit: int = 50, offset: int = 0) -> dict:
    """Events that pass `filters`, newest day first: `total`, `limit`, `offset`, `events` (each
    with its document's id, title and publication date, type, cameo_root, day, date, actors and
    place by name, summary and modality) and `days`: for every day with a matching event, the
    count per CAMEO root (`roots`, "" for events without one), oldest day first."""
    where, params = _event_where(filters)
    base = f"FROM events ev JOIN documents d ON d.key = ev.doc WHERE {where}"
    total = db.one(f"SELECT COUNT(*) {base}", params)[0]
    rows = db.all(f"SELECT ev.doc, ev.idx, d.id, d.title, d.published, ev.type, ev.cameo_root, {EVENT_DAY}, ev.date, "
                  f"ev.actors, ev.place, ev.summary, ev.modality {base} "
                  f"ORDER BY {EVENT_DAY} IS NULL, {EVENT_DAY} DESC, ev.doc DESC, ev.idx LIMIT ? OFFSET ?",
                  [*params, limit, offset])
    names: dict[tuple[int, int], str] = {}
    keys = sorted({r[0] for r in rows})
    if keys:
        names = {(doc, idx): name for doc, idx, name in db.all(
            f"SELECT doc, idx, name FROM entities WHERE doc IN ({_marks(keys)})", keys)}
    events = [{"document": doc_id, "title": title, "published": published, "type": type_, "cameo_root": root,
               "day": day, "date": date, "actors": [names[(key, a)] for a in json.loads(actors) if (key, a) in names],
               "place": names.get((key, place)), "summary": summary, "modality": modality or "actual"}
              for key, _idx, doc_id, title, published, type_, root, day, date, actors, place, summary, modality in rows]
    days: dict[str, dict[str, int]] = {}
    for day, root, n in db.all(f"SELECT {EVENT_DAY}, ev.cameo_root, COUNT(*) {base} AND {EVENT_DAY} IS NOT NULL "
                               f"GROUP BY {EVENT_DAY}, ev.cameo_root", params):
        days.setdefault(day, {})[root or ""] = n
    return {"total": total, "limit": limit, "offset": offset, "events": events,
            "days": [{"day": day, "roots": days[day]} for day in sorted(days)]}


def facets(db: Database, ids: list[str], top: int = TOP_ENTITIES) -> dict:
    """Counts over the stored documents of `ids`: the `top` `entities` (name, type) and
    `sources` in most of them, `months` of publication (oldest first) and `event_types`
    (type and CAMEO root), each with its number of `documents`. Empty lists for no ids."""
    empty = {"entities": [], "sources": [], "months": [], "event_types": []}
    if not ids:
        return empty
    keys = sorted({r[0] for r in db.all(f"SELECT doc FROM document_ids WHERE id IN ({_marks(ids)})", list(ids))})
    if not keys:
        return empty
    marks = _marks(keys)
    entities = [{"name": n, "type": t, "documents": c} for n, t, c in db.all(
        f"SELECT c.name, c.type, COUNT(DISTINCT e.doc) FROM entities e JOIN corpus_entities c ON c.id = e.corpus "
        f"WHERE e.doc IN ({marks}) GROUP BY c.id, c.name, c.type ORDER BY COUNT(DISTINCT e.doc) DESC, c.name LIMIT ?",
        [*keys, top])]
    sources = [{"name": n, "documents": c} for n, c in db.all(
        f"SELECT s.name, COUNT(*) FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.key IN ({marks}) "
        f"GROUP BY s.name ORDER BY COUNT(*) DESC, s.name LIMIT ?", [*keys, top])]
    months = [{"month": m, "documents": c} for m, c in db.all(
        f"SELECT SUBSTR(d.published, 1, 7), COUNT(*) FROM documents d WHERE d.key IN ({marks}) "
        f"AND LENGTH(d.published) >= 7 GROUP BY SUBSTR(d.published, 1, 7) ORDER BY SUBSTR(d.published, 1, 7)", keys)]
    event_types = [{"type": t, "cameo_root": r, "documents": c} for t, r, c in db.all(
        f"SELECT ev.type, ev.cameo_root, COUNT(DISTINCT ev.doc) FROM events ev WHERE ev.doc IN ({marks}) "
        f"GROUP BY ev.type, ev.cameo_root ORDER BY COUNT(DISTINCT ev.doc) DESC, ev.type LIMIT ?", [*keys, top])]
    return {"entities": entities, "sources": sources, "months": months, "event_types": event_types}
