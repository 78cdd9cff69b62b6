"""What runs after each `newsgraph watch` cycle.

`after_cycle(corpus, new_doc_ids)` is called once per cycle, after the last page of the cycle
is stored, with the ids of the documents the cycle stored (an empty list when it stored none):
the new documents are matched against the users' watchlists and the alerts they owe are sent
(`accounts.alerts.match_new`).
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def after_cycle(corpus, new_doc_ids: list[str]) -> None:
    """Match the documents a watch cycle has just stored in `corpus` (a `Corpus`) against the
    watchlists and send the alerts they owe. A failure here is logged, never fatal to the watch:
    the matches not recorded are found again by the next `newsgraph alerts run`."""
    if not new_doc_ids:
        return
    from newsgraph.accounts.alerts import match_new

    try:
        report = match_new(corpus, new_doc_ids)
    except Exception as exc:  # noqa: BLE001 - the pages are stored; alerts can be run again
        log.warning("alerts after the watch cycle failed: %s: %s", type(exc).__name__, exc)
        return
    log.info("alerts: %s", report)
