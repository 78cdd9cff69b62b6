"""Searching the corpus in words as a reader types them: lemmatised, narrowed, with snippets.

The query is read by the search language (`corpus.query`: phrases, OR, exclusion, prefix*),
each word expanded to every dictionary form the morphology allows, an entity filter given by
name becomes that entity's alias group, and each match comes back with a snippet of its
original text around the matched words.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from newsgraph.corpus.aliases import Aliases
from newsgraph.corpus.entities import find_entity
from newsgraph.corpus.lemmas import make_snippet
from newsgraph.corpus.query import lemmatise, marked_terms, parse_query
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
    """Documents that `query` (in the search language, each word in any of its forms) matches,
    best first, with snippets. `entity` names an entity whose documents alone are searched.
    No match, or a query without words, gives []; a query that cannot be read raises QueryError."""
    tree = parse_query(query)
    if tree is None:
        return []
    filters = filters or SearchFilters()
    if entity is not None:
        filters = replace(filters, entity=find_entity(store, entity, aliases, res))
    tree = lemmatise(tree, res)
    marked = marked_terms(tree)
    return [Hit(m.id, m.title, m.published, make_snippet(m.text, m.lemmas, m.offsets, marked), m.score)
            for m in store.search(tree, filters, limit)]
