"""Linking what parallel writers stored: the corpus decisions, taken by one linker in key order.

Writers (`save.write_documents`) store documents under keys reserved in input order and leave
a `link_queue` row for each. `link_waiting` then takes, for the waiting documents in key order,
the decisions a plain save takes while it writes (the text a document repeats, the corpus
entity of each of its entities, its story), asking the same `Linker` through the same
`Writer`. A document's bands, entity names and story clues become visible to the rules only
once it is linked, so each document is judged against the documents before it, exactly as
in a plain ingest of the same inputs in the same order. The linker holds `LINKER_LOCK` for its
transaction: linkers and plain saves of other processes wait for it, never decide beside it.
"""
from __future__ import annotations

import json
from types import SimpleNamespace

from newsgraph.doc import DateFact, Document, Entity, Event, Mention
from newsgraph.store.db import Database
from newsgraph.store.save import LINKER_LOCK, REFERENCE, Linker, SaveResult, Writer, join_story, link_entity_rows
from newsgraph.store.texts import rebase_text

# Waiting documents read per query; a link transaction takes at most this many.
LINK_BATCH = 256


def link_waiting(db: Database, linker: Linker, up_to: int | None = None) -> list[SaveResult]:
    """Link every waiting document with a key up to `up_to` (all when None), in key order,
    LINK_BATCH to a transaction. Returns one result per document linked."""
    out: list[SaveResult] = []
    while True:
        with db.transaction():
            db.lock([LINKER_LOCK])
            keys = [r[0] for r in db.all(
                "SELECT doc FROM link_queue WHERE doc <= ? ORDER BY doc LIMIT ?",
                (up_to if up_to is not None else 2 ** 62, LINK_BATCH))]
            if not keys:
                return out
            tx = Writer(db)
            for key, doc, waiting in waiting_documents(db, keys):
                out.append(link_one(tx, key, doc, waiting, linker))
            db.run(f"DELETE FROM link_queue WHERE doc IN ({', '.join('?' * len(keys))})", keys)
        if len(keys) < LINK_BATCH:
            return out


def waiting_documents(db: Database, keys: list[int]):
    """(key, Document, what the rules read besides it) for waiting documents, in key order. The
    Document holds what the rules read: id, published, entities, mentions, dates and events."""
    marks = ", ".join("?" * len(keys))
    docs: dict[int, Document] = {}
    extra: dict[int, SimpleNamespace] = {}
    for key, doc_id, published, text_id, signature, entities, bands in db.all(
            f"SELECT d.key, d.id, d.published, d.text_id, d.signature, q.entities, q.bands FROM documents d "
            f"JOIN link_queue q ON q.doc = d.key WHERE d.key IN ({marks})", keys):
        doc = Document(doc_id, "", published=published)
        doc.entities = [Entity.from_dict(e) for e in json.loads(entities)]
        docs[key] = doc
        extra[key] = SimpleNamespace(signature=bytes(signature), bands=json.loads(bands), text=text_id)
    for key, start, end, type_, text, normal, entity in db.all(
            f'SELECT doc, start, "end", type, text, normal, entity FROM mentions WHERE doc IN ({marks}) '
            f'ORDER BY doc, start, "end"', keys):
        if type_.startswith(REFERENCE):
            docs[key].references.append(Mention(start, end, type_[len(REFERENCE):], text, normal, entity))
        else:
            docs[key].mentions.append(Mention(start, end, type_, text, normal, entity))
    for key, start, end, text, value, relative in db.all(
            f'SELECT doc, start, "end", text, value, relative FROM dates WHERE doc IN ({marks}) ORDER BY doc, start',
            keys):
        docs[key].dates.append(DateFact(start, end, text, value, relative))
    for key, type_, root, start, end, actors in db.all(
            f'SELECT doc, type, cameo_root, start, "end", actors FROM events WHERE doc IN ({marks}) '
            f'ORDER BY doc, idx', keys):
        docs[key].events.append(Event(type_, root, start, end, json.loads(actors), None, None, ""))
    return [(key, docs[key], extra[key]) for key in sorted(docs)]


def link_one(tx: Writer, key: int, doc: Document, waiting: SimpleNamespace, linker: Linker) -> SaveResult:
    """The corpus decisions for one stored document, in the order `save.save_one` takes them."""
    db = tx.db
    near = linker.near_duplicate(tx, waiting)
    if near is not None:
        db.run("UPDATE documents SET duplicate_of = ? WHERE key = ?", (near.key, key))
        rebase_text(db, waiting.text, near.text)
    db.many("INSERT INTO lsh_bands (band, doc) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(band, key) for band in waiting.bands])
    links = linker.entities(tx, doc)
    link_entity_rows(db, key, doc, links)
    story = join_story(db, key, linker.story(tx, key, doc, links, near), doc.published, links)
    return SaveResult("stored", doc.id, key, story, near.id if near else None)
