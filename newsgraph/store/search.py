"""Full-text search over the lemma index, with filters; the matches carry what a snippet is cut from."""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.store.db import Database
from newsgraph.store.texts import load_text


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


def search_documents(db: Database, terms: list[list[str]], filters: SearchFilters, limit: int) -> list[Match]:
    """The best `limit` documents containing every query word (as any of its lemma
    alternatives), best first. No words or no matches give an empty list."""
    if not terms or (filters.entity is not None and not filters.entity):
        return []
    join, join_params, where, where_params, score = db.match_clause(terms)
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
        clauses.append("d.source_id IN (SELECT id FROM sources WHERE LOWER(name) LIKE ? ESCAPE '!')")
        params.append("%" + filters.source.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
    if filters.event_type:
        clauses.append("d.key IN (SELECT doc FROM events WHERE type = ? OR cameo_root = ?)")
        params += [filters.event_type, filters.event_type]
    found, args = f"FROM documents d {join} WHERE {' AND '.join(clauses)}", [*join_params, *params]
    if db.rank_at_most:
        # Only the newest matches are ranked where ranking reads each match (see `Database.rank_at_most`).
        found = f"FROM documents d {join} WHERE d.key IN (SELECT d.key {found} ORDER BY d.key DESC LIMIT {db.rank_at_most})"
        args = [*join_params, *args]
    # Rank on keys alone; the wide columns are read for the few rows kept.
    ranked = db.all(f"SELECT d.key, {score} AS score {found} ORDER BY score DESC, d.key LIMIT ?", [*args, limit])
    matches = []
    for key, score_value in ranked:
        doc_id, title, published, text_id, lemmas, offsets = db.one(
            "SELECT id, title, published, text_id, lemmas, offsets FROM documents WHERE key = ?", (key,))
        matches.append(Match(doc_id, title, published, round(float(score_value), 6), load_text(db, text_id),
                             lemmas, bytes(offsets)))
    return matches
