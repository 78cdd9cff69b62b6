"""The ordered stages: one document or a stream of them.

`analyse(doc, res)` runs every stage on one Document and returns it; `analyse_stream`
does the same over an iterable and yields the Document or a `StageError` per item, so one
bad document never stops a batch. Models are built once per process (`get_resources`).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from newsgraph.clean.site import SiteMemory
from newsgraph.doc import Document
from newsgraph.errors import InputError, StageError
from newsgraph.resources import Resources, get_resources

log = logging.getLogger(__name__)

Stage = Callable[[Document, Resources], Document]

# Lines each site repeats, learnt from the pages this process has separated so far.
SITES = SiteMemory()


def separate_page(doc: Document, res: Resources, whole: bool = False) -> Document:
    """Fill `body` and `chrome`: HTML readers have already kept only the article; a text dump
    is split into article and page chrome unless `whole` says it is clean."""
    from newsgraph.read.html import line_spans

    if doc.body:
        return doc
    if whole:
        doc.body = line_spans(doc.text)
        return doc
    from newsgraph.clean import dateline_value, separate_chrome
    from newsgraph.clean.site import source_key

    key = source_key(doc.source)
    doc.body, doc.chrome = separate_chrome(doc.text, SITES.known(key))
    doc.published = doc.published or dateline_value(doc.text, doc.body, doc.chrome)
    SITES.remember(key, doc.text)
    if doc.title is None:
        doc.title = headline_of(doc)
    return doc


def headline_of(doc: Document) -> str | None:
    """The article's first block when it is shaped like a headline: short, with no closing
    sentence punctuation, and followed by more of the article. None otherwise."""
    if len(doc.body) < 2:
        return None
    start, end = doc.body[0]
    line = doc.text[start:end].strip()
    if 10 <= len(line) <= HEADLINE_MAX and line[-1] not in ".:;,…" and not line.startswith(("—", "-", "«")):
        return line
    return None


# Longer first lines are leads, not headlines.
HEADLINE_MAX = 160


def stages() -> list[tuple[str, Stage]]:
    """The analysis stages after page separation, in order."""
    from newsgraph.entities import extract_entities
    from newsgraph.segment import segment_body

    out: list[tuple[str, Stage]] = [("segment", segment_body), ("entities", extract_entities)]
    for name, module, func in OPTIONAL_STAGES:
        out.append((name, getattr(__import__(module, fromlist=[func]), func)))
    return out


# Later stages: (name, module, function).
OPTIONAL_STAGES: list[tuple[str, str, str]] = [
    ("quotes", "newsgraph.quotes", "extract_quotes"),
    ("facts", "newsgraph.facts", "extract_facts"),
    ("events", "newsgraph.events", "extract_events"),
]


def analyse(doc: Document, res: Resources | None = None, whole: bool = False) -> Document:
    """Run every stage on `doc`. Raises StageError naming the stage that failed."""
    res = res or get_resources()
    try:
        separate_page(doc, res, whole)
    except Exception as exc:
        raise StageError(f"{type(exc).__name__}: {exc}", doc.id, "clean") from exc
    for name, stage in _stage_list():
        try:
            doc = stage(doc, res)
        except Exception as exc:
            raise StageError(f"{type(exc).__name__}: {exc}", doc.id, name) from exc
    return doc


def analyse_stream(items: Iterable[Document | InputError], res: Resources | None = None,
                   whole: bool = False) -> Iterator[Document | InputError | StageError]:
    """Analyse each Document; pass InputErrors through; turn a stage failure into a StageError."""
    res = res or get_resources()
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield analyse(item, res, whole)
        except StageError as exc:
            log.debug("stage failure", exc_info=exc)
            exc.where = item.source.get("path") or item.id
            yield exc


_STAGES: list[tuple[str, Stage]] | None = None


def _stage_list() -> list[tuple[str, Stage]]:
    global _STAGES
    if _STAGES is None:
        _STAGES = stages()
    return _STAGES
