"""A Document made ready for the store: analysed, hashed, lemma-indexed and signed.

`prepare(doc)` is the per-document work that an ingest worker does after the pipeline, so the
process that writes the store only writes. What it returns pickles small: the tagged sentences
are dropped once the lemma index is built.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.corpus.dedup import content_hash, signature
from newsgraph.corpus.lemmas import LemmaIndex, index_lemmas
from newsgraph.doc import Document
from newsgraph.errors import StageError
from newsgraph.resources import Resources, get_resources


@dataclass(slots=True)
class Prepared:
    """An analysed document with what the store indexes it by."""

    doc: Document
    content_hash: str
    index: LemmaIndex
    signature: bytes


def prepare(doc: Document, res: Resources | None = None) -> Prepared:
    """Index an analysed `doc` (see module doc); a hand-built doc without tagged sentences is
    lemmatised word by word."""
    index = index_lemmas(doc, res)
    prepared = Prepared(doc, content_hash(doc.text), index, signature(doc.body_text() or doc.text))
    doc.sents = []
    return prepared


def analyse_and_prepare(doc: Document, whole: bool = False) -> Prepared | StageError:
    """Run the pipeline on `doc` and prepare it; a failure comes back as a StageError naming
    the input, so one bad document never stops an ingest."""
    from newsgraph.pipeline import analyse

    res = get_resources()
    try:
        analysed = analyse(doc, res, whole)
        try:
            return prepare(analysed, res)
        except Exception as exc:  # any failure of indexing is this document's failure
            raise StageError(f"{type(exc).__name__}: {exc}", doc.id, "index") from exc
    except StageError as exc:
        exc.where = doc.source.get("path") or doc.id
        exc.__cause__ = exc.__context__ = None  # the traceback does not pickle; the reason does
        return exc
