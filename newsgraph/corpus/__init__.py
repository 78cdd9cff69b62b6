"""The corpus: many analysed Documents, their index terms, near-duplicates, entities and stories.

This package holds the corpus's rules (lemma index and lemmatised queries, MinHash signatures,
the alias table, which corpus entity a name is, the story rule) and the ingest driver;
`newsgraph.store` keeps the documents on disk and answers the questions these rules ask.
`open_corpus(url)` gives a `Corpus`: a store with the rules, and the verbs the CLI and the
HTTP API call.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.corpus import workspace
from newsgraph.corpus.aliases import Aliases, load_aliases
from newsgraph.corpus.entities import entity_report, find_entity
from newsgraph.corpus.linking import Linker
from newsgraph.corpus.search import Hit, search_corpus
from newsgraph.doc import Document
from newsgraph.store import ListFilters, SaveResult, SearchFilters, Store, open_store

if TYPE_CHECKING:
    from newsgraph.corpus.prepare import Prepared
    from newsgraph.resources import Resources


class Corpus:
    """A store together with the corpus rules: saving links documents to what is stored,
    search and entity lookup take words and names as a reader types them. The morphology is
    built on the first query that needs it (`res`, default: the process's shared resources)."""

    def __init__(self, store: Store, aliases: Aliases | None = None, res: Resources | None = None):
        self.store = store
        self.aliases = load_aliases() if aliases is None else aliases
        self.linker = Linker(self.aliases, res)
        self._res = res

    @property
    def resources(self) -> Resources:
        if self._res is None:
            from newsgraph.resources import get_resources

            self._res = get_resources()
        return self._res

    @property
    def url(self) -> str:
        return self.store.url

    def save(self, prepared: Prepared) -> SaveResult:
        """Store a prepared document (see `Store.save`), linked by the corpus rules."""
        return self.store.save(prepared, self.linker)

    def save_many(self, batch: list[Prepared]) -> list[SaveResult]:
        """Store a batch in one transaction (see `Store.save_many`), linked by the corpus rules."""
        return self.store.save_many(batch, self.linker)

    def link_waiting(self, up_to: int | None = None) -> list[SaveResult]:
        """Link the documents that parallel writers stored and left waiting (see `Store.link_waiting`)."""
        return self.store.link_waiting(self.linker, up_to)

    def has(self, doc_id: str | None = None, content_hash: str | None = None) -> bool:
        return self.store.has(doc_id, content_hash)

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 10,
               entity: str | None = None) -> list[Hit]:
        """Documents whose lemmas contain every word of `query` in any of its forms, best first.
        `entity` names an entity whose documents alone are searched. No match gives []."""
        return search_corpus(self.store, query, self.aliases, self.resources, filters, limit, entity)

    def entity(self, name: str, limit: int = 100) -> dict | None:
        """The report on the corpus entity `name` names (see `entities.entity_report`); None if unknown."""
        group = find_entity(self.store, name, self.aliases, self.resources)
        return entity_report(self.store, group, self.aliases, limit) if group else None

    # The workspace (see `workspace`)
    def entity_timeline(self, name: str) -> dict | None:
        """Mentions per day and titles over time of the entity `name` names; None if unknown."""
        return workspace.entity_timeline(self.store, name, self.aliases, self.resources)

    def find_events(self, **query) -> dict:
        """Events by actor, place, CAMEO root and days, with counts per day by QuadClass
        (see `workspace.find_events` for the keywords)."""
        return workspace.find_events(self.store, self.aliases, self.resources, **query)

    def search_facets(self, query: str, filters: SearchFilters | None = None, entity: str | None = None) -> dict:
        """Counts by entity, outlet, month and event type over the best FACET_HITS hits of a search."""
        return workspace.search_facets(self.search(query, filters, workspace.FACET_HITS, entity), self.store)

    def feed(self, limit: int = 20, offset: int = 0) -> dict:
        return self.store.feed(limit, offset)

    def story_overview(self, ref: str) -> dict | None:
        return self.store.story_overview(ref)

    def entities(self, filters: ListFilters | None = None, sort: str = "size", limit: int = 50,
                 offset: int = 0) -> list[dict]:
        """Corpus entities, filtered and sorted (see `Store.entities`); `filters.prefix` is a
        name's start as typed (case and ё aside)."""
        filters = filters or ListFilters()
        if filters.prefix:
            from newsgraph.russian import fold

            filters = replace(filters, prefix=fold(filters.prefix))
        return self.store.entities(filters, sort, limit, offset)

    def stories(self, filters: ListFilters | None = None, sort: str = "size", limit: int = 50,
                offset: int = 0, entity: str | None = None) -> list[dict]:
        """Stories, filtered and sorted (see `Store.stories`); `entity` names an entity one of
        whose documents each story holds."""
        filters = filters or ListFilters()
        if entity is not None:
            filters = replace(filters, entity=find_entity(self.store, entity, self.aliases, self.resources))
        return self.store.stories(filters, sort, limit, offset)

    # What the store answers alone.
    def load(self, doc_id: str) -> Document | None:
        return self.store.load(doc_id)

    def recent_documents(self, limit: int = 20, offset: int = 0) -> dict:
        return self.store.recent_documents(limit, offset)

    def document_cards(self, ids: list[str]) -> dict[str, dict]:
        return self.store.document_cards(ids)

    def story(self, ref: str) -> dict | None:
        return self.store.story(ref)

    def stats(self) -> dict:
        return self.store.stats()

    def export(self, kind: str) -> Iterator[dict]:
        return self.store.export(kind)

    def version(self) -> int:
        return self.store.version()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_corpus(url: str | None = None, aliases: str | None = None, version: int | None = None) -> Corpus:
    """Open the store at `url` (see `newsgraph.store.open_store`) as a Corpus; `aliases` names a
    user alias file to add to the shipped one. Raises StoreError when the store cannot be opened
    or migrated, ConfigError for a bad alias file."""
    table = load_aliases(aliases)
    return Corpus(open_store(url, version), table)


__all__ = ["Corpus", "Hit", "open_corpus"]
