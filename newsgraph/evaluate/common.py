"""Shared scoring helpers of the evaluators."""
from __future__ import annotations

from rich.table import Table


def prf(right: int, predicted: int, gold: int) -> dict:
    """Precision, recall and F1 (rounded to 4 places) from counts.

    >>> prf(3, 4, 6)["f1"]
    0.6
    """
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def side_by_side(title: str, rows: list[tuple[str, dict, dict]], other: str) -> Table:
    """A table of P / R / F1 for newsgraph and another system, one row per (label, ours, theirs)."""
    table = Table(title=title)
    table.add_column("type")
    for system in ("newsgraph", other):
        for col in ("P", "R", "F1"):
            table.add_column(f"{system} {col}", justify="right")
    table.add_column("ΔF1", justify="right")
    for label, ours, theirs in rows:
        cells = [f"{s[k]:.3f}" for s in (ours, theirs) for k in ("precision", "recall", "f1")]
        table.add_row(label, *cells, f"{ours['f1'] - theirs['f1']:+.3f}")
    return table
