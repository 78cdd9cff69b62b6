"""A Document made ready for the store: analysed, hashed, lemma-indexed and signed.

`prepare(doc)` is the per-document work that an ingest worker does after the pipeline: the
content hash, the lemma index, the MinHash signature with its LSH band keys and the outlet's
name. None of it needs the store, so the process that writes the store only looks things up
and writes. What it returns pickles small: the tagged sentences are dropped once the lemma
index is built.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

from newsgraph.corpus.dedup import band_keys, content_hash, signature
from newsgraph.corpus.lemmas import LemmaIndex, index_lemmas
from newsgraph.doc import Document
from newsgraph.errors import StageError
from newsgraph.resources import Resources


@dataclass(slots=True)
class Prepared:
    """An analysed document with what the store indexes it by: `bands` are the LSH band keys
    of `signature`, `source` the outlet (see `source_name`)."""

    doc: Document
    content_hash: str
    index: LemmaIndex
    signature: bytes
    bands: list[int]
    source: str | None


def source_name(doc: Document) -> str | None:
    """The outlet: the site's name as the page or feed gives it (`source.site`), else the host of
    the document's URL without `www.`; None when neither is known. Never the folder a file was
    in: the folder says where a user keeps files, not who published them."""
    site = doc.source.get("site")
    if isinstance(site, str) and site.strip():
        return " ".join(site.split())
    url = doc.source.get("url")
    if isinstance(url, str) and url:
        try:
            host = urlparse(url).hostname or ""
        except ValueError:  # a malformed URL (an unclosed [ in its host) names no host
            host = ""
        if host:
            return host.removeprefix("www.")
    return None


def prepare(doc: Document, res: Resources | None = None) -> Prepared:
    """Index an analysed `doc` (see module doc); a hand-built doc without tagged sentences is
    lemmatised word by word."""
    index = index_lemmas(doc, res)
    sig = signature(doc.body_text() or doc.text)
    prepared = Prepared(doc, content_hash(doc.text), index, sig, band_keys(sig), source_name(doc))
    doc.sents = []
    return prepared


def analyse_and_prepare(doc: Document, pipeline) -> Prepared | StageError:
    """Run `pipeline` (a `newsgraph.pipeline.Pipeline`) on `doc` and prepare it; a failure comes
    back as a StageError naming the input, so one bad document never stops an ingest."""
    analysed = pipeline.attempt(doc)
    if not isinstance(analysed, StageError):
        try:
            return prepare(analysed, pipeline.resources)
        except Exception as exc:  # any failure of indexing is this document's failure
            analysed = StageError(f"{type(exc).__name__}: {exc}", doc.source.get("path") or doc.id, "index")
    analysed.__cause__ = analysed.__context__ = None  # the traceback does not pickle; the reason does
    return analysed
