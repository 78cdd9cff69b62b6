"""Batch analysis on Ray Data: many files in, Documents as JSON Lines out.

The driver only expands the paths it is given into a list of files. A first pass learns the
lines each site repeats: Ray tasks read the files and count their pages' short lines per
source, the driver adds the counts up into the frozen `SiteTable` that every actor then
analyses with, so the Documents are those `newsgraph extract` gives for the same inputs
(skipped with `whole`, which separates no chrome). Reading is distributed
by file: Ray tasks read a few files each with `read_one` and hand on the documents in small
blocks (`READ_BLOCK_BYTES`), so one large JSONL or WARC file still spreads over every
worker. A fixed pool of actors, one per CPU, builds the models once per process and runs on
each document the `Pipeline` that `newsgraph extract` runs. Rows travel as JSON strings: a
Document dict does not survive a trip through Arrow tables unchanged (ints become floats,
empty lists lose their type).

The results stream back to the driver, which writes them, so an output folder on the
driver's disk works on a cluster without shared storage. Documents go to
`documents-NNNNN.jsonl` (the objects `newsgraph extract` prints, one per line), failures to
`errors.jsonl` as {"where", "stage", "reason", "id"}. Output order is not input order.
"""
from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from newsgraph.clean.site import SiteCounter, SiteTable
from newsgraph.doc import Document
from newsgraph.blas import BLAS_THREAD_VARIABLES
from newsgraph.errors import InputError, NewsgraphError, StageError

# A row's kind: a document (read, then analysed) or a failure record.
DOCUMENT = "document"
ERROR = "error"
# Documents per output file: small enough to ingest or copy piecemeal, few enough files.
DOCS_PER_FILE = 10_000
DOCUMENTS_GLOB = "documents-*.jsonl"
ERRORS_FILE = "errors.jsonl"
# Each actor is one process analysing one document at a time; BLAS thread pools inside it
# would only fight the other actors for the same cores (see newsgraph/blas.py).
WORKER_ENV = {"env_vars": {name: "1" for name in BLAS_THREAD_VARIABLES}}
# Ray Data cuts blocks by size; at 64 KiB a block holds some 5-30 news pages, so the
# documents of one big file reach many actors instead of one.
READ_BLOCK_BYTES = 64 * 1024


class BatchCounts(NamedTuple):
    documents: int
    failed: int


def analyse_on_ray(paths: Iterable[str], out_dir: str | Path, whole: bool = False, address: str | None = None,
                   num_cpus: int | None = None, batch_size: int = 16,
                   on_error: Callable[[dict], None] | None = None) -> BatchCounts:
    """Analyse every document under `paths` on Ray and write the results into `out_dir`,
    replacing the documents and errors files of an earlier run there.

    `address` (else $RAY_ADDRESS) joins a running cluster; without one a local Ray with
    `num_cpus` CPUs is started and stopped (a Ray already started in this process is used
    as it is). Each failure record also goes to `on_error`. Returns the counts written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(DOCUMENTS_GLOB):
        stale.unlink()
    with ExitStack() as stack:
        errors = stack.enter_context(open(out / ERRORS_FILE, "w", encoding="utf-8"))
        documents = stack.enter_context(_PartWriter(out))
        failed = 0

        def fail(record: dict) -> None:
            nonlocal failed
            failed += 1
            errors.write(json.dumps(record, ensure_ascii=False) + "\n")
            errors.flush()
            if on_error:
                on_error(record)

        files = []
        for path in _expand(paths):
            if isinstance(path, InputError):
                fail(error_record(path))
            else:
                files.append(path)
        if files:
            stack.enter_context(_ray_session(address, num_cpus))
            stack.enter_context(_data_context())
            actors = _actor_count(num_cpus)
            sites = SiteTable() if whole else learn_sites_on_ray(files, actors)
            for row in build_dataset(files, whole, actors, batch_size, sites).iter_rows():
                if row["kind"] == DOCUMENT:
                    documents.write(row["line"])
                else:
                    fail(json.loads(row["line"]))
        return BatchCounts(documents.count, failed)


def prepare_on_ray(docs: Iterable[Document], sites: SiteTable, whole: bool, analyse: Callable,
                   actors: int | None = None, address: str | None = None, chunk: int = 16) -> Iterator:
    """`analyse(doc, pipeline)` of each document on a pool of Ray actors (`actors`, else one per
    CPU), each with its own Pipeline over `sites`; results come back in input order, with a
    bounded number of chunks in flight, so the caller can write them as a plain ingest does."""
    import ray

    with _ray_session(address, actors):
        count = _actor_count(actors)
        remote = ray.remote(num_cpus=1, runtime_env=WORKER_ENV)(PrepareActor)
        pool = _Pool(lambda: remote.remote(sites.to_dict(), whole, analyse), count)
        yield from _in_order(docs, chunk, count, lambda turn, part: pool[turn].prepare.remote(part))


def write_on_ray(docs: Iterable[Document], sites: SiteTable, whole: bool, analyse: Callable, store,
                 actors: int | None = None, address: str | None = None, chunk: int = 16) -> Iterator:
    """Analyse and store each document on a pool of Ray actors, each with its own Pipeline and
    its own connection to `store` (a `Store` that takes parallel writers): the actors are the
    writers. Each chunk of documents gets keys reserved here in input order, and its analysed
    documents are stored under them in one transaction, waiting to be linked. Yields, in input
    order, a SaveResult per document stored or found already stored, a NewsgraphError per failure."""
    import ray

    with _ray_session(address, actors):
        count = _actor_count(actors)
        remote = ray.remote(num_cpus=1, runtime_env=WORKER_ENV)(WriteActor)
        pool = _Pool(lambda: remote.remote(sites.to_dict(), whole, analyse, store.dsn), count)
        yield from _in_order(docs, chunk, count,
                             lambda turn, part: pool[turn].write.remote(part, store.reserve_keys(len(part))))


class _Pool:
    """`count` actors made by `make`, each started when first asked for (a rerun that finds
    everything stored starts none, and loads no models)."""

    def __init__(self, make: Callable, count: int) -> None:
        self.make, self.actors = make, [None] * count

    def __getitem__(self, i: int):
        if self.actors[i] is None:
            self.actors[i] = self.make()
        return self.actors[i]


def _in_order(docs: Iterable, chunk: int, count: int, submit: Callable) -> Iterator:
    """Chunks of `docs` handed to `submit(actor number, chunk)` in turn; the results of each
    chunk yielded in input order, with at most three chunks per actor in flight."""
    import ray

    window: deque = deque()
    docs = iter(docs)
    turn = 0
    while part := list(islice(docs, chunk)):
        window.append(submit(turn % count, part))
        turn += 1
        if len(window) >= 3 * count:
            yield from ray.get(window.popleft())
    while window:
        yield from ray.get(window.popleft())


class PrepareActor:
    """A Ray actor of `prepare_on_ray`: its Pipeline built once, then chunks of documents."""

    def __init__(self, sites: dict, whole: bool, analyse: Callable) -> None:
        from newsgraph.pipeline import Pipeline

        self.pipeline = Pipeline(sites=SiteTable.from_dict(sites), whole=whole)
        self.analyse = analyse
        self.pipeline.resources.build()

    def prepare(self, docs: list[Document]) -> list:
        return [self.analyse(doc, self.pipeline) for doc in docs]


class WriteActor(PrepareActor):
    """A Ray actor of `write_on_ray`: a PrepareActor that stores what it prepared itself,
    through its own connection to the store."""

    def __init__(self, sites: dict, whole: bool, analyse: Callable, store_url: str) -> None:
        from newsgraph.store import open_store

        super().__init__(sites, whole, analyse)
        self.store = open_store(store_url)

    def write(self, docs: list[Document], keys: list[int]) -> list:
        results = self.prepare(docs)
        ready = [(key, r) for key, r in zip(keys, results) if not isinstance(r, NewsgraphError)]
        saved = iter(self.store.write_many(ready) if ready else [])
        return [r if isinstance(r, NewsgraphError) else next(saved) for r in results]


def build_dataset(files: list[str], whole: bool, actors: int, batch_size: int, sites: SiteTable | None = None):
    """The Ray Data plan: file paths → rows read per file → rows analysed by `actors` actors,
    each with a Pipeline over the site table `sites`."""
    import ray.data

    ds = _read_plan(files, read_rows, actors)
    kwargs = {"whole": whole, "sites": (sites or SiteTable()).to_dict()}
    return ds.map_batches(AnalyseBatch, fn_constructor_kwargs=kwargs, batch_size=batch_size,
                          batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
                          runtime_env=WORKER_ENV)


def learn_sites_on_ray(files: list[str], actors: int) -> SiteTable:
    """The first pass: each file's pages counted per source by Ray tasks, the counts added up
    here into the frozen site table."""
    counter = SiteCounter()
    for row in _read_plan(files, count_site_lines, actors).iter_rows():
        counter.add_counts(row["key"], {row["line"]: row["pages"]})
    return counter.freeze()


def _read_plan(files: list[str], per_file: Callable, actors: int):
    import ray.data

    # Read tasks reserve no CPU: reading is light next to the analysis and Ray Data
    # backpressures it, while a reservation would deadlock against a pool holding every core.
    readers = max(1, actors // 2)
    # Absolute names to open, so workers started in other folders (or on other machines
    # sharing the file system) find the files.
    ds = ray.data.from_items([{"path": path, "file": str(Path(path).resolve())} for path in files])
    return ds.flat_map(per_file, num_cpus=0, compute=ray.data.TaskPoolStrategy(size=readers),
                       runtime_env=WORKER_ENV)


def count_site_lines(item: dict) -> Iterator[dict]:
    """One file's share of the site table: per source and candidate line, the pages carrying it."""
    counter = SiteCounter()
    for found in read_named(item):
        if not isinstance(found, InputError):
            counter.add(found)
    for key, counts in counter.counts().items():
        for line, pages in counts.items():
            yield {"key": key, "line": line, "pages": pages}


def read_rows(item: dict) -> Iterator[dict]:
    """One file read with our readers: a row per Document (its dict as JSON) or per InputError."""
    for found in read_named(item):
        if isinstance(found, InputError):
            yield {"kind": ERROR, "line": json.dumps(error_record(found), ensure_ascii=False)}
        else:
            yield {"kind": DOCUMENT, "line": json.dumps(found.to_dict(), ensure_ascii=False)}


def read_named(item: dict) -> Iterator[Document | InputError]:
    """The documents and read failures of one file. `item` holds the absolute `file` to open
    and the `path` as the user gave it, which is the name documents and errors carry (and the
    source their site is known by), as they do from `newsgraph extract`."""
    from newsgraph.read import read_one

    def named(where: str | None) -> str | None:
        return item["path"] + where[len(item["file"]):] if where and where.startswith(item["file"]) else where

    for found in read_one(item["file"]):
        if isinstance(found, InputError):
            found.where = named(found.where)
        elif "path" in found.source:
            found.source["path"] = named(found.source["path"])
        yield found


class AnalyseBatch:
    """An actor of the pool: builds its Pipeline (models, site table) once, then analyses the
    documents of each batch."""

    def __init__(self, whole: bool = False, sites: dict | None = None) -> None:
        from newsgraph.pipeline import Pipeline

        self.pipeline = Pipeline(sites=SiteTable.from_dict(sites or {}), whole=whole)
        self.pipeline.resources.build()

    def __call__(self, batch) -> dict[str, list[str]]:
        kinds, lines = [], []
        for kind, line in zip(batch.column("kind").to_pylist(), batch.column("line").to_pylist()):
            if kind == DOCUMENT:
                kind, line = analyse_line(line, self.pipeline)
            kinds.append(kind)
            lines.append(line)
        return {"kind": kinds, "line": lines}


def analyse_line(line: str, pipeline) -> tuple[str, str]:
    """A read Document (JSON) analysed by `pipeline`: ("document", its JSON) or ("error", a
    failure record)."""
    doc = Document.from_dict(json.loads(line))
    analysed = pipeline.attempt(doc)
    if isinstance(analysed, StageError):
        return ERROR, json.dumps(error_record(analysed, doc.id), ensure_ascii=False)
    return DOCUMENT, json.dumps(analysed.to_dict(), ensure_ascii=False)


def error_record(exc: NewsgraphError, doc_id: str | None = None) -> dict:
    """The line errors.jsonl holds for one failure; a read failure has stage "read"."""
    return {"where": exc.where, "stage": exc.stage or "read", "reason": exc.message, "id": doc_id}


def _expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    from newsgraph.read import expand_paths

    for path in expand_paths(paths):
        if path == "-":
            yield InputError("batch does not read standard input (use `newsgraph extract -`)", "-")
        else:
            yield path


class _PartWriter:
    """Lines into documents-00000.jsonl, documents-00001.jsonl, ... of DOCS_PER_FILE each."""

    def __init__(self, out: Path) -> None:
        self.out, self.count, self._fh = out, 0, None

    def write(self, line: str) -> None:
        if self.count % DOCS_PER_FILE == 0:
            self.close()
            self._fh = open(self.out / f"documents-{self.count // DOCS_PER_FILE:05d}.jsonl", "w", encoding="utf-8")
        self._fh.write(line + "\n")
        self.count += 1

    def close(self) -> None:
        if self._fh:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "_PartWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def _ray_session(address: str | None, num_cpus: int | None):
    """Use a Ray already started in this process, join the cluster at `address` (or
    $RAY_ADDRESS), or start a quiet local one; only a Ray started here is shut down here."""
    import ray

    if ray.is_initialized():
        yield
        return
    address = address or os.environ.get("RAY_ADDRESS")
    # ERROR, not WARNING: Ray warns on every start about settings a user did not ask for.
    quiet = {"include_dashboard": False, "logging_level": logging.ERROR, "log_to_driver": False,
             "runtime_env": WORKER_ENV}
    if address:
        check_reachable(address)
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=num_cpus, **quiet)
    _quiet_ray_data_console()
    try:
        yield
    finally:
        ray.shutdown()


def check_reachable(address: str, timeout: float = 5.0) -> None:
    """Raise ConnectionError when nothing listens at a `host:port` or `ray://host:port`
    address: Ray itself keeps retrying such an address for minutes. "auto" is not checked."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"//{address}")
    try:
        port = parts.port
    except ValueError:
        port = None
    if not parts.hostname or port is None:
        return
    try:
        socket.create_connection((parts.hostname, port), timeout=timeout).close()
    except OSError as exc:
        raise ConnectionError(f"nothing answers at {address}: {exc.strerror or exc}") from None


def _quiet_ray_data_console() -> None:
    """Ray Data logs each execution's start and plan to the console; its log files in the
    session folder keep everything."""
    import ray.data  # noqa: F401  (sets up the "ray.data" logger)

    for handler in logging.getLogger("ray.data").handlers:
        if type(handler) is not logging.FileHandler and isinstance(handler, logging.StreamHandler):
            handler.setLevel(logging.ERROR)


@contextmanager
def _data_context():
    """Small blocks and no progress bars for the run, then the caller's settings back."""
    import ray.data

    ctx = ray.data.DataContext.get_current()
    saved = {"target_max_block_size": ctx.target_max_block_size, "enable_progress_bars": ctx.enable_progress_bars}
    ctx.target_max_block_size = READ_BLOCK_BYTES
    ctx.enable_progress_bars = False
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(ctx, name, value)


def _actor_count(num_cpus: int | None) -> int:
    """One actor per CPU: `num_cpus` when given, else every CPU of the cluster."""
    import ray

    cluster = int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(num_cpus, cluster) if num_cpus else cluster)
