"""Analyses in a process of their own, which the server can stop at once and replace.

An `AnalysisProcess` owns one child process that loads the models and analyses one request at a
time. The server's memory never holds an analysis: a big text grows the child, and a child that
has grown past its budget (`growth_mb` over what it held once its models were loaded) is
replaced after the analysis, which hands all of that memory back to the system. A request
cancelled (deadline passed, client gone) kills the child at once rather than at the next stage
boundary, and a new one starts loading in the background.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any

from newsgraph import errors

# How much an analysis process may grow over its size with the models loaded before it is
# replaced (about 3 s of model loading): its word caches grow ~18 MB per 100 ordinary articles
# (NEREL dev texts), so a process serves several hundred; one text of 100 000+ characters
# leaves it larger than this.
ANALYSIS_GROWTH_MB = 96
# How often a waiting call looks at its cancellation flag and at the child being alive.
POLL_S = 0.1


class Cancelled(Exception):
    """An analysis stopped because its request is no longer waiting for it."""


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MB (0.0 where /proc cannot tell)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


class AnalysisProcess:
    """One child process analysing requests sent by `call`, one at a time (calls from several
    threads take turns). Started on first use or by `start()`; `close()` ends it."""

    def __init__(self, target: Callable[[Any], None], growth_mb: float = ANALYSIS_GROWTH_MB):
        self.target = target  # a module-level function taking the child's end of the pipe (see `serve`)
        self.growth_mb = growth_mb
        self.replaced = 0  # children replaced for their size, killed on cancel or lost
        self._lock = threading.Lock()
        self._proc = None
        self._conn = None
        self._baseline: float | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self, wait: bool = False) -> None:
        """Start the child if none runs; with `wait`, return once its models are loaded."""
        with self._lock:
            self._ensure()
            if wait:
                self._wait_ready(None)

    def call(self, kind: str, payload: dict, cancelled: threading.Event | None = None) -> Any:
        """The result of analysis `kind` ("one" or "batch") of `payload` in the child. Raises the
        InputError or StageError the analysis raised, Cancelled when `cancelled` was set first
        (the child is killed), StageError when the child died (it is replaced)."""
        with self._lock:
            self._ensure()
            if not self._wait_ready(cancelled):
                raise Cancelled("cancelled while the models were loading")
            self._conn.send((kind, payload))
            reply = self._receive(cancelled)
            if reply is None:
                raise Cancelled(f"cancelled during the {kind} analysis")
            status, value, rss = reply
            if rss - (self._baseline or rss) > self.growth_mb:
                self._replace()
        if status == "ok":
            return value
        cls, message, where, stage = value
        raise getattr(errors, cls, errors.StageError)(message, where, stage)

    def close(self) -> None:
        with self._lock:
            self._stop()

    # -- the child's lifetime; every caller holds self._lock

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        if self._proc is not None:
            self._stop()
            self.replaced += 1
        ctx = multiprocessing.get_context("spawn")
        mine, theirs = ctx.Pipe()
        self._proc = ctx.Process(target=self.target, args=(theirs,), name="newsgraph-analysis", daemon=True)
        self._proc.start()
        theirs.close()
        self._conn = mine
        self._baseline = None

    def _wait_ready(self, cancelled: threading.Event | None) -> bool:
        if self._baseline is not None:
            return True
        reply = self._receive(cancelled, kill=False)  # a loading child is left to finish
        if reply is None:
            return False
        self._baseline = reply[2]
        return True

    def _receive(self, cancelled: threading.Event | None, kill: bool = True):
        """The child's next message, or None when `cancelled` is set first (then, with `kill`,
        the child is killed and replaced).
        Raises StageError when the child ends without answering."""
        while True:
            try:
                if self._conn.poll(POLL_S):
                    return self._conn.recv()
            except (EOFError, OSError):
                pass
            else:
                if cancelled is not None and cancelled.is_set():
                    if kill:
                        self._replace()
                    return None
                if self._proc.is_alive():
                    continue
            code = self._proc.exitcode
            self._stop()
            self.replaced += 1
            raise errors.StageError(f"the analysis process ended without an answer (exit code {code})")

    def _replace(self) -> None:
        self._stop()
        self.replaced += 1
        self._ensure()  # the next child loads its models while nobody waits for it

    def _stop(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._baseline = None
        if conn is not None:
            conn.close()
        if proc is not None:
            proc.kill()
            proc.join(5)


def serve(conn, warm_up: Callable[[], None], handle: Callable[[str, dict], Any]) -> None:
    """The loop of a child process: `warm_up()`, say so with the size it takes, then answer each
    (kind, payload) with ("ok", handle(kind, payload), rss) or ("error", (class, message, where,
    stage), rss) until the parent closes the pipe."""
    warm_up()
    conn.send(("ready", None, rss_mb()))
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            reply = ("ok", handle(kind, payload))
        except errors.NewsgraphError as exc:
            reply = ("error", (type(exc).__name__, exc.message, exc.where, exc.stage))
        except Exception as exc:  # noqa: BLE001 - the server turns it into one 500 line
            reply = ("error", ("StageError", f"{type(exc).__name__}: {exc}", None, None))
        conn.send((*reply, rss_mb()))
