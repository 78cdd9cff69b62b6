"""Analysis commands: extract, show and eval (thin layers over the pipeline and the evaluators)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from newsgraph.cli.app import app, err, progress_line, report_error
from newsgraph.errors import NewsgraphError
from newsgraph.evaluate import TASKS


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs (txt, html, jsonl, ...); '-' reads standard input."),
    whole: bool = typer.Option(False, "--whole", help="Treat the entire input as article text (no chrome separation)."),
) -> None:
    """Analyse files and print one Document per input document as JSON Lines."""
    from newsgraph.pipeline import Pipeline, read_and_learn
    from newsgraph.read import read_paths

    failed = done = 0
    out = sys.stdout
    sites, inputs = read_and_learn(read_paths(paths))
    with inputs, progress_line("extract") as tick:
        for item in Pipeline(sites=sites, whole=whole).stream(inputs):
            if isinstance(item, NewsgraphError):
                report_error(item)
                failed += 1
            else:
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
                done += 1
            tick(done, failed)
    raise typer.Exit(1 if failed else 0)


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

    lines: list[int] = []

    def docs():
        nonlocal bad
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                err.print(f"newsgraph: {path}:{number}: not JSON ({getattr(exc, 'msg', 'nested too deeply')})",
                          markup=False)
                bad += 1
                continue
            lines.append(number)
            yield data

    def not_a_document(index: int, reason: str) -> None:
        nonlocal bad
        err.print(f"newsgraph: {path}:{lines[index - 1]}: {reason}", markup=False)
        bad += 1

    try:
        n = show_documents(docs(), Console(highlight=False), on_error=not_a_document)
    except UnicodeDecodeError as exc:
        err.print(f"newsgraph: {path}: not UTF-8 text ({exc.reason} at byte {exc.start})", markup=False)
        raise typer.Exit(1)
    Console(highlight=False).print(f"{n} document(s)")
    raise typer.Exit(1 if bad else 0)


@app.command("eval")
def evaluate(
    task: str = typer.Option("all", "--task", "-t", help=f"One of: all, {', '.join(TASKS)}."),
    data: Optional[Path] = typer.Option(None, "--data", show_default=False,
                                        help="Folder with factrueval-dev.jsonl / nerel-dev.jsonl "
                                             "[default: $NEWSGRAPH_EVAL_DATA, else shared/data/eval beside the "
                                             "source checkout]."),
    labels: Optional[Path] = typer.Option(None, "--labels", show_default=False,
                                          help="Folder of the project's labelled sets (golden/chrome, data/quotes, "
                                               "...) [default: $NEWSGRAPH_LABELS, else the source checkout's tests/]."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents of each set."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Quality figures: NER against bare slovnet, chrome separation, quotes, money and dates, events."""
    from newsgraph.evaluate import task_runner
    from newsgraph.evaluate.paths import default_eval_data

    if task != "all" and task not in TASKS:
        err.print(f"newsgraph: unknown task {task!r} (choose from all, {', '.join(TASKS)})", markup=False)
        raise typer.Exit(2)
    console = Console(stderr=as_json, highlight=False)
    figures = {}
    for name in TASKS if task == "all" else (task,):
        figures[name] = task_runner(name)(data or default_eval_data(), console, as_json=as_json, limit=limit,
                                          labels=labels)
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
