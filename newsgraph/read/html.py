"""HTML pages to Documents: trafilatura keeps the article, the page's metadata gives title and date."""
from __future__ import annotations

from newsgraph.doc import Document, content_id
from newsgraph.errors import InputError

# htmldate's extensive search reads dates anywhere on the page, related headlines included;
# a publication date must come from the page's own metadata or its article markup.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(html: str, where: str, url: str | None = None, doc_id: str | None = None) -> Document:
    """Extract the article of one HTML page. Raises InputError when no article text is found."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # lxml raises many types on malformed markup
        raise InputError(f"malformed HTML ({type(exc).__name__}: {exc})", where) from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise InputError("no article text found in the HTML", where)
    doc = Document(id=doc_id or content_id(text), text=text, title=found.title or None,
                   published=_iso_date(found.date))
    doc.body = line_spans(text)
    return doc


def line_spans(text: str) -> list[list[int]]:
    """[start, end] of every non-blank line, trimmed."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            spans.append([start, start + len(stripped)])
        pos += len(line) + 1
    return spans


def _iso_date(value: str | None) -> str | None:
    from newsgraph.read.hygiene import published_date

    return published_date(value)
