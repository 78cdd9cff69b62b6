"""Watched sources on disk: the feeds and sitemaps `newsgraph watch` polls, and the state of
every URL fetched through them (migration 7).

`WatchBook(db)` offers the verbs the poller (`newsgraph.sources`) asks: add, list and remove
sources, which are due, and for each source and page URL what the last request learnt (its
ETag and Last-Modified, the hash of the text taken from it, the document stored). Each write
is its own short transaction, so a poll killed half-way leaves what it recorded whole.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from newsgraph.store.db import Database, now

_SOURCE_COLUMNS = ("id", "url", "name", "kind", "every_minutes", "added_at", "etag", "last_modified",
                   "polled_at", "status", "error", "polls", "pages_stored", "pages_failed")
_PAGE_COLUMNS = ("url", "kind", "final_url", "listed", "etag", "last_modified", "hash", "doc_id",
                 "fetched_at", "status", "error", "attempts")


@dataclass
class WatchedSource:
    """One polled URL: its kind once known, its conditional-request state and the last poll's outcome."""

    id: int
    url: str
    name: str | None
    kind: str | None
    every_minutes: int
    added_at: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: str | None = None
    status: str | None = None
    error: str | None = None
    polls: int = 0
    pages_stored: int = 0
    pages_failed: int = 0

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class PageState:
    """What the last request for a page (or child sitemap) URL learnt."""

    url: str
    kind: str
    final_url: str | None = None
    listed: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    hash: str | None = None
    doc_id: str | None = None
    fetched_at: str | None = None
    status: str | None = None
    error: str | None = None
    attempts: int = 0


class WatchBook:
    """The watch tables of one store."""

    def __init__(self, db: Database):
        self.db = db

    # Sources
    def add_source(self, url: str, name: str | None, every_minutes: int) -> tuple[WatchedSource, bool]:
        """Add a source to poll; (the source, True) when new, (the stored one, False) when its
        URL is already watched (its name and interval then take the values given)."""
        with self.db.transaction():
            row = self.db.one("SELECT id FROM watch_sources WHERE url = ?", (url,))
            if row:
                self.db.run("UPDATE watch_sources SET name = COALESCE(?, name), every_minutes = ? WHERE id = ?",
                            (name, every_minutes, row[0]))
                created = False
            else:
                self.db.run("INSERT INTO watch_sources (url, name, every_minutes, added_at) VALUES (?, ?, ?, ?)",
                            (url, name, every_minutes, now()))
                created = True
        return self.source(url), created

    def sources(self) -> list[WatchedSource]:
        """Every watched source, in the order added."""
        rows = self.db.all(f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM watch_sources ORDER BY id")
        return [WatchedSource(*row) for row in rows]

    def source(self, ref: str) -> WatchedSource | None:
        """The source with this URL, or this id (digits); None when there is none."""
        sql = f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM watch_sources WHERE "
        row = self.db.one(sql + "url = ?", (ref,))
        if row is None and ref.isdigit():
            row = self.db.one(sql + "id = ?", (int(ref),))
        return WatchedSource(*row) if row else None

    def remove_source(self, source_id: int) -> None:
        """Stop watching a source; the documents stored through it stay, and so does the state of
        its pages (another source may link them)."""
        with self.db.transaction():
            self.db.run("DELETE FROM watch_links WHERE source = ?", (source_id,))
            self.db.run("DELETE FROM watch_sources WHERE id = ?", (source_id,))

    def record_poll(self, source_id: int, status: str, error: str | None = None, kind: str | None = None,
                    etag: str | None = None, last_modified: str | None = None) -> None:
        """The outcome of polling a source: `status` 'ok', 'unchanged' or 'failed' (with `error`).
        A new ETag or Last-Modified replaces the stored one; a missing one keeps it."""
        with self.db.transaction():
            self.db.run(
                "UPDATE watch_sources SET polled_at = ?, status = ?, error = ?, polls = polls + 1, "
                "kind = COALESCE(?, kind), etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) "
                "WHERE id = ?", (now(), status, error, kind, etag, last_modified, source_id))

    def count_pages(self, source_id: int, stored: int, failed: int) -> None:
        """Add a poll's stored and failed pages to the source's counts."""
        if stored or failed:
            with self.db.transaction():
                self.db.run("UPDATE watch_sources SET pages_stored = pages_stored + ?, "
                            "pages_failed = pages_failed + ? WHERE id = ?", (stored, failed, source_id))

    def link_counts(self) -> dict[int, int]:
        """The number of distinct URLs each source has listed, by source id."""
        return {row[0]: row[1] for row in self.db.all("SELECT source, COUNT(*) FROM watch_links GROUP BY source")}

    # Pages
    def note_links(self, source_id: int, links: list[tuple[str, str | None, str | None, str | None]]) -> None:
        """Remember that a source lists these (url, title, published, stamp): new URLs are
        added, known ones take the listing's latest title, date and stamp."""
        if links:
            stamp = now()
            with self.db.transaction():
                self.db.many("INSERT INTO watch_links (source, url, first_seen, title, published, stamp) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, url) DO UPDATE SET "
                             "title = excluded.title, published = excluded.published, stamp = excluded.stamp",
                             [(source_id, url, stamp, title, published, listed)
                              for url, title, published, listed in links])

    def pending_links(self, source_id: int, max_attempts: int, limit: int) -> list[tuple]:
        """Up to `limit` (url, title, published, stamp) a source lists that are still to fetch:
        never fetched, or failed fewer than `max_attempts` polls in a row; newest stamp first."""
        return self.db.all(
            "SELECT l.url, l.title, l.published, l.stamp FROM watch_links l "
            "LEFT JOIN watch_pages p ON p.url = l.url WHERE l.source = ? "
            "AND (p.url IS NULL OR (p.status = 'failed' AND p.attempts < ?)) "
            "ORDER BY COALESCE(l.stamp, '') DESC, l.first_seen, l.url LIMIT ?", (source_id, max_attempts, limit))

    def pages(self, urls: list[str]) -> dict[str, PageState]:
        """The recorded state of each of `urls` that has one."""
        out: dict[str, PageState] = {}
        step = 500  # well under every backend's limit on parameters
        for i in range(0, len(urls), step):
            chunk = urls[i:i + step]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.all(f"SELECT {', '.join(_PAGE_COLUMNS)} FROM watch_pages WHERE url IN ({marks})",
                                   chunk):
                out[row[0]] = PageState(*row)
        return out

    def record_page(self, state: PageState) -> None:
        """Write the state of a page URL after a request (insert or replace)."""
        values = [getattr(state, c) for c in _PAGE_COLUMNS]
        updates = ", ".join(f"{c} = excluded.{c}" for c in _PAGE_COLUMNS[1:])
        with self.db.transaction():
            self.db.run(f"INSERT INTO watch_pages ({', '.join(_PAGE_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(values))}) ON CONFLICT (url) DO UPDATE SET {updates}",
                        values)


__all__ = ["PageState", "WatchBook", "WatchedSource"]
