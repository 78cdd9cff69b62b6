"""The corpus store: analysed documents on disk, behind a short list of verbs.

`open_store(url)` opens (creating and migrating as needed) SQLite — the default, at
`./newsgraph.db` or `NEWSGRAPH_DB` — or PostgreSQL for a `postgresql://` URL, and returns a
`Store`. The store keeps and finds; it takes its inputs prepared (lemma terms to search for,
folded keys to look names up by) and leaves every judgement about language and about what
belongs together (lemmatising, aliases, surnames, near-duplicates, stories) to
`newsgraph.corpus`, which asks it through these verbs. No model or dictionary is loaded
here, and this package is the only user of sqlite3 and psycopg.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsgraph.doc import Document
from newsgraph.store.browse import document_cards, recent_documents
from newsgraph.store.db import Database, connect
from newsgraph.store.entity import entities_by_key, entities_named, entity_name, entity_record
from newsgraph.store.overview import EventFilters, entity_days, facets, feed, find_events, story_overview
from newsgraph.store.read import (EXPORT_KINDS, count_rows, document_key, export_rows, load_document,
                                  story_id, story_report)
from newsgraph.store.link import link_waiting
from newsgraph.store.save import (EntityLinks, Linker, NearDuplicate, SaveResult, Writer, existing_key,
                                  save_documents, write_documents)
from newsgraph.store.lists import SORTS, ListFilters, list_entities, list_stories
from newsgraph.store.query import AllOf, AnyOf, Node, Term
from newsgraph.store.search import Match, SearchFilters, search_documents
from newsgraph.store.watch import WatchBook

if TYPE_CHECKING:
    from newsgraph.corpus.prepare import Prepared

DEFAULT_DB = "newsgraph.db"
ENV = "NEWSGRAPH_DB"


def store_url(url: str | None = None) -> str:
    """The store to use: `url` if given, else NEWSGRAPH_DB, else ./newsgraph.db."""
    return url or os.environ.get(ENV) or DEFAULT_DB


class Store:
    """An open store. Writes go through `save` and `save_many` (one transaction per call);
    everything else only reads, and readers never wait for a running ingest. `db` is the
    connection, for this package and for tests that look at the tables themselves."""

    def __init__(self, db: Database):
        self.db = db

    @property
    def url(self) -> str:
        return self.db.url

    # Writing
    def save(self, prepared: Prepared, linker: Linker) -> SaveResult:
        """Store a prepared document with all its annotations, linked as `linker` decides, or,
        when its id or content is already stored, only remember its id (`status` says which)."""
        return save_documents(self.db, [prepared], linker)[0]

    def save_many(self, batch: list[Prepared], linker: Linker) -> list[SaveResult]:
        """Save each document of `batch` as `save` does, all in one transaction: after a crash
        either every document of the batch is stored or none is. One result per document."""
        return save_documents(self.db, batch, linker)

    # Several writers (see `newsgraph.store.link`)
    @property
    def parallel_writers(self) -> bool:
        """Whether several processes may write at once (PostgreSQL); SQLite takes one writer."""
        return self.db.parallel_writers

    @property
    def dsn(self) -> str:
        """The store's URL as given, password included, for the writers this process starts."""
        return self.db.dsn

    def reserve_keys(self, n: int) -> list[int]:
        """`n` increasing document keys for `write_many`; only where `parallel_writers`."""
        return self.db.reserve("documents", "key", n)

    def write_many(self, batch: list[tuple[int, Prepared]]) -> list[SaveResult]:
        """Store each (reserved key, prepared document) of `batch` in one transaction without
        linking it (see `save.write_documents`); one of several writers may call this at once.
        The documents wait for `link_waiting`. One result per document."""
        return write_documents(self.db, batch)

    def link_waiting(self, linker: Linker, up_to: int | None = None) -> list[SaveResult]:
        """Link the documents written by `write_many` and waiting, with keys up to `up_to` (all
        when None), in key order (see `link.link_waiting`). One result per document linked."""
        return link_waiting(self.db, linker, up_to)

    # Documents
    def has(self, doc_id: str | None = None, content_hash: str | None = None) -> bool:
        """Whether a document with this id, or a text with this content hash, is stored."""
        return existing_key(self.db, doc_id, content_hash) is not None

    def load(self, doc_id: str) -> Document | None:
        """The stored Document under `doc_id` (or an id it also arrived under); None if absent."""
        key = document_key(self.db, doc_id)
        return None if key is None else load_document(self.db, key)

    def recent_documents(self, limit: int = 20, offset: int = 0) -> dict:
        """A page of stored documents, newest first (see `browse.recent_documents`)."""
        return recent_documents(self.db, limit, offset)

    def document_cards(self, ids: list[str]) -> dict[str, dict]:
        """Outlet, URL and lead of each stored document of `ids` (see `browse.document_cards`)."""
        return document_cards(self.db, ids)

    def search(self, query: Node | None, filters: SearchFilters | None = None, limit: int = 10) -> list[Match]:
        """Documents whose lemma index matches `query` (a tree of terms whose words are lists of
        alternative lemmas, see `store.query`), best first; `filters.entity` lists corpus entity
        ids. No query or no match gives []."""
        return search_documents(self.db, query, filters or SearchFilters(), limit)

    # Corpus entities
    def entities_named(self, keys: list[str]) -> list[int]:
        """Corpus entities stored under any of the folded `keys`, best match first (see
        `entity.entities_named`); [] when none is."""
        return entities_named(self.db, keys)

    def entity_name(self, entity: int) -> tuple[str, str] | None:
        """(type, canonical name) of a corpus entity, or None."""
        return entity_name(self.db, entity)

    def entities_by_key(self, type_: str, keys: list[str]) -> list[int]:
        """Corpus entities of `type_` whose folded canonical name is one of `keys`, by id."""
        return entities_by_key(self.db, type_, keys)

    def entity_record(self, group: list[int], limit: int = 100) -> dict:
        """What is stored about the corpus entities of `group` taken as one (see `entity.entity_record`)."""
        return entity_record(self.db, group, limit)

    @property
    def watch(self) -> WatchBook:
        """The watched sources and the pages fetched through them (see `watch.WatchBook`)."""
        return WatchBook(self.db)

    def entities(self, filters: ListFilters | None = None, sort: str = "size", limit: int = 50,
                 offset: int = 0) -> list[dict]:
        """Corpus entities with their document counts and dates, filtered and sorted (see
        `lists.list_entities`); [] when none passes."""
        return list_entities(self.db, filters or ListFilters(), sort, limit, offset)

    # Stories, counts, export
    def stories(self, filters: ListFilters | None = None, sort: str = "size", limit: int = 50,
                offset: int = 0) -> list[dict]:
        """Stories with their size, dates, first title and outlets, filtered and sorted (see
        `lists.list_stories`); [] when none passes."""
        return list_stories(self.db, filters or ListFilters(), sort, limit, offset)

    def story(self, ref: str) -> dict | None:
        """A story's documents, by story id (`s12`) or by the id of one of its documents; None if unknown."""
        story = story_id(self.db, ref)
        return None if story is None else story_report(self.db, story)

    # The workspace's overviews (see `overview`)
    def feed(self, limit: int = 20, offset: int = 0) -> dict:
        """A page of stories, newest first, with their outlets and newest documents."""
        return feed(self.db, limit, offset)

    def story_overview(self, ref: str) -> dict | None:
        """A story with its documents, outlets, main entities and event types; None if unknown."""
        story = story_id(self.db, ref)
        return None if story is None else story_overview(self.db, story)

    def entity_days(self, group: list[int]) -> dict:
        """Mentions per publication day and the titles given over time of an entity group."""
        return entity_days(self.db, group)

    def find_events(self, filters: EventFilters, limit: int = 50, offset: int = 0) -> dict:
        """Events passing `filters`, newest first, with their counts per day and CAMEO root."""
        return find_events(self.db, filters, limit, offset)

    def facets(self, ids: list[str]) -> dict:
        """Counts by entity, outlet, month and event type over the stored documents of `ids`."""
        return facets(self.db, ids)

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


def open_store(url: str | None = None, version: int | None = None, create: bool = True) -> Store:
    """Open the store at `url` (see `store_url`), bringing its schema up to date (or up to
    `version`, for tests of upgrades); `create=False` refuses to make a new SQLite store.
    Raises StoreError when it cannot be opened or migrated."""
    db = connect(store_url(url), create=create)
    try:
        db.migrate(version)
        return Store(db)
    except BaseException:
        db.close()
        raise


def require_store(url: str | None = None) -> None:
    """Raise StoreError unless a store is already there at `url`: the check read-only commands
    make so that a mistyped path never leaves an empty store behind."""
    connect(store_url(url), create=False).close()


__all__ = ["AllOf", "AnyOf", "ListFilters", "Node", "SORTS", "Term", "DEFAULT_DB", "EXPORT_KINDS", "EntityLinks", "EventFilters", "Linker", "Match", "NearDuplicate", "SaveResult",
           "SearchFilters", "Store", "Writer", "open_store", "require_store", "store_url"]
