"""The corpus store: analysed documents on disk, behind a short list of verbs.

`open_store(url)` opens (creating and migrating as needed) SQLite — the default, at
`./newsgraph.db` or `NEWSGRAPH_DB` — or PostgreSQL for a `postgresql://` URL, and returns a
`Store`: `save`, `save_many`, `has`, `load`, `search`, `entity`, `story`, `stats`, `export`, `close`.
This package is the only user of sqlite3 and psycopg.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from newsgraph.corpus.aliases import Aliases, load_aliases
from newsgraph.corpus.prepare import Prepared
from newsgraph.doc import Document
from newsgraph.store.db import Database, connect
from newsgraph.store.entity import entity_report, find_entity
from newsgraph.store.read import (EXPORT_KINDS, count_rows, document_key, export_rows, load_document,
                                  story_id, story_report)
from newsgraph.store.save import SaveResult, existing_key, save_document, save_documents
from newsgraph.store.search import Hit, SearchFilters, search_documents

DEFAULT_DB = "newsgraph.db"
ENV = "NEWSGRAPH_DB"


def store_url(url: str | None = None) -> str:
    """The store to use: `url` if given, else NEWSGRAPH_DB, else ./newsgraph.db."""
    return url or os.environ.get(ENV) or DEFAULT_DB


class Store:
    """An open store. Writes go through `save` and `save_many` (one transaction per call);
    everything else only reads, and readers never wait for a running ingest."""

    def __init__(self, db: Database, aliases: Aliases):
        self.db = db
        self.aliases = aliases

    @property
    def url(self) -> str:
        return self.db.url

    def save(self, prepared: Prepared) -> SaveResult:
        """Store a prepared document with all its annotations, or, when its id or content is
        already stored, only remember its id (`status` says which)."""
        return save_document(self.db, prepared, self.aliases)

    def save_many(self, batch: list[Prepared]) -> list[SaveResult]:
        """Save each document of `batch` as `save` does, all in one transaction: after a crash
        either every document of the batch is stored or none is. One result per document."""
        return save_documents(self.db, batch, self.aliases)

    def has(self, doc_id: str | None = None, content_hash: str | None = None) -> bool:
        """Whether a document with this id, or a text with this content hash, is stored."""
        return existing_key(self.db, doc_id, content_hash) is not None

    def load(self, doc_id: str) -> Document | None:
        """The stored Document under `doc_id` (or an id it also arrived under); None if absent."""
        key = document_key(self.db, doc_id)
        return None if key is None else load_document(self.db, key)

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 10,
               entity: str | None = None) -> list[Hit]:
        """Documents whose lemmas contain every word of `query` in any of its forms, best first.
        `entity` names an entity whose documents alone are searched. No match gives []."""
        from newsgraph.corpus.lemmas import query_terms
        from newsgraph.resources import get_resources

        filters = filters or SearchFilters()
        res = get_resources()
        if entity is not None:
            filters = SearchFilters(find_entity(self.db, entity, self.aliases, res), filters.since,
                                    filters.until, filters.source, filters.event_type)
        return search_documents(self.db, query_terms(query, res), filters, limit)

    def entity(self, name: str, limit: int = 100) -> dict | None:
        """The report on the corpus entity `name` names (see `entity_report`); None if unknown."""
        from newsgraph.resources import get_resources

        group = find_entity(self.db, name, self.aliases, get_resources())
        return entity_report(self.db, group, self.aliases, limit) if group else None

    def story(self, ref: str) -> dict | None:
        """A story's documents, by story id (`s12`) or by the id of one of its documents; None if unknown."""
        story = story_id(self.db, ref)
        return None if story is None else story_report(self.db, story)

    def stats(self) -> dict:
        """Counts of documents, entities, quotes, events, stories and more."""
        return count_rows(self.db)

    def export(self, kind: str) -> Iterator[dict]:
        """Every row of `kind` (documents, entities, quotes or events) as a plain dict."""
        return export_rows(self.db, kind)

    def version(self) -> int:
        return self.db.version()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: str | None = None, aliases: str | None = None, version: int | None = None) -> Store:
    """Open the store at `url` (see `store_url`), bringing its schema up to date (or up to
    `version`, for tests of upgrades). `aliases` names a user alias file to add to the shipped
    one. Raises StoreError when it cannot be opened or migrated."""
    db = connect(store_url(url))
    try:
        db.migrate(version)
        return Store(db, load_aliases(aliases))
    except BaseException:
        db.close()
        raise


__all__ = ["DEFAULT_DB", "EXPORT_KINDS", "Hit", "SaveResult", "SearchFilters", "Store", "open_store",
           "store_url"]
