"""Batched saving during an ingest: what is reported stored is committed, a batch is whole or
absent after a crash (in-process and by SIGKILL), and duplicates inside one batch are stored once.

Documents are indexed by lemmas alone (no NER), so these tests need only the morphology."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsgraph.corpus import ingest
from newsgraph.corpus.ingest import ingest_paths
from newsgraph.corpus import open_corpus

HERE = Path(__file__).resolve().parent
CITIES = ["Актобе", "Навои", "Талас", "Куляб", "Мары", "Тараз", "Андижан", "Нарын"]
TOPICS = ["ремонт школ", "тарифы на воду", "запуск автобусного маршрута", "сбор урожая",
          "строительство больницы", "подготовку к паводкам"]


def index_only(doc, pipeline):
    """Analysis for these tests: each line is body, words are lemmatised one by one."""
    from newsgraph.corpus.prepare import prepare
    from newsgraph.read.html import line_spans

    doc.body = line_spans(doc.text)
    return prepare(doc)


def write_corpus(path: Path, n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"В городе {rng.choice(CITIES)} на сессии маслихата номер {i} обсудили "
                    f"{rng.choice(TOPICS)}.")
            ids.append(f"b{i:05d}")
            fh.write(json.dumps({"id": ids[-1], "text": text}, ensure_ascii=False) + "\n")
    return ids


def count(db: Path, sql: str = "SELECT COUNT(*) FROM documents") -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module", autouse=True)
def _morphology():
    from newsgraph.resources import get_resources

    get_resources().morph


@pytest.fixture
def batches_of(monkeypatch):
    def set_size(n: int, seconds: float = 3600.0) -> None:
        monkeypatch.setattr(ingest, "BATCH_DOCS", n)
        monkeypatch.setattr(ingest, "BATCH_SECONDS", seconds)
    return set_size


def test_reported_documents_are_committed_and_batches_are_whole(tmp_path, batches_of):
    src, db = tmp_path / "in.jsonl", tmp_path / "b.db"
    write_corpus(src, 23)
    batches_of(5)
    seen = []

    def progress(s) -> None:
        # Another connection sees the store as a crash would leave it.
        seen.append((s.stored, count(db)))

    with open_corpus(str(db)) as store:
        summary = ingest_paths([str(src)], store, workers=0, analyse=index_only, on_progress=progress)
    assert (summary.stored, summary.duplicates, summary.failed) == (23, 0, 0)
    assert all(reported <= visible for reported, visible in seen)
    # Only whole batches of 5 ever became visible, then the last 3.
    assert sorted({visible for _, visible in seen}) == [5, 10, 15, 20, 23]
    assert [reported for reported, _ in seen] == list(range(1, 24))


def test_time_bound_commits_each_document_when_they_arrive_slowly(tmp_path, batches_of):
    src, db = tmp_path / "in.jsonl", tmp_path / "t.db"
    write_corpus(src, 4)
    batches_of(1000, seconds=0.0)  # every batch is overdue as soon as it has a document
    seen = []
    with open_corpus(str(db)) as store:
        ingest_paths([str(src)], store, workers=0, analyse=index_only,
                     on_progress=lambda s: seen.append(count(db)))
    assert seen == [1, 2, 3, 4]


class Crash(BaseException):
    """Stands for the process dying in the middle of a save."""


def test_crash_inside_a_batch_loses_nothing_reported(tmp_path, batches_of, monkeypatch):
    import newsgraph.store.save as save

    src, db = tmp_path / "in.jsonl", tmp_path / "c.db"
    ids = write_corpus(src, 30)
    batches_of(6)
    real, calls = save.save_one, []

    def failing(*args):
        calls.append(1)
        if len(calls) == 15:  # the third document of the third batch
            raise Crash()
        return real(*args)

    monkeypatch.setattr(save, "save_one", failing)
    reported = []
    with open_corpus(str(db)) as store, pytest.raises(Crash):
        ingest_paths([str(src)], store, workers=0, analyse=index_only,
                     on_progress=lambda s: reported.append(s.stored))
    assert reported[-1] == 12
    assert count(db) == 12  # the two reported batches, nothing of the third
    assert count(db, "SELECT COUNT(*) FROM doc_fts WHERE doc_fts MATCH 'сессия'") == 12
    assert count(db, "SELECT COUNT(*) FROM texts") == count(db, "SELECT COUNT(*) FROM lsh_bands") // 16 == 12

    monkeypatch.setattr(save, "save_one", real)
    with open_corpus(str(db)) as store:
        summary = ingest_paths([str(src)], store, workers=0, analyse=index_only)
        assert (summary.stored, summary.duplicates) == (18, 12)
        assert sorted(d["id"] for d in store.export("documents")) == ids


def test_duplicates_inside_one_batch_are_stored_once(tmp_path, batches_of):
    rows = [{"id": "d1", "text": "В Таразе открыли новый мост через реку Талас."},
            {"id": "d1", "text": "В Таразе открыли новый мост через реку Талас."},
            {"id": "d1-mirror", "text": "В  Таразе открыли новый мост\nчерез реку Талас."},
            {"id": "d2", "text": "В Навои прошла ярмарка местных производителей."},
            {"id": "d2", "text": "Другой текст под уже виденным id не сохраняется."}]
    src, db = tmp_path / "dups.jsonl", tmp_path / "d.db"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    batches_of(100)
    with open_corpus(str(db)) as store:
        summary = ingest_paths([str(src)], store, workers=0, analyse=index_only)
        assert (summary.stored, summary.duplicates, summary.failed) == (2, 3, 0)
        assert store.stats()["documents"] == 2
        assert [h.id for h in store.search("мостом")] == ["d1"]


def test_save_many_takes_duplicates_inside_the_batch(tmp_path):
    from newsgraph.doc import Document

    def prepared(doc_id: str, text: str):
        return index_only(Document(doc_id, text, {"format": "jsonl"}), True)

    text = "В Кулябе прошла встреча фермеров с представителями банков.\nОбсуждали кредиты на технику."
    batch = [prepared("m1", text), prepared("m1", text), prepared("m1-again", " " + text),
             prepared("m2", "В Андижане открылся новый рынок.")]
    with open_corpus(str(tmp_path / "m.db")) as store:
        results = store.save_many(batch)
        assert [r.status for r in results] == ["stored", "duplicate", "duplicate", "stored"]
        assert results[1].key == results[2].key == results[0].key
        assert store.stats()["documents"] == 2
        assert store.load("m1-again").id == "m1"
        assert store.save_many([]) == []


CHILD = """
import sys
sys.path.insert(0, {tests!r})
from newsgraph.corpus import ingest
from newsgraph.corpus import open_corpus
import test_ingest_batches as t

ingest.BATCH_DOCS, ingest.BATCH_SECONDS = {batch}, 3600.0
with open_corpus({db!r}) as store:
    ingest.ingest_paths([{src!r}], store, workers=0, analyse=t.index_only,
                        on_progress=lambda s: print(s.stored, flush=True))
print("done", flush=True)
"""


def test_killed_mid_batch_keeps_what_was_reported(tmp_path):
    n, batch = 3000, 7
    src, db = tmp_path / "k.jsonl", tmp_path / "k.db"
    write_corpus(src, n)
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(CHILD.format(tests=str(HERE), batch=batch, db=str(db), src=str(src))))
    rng = random.Random(8)
    before = 0
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        first = proc.stdout.readline()  # the first progress line: storing has begun
        assert first.strip(), proc.stderr.read().decode()
        time.sleep(rng.uniform(0.0, 0.4))
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        lines = (first + out).decode().splitlines()
        done = [int(x) for x in lines if x.strip().isdigit()]
        assert "done" not in lines, "the ingest finished before the kill; raise n"
        after = count(db)
        # Everything reported stored is there, and only whole batches of this run are.
        assert after >= before + max(done)
        assert (after - before) % batch == 0
        assert count(db, "SELECT COUNT(*) FROM texts") == after
        assert count(db, "SELECT COUNT(*) FROM lsh_bands") == 16 * after
        assert count(db, "SELECT COUNT(*) FROM doc_fts WHERE doc_fts MATCH 'сессия'") == after
        before = after
    assert 0 < before < n
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    assert int(proc.stdout.decode().split()[-2]) == n - before
    assert count(db) == count(db, "SELECT COUNT(DISTINCT id) FROM documents") == n
    assert count(db, "PRAGMA integrity_check") == "ok"
