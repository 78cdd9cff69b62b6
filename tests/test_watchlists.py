"""Watchlists and alerts on SQLite and PostgreSQL: following entities, saved searches and event
filters; the personal feed with counts since the last visit; the Atom feed behind a revocable
token; webhooks sent exactly once per new match, retried after a failure, and not sent twice
when the matcher runs again or dies between sending and recording."""
from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from accounts_setup import client_for, pg_admin_url, sign_up, store_url  # noqa: F401
from conftest import run_cli
from test_store import CITY_NEW_NAME, SURNAME_ONLY, TALKS, TALKS_OTHER_OUTLET, prepared

from newsgraph.doc import Document

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

ATOM = "{http://www.w3.org/2005/Atom}"
NEW_DOCS = [TALKS_OTHER_OUTLET, SURNAME_ONLY, CITY_NEW_NAME]
# What each watch item below matches among NEW_DOCS: the person (also by surname alone), the
# word in any form, and a meeting (CAMEO 04) with Mirziyoyev among its actors.
EXPECTED = {"entity": {"talks-2", "visit-3"}, "search": {"visit-3", "city-4"}, "events": {"talks-2"}}


def save(corpus, docs) -> None:
    for doc in docs:
        corpus.save(prepared(Document.from_dict(doc.to_dict())))


class Receiver:
    """A webhook receiver on loopback that fails its first `failures` requests (HTTP 500) and
    acts on each idempotency key once, as a careful receiver does."""

    def __init__(self, failures: int = 0):
        self.failures = failures
        self.requests: list[dict] = []   # every POST that reached it
        self.handled: dict[str, dict] = {}  # by idempotency key, the first accepted body
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.requests.append(body)
                assert self.headers["Idempotency-Key"] == body["idempotency_key"]
                if receiver.failures > 0:
                    receiver.failures -= 1
                    self.send_response(500)
                else:
                    receiver.handled.setdefault(body["idempotency_key"], body)
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def matches(self) -> list[tuple[str, str]]:
        """(watch label, document id) of each match handled, in order."""
        return sorted((b["watch"]["label"], b["document"]["id"]) for b in self.handled.values())


@pytest.fixture
def workspace(store_url, res):
    """A store with TALKS, a client logged in as anna who follows an entity, a saved search and
    an event filter, and a second handle on the store for the matcher."""
    from newsgraph.corpus import open_corpus

    corpus = open_corpus(store_url)
    save(corpus, [TALKS])
    with client_for(store_url) as client:
        token = sign_up(client, "anna")
        client.headers["X-CSRF-Token"] = token
        items = {}
        for follow in ({"kind": "entity", "entity": "Назарбаев"}, {"kind": "search", "q": "терминал"},
                       {"kind": "events", "actor": "Мирзиёев", "root": "04"}):
            response = client.post("/api/watch", json=follow)
            assert response.status_code == 201, response.text
            items[follow["kind"]] = response.json()
        yield client, corpus, items
    corpus.close()


def test_follow_resolves_names_and_refuses_what_is_not_there(workspace):
    client, _, items = workspace
    assert items["entity"]["label"] == "Нурсултан Назарбаев" and items["entity"]["spec"]["ids"]
    assert items["events"]["label"] == "Шавкат Мирзиёев · CAMEO 04"
    again = client.post("/api/watch", json={"kind": "entity", "entity": "Нурсултан Назарбаев"}).json()
    assert again["id"] == items["entity"]["id"]  # following twice is one item
    assert client.post("/api/watch", json={"kind": "entity", "entity": "Никто Неизвестный"}).status_code == 404
    assert client.post("/api/watch", json={"kind": "events", "root": "4x"}).status_code == 422
    assert client.post("/api/watch", json={"kind": "events"}).status_code == 422
    assert len(client.get("/api/watch").json()["items"]) == 3


def test_personal_feed_shows_new_matches_with_counts(workspace):
    from newsgraph.accounts import match_new

    client, corpus, items = workspace
    assert match_new(corpus).matches == 0  # TALKS was stored before anything was followed
    save(corpus, NEW_DOCS)
    report = match_new(corpus)
    assert report.matches == sum(len(v) for v in EXPECTED.values())
    feed = client.get("/api/watch/feed").json()
    by_item = {i["kind"]: i for i in feed["items"]}
    for kind, docs in EXPECTED.items():
        assert by_item[kind]["matches"] == by_item[kind]["new"] == len(docs)
        mine = {a["id"] for a in feed["articles"] if items[kind]["id"] in a["items"]}
        assert mine == docs
    assert {a["id"] for a in feed["articles"]} == {"talks-2", "visit-3", "city-4"}
    assert all(a["new"] for a in feed["articles"]) and feed["new"] == 5
    city = next(a for a in feed["articles"] if a["id"] == "city-4")
    assert city["source"] == "almaty.example.kz" and city["lead"].startswith("В Алматы")
    assert client.post("/api/watch/seen", json={"through": feed["through"]}).json()["new"] == 0
    feed = client.get("/api/watch/feed").json()
    assert not any(a["new"] for a in feed["articles"]) and feed["new"] == 0
    assert {i["kind"]: i["matches"] for i in feed["items"]} == {k: len(v) for k, v in EXPECTED.items()}
    assert match_new(corpus).matches == 0


def test_atom_feed_behind_a_revocable_token(workspace):
    from newsgraph.accounts import match_new

    client, corpus, _ = workspace
    save(corpus, NEW_DOCS)
    match_new(corpus)
    url = client.post("/api/alerts/atom").json()["url"]
    assert client.get("/api/alerts").json()["atom"] is True
    path = url[url.index("/api/"):]
    with client_for(corpus.url) as stranger:  # the token is the key: no session needed
        response = stranger.get(path)
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
        root = ET.fromstring(response.content)
        titles = {e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")}
        assert titles == {"Мирзиёев завершил визит", "Назарбаев прибыл в Алма-Ату на открытие нового терминала "
                          "аэропорта.", "В Алматы открылся новый терминал аэропорта для международных рейсов."}
        assert stranger.get(path[:-3] + "abc").status_code == 404
        newer = client.post("/api/alerts/atom").json()["url"]
        assert stranger.get(path).status_code == 404  # a new token revokes the old one
        newer_path = newer[newer.index("/api/"):]
        assert stranger.get(newer_path).status_code == 200
        assert client.delete("/api/alerts/atom").status_code == 200
        assert stranger.get(newer_path).status_code == 404


def add_hook(client, url: str) -> None:
    response = client.post("/api/alerts/webhooks", json={"url": url})
    assert response.status_code == 201, response.text


def deliveries(corpus) -> list[tuple]:
    return corpus.store.db.all("SELECT match_id, status, idem_key FROM deliveries ORDER BY match_id")


def expected_pairs(items) -> list[tuple[str, str]]:
    return sorted((items[kind]["label"], doc) for kind, docs in EXPECTED.items() for doc in docs)


def test_webhook_retried_after_a_failure_and_sent_once_per_match(workspace):
    from newsgraph.accounts import match_new

    client, corpus, items = workspace
    with Receiver(failures=1) as receiver:
        add_hook(client, receiver.url)
        assert client.post("/api/alerts/webhooks", json={"url": "file:///etc/passwd"}).status_code == 422
        save(corpus, NEW_DOCS)
        report = match_new(corpus, backoff_s=0.05)
        assert report.sent == 5 and report.failed == 0 and len(report.errors) == 1
        assert receiver.matches() == expected_pairs(items)
        assert len(receiver.requests) == 6  # the failed one, then each match once
        # Running the matcher again, over everything or over given documents, sends nothing.
        assert match_new(corpus, backoff_s=0.05).sent == 0
        assert match_new(corpus, doc_ids=[d.id for d in NEW_DOCS], backoff_s=0.05).matches == 0
        assert len(receiver.requests) == 6
        rows = deliveries(corpus)
        assert len(rows) == 5 and {r[1] for r in rows} == {"sent"} and len({r[0] for r in rows}) == 5
        listed = client.get("/api/alerts").json()["deliveries"]
        assert sorted(d["attempts"] for d in listed) == [1, 1, 1, 1, 2]


def test_webhook_not_repeated_after_a_crash_between_send_and_record(workspace, monkeypatch):
    from newsgraph.accounts import alerts, match_new
    from newsgraph.store.accounts import AccountTables

    client, corpus, items = workspace
    with Receiver() as receiver:
        add_hook(client, receiver.url)
        save(corpus, NEW_DOCS)
        recorded = AccountTables.delivery_sent

        def crash(self, delivery):
            monkeypatch.setattr(AccountTables, "delivery_sent", recorded)
            raise KeyboardInterrupt("killed after the POST, before recording it")

        monkeypatch.setattr(AccountTables, "delivery_sent", crash)
        with pytest.raises(KeyboardInterrupt):
            match_new(corpus, backoff_s=0.05)
        assert len(receiver.handled) == 1
        # Every match's intent was on disk before the first POST.
        assert sorted(r[1] for r in deliveries(corpus)) == ["pending"] * 4 + ["sending"]
        # Within its lease the delivery in doubt is left alone ...
        assert match_new(corpus, backoff_s=0.05).sent == 4
        assert receiver.matches() == expected_pairs(items)
        # ... then sent again under the same key, which the receiver has already handled.
        monkeypatch.setattr(alerts, "LEASE_S", 0.0)
        for row in corpus.store.db.all("SELECT id FROM deliveries WHERE status = 'sending'"):
            corpus.store.db.run("UPDATE deliveries SET next_at = 0 WHERE id = ?", (row[0],))
        assert match_new(corpus, backoff_s=0.05).sent == 1
        assert match_new(corpus, backoff_s=0.05).sent == 0
        assert receiver.matches() == expected_pairs(items)
        keys = [b["idempotency_key"] for b in receiver.requests]
        assert len(keys) == 6 and len(set(keys)) == 5
        rows = deliveries(corpus)
        assert len(rows) == 5 and {r[1] for r in rows} == {"sent"}


def test_alerts_run_command(tmp_path, res):
    from newsgraph.corpus import open_corpus

    db = str(tmp_path / "store.db")
    with open_corpus(db) as corpus:
        save(corpus, [TALKS])
    with client_for(db) as client, Receiver() as receiver:
        client.headers["X-CSRF-Token"] = sign_up(client, "anna")
        assert client.post("/api/watch", json={"kind": "entity", "entity": "Назарбаев"}).status_code == 201
        add_hook(client, receiver.url)
        with open_corpus(db) as corpus:
            save(corpus, NEW_DOCS)
        first = run_cli("alerts", "run", "--json", "--db", db)
        assert first.returncode == 0, first.stderr
        assert json.loads(first.stdout) | {"errors": []} == {"documents": 3, "matches": 2, "sent": 2, "failed": 0,
                                                              "errors": []}
        second = run_cli("alerts", "run", "--json", "--db", db)
        assert json.loads(second.stdout)["matches"] == 0 and json.loads(second.stdout)["sent"] == 0
        assert receiver.matches() == [("Нурсултан Назарбаев", "talks-2"), ("Нурсултан Назарбаев", "visit-3")]


def test_webhook_given_up_after_its_last_attempt(workspace, monkeypatch):
    from newsgraph.accounts import alerts, match_new

    client, corpus, _ = workspace
    monkeypatch.setattr(alerts, "MAX_ATTEMPTS", 3)
    add_hook(client, "http://127.0.0.1:9/nothing-listens-here")
    save(corpus, [CITY_NEW_NAME])  # the saved search's one match
    tries = []

    def refuse(url, body, key):
        tries.append(key)
        raise ConnectionError("connection refused")

    report = match_new(corpus, post=refuse, backoff_s=0.01)
    assert (report.matches, report.sent, report.failed) == (1, 0, 1)
    assert len(tries) == 3 and len(set(tries)) == 1  # one delivery, tried three times under one key
    assert match_new(corpus, post=refuse, backoff_s=0.01).failed == 0 and len(tries) == 3
    (listed,) = client.get("/api/alerts").json()["deliveries"]
    assert listed["status"] == "failed" and listed["attempts"] == 3 and "connection refused" in listed["error"]


def test_a_watch_cycle_through_the_cli_alerts_once_per_new_matching_article(store_url, res):
    """`newsgraph watch --once` against a loopback site: two new articles about the followed
    person and one about something else give two matches and two webhook deliveries; the same
    feed polled again gives none."""
    from loopback import FOLLOWED, Route, article_html, rss, serve

    from newsgraph.corpus import open_corpus

    db = store_url
    with open_corpus(db) as corpus:
        save(corpus, [TALKS])
    with client_for(db) as client, Receiver() as receiver, serve() as site:
        client.headers["X-CSRF-Token"] = sign_up(client, "anna")
        item = client.post("/api/watch", json={"kind": "entity", "entity": "Назарбаев"}).json()
        add_hook(client, receiver.url)
        keys = ["media-forum", "metro", "turkestan"]
        for key in keys:
            site.routes[f"/news/{key}"] = Route(article_html(key))
        # No ETag or Last-Modified: the second poll reads the whole feed again.
        site.routes["/rss"] = Route(rss([(site.url(f"/news/{k}"), k, f"Thu, 02 May 2024 1{i}:00:00 +0600")
                                         for i, k in enumerate(keys)]), content_type="application/rss+xml")
        assert run_cli("sources", "add", site.url("/rss"), "--name", "Вести Долины", "--db", db).returncode == 0
        first = run_cli("watch", "--once", "--all", "--db", db, "--delay", "0")
        assert first.returncode == 0, first.stderr
        assert "polled 1 source: 3 new pages, 0 unchanged, 0 failed" in first.stderr
        with open_corpus(db) as corpus:
            ids = dict(corpus.store.db.all("SELECT url, id FROM documents"))
        about = sorted(ids[site.url(f"/news/{k}")] for k in FOLLOWED)
        assert receiver.matches() == [(item["label"], doc) for doc in about]
        assert len(receiver.requests) == 2
        feed = client.get("/api/watch/feed").json()
        assert sorted(a["id"] for a in feed["articles"]) == about
        assert {a["source"] for a in feed["articles"]} == {"Вести Долины"}
        assert [(i["matches"], i["new"]) for i in feed["items"]] == [(2, 2)]

        second = run_cli("watch", "--once", "--all", "--db", db, "--delay", "0")
        assert second.returncode == 0, second.stderr
        assert "polled 1 source: 0 new pages" in second.stderr
        assert site.count("/rss") == 2 and all(site.count(f"/news/{k}") == 1 for k in keys)
        assert len(receiver.requests) == 2
        with open_corpus(db) as corpus:
            rows = deliveries(corpus)
        assert len(rows) == 2 and {r[1] for r in rows} == {"sent"}
        assert [i["matches"] for i in client.get("/api/watch/feed").json()["items"]] == [2]
