"""The corpus rules a save follows: what a new document is linked to in the store.

`Linker` is what `Store.save_many` asks, inside its write transaction, for each new document:
the stored text it repeats (`dedup.near_duplicate`), the corpus entity each of its entities is
(`entities.link_entities`, with the alias table) and the story it joins (`stories.story_for`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.corpus.aliases import Aliases
from newsgraph.corpus.dedup import near_duplicate
from newsgraph.corpus.entities import NameForms, link_entities
from newsgraph.corpus.stories import story_for
from newsgraph.doc import Document
from newsgraph.store import EntityLinks, NearDuplicate, Writer

if TYPE_CHECKING:
    from newsgraph.corpus.prepare import Prepared
    from newsgraph.resources import Resources


class Linker:
    """The linking rules with the alias table they use, and the morphology that gives names
    their dictionary forms (`res`, default: the process's shared resources, built on first use)."""

    def __init__(self, aliases: Aliases, res: Resources | None = None):
        self.aliases = aliases
        self._res = res
        self._forms: NameForms | None = None

    @property
    def forms(self) -> NameForms:
        if self._forms is None:
            if self._res is None:
                from newsgraph.resources import get_resources

                self._res = get_resources()
            self._forms = NameForms(self._res.parse)
        return self._forms

    def near_duplicate(self, tx: Writer, p: Prepared) -> NearDuplicate | None:
        return near_duplicate(tx, p.bands, p.signature)

    def entities(self, tx: Writer, doc: Document) -> EntityLinks:
        return link_entities(tx, doc, self.aliases, self.forms)

    def story(self, tx: Writer, key: int, doc: Document, links: EntityLinks,
              near: NearDuplicate | None) -> int | None:
        return story_for(tx, key, doc, links, near)
