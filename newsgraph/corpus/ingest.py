"""Ingest: read inputs, skip what the store already holds, analyse the rest, store each.

The calling process reads, checks ids and content hashes against the store (so a rerun skips
stored documents before any analysis) and writes; the analysis runs in `workers` processes
started with `spawn`, each building the models once (`workers=0` analyses in the calling
process, for debugging and small jobs). Each document is
saved in its own transaction, which makes an ingest idempotent and resumable after a kill.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from newsgraph.corpus.dedup import content_hash
from newsgraph.corpus.prepare import Prepared, analyse_and_prepare
from newsgraph.doc import Document
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.read import feeds, read_paths, warc  # noqa: F401  (feeds and warc register their readers)

# Documents in flight per worker: enough to keep each busy while the writer catches up,
# few enough that memory stays flat on a corpus of any size.
IN_FLIGHT_PER_WORKER = 8
# Each worker is one process doing one document at a time: BLAS thread pools inside them would
# only fight the other workers for the same cores (OpenBLAS threads spin while they wait).
SINGLE_THREADED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.failed


def ingest_paths(paths: Iterable[str], store, workers: int = 1, whole: bool = False,
                 on_error: Callable[[NewsgraphError], None] | None = None,
                 on_progress: Callable[[IngestSummary], None] | None = None,
                 analyse: Callable = analyse_and_prepare) -> IngestSummary:
    """Store every new document found under `paths`; report each bad input or failed
    document to `on_error` and skip it. `analyse(doc, whole)` turns a Document into a
    `Prepared` or an error (a module-level function, so worker processes can run it).
    Returns the counts."""
    summary = IngestSummary()
    pending_ids: set[str] = set()
    pending_hashes: set[str] = set()

    def fail(exc: NewsgraphError) -> None:
        summary.failed += 1
        if on_error:
            on_error(exc)
        if on_progress:
            on_progress(summary)

    def new_documents() -> Iterator[Document]:
        for item in read_paths(paths):
            if isinstance(item, InputError):
                fail(item)
                continue
            digest = content_hash(item.text)
            if (item.id in pending_ids or digest in pending_hashes
                    or store.has(doc_id=item.id, content_hash=digest)):
                summary.duplicates += 1
                if on_progress:
                    on_progress(summary)
                continue
            pending_ids.add(item.id)
            pending_hashes.add(digest)
            yield item

    if workers <= 0:
        results = (analyse(doc, whole) for doc in new_documents())
    else:
        results = analyse_in_processes(new_documents(), workers, whole, analyse)
    for result in results:
        if isinstance(result, NewsgraphError):
            fail(result)
            continue
        saved = store.save(result)
        pending_ids.discard(result.doc.id)
        pending_hashes.discard(result.content_hash)
        if saved.status == "stored":
            summary.stored += 1
        else:
            summary.duplicates += 1
        if on_progress:
            on_progress(summary)
    return summary


def _warm_worker() -> None:
    from newsgraph.resources import get_resources

    res = get_resources()
    # Build the models now, once per process, rather than inside the first document's timing.
    res.morph_tagger, res.ner_tagger, res.morph


def analyse_in_processes(docs: Iterable[Document], workers: int, whole: bool,
                         analyse: Callable = analyse_and_prepare) -> Iterator[Prepared | NewsgraphError]:
    """Analyse `docs` in `workers` spawned processes, yielding results in input order with a
    bounded number in flight."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    window: deque = deque()
    with _environment(SINGLE_THREADED), \
            ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_worker) as pool:
        for doc in docs:
            window.append(pool.submit(analyse, doc, whole))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


@contextlib.contextmanager
def _environment(values: dict[str, str]):
    """Set environment variables (those the user has not set) for the processes started inside."""
    added = {k: v for k, v in values.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for k in added:
            os.environ.pop(k, None)
