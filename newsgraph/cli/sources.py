"""Watched sources: `newsgraph sources add|list|remove` and `newsgraph watch` (thin layers over
`newsgraph.sources` and the store's watch tables)."""
from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import typer

from newsgraph.cli.app import app, err
from newsgraph.cli.corpus import NICE_HELP, AliasesOption, DbOption, _open, lower_priority
from newsgraph.show import markup_safe as escape

sources_app = typer.Typer(no_args_is_help=True, help="The outlets' feeds and sitemaps that `newsgraph watch` polls.")
app.add_typer(sources_app, name="sources")

EVERY_MINUTES = 30


def _open_store(db: Optional[str], create: bool = False):
    from newsgraph.errors import NewsgraphError
    from newsgraph.store import open_store

    try:
        return open_store(db, create=create)
    except NewsgraphError as exc:
        err.print(f"newsgraph: {exc}", markup=False)
        raise typer.Exit(1)


@sources_app.command("add")
def sources_add(
    url: str = typer.Argument(..., help="An RSS/Atom feed, an XML sitemap or a sitemap index (http or https)."),
    name: Optional[str] = typer.Option(None, "--name", show_default=False,
                                       help="The outlet's name for its pages [default: each page's host]."),
    every: int = typer.Option(EVERY_MINUTES, "--every", min=1, help="Minutes between two polls of this source."),
    db: Optional[str] = DbOption,
) -> None:
    """Watch a feed or sitemap: `newsgraph watch` polls it and stores the articles it links."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        err.print(f"newsgraph: not an http(s) URL: {url!r}", markup=False)
        raise typer.Exit(2)
    with _open_store(db, create=True) as store:
        source, created = store.watch.add_source(url.strip(), (name or "").strip() or None, every)
    verb = "watching" if created else "already watched; updated"
    err.print(f"{verb} #{source.id} {source.url}" + (f" as {source.name!r}" if source.name else "")
              + f", every {source.every_minutes} min", markup=False)


@sources_app.command("list")
def sources_list(
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per source, one per line."),
) -> None:
    """The watched sources: kind, interval, last poll and its outcome, pages stored and failed."""
    from rich.console import Console
    from rich.table import Table

    with _open_store(db) as store:
        book = store.watch
        sources, links = book.sources(), book.link_counts()
    if as_json:
        for s in sources:
            print(json.dumps({**s.to_dict(), "links": links.get(s.id, 0)}, ensure_ascii=False))
        return
    if not sources:
        err.print("no sources watched (add one: newsgraph sources add URL)", markup=False)
        return
    table = Table(box=None, header_style="bold")
    for column in ("id", "name", "url", "kind", "every", "last poll", "status", "links", "stored", "failed"):
        table.add_column(column, overflow="fold")
    for s in sources:
        status = s.status or "never polled"
        if s.error:
            status += f": {s.error}"
        table.add_row(str(s.id), escape(s.name or ""), escape(s.url), s.kind or "?", f"{s.every_minutes} min",
                      escape((s.polled_at or "").replace("+00:00", "Z")), escape(status), str(links.get(s.id, 0)),
                      str(s.pages_stored), str(s.pages_failed))
    out = Console(highlight=False)
    if not out.is_terminal:  # a pipe or a log: whole URLs and errors on one line each
        out = Console(highlight=False, width=240)
    out.print(table)


@sources_app.command("remove")
def sources_remove(
    ref: str = typer.Argument(..., help="The source's URL or its id (see `newsgraph sources list`)."),
    db: Optional[str] = DbOption,
) -> None:
    """Stop watching a source; the documents stored through it stay in the store."""
    with _open_store(db) as store:
        source = store.watch.source(ref)
        if source is None:
            err.print(f"newsgraph: no watched source {ref!r} (see newsgraph sources list)", markup=False)
            raise typer.Exit(1)
        store.watch.remove_source(source.id)
    err.print(f"removed #{source.id} {source.url}", markup=False)


@app.command()
def watch(
    db: Optional[str] = DbOption,
    once: bool = typer.Option(False, "--once", help="Poll every due source once and exit (for cron)."),
    every_source: bool = typer.Option(False, "--all", help="With --once: poll every source, due or not."),
    delay: float = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one host "
                                                              "(a longer Crawl-delay in robots.txt wins)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds a request may take, body included."),
    max_kib: int = typer.Option(5120, "--max-kib", min=1, help="Largest page or listing read, in KiB."),
    retries: int = typer.Option(3, "--retries", min=0, help="More attempts after a 5xx, a timeout or a failed "
                                                            "connection, waiting --backoff seconds, doubled each time."),
    backoff: float = typer.Option(1.0, "--backoff", min=0.0, help="Seconds before the first retry."),
    max_pages: int = typer.Option(100, "--max-pages", min=1, help="Pages fetched per source and cycle "
                                                                  "(the rest in the next cycles)."),
    hosts: int = typer.Option(4, "--hosts", min=1, help="Hosts fetched from at once (one request at a time each)."),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", show_default=False,
                                             help="The User-Agent header [default: newsgraph/VERSION ...]."),
    aliases: Optional[Path] = AliasesOption,
    nice: int = typer.Option(10, "--nice", min=0, max=19, help=NICE_HELP),
) -> None:
    """Poll the watched sources and store the new articles they link; Ctrl-C stops after the page at hand."""
    lower_priority(nice)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsgraph.sources.fetch import USER_AGENT, FetchSettings
    from newsgraph.sources.poll import Poller

    settings = FetchSettings(delay=delay, timeout=timeout, max_bytes=max_kib * 1024, retries=retries,
                             backoff=backoff, user_agent=user_agent or USER_AGENT)
    corpus = _open(db, aliases)
    failed_cycles = 0
    with corpus, Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                          transient=True) as progress:
        task = progress.add_task("polling", total=None)

        def show(s) -> None:
            progress.update(task, description=f"polled {s.sources} sources: {s.new} new pages, "
                                              f"{s.unchanged} unchanged, {s.failed} failed")

        def failure(reason: str) -> None:
            progress.console.print(f"newsgraph: {reason}", markup=False, highlight=False)

        def cycle_done(s) -> None:
            nonlocal failed_cycles
            failed_cycles += bool(s.failed or s.sources_failed)
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            progress.console.print(f"{stamp} {s.line()}", markup=False, highlight=False)
            progress.update(task, description="waiting for the next due source")

        poller = Poller(corpus, settings, max_pages=max_pages, hosts=hosts, on_progress=show, on_failure=failure)
        if not corpus.store.watch.sources():
            err.print("newsgraph: no sources watched (add one: newsgraph sources add URL)", markup=False)
            raise typer.Exit(1)

        def interrupt(signum, frame) -> None:
            if poller.stop.is_set():
                raise KeyboardInterrupt
            progress.console.print("stopping after the page at hand (Ctrl-C again to stop at once)",
                                   markup=False)
            poller.stop.set()

        previous = signal.signal(signal.SIGINT, interrupt)
        try:
            cycles = poller.watch(once=once, every_source=every_source, on_cycle=cycle_done)
        finally:
            signal.signal(signal.SIGINT, previous)
            poller.close()
    if once and not cycles:
        err.print("no source is due (--all polls them all)", markup=False)
    raise typer.Exit(1 if once and failed_cycles else 0)


__all__ = ["sources_app"]
