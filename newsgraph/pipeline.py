"""The analysis as one object: an ordered list of stages, the resources they share, the site table.

`Pipeline(resources, sites, whole)` runs every stage on one Document (`pipeline(doc)`), or the
stages up to a named one (`pipeline(doc, until="entities")`), or only some of them (`stages=`);
`pipeline.stream(items)` does the same over an iterable and yields the Document, or a
`StageError` naming the input, per item, so one bad document never stops a batch. Whoever runs
the analysis (the CLI, an ingest worker, a Ray actor, the API) builds its own Pipeline; the
models inside `Resources` are built once per process and shared.

`read_and_learn(items)` is the first pass that makes the output depend on the set of inputs
alone: it spools the items while learning the lines each site repeats, and returns the frozen
`SiteTable` to build the Pipeline with.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from newsgraph.clean.page import separate_page
from newsgraph.clean.site import EMPTY, SiteCounter, SiteTable
from newsgraph.doc import Document
from newsgraph.entities import extract_entities
from newsgraph.errors import InputError, StageError
from newsgraph.events import extract_events
from newsgraph.facts import extract_facts
from newsgraph.quotes import extract_quotes
from newsgraph.read.spool import Spool
from newsgraph.resources import Resources, get_resources
from newsgraph.segment import segment_body

log = logging.getLogger(__name__)

Stage = Callable[[Document, Resources], Document]
Item = Document | InputError

# The analysis stages after the page stage ("clean"), in order: each reads what the ones
# before it filled.
STAGES: list[tuple[str, Stage]] = [
    ("segment", segment_body),
    ("entities", extract_entities),
    ("quotes", extract_quotes),
    ("facts", extract_facts),
    ("events", extract_events),
]
PAGE_STAGE = "clean"
STAGE_NAMES: tuple[str, ...] = (PAGE_STAGE, *(name for name, _ in STAGES))


class Pipeline:
    """The ordered stages with the resources and the site table this runner owns.

    `whole` treats every text as clean article text (no chrome separation); `sites` is the
    table of lines each site repeats (empty: nothing known); `stages` names the stages to run
    (default: all, in order). Raises ValueError for an unknown stage name.
    """

    def __init__(self, resources: Resources | None = None, sites: SiteTable = EMPTY, whole: bool = False,
                 stages: Iterable[str] | None = None) -> None:
        self.resources = resources or get_resources()
        self.sites = sites
        self.whole = whole
        chosen = set(STAGE_NAMES if stages is None else stages)
        _check_names(chosen)
        page = partial(separate_page, sites=sites, whole=whole)
        self.stages: list[tuple[str, Stage]] = [
            (name, stage) for name, stage in [(PAGE_STAGE, page), *STAGES] if name in chosen]

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, doc: Document, until: str | None = None) -> Document:
        """Run the stages on `doc`, through `until` when given. Raises StageError naming the
        stage that failed."""
        if until is not None:
            _check_names({until})
        for name, stage in self.stages:
            try:
                doc = stage(doc, self.resources)
            except Exception as exc:
                raise StageError(f"{type(exc).__name__}: {exc}", doc.id, name) from exc
            if name == until:
                break
        return doc

    def attempt(self, doc: Document, until: str | None = None) -> Document | StageError:
        """The analysed `doc`, or the StageError of the stage that failed, its `where` the
        document's file, else its id (the name every command reports it by)."""
        try:
            return self(doc, until)
        except StageError as exc:
            log.debug("stage failure", exc_info=exc)
            exc.where = doc.source.get("path") or doc.id
            return exc

    def stream(self, items: Iterable[Item], until: str | None = None) -> Iterator[Item | StageError]:
        """Analyse each Document (see `attempt`); pass InputErrors through."""
        for item in items:
            yield item if isinstance(item, InputError) else self.attempt(item, until)

    def warm_up(self) -> None:
        """Build the models and the stages' lazily built tables now, not in the first document."""
        self(Document("warm-up", "Президент Казахстана заявил в Астане: «Работа продолжится»."))


def read_and_learn(items: Iterable[Item]) -> tuple[SiteTable, Spool]:
    """The first pass: every item spooled to disk while the site table is learnt from the
    documents. Returns the frozen table and the spool to analyse (close it when done)."""
    counter = SiteCounter()
    spool = Spool(items, on_item=lambda item: None if isinstance(item, InputError) else counter.add(item))
    return counter.freeze(), spool


def _check_names(names: set[str]) -> None:
    unknown = names - set(STAGE_NAMES)
    if unknown:
        raise ValueError(f"unknown stage {', '.join(sorted(unknown))} (stages: {', '.join(STAGE_NAMES)})")
