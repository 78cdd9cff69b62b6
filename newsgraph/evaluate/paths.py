"""Where the evaluators find their data.

Two kinds of data: the public evaluation sets (factRuEval-2016, NEREL: `--data`, else
$NEWSGRAPH_EVAL_DATA, else `shared/data/eval` beside a source checkout) and the project's own
labelled sets (annotations kept under a source checkout's `tests/`: `--labels`, else
$NEWSGRAPH_LABELS, else the `tests/` folder of the checkout the package runs from). An
installed package has neither beside it; the commands then say where to point them.
"""
from __future__ import annotations

import os
from pathlib import Path

from newsgraph.errors import ConfigError

DATA_ENV = "NEWSGRAPH_EVAL_DATA"
LABELS_ENV = "NEWSGRAPH_LABELS"
# The source checkout this package runs from, when it runs from one (an editable install).
_CHECKOUT = Path(__file__).resolve().parents[2]


def checkout() -> Path | None:
    """The source checkout's root, or None for an installed package."""
    return _CHECKOUT if (_CHECKOUT / "pyproject.toml").exists() and (_CHECKOUT / "newsgraph").is_dir() else None


def default_eval_data() -> Path:
    """The public evaluation sets' folder: $NEWSGRAPH_EVAL_DATA, else shared/data/eval beside the
    checkout (which may not exist: each evaluator says what it skips)."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    return (_CHECKOUT.parent / "shared" / "data" / "eval")


def labels_root(labels: Path | str | None = None) -> Path:
    """The folder holding the project's labelled sets (`golden/chrome`, `data/quotes`, ...).
    Raises ConfigError, saying how to name it, when there is none."""
    chosen = labels or os.environ.get(LABELS_ENV)
    if chosen:
        root = Path(chosen)
        if not root.is_dir():
            raise ConfigError(f"labelled sets folder {root} does not exist", "--labels")
        return root
    found = checkout()
    if found is None or not (found / "tests").is_dir():
        raise ConfigError("the project's labelled sets live in a source checkout's tests/ folder; "
                          f"name it with --labels DIR or ${LABELS_ENV}", "eval")
    return found / "tests"


def labelled(*parts: str, labels: Path | str | None = None) -> Path:
    """One labelled set's folder, e.g. `labelled("data", "quotes")`."""
    return labels_root(labels).joinpath(*parts)
