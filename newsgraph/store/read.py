"""Reading stored documents back: whole Documents, stories, counts and export rows."""
from __future__ import annotations

import json
from collections.abc import Iterator

from newsgraph.doc import EVENT_ARGUMENTS, Chrome, DateFact, Document, Entity, Event, Mention, Money, Quantity, Quote
from newsgraph.store.db import Database
from newsgraph.store.save import REFERENCE
from newsgraph.store.texts import load_text

EXPORT_KINDS = ("documents", "entities", "quotes", "events")


def document_key(db: Database, doc_id: str) -> int | None:
    row = db.one("SELECT doc FROM document_ids WHERE id = ?", (doc_id,))
    return row[0] if row else None


def load_document(db: Database, key: int) -> Document:
    """The stored Document with every annotation, as it was saved."""
    doc_id, text_id, url, path, fmt, title, published, body = db.one(
        "SELECT id, text_id, url, path, format, title, published, body FROM documents WHERE key = ?", (key,))
    source = {k: v for k, v in (("path", path), ("url", url), ("format", fmt)) if v is not None}
    doc = Document(doc_id, load_text(db, text_id), source, title, published, json.loads(body))
    doc.chrome = [Chrome(*r) for r in db.all('SELECT start, "end", kind FROM chrome WHERE doc = ? ORDER BY start', (key,))]
    for s, e, t, text, normal, entity in db.all(
            'SELECT start, "end", type, text, normal, entity FROM mentions WHERE doc = ? ORDER BY start, "end"', (key,)):
        ref = t.startswith(REFERENCE)
        (doc.references if ref else doc.mentions).append(
            Mention(s, e, t[len(REFERENCE):] if ref else t, text, normal, entity))
    roles: dict[int, list[str]] = {}
    for idx, role in db.all("SELECT entity, role FROM roles WHERE doc = ?", (key,)):
        roles.setdefault(idx, []).append(role)
    doc.entities = [Entity.from_dict({"id": i, "type": t, "name": n, "roles": roles.get(i, []),
                                      "titles": json.loads(ti or "[]")}) for i, t, n, ti in db.all(
        "SELECT idx, type, name, titles FROM entities WHERE doc = ? ORDER BY idx", (key,))]
    doc.quotes = [Quote(*r) for r in db.all(
        'SELECT start, "end", text, kind, speaker, cue FROM quotes WHERE doc = ? ORDER BY idx', (key,))]
    doc.money = [Money(s, e, t, _number(a), c, bool(x)) for s, e, t, a, c, x in db.all(
        'SELECT start, "end", text, amount, currency, approx FROM money WHERE doc = ? ORDER BY start', (key,))]
    doc.quantities = [Quantity(s, e, t, _number(v), u, q) for s, e, t, v, u, q in db.all(
        'SELECT start, "end", text, value, unit, qualifier FROM quantities WHERE doc = ? ORDER BY start', (key,))]
    doc.dates = [DateFact(*r) for r in db.all(
        'SELECT start, "end", text, value, relative FROM dates WHERE doc = ? ORDER BY start', (key,))]
    doc.events = [Event(t, c, s, e, json.loads(a), p, d, sm or "", m or "actual", **json.loads(g or "{}"))
                  for t, c, s, e, a, p, d, sm, m, g in db.all(
        'SELECT type, cameo_root, start, "end", actors, place, date, summary, modality, arguments FROM events '
        'WHERE doc = ? ORDER BY idx', (key,))]
    return doc


def _number(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def story_id(db: Database, ref: str) -> int | None:
    """The story a reference names: a document id (its story), else `s12` or `12`."""
    key = document_key(db, ref)
    if key is not None:
        return db.one("SELECT story FROM documents WHERE key = ?", (key,))[0]
    digits = ref[1:] if ref[:1] in "sS" else ref
    # ASCII digits that fit a 64-bit key ("²" is a digit to str.isdigit, not to int()).
    if digits.isascii() and digits.isdigit() and len(digits) <= 18 and db.one(
            "SELECT 1 FROM stories WHERE id = ?", (int(digits),)):
        return int(digits)
    return None


def story_report(db: Database, story: int) -> dict:
    """A story and its documents in publication order, each with its outlet and, for a
    near-duplicate, the id of the document it repeats."""
    first, last = db.one("SELECT first_published, last_published FROM stories WHERE id = ?", (story,))
    docs = [{"id": i, "title": t, "published": p, "source": s, "url": u, "near_duplicate_of": n}
            for i, t, p, s, u, n in db.all(
                "SELECT d.id, d.title, d.published, s.name, d.url, o.id FROM documents d "
                "LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN documents o ON o.key = d.duplicate_of "
                "WHERE d.story = ? ORDER BY d.published, d.key", (story,))]
    return {"id": f"s{story}", "first_published": first, "last_published": last, "documents": docs}


def count_rows(db: Database) -> dict:
    """Counts of what the store holds."""
    def count(sql: str) -> int:
        return db.one(sql)[0]

    return {
        "documents": count("SELECT COUNT(*) FROM documents"),
        "near_duplicates": count("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"),
        "entities": count("SELECT COUNT(*) FROM corpus_entities"),
        "mentions": count("SELECT COUNT(*) FROM mentions"),
        "quotes": count("SELECT COUNT(*) FROM quotes"),
        "money": count("SELECT COUNT(*) FROM money"),
        "dates": count("SELECT COUNT(*) FROM dates"),
        "events": count("SELECT COUNT(*) FROM events"),
        "stories": count("SELECT COUNT(*) FROM stories WHERE size > 0"),
        "sources": count("SELECT COUNT(*) FROM sources"),
    }


def export_rows(db: Database, kind: str) -> Iterator[dict]:
    """Rows of one kind (`EXPORT_KINDS`) as plain dicts, in storage order. Documents are whole
    Document objects; entities are corpus entities; quotes and events carry their document."""
    if kind == "documents":
        for (key,) in db.all("SELECT key FROM documents ORDER BY key"):
            yield load_document(db, key).to_dict()
    elif kind == "entities":
        for cid, type_, name, n in db.all(
                "SELECT c.id, c.type, c.name, COUNT(DISTINCT e.doc) FROM corpus_entities c "
                "LEFT JOIN entities e ON e.corpus = c.id GROUP BY c.id, c.type, c.name ORDER BY c.id"):
            names = sorted({r[0] for r in db.all("SELECT name FROM entity_names WHERE entity = ?", (cid,))} - {name})
            yield {"id": cid, "type": type_, "name": name, "aliases": names, "documents": n}
    elif kind == "quotes":
        for doc_id, published, url, speaker, kind_, cue, text in db.all(
                "SELECT d.id, d.published, d.url, c.name, q.kind, q.cue, q.text FROM quotes q "
                "JOIN documents d ON d.key = q.doc LEFT JOIN entities e ON e.doc = q.doc AND e.idx = q.speaker "
                "LEFT JOIN corpus_entities c ON c.id = e.corpus ORDER BY q.doc, q.idx"):
            yield {"document": doc_id, "published": published, "url": url, "speaker": speaker,
                   "kind": kind_, "cue": cue, "text": text}
    elif kind == "events":
        for key, idx, doc_id, published, url, type_, root, actors, place, date, summary, modality, args, start, body \
                in db.all(
                "SELECT ev.doc, ev.idx, d.id, d.published, d.url, ev.type, ev.cameo_root, ev.actors, p.name, "
                "ev.date, ev.summary, ev.modality, ev.arguments, ev.start, d.body FROM events ev "
                "JOIN documents d ON d.key = ev.doc "
                "LEFT JOIN entities p ON p.doc = ev.doc AND p.idx = ev.place ORDER BY ev.doc, ev.idx"):
            found = {i: (n, t, json.loads(ts or "[]")) for i, n, t, ts in db.all(
                "SELECT idx, name, type, titles FROM entities WHERE doc = ?", (key,))}
            names = {i: n for i, (n, _, _) in found.items()}
            args = json.loads(args or "{}")
            yield {"document": doc_id, "event": idx, "published": published, "url": url, "type": type_,
                   "cameo_root": root, "actors": [names.get(a) for a in json.loads(actors)], "place": place,
                   "date": date, "summary": summary, "modality": modality or "actual",
                   "mentions": args.get("mentions", []), "lead": start < (json.loads(body) or [[0, 0]])[0][1],
                   **{k: v for side in ("source", "target") for k, v in (
                       (side, [names[a] for a in args.get(side, []) if a in found]),
                       (f"{side}_actor", next((dict(zip(("name", "type", "titles"), found[a]))
                                               for a in args.get(side, []) if a in found), None)))}}
    else:
        raise ValueError(f"unknown export kind {kind!r}")
