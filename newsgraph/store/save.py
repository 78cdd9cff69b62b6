"""Writing documents: the text once, its annotations, its corpus entities and its story.

`save_documents` writes a batch in one transaction, so a process killed at any moment leaves
each document of the batch either whole or absent, and a rerun simply stores it again. What
a new document is linked to (the text it repeats, the corpus entity each of its entities is,
its story) is decided by the corpus rules, a `Linker` passed in by the caller; the rules read
and write the store through the `Writer` of the open transaction, so they see the batch's
earlier documents and their writes commit or vanish with it. Every lookup made while saving
goes through an index, so the cost of a save does not grow with the store.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Protocol

from newsgraph.doc import EVENT_ARGUMENTS, Document
from newsgraph.store.db import Database, now
from newsgraph.store.texts import save_text

if TYPE_CHECKING:
    from newsgraph.corpus.prepare import Prepared


@dataclass(frozen=True)
class SaveResult:
    """`status` is `stored` or `duplicate`; `key` the stored document (the earlier one for a
    duplicate); `near_duplicate_of` the id of the document a near-duplicate repeats."""

    status: str
    id: str
    key: int
    story: int | None = None
    near_duplicate_of: str | None = None


@dataclass(frozen=True)
class NearDuplicate:
    """A stored document that a new one repeats: its key, id, text and story."""

    key: int
    id: str
    text: int
    story: int | None


@dataclass
class EntityLinks:
    """A document's entities in the corpus: `corpus` maps each document entity index to its
    corpus entity; `names` are (folded key, corpus entity, name) under which they were seen."""

    corpus: dict[int, int] = field(default_factory=dict)
    names: set[tuple[str, int, str]] = field(default_factory=set)


class Linker(Protocol):
    """The corpus rules a save asks while it writes (`newsgraph.corpus.linking.Linker`)."""

    def near_duplicate(self, tx: Writer, p: Prepared) -> NearDuplicate | None:
        """The stored document that `p` repeats, or None."""

    def entities(self, tx: Writer, doc: Document) -> EntityLinks:
        """The corpus entity of each of `doc`'s entities, creating those that are new."""

    def story(self, tx: Writer, key: int, doc: Document, links: EntityLinks,
              near: NearDuplicate | None) -> int | None:
        """The story the document stored under `key` joins, or None for a story of its own."""


class Writer:
    """The open write transaction of a save, as the corpus rules see it: the few lookups and
    writes they need, each through an index."""

    def __init__(self, db: Database):
        self.db = db
        # (type, folded name) → corpus entity or None, for the transaction: the same few names
        # recur in every batch, and only `add_entity` and `rename_entity` change the answer.
        self._by_key: dict[tuple[str, str], int | None] = {}

    def near_candidates(self, bands: list[int], limit: int) -> list[tuple[int, str, int, int | None, bytes]]:
        """Up to `limit` stored documents sharing most of `bands` (ties: the earliest stored),
        as (key, id, text, story, signature) in storage order; those without a signature left out."""
        if not bands:
            return []
        marks = ", ".join("?" * len(bands))
        rows = self.db.all(
            f"SELECT d.key, d.id, d.text_id, d.story, d.signature FROM documents d WHERE d.key IN "
            f"(SELECT doc FROM lsh_bands WHERE band IN ({marks}) GROUP BY doc ORDER BY COUNT(*) DESC, doc "
            f"LIMIT {int(limit)}) AND d.signature IS NOT NULL ORDER BY d.key", bands)
        return [(key, doc_id, text, story, bytes(sig)) for key, doc_id, text, story, sig in rows]

    def entity_by_key(self, type_: str, key: str) -> int | None:
        """The corpus entity of this type stored under this folded canonical name, or None."""
        if (type_, key) not in self._by_key:
            row = self.db.one("SELECT id FROM corpus_entities WHERE type = ? AND key = ?", (type_, key))
            self._by_key[(type_, key)] = row[0] if row else None
        return self._by_key[(type_, key)]

    def entity_named(self, type_: str, key: str) -> int | None:
        """The one corpus entity of this type seen under this folded name, or None (none or several)."""
        rows = self.db.all("SELECT DISTINCT n.entity FROM entity_names n JOIN corpus_entities c ON c.id = n.entity "
                           "WHERE n.key = ? AND c.type = ? LIMIT 2", (key, type_))
        return rows[0][0] if len(rows) == 1 else None

    def people_by_surname(self, surname: str, limit: int) -> list[tuple[int, str]]:
        """Up to `limit` people whose folded surname is `surname`, as (id, folded name)."""
        return [tuple(r) for r in self.db.all(
            "SELECT id, key FROM corpus_entities WHERE type = 'PER' AND surname = ? LIMIT ?", (surname, limit))]

    def entity_documents(self, entity: int, limit: int) -> int:
        """How many stored documents name a corpus entity, counted up to `limit`."""
        return self.db.one(f"SELECT COUNT(*) FROM (SELECT doc FROM entities WHERE corpus = ? "
                           f"LIMIT {int(limit)}) AS r", (entity,))[0]

    def add_entity(self, type_: str, name: str, key: str, surname: str | None) -> int:
        """A new corpus entity; returns its id."""
        entity = self.db.one("INSERT INTO corpus_entities (type, name, key, surname) VALUES (?, ?, ?, ?) "
                             "RETURNING id", (type_, name, key, surname))[0]
        self._by_key[(type_, key)] = entity
        return entity

    def rename_entity(self, entity: int, name: str, key: str) -> None:
        """Give a corpus entity another canonical name (and folded key), keeping its id."""
        self.db.run("UPDATE corpus_entities SET name = ?, key = ? WHERE id = ?", (name, key, entity))
        self._by_key.clear()

    def add_story_actors(self, doc: int, published: str, actors: list[int]) -> None:
        """Index the document under each of `actors` (corpus entities) and its publication date."""
        self.db.many("INSERT INTO story_actors (corpus, published, doc) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                     [(cid, published, doc) for cid in actors])

    def story_actors(self, actors: list[int], since: str, until: str, other_than: int) -> list[tuple[int, int, str]]:
        """(document, corpus entity, published) for the documents indexed under any of `actors`
        and published in [since, until], except document `other_than`."""
        if not actors:
            return []
        marks = ", ".join("?" * len(actors))
        return [tuple(r) for r in self.db.all(
            f"SELECT doc, corpus, published FROM story_actors "
            f"WHERE corpus IN ({marks}) AND published >= ? AND published <= ? AND doc <> ?",
            [*actors, since, until, other_than])]

    def dates_among(self, docs: list[int], values: list[str]) -> list[tuple[int, str]]:
        """(document, value) for the dates of `docs` whose value is one of `values`."""
        if not docs or not values:
            return []
        return [tuple(r) for r in self.db.all(
            f"SELECT doc, value FROM dates WHERE doc IN ({', '.join('?' * len(docs))}) "
            f"AND value IN ({', '.join('?' * len(values))})", [*docs, *values])]

    def event_kinds(self, docs: list[int]) -> list[tuple[int, str | None, str]]:
        """(document, cameo_root, type) for every event of `docs`."""
        if not docs:
            return []
        # No condition on the type columns: it would make the planner walk their indexes,
        # i.e. every event of that type in the store.
        return [tuple(r) for r in self.db.all(
            f"SELECT doc, cameo_root, type FROM events WHERE doc IN ({', '.join('?' * len(docs))})", docs)]

    def story_of(self, doc: int) -> int | None:
        """The story of a stored document."""
        row = self.db.one("SELECT story FROM documents WHERE key = ?", (doc,))
        return row[0] if row else None


def lock_name(text: str) -> int:
    """A 64-bit lock number for a name (`Database.lock`)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


# Held by whoever takes corpus decisions (a save, the linker), so that two processes never make
# two corpus entities of one name or two stories of one happening.
LINKER_LOCK = lock_name("newsgraph linker")


def existing_key(db: Database, doc_id: str | None, content_hash: str | None) -> int | None:
    """The stored document with this id, or whose text has this content hash; None if neither."""
    if doc_id is not None:
        row = db.one("SELECT doc FROM document_ids WHERE id = ?", (doc_id,))
        if row:
            return row[0]
    if content_hash is not None:
        row = db.one("SELECT d.key FROM texts t JOIN documents d ON d.text_id = t.id WHERE t.hash = ?",
                     (content_hash,))
        if row:
            return row[0]
    return None


def save_documents(db: Database, batch: list[Prepared], linker: Linker) -> list[SaveResult]:
    """Store each prepared document of `batch`, in order and in one transaction; one whose id
    or content is already stored (by then, or earlier in the batch) only has its id
    remembered. Returns one result per document."""
    with db.transaction():
        db.lock([LINKER_LOCK] + [lock_name(f"id:{p.doc.id}") for p in batch] +
                [lock_name(f"text:{p.content_hash}") for p in batch])
        tx = Writer(db)
        return [save_one(tx, p, linker) for p in batch]


def save_one(tx: Writer, p: Prepared, linker: Linker) -> SaveResult:
    """The writes for one document, inside the caller's transaction."""
    db, doc = tx.db, p.doc
    known = existing_key(db, doc.id, p.content_hash)
    if known is not None:
        db.run("INSERT INTO document_ids (id, doc) VALUES (?, ?) ON CONFLICT DO NOTHING", (doc.id, known))
        return SaveResult("duplicate", doc.id, known)
    near = linker.near_duplicate(tx, p)
    text_id = save_text(db, doc.text, p.content_hash, near.text if near else None)
    key = db.one(
        "INSERT INTO documents (id, text_id, source_id, url, path, format, title, published, body, "
        "lemmas, offsets, stored_at, duplicate_of, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING key",
        (doc.id, text_id, source_id(db, p.source), doc.source.get("url"), doc.source.get("path"),
         doc.source.get("format"), doc.title, doc.published, json.dumps(doc.body),
         p.index.lemmas, p.index.offsets, now(), near.key if near else None, p.signature))[0]
    db.run("INSERT INTO document_ids (id, doc) VALUES (?, ?)", (doc.id, key))
    db.index_text(key, p.index.lemmas)
    db.many("INSERT INTO lsh_bands (band, doc) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(band, key) for band in p.bands])
    links = linker.entities(tx, doc)
    save_entities(db, key, doc, links)
    save_annotations(db, key, doc)
    story = join_story(db, key, linker.story(tx, key, doc, links, near), doc.published, links)
    return SaveResult("stored", doc.id, key, story, near.id if near else None)


def source_id(db: Database, name: str | None) -> int | None:
    if name is None:
        return None
    row = db.one("SELECT id FROM sources WHERE name = ?", (name,))
    if row:
        return row[0]
    return db.one("INSERT INTO sources (name) VALUES (?) RETURNING id", (name,))[0]


def write_documents(db: Database, batch: list[tuple[int, Prepared]]) -> list[SaveResult]:
    """Store each (key, prepared document) of `batch` under its reserved key, in one
    transaction, without linking it: everything `save_one` writes except what the corpus rules
    decide (near-duplicate, corpus entities, story), which `link.link_waiting` adds later in
    key order from the `link_queue` row written here. One of several writers may run this at
    once: the batch's ids and content hashes are locked first, so a document that another
    writer stores meanwhile becomes a duplicate here, never a second copy. Each table gets one
    statement for the whole batch: a round trip to the server costs more than a row."""
    if not batch:
        return []
    with db.transaction():
        db.lock([lock_name(f"id:{p.doc.id}") for _, p in batch] +
                [lock_name(f"text:{p.content_hash}") for _, p in batch])
        names = sorted({p.source for _, p in batch if p.source})
        # New outlets in one order for every writer (see `Database.lock`).
        db.many("INSERT INTO sources (name) VALUES (?) ON CONFLICT DO NOTHING", [(n,) for n in names])
        sources = dict(db.all(f"SELECT name, id FROM sources WHERE name IN ({', '.join('?' * len(names))})",
                              names)) if names else {}
        ids = [p.doc.id for _, p in batch]
        hashes = [p.content_hash for _, p in batch]
        by_id = dict(db.all(f"SELECT id, doc FROM document_ids WHERE id IN ({', '.join('?' * len(ids))})", ids))
        by_hash = dict(db.all(f"SELECT t.hash, d.key FROM texts t JOIN documents d ON d.text_id = t.id "
                              f"WHERE t.hash IN ({', '.join('?' * len(hashes))})", hashes))
        results, new, aliases = [], [], []
        for key, p in batch:
            known = by_id.get(p.doc.id)
            known = by_hash.get(p.content_hash) if known is None else known
            if known is None:
                new.append((key, p))
                by_id[p.doc.id] = by_hash[p.content_hash] = key
                results.append(SaveResult("stored", p.doc.id, key))
            else:
                aliases.append((p.doc.id, known))
                results.append(SaveResult("duplicate", p.doc.id, known))
        texts = db.reserve("texts", "id", len(new)) if new else []
        db.many("INSERT INTO texts (id, hash, body) VALUES (?, ?, ?)",
                [(t, p.content_hash, p.doc.text) for t, (_, p) in zip(texts, new)])
        db.many("INSERT INTO documents (key, id, text_id, source_id, url, path, format, title, published, body, "
                "lemmas, offsets, stored_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(key, p.doc.id, t, sources.get(p.source), p.doc.source.get("url"), p.doc.source.get("path"),
                  p.doc.source.get("format"), p.doc.title, p.doc.published, json.dumps(p.doc.body),
                  p.index.lemmas, p.index.offsets, now(), p.signature) for t, (key, p) in zip(texts, new)])
        db.many("INSERT INTO document_ids (id, doc) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(p.doc.id, key) for key, p in new] + aliases)
        rows: dict[str, list] = {}
        for key, p in new:
            db.index_text(key, p.index.lemmas)
            rows.setdefault(ROLES_SQL, []).extend(role_rows(key, p.doc))
            for sql, these in annotation_rows(key, p.doc):
                rows.setdefault(sql, []).extend(these)
        for sql, these in rows.items():
            db.many(sql, these)
        db.many("INSERT INTO link_queue (doc, entities, bands) VALUES (?, ?, ?)",
                [(key, json.dumps([entity_dict(e) for e in p.doc.entities], ensure_ascii=False), json.dumps(p.bands))
                 for key, p in new])
        return results


def entity_dict(e) -> dict:
    # `asdict` copies deeply and took a tenth of a writer's time on entity-rich texts.
    return {"id": e.id, "type": e.type, "name": e.name, "roles": list(e.roles), "titles": [asdict(t) for t in e.titles]}


ROLES_SQL = "INSERT INTO roles (doc, entity, role) VALUES (?, ?, ?)"


def role_rows(key: int, doc: Document) -> list[tuple]:
    return [(key, e.id, role) for e in doc.entities for role in e.roles]


def save_entities(db: Database, key: int, doc: Document, links: EntityLinks) -> None:
    """Document entities with their corpus entities and titles, the names they were seen under
    and their roles."""
    link_entity_rows(db, key, doc, links)
    db.many(ROLES_SQL, role_rows(key, doc))


def link_entity_rows(db: Database, key: int, doc: Document, links: EntityLinks) -> None:
    """Document entities with their corpus entities and titles, and the names they were seen under."""
    db.many("INSERT INTO entities (doc, idx, type, name, corpus, titles) VALUES (?, ?, ?, ?, ?, ?)",
            [(key, e.id, e.type, e.name, links.corpus[e.id],
              json.dumps([asdict(t) for t in e.titles], ensure_ascii=False)) for e in doc.entities])
    db.many("INSERT INTO entity_names (key, entity, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            sorted(links.names))


def save_annotations(db: Database, key: int, doc: Document) -> None:
    """Mentions, quotes, money, quantities, dates, events and page chrome, as the Document has them."""
    for sql, rows in annotation_rows(key, doc):
        db.many(sql, rows)


# A reference (`Document.references`) is a row of the mentions table whose type is its
# entity's type after this prefix ("ref:LOC").
REFERENCE = "ref:"


def annotation_rows(key: int, doc: Document) -> list[tuple[str, list[tuple]]]:
    """(INSERT statement, rows) per annotation table for the document stored under `key`."""
    text = doc.text
    return [
        ('INSERT INTO chrome (doc, start, "end", kind, text) VALUES (?, ?, ?, ?, ?)',
         [(key, c.start, c.end, c.kind, text[c.start:c.end]) for c in doc.chrome]),
        ('INSERT INTO mentions (doc, start, "end", type, text, normal, entity) VALUES (?, ?, ?, ?, ?, ?, ?)',
         [(key, m.start, m.end, m.type, m.text, m.normal, m.entity) for m in doc.mentions] +
         [(key, m.start, m.end, REFERENCE + m.type, m.text, m.normal, m.entity) for m in doc.references]),
        ('INSERT INTO quotes (doc, idx, start, "end", text, kind, speaker, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
         [(key, i, q.start, q.end, q.text, q.kind, q.speaker, q.cue) for i, q in enumerate(doc.quotes)]),
        ('INSERT INTO money (doc, start, "end", text, amount, currency, approx) VALUES (?, ?, ?, ?, ?, ?, ?)',
         [(key, m.start, m.end, m.text, m.amount, m.currency, int(bool(m.approx))) for m in doc.money]),
        ('INSERT INTO quantities (doc, start, "end", text, value, unit, qualifier) VALUES (?, ?, ?, ?, ?, ?, ?)',
         [(key, q.start, q.end, q.text, q.value, q.unit, q.qualifier) for q in doc.quantities]),
        ('INSERT INTO dates (doc, start, "end", text, value, relative) VALUES (?, ?, ?, ?, ?, ?)',
         [(key, d.start, d.end, d.text, d.value, d.relative) for d in doc.dates]),
        ('INSERT INTO events (doc, idx, type, cameo_root, start, "end", actors, place, date, summary, modality, '
         'arguments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
         [(key, i, e.type, e.cameo_root, e.start, e.end, json.dumps(e.actors), e.place, e.date, e.summary,
           e.modality, json.dumps({k: getattr(e, k) for k in EVENT_ARGUMENTS})) for i, e in enumerate(doc.events)]),
        ("INSERT INTO event_actors (doc, event, entity) VALUES (?, ?, ?)",
         [(key, i, a) for i, e in enumerate(doc.events) for a in e.actors]),
    ]


def join_story(db: Database, key: int, story: int | None, published: str | None, links: EntityLinks) -> int:
    """Put the document in `story`, or in a new story when None, and note beside it the corpus
    entities of `links` where the store keeps them (`Database.entity_ids`); returns the story."""
    if story is None:
        story = db.one("INSERT INTO stories (first_published, last_published, size) VALUES (?, ?, 1) RETURNING id",
                       (published, published))[0]
    else:
        db.run("UPDATE stories SET size = size + 1, "
               "first_published = CASE WHEN first_published IS NULL OR first_published > ? THEN ? ELSE first_published END, "
               "last_published = CASE WHEN last_published IS NULL OR last_published < ? THEN ? ELSE last_published END "
               "WHERE id = ?", (published, published, published, published, story))
    if db.entity_ids:
        # In the one statement that writes the row again anyway: no further version of it.
        db.run("UPDATE documents SET story = ?, entity_ids = ? WHERE key = ?",
               (story, sorted(set(links.corpus.values())) or None, key))
    else:
        db.run("UPDATE documents SET story = ? WHERE key = ?", (story, key))
    return story


__all__ = ["EntityLinks", "Linker", "NearDuplicate", "SaveResult", "Writer", "existing_key", "lock_name",
           "save_documents", "save_one", "write_documents"]
