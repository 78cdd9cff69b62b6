"""The `newsgraph` Typer application and what every command shares: the error console,
one-line error reports and the progress line. Command modules import this module only."""
from __future__ import annotations

import contextlib
import time

import typer
from rich.console import Console

from newsgraph.errors import NewsgraphError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Russian-language news into a searchable record of who met whom, who said what, "
                       "what was agreed, for how much, when and where.")
err = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(exc: NewsgraphError) -> None:
    """One line on standard error naming the file (and line) and the reason."""
    from newsgraph.show import visible

    err.print(f"newsgraph: {visible(exc)}", markup=False)


@contextlib.contextmanager
def progress_line(verb: str):
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
