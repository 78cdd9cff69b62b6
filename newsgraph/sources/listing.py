"""What a watched URL lists: the article links of an RSS/Atom feed, an XML sitemap, or the
child sitemaps of a sitemap index.

`read_listing(data, where)` tells the kind by the document's root element and returns a
`Listing`. XML is parsed without resolving entities, without a DTD and without the network;
a document that declares entities is refused outright (no feed or sitemap needs one, and
expanding them is how XML bombs work).
"""
from __future__ import annotations

import re
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from newsgraph.errors import InputError
from newsgraph.read.hygiene import published_date

FEED_ROOTS = {"rss", "feed", "rdf"}
# A gzipped sitemap is read up to this many bytes once inflated (the sitemap protocol's own cap is 50 MB).
MAX_INFLATED_BYTES = 50 * 1024 * 1024
_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")
_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)", re.S | re.I)


@dataclass(frozen=True)
class Link:
    """One URL a listing names: `title` and `published` (an ISO date) when the listing gives
    them, `stamp` the listing's own date for it (updated, lastmod) to notice that it changed."""

    url: str
    title: str | None = None
    published: str | None = None
    stamp: str | None = None


@dataclass
class Listing:
    """`kind` is 'feed' or 'sitemap'; `links` the pages; `sitemaps` the children of a sitemap
    index (empty otherwise); `title` the feed's title."""

    kind: str
    links: list[Link] = field(default_factory=list)
    sitemaps: list[Link] = field(default_factory=list)
    title: str | None = None


def read_listing(data: bytes, where: str) -> Listing:
    """The links of a feed, a sitemap or a sitemap index (gzipped or not), newest first where
    the listing dates them. Raises InputError for anything else, for a document that declares
    entities, and for one that cannot be parsed."""
    if data[:2] == b"\x1f\x8b":
        data = _inflate(data, where)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    prolog_end = 0
    while m := _PROLOG_ITEM.match(head, prolog_end):
        if re.search(rb"<!ENTITY", m.group(0), re.I):
            raise InputError("the XML declares entities; refused (a feed or sitemap needs none)", where)
        prolog_end = m.end()
    root = _ROOT.match(head, prolog_end) if head[prolog_end:prolog_end + 1] == b"<" else None
    name = root.group(2).decode("ascii").lower() if root else ""
    if name in FEED_ROOTS:
        return _read_feed(data, where)
    if name in ("urlset", "sitemapindex"):
        return _read_sitemap(head, where, base=where)
    raise InputError("neither an RSS/Atom feed nor an XML sitemap", where)


def _inflate(data: bytes, where: str) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_INFLATED_BYTES)
    except zlib.error as exc:
        raise InputError(f"broken gzip ({exc})", where) from None
    if inflater.unconsumed_tail:
        raise InputError(f"sitemap larger than {MAX_INFLATED_BYTES:,} bytes once inflated", where)
    return out


def _read_feed(data: bytes, where: str) -> Listing:
    import feedparser

    feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if feed.bozo and not feed.entries and not feed.feed:
        raise InputError(f"malformed feed ({feed.get('bozo_exception', 'unreadable')})", where)
    links = []
    for entry in feed.entries:
        url = _absolute(entry.get("link"), where)
        if url is None:
            continue
        dated = _own(entry, "published") or _own(entry, "updated")
        links.append(Link(url, (entry.get("title") or "").strip() or None, published_date(dated), _stamp(entry)))
    title = (feed.feed.get("title") or "").strip() or None
    return Listing("feed", links, title=title)


def _stamp(entry) -> str | None:
    """The entry's updated (else published) time as ISO UTC, which sorts as text; the text as
    given when feedparser could not read it."""
    parsed = _own(entry, "updated_parsed") or _own(entry, "published_parsed")
    if parsed:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    return _own(entry, "updated") or _own(entry, "published")


def _own(entry, key: str):
    """The entry's own value for `key` (feedparser would answer a missing `updated` with
    `published`, and warn)."""
    return dict.get(entry, key) or None


def _read_sitemap(data: bytes, where: str, base: str) -> Listing:
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                                  recover=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(f"malformed sitemap ({exc})", where) from None
    if root is None:
        raise InputError("malformed sitemap (no root element)", where)
    listing = Listing("sitemap")
    for item in root:
        if not isinstance(item.tag, str):
            continue
        kind = _local(item.tag)
        if kind not in ("url", "sitemap"):
            continue
        values = {}
        for child in item.iter():
            if isinstance(child.tag, str) and child is not item:
                values.setdefault(_local(child.tag), (child.text or "").strip())
        url = _absolute(values.get("loc"), base)
        if url is None:
            continue
        stamp = values.get("lastmod") or values.get("publication_date") or None
        link = Link(url, values.get("title") or None, published_date(values.get("publication_date")), stamp)
        (listing.links if kind == "url" else listing.sitemaps).append(link)
    # Newest first, so that a cap on pages per poll takes the latest news; undated keep their order after.
    listing.links.sort(key=lambda link: link.stamp or "", reverse=True)
    listing.sitemaps.sort(key=lambda link: link.stamp or "", reverse=True)
    return listing


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _absolute(url: str | None, base: str) -> str | None:
    """`url` made absolute against the listing's URL; None unless it is http(s)."""
    if not url or not url.strip():
        return None
    url = urljoin(base, url.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None


__all__ = ["Link", "Listing", "read_listing"]
