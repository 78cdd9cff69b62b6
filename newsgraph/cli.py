"""The `newsgraph` command: thin layer over the pipeline, the store and the evaluators.

Each subcommand parses its arguments, calls the library and prints what it returns.
Failures exit non-zero: 1 when an input or a document failed, 2 for usage errors.
"""
from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from newsgraph.errors import NewsgraphError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Russian-language news into a searchable record of who met whom, who said what, "
                       "what was agreed, for how much, when and where.")
err = Console(stderr=True, highlight=False, soft_wrap=True)

EVAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "eval"
EVAL_TASKS = ("ner", "chrome", "quotes", "facts", "events")


def report_error(exc: NewsgraphError) -> None:
    """One line on standard error naming the file (and line) and the reason."""
    err.print(f"newsgraph: {exc}", markup=False)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs (txt, html, jsonl, ...); '-' reads standard input."),
    whole: bool = typer.Option(False, "--whole", help="Treat the entire input as article text (no chrome separation)."),
) -> None:
    """Analyse files and print one Document per input document as JSON Lines."""
    from newsgraph.pipeline import analyse_stream
    from newsgraph.read import read_paths

    failed = done = 0
    out = sys.stdout
    with _progress_line("extract") as tick:
        for item in analyse_stream(read_paths(paths), whole=whole):
            if isinstance(item, NewsgraphError):
                report_error(item)
                failed += 1
            else:
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
                done += 1
            tick(done, failed)
    raise typer.Exit(1 if failed else 0)


@contextlib.contextmanager
def _progress_line(verb: str):
    """A transient count and rate on standard error when it is a terminal; silent otherwise
    (so pipes and logs get only the one-line error reports)."""
    if not err.is_terminal:
        yield lambda done, failed: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as progress:
        task = progress.add_task(f"{verb}: starting", total=None)
        started = time.monotonic()

        def tick(done: int, failed: int) -> None:
            rate = done / max(time.monotonic() - started, 1e-6)
            progress.update(task, description=f"{verb}: {done} documents, {rate:.1f} docs/s, {failed} failed")

        yield tick


@app.command()
def show(
    path: str = typer.Argument(..., help="A JSON Lines file of Documents (from `newsgraph extract`), or '-'."),
) -> None:
    """Print a readable summary of each Document in a JSON Lines file."""
    from newsgraph.show import show_documents

    stream = sys.stdin if path == "-" else None
    try:
        fh = stream or open(path, encoding="utf-8")
    except OSError as exc:
        err.print(f"newsgraph: {path}: cannot read file ({exc.strerror})")
        raise typer.Exit(1)
    bad = 0

    def docs():
        nonlocal bad
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                err.print(f"newsgraph: {path}:{number}: not JSON ({exc.msg})")
                bad += 1

    n = show_documents(docs(), Console(highlight=False))
    Console(highlight=False).print(f"{n} document(s)")
    raise typer.Exit(1 if bad else 0)


@app.command("eval")
def evaluate(
    task: str = typer.Option("all", "--task", "-t", help=f"One of: all, {', '.join(EVAL_TASKS)}."),
    data: Path = typer.Option(EVAL_DATA, "--data", help="Folder with factrueval-dev.jsonl / nerel-dev.jsonl.",
                              show_default="../shared/data/eval beside the project"),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents of each set."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Quality figures: NER against bare slovnet, chrome separation, quotes, money and dates."""
    import importlib

    if task != "all" and task not in EVAL_TASKS:
        err.print(f"newsgraph: unknown task {task!r} (choose from all, {', '.join(EVAL_TASKS)})")
        raise typer.Exit(2)
    console = Console(stderr=as_json, highlight=False)
    figures = {}
    for name in EVAL_TASKS if task == "all" else (task,):
        try:
            module = importlib.import_module(f"newsgraph.evaluate.{name}")
        except ModuleNotFoundError:
            if task != "all":
                raise
            continue
        figures[name] = module.run(data, console, as_json=as_json, limit=limit)
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))


import newsgraph.cli_corpus  # noqa: E402,F401  (registers corpus commands)
import newsgraph.cli_serve  # noqa: E402,F401  (registers serve)
import newsgraph.cli_batch  # noqa: E402,F401  (registers batch)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except NewsgraphError as exc:
        report_error(exc)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("newsgraph: interrupted")
        sys.exit(130)

