"""Full-text search over the lemma index, with filters; the matches carry what a snippet is cut from.

A query reaches the store as a small tree (`Term`, `AllOf`, `AnyOf`) whose words are already the
lemmas to look for; each backend compiles it to its own full-text syntax (`Database.match_clause`).
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.store.db import Database
from newsgraph.store.lists import source_clause
from newsgraph.store.query import Node
from newsgraph.store.texts import load_texts


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
    if filters.entity and not db.rank_at_most:
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
        # Documents arrive roughly in publication order: where the range ends before the newest
        # document, the newest keys hold none of its matches, and no window of them is read.
        newest = not filters.until or filters.until >= (db.one("SELECT MAX(published) FROM documents")[0] or "")
        ranked = _rank_newest(db, score, found, args, limit, filters.entity, newest)
    else:
        # Rank on keys alone; the wide columns are read for the few rows kept.
        ranked = db.all(
            f"SELECT d.key, {score} AS score {found} ORDER BY {db.rounded(score, 3)} DESC, "
            f"d.published IS NULL, d.published DESC, score DESC, d.key LIMIT ?", [*args, limit])
    if not ranked:
        return []
    # The kept rows and their texts, read back in one statement each.
    keys = [key for key, _ in ranked]
    marks = ", ".join("?" * len(keys))
    rows = {row[0]: row[1:] for row in db.all(
        f"SELECT key, id, title, published, text_id, lemmas, offsets FROM documents WHERE key IN ({marks})", keys)}
    texts = load_texts(db, [rows[key][3] for key in keys])
    matches = []
    for key, score_value in ranked:
        doc_id, title, published, text_id, lemmas, offsets = rows[key]
        matches.append(Match(doc_id, title, published, round(float(score_value), 6), texts[text_id],
                             lemmas, bytes(offsets)))
    return matches


# The window of newest documents a search reads first is sized to hold this many times the
# matches it ranks, by the planner's estimate of how many documents match.
WINDOW_MARGIN = 2
# An entity's newest documents are read at least this many at a time, and as many as are expected
# to hold this many times the matches still wanted (at first by the share of all documents that
# match, then by the share of the entity's documents read so far).
ENTITY_BATCH = 1000
ENTITY_MARGIN = 1.25
# Reading a match the full-text index found (its row, then a test of the entity's list) costs about
# this many times what reading one of the entity's keys and probing the primary key for it costs.
KEY_COST = 3.5


def _rank_newest(db: Database, score: str, found: str, args: list, limit: int,
                 entity: list[int] | None = None, window: bool = True) -> list[tuple[int, float]]:
    """The best `limit` of the newest `db.rank_at_most` matches, as (key, score), best first.

    The newest matches are found in a window of the newest keys first, which the full-text index
    and the primary key's range narrow together (a bitmap of each), so only the window's matches
    are read; walking the primary key backwards instead reads every document until enough match,
    and reading the whole index's matches reads all of them. The window is sized from the
    planner's estimate of the matches; where it holds too few, the older documents are read for
    the rest. The window's bound is given as a subquery, so the plan is chosen for a range of
    unknown width rather than for a narrow one that the primary key alone would seem to serve.
    Without `window`, the full-text index (with the filters' own indexes) finds every match.

    Within an `entity`'s documents (corpus entity ids), the window is the entity's own newest
    documents, given to the server as a list of keys it intersects with the full-text index's
    bitmap before reading a row (a subquery would have it read each of the entity's documents
    and test it against the query); more of the list is read until enough matches are found.
    Where the whole store has fewer matches than that list would need keys, the matches are read
    and each tested against the entity's documents instead."""
    n = db.rank_at_most

    def newest(window: str, params: list, count: int, order: str = "d.key") -> list:
        # Scored after the newest are chosen: scoring reads each document's index entry.
        return db.all(f"SELECT key, published, score, {db.rounded('score', 3)} FROM (SELECT d.key AS key, "
                      f"d.published AS published, {score} AS score FROM (SELECT d.key, d.published, "
                      f"{db.score_reads} {found}{window} ORDER BY {order} DESC LIMIT {count}) d) newest",
                      [*args, *params])

    width, low, high, expected = _window_width(db, found, args, n)
    if not window:
        width = None
    marks = ", ".join("?" * len(entity or []))
    keys = []
    if entity and width is not None:
        # The entity's newest keys cost about one index probe each, where the matches the full-text
        # index finds cost a row and a probe each: the matches are read with the entity's list as a
        # test where they are fewer than the keys needed, unless the entity has fewer documents still.
        batch = max(ENTITY_BATCH, int(ENTITY_MARGIN * width / WINDOW_MARGIN))
        probe = batch if KEY_COST * expected >= batch else int(KEY_COST * expected) + 1
        keys = _entity_keys(db, entity, probe)
        if len(keys) == probe and probe < batch:
            width = keys = None
    if entity and width is not None:
        rows, read = [], 0
        while True:
            if keys:
                rows += newest(" AND d.key = ANY(?)", [keys], n - len(rows), "d.key + 0")
            read += len(keys)
            if len(rows) >= n or len(keys) < batch:
                break
            # The next keys sized by the share of the entity's documents that matched so far.
            batch = (max(ENTITY_BATCH, int(ENTITY_MARGIN * (n - len(rows)) * read / len(rows))) if rows
                     else 4 * batch)
            if KEY_COST * expected * (keys[-1] - low) / (high - low + 1) < batch:
                # The older matches are fewer than the keys the rest would take: tested each.
                rows += newest(f" AND d.key < (SELECT CAST(? AS BIGINT)) AND d.key IN (SELECT doc FROM entities "
                               f"WHERE corpus IN ({marks}))", [keys[-1], *entity], n - len(rows), "d.key + 0")
                break
            keys = _entity_keys(db, entity, batch, keys[-1])
    elif entity:
        # Few matches, or none expected among the newest: the full-text index finds them, the
        # entity's list tests each.
        rows = newest(f" AND d.key IN (SELECT doc FROM entities WHERE corpus IN ({marks}))", list(entity), n,
                      "d.key + 0")
    else:
        start = None if width is None or high - width + 1 <= low else high - width + 1
        if start is None:
            rows = newest("", [], n, "d.key" if window else "d.key + 0")
        else:
            rows = newest(" AND d.key >= (SELECT CAST(? AS BIGINT))", [start], n, "d.key + 0")
            if len(rows) < n:
                # Fewer matches than the estimate: they are sparse, and walking the older documents
                # newest first would test each against the query; the full-text index finds them.
                # (`d.key + 0` is the key that no index of the key can serve.)
                rows += newest(" AND d.key + 0 < (SELECT CAST(? AS BIGINT))", [start], n - len(rows), "d.key + 0")
    # Best first: the score to three decimals, then the newest publication (undated last), then
    # the exact score, then the key; sorted from the last of these to the first (sorts are stable).
    rows.sort(key=lambda r: r[0])
    rows.sort(key=lambda r: r[2], reverse=True)
    rows.sort(key=lambda r: r[1] or "", reverse=True)
    rows.sort(key=lambda r: r[1] is None)
    rows.sort(key=lambda r: r[3], reverse=True)
    return [(key, value) for key, _, value, _ in rows[:limit]]


def _entity_keys(db: Database, entity: list[int], count: int, below: int | None = None) -> list[int]:
    """The newest `count` keys of documents of the corpus entities `entity`, below `below` if given."""
    return [r[0] for r in db.all(
        f"SELECT DISTINCT doc FROM entities WHERE corpus IN ({', '.join('?' * len(entity))})"
        f"{' AND doc < ?' if below is not None else ''} ORDER BY doc DESC LIMIT ?",
        [*entity, *([below] if below is not None else []), count])]


def _window_width(db: Database, found: str, args: list, n: int) -> tuple[int | None, int, int, float]:
    """(How many of the newest keys are expected to hold `WINDOW_MARGIN` × `n` matches, by the
    planner's estimate of the matches' share of all documents, or None where the matches are
    expected to be that few in the whole store; the lowest key; the highest; the estimate.)"""
    low, high = db.one("SELECT MIN(key), MAX(key) FROM documents")
    expected = db.estimated_rows(f"SELECT d.key {found}", args)
    if low is None or expected is None or expected <= WINDOW_MARGIN * n:
        return None, low or 0, high or 0, expected or 0
    return int(WINDOW_MARGIN * n * (high - low + 1) / expected), low, high, expected
