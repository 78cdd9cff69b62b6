"""`newsgraph serve --workers 2`: two server processes on one port over one store answer the
readers' routes, and both stop with the command."""
from __future__ import annotations

import json
import subprocess
import time
import urllib.parse
import urllib.request

from conftest import newsgraph_cmd
from test_web_browser import free_port, wait_until_up


def test_two_server_processes_answer_and_stop_together(tmp_path):
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps({"id": "w1", "url": "https://news.example/w1", "published": "2024-05-02",
                                 "text": "Президент Казахстана провёл переговоры в Астане."}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    db = str(tmp_path / "store.db")
    with open_corpus(db) as store:
        assert ingest_paths([str(pages)], store, workers=0).stored == 1
    port = free_port()
    log = open(tmp_path / "serve.log", "w+b")
    proc = subprocess.Popen(newsgraph_cmd() + ["serve", "--db", db, "--port", str(port), "--workers", "2"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, log)
        for _ in range(6):  # more requests than processes: whichever answers, the same store
            with urllib.request.urlopen(url + "/api/stats", timeout=30) as r:
                assert json.load(r)["documents"] == 1
        with urllib.request.urlopen(url + "/api/search?q=" + urllib.parse.quote("переговоры"), timeout=30) as r:
            assert [h["id"] for h in json.load(r)] == ["w1"]
        log.seek(0)
        assert b"with 2 processes" in log.read()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    time.sleep(0.5)
    try:
        urllib.request.urlopen(url + "/healthz", timeout=2)
        raise AssertionError("a server process outlived the command")
    except OSError:
        pass
