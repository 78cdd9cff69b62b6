"""Writing documents: the text once, its annotations, its corpus entities and its story.

`save_documents` writes a batch in one transaction, so a process killed at any moment leaves
each document of the batch either whole or absent, and a rerun simply stores it again. Every
lookup made while saving (ids, content hashes, LSH bands, names, story partners) goes
through an index, so the cost of a save does not grow with the store.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from newsgraph.corpus.aliases import Aliases
from newsgraph.corpus.dedup import NEAR_DUPLICATE, apply_delta, similarities, text_delta
from newsgraph.corpus.lemmas import fold
from newsgraph.corpus.prepare import Prepared, source_name  # noqa: F401  (source_name stays importable from here)
from newsgraph.corpus.stories import FULL_DATE, StoryClues, story_score, window
from newsgraph.doc import Document
from newsgraph.store.db import Database, now

# A near-duplicate's text is kept as edits of the text it repeats while the edits stay this
# small a share of it; beyond that the text is stored whole (the link is kept either way).
MAX_DELTA_SHARE = 0.3
STORY_CANDIDATES = 30
# Documents sharing the most LSH bands are compared first; beyond this many the rest are
# ignored (a text republished dozens of times needs only one earlier copy to be linked).
NEAR_CANDIDATES = 50
STORY_TYPES = ("PER", "ORG")


@dataclass(frozen=True)
class SaveResult:
    """`status` is `stored` or `duplicate`; `key` the stored document (the earlier one for a
    duplicate); `near_duplicate_of` the id of the document a near-duplicate repeats."""

    status: str
    id: str
    key: int
    story: int | None = None
    near_duplicate_of: str | None = None


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


def save_documents(db: Database, batch: list[Prepared], aliases: Aliases) -> list[SaveResult]:
    """Store each prepared document of `batch`, in order and in one transaction; one whose id
    or content is already stored (by then, or earlier in the batch) only has its id
    remembered. Returns one result per document."""
    with db.transaction():
        return [save_one(db, p, aliases) for p in batch]


def save_document(db: Database, p: Prepared, aliases: Aliases) -> SaveResult:
    """Store `p` in a transaction of its own (see `save_documents`)."""
    return save_documents(db, [p], aliases)[0]


def save_one(db: Database, p: Prepared, aliases: Aliases) -> SaveResult:
    """The writes for one document, inside the caller's transaction."""
    doc = p.doc
    known = existing_key(db, doc.id, p.content_hash)
    if known is not None:
        db.run("INSERT INTO document_ids (id, doc) VALUES (?, ?) ON CONFLICT DO NOTHING", (doc.id, known))
        return SaveResult("duplicate", doc.id, known)
    near = near_duplicate(db, p.bands, p.signature)
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
    corpus = save_entities(db, key, doc, aliases)
    save_annotations(db, key, doc)
    clues = clues_of(doc, corpus)
    if clues.published is not None:
        db.many("INSERT INTO story_actors (corpus, published, doc) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(cid, clues.published, key) for cid in sorted(clues.actors)])
    story = near.story if near else matching_story(db, key, clues)
    story = join_story(db, key, story, doc.published)
    return SaveResult("stored", doc.id, key, story, near.id if near else None)


@dataclass(frozen=True)
class NearDuplicate:
    key: int
    id: str
    text: int
    story: int | None


def near_duplicate(db: Database, bands: list[int], sig: bytes) -> NearDuplicate | None:
    """The most similar stored document at or above NEAR_DUPLICATE (the earliest stored among
    equals), found through shared LSH bands; None when there is none."""
    if not bands:
        return None
    marks = ", ".join("?" * len(bands))
    rows = db.all(
        f"SELECT d.key, d.id, d.text_id, d.story, d.signature FROM documents d WHERE d.key IN "
        f"(SELECT doc FROM lsh_bands WHERE band IN ({marks}) GROUP BY doc ORDER BY COUNT(*) DESC, doc "
        f"LIMIT {NEAR_CANDIDATES}) AND d.signature IS NOT NULL ORDER BY d.key", bands)
    best, best_sim = None, NEAR_DUPLICATE
    for (key, doc_id, text_id, story, _), sim in zip(rows, similarities(sig, [bytes(r[4]) for r in rows])):
        if sim > best_sim or (sim == best_sim and best is None):
            best, best_sim = NearDuplicate(key, doc_id, text_id, story), sim
    return best


def load_text(db: Database, text_id: int) -> str:
    body, base, delta = db.one("SELECT body, base, delta FROM texts WHERE id = ?", (text_id,))
    if body is not None:
        return body
    return apply_delta(load_text(db, base), json.loads(delta))


def save_text(db: Database, text: str, content_hash: str, near_text: int | None) -> int:
    if near_text is not None:
        root = near_text
        row = db.one("SELECT base FROM texts WHERE id = ?", (root,))
        if row and row[0] is not None:
            root = row[0]  # deltas are always taken against a whole text, never chained
        ops = text_delta(load_text(db, root), text)
        cost = sum(len(rep) + end - start for start, end, rep in ops)
        if cost <= MAX_DELTA_SHARE * len(text):
            return db.one("INSERT INTO texts (hash, body, base, delta) VALUES (?, NULL, ?, ?) RETURNING id",
                          (content_hash, root, json.dumps(ops, ensure_ascii=False)))[0]
    return db.one("INSERT INTO texts (hash, body) VALUES (?, ?) RETURNING id", (content_hash, text))[0]


def source_id(db: Database, name: str | None) -> int | None:
    if name is None:
        return None
    row = db.one("SELECT id FROM sources WHERE name = ?", (name,))
    if row:
        return row[0]
    return db.one("INSERT INTO sources (name) VALUES (?) RETURNING id", (name,))[0]


def corpus_entity(db: Database, type_: str, name: str, aliases: Aliases) -> int:
    """The corpus entity for a document entity: by type and folded canonical name (after the
    alias table); a person named by a surname alone joins the one person with that surname.
    Otherwise a new corpus entity, except that a person's full name first seen after their
    surname alone takes over the surname's entity (see `claim_surname`)."""
    canonical = aliases.resolve(name, type_)
    key = fold(canonical)
    row = db.one("SELECT id FROM corpus_entities WHERE type = ? AND key = ?", (type_, key))
    if row:
        return row[0]
    words = key.split()
    if type_ == "PER" and len(words) == 1:
        rows = db.all("SELECT id FROM corpus_entities WHERE type = 'PER' AND surname = ? LIMIT 2", (key,))
        if len(rows) == 1:
            return rows[0][0]
    surname = words[-1] if type_ == "PER" and words else None
    if type_ == "PER" and len(words) > 1:
        claimed = claim_surname(db, canonical, key, surname)
        if claimed is not None:
            return claimed
    return db.one("INSERT INTO corpus_entities (type, name, key, surname) VALUES (?, ?, ?, ?) RETURNING id",
                  (type_, canonical, key, surname))[0]


def claim_surname(db: Database, name: str, key: str, surname: str) -> int | None:
    """When a surname alone was seen before any full name with it and no other full name
    shares that surname, the surname's corpus entity is renamed to the full name (keeping its
    id, so its documents, names and story links stay as they are). Returns that id, or None."""
    rows = db.all("SELECT id, key FROM corpus_entities WHERE type = 'PER' AND surname = ? LIMIT 3", (surname,))
    alone = [cid for cid, k in rows if k == surname]
    if len(rows) != 1 or not alone:
        return None  # no surname entity, or another full name already shares the surname
    db.run("UPDATE corpus_entities SET name = ?, key = ? WHERE id = ?", (name, key, alone[0]))
    return alone[0]


def save_entities(db: Database, key: int, doc: Document, aliases: Aliases) -> dict[int, tuple[int, str]]:
    """Document entities with their corpus entities, the names they were seen under and their
    roles. Returns document entity index → (corpus id, type)."""
    corpus: dict[int, tuple[int, str]] = {}
    names: set[tuple[str, int, str]] = set()
    for ent in doc.entities:
        cid = corpus_entity(db, ent.type, ent.name, aliases)
        corpus[ent.id] = (cid, ent.type)
        names.add((fold(ent.name), cid, ent.name))
    for m in doc.mentions:
        if m.entity in corpus:
            cid = corpus[m.entity][0]
            names.add((fold(m.text), cid, m.text))
            names.add((fold(m.normal), cid, m.normal))
    db.many("INSERT INTO entities (doc, idx, type, name, corpus, titles) VALUES (?, ?, ?, ?, ?, ?)",
            [(key, e.id, e.type, e.name, corpus[e.id][0], json.dumps([asdict(t) for t in e.titles], ensure_ascii=False))
             for e in doc.entities])
    db.many("INSERT INTO entity_names (key, entity, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            sorted(names))
    db.many("INSERT INTO roles (doc, entity, role) VALUES (?, ?, ?)",
            [(key, e.id, role) for e in doc.entities for role in e.roles])
    return corpus


def save_annotations(db: Database, key: int, doc: Document) -> None:
    """Mentions, quotes, money, quantities, dates, events and page chrome, as the Document has them."""
    text = doc.text
    db.many('INSERT INTO chrome (doc, start, "end", kind, text) VALUES (?, ?, ?, ?, ?)',
            [(key, c.start, c.end, c.kind, text[c.start:c.end]) for c in doc.chrome])
    db.many('INSERT INTO mentions (doc, start, "end", type, text, normal, entity) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(key, m.start, m.end, m.type, m.text, m.normal, m.entity) for m in doc.mentions])
    db.many('INSERT INTO quotes (doc, idx, start, "end", text, kind, speaker, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [(key, i, q.start, q.end, q.text, q.kind, q.speaker, q.cue) for i, q in enumerate(doc.quotes)])
    db.many('INSERT INTO money (doc, start, "end", text, amount, currency, approx) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(key, m.start, m.end, m.text, m.amount, m.currency, int(bool(m.approx))) for m in doc.money])
    db.many('INSERT INTO quantities (doc, start, "end", text, value, unit, qualifier) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(key, q.start, q.end, q.text, q.value, q.unit, q.qualifier) for q in doc.quantities])
    db.many('INSERT INTO dates (doc, start, "end", text, value, relative) VALUES (?, ?, ?, ?, ?, ?)',
            [(key, d.start, d.end, d.text, d.value, d.relative) for d in doc.dates])
    db.many('INSERT INTO events (doc, idx, type, cameo_root, start, "end", actors, place, date, summary) '
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [(key, i, e.type, e.cameo_root, e.start, e.end, json.dumps(e.actors), e.place, e.date, e.summary)
             for i, e in enumerate(doc.events)])
    db.many("INSERT INTO event_actors (doc, event, entity) VALUES (?, ?, ?)",
            [(key, i, a) for i, e in enumerate(doc.events) for a in e.actors])


def clues_of(doc: Document, corpus: dict[int, tuple[int, str]]) -> StoryClues:
    return StoryClues(doc.published,
                      {cid for cid, type_ in corpus.values() if type_ in STORY_TYPES},
                      {d.value for d in doc.dates if d.value and FULL_DATE.match(d.value)},
                      {e.cameo_root or e.type for e in doc.events})


def matching_story(db: Database, key: int, clues: StoryClues) -> int | None:
    """The story of the stored document that best matches `clues` by the story rule, or None.
    Candidates share a person or organisation and fall in the date window, which the
    (corpus entity, published) key of `story_actors` finds without a scan; of the
    STORY_CANDIDATES sharing most, only the dates and event types they share with `clues` are
    looked up, which is all the rule compares."""
    span = window(clues.published)
    if span is None or not clues.actors:
        return None
    marks = ", ".join("?" * len(clues.actors))
    found: dict[int, StoryClues] = {}
    for doc, cid, published in db.all(
            f"SELECT doc, corpus, published FROM story_actors "
            f"WHERE corpus IN ({marks}) AND published >= ? AND published <= ? AND doc <> ?",
            [*sorted(clues.actors), span[0], span[1], key]):
        found.setdefault(doc, StoryClues(published)).actors.add(cid)
    ranked = sorted(found, key=lambda doc: (-len(found[doc].actors), doc))[:STORY_CANDIDATES]
    if not ranked:
        return None
    docs = ", ".join("?" * len(ranked))
    if clues.dates:
        for doc, value in db.all(f"SELECT doc, value FROM dates WHERE doc IN ({docs}) AND value IN "
                                 f"({', '.join('?' * len(clues.dates))})", [*ranked, *sorted(clues.dates)]):
            found[doc].dates.add(value)
    if clues.events:
        # Filtered here rather than in SQL: a condition on the type columns makes the planner
        # walk their indexes, i.e. every event of that type in the store.
        for doc, root, type_ in db.all(f"SELECT doc, cameo_root, type FROM events WHERE doc IN ({docs})", ranked):
            if (root or type_) in clues.events:
                found[doc].events.add(root or type_)
    best, best_score = None, 0
    for cand in ranked:
        score = story_score(clues, found[cand])
        if score > best_score:
            best, best_score = cand, score
    if best is None:
        return None
    return db.one("SELECT story FROM documents WHERE key = ?", (best,))[0]


def join_story(db: Database, key: int, story: int | None, published: str | None) -> int:
    if story is None:
        story = db.one("INSERT INTO stories (first_published, last_published, size) VALUES (?, ?, 1) RETURNING id",
                       (published, published))[0]
    else:
        db.run("UPDATE stories SET size = size + 1, "
               "first_published = CASE WHEN first_published IS NULL OR first_published > ? THEN ? ELSE first_published END, "
               "last_published = CASE WHEN last_published IS NULL OR last_published < ? THEN ? ELSE last_published END "
               "WHERE id = ?", (published, published, published, published, story))
    db.run("UPDATE documents SET story = ? WHERE key = ?", (story, key))
    return story
