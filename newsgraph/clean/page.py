"""The page stage: which blocks of a document are its article, its headline and its dateline.

`separate_page(doc, res, sites, whole)` fills `body` and `chrome`. An HTML reader has already
kept only the article; a text dump is split into article and page chrome (`separate_chrome`),
with the lines its site repeats (`sites`, learnt beforehand from the whole set of inputs)
counted as chrome, unless `whole` says the text is clean.
"""
from __future__ import annotations

from newsgraph.clean import dateline_value, separate_chrome
from newsgraph.read.html import line_spans
from newsgraph.clean.site import EMPTY, SiteTable, source_key
from newsgraph.doc import Document

# Longer first lines are leads, not headlines.
HEADLINE_MAX = 160


def separate_page(doc: Document, res=None, sites: SiteTable = EMPTY, whole: bool = False) -> Document:
    """Fill `body` and `chrome` (and `title`, from a headline-shaped first block, when the
    source gave none). A document whose body is already set is returned as it is."""
    if doc.body:
        return doc
    if whole:
        doc.body = line_spans(doc.text)
        return doc
    doc.body, doc.chrome = separate_chrome(doc.text, sites.known(source_key(doc.source)))
    # The dump's own dateline when the source gave no date (never a related headline's date).
    doc.published = doc.published or dateline_value(doc.text, doc.body, doc.chrome)
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
