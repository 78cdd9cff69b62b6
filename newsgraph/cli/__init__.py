"""The `newsgraph` command: thin layers over the pipeline, the store and the evaluators.

Each subcommand parses its arguments, calls the library and prints what it returns.
Failures exit non-zero: 1 when an input or a document failed, 2 for usage errors. The
commands live in `analysis` (extract, show, eval), `corpus` (ingest and the store's
queries), `serve` and `batch`; each registers itself on `app.app`.
"""
from __future__ import annotations

import logging
import sys

# Each module registers its commands on `app`; `newsgraph --help` lists them in this order.
from newsgraph.cli import analysis  # noqa: F401  (extract, show, eval)
from newsgraph.cli import corpus  # noqa: F401  (ingest, search, entity, entities, story, stories, stats, export)
from newsgraph.cli import serve  # noqa: F401  (serve)
from newsgraph.cli import batch  # noqa: F401  (batch)
from newsgraph.cli import sources  # noqa: F401  (sources add/list/remove, watch)
from newsgraph.cli import accounts  # noqa: F401  (users, alerts)
from newsgraph.cli.app import app, err, report_error
from newsgraph.errors import NewsgraphError

__all__ = ["app", "main"]


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
