"""Watched sources: the polite fetcher against a loopback server, listings (feeds, sitemaps,
sitemap indexes, refused XML), pages in Cyrillic code pages, the store's watch tables and the
`newsgraph sources` commands."""
from __future__ import annotations

import gzip
import json
import threading

import pytest
from conftest import run_cli
from loopback import Route, article_html, atom, rss, serve, sitemap, sitemap_index

from newsgraph.errors import FetchError, InputError
from newsgraph.sources.fetch import Fetcher, FetchSettings
from newsgraph.sources.listing import Link, read_listing
from newsgraph.sources.page import page_document, page_text

QUICK = FetchSettings(delay=0.0, timeout=2.0, retries=2, backoff=0.01, max_bytes=64 * 1024)


@pytest.fixture
def site():
    with serve() as s:
        yield s


def fetcher(**changes) -> Fetcher:
    from dataclasses import replace

    return Fetcher(replace(QUICK, **changes))


# Conditional requests
def test_a_feed_with_etag_and_last_modified_answers_304_to_the_second_request(site):
    stamp = "Thu, 02 May 2024 10:00:00 GMT"
    site.routes["/rss"] = Route(rss([(site.url("/a"), "A", stamp)]), content_type="application/rss+xml",
                                etag='"feed-1"', last_modified=stamp)
    with fetcher() as f:
        first = f.get(site.url("/rss"))
        assert first.status == 200 and first.etag == '"feed-1"' and first.last_modified == stamp
        second = f.get(site.url("/rss"), first.etag, first.last_modified)
    assert second.unchanged and second.content == b""
    asked = [h for h in site.hits if h.path == "/rss"][1]
    assert asked.headers["If-None-Match"] == '"feed-1"' and asked.headers["If-Modified-Since"] == stamp
    assert [h.status for h in site.hits if h.path == "/rss"] == [200, 304]


# Failures
def test_a_page_that_fails_twice_then_works_is_fetched_on_the_third_attempt(site):
    site.routes["/flaky"] = Route(article_html("talks"), fail=2)
    with fetcher() as f:
        assert f.get(site.url("/flaky")).status == 200
    assert [h.status for h in site.hits if h.path == "/flaky"] == [503, 503, 200]


def test_retries_are_bounded_and_the_reason_kept(site):
    site.routes["/down"] = Route(b"", fail=10)
    with fetcher(retries=2) as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/down"))
    assert site.count("/down") == 3
    assert caught.value.retry and "HTTP 503 (3 attempts)" in str(caught.value)


def test_the_backoff_doubles_between_attempts(site):
    site.routes["/flaky"] = Route(b"ok", fail=2, content_type="text/plain")
    with fetcher(backoff=0.1) as f:
        f.get(site.url("/flaky"))
    starts = [h.start for h in site.hits if h.path == "/flaky"]
    assert starts[1] - starts[0] >= 0.09 and starts[2] - starts[1] >= 0.19


def test_a_slow_page_times_out_and_is_retried_within_bounds(site):
    site.routes["/slow"] = Route(article_html("talks"), delay=1.0)
    with fetcher(timeout=0.3, retries=1) as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/slow"))
    assert "timed out after 0.3 s (2 attempts)" in str(caught.value) and caught.value.retry
    assert site.count("/slow") == 2


def test_a_404_is_not_retried(site):
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/gone"))
    assert str(caught.value).endswith("HTTP 404") and not caught.value.retry and caught.value.status == 404
    assert site.count("/gone") == 1


def test_a_refused_connection_is_a_retried_failure():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens here once the socket closes
    with fetcher(retries=1) as f, pytest.raises(FetchError) as caught:
        f.get(f"http://127.0.0.1:{port}/feed")
    # robots.txt is asked first, and a site that cannot be reached is not fetched from.
    assert "robots.txt unreachable (connection failed" in caught.value.message and caught.value.retry
    with fetcher(retries=1, robots=False) as f, pytest.raises(FetchError) as caught:
        f.get(f"http://127.0.0.1:{port}/feed")
    assert caught.value.message.startswith("connection failed") and caught.value.retry


# Redirects
def test_a_redirect_chain_is_followed_and_the_final_url_kept(site):
    site.routes["/old"] = Route(location="/older", status=301)
    site.routes["/older"] = Route(location=site.url("/news/a", "localhost"))
    site.routes["/news/a"] = Route(article_html("talks"))
    with fetcher() as f:
        got = f.get(site.url("/old"))
    assert got.url == site.url("/old") and got.final_url == site.url("/news/a", "localhost")
    assert got.status == 200 and "Кыргызстан".encode() in got.content


def test_a_redirect_loop_is_stopped_with_its_path(site):
    site.routes["/a"] = Route(location="/b")
    site.routes["/b"] = Route(location="/a")
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/a"))
    assert caught.value.message.startswith("redirect loop: ") and caught.value.message.count("→") == 2
    assert site.count("/a") == 1 and site.count("/b") == 1


def test_redirects_are_bounded(site):
    for i in range(8):
        site.routes[f"/r{i}"] = Route(location=f"/r{i + 1}")
    with fetcher(max_redirects=3) as f, pytest.raises(FetchError, match="more than 3 redirects"):
        f.get(site.url("/r0"))
    assert sum(site.count(f"/r{i}") for i in range(8)) == 4


# Size
def test_an_oversize_page_is_not_read_past_the_limit(site):
    big = article_html("talks", extra="Очень длинный абзац. " * 20_000)
    site.routes["/declared"] = Route(big)
    site.routes["/streamed"] = Route(big, length=False)
    with fetcher() as f:
        with pytest.raises(FetchError, match=r"larger than 65,536 bytes \(Content-Length [\d,]+\); not read"):
            f.get(site.url("/declared"))
        with pytest.raises(FetchError, match=r"larger than 65,536 bytes; stopped reading"):
            f.get(site.url("/streamed"))


# Politeness
def test_robots_txt_is_read_once_per_site_and_honoured(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.routes["/private/a"] = Route(article_html("talks"))
    site.routes["/news/a"] = Route(article_html("budget"))
    with fetcher() as f:
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            f.get(site.url("/private/a"))
        assert f.get(site.url("/news/a")).status == 200
        # A redirect into a disallowed path is refused too.
        site.routes["/moved"] = Route(location="/private/a")
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            f.get(site.url("/moved"))
    assert site.count("/private/a") == 0 and site.count("/robots.txt") == 1


def test_robots_txt_rules_for_newsgraph_and_its_crawl_delay(site):
    site.routes["/robots.txt"] = Route(b"User-agent: newsgraph\nDisallow: /feeds/\nCrawl-delay: 1\n\n"
                                       b"User-agent: *\nDisallow:\n", content_type="text/plain")
    site.routes["/a"] = Route(b"a", content_type="text/plain")
    with fetcher() as f:
        assert not f.allowed(site.url("/feeds/x"))
        f.get(site.url("/a"))
        f.get(site.url("/a"))
    starts = [h.start for h in site.hits if h.path == "/a"]
    assert starts[1] - starts[0] >= 0.99  # robotparser reads whole seconds only


def test_a_server_error_on_robots_txt_keeps_the_crawler_away(site):
    site.routes["/robots.txt"] = Route(b"", fail=100)
    with fetcher(retries=0) as f, pytest.raises(FetchError, match=r"robots.txt unreachable \(HTTP 503\)"):
        f.get(site.url("/a"))
    assert site.count("/a") == 0


def test_one_request_at_a_time_per_host_with_a_delay_between(site):
    site.routes["/slow"] = Route(b"x", content_type="text/plain", delay=0.15)
    with fetcher(delay=0.1) as f:
        threads = [threading.Thread(target=f.get, args=(site.url("/slow", host),))
                   for host in ("127.0.0.1", "localhost") for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert site.most_at_once[f"127.0.0.1:{site.port}"] == 1
    assert site.most_at_once[f"localhost:{site.port}"] == 1
    for host in ("127.0.0.1", "localhost"):
        hits = sorted((h for h in site.hits if h.path == "/slow" and h.host.startswith(host)), key=lambda h: h.start)
        assert len(hits) == 3
        assert all(b.start - a.end >= 0.09 for a, b in zip(hits, hits[1:]))


# Listings
def test_rss_and_atom_feeds_list_their_links_with_titles_and_dates(site):
    feed = read_listing(rss([("http://example.kg/a", "Первая", "Thu, 02 May 2024 23:30:00 +0600"),
                             ("/b", "Вторая", "Wed, 01 May 2024 10:00:00 +0600")]), "http://example.kg/rss")
    assert feed.kind == "feed" and feed.title == "Вести Долины: все новости"
    assert feed.links[0] == Link("http://example.kg/a", "Первая", "2024-05-02", "2024-05-02T17:30:00Z")
    assert feed.links[1].url == "http://example.kg/b"
    entries = read_listing(atom([("http://example.kg/c", "Третья", "2024-05-03T08:00:00Z")]), "http://example.kg/atom")
    assert entries.kind == "feed" and entries.links == [Link("http://example.kg/c", "Третья", "2024-05-03",
                                                             "2024-05-03T08:00:00Z")]


def test_sitemaps_and_indexes_list_newest_first():
    listing = read_listing(sitemap([("http://example.kg/old", "2024-01-01"), ("http://example.kg/new", "2024-05-01"),
                                    ("ftp://example.kg/x", None)]), "http://example.kg/sitemap.xml")
    assert listing.kind == "sitemap" and [k.url for k in listing.links] == ["http://example.kg/new",
                                                                           "http://example.kg/old"]
    index = read_listing(sitemap_index([("http://example.kg/s1.xml", "2024-04-01"), ("/s2.xml", "2024-05-01")]),
                         "http://example.kg/sitemap.xml")
    assert [k.url for k in index.sitemaps] == ["http://example.kg/s2.xml", "http://example.kg/s1.xml"]
    assert not index.links
    zipped = read_listing(gzip.compress(sitemap([("http://example.kg/z", None)])), "http://example.kg/s.xml.gz")
    assert [k.url for k in zipped.links] == ["http://example.kg/z"]


def test_google_news_sitemaps_give_titles_and_publication_dates():
    xml = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://example.kg/n</loc>'
           '<news:news><news:publication><news:name>Вести</news:name><news:language>ru</news:language>'
           '</news:publication><news:publication_date>2024-05-02T10:00:00+06:00</news:publication_date>'
           '<news:title>Новость дня</news:title></news:news></url></urlset>').encode()
    link = read_listing(xml, "http://example.kg/news.xml").links[0]
    assert (link.title, link.published) == ("Новость дня", "2024-05-02")


@pytest.mark.parametrize("body", [
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    b'<urlset><url><loc>&lol2;</loc></url></urlset>',
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<rss><channel><item><link>&xxe;</link></item></channel></rss>',
])
def test_xml_declaring_entities_is_refused(body):
    with pytest.raises(InputError, match="declares entities"):
        read_listing(body, "http://example.kg/evil.xml")


def test_what_is_neither_feed_nor_sitemap_is_refused():
    with pytest.raises(InputError, match="neither an RSS/Atom feed nor an XML sitemap"):
        read_listing(article_html("talks"), "http://example.kg/")


# Pages
@pytest.mark.parametrize("charset,header,meta", [
    ("cp1251", "text/html; charset=windows-1251", False),
    ("cp1251", "text/html", True),
    ("koi8-r", "text/html; charset=koi8-r", True),
    ("koi8-r", "text/html", False),
])
def test_pages_in_cyrillic_code_pages_come_out_right(charset, header, meta):
    raw = article_html("talks", charset, meta_charset=meta)
    assert "Токтогульского водохранилища" in page_text(raw, header, "http://example.kg/a")
    doc = page_document(raw, header, "http://example.kg/a", Link("http://example.kg/a"))
    assert "Токтогульского водохранилища" in doc.text


def test_what_is_not_a_page_is_refused():
    with pytest.raises(InputError, match=r"not an HTML page \(application/pdf\)"):
        page_document(b"%PDF-1.7", "application/pdf", "http://example.kg/a.pdf", Link("http://example.kg/a.pdf"))


def test_a_page_keeps_its_url_and_takes_the_listings_title_and_date_where_it_has_none():
    raw = article_html("budget", published=None).replace(b"<title>", b"<title data-x>")
    raw = raw.replace("<title data-x>Парламент Узбекистана утвердил поправки в бюджет — Вести Долины</title>"
                      .encode(), b"")
    doc = page_document(raw, "text/html; charset=utf-8", "http://example.kg/news/b",
                        Link("http://example.kg/b", "Заголовок из ленты", "2024-04-30"))
    assert doc.source == {"url": "http://example.kg/news/b", "format": "html"}
    assert doc.published == "2024-04-30"
    dated = page_document(article_html("budget"), None, "http://example.kg/b", Link("http://example.kg/b", "X", "2020-01-01"))
    assert dated.published == "2024-05-02" and dated.title != "X"


# The store's watch tables and the commands
def test_the_watch_book_keeps_sources_links_and_pages(tmp_path):
    from newsgraph.store import open_store
    from newsgraph.store.watch import PageState

    with open_store(str(tmp_path / "s.db")) as store:
        book = store.watch
        source, created = book.add_source("http://example.kg/rss", "Вести", 10)
        assert created and source.id == 1 and source.kind is None
        again, created = book.add_source("http://example.kg/rss", None, 20)
        assert not created and again.name == "Вести" and again.every_minutes == 20
        book.record_poll(source.id, "ok", kind="feed", etag='"1"', last_modified="Thu, 02 May 2024 10:00:00 GMT")
        book.record_poll(source.id, "unchanged")
        polled = book.source("1")
        assert (polled.kind, polled.etag, polled.status, polled.polls) == ("feed", '"1"', "unchanged", 2)
        book.note_links(source.id, [("http://example.kg/a", "A", "2024-05-02", "s1"), ("http://example.kg/b", None,
                                                                                       None, None)])
        book.note_links(source.id, [("http://example.kg/a", "A2", "2024-05-02", "s2")])
        assert [row[:2] for row in book.pending_links(source.id, 3, 10)] == [("http://example.kg/a", "A2"),
                                                                             ("http://example.kg/b", None)]
        book.record_page(PageState("http://example.kg/a", "page", status="stored", hash="h", doc_id="d"))
        book.record_page(PageState("http://example.kg/b", "page", status="failed", attempts=3))
        assert book.pending_links(source.id, 3, 10) == []
        assert book.pages(["http://example.kg/a"])["http://example.kg/a"].doc_id == "d"
        assert book.link_counts() == {source.id: 2}
        book.remove_source(source.id)
        assert book.sources() == [] and book.link_counts() == {}


def test_sources_add_list_remove_through_the_cli(tmp_path):
    db = str(tmp_path / "cli.db")
    assert run_cli("sources", "add", "ftp://example.kg/rss", "--db", db).returncode == 2
    added = run_cli("sources", "add", "http://example.kg/rss", "--name", "Вести Долины", "--every", "15", "--db", db)
    assert added.returncode == 0 and "watching #1 http://example.kg/rss as 'Вести Долины', every 15 min" in added.stderr
    assert run_cli("sources", "add", "http://example.kg/sitemap.xml", "--db", db).returncode == 0
    listed = [json.loads(line) for line in run_cli("sources", "list", "--json", "--db", db).stdout.splitlines()]
    assert [(s["id"], s["name"], s["every_minutes"], s["kind"]) for s in listed] == [
        (1, "Вести Долины", 15, None), (2, None, 30, None)]
    table = run_cli("sources", "list", "--db", db).stdout
    assert "http://example.kg/sitemap.xml" in table and "never polled" in table
    assert run_cli("sources", "remove", "http://example.kg/rss", "--db", db).returncode == 0
    assert run_cli("sources", "remove", "1", "--db", db).returncode == 1
    assert [json.loads(line)["id"] for line in run_cli("sources", "list", "--json", "--db", db).stdout.splitlines()] == [2]
