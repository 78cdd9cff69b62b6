"""Searching the corpus in words as a reader types them: lemmatised, narrowed, with snippets.

A query word is expanded to every dictionary form the morphology allows (`query_terms`), an
entity filter given by name becomes that entity's alias group, and each match comes back with
a snippet of its original text around the matched words.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from newsgraph.corpus.aliases import Aliases
from newsgraph.corpus.entities import find_entity
from newsgraph.corpus.lemmas import make_snippet, query_terms
from newsgraph.resources import Resources
from newsgraph.store import SearchFilters, Store


@dataclass(frozen=True)
class Hit:
    id: str
    title: str | None
    published: str | None
    snippet: str
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


def search_corpus(store: Store, query: str, aliases: Aliases, res: Resources, filters: SearchFilters | None = None,
                  limit: int = 10, entity: str | None = None) -> list[Hit]:
    """Documents whose lemmas contain every word of `query` in any of its forms, best first, with
    snippets. `entity` names an entity whose documents alone are searched. No match gives []."""
    filters = filters or SearchFilters()
    if entity is not None:
        filters = replace(filters, entity=find_entity(store, entity, aliases, res))
    terms = query_terms(query, res)
    return [Hit(m.id, m.title, m.published, make_snippet(m.text, m.lemmas, m.offsets, terms), m.score)
            for m in store.search(terms, filters, limit)]
