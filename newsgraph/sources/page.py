"""A fetched article page to a Document, through the HTML reader.

The charset is the one the response's Content-Type names, else the page's own `<meta>`
declaration, else what `decode_bytes` detects (cp1251 and koi8-r pages come out right either
way). The page keeps its final URL; the listing's title and date fill in what the page lacks.
"""
from __future__ import annotations

import codecs
import re

from newsgraph.doc import Document
from newsgraph.errors import InputError
from newsgraph.read import admit
from newsgraph.read.decode import decode_bytes
from newsgraph.read.html import read_html
from newsgraph.sources.listing import Link

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def page_text(content: bytes, content_type: str | None, where: str) -> str:
    """The page's bytes as text (see module doc). Raises InputError for empty or binary bodies."""
    declared = _HEADER_CHARSET.search(content_type or "")
    name = declared.group(1) if declared else None
    if name is None and (meta := _META_CHARSET.search(content[:4096])):
        name = meta.group(1).decode("ascii")
    encoding = _codec(name)
    if encoding and not content.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = content.decode(encoding)
            if text.strip():
                return text
        except UnicodeDecodeError:
            pass  # the declaration is wrong: detect instead
    return decode_bytes(content, where)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def page_document(content: bytes, content_type: str | None, final_url: str, link: Link) -> Document:
    """The article of a fetched page as a Document with `source.url` the page's final URL; the
    listing's title and publication date where the page gives none. Raises InputError when the
    page holds no article text or is too long for one document."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind and not any(word in kind for word in ("html", "xml", "text/")):
        raise InputError(f"not an HTML page ({kind})", final_url)
    html = page_text(content, content_type, final_url)
    doc = read_html(html, final_url, url=final_url)
    doc.source = {"url": final_url, "format": "html"}
    if not doc.title and link.title:
        doc.title = link.title
    if not doc.published and link.published:
        doc.published = link.published
    return admit(doc, final_url)


__all__ = ["page_document", "page_text"]
