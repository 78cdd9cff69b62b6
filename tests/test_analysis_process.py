"""Analyses in a process of their own: a cancelled analysis is killed at once, a grown process
is replaced so its memory goes back to the system, a process that dies costs one request."""
import asyncio
import os
import signal
import threading
import time

import pytest
from starlette.exceptions import HTTPException

from newsgraph.api.extract import AnalysisQueue
from newsgraph.api.worker import rss_mb
from newsgraph.errors import InputError, StageError

SENTENCE = ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Узбекистана "
            "Шавкатом Мирзиёевым в Астане, стороны обсудили торговлю и транзит. ")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a killed child not yet reaped is a zombie: not alive either
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def queue():
    q = AnalysisQueue(workers=1, waiting=2, deadline=60)
    q.start()
    yield q
    q.close()


def _one(q, text, **kw):
    return asyncio.run(q.analyse("one", {"text": text, **kw}))


def test_the_analysis_runs_in_another_process_and_gives_the_document(queue):
    doc = _one(queue, SENTENCE)
    assert {e["name"] for e in doc["entities"]} >= {"Касым-Жомарт Токаев", "Астана"}
    (proc,) = queue.processes
    assert proc.pid != os.getpid() and _alive(proc.pid)


def test_input_errors_come_back_as_themselves(queue):
    with pytest.raises(InputError):
        _one(queue, "   ")
    assert _one(queue, SENTENCE)["entities"]  # the process is still the same and well


def test_a_cancelled_analysis_is_killed_at_once_and_the_next_one_runs(queue):
    (proc,) = queue.processes
    before = proc.pid
    cancelled = threading.Event()
    threading.Timer(0.5, cancelled.set).start()
    started = time.monotonic()
    from newsgraph.api.worker import Cancelled

    with pytest.raises(Cancelled):
        proc.call("one", {"text": SENTENCE * 1500}, cancelled)  # minutes of work if left alone
    assert time.monotonic() - started < 5
    assert not _alive(before)
    assert _one(queue, SENTENCE)["entities"]
    assert proc.pid != before


def test_a_request_past_its_deadline_is_503_and_its_process_is_gone():
    q = AnalysisQueue(workers=1, waiting=0, deadline=1.0)
    q.start()
    try:
        (proc,) = q.processes
        before = proc.pid
        started = time.monotonic()
        with pytest.raises(HTTPException) as caught:
            _one(q, SENTENCE * 1500)
        assert caught.value.status_code == 503 and time.monotonic() - started < 5
        for _ in range(50):  # the worker thread sees the flag within a poll
            if not _alive(before):
                break
            time.sleep(0.1)
        assert not _alive(before)
    finally:
        q.close()


def test_a_process_grown_past_its_budget_is_replaced_and_its_memory_returned():
    q = AnalysisQueue(workers=1, waiting=0, deadline=120, growth_mb=0)
    q.start()
    try:
        (proc,) = q.processes
        before = proc.pid
        loaded = rss_mb(before)
        _one(q, SENTENCE * 300)  # any growth at all is past a budget of 0 MB
        assert proc.replaced == 1 and not _alive(before)
        q.start()  # the new process has its models loaded again
        assert rss_mb(proc.pid) < loaded + 50
        assert _one(q, SENTENCE)["entities"]
    finally:
        q.close()


def test_a_process_that_dies_costs_one_request_with_a_clear_reason(queue):
    (proc,) = queue.processes
    before = proc.pid
    threading.Timer(0.5, os.kill, (before, signal.SIGKILL)).start()
    with pytest.raises(StageError, match="analysis process ended"):
        _one(queue, SENTENCE * 1500)
    assert _one(queue, SENTENCE)["entities"]
    assert proc.pid != before
