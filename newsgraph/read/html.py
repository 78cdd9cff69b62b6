"""HTML pages to Documents: trafilatura keeps the article, the page's metadata gives title and date."""
from __future__ import annotations

import re
from urllib.parse import urlparse

from newsgraph.doc import Document, content_id
from newsgraph.errors import InputError

# libxml2 stops building the tree some 256 elements deep, and the text below is lost; tags
# deeper than this are dropped (their text kept) before the page is parsed.
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "p", "li", "option"}

# htmldate's extensive search reads dates anywhere on the page, related headlines included;
# a publication date must come from the page's own metadata or its article markup.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(html: str, where: str, url: str | None = None, doc_id: str | None = None) -> Document:
    """Extract the article of one HTML page. Raises InputError when no article text is found."""
    import trafilatura

    html = flatten_deep_markup(html)
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
    # The outlet as the page names itself (og:site_name and the like); a page read without a URL
    # still names its host in its canonical link. A "name" that is only the given URL's host adds
    # nothing the URL does not say.
    site = site_name(found.sitename) or (None if url else site_name(found.hostname))
    if site and url and site == site_name(_host(url)):
        site = None
    if site:
        doc.source = {"site": site}
    return doc


MAX_SITE = 100


def _host(url: str) -> str:
    try:
        return urlparse(url).hostname or ""
    except ValueError:  # an unclosed [ in the host
        return ""


def site_name(value: object) -> str | None:
    """An outlet's name as a page or feed gives it, whitespace collapsed, a host without `www.`;
    None when there is none (or it is too long to be a name).

    >>> site_name("  Kabar   News "), site_name("www.kabar.kg"), site_name("")
    ('Kabar News', 'kabar.kg', None)
    """
    if not isinstance(value, str):
        return None
    name = " ".join(value.split()).removeprefix("www.")
    return name if 0 < len(name) <= MAX_SITE else None


def flatten_deep_markup(html: str, limit: int = MAX_DEPTH) -> str:
    """`html` with the tags nested deeper than `limit` removed and their text kept; `html`
    itself when it is not that deep. (`p` and `li` often go unclosed, so they are not counted.)"""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(2).lower() in _VOID or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest <= limit:
        return html
    depth = 0

    def keep(m: re.Match) -> str:
        nonlocal depth
        if m.group(2).lower() in _VOID or m.group(3):
            return m.group()
        if m.group(1):
            depth = max(0, depth - 1)
            return m.group() if depth < limit else " "
        depth += 1
        return m.group() if depth <= limit else " "

    return _TAG.sub(keep, html)


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
