"""An ingest of 1 500 documents killed with SIGKILL at random moments, then rerun until it
finishes: every document is stored exactly once and the store stays consistent. Runs the real
pipeline on short texts (`--whole`), in a child process, as a user would."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time

import pytest

from conftest import newsgraph_cmd

N_DOCS = 1500
KILLS = 4
CITIES = ["Астане", "Алматы", "Бишкеке", "Ташкенте", "Душанбе", "Ашхабаде", "Шымкенте", "Оше"]
PEOPLE = ["Ерлан Карин", "Адылбек Касымалиев", "Абдулла Арипов", "Кохир Расулзода", "Роман Скляр"]
TOPICS = ["строительство дорог", "поставки зерна", "тарифы на электроэнергию", "цифровые платежи",
          "водные ресурсы", "таможенный транзит"]


def write_corpus(path) -> None:
    rng = random.Random(5)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(N_DOCS):
            text = (f"В {rng.choice(CITIES)} {rng.choice(PEOPLE)} обсудил {rng.choice(TOPICS)} "
                    f"на совещании номер {i}.")
            fh.write(json.dumps({"id": f"k{i:04d}", "text": text, "published": f"2024-0{1 + i % 9}-1{i % 10}"},
                                ensure_ascii=False) + "\n")


def start(db, src, workers: int = 1) -> subprocess.Popen:
    return subprocess.Popen(newsgraph_cmd() + ["ingest", "--db", str(db), "--whole", "--workers", str(workers), str(src)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def stored_count(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_without_loss_or_doubles(tmp_path):
    src, db = tmp_path / "thousand.jsonl", tmp_path / "kill.db"
    write_corpus(src)
    rng = random.Random(11)
    counts = []
    for attempt in range(KILLS):
        # Kill the whole job (the writer and, with --workers 2, its analysis processes) at a random moment.
        before = stored_count(db)
        proc = start(db, src, workers=2 if attempt == 1 else 1)
        if attempt == 0:
            time.sleep(rng.uniform(0.2, 3.0))  # most likely while the models load
        else:
            # Model loading takes a varying time on a busy machine; wait until storing has begun,
            # then kill at a random moment, most often in the middle of a batch.
            deadline = time.monotonic() + 120
            while stored_count(db) == before and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.5))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        counts.append(stored_count(db))
    assert counts[-1] < N_DOCS, "the ingest finished before it could be killed; raise N_DOCS"
    assert counts[-1] > 0, "nothing was stored before the kills; lengthen the sleeps"
    final = start(db, src)
    out, err = final.communicate(timeout=600)
    assert final.returncode == 0, err.decode()
    summary = err.decode().strip().splitlines()[-1]
    assert summary.startswith(f"stored {N_DOCS - counts[-1]}, duplicates {counts[-1]}, failed 0"), summary

    con = sqlite3.connect(db)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert one("PRAGMA integrity_check") == "ok"
        con.execute("INSERT INTO doc_fts (doc_fts) VALUES ('integrity-check')")
        assert one("SELECT COUNT(*) FROM documents") == N_DOCS
        assert one("SELECT COUNT(DISTINCT id) FROM documents") == N_DOCS
        assert one("SELECT COUNT(*) FROM document_ids") == N_DOCS
        assert one("SELECT COUNT(*) FROM texts") == N_DOCS
        assert one("SELECT COUNT(*) FROM documents WHERE id NOT GLOB 'k[0-9][0-9][0-9][0-9]'") == 0
        # Every annotation belongs to a stored document, and every document has its annotations.
        for table in ("entities", "mentions", "lsh_bands", "chrome", "dates"):
            assert one(f"SELECT COUNT(*) FROM {table} WHERE doc NOT IN (SELECT key FROM documents)") == 0, table
        assert one("SELECT COUNT(DISTINCT doc) FROM entities") == N_DOCS
        assert one("SELECT COUNT(*) FROM doc_fts WHERE doc_fts MATCH 'совещание'") == N_DOCS
        assert one("SELECT SUM(size) FROM stories") == N_DOCS
        assert one("SELECT COUNT(*) FROM documents WHERE story IS NULL") == 0
    finally:
        con.close()
    rerun = start(db, src)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0
    assert f"stored 0, duplicates {N_DOCS}, failed 0" in err.decode()
