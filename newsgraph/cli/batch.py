"""`newsgraph batch`: the analysis of many files on Ray Data (a thin layer over `newsgraph.batch`)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from newsgraph.cli.app import app, err


@app.command()
def batch(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs (txt, html, jsonl, rss/atom, warc)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", show_default=False,
                                       help="Folder for documents-NNNNN.jsonl and errors.jsonl."),
    db: Optional[str] = typer.Option(None, "--db", show_default=False,
                                     help="Instead of --out: store the documents here (a SQLite file or a "
                                          "postgresql:// URL), as `ingest --engine ray` does: idempotent, "
                                          "resumable, written in parallel into PostgreSQL."),
    whole: bool = typer.Option(False, "--whole", help="Treat the entire input as article text (no chrome separation)."),
    address: Optional[str] = typer.Option(None, "--address", show_default=False,
                                          help="A running Ray cluster to join, e.g. 10.0.0.5:6379 "
                                               "(default: $RAY_ADDRESS, else a local Ray)."),
    cpus: Optional[int] = typer.Option(None, "--cpus", min=1, show_default=False,
                                       help="CPUs to use: of this machine for a local Ray, at most this many "
                                            "of a cluster (default: all)."),
) -> None:
    """Analyse files on Ray Data and write Documents as JSON Lines into a folder, failures into errors.jsonl
    (or, with --db, into a store)."""
    if (out is None) == (db is None):
        err.print("newsgraph: give one of --out (a folder for JSON Lines) or --db (a store)", markup=False)
        raise typer.Exit(2)
    if db is not None:
        from newsgraph.cli.corpus import run_ingest

        run_ingest(paths, db, cpus or 0, whole, None, "ray", address)
    try:
        import ray.data  # noqa: F401
    except ImportError:
        err.print("newsgraph: batch needs Ray: pip install 'newsgraph[cluster]'", markup=False)
        raise typer.Exit(1)
    from newsgraph.batch import ERRORS_FILE, analyse_on_ray

    def report(record: dict) -> None:
        err.print(f"newsgraph: {record['where']}: {record['reason']}", markup=False)

    try:
        counts = analyse_on_ray(paths, out, whole=whole, address=address, num_cpus=cpus, on_error=report)
    except ConnectionError as exc:
        err.print(f"newsgraph: cannot join the Ray cluster ({exc})", markup=False)
        raise typer.Exit(1)
    err.print(f"newsgraph: {counts.documents} document(s) written to {out}, {counts.failed} failed"
              + (f" (listed in {out / ERRORS_FILE})" if counts.failed else ""), markup=False)
    raise typer.Exit(1 if counts.failed else 0)
