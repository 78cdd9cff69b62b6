"""Accounts in the workspace, in a real browser (Debian's chromium via playwright) against
`newsgraph serve` on loopback: sign up, follow an entity from its page, new matching articles
arrive, they show in the personal feed and the Atom feed, log out. In the first walk the
articles are saved and the matcher run by the test; in the second a news site on loopback
(tests/loopback.py) is added as a source and `newsgraph watch --once` fetches, stores and
matches its new article."""
from __future__ import annotations

import contextlib
import json
from pathlib import Path
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from conftest import run_cli
from loopback import FOLLOWED, Route, article_html, rss, serve
from test_store import SURNAME_ONLY, TALKS, TALKS_OTHER_OUTLET, build, prepared
from test_web_browser import WAIT_MS, browser, serve_store  # noqa: F401

from newsgraph.doc import Document

# The README shows the personal feed as this walk leaves it.
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

ATOM = "{http://www.w3.org/2005/Atom}"
# A new article about the followed person whose headline carries markup: shown as text only.
MARKUP = build("markup-2", "Нурсултан Назарбаев выступил на форуме в Астане.", published="2018-10-01",
               url="https://example.test/markup-2", title='Форум <img src=x onerror="window.__injected=1">',
               entities=[("PER", "Нурсултан Назарбаев", ["Нурсултан Назарбаев"], [])])


def save(db: str, docs) -> None:
    from newsgraph.corpus import open_corpus

    with open_corpus(db) as corpus:
        for doc in docs:
            corpus.save(prepared(Document.from_dict(doc.to_dict())))


@contextlib.contextmanager
def serving(folder, docs):
    """`newsgraph serve` on a free port over a new store holding `docs`: (its URL, the store)."""
    db = str(folder / "store.db")
    save(db, docs)
    with serve_store(db, folder) as url:
        yield url, db


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("web-accounts"), [TALKS]) as served:
        yield served


@pytest.fixture(scope="module")
def watched_server(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("web-watch"), [TALKS]) as served:
        yield served


def open_page(browser, base_url: str, problems: list[str]):  # noqa: F811
    """A new browser context and page that may only talk to `base_url`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
               else (problems.append(f"outside request: {route.request.url}"), route.abort()))
    return context, page


def sign_up_and_follow(page, base_url: str, name: str) -> None:
    page.goto(base_url + "/#/account")
    signup = page.locator("form[data-form='Зарегистрироваться']")
    signup.locator("input[name=name]").fill(name)
    signup.locator("input[name=password]").fill("a long enough secret")
    signup.locator("button[type=submit]").click()
    page.wait_for_url("**/#/watch")
    page.locator(".watch").wait_for()
    assert page.locator("nav a[data-nav=account]").inner_text() == name

    page.goto(base_url + "/#/entity/" + "Назарбаев")
    page.locator("button.follow").click()
    page.locator("button.follow", has_text="Вы следите").wait_for()


def atom_entries(page, base_url: str) -> dict[str, ET.Element]:
    """The entries of the user's Atom alert feed by title, fetched with its token URL alone."""
    page.locator("button[data-action=atom]").click()
    atom_url = page.locator(".atom input").input_value()
    assert atom_url.startswith(base_url + "/api/alerts/feed/")
    with urllib.request.urlopen(atom_url, timeout=10) as response:
        root = ET.fromstring(response.read())
    return {e.find(f"{ATOM}title").text: e for e in root.iter(f"{ATOM}entry")}


def log_out(page, base_url: str) -> None:
    page.goto(base_url + "/#/account")
    page.locator("button[data-action=logout]").click()
    page.locator("form[data-form='Войти']").wait_for()
    assert page.locator("nav a[data-nav=account]").inner_text() == "Вход"
    page.goto(base_url + "/#/watch")
    page.locator("a[href='#/account']", has_text="Войдите").wait_for()


def test_sign_up_follow_feed_atom_log_out(browser, server):  # noqa: F811
    from newsgraph.accounts import match_new
    from newsgraph.corpus import open_corpus

    base_url, db = server
    problems: list[str] = []
    context, page = open_page(browser, base_url, problems)
    try:
        sign_up_and_follow(page, base_url, "analyst")

        # New articles arrive (as `newsgraph watch --once` stores them) and the matcher runs.
        save(db, [TALKS_OTHER_OUTLET, SURNAME_ONLY, MARKUP])
        with open_corpus(db) as corpus:
            assert match_new(corpus).matches == 3

        page.goto(base_url + "/#/watch")
        feed = page.locator(".feed li")
        feed.first.wait_for()
        assert feed.count() == 3
        assert page.locator(".feed li.new").count() == 3
        assert page.locator(".feed li", has_text="Мирзиёев завершил визит").count() == 1
        assert page.locator(".feed a.title", has_text='Форум <img src=x onerror="window.__injected=1">').count() == 1
        assert page.evaluate("window.__injected") is None
        assert "Нурсултан Назарбаев" in page.locator(".panel li[data-item]").inner_text()

        assert "Мирзиёев завершил визит" in atom_entries(page, base_url)

        page.reload()  # the visit was recorded: nothing is new any more
        page.locator(".feed li").first.wait_for()
        assert page.locator(".feed li.new").count() == 0

        log_out(page, base_url)
    finally:
        context.close()
    assert not problems, problems


def test_sign_up_follow_then_watch_once_brings_the_article_to_the_feed_and_atom(browser, watched_server):  # noqa: F811
    base_url, db = watched_server
    problems: list[str] = []
    context, page = open_page(browser, base_url, problems)
    try:
        sign_up_and_follow(page, base_url, "watcher")
        page.goto(base_url + "/#/watch")
        item = page.locator(".panel li[data-item]")
        item.wait_for()
        assert "Нурсултан Назарбаев" in item.inner_text() and "сущность · 0" in item.inner_text()
        assert page.locator(".feed li").count() == 0

        # A news site publishes an article about the followed person and one about something
        # else; the site is added as a source and polled once.
        with serve() as site:
            for key in ("metro", "media-forum"):
                site.routes[f"/news/{key}"] = Route(article_html(key))
            site.routes["/rss"] = Route(rss([(site.url("/news/metro"), "metro", "Thu, 02 May 2024 10:00:00 +0600"),
                                             (site.url("/news/media-forum"), "forum",
                                              "Thu, 02 May 2024 11:00:00 +0600")]),
                                        content_type="application/rss+xml")
            added = run_cli("sources", "add", site.url("/rss"), "--name", "Вести Долины", "--db", db)
            assert added.returncode == 0, added.stderr
            polled = run_cli("watch", "--once", "--all", "--db", db, "--delay", "0")
            assert polled.returncode == 0, polled.stderr
            assert "polled 1 source: 2 new pages, 0 unchanged, 0 failed" in polled.stderr
            article_url = site.url("/news/media-forum")
        title = FOLLOWED["media-forum"][0]

        page.goto(base_url + "/#/account")  # and back: the personal feed is read afresh
        page.goto(base_url + "/#/watch")
        feed = page.locator(".feed li")
        feed.first.wait_for()
        assert feed.count() == 1 and page.locator(".feed li.new").count() == 1
        assert feed.locator("a.title").inner_text() == title
        assert "Вести Долины" in feed.locator(".meta").inner_text()
        assert "Нурсултан Назарбаев" in feed.locator(".meta").inner_text()
        counts = page.locator(".panel li[data-item]").inner_text()
        assert "сущность · 1" in counts and "(новых 1)" in counts
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "watchlist.png"), full_page=True)

        entries = atom_entries(page, base_url)
        assert list(entries) == [title]
        assert entries[title].find(f"{ATOM}link").get("href") == article_url
        assert entries[title].find(f"{ATOM}category").get("term") == "Нурсултан Назарбаев"

        page.reload()  # the visit was recorded: nothing is new any more
        page.locator(".feed li").first.wait_for()
        assert page.locator(".feed li.new").count() == 0

        session = next(c["value"] for c in context.cookies() if c["name"] == "ng_session")
        request = urllib.request.Request(base_url + "/api/watch/feed", headers={"Cookie": f"ng_session={session}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.loads(response.read())["articles"][0]["title"] == title
        log_out(page, base_url)
        # The session ended on the server: its cookie no longer opens the personal feed.
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401
    finally:
        context.close()
    assert not problems, problems
