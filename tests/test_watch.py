"""`newsgraph watch`: the poller against a loopback server that serves feeds, sitemaps and
article pages written for the project, storing through the Corpus on SQLite (and once on
PostgreSQL): conditional polls, changed pages, failures of every kind in one cycle, the same
article from two feeds, politeness across two sources on one host, a crash half-way and the
rerun, the hook after each cycle, and the command line end to end."""
from __future__ import annotations

import json

import pytest
from conftest import run_cli
from loopback import ARTICLES, Route, article_html, rss, serve, sitemap, sitemap_index

from newsgraph.sources import hooks
from newsgraph.sources.fetch import FetchSettings
from newsgraph.sources.poll import Poller

QUICK = FetchSettings(delay=0.02, timeout=1.0, retries=2, backoff=0.01, max_bytes=64 * 1024)
DAY = "Thu, 02 May 2024 {}:00:00 +0600"


@pytest.fixture(scope="module")
def pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def site():
    with serve() as s:
        yield s


@pytest.fixture
def corpus(tmp_path):
    from newsgraph.corpus import open_corpus

    with open_corpus(str(tmp_path / "watch.db")) as c:
        yield c


def poller(corpus, pipeline, **kw) -> Poller:
    return Poller(corpus, kw.pop("settings", QUICK), pipeline=pipeline, **kw)


def poll_all(p: Poller):
    return p.poll(p.book.sources())


def stored(corpus) -> list[tuple[str, str, str]]:
    """(url, outlet, id) of every stored document, by URL."""
    return sorted(tuple(row) for row in corpus.store.db.all(
        "SELECT d.url, s.name, d.id FROM documents d LEFT JOIN sources s ON s.id = d.source_id"))


def stored_urls(corpus) -> list[str]:
    return [url for url, _, _ in stored(corpus)]


def doc_at(corpus, suffix: str):
    return [corpus.load(doc_id) for url, _, doc_id in stored(corpus) if url.endswith(suffix)]


def test_a_feed_is_polled_its_pages_stored_and_the_second_poll_is_conditional(site, corpus, pipeline):
    pages = {"/news/talks": "talks", "/news/budget": "budget", "/news/rail": "rail"}
    for path, key in pages.items():
        site.routes[path] = Route(article_html(key), etag=f'"{key}"')
    site.routes["/rss"] = Route(rss([(site.url(p), k, DAY.format(10 + i)) for i, (p, k) in enumerate(pages.items())]),
                                content_type="application/rss+xml", etag='"v1"',
                                last_modified="Thu, 02 May 2024 05:00:00 GMT")
    corpus.store.watch.add_source(site.url("/rss"), "Вести Долины", 30)
    p = poller(corpus, pipeline)
    first = poll_all(p)
    assert (first.sources, first.new, first.unchanged, first.failed) == (1, 3, 0, 0)
    assert first.line() == "polled 1 source: 3 new pages, 0 unchanged, 0 failed"
    assert stored_urls(corpus) == sorted(site.url(path) for path in pages)
    assert {outlet for _, outlet, _ in stored(corpus)} == {"Вести Долины"}
    [talks] = doc_at(corpus, "/talks")
    assert talks.title.startswith("Кыргызстан и Казахстан") and talks.published == "2024-05-02"
    assert talks.entities and talks.source["url"] == site.url("/news/talks")

    site.forget()
    second = poll_all(p)
    assert (second.sources, second.sources_unchanged, second.new, second.failed) == (1, 1, 0, 0)
    assert site.paths() == ["/rss"]  # 304: no page asked again
    assert site.hits[0].headers["If-None-Match"] == '"v1"'
    assert site.hits[0].headers["If-Modified-Since"] == "Thu, 02 May 2024 05:00:00 GMT"
    source = corpus.store.watch.source("1")
    assert (source.kind, source.status, source.polls, source.pages_stored) == ("feed", "unchanged", 2, 3)


def test_a_page_that_changes_is_fetched_again_and_its_new_text_stored(site, corpus, pipeline):
    site.routes["/a"] = Route(article_html("metro"), etag='"a1"')
    site.routes["/b"] = Route(article_html("snow"), etag='"b1"')
    site.routes["/rss"] = Route(rss([(site.url("/a"), "A", DAY.format(10)), (site.url("/b"), "B", DAY.format(11))]),
                                etag='"v1"')
    corpus.store.watch.add_source(site.url("/rss"), None, 30)
    p = poller(corpus, pipeline)
    assert poll_all(p).new == 2
    # The site edits /a (a new paragraph, a new ETag) and dates both entries anew; /b answers 304.
    site.routes["/a"] = Route(article_html("metro", extra="Первые поезда пройдут по новым станциям в декабре."),
                              etag='"a2"')
    site.routes["/rss"] = Route(rss([(site.url("/a"), "A", DAY.format(12)), (site.url("/b"), "B", DAY.format(13))]),
                                etag='"v2"')
    site.forget()
    again = poll_all(p)
    assert (again.new, again.unchanged, again.failed) == (1, 1, 0)
    assert sorted(site.paths()) == ["/a", "/b", "/rss"]
    assert next(h for h in site.hits if h.path == "/a").headers["If-None-Match"] == '"a1"'
    assert [h.status for h in site.hits if h.path == "/b"] == [304]
    texts = [doc.text for doc in doc_at(corpus, "/a")]
    assert len(texts) == 2 and any("в декабре" in t for t in texts)
    # The page's source keeps one state: the latest text and document.
    state = corpus.store.watch.pages([site.url("/a")])[site.url("/a")]
    assert state.etag == '"a2"' and state.status == "stored"


def test_every_kind_of_failure_in_one_cycle_leaves_the_rest_stored(site, corpus, pipeline):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.routes["/flaky"] = Route(article_html("talks"), fail=2)
    site.routes["/slow"] = Route(article_html("budget"), delay=1.5)
    site.routes["/moved"] = Route(location="/moved2", status=301)
    site.routes["/moved2"] = Route(location="/news/rail")
    site.routes["/news/rail"] = Route(article_html("rail"))
    site.routes["/loop1"] = Route(location="/loop2")
    site.routes["/loop2"] = Route(location="/loop1")
    site.routes["/huge"] = Route(article_html("harvest", extra="Длинный абзац без конца. " * 10_000))
    site.routes["/cp1251"] = Route(article_html("museum", "cp1251"), content_type="text/html; charset=windows-1251")
    site.routes["/private/forum"] = Route(article_html("forum"))
    paths = ["/flaky", "/slow", "/gone", "/moved", "/loop1", "/huge", "/cp1251", "/private/forum"]
    site.routes["/rss"] = Route(rss([(site.url(x), x, DAY.format(10)) for x in paths]))
    corpus.store.watch.add_source(site.url("/rss"), None, 30)
    reasons = []
    p = poller(corpus, pipeline, settings=FetchSettings(delay=0.0, timeout=0.5, retries=2, backoff=0.01,
                                                        max_bytes=64 * 1024), on_failure=reasons.append)
    summary = poll_all(p)
    assert (summary.new, summary.failed) == (3, 5)
    assert stored_urls(corpus) == sorted([site.url("/flaky"), site.url("/news/rail"), site.url("/cp1251")])
    why = {r.split(": ", 1)[0].replace(site.url(""), ""): r.split(": ", 1)[1] for r in summary.reasons}
    assert why["/slow"] == "timed out after 0.5 s (3 attempts)"
    assert why["/gone"] == "HTTP 404"
    assert why["/loop1"].startswith("redirect loop")
    assert why["/huge"].startswith("larger than 65,536 bytes")
    assert why["/private/forum"] == "disallowed by robots.txt"
    assert reasons == summary.reasons
    [museum] = doc_at(corpus, "/cp1251")
    assert "Регистан" in museum.text
    assert site.count("/private/forum") == 0

    # Next cycle: only the page that may do better (the timeout) is asked again.
    site.routes["/slow"].delay = 0.0
    site.forget()
    again = poll_all(p)
    assert [x for x in site.paths() if x != "/rss"] == ["/slow"]
    assert (again.new, again.failed) == (1, 0)
    source = corpus.store.watch.source("1")
    assert (source.pages_stored, source.pages_failed) == (4, 5)


def test_the_same_article_from_two_feeds_on_one_host_is_fetched_and_stored_once(site, corpus, pipeline):
    for key in ("talks", "budget", "rail", "harvest"):
        site.routes[f"/{key}"] = Route(article_html(key), delay=0.05)
    site.routes["/politics.rss"] = Route(rss([(site.url("/talks"), "T", DAY.format(10)),
                                              (site.url("/budget"), "B", DAY.format(11))]))
    site.routes["/economy.rss"] = Route(rss([(site.url("/budget"), "B", DAY.format(11)),
                                             (site.url("/rail"), "R", DAY.format(12)),
                                             (site.url("/harvest"), "H", DAY.format(13))]))
    book = corpus.store.watch
    book.add_source(site.url("/politics.rss"), None, 30)
    book.add_source(site.url("/economy.rss"), None, 30)
    summary = poll_all(poller(corpus, pipeline, hosts=4))
    assert (summary.sources, summary.new, summary.failed) == (2, 4, 0)
    assert site.count("/budget") == 1
    assert len(stored_urls(corpus)) == 4
    assert site.most_at_once == {f"127.0.0.1:{site.port}": 1}
    hits = sorted(site.hits, key=lambda h: h.start)
    assert all(b.start >= a.end for a, b in zip(hits, hits[1:]))
    assert book.link_counts() == {1: 2, 2: 3}


def test_sources_on_two_hosts_are_fetched_side_by_side_one_request_at_a_time_each(site, corpus, pipeline):
    for key in ("talks", "budget", "rail", "harvest"):
        site.routes[f"/{key}"] = Route(article_html(key), delay=0.1)
    site.routes["/a.rss"] = Route(rss([(site.url("/talks"), "T", DAY.format(10)),
                                       (site.url("/budget"), "B", DAY.format(11))]))
    site.routes["/b.rss"] = Route(rss([(site.url("/rail", "localhost"), "R", DAY.format(12)),
                                       (site.url("/harvest", "localhost"), "H", DAY.format(13))]))
    corpus.store.watch.add_source(site.url("/a.rss"), None, 30)
    corpus.store.watch.add_source(site.url("/b.rss", "localhost"), None, 30)
    assert poll_all(poller(corpus, pipeline)).new == 4
    assert site.most_at_once == {f"127.0.0.1:{site.port}": 1, f"localhost:{site.port}": 1}


def test_a_sitemap_index_is_read_through_its_children_and_polled_conditionally(site, corpus, pipeline):
    site.routes["/s1.xml"] = Route(sitemap([(site.url("/p/talks"), "2024-05-01"), (site.url("/p/snow"), "2024-05-02")]),
                                   content_type="application/xml", etag='"s1"')
    site.routes["/s2.xml"] = Route(gzip_bytes(sitemap([(site.url("/p/rail"), "2024-04-01")])),
                                   content_type="application/x-gzip")
    site.routes["/sitemap.xml"] = Route(sitemap_index([(site.url("/s1.xml"), "2024-05-02"), ("/s2.xml", "2024-04-01")]),
                                        content_type="application/xml", etag='"i1"')
    for key in ("talks", "snow", "rail"):
        site.routes[f"/p/{key}"] = Route(article_html(key))
    corpus.store.watch.add_source(site.url("/sitemap.xml"), "Вести Долины", 60)
    p = poller(corpus, pipeline)
    summary = poll_all(p)
    assert (summary.new, summary.failed) == (3, 0)
    assert corpus.store.watch.source("1").kind == "sitemap"
    # The index changes (new ETag) but names the children with the same dates: none is asked again.
    site.routes["/sitemap.xml"].etag = '"i2"'
    site.forget()
    assert poll_all(p).new == 0
    assert site.paths() == ["/sitemap.xml"]


def test_pages_beyond_the_cap_wait_for_the_next_cycle_even_when_the_feed_is_unchanged(site, corpus, pipeline):
    keys = ["talks", "budget", "rail"]
    for key in keys:
        site.routes[f"/{key}"] = Route(article_html(key))
    site.routes["/rss"] = Route(rss([(site.url(f"/{k}"), k, DAY.format(10 + i)) for i, k in enumerate(keys)]),
                                etag='"v1"')
    corpus.store.watch.add_source(site.url("/rss"), None, 30)
    p = poller(corpus, pipeline, max_pages=2)
    assert poll_all(p).new == 2
    site.forget()
    later = poll_all(p)
    assert (later.sources_unchanged, later.new) == (1, 1)
    assert [h.status for h in site.hits if h.path == "/rss"] == [304]
    assert len(stored_urls(corpus)) == 3


def test_a_crash_half_way_then_a_rerun_stores_every_page_once(site, corpus, pipeline, monkeypatch):
    keys = ["talks", "budget", "rail", "harvest", "metro", "forum"]
    for key in keys:
        site.routes[f"/{key}"] = Route(article_html(key))
    site.routes["/rss"] = Route(rss([(site.url(f"/{k}"), k, DAY.format(10 + i)) for i, k in enumerate(keys)]),
                                etag='"v1"')
    corpus.store.watch.add_source(site.url("/rss"), None, 30)

    class Killed(BaseException):
        pass

    real_save, saves = type(corpus).save, []

    def save_then_die(self, prepared):
        result = real_save(self, prepared)
        saves.append(result.id)
        if len(saves) == 3:
            raise Killed  # the process dies after the third page is committed, before its state is
        return result

    monkeypatch.setattr(type(corpus), "save", save_then_die)
    with pytest.raises(Killed):
        poll_all(poller(corpus, pipeline))
    monkeypatch.undo()
    assert len(stored_urls(corpus)) == 3
    assert corpus.store.watch.source("1").etag == '"v1"'  # the feed counts as read: its links are kept

    rerun = poll_all(poller(corpus, pipeline))
    assert rerun.sources_unchanged == 1  # 304 for the feed, yet the rest of its pages are fetched
    assert (rerun.new, rerun.unchanged, rerun.failed) == (3, 1, 0)  # the third page was stored already
    assert stored_urls(corpus) == sorted(site.url(f"/{k}") for k in keys)
    assert corpus.stats()["documents"] == len(keys)


def test_a_watch_killed_half_way_then_rerun_stores_every_page_once(site, tmp_path):
    import os
    import signal
    import sqlite3
    import subprocess
    import time

    from conftest import newsgraph_cmd

    keys = list(ARTICLES)
    for key in keys:
        site.routes[f"/{key}"] = Route(article_html(key), delay=0.3)
    site.routes["/rss"] = Route(rss([(site.url(f"/{k}"), k, DAY.format(10 + i)) for i, k in enumerate(keys)]),
                                etag='"v1"')
    db = str(tmp_path / "killed.db")
    assert run_cli("sources", "add", site.url("/rss"), "--db", db).returncode == 0

    def count() -> int:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()

    proc = subprocess.Popen(newsgraph_cmd() + ["watch", "--once", "--db", db, "--delay", "0.01"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while count() < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    killed_at = count()
    assert 2 <= killed_at < len(keys)
    rerun = run_cli("watch", "--once", "--all", "--db", db, "--delay", "0.01")
    assert rerun.returncode == 0, rerun.stderr
    assert "polled 1 source (1 unchanged)" in rerun.stderr  # 304, yet the links still to fetch are fetched
    assert count() == len(keys)
    con = sqlite3.connect(db)
    urls = [row[0] for row in con.execute("SELECT url FROM documents")]
    con.close()
    assert sorted(urls) == sorted(site.url(f"/{k}") for k in keys)


def test_stop_ends_the_cycle_after_the_page_at_hand(site, corpus, pipeline):
    keys = ["talks", "budget", "rail", "harvest"]
    for key in keys:
        site.routes[f"/{key}"] = Route(article_html(key), delay=0.1)
    site.routes["/rss"] = Route(rss([(site.url(f"/{k}"), k, DAY.format(10 + i)) for i, k in enumerate(keys)]))
    corpus.store.watch.add_source(site.url("/rss"), None, 30)
    p = poller(corpus, pipeline, on_progress=lambda s: s.new and p.stop.set())
    summary = poll_all(p)
    assert summary.interrupted and summary.new == 1
    assert summary.line().endswith("(interrupted)")
    assert len(stored_urls(corpus)) == 1


def test_after_cycle_hears_the_ids_stored_by_each_cycle(site, corpus, pipeline, monkeypatch):
    heard = []
    monkeypatch.setattr(hooks, "after_cycle", lambda c, ids: heard.append((c, ids)))
    site.routes["/talks"] = Route(article_html("talks"))
    site.routes["/rss"] = Route(rss([(site.url("/talks"), "T", DAY.format(10))]), etag='"1"')
    corpus.store.watch.add_source(site.url("/rss"), None, 30)
    p = poller(corpus, pipeline)
    first = poll_all(p)
    poll_all(p)
    assert heard == [(corpus, first.new_doc_ids), (corpus, [])]
    assert len(first.new_doc_ids) == 1 and corpus.load(first.new_doc_ids[0]) is not None


def test_due_sources_and_the_time_to_the_next(corpus):
    import datetime as dt

    book = corpus.store.watch
    book.add_source("http://example.kg/a", None, 10)
    book.add_source("http://example.kg/b", None, 60)
    p = Poller(corpus, QUICK, pipeline=object())
    assert [s.id for s in p.due()] == [1, 2] and p.seconds_to_next() == 0
    book.record_poll(1, "ok")
    book.record_poll(2, "ok")
    now = dt.datetime.now(dt.timezone.utc)
    assert p.due(now) == [] and 500 < p.seconds_to_next(now) <= 600
    assert [s.id for s in p.due(now + dt.timedelta(minutes=11))] == [1]
    p.close()


def test_sources_add_then_watch_once_through_the_cli(site, tmp_path):
    site.routes["/talks"] = Route(article_html("talks"))
    site.routes["/budget"] = Route(article_html("budget", "cp1251"), content_type="text/html; charset=windows-1251")
    site.routes["/rss"] = Route(rss([(site.url("/talks"), "T", DAY.format(10)), (site.url("/budget"), "B", DAY.format(11))]),
                                etag='"v1"')
    db = str(tmp_path / "cli.db")
    assert run_cli("sources", "add", site.url("/rss"), "--name", "Вести Долины", "--db", db).returncode == 0
    quick = ["--delay", "0.01", "--timeout", "5", "--backoff", "0.01"]
    first = run_cli("watch", "--once", "--db", db, *quick)
    assert first.returncode == 0, first.stderr
    assert "polled 1 source: 2 new pages, 0 unchanged, 0 failed" in first.stderr
    found = run_cli("search", "водохранилища", "--db", db, "--json")
    assert [json.loads(line)["title"] for line in found.stdout.splitlines()] == [
        "Кыргызстан и Казахстан обсудили поставки воды"]
    assert "no source is due" in run_cli("watch", "--once", "--db", db, *quick).stderr
    again = run_cli("watch", "--once", "--all", "--db", db, *quick)
    assert "polled 1 source (1 unchanged): 0 new pages, 0 unchanged, 0 failed" in again.stderr
    listed = json.loads(run_cli("sources", "list", "--json", "--db", db).stdout)
    assert (listed["kind"], listed["status"], listed["pages_stored"], listed["links"]) == ("feed", "unchanged", 2, 2)


def test_ctrl_c_ends_a_running_watch_cleanly(site, tmp_path):
    import os
    import signal
    import subprocess
    import threading
    import time

    from conftest import newsgraph_cmd

    site.routes["/talks"] = Route(article_html("talks"))
    site.routes["/rss"] = Route(rss([(site.url("/talks"), "T", DAY.format(10))]))
    db = str(tmp_path / "long.db")
    assert run_cli("sources", "add", site.url("/rss"), "--every", "1", "--db", db).returncode == 0
    proc = subprocess.Popen(newsgraph_cmd() + ["watch", "--db", db, "--delay", "0.01"], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, env=dict(os.environ))
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(line.decode() for line in proc.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 300
        while not any("polled 1 source" in line for line in lines) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert any("polled 1 source: 1 new page, 0 unchanged" in line for line in lines), lines
        proc.send_signal(signal.SIGINT)  # while it waits for the next due source
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(timeout=5)
    assert not any("Traceback" in line for line in lines), lines
    listed = json.loads(run_cli("sources", "list", "--json", "--db", db).stdout)
    assert (listed["status"], listed["pages_stored"]) == ("ok", 1)


def test_watch_once_stores_into_postgresql(site, pipeline):
    from pg import fresh_database, throwaway_server

    from newsgraph.corpus import open_corpus

    site.routes["/talks"] = Route(article_html("talks"), etag='"t"')
    site.routes["/forum"] = Route(article_html("forum"))
    site.routes["/rss"] = Route(rss([(site.url("/talks"), "T", DAY.format(10)), (site.url("/forum"), "F", DAY.format(11)),
                                     (site.url("/gone"), "G", DAY.format(12))]), etag='"v1"')
    with throwaway_server() as admin_url:
        url = fresh_database(admin_url)
        with open_corpus(url) as corpus:
            corpus.store.watch.add_source(site.url("/rss"), "Вести Долины", 30)
            p = poller(corpus, pipeline)
            first = poll_all(p)
            assert (first.new, first.failed) == (2, 1)
            second = poll_all(p)
            assert (second.sources_unchanged, second.new, second.failed) == (1, 0, 0)
            assert corpus.stats()["documents"] == 2
            assert {outlet for _, outlet, _ in stored(corpus)} == {"Вести Долины"}
            assert corpus.search("водохранилище")
            source = corpus.store.watch.sources()[0]
            assert (source.kind, source.pages_stored, source.pages_failed) == ("feed", 2, 1)


def gzip_bytes(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data)


def test_watch_and_ingest_run_at_the_lower_cpu_priority_asked_for():
    import os
    import subprocess
    import sys

    probe = ("import os, sys; from newsgraph.cli.corpus import lower_priority; lower_priority(int(sys.argv[1])); "
             "print(os.nice(0))")
    mine = os.nice(0)
    for increment in (0, 3):
        out = subprocess.run([sys.executable, "-c", probe, str(increment)], capture_output=True, text=True, check=True)
        assert int(out.stdout) == min(mine + increment, 19)
    helps = [run_cli(command, "--help").stdout for command in ("watch", "ingest")]
    assert all("--nice" in text for text in helps)
