"""Full-text search over the lemma index, with filters; the matches carry what a snippet is cut from.

A query reaches the store as a small tree (`Term`, `AllOf`, `AnyOf`) whose words are already the
lemmas to look for; each backend compiles it to its own full-text syntax (`Database.match_clause`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from newsgraph.store.db import Database
from newsgraph.store.lists import source_clause
from newsgraph.store.query import Node
from newsgraph.store.texts import apply_delta, load_texts


@dataclass(frozen=True)
class SearchFilters:
    """Optional narrowing of a search: an entity's documents (corpus entity ids), a publication
    date range (ISO, inclusive), an outlet (part of its name) and an event type or CAMEO root code."""

    entity: list[int] | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    event_type: str | None = None


@dataclass(frozen=True)
class Match:
    """A document that matched, with its `score` (higher is better), its whole `text`, and the
    lemma index (`lemmas`, `offsets`) that locates the matched words in it."""

    id: str
    title: str | None
    published: str | None
    score: float
    text: str
    lemmas: str
    offsets: bytes


def search_documents(db: Database, query: Node | None, filters: SearchFilters, limit: int) -> list[Match]:
    """The best `limit` documents that `query` matches, best first; scores equal to three
    decimals (words in most documents weigh nothing) go newest first. No query or no matches
    give an empty list."""
    if query is None or (filters.entity is not None and not filters.entity):
        return []
    join, join_params, where, where_params, score = db.match_clause(query)
    clauses, params = [where], list(where_params)
    if filters.entity and db.entity_ids:
        # The entity's documents by the index of their entities, intersected with the full-text
        # index's matches (and a window's key range) before a row is read.
        clauses.append("d.entity_ids && CAST(? AS BIGINT[])")
        params.append(list(filters.entity))
    elif filters.entity:
        clauses.append(f"d.key IN (SELECT doc FROM entities WHERE corpus IN ({', '.join('?' * len(filters.entity))}))")
        params += filters.entity
    if filters.since:
        clauses.append("d.published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("d.published <= ?")
        params.append(filters.until + "\uffff")  # an inclusive end date also takes its times
    if filters.source:
        # The outlet's name contains the words as typed: % and _ in them are not wildcards.
        clause, ids = source_clause(db, filters.source)
        clauses.append(clause)
        params += ids
    if filters.event_type:
        clauses.append("d.key IN (SELECT doc FROM events WHERE type = ? OR cameo_root = ?)")
        params += [filters.event_type, filters.event_type]
    found, args = f"FROM documents d {join} WHERE {' AND '.join(clauses)}", [*join_params, *params]
    if db.rank_at_most:
        ranked = _rank_newest(db, score, found, args, limit, filters.until)
    else:
        # Rank on keys alone; the wide columns are read for the few rows kept.
        ranked = db.all(
            f"SELECT d.key, {score} AS score {found} ORDER BY {db.rounded(score, 3)} DESC, "
            f"d.published IS NULL, d.published DESC, score DESC, d.key LIMIT ?", [*args, limit])
    if not ranked:
        return []
    # The kept rows with their texts, read back in one statement; a near-duplicate's text kept as
    # edits of another is made whole from that one (read in one more).
    keys = [key for key, _ in ranked]
    rows = {row[0]: row[1:] for row in db.all(
        f"SELECT d.key, d.id, d.title, d.published, d.lemmas, d.offsets, t.body, t.base, t.delta FROM documents d "
        f"JOIN texts t ON t.id = d.text_id WHERE d.key IN ({', '.join('?' * len(keys))})", keys)}
    bases = load_texts(db, [base for *_, body, base, _ in rows.values() if body is None])
    matches = []
    for key, score_value in ranked:
        doc_id, title, published, lemmas, offsets, body, base, delta = rows[key]
        text = body if body is not None else apply_delta(bases[base], json.loads(delta))
        matches.append(Match(doc_id, title, published, round(float(score_value), 6), text, lemmas, bytes(offsets)))
    return matches


# The window of newest documents a search reads first is sized to hold this many times the
# matches it ranks, by the planner's estimate of how many documents match.
WINDOW_MARGIN = 2
# Where at least this share of the documents is expected to match, no window is read: walking
# the primary key from the newest meets a match every few documents and stops at the 500th
# (at 200 000 documents 8-14 ms of statement for words in 37-87 % of them, where a window's
# bitmaps took 30 ms and more, and the planner made a window for a word in half the documents a
# scan of the whole table: 1.3 s); for words in 22-27 % the two were about even.
WALK_SHARE = 0.3


def _rank_newest(db: Database, score: str, found: str, args: list, limit: int,
                 until: str | None = None) -> list[tuple[int, float]]:
    """The best `limit` of the newest `db.rank_at_most` matches, as (key, score), best first.

    The newest matches are found in a window of the newest keys first, which the full-text index
    and the primary key's range narrow together (a bitmap of each, and of the entity index where
    the search is within an entity's documents), so only the window's matches are read; walking
    the primary key backwards instead reads every document until enough match, and reading the
    whole index's matches reads all of them. The window is sized from the planner's estimate of
    the matches; where it holds too few, the older documents are read for the rest. The window's
    bound is given as a subquery, so the plan is chosen for a range of unknown width rather than
    for a narrow one that the primary key alone would seem to serve. Where three tenths of the
    documents or more match, the walk is the cheaper, and the planner is left to it.

    Documents arrive roughly in publication order: where a date range ends (`until`, the bound
    `found` tests) before the newest document, the newest keys hold none of its matches, and no
    window of them is read; the full-text index (with the date index) finds every match."""
    n = db.rank_at_most

    def newest(window: str, params: list, count: int, order: str = "d.key") -> list:
        # Scored after the newest are chosen: scoring reads each document's index entry.
        return db.all(f"SELECT key, published, score, {db.rounded('score', 3)} FROM (SELECT d.key AS key, "
                      f"d.published AS published, {score} AS score FROM (SELECT d.key, d.published, "
                      f"{db.score_reads} {found}{window} ORDER BY {order} DESC LIMIT {count}) d) newest",
                      [*args, *params])

    width, low, high = _window_width(db, found, args, n, until)
    start = None if width is None or high - width + 1 <= low else high - width + 1
    if start is None:
        # The planner may walk the key from the newest (common words), unless the range ends before it.
        rows = newest("", [], n, "d.key" if high else "d.key + 0")
    else:
        rows = newest(" AND d.key >= (SELECT CAST(? AS BIGINT))", [start], n, "d.key + 0")
        if len(rows) < n:
            # Fewer matches than the estimate: they are sparse, and walking the older documents
            # newest first would test each against the query; the full-text index finds them.
            # (`d.key + 0` is the key that no index of the key can serve.)
            rows += newest(" AND d.key + 0 < (SELECT CAST(? AS BIGINT))", [start], n - len(rows), "d.key + 0")
    # Best first: the score to three decimals, then the newest publication (undated last), then
    # the exact score, then the lowest key (keys are unique, so no two rows tie).
    rows.sort(key=lambda r: (r[3], r[1] is not None, r[1] or "", r[2], -r[0]), reverse=True)
    return [(key, value) for key, _, value, _ in rows[:limit]]


def _window_width(db: Database, found: str, args: list, n: int,
                  until: str | None = None) -> tuple[int | None, int, int]:
    """(How many of the newest keys are expected to hold `WINDOW_MARGIN` × `n` matches, by the
    planner's estimate of the matches' share of all documents, or None where the matches are
    expected to be that few in the whole store, or so many that the walk from the newest key
    serves (`WALK_SHARE`); the lowest key; the highest.) Where the range
    ending `until` ends before the newest document, (None, 0, 0): no window, no estimate."""
    low, high, last = db.one("SELECT MIN(key), MAX(key), MAX(published) FROM documents")
    if low is None or (until and until < (last or "")):
        return None, 0, 0
    expected = db.estimated_rows(f"SELECT d.key {found}", args)
    if expected is None or expected <= WINDOW_MARGIN * n or expected >= WALK_SHARE * (high - low + 1):
        return None, low, high
    return int(WINDOW_MARGIN * n * (high - low + 1) / expected), low, high
