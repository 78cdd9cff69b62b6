"""What runs after each `newsgraph watch` cycle.

`after_cycle(corpus, new_doc_ids)` is called once per cycle, after the last page of the cycle
is stored, with the ids of the documents the cycle stored (an empty list when it stored none).
It does nothing yet; the alerts on users' watchlists are sent from here.
"""
from __future__ import annotations


def after_cycle(corpus, new_doc_ids: list[str]) -> None:
    """Act on the documents a watch cycle has just stored in `corpus` (a `Corpus`)."""
    return None
