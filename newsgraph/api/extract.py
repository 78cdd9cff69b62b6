"""Analysing a posted text or HTML page, without storing it.

Analyses run in an `AnalysisQueue`: a fixed number of workers, a bounded number of requests
waiting for them (429 when it is full), a deadline per request (503 when it passes), and
cancellation of a request whose deadline passed or whose client went away. Waiting requests
hold no server thread, so every other route keeps answering. Each worker hands its analyses to
a process of its own (`worker.AnalysisProcess`), killed at once on cancellation and replaced
when an analysis has grown it past its memory budget; `isolated=False` analyses in the
worker thread instead, stopping a cancelled job at its next stage boundary.
"""
from __future__ import annotations

import asyncio
import functools
import queue as queues
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from newsgraph.doc import Document
from newsgraph.api.worker import ANALYSIS_GROWTH_MB, AnalysisProcess, Cancelled, serve
from newsgraph.errors import InputError, StageError

# The stages build some of their tables lazily on first use; one analysis at a time keeps
# that first build single, and the work is CPU-bound under the GIL anyway.
_ANALYSIS = threading.Lock()
# Documents in one batch request: a site's front page of stories, not an archive.
MAX_BATCH = 100
# Analyses at once (CPU-bound: one per core at most), requests waiting for one, and how long
# a request may take from its arrival; a news article takes well under a second.
ANALYSIS_WORKERS = 1
ANALYSIS_WAITING = 8
ANALYSIS_DEADLINE_S = 60.0
T = TypeVar("T")
__all__ = ["AnalysisQueue", "Cancelled", "ExtractBatch", "ExtractRequest", "analyse_batch", "analyse_request"]


class AnalysisQueue:
    """Worker threads for analyses, with a bounded queue in front of them and a deadline.

    `await queue.run(job, request)` runs `job(cancelled)` on a worker, where `cancelled` is a
    threading.Event the job looks at between steps. Raises HTTPException 429 when `workers +
    waiting` jobs are already admitted, 503 when the deadline passes first."""

    def __init__(self, workers: int = ANALYSIS_WORKERS, waiting: int = ANALYSIS_WAITING,
                 deadline: float = ANALYSIS_DEADLINE_S, isolated: bool = True,
                 growth_mb: float = ANALYSIS_GROWTH_MB):
        self.deadline = deadline
        self.capacity = workers + waiting
        self.isolated = isolated
        self._admitted = threading.BoundedSemaphore(self.capacity)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsgraph-analysis")
        self.processes = [AnalysisProcess(analysis_child, growth_mb) for _ in range(workers if isolated else 0)]
        self._free: queues.SimpleQueue[AnalysisProcess] = queues.SimpleQueue()
        for proc in self.processes:
            self._free.put(proc)

    def start(self) -> None:
        """Load the models now (in each analysis process, or in this one when not isolated)
        rather than on the first request; returns once they are loaded."""
        if not self.isolated:
            load_models()
        for proc in self.processes:
            proc.start(wait=True)

    async def analyse(self, kind: str, payload: dict, request=None):
        """The analysis `kind` ("one": an ExtractRequest, "batch": an ExtractBatch) of `payload`
        as `run` runs a job: the Document (dict), or the batch's {documents, errors}."""
        return await self.run(functools.partial(self._analyse, kind, payload), request)

    def _analyse(self, kind: str, payload: dict, cancelled: threading.Event):
        if not self.isolated:
            return analyse_payload(kind, payload, cancelled)
        proc = self._free.get()
        try:
            return proc.call(kind, payload, cancelled)
        finally:
            self._free.put(proc)

    def submit(self, job: Callable[[threading.Event], T]) -> tuple[Future, threading.Event]:
        if not self._admitted.acquire(blocking=False):
            raise HTTPException(429, f"the analysis queue is full ({self.capacity} requests); retry shortly",
                                headers={"Retry-After": "5"})
        cancelled = threading.Event()
        try:
            future = self._pool.submit(_run_unless_cancelled, job, cancelled)
        except RuntimeError:  # the pool is shut down: the server is stopping
            self._admitted.release()
            raise HTTPException(503, "the server is stopping") from None
        future.add_done_callback(lambda _: self._admitted.release())
        return future, cancelled

    async def run(self, job: Callable[[threading.Event], T], request=None) -> T:
        future, cancelled = self.submit(job)
        waiting = asyncio.wrap_future(future)
        ends = time.monotonic() + self.deadline
        try:
            while True:
                left = ends - time.monotonic()
                done, _ = await asyncio.wait({waiting}, timeout=max(0.0, min(0.25, left)))
                if done:
                    return waiting.result()
                if time.monotonic() >= ends:
                    raise HTTPException(503, f"the analysis took longer than {self.deadline:g} s; "
                                             f"send a shorter text", headers={"Retry-After": "30"})
                if request is not None and await request.is_disconnected():
                    raise HTTPException(503, "the client went away")
        finally:
            waiting.add_done_callback(lambda f: f.cancelled() or f.exception())  # retrieved: no warning
            if not future.done():
                cancelled.set()
                future.cancel()  # a job still waiting never starts; a running one stops at its next step

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        for proc in self.processes:
            proc.close()


def _run_unless_cancelled(job: Callable[[threading.Event], T], cancelled: threading.Event) -> T:
    if cancelled.is_set():
        raise Cancelled("cancelled before it started")
    try:
        return job(cancelled)
    finally:
        release_memory()


def release_memory() -> None:
    """Hand the heap's free pages back to the system after an analysis run in this process
    (glibc keeps a large analysis's freed memory in its arenas; `malloc_trim` returns what is
    free). A no-op where the C library has no such call."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


class ExtractRequest(BaseModel):
    """A text or an HTML page to analyse; `whole` treats a text as clean article text."""

    text: str | None = Field(None, description="Plain text (a page's text dump or a clean article).")
    html: str | None = Field(None, description="An HTML page; its article is extracted first.")
    url: str | None = Field(None, description="Where the page came from (kept in `source.url`).")
    id: str | None = Field(None, description="An id for the Document; default: a hash of the text.")
    title: str | None = None
    published: str | None = Field(None, description="ISO publication date, if known.")
    whole: bool = Field(False, description="Treat the entire text as article text (no chrome separation).")

    model_config = {"json_schema_extra": {"examples": [
        {"text": "Президент Казахстана Касым-Жомарт Токаев провёл переговоры в Ташкенте."}]}}


class ExtractBatch(BaseModel):
    """Several pages of one or more sites, analysed as one set: the lines a site repeats across
    them are learnt first, as `newsgraph extract` does with the same files."""

    documents: list[ExtractRequest] = Field(..., min_length=1, max_length=MAX_BATCH)
    whole: bool = Field(False, description="Treat every text as clean article text (no chrome separation).")


def request_document(req: ExtractRequest, where: str = "body") -> Document:
    """The unanalysed Document of a request. Raises InputError when it has neither usable
    text nor HTML, or both."""
    from newsgraph.read import document_from_record

    if req.text is not None and req.html is not None:
        raise InputError("give either 'text' or 'html', not both", where)
    record = req.model_dump(exclude_none=True)
    return document_from_record(record, where, None, fmt="html" if req.html is not None else "text")


def analyse_request(req: ExtractRequest, cancelled: threading.Event | None = None) -> Document:
    """The analysed Document for a request. Raises InputError for an unusable request,
    StageError when a stage fails, Cancelled when `cancelled` is set between two stages."""
    from newsgraph.pipeline import Pipeline

    doc = request_document(req)
    with _ANALYSIS:
        return run_stages(Pipeline(whole=req.whole), doc, cancelled)


def run_stages(pipeline, doc: Document, cancelled: threading.Event | None = None) -> Document:
    """`pipeline(doc)`, one stage at a time, looking at `cancelled` before each."""
    from newsgraph.pipeline import Pipeline

    for name in pipeline.names:
        if cancelled is not None and cancelled.is_set():
            raise Cancelled(f"cancelled before the {name} stage")
        doc = Pipeline(pipeline.resources, pipeline.sites, pipeline.whole, stages=[name])(doc)
    return doc


def analyse_batch(batch: ExtractBatch, cancelled: threading.Event | None = None) -> dict:
    """`documents`: the analysed Document of each request, in order, or null where it failed;
    `errors`: {index, reason} for each failure. Raises Cancelled when `cancelled` is set."""
    from newsgraph.clean.site import learn_sites
    from newsgraph.pipeline import Pipeline

    docs, errors = [], []
    for index, req in enumerate(batch.documents):
        try:
            docs.append(request_document(req, f"documents[{index}]"))
        except InputError as exc:
            docs.append(None)
            errors.append({"index": index, "reason": exc.message})
    out = []
    with _ANALYSIS:
        pipeline = Pipeline(sites=learn_sites(d for d in docs if d is not None), whole=batch.whole)
        for index, doc in enumerate(docs):
            if doc is None:
                out.append(None)
                continue
            try:
                out.append(run_stages(pipeline, doc, cancelled).to_dict())
            except StageError as exc:
                out.append(None)
                errors.append({"index": index, "reason": f"{exc.stage}: {exc.message}"})
    return {"documents": out, "errors": sorted(errors, key=lambda e: e["index"])}


def load_models() -> None:
    """Build the models and the stages' tables now rather than on the first request."""
    from newsgraph.pipeline import Pipeline

    with _ANALYSIS:
        Pipeline().warm_up()


def analyse_payload(kind: str, payload: dict, cancelled: threading.Event | None = None):
    """`analyse_batch` ("batch") or `analyse_request` ("one") of a request's JSON-ready form,
    with the heap trimmed afterwards."""
    try:
        if kind == "batch":
            return analyse_batch(ExtractBatch.model_validate(payload), cancelled)
        return analyse_request(ExtractRequest.model_validate(payload), cancelled).to_dict()
    finally:
        release_memory()


def analysis_child(conn) -> None:
    """What an analysis process runs: the models loaded, then requests answered (`worker.serve`)."""
    serve(conn, load_models, analyse_payload)
