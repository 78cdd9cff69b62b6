"""The server under bad requests and floods: every error a JSON answer with its status and the
connection kept; every parameter checked; security headers everywhere; the Host header
checked; the analysis queue bounded, with a deadline, leaving other routes unaffected."""
import http.client
import json
import socket
import threading
import time

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.api.extract import AnalysisQueue

TEXT = ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Узбекистана "
        "Шавкатом Мирзиёевым в Астане. Стороны обсудили торговлю.")


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("hostile-api")
    pages = folder / "pages.jsonl"
    rows = [{"id": "a1", "text": TEXT, "url": "https://news.example/a1", "published": "2024-05-02"},
            {"id": "a2", "text": TEXT + " Визит продлится два дня.", "url": "https://other.example/a2",
             "published": "2024-05-03"}]
    pages.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    url = str(folder / "store.db")
    with open_corpus(url) as store:
        assert ingest_paths([str(pages)], store, workers=0).stored == 2
    return url


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(create_app(db_url), base_url="http://localhost", raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", [
    "/api/documents?offset=1000000000000000000000000000000",
    "/api/documents?offset=-1",
    "/api/documents?limit=0",
    "/api/documents?limit=abc",
    "/api/search?q=переговоры&since=2024-13-45",
    "/api/search?q=переговоры&until=2024-02-30",
    "/api/search?q=переговоры&since=20240101",
    "/api/search?q=переговоры&source=" + "x" * 5000,
    "/api/search?q=переговоры&entity=" + "x" * 5000,
    "/api/search?q=" + "слово " * 200,
    "/api/search?q=",
    "/api/entities/" + "Ы" * 1000,
    "/api/stories/" + "s" + "9" * 400,
])
def test_bad_parameters_are_422(client, path):
    r = client.get(path)
    assert r.status_code == 422, (path, r.status_code, r.text)
    assert set(r.json()) == {"detail"} and "\n" not in r.json()["detail"]


@pytest.mark.parametrize("ref", ["s99999999999999999999999", "s-1", "s0", "s", "s²", "s" + "1" * 19, "%00", "..%2F..%2Fetc%2Fpasswd",
                                 "s1;DROP TABLE documents", "\u202e", "s١٢", "😀"])
def test_odd_story_ids_are_404(client, ref):
    r = client.get(f"/api/stories/{ref}")
    assert r.status_code == 404, (ref, r.status_code, r.text)


@pytest.mark.parametrize("source, hits", [("news.example", 1), ("%", 0), ("_", 0), ("news%example", 0),
                                          ("!", 0), ("", 2)])
def test_source_filter_takes_percent_and_underscore_literally(client, source, hits):
    r = client.get("/api/search", params={"q": "переговоры", "source": source})
    assert r.status_code == 200 and len(r.json()) == hits, (source, r.json())


@pytest.mark.parametrize("path", ["/healthz", "/api/stats", "/api/documents", "/api/nothing", "/api/documents/zzz",
                                  "/api/documents?limit=0", "/openapi.json", "/", "/static/reader.css"])
def test_security_headers_on_every_response(client, path):
    r = client.get(path)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("host, allowed", [("localhost", True), ("localhost:8000", True), ("127.0.0.1:9", True),
                                           ("[::1]:8000", True), ("evil.example", False),
                                           ("localhost.evil.example", False), ("", False)])
def test_only_allowed_hosts_are_served(client, host, allowed):
    r = client.get("/api/stats", headers={"host": host})
    assert (r.status_code == 200) == allowed, (host, r.status_code)
    if not allowed:
        assert r.status_code == 400 and "not served here" in r.json()["detail"]


def test_allow_host_adds_names(db_url):
    with TestClient(create_app(db_url, allowed_hosts=("localhost", "news.lan")), base_url="http://news.lan") as c:
        assert c.get("/healthz").status_code == 200
    with TestClient(create_app(db_url, allowed_hosts=("*",)), base_url="http://anything.example") as c:
        assert c.get("/healthz").status_code == 200


def _run(queue, job):
    import asyncio

    return asyncio.run(queue.run(job))


def test_the_queue_refuses_past_its_capacity_with_429():
    from starlette.exceptions import HTTPException

    queue = AnalysisQueue(workers=1, waiting=1, deadline=5)
    release = threading.Event()
    first = queue.submit(lambda cancelled: release.wait(5))
    second = queue.submit(lambda cancelled: release.wait(5))
    with pytest.raises(HTTPException) as caught:
        queue.submit(lambda cancelled: None)
    assert caught.value.status_code == 429 and caught.value.headers["Retry-After"]
    release.set()
    assert first[0].result(5) and second[0].result(5)
    assert _run(queue, lambda cancelled: "again") == "again"  # the slots came back
    queue.close()


def test_a_job_past_its_deadline_is_503_and_is_cancelled():
    from starlette.exceptions import HTTPException

    queue = AnalysisQueue(workers=1, waiting=0, deadline=0.3)
    steps = []

    def slow(cancelled):
        for _ in range(100):
            if cancelled.is_set():
                return "stopped"
            steps.append(1)
            time.sleep(0.02)
        return "finished"

    started = time.monotonic()
    with pytest.raises(HTTPException) as caught:
        _run(queue, slow)
    assert caught.value.status_code == 503 and time.monotonic() - started < 2
    time.sleep(0.2)
    assert len(steps) < 40  # it stopped at its next step, not after all hundred
    assert _run(AnalysisQueue(deadline=5), lambda cancelled: 1) == 1
    queue.close()


def test_a_cancelled_analysis_stops_between_stages(res):
    from newsgraph.api.extract import Cancelled, ExtractRequest, analyse_request

    cancelled = threading.Event()
    cancelled.set()
    with pytest.raises(Cancelled):
        analyse_request(ExtractRequest(text=TEXT), cancelled)
    assert analyse_request(ExtractRequest(text=TEXT)).entities


@pytest.fixture(scope="module")
def server(db_url, res):
    """The application under uvicorn on a loopback port, in this process."""
    import uvicorn

    from newsgraph.api.extract import AnalysisQueue

    app = create_app(db_url, analysis=AnalysisQueue(workers=1, waiting=2, deadline=20))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", limit_concurrency=200)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started
    yield app, port
    srv.should_exit = True
    thread.join(10)


def _get(port, path, conn=None):
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read(), conn, r


def test_a_500_keeps_the_connection_open(server, monkeypatch):
    from newsgraph.corpus import Corpus

    app, port = server
    monkeypatch.setattr(Corpus, "stats", lambda self: 1 / 0)
    status, body, conn, r = _get(port, "/api/stats")
    assert status == 500 and json.loads(body)["detail"].startswith("internal error")
    assert r.getheader("connection", "").lower() != "close"
    status, body, conn, _ = _get(port, "/healthz", conn)  # the same connection, still open
    assert status == 200
    conn.close()


def test_a_flood_of_analyses_leaves_search_fast(server):
    """40 analyses posted at once from 40 threads (loopback only; each text ~8,000 characters):
    the queue admits 3, answers the rest 429 at once, and /api/search keeps answering in well
    under a second meanwhile."""
    app, port = server
    body = json.dumps({"text": (TEXT + " ") * 60, "whole": True}).encode()
    statuses, latencies = [], []

    def post():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", "/api/extract", body, {"Content-Type": "application/json"})
        r = conn.getresponse()
        r.read()
        statuses.append(r.status)
        conn.close()

    flood = [threading.Thread(target=post) for _ in range(40)]
    for t in flood:
        t.start()
    time.sleep(0.2)
    deadline = time.monotonic() + 30
    while any(t.is_alive() for t in flood) and time.monotonic() < deadline and len(latencies) < 30:
        started = time.monotonic()
        status, _, conn, _ = _get(port, "/api/search?q=%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B")
        conn.close()
        latencies.append(time.monotonic() - started)
        assert status == 200
        time.sleep(0.05)
    for t in flood:
        t.join(60)
    assert len(statuses) == 40
    assert statuses.count(429) >= 30 and set(statuses) <= {200, 429, 503}
    assert 200 in statuses
    assert latencies and max(latencies) < 2.0, latencies
