"""Corpus commands: ingest, search, entity, story, stats, export (thin layers over
`newsgraph.corpus` and `newsgraph.store`)."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from newsgraph.cli.app import app, err, report_error
from newsgraph.errors import NewsgraphError
from newsgraph.show import highlighted, visible
from newsgraph.show import markup_safe as escape

DB_HELP = "Store: a SQLite file or a postgresql:// URL [default: $NEWSGRAPH_DB or ./newsgraph.db]."
ALIASES_HELP = "An alias file (TSV like newsgraph/data/aliases.tsv) to add to the shipped one [$NEWSGRAPH_ALIASES]."
DbOption = typer.Option(None, "--db", help=DB_HELP, show_default=False)
AliasesOption = typer.Option(None, "--aliases", help=ALIASES_HELP, show_default=False)
NICE_HELP = ("Lower this command's CPU priority by this much (0-19, as nice(1); its worker processes too), "
             "so a server on the same machine keeps answering quickly.")


def lower_priority(increment: int) -> None:
    """Make this process (and the processes it starts) yield the CPU to others by `increment`."""
    if increment > 0 and hasattr(os, "nice"):
        os.nice(increment)


def _open(db: Optional[str], aliases: Optional[Path] = None, create: bool = False):
    """The corpus at `db`; only `ingest` creates one where there is none."""
    from newsgraph.corpus import open_corpus
    from newsgraph.store import require_store

    try:
        if not create:
            require_store(db)
        return open_corpus(db, str(aliases) if aliases else None)
    except NewsgraphError as exc:
        report_error(exc)
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders, globs: txt, html, jsonl, rss/atom, warc(.gz)."),
    db: Optional[str] = DbOption,
    workers: int = typer.Option(1, "--workers", "-w", min=0,
                                help="Processes that run the analysis (0: analyse in this process)."),
    whole: bool = typer.Option(False, "--whole", help="Treat each input as clean article text (no chrome separation)."),
    aliases: Optional[Path] = AliasesOption,
    engine: str = typer.Option("processes", "--engine",
                               help="Where the analysis runs: 'processes' (local worker processes) or 'ray' "
                                    "(Ray actors: --workers of them, 0 for one per CPU; into PostgreSQL they "
                                    "also write, in parallel; needs newsgraph[cluster])."),
    address: Optional[str] = typer.Option(None, "--address", show_default=False,
                                          help="With --engine ray: a running Ray cluster to join "
                                               "(default: $RAY_ADDRESS, else a local Ray)."),
    nice: int = typer.Option(0, "--nice", min=0, max=19, help=NICE_HELP),
) -> None:
    """Analyse and store documents: idempotent (a document seen twice is stored once) and resumable."""
    lower_priority(nice)
    if engine not in ("processes", "ray"):
        err.print(f"newsgraph: unknown --engine {engine!r} (choose processes or ray)", markup=False)
        raise typer.Exit(2)
    run_ingest(paths, db, workers, whole, aliases, engine, address)


def run_ingest(paths: list[str], db: Optional[str], workers: int, whole: bool, aliases: Optional[Path],
               engine: str, address: Optional[str]) -> None:
    """The ingest with a Rich progress line and a closing summary; exits 1 when anything failed
    (also `newsgraph batch --db`)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsgraph.corpus.ingest import ingest_paths

    if engine == "ray":
        try:
            import ray  # noqa: F401
        except ImportError:
            err.print("newsgraph: --engine ray needs Ray: pip install 'newsgraph[cluster]'", markup=False)
            raise typer.Exit(1)
    store = _open(db, aliases, create=True)
    start = time.monotonic()
    columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
    with store, Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("starting", total=None)

        def show(s) -> None:
            rate = s.seen / max(time.monotonic() - start, 1e-6)
            progress.update(task, completed=s.seen, description=(
                f"{s.seen} documents, {rate:.1f} docs/s (stored {s.stored}, duplicates {s.duplicates}, "
                f"failed {s.failed})"))

        def fail(exc: NewsgraphError) -> None:
            progress.console.print(f"newsgraph: {visible(exc)}", markup=False, highlight=False)

        try:
            summary = ingest_paths(paths, store, workers=workers, whole=whole, on_error=fail, on_progress=show,
                                   engine=engine, address=address)
        except ConnectionError as exc:
            err.print(f"newsgraph: cannot join the Ray cluster ({exc})", markup=False)
            raise typer.Exit(1)
        show(summary)
    seconds = time.monotonic() - start
    err.print(f"stored {summary.stored}, duplicates {summary.duplicates}, failed {summary.failed} "
              f"in {seconds:.1f} s ({summary.seen / max(seconds, 1e-6):.1f} docs/s) into {store.url}",
              markup=False)
    raise typer.Exit(1 if summary.failed else 0)


SEARCH_HELP = """Full-text search over lemmas, best matches first, with highlighted snippets.

Words match in any form ('переговорам' finds 'переговоры'). "мирные переговоры" in quotes is a
phrase; суд OR арест (or суд | арест) is either; -суд or NOT суд leaves out documents with it;
прези* matches lemmas that start with 'прези'; parentheses group. A query that starts with an
exclusion goes after -- so it is not read as an option: newsgraph search -- -суд кризис.
"""


@app.command(help=SEARCH_HELP)
def search(
    query: list[str] = typer.Argument(..., help="The query, in one argument or several (joined by spaces)."),
    db: Optional[str] = DbOption,
    entity: Optional[str] = typer.Option(None, "--entity", help="Only documents that mention this entity."),
    since: Optional[str] = typer.Option(None, "--since", help="Published on or after this ISO date."),
    until: Optional[str] = typer.Option(None, "--until", help="Published on or before this ISO date."),
    source: Optional[str] = typer.Option(None, "--source", help="Only documents from outlets whose name contains this."),
    event_type: Optional[str] = typer.Option(None, "--event-type", help="Only documents with an event of this type or CAMEO root code."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="Most hits to print."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per hit: id, title, published, snippet, score."),
    aliases: Optional[Path] = AliasesOption,
) -> None:
    from newsgraph.errors import QueryError
    from newsgraph.store import SearchFilters

    with _open(db, aliases) as store:
        try:
            hits = store.search(" ".join(query), SearchFilters(since=since, until=until, source=source,
                                                               event_type=event_type), limit=limit, entity=entity)
        except QueryError as exc:
            err.print(f"newsgraph: {visible(exc)}", markup=False)
            raise typer.Exit(2)
    if as_json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False)
    if not hits:
        err.print("no documents match", markup=False)
    for hit in hits:
        head = (f"[bold]{escape(hit.title or hit.id)}[/bold]  {escape(hit.published or '')}  "
                f"[dim]{escape(hit.id)}  score {hit.score:.3f}[/dim]")
        out.print(head)
        out.print(highlighted("  " + hit.snippet))


@app.command("entity")
def entity_command(
    name: str = typer.Argument(..., help="A name as written anywhere: 'Назарбаев', 'Алма-Ата', 'ООН'."),
    db: Optional[str] = DbOption,
    limit: int = typer.Option(100, "--limit", "-n", min=1, help="Most documents, quotes and events to list."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object: name, type, aliases, roles, documents, "
                                                      "quotes, co_mentions, events."),
    aliases: Optional[Path] = AliasesOption,
) -> None:
    """A person, place or organisation across the corpus: variants, roles, documents, quotes, company, events."""
    with _open(db, aliases) as store:
        report = store.entity(name, limit=limit)
    if _printed_as_json(report, f"no entity named {name!r} in the store", as_json):
        return
    out = Console(highlight=False)
    out.print(f"[bold]{escape(report['name'])}[/bold] ({escape(report['type'])})")
    if report["aliases"]:
        out.print("also: " + escape(", ".join(report["aliases"])))
    for role in report["roles"]:
        out.print(f"role: {escape(role['role'])} ({escape(role['first'] or '?')} … {escape(role['last'] or '?')}, "
                  f"{role['documents']} docs)")
    out.print(f"[bold]documents[/bold] ({len(report['documents'])})")
    for d in report["documents"]:
        out.print(f"  {escape(d['published'] or '          ')}  {escape(d['title'] or d['id'])}  [dim]{escape(d['id'])}[/dim]")
    if report["quotes"]:
        out.print(f"[bold]quotes[/bold] ({len(report['quotes'])})")
        for q in report["quotes"]:
            out.print(f"  {escape(q['published'] or '')} {escape(q['cue'] or q['kind'])}: {escape(q['text'])}")
    if report["co_mentions"]:
        out.print("[bold]appears with[/bold] " + escape(", ".join(f"{c['name']} ({c['documents']})" for c in report["co_mentions"])))
    if report["events"]:
        out.print(f"[bold]events[/bold] ({len(report['events'])})")
        for e in report["events"]:
            out.print(f"  {escape(e['date'] or e['published'] or '')} {escape(e['type'])} "
                      f"{escape('[' + (e['cameo_root'] or '') + ']')} {escape(e['summary'] or '')}")


def _printed_as_json(report: dict | None, missing: str, as_json: bool) -> bool:
    """Exit 1 with one line when there is no `report`; print it as JSON when asked (True)."""
    if report is None:
        err.print(f"newsgraph: {missing}", markup=False)
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
    return as_json


@app.command()
def story(
    ref: str = typer.Argument(..., help="A story id (s12) or the id of one of its documents."),
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the story as one JSON object."),
) -> None:
    """The documents of one story: the same happening across outlets, near-duplicates included."""
    with _open(db) as store:
        report = store.story(ref)
    if _printed_as_json(report, f"no story or document {ref!r} in the store", as_json):
        return
    out = Console(highlight=False)
    out.print(f"[bold]story {escape(report['id'])}[/bold]  {escape(report['first_published'] or '')} … "
              f"{escape(report['last_published'] or '')}")
    for d in report["documents"]:
        dup = f"  (repeats {d['near_duplicate_of']})" if d["near_duplicate_of"] else ""
        out.print(f"  {escape(d['published'] or '          ')}  {escape(d['source'] or '')}  "
                  f"{escape(d['title'] or d['id'])}  [dim]{escape(str(d['id']) + dup)}[/dim]")


@app.command()
def stats(
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the counts as one JSON object."),
) -> None:
    """Counts of documents, entities, quotes, events and stories in the store."""
    with _open(db) as store:
        counts = store.stats()
    if as_json:
        print(json.dumps(counts))
        return
    for name, value in counts.items():
        print(f"{name:16} {value}")


@app.command()
def export(
    what: str = typer.Option("documents", "--what", help="documents, entities, quotes or events."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv, or gdelt (events as a GDELT-style table)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of standard output."),
    db: Optional[str] = DbOption,
) -> None:
    """Write the store's documents, entities, quotes or events as JSON Lines, CSV or a GDELT-style table."""
    from newsgraph.corpus.export import FORMATS, write_rows
    from newsgraph.store import EXPORT_KINDS

    if what not in EXPORT_KINDS:
        err.print(f"newsgraph: unknown --what {what!r} (choose from {', '.join(EXPORT_KINDS)})", markup=False)
        raise typer.Exit(2)
    if fmt not in FORMATS or (fmt == "gdelt" and what != "events"):
        err.print(f"newsgraph: --format must be one of {', '.join(FORMATS)} (gdelt only with --what events)",
                  markup=False)
        raise typer.Exit(2)
    with _open(db) as store:
        if out is None:
            n = write_rows(store.export(what), what, fmt, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = write_rows(store.export(what), what, fmt, fh)
            err.print(f"wrote {n} {what} to {out}", markup=False)


SortOption = typer.Option("size", "--sort", help="size: the most documents first; recent: the latest first.")
SinceOption = typer.Option(None, "--since", help="Only what was published on or after this ISO date.")
UntilOption = typer.Option(None, "--until", help="Only what was published on or before this ISO date.")
SourceOption = typer.Option(None, "--source", help="Only documents from outlets whose name contains this.")


def _check_list_options(sort: str, since: Optional[str], until: Optional[str]) -> None:
    from newsgraph.read.hygiene import published_date
    from newsgraph.store import SORTS

    if sort not in SORTS:
        err.print(f"newsgraph: unknown --sort {sort!r} (choose {' or '.join(SORTS)})", markup=False)
        raise typer.Exit(2)
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and published_date(value) != value:
            err.print(f"newsgraph: {name} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", markup=False)
            raise typer.Exit(2)


def _print_lines(rows: list[dict]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


@app.command("entities")
def entities_command(
    db: Optional[str] = DbOption,
    type_: Optional[str] = typer.Option(None, "--type", help="Only entities of this type: PER, LOC or ORG."),
    prefix: Optional[str] = typer.Option(None, "--prefix", help="Only entities with a name starting so "
                                                                "(any name they were seen under)."),
    source: Optional[str] = SourceOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    sort: str = SortOption,
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="Most entities to list."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per entity: id, type, name, "
                                                      "documents, first, last."),
    aliases: Optional[Path] = AliasesOption,
) -> None:
    """People, places and organisations in the store, with how many documents name them and when."""
    from newsgraph.store import ListFilters

    _check_list_options(sort, since, until)
    if type_ is not None and type_.upper() not in ("PER", "LOC", "ORG"):
        err.print(f"newsgraph: unknown --type {type_!r} (choose PER, LOC or ORG)", markup=False)
        raise typer.Exit(2)
    with _open(db, aliases) as store:
        rows = store.entities(ListFilters(type=type_.upper() if type_ else None, prefix=prefix or None,
                                          source=source or None, since=since, until=until), sort, limit)
    _show_rows(rows, as_json, "entities", (("name", "left"), ("type", "left"), ("documents", "right"),
                                           ("first", "left"), ("last", "left")),
               lambda r: (r["name"], r["type"], str(r["documents"]), r["first"] or "", r["last"] or ""))


@app.command("stories")
def stories_command(
    db: Optional[str] = DbOption,
    entity: Optional[str] = typer.Option(None, "--entity", help="Only stories with a document that mentions this entity."),
    source: Optional[str] = SourceOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    min_size: int = typer.Option(1, "--min-size", min=1, help="Only stories of at least this many documents."),
    sort: str = SortOption,
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="Most stories to list."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per story: id, size, first_published, "
                                                      "last_published, title, sources."),
    aliases: Optional[Path] = AliasesOption,
) -> None:
    """Stories in the store (the same happening across outlets), with their size, dates and outlets."""
    from newsgraph.store import ListFilters

    _check_list_options(sort, since, until)
    with _open(db, aliases) as store:
        rows = store.stories(ListFilters(source=source or None, since=since, until=until, min_size=min_size),
                             sort, limit, entity=entity or None)
    _show_rows(rows, as_json, "stories", (("story", "left"), ("size", "right"), ("first", "left"), ("last", "left"),
                                          ("title", "left"), ("outlets", "left")),
               lambda r: (r["id"], str(r["size"]), r["first_published"] or "", r["last_published"] or "",
                          r["title"] or "", ", ".join(r["sources"])))


def _show_rows(rows: list[dict], as_json: bool, what: str, columns, cells) -> None:
    """`rows` as JSON Lines, or a table of `columns` ((heading, justify) pairs) whose cells
    `cells(row)` gives as plain strings, escaped here for Rich; "no WHAT match" when none."""
    if as_json:
        _print_lines(rows)
        return
    if not rows:
        err.print(f"no {what} match", markup=False)
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for column, justify in columns:
        table.add_column(column, justify=justify)
    for row in rows:
        table.add_row(*(escape(cell) for cell in cells(row)))
    Console(highlight=False).print(table)
