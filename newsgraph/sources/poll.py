"""The poller behind `newsgraph watch`: one cycle polls the due sources, fetches the pages they
list that are new or changed, analyses them and stores them.

Fetching runs on a few threads through one polite `Fetcher` (one request at a time per host);
everything that touches the store, and the analysis, runs on the calling thread, one page at a
time as its fetch completes. Each page is stored (one transaction) before its state is
recorded, and the links a listing names are recorded before their pages are fetched, so a
cycle killed half-way has stored every page it stored once, and the next cycle fetches what is
left, whether or not the feed has changed in between. A page that fails never stops the cycle:
its reason is counted and kept in the store.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from newsgraph.corpus.dedup import content_hash
from newsgraph.corpus.prepare import analyse_and_prepare
from newsgraph.errors import FetchError, InputError, NewsgraphError
from newsgraph.sources import hooks
from newsgraph.sources.fetch import Fetcher, FetchSettings, Response
from newsgraph.sources.listing import Link, Listing, read_listing
from newsgraph.sources.page import page_document
from newsgraph.store.watch import PageState, WatchedSource

log = logging.getLogger(__name__)

# Pages fetched per source and cycle at most; the rest wait for the next cycle (a sitemap can
# list fifty thousand pages, and its first poll should not take the site's afternoon).
MAX_PAGES = 100
# Child sitemaps of a sitemap index read per cycle, newest first.
MAX_CHILD_SITEMAPS = 20
# A page whose fetch failed (server error, timeout) is tried again in this many cycles in all.
MAX_PAGE_ATTEMPTS = 3
# Hosts fetched from at the same time (each host still gets one request at a time).
HOSTS_AT_ONCE = 4


@dataclass
class CycleSummary:
    """What one cycle did: sources polled (of them unchanged and failed), pages stored as new
    documents, pages unchanged (304, the same text, or a text already stored), pages failed,
    each failure's reason, and the ids of the documents stored."""

    sources: int = 0
    sources_unchanged: int = 0
    sources_failed: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    reasons: list[str] = field(default_factory=list)
    new_doc_ids: list[str] = field(default_factory=list)
    interrupted: bool = False

    def line(self) -> str:
        """The one-line summary printed after a cycle."""
        head = f"polled {self.sources} source{'' if self.sources == 1 else 's'}"
        notes = [f"{n} {what}" for n, what in ((self.sources_unchanged, "unchanged"),
                                               (self.sources_failed, "failed")) if n]
        if notes:
            head += f" ({', '.join(notes)})"
        tail = " (interrupted)" if self.interrupted else ""
        pages = "page" if self.new == 1 else "pages"
        return f"{head}: {self.new} new {pages}, {self.unchanged} unchanged, {self.failed} failed{tail}"


@dataclass
class _Job:
    kind: str  # 'source', 'sitemap' or 'page'
    source: WatchedSource
    link: Link | None = None
    state: PageState | None = None


class Poller:
    """Polls the watched sources of `corpus` (a `newsgraph.corpus.Corpus`). `pipeline` runs the
    analysis (default: a `Pipeline` built on the first page); `fetcher` does the HTTP (default:
    one under `settings`). `on_progress(summary)` hears after each page, `on_failure(reason)`
    after each failure. `stop` (an Event) ends a cycle early and the watch loop."""

    def __init__(self, corpus, settings: FetchSettings | None = None, pipeline=None, fetcher: Fetcher | None = None,
                 max_pages: int = MAX_PAGES, hosts: int = HOSTS_AT_ONCE,
                 on_progress: Callable[[CycleSummary], None] | None = None,
                 on_failure: Callable[[str], None] | None = None):
        self.corpus = corpus
        self.book = corpus.store.watch
        self.fetcher = fetcher or Fetcher(settings)
        self.stop: threading.Event = self.fetcher.stop
        self.max_pages = max_pages
        self.hosts = hosts
        self.on_progress = on_progress or (lambda summary: None)
        self.on_failure = on_failure or (lambda reason: None)
        self._pipeline = pipeline

    @property
    def pipeline(self):
        if self._pipeline is None:
            from newsgraph.pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    def close(self) -> None:
        self.fetcher.close()

    # Which sources
    def due(self, now: dt.datetime | None = None) -> list[WatchedSource]:
        """The sources never polled or last polled at least their interval ago."""
        now = now or dt.datetime.now(dt.timezone.utc)
        return [s for s in self.book.sources() if s.polled_at is None
                or dt.datetime.fromisoformat(s.polled_at) + dt.timedelta(minutes=s.every_minutes) <= now]

    def seconds_to_next(self, now: dt.datetime | None = None) -> float | None:
        """Seconds until the next source is due (0 when one is); None when none is watched."""
        now = now or dt.datetime.now(dt.timezone.utc)
        times = [0.0 if s.polled_at is None else
                 (dt.datetime.fromisoformat(s.polled_at) + dt.timedelta(minutes=s.every_minutes) - now).total_seconds()
                 for s in self.book.sources()]
        return max(0.0, min(times)) if times else None

    def watch(self, once: bool = False, every_source: bool = False,
              on_cycle: Callable[[CycleSummary], None] | None = None, idle_seconds: float = 60.0) -> int:
        """Poll due sources (all of them with `every_source`) cycle after cycle until `stop` is
        set, sleeping until the next is due (at most `idle_seconds` between looks, so sources
        added meanwhile are seen); one cycle only with `once`. Returns the cycles run."""
        cycles = 0
        while not self.stop.is_set():
            sources = self.book.sources() if every_source and once else self.due()
            if sources:
                summary = self.poll(sources)
                cycles += 1
                if on_cycle:
                    on_cycle(summary)
            if once:
                break
            pause = self.seconds_to_next()
            self.stop.wait(min(idle_seconds, pause if pause is not None else idle_seconds) + 0.5)
        return cycles

    # One cycle
    def poll(self, sources: list[WatchedSource]) -> CycleSummary:
        """Poll `sources` once, fetch and store their new and changed pages, then call
        `hooks.after_cycle` with the ids of the documents stored. Returns the summary."""
        summary = CycleSummary()
        cycle = _Cycle(self, summary)
        with ThreadPoolExecutor(max_workers=max(1, self.hosts), thread_name_prefix="fetch") as pool:
            cycle.pool = pool
            for source in sources:
                cycle.submit(_Job("source", source))
            try:
                cycle.drain()
            finally:
                if self.stop.is_set():
                    summary.interrupted = True
                    pool.shutdown(wait=False, cancel_futures=True)
                cycle.count_pages()
        hooks.after_cycle(self.corpus, list(summary.new_doc_ids))
        return summary


class _Cycle:
    """The state of one cycle: jobs in flight, URLs already taken, pages per source."""

    def __init__(self, poller: Poller, summary: CycleSummary):
        self.poller = poller
        self.book = poller.book
        self.summary = summary
        self.pool: ThreadPoolExecutor | None = None
        self.jobs: dict[Future, _Job] = {}
        self.taken: set[str] = set()
        self.per_source: dict[int, int] = {}
        self.stored: dict[int, int] = {}
        self.failed: dict[int, int] = {}

    def submit(self, job: _Job) -> None:
        self.jobs[self.pool.submit(self.fetch, job)] = job

    def fetch(self, job: _Job) -> Response | NewsgraphError:
        """On a fetch thread: the response for a job, or the error that ended it."""
        if job.kind == "source":
            url, etag, modified = job.source.url, job.source.etag, job.source.last_modified
        else:
            url = job.link.url
            etag, modified = (job.state.etag, job.state.last_modified) if job.state else (None, None)
        try:
            return self.poller.fetcher.get(url, etag, modified)
        except FetchError as exc:
            return exc

    def drain(self) -> None:
        while self.jobs and not self.poller.stop.is_set():
            done, _ = wait(list(self.jobs), timeout=0.5, return_when=FIRST_COMPLETED)
            for future in done:
                job = self.jobs.pop(future)
                if self.poller.stop.is_set():
                    return
                handle = {"source": self.source_done, "sitemap": self.sitemap_done, "page": self.page_done}[job.kind]
                handle(job, future.result())

    # Listings
    def source_done(self, job: _Job, result: Response | NewsgraphError) -> None:
        source, summary = job.source, self.summary
        summary.sources += 1
        listing = None
        if isinstance(result, Response) and not result.unchanged:
            try:
                listing = read_listing(result.content, result.final_url)
            except InputError as exc:
                result = exc
        if isinstance(result, NewsgraphError):
            summary.sources_failed += 1
            self.fail(f"{source.url}: {result.message}")
            self.book.record_poll(source.id, "failed", result.message)
            return
        if listing is None:
            summary.sources_unchanged += 1
            self.book.record_poll(source.id, "unchanged")
        else:
            self.take_listing(source, listing)
            self.book.record_poll(source.id, "ok", kind=listing.kind, etag=result.etag,
                                  last_modified=result.last_modified)
            self.children(source, listing)
        self.fetch_pages(source)

    def sitemap_done(self, job: _Job, result: Response | NewsgraphError) -> None:
        link, old = job.link, job.state
        state = PageState(link.url, "sitemap", listed=link.stamp, fetched_at=_now(), attempts=0)
        if isinstance(result, Response) and not result.unchanged:
            try:
                listing = read_listing(result.content, result.final_url)
            except InputError as exc:
                result = exc
            else:
                self.take_listing(job.source, listing)
                self.children(job.source, listing)  # an index may name further indexes
        if isinstance(result, NewsgraphError):
            self.fail(f"{link.url}: {result.message}")
            state.status, state.error = "failed", result.message
            state.attempts = (old.attempts if old else 0) + 1
            state.etag, state.last_modified = (old.etag, old.last_modified) if old else (None, None)
        else:
            state.status, state.final_url = "ok", result.final_url
            state.etag = result.etag or (old.etag if old and result.unchanged else None)
            state.last_modified = result.last_modified or (old.last_modified if old and result.unchanged else None)
        self.book.record_page(state)
        self.fetch_pages(job.source)

    def take_listing(self, source: WatchedSource, listing: Listing) -> None:
        """Note the listing's links, and queue again the known pages whose listed date changed."""
        self.book.note_links(source.id, [(k.url, k.title, k.published, k.stamp) for k in listing.links])
        states = self.book.pages([k.url for k in listing.links if k.stamp])
        for link in listing.links:
            state = states.get(link.url)
            if state is not None and state.status != "failed" and link.stamp and state.listed != link.stamp:
                self.page(source, link, state)

    def children(self, source: WatchedSource, listing: Listing) -> None:
        """Queue the child sitemaps of an index that are new or whose lastmod changed."""
        children = listing.sitemaps[:MAX_CHILD_SITEMAPS]
        states = self.book.pages([c.url for c in children])
        for child in children:
            state = states.get(child.url)
            if child.url in self.taken:
                continue
            if state is None or not child.stamp or child.stamp != state.listed or state.status == "failed":
                self.taken.add(child.url)
                self.submit(_Job("sitemap", source, child, state))

    def fetch_pages(self, source: WatchedSource) -> None:
        """Queue the source's links still to fetch, within its share of pages for this cycle."""
        room = self.poller.max_pages - self.per_source.get(source.id, 0)
        if room <= 0:
            return
        pending = self.book.pending_links(source.id, MAX_PAGE_ATTEMPTS, room + len(self.taken))
        states = self.book.pages([row[0] for row in pending])
        for url, title, published, stamp in pending:
            self.page(source, Link(url, title, published, stamp), states.get(url))

    def page(self, source: WatchedSource, link: Link, state: PageState | None) -> None:
        if link.url in self.taken or self.per_source.get(source.id, 0) >= self.poller.max_pages:
            return
        self.taken.add(link.url)
        self.per_source[source.id] = self.per_source.get(source.id, 0) + 1
        self.submit(_Job("page", source, link, state))

    # Pages
    def page_done(self, job: _Job, result: Response | NewsgraphError) -> None:
        source, link, old = job.source, job.link, job.state
        state = PageState(link.url, "page", listed=link.stamp, fetched_at=_now())
        if old is not None:
            state.hash, state.doc_id, state.final_url = old.hash, old.doc_id, old.final_url
            state.etag, state.last_modified = old.etag, old.last_modified
        if isinstance(result, Response):
            state.final_url = result.final_url
            if not result.unchanged:
                state.etag, state.last_modified = result.etag, result.last_modified
            result = self.take_page(source, link, result, state)
        if isinstance(result, NewsgraphError):
            retry = getattr(result, "retry", False)
            state.status, state.error = ("failed" if retry else "refused"), result.message
            state.attempts = (old.attempts if old else 0) + 1
            self.summary.failed += 1
            self.failed[source.id] = self.failed.get(source.id, 0) + 1
            self.fail(f"{link.url}: {result.message}")
        self.book.record_page(state)
        self.poller.on_progress(self.summary)

    def take_page(self, source: WatchedSource, link: Link, response: Response,
                  state: PageState) -> None | NewsgraphError:
        """Store the page's text unless it is already stored; fill `state`. An error when the
        page cannot be read or analysed."""
        summary = self.summary
        state.status, state.error, state.attempts = "unchanged", None, 0
        if response.unchanged:
            summary.unchanged += 1
            return None
        try:
            doc = page_document(response.content, response.content_type, response.final_url, link)
        except InputError as exc:
            return exc
        digest = content_hash(doc.text)
        if digest == state.hash:
            summary.unchanged += 1
            return None
        if self.poller.corpus.has(doc.id, digest):  # stored from another URL, or before a crash
            state.hash, state.doc_id = digest, doc.id
            summary.unchanged += 1
            return None
        prepared = analyse_and_prepare(doc, self.poller.pipeline)
        if isinstance(prepared, NewsgraphError):
            return prepared
        if source.name:
            prepared.source = source.name
        saved = self.poller.corpus.save(prepared)
        state.hash, state.doc_id = digest, saved.id
        if saved.status == "stored":
            state.status = "stored"
            summary.new += 1
            summary.new_doc_ids.append(saved.id)
            self.stored[source.id] = self.stored.get(source.id, 0) + 1
        else:
            summary.unchanged += 1
        return None

    def fail(self, reason: str) -> None:
        self.summary.reasons.append(reason)
        self.poller.on_failure(reason)

    def count_pages(self) -> None:
        for source_id in set(self.stored) | set(self.failed):
            self.book.count_pages(source_id, self.stored.get(source_id, 0), self.failed.get(source_id, 0))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


__all__ = ["CycleSummary", "MAX_PAGES", "Poller"]
