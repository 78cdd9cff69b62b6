"""RSS and Atom feed files: each item is one document.

An item gives its title, its link as the URL, its publication date, and its full content
(else its summary) as the text; markup in that content is reduced to plain paragraphs.
Registered for `.rss`, `.atom`, and `.xml` files whose root is a feed.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterator

from newsgraph.doc import Document, content_id
from newsgraph.errors import InputError
from newsgraph.read.item import Item
from newsgraph.read.html import line_spans, site_name

FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def read_feed(data: bytes, where: str) -> Iterator[Item]:
    """One Document per feed item that has text; an InputError for an item without any, or
    for a file that is not a feed."""
    import feedparser

    if not FEED_ROOT.search(data[:4096]):
        yield InputError("XML file is not an RSS or Atom feed", where)
        return
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield InputError(f"malformed feed ({feed.get('bozo_exception', 'unreadable')})", where)
        return
    site = site_name(feed.feed.get("title"))  # the feed's title names the outlet of its items
    for number, entry in enumerate(feed.entries, 1):
        here = f"{where}:{number}"
        text = item_text(entry)
        if not text:
            yield InputError("feed item has no content or summary", here)
            continue
        link = entry.get("link") or None
        doc = Document(id=str(entry.get("id") or link or content_id(text)), text=text)
        doc.body = line_spans(text)
        doc.source = {"path": where, "format": "rss", **({"url": link} if link else {}), **({"site": site} if site else {})}
        doc.title = (entry.get("title") or "").strip() or None
        doc.published = _published(entry)
        yield doc


def item_text(entry) -> str:
    """The item's content (its first full-content part, else its summary) as plain text."""
    parts = entry.get("content") or []
    value, kind = "", "text/plain"
    if parts and (parts[0].get("value") or "").strip():
        value, kind = parts[0]["value"], parts[0].get("type", "text/html")
    elif (entry.get("summary") or "").strip():
        detail = entry.get("summary_detail") or {}
        value, kind = entry["summary"], detail.get("type", "text/html")
    if "html" in kind or "<" in value:
        value = html_to_text(value)
    lines = [" ".join(line.split()) for line in value.splitlines()]
    return "\n".join(line for line in lines if line)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per paragraph-like block."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on broken markup; fall back to stripping tags
        return re.sub(r"<[^>]+>", " ", fragment)
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return root.text_content()


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None

