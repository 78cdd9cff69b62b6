"""Alerts: matching new documents against every watch item, and webhooks sent once per match.

`match_new(corpus)` reads the documents stored since its last run (or those of `doc_ids`),
records each new (watch item, document) match and, in the same transaction, one pending
delivery per webhook of the item's user; then it sends what is due. So the intent to send is
on disk before anything is sent, and running the matcher again finds no new match and records
no second delivery.

A delivery is a POST of JSON with an `idempotency_key` (also the Idempotency-Key header); the
delivery is marked 'sending' before the POST and 'sent' after a 2xx answer. A failed POST is
retried with growing delays, within the run while they are short and by later runs after
that, up to MAX_ATTEMPTS. When a run dies between the POST and recording its answer, the
delivery is still 'sending'; once its lease is over, a later run sends it again with the same
key, which the receiver has seen: a receiver that keeps the keys it has handled acts on each
match exactly once.

The matcher's place is the largest document key it has read. Writers that commit out of key
order (several PostgreSQL ingests at once) can store a document below that place after it
moved; the caller that stored documents should pass their ids (`newsgraph watch` does), and
matching them again is harmless.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsgraph.accounts.watch import search_query
from newsgraph.corpus import Corpus
from newsgraph.errors import NewsgraphError
from newsgraph.store.accounts import AccountTables, Delivery, WatchItem

log = logging.getLogger(__name__)

CURSOR = "matcher"
BATCH = 500                 # documents matched per transaction
WEBHOOK_TIMEOUT_S = 10.0
MAX_ATTEMPTS = 8
# Delay before attempt n+1 after n failures: BACKOFF_S * 2**(n-1), at most MAX_BACKOFF_S.
BACKOFF_S = 1.0
MAX_BACKOFF_S = 3600.0
# A run waits for retries due within this long before leaving them to a later run.
WAIT_IN_RUN_S = 10.0
# A delivery marked 'sending' is taken for lost (its run died) after this long.
LEASE_S = 120.0
USER_AGENT = "newsgraph-alerts"


@dataclass
class AlertReport:
    """What one run did: documents looked at, new matches, deliveries sent and failed."""

    documents: int = 0
    matches: int = 0
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"documents": self.documents, "matches": self.matches, "sent": self.sent, "failed": self.failed,
                "errors": self.errors}


def match_new(corpus: Corpus, doc_ids: Iterable[str] | None = None, deliver: bool = True,
              post: Callable | None = None, backoff_s: float = BACKOFF_S) -> AlertReport:
    """Match the documents stored since the last run (or just those of `doc_ids`, e.g. the ones
    a polling cycle stored) against every watch item, record the new matches and the deliveries
    they owe, then (with `deliver`) send the webhooks that are due (see `deliver_webhooks`).
    Safe to run again or concurrently: a match and its deliveries are recorded once."""
    tables = AccountTables(corpus.store.db)
    report = AlertReport()
    items = usable_items(corpus, tables.items())
    if doc_ids is not None:
        docs = tables.doc_keys(list(doc_ids))
        report.documents = len(docs)
        report.matches = _match(tables, items, docs)
    else:
        start = tables.cursor(CURSOR) or 0
        if items:
            start = max(start, min(i.since_doc for i, _ in items))
        else:
            start = max(start, tables.last_doc())
        while True:
            docs = tables.docs_after(start, BATCH)
            if not docs:
                break
            report.documents += len(docs)
            report.matches += _match(tables, items, docs)
            start = docs[-1][0]
            tables.set_cursor(CURSOR, start)  # after the matches: a crash before it only matches again
        if (tables.cursor(CURSOR) or 0) < start:
            tables.set_cursor(CURSOR, start)
    if deliver:
        deliver_webhooks(corpus, report, post=post, backoff_s=backoff_s)
    return report


def usable_items(corpus: Corpus, items: list[WatchItem]) -> list[tuple[WatchItem, dict]]:
    """Each watch item with its spec, a saved search's query read once per run (`query`); an
    item that cannot be used (a query the search language no longer reads) is left out, logged."""
    out = []
    for item in items:
        spec = json.loads(item.spec)
        if item.kind == "search":
            try:
                spec["query"] = search_query(corpus, spec["q"])
            except NewsgraphError as exc:
                log.warning("watch item %s: saved search %r left out: %s", item.id, spec["q"], exc)
                continue
        out.append((item, spec))
    return out


def _match(tables: AccountTables, items: list[tuple[WatchItem, dict]], docs: list[tuple[int, str]]) -> int:
    """Record the matches of a batch of documents: what each document mentions and its events
    are read once for the batch; each saved search is one full-text query over the batch."""
    keys = [k for k, _ in docs]
    live = [(item, spec) for item, spec in items if item.since_doc < keys[-1]]
    if not live:
        return 0
    mentioned = tables.entities_of(keys) if any(i.kind == "entity" for i, _ in live) else {}
    events = tables.events_of(keys) if any(i.kind == "events" for i, _ in live) else []
    pairs = []
    for item, spec in live:
        if item.kind == "entity":
            ids = set(spec["ids"])
            found = {doc for doc, ents in mentioned.items() if ents & ids}
        elif item.kind == "search":
            found = tables.docs_matching(spec["query"], [k for k in keys if k > item.since_doc])
        elif item.kind == "events":
            found = {doc for doc, root, actors, place in events if event_fits(spec, root, actors, place)}
        else:
            log.warning("watch item %s of unknown kind %r left out", item.id, item.kind)
            continue
        pairs += [(item.id, doc) for doc in sorted(found) if doc > item.since_doc]
    return tables.record_matches(pairs, idempotency_key) if pairs else 0


def event_fits(spec: dict, root: str | None, actors: set[int], place: int | None) -> bool:
    """Whether an event passes an event filter: its CAMEO root, one of its actors, its place
    (each only when the filter names it).

    >>> event_fits({"root": "04", "actor": {"ids": [7]}}, "04", {3, 7}, None)
    True
    >>> event_fits({"place": {"ids": [5]}}, "04", {3}, None)
    False
    """
    if spec.get("root") and root != spec["root"]:
        return False
    if spec.get("actor") and not actors & set(spec["actor"]["ids"]):
        return False
    return not spec.get("place") or place in spec["place"]["ids"]


def idempotency_key(webhook: int, match: int) -> str:
    """A key for one delivery that no other delivery has, and that a receiver cannot guess.

    >>> len(idempotency_key(1, 2))
    32
    """
    import secrets

    return hashlib.sha256(f"{webhook}:{match}:{secrets.token_hex(16)}".encode()).hexdigest()[:32]


def payload(corpus: Corpus, d: Delivery) -> dict:
    """The JSON a webhook receives for one match."""
    cards = corpus.document_cards([d.doc_id]).get(d.doc_id, {})
    return {"idempotency_key": d.idem_key, "event": "watch.match",
            "watch": {"id": d.item, "label": d.label},
            "document": {"id": d.doc_id, "title": d.title, "published": d.published,
                         "url": cards.get("url"), "source": cards.get("source"), "lead": cards.get("lead")}}


def http_post(url: str, body: dict, key: str) -> None:
    """POST `body` as JSON; raises on a transport error or an answer outside 2xx."""
    import httpx

    response = httpx.post(url, json=body, timeout=WEBHOOK_TIMEOUT_S, follow_redirects=False,
                          headers={"Idempotency-Key": key, "User-Agent": USER_AGENT})
    response.raise_for_status()


def delay(attempts: int, backoff_s: float = BACKOFF_S) -> float:
    """Seconds before the next attempt after `attempts` failures.

    >>> [delay(n) for n in (1, 2, 3)]
    [1.0, 2.0, 4.0]
    """
    return min(backoff_s * 2 ** (attempts - 1), MAX_BACKOFF_S)


def deliver_webhooks(corpus: Corpus, report: AlertReport | None = None, post: Callable | None = None,
                     backoff_s: float = BACKOFF_S, sleep: Callable[[float], None] = time.sleep) -> AlertReport:
    """Send every due delivery once; retry failures with backoff (waiting in this run for
    retries due within WAIT_IN_RUN_S); give up on one after MAX_ATTEMPTS. `post(url, body,
    key)` sends (default: `http_post`)."""
    tables = AccountTables(corpus.store.db)
    report = report or AlertReport()
    post = post or http_post
    deadline = time.time() + WAIT_IN_RUN_S
    while True:
        due = tables.due_deliveries(time.time(), 100)
        for d in due:
            at = time.time()
            if not tables.claim_delivery(d.id, d.attempts, at, at + LEASE_S):
                continue  # another run has it
            attempts = d.attempts + 1
            try:
                post(d.url, payload(corpus, d), d.idem_key)
            except Exception as exc:  # any failure of the receiver or the network is one failed attempt
                error = f"{type(exc).__name__}: {exc}"[:300]
                retry_at = None if attempts >= MAX_ATTEMPTS else time.time() + delay(attempts, backoff_s)
                tables.delivery_failed(d.id, error, retry_at)
                report.errors.append(f"{d.url}: {error}")
                if retry_at is None:
                    report.failed += 1
                log.warning("webhook %s failed (attempt %d): %s", d.url, attempts, error)
                continue
            tables.delivery_sent(d.id)
            report.sent += 1
        waiting = tables.next_retry()
        if waiting is None or waiting > deadline or time.time() > deadline:
            return report
        if not due and waiting <= time.time():
            return report  # due but not sendable (its match is gone): nothing more to do now
        sleep(max(waiting - time.time(), 0.0))
