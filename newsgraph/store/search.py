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
    if filters.entity:
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
        # Only the newest matches are ranked where ranking reads each match (see
        # `Database.rank_at_most`): scored in the same pass that finds them, then ordered.
        ranked = db.all(
            f"SELECT key, score FROM (SELECT d.key AS key, d.published AS published, {score} AS score {found} "
            f"ORDER BY d.key DESC LIMIT {db.rank_at_most}) newest ORDER BY {db.rounded('score', 3)} DESC, "
            f"published IS NULL, published DESC, score DESC, key LIMIT ?", [*args, limit])
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
