"""Ingest: read inputs, skip what the store already holds, analyse the rest, store them in batches.

The calling process reads every input once into a spool on disk while it learns the lines
each site repeats (`read_and_learn`), so the analysis of a page depends on the set of inputs
alone, not on their order or the worker that gets it. It then checks ids and content hashes
against the store (so a rerun skips stored documents before any analysis) and writes; the analysis and everything else that does
not need the store (lemma index, MinHash signature, band keys) runs in `workers` processes
started with `spawn`, each building its `Pipeline` (models and the frozen site table) once
(`workers=0` analyses in the calling process, for debugging and small jobs). Documents go to the workers a few at a time and come
back in input order.

Analysed documents are saved in batches, one transaction each, committed every `BATCH_DOCS`
documents or `BATCH_SECONDS` seconds, whichever comes first: with one transaction per document
the commits alone took more of the writer's time than everything else it does. A document is
counted as stored (and reported to `on_progress`) only once its batch is committed, and a
batch is whole or absent after a kill, so an ingest stays idempotent and resumable.

On Ray into PostgreSQL the actors analyse and write in parallel, and this process links what
they wrote in input order (`write_in_parallel`, docs/scaling.md); documents a killed run wrote
but did not link are linked when the next ingest starts.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from newsgraph.corpus.dedup import content_hash
from newsgraph.corpus.prepare import Prepared, analyse_and_prepare
from newsgraph.doc import Document
from newsgraph.blas import SINGLE_THREADED
from newsgraph.clean.site import SiteTable
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.pipeline import Pipeline, read_and_learn
from newsgraph.read import read_paths

# Documents sent to a worker in one task. Each task costs the writing process about 1 ms of
# CPU in the pool's queues and threads, more than saving a document; 16 makes it a small share.
CHUNK_DOCS = 16
# Documents in flight per worker (three tasks): one being analysed, one queued behind it, one
# finished and waiting for the writer; few enough that memory stays flat on any corpus.
IN_FLIGHT_PER_WORKER = 48
# A batch is committed at this many documents, or once its first document has waited this
# long, so a slow analysis never holds finished documents back for long.
BATCH_DOCS = 128
BATCH_SECONDS = 0.5
# With parallel writers, the documents they stored are linked in batches of this many.
LINK_DOCS = 256


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
                 analyse: Callable = analyse_and_prepare, engine: str = "processes",
                 address: str | None = None) -> IngestSummary:
    """Store every new document found under `paths`; report each bad input or failed
    document to `on_error` and skip it. `analyse(doc, pipeline)` turns a Document into a
    `Prepared` or an error (a module-level function, so worker processes can run it).
    `engine` "ray" runs the analysis on Ray actors instead of local processes (`workers` of
    them, else one per CPU of the cluster at `address` / $RAY_ADDRESS or of this machine).
    Into SQLite (one writer at a time) the writing, and with it every corpus decision, stays
    here, in input order; into PostgreSQL the Ray actors also write, in parallel, and the
    corpus decisions are taken here for what they wrote, in input order (`write_in_parallel`).
    Returns the counts; a document counts as stored once its batch is committed."""
    summary = IngestSummary()
    pending: dict[str, str] = {}  # id → content hash of each document between the check and its save
    pending_hashes: set[str] = set()
    batch: list[Prepared] = []
    batch_started = 0.0

    def fail(exc: NewsgraphError) -> None:
        summary.failed += 1
        if on_error:
            on_error(exc)
        if on_progress:
            on_progress(summary)

    def new_documents() -> Iterator[Document]:
        for item in inputs:
            if isinstance(item, InputError):
                fail(item)
                continue
            digest = content_hash(item.text)
            if (item.id in pending or digest in pending_hashes
                    or store.has(doc_id=item.id, content_hash=digest)):
                summary.duplicates += 1
                if on_progress:
                    on_progress(summary)
                continue
            pending[item.id] = digest
            pending_hashes.add(digest)
            yield item

    def count(result) -> None:
        pending_hashes.discard(pending.pop(result.id, None))
        if result.status == "stored":
            summary.stored += 1
        else:
            summary.duplicates += 1
        if on_progress:
            on_progress(summary)

    def commit() -> None:
        saved = store.save_many(batch) if batch else []
        for result in saved:
            count(result)
        batch.clear()

    # Documents a killed run of parallel writers stored but did not link are linked first.
    store.link_waiting()
    sites, inputs = read_and_learn(read_paths(paths))
    if engine == "ray" and store.store.parallel_writers:
        with inputs:
            write_in_parallel(new_documents(), store, sites, whole, analyse, workers, address, count, fail)
        return summary
    if engine == "ray":
        from newsgraph.batch import prepare_on_ray

        results = prepare_on_ray(new_documents(), sites, whole, analyse, actors=workers or None, address=address)
    elif workers <= 0:
        pipeline = Pipeline(sites=sites, whole=whole)
        results = (analyse(doc, pipeline) for doc in new_documents())
    else:
        results = analyse_in_processes(new_documents(), workers, sites, whole, analyse)
    with inputs:
        for result in results:
            if isinstance(result, NewsgraphError):
                fail(result)
                continue
            if not batch:
                batch_started = time.monotonic()
            batch.append(result)
            if len(batch) >= BATCH_DOCS or time.monotonic() - batch_started >= BATCH_SECONDS:
                commit()
        commit()
    return summary


def write_in_parallel(docs: Iterable[Document], corpus, sites: SiteTable, whole: bool, analyse: Callable,
                      workers: int, address: str | None, count: Callable, fail: Callable) -> None:
    """The analysis and the writing on Ray actors, each a writer with its own connection
    (`batch.write_on_ray`); the corpus decisions here, by `corpus`'s linker, for the documents
    written so far in key order (which is input order), every LINK_DOCS documents or
    BATCH_SECONDS seconds, and once more at the end."""
    from newsgraph.batch import write_on_ray

    waiting, last_key, since = 0, None, time.monotonic()
    for result in write_on_ray(docs, sites, whole, analyse, corpus.store, actors=workers or None, address=address):
        if isinstance(result, NewsgraphError):
            fail(result)
            continue
        count(result)
        if result.status == "stored":
            waiting, last_key = waiting + 1, result.key
        if waiting >= LINK_DOCS or (waiting and time.monotonic() - since >= BATCH_SECONDS):
            corpus.link_waiting(last_key)
            waiting, since = 0, time.monotonic()
    if last_key is not None:
        corpus.link_waiting(last_key)


# The worker process's own Pipeline, built once by `_start_worker`.
_WORKER_PIPELINE: Pipeline | None = None


def _start_worker(parent: int, sites: dict, whole: bool) -> None:
    global _WORKER_PIPELINE

    _exit_with_parent(parent)
    _WORKER_PIPELINE = Pipeline(sites=SiteTable.from_dict(sites), whole=whole)
    # Build the models now, once per process, rather than inside the first document's timing.
    _WORKER_PIPELINE.resources.build()


# How often a worker checks that the ingest that started it is still there.
PARENT_POLL_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """End this worker when the ingest that started it (`parent`) dies, even before the
    worker got going (a `kill -9` of the ingest alone): the pool's workers would otherwise
    wait on its queue for ever, holding their models in memory."""
    import threading

    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _analyse_chunk(analyse: Callable, docs: list[Document]) -> list:
    return [analyse(doc, _WORKER_PIPELINE) for doc in docs]


def analyse_in_processes(docs: Iterable[Document], workers: int, sites: SiteTable, whole: bool,
                         analyse: Callable = analyse_and_prepare) -> Iterator[Prepared | NewsgraphError]:
    """Analyse `docs` in `workers` spawned processes, each with its own Pipeline over the
    same frozen `sites`, CHUNK_DOCS at a time, yielding results in input order with a
    bounded number in flight."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    window: deque = deque()
    chunks = max(1, workers * IN_FLIGHT_PER_WORKER // CHUNK_DOCS)
    docs = iter(docs)
    with _environment(SINGLE_THREADED), \
            ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                                initargs=(os.getpid(), sites.to_dict(), whole)) as pool:
        while chunk := list(islice(docs, CHUNK_DOCS)):
            window.append(pool.submit(_analyse_chunk, analyse, chunk))
            if len(window) >= chunks:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


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
