"""Accounts in the workspace, in a real browser (Debian's chromium via playwright) against
`newsgraph serve` on loopback: sign up, follow an entity from its page, a new matching article
arrives and the matcher runs, it shows in the personal feed and the Atom feed, log out."""
from __future__ import annotations

import subprocess
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from conftest import newsgraph_cmd
from test_store import SURNAME_ONLY, TALKS, TALKS_OTHER_OUTLET, build, prepared
from test_web_browser import WAIT_MS, browser, free_port, wait_until_up  # noqa: F401

from newsgraph.doc import Document

# A new article about the followed person whose headline carries markup: shown as text only.
MARKUP = build("markup-2", "Нурсултан Назарбаев выступил на форуме в Астане.", published="2018-10-01",
               url="https://example.test/markup-2", title='Форум <img src=x onerror="window.__injected=1">',
               entities=[("PER", "Нурсултан Назарбаев", ["Нурсултан Назарбаев"], [])])


def save(db: str, docs) -> None:
    from newsgraph.corpus import open_corpus

    with open_corpus(db) as corpus:
        for doc in docs:
            corpus.save(prepared(Document.from_dict(doc.to_dict())))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web-accounts")
    db = str(folder / "store.db")
    save(db, [TALKS])
    port = free_port()
    log = open(folder / "serve.log", "w+b")
    proc = subprocess.Popen(newsgraph_cmd() + ["serve", "--db", db, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, log)
        yield url, db
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_sign_up_follow_feed_atom_log_out(browser, server):  # noqa: F811
    from newsgraph.accounts import match_new
    from newsgraph.corpus import open_corpus

    base_url, db = server
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
               else (problems.append(f"outside request: {route.request.url}"), route.abort()))
    try:
        page.goto(base_url + "/#/account")
        signup = page.locator("form[data-form='Зарегистрироваться']")
        signup.locator("input[name=name]").fill("analyst")
        signup.locator("input[name=password]").fill("a long enough secret")
        signup.locator("button[type=submit]").click()
        page.wait_for_url("**/#/watch")
        page.locator(".watch").wait_for()
        assert page.locator("nav a[data-nav=account]").inner_text() == "analyst"

        page.goto(base_url + "/#/entity/" + "Назарбаев")
        button = page.locator("button.follow")
        button.click()
        page.locator("button.follow", has_text="Вы следите").wait_for()

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

        page.locator("button[data-action=atom]").click()
        atom_url = page.locator(".atom input").input_value()
        assert atom_url.startswith(base_url + "/api/alerts/feed/")
        with urllib.request.urlopen(atom_url, timeout=10) as response:
            root = ET.fromstring(response.read())
        titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
        assert "Мирзиёев завершил визит" in titles

        page.reload()  # the visit was recorded: nothing is new any more
        page.locator(".feed li").first.wait_for()
        assert page.locator(".feed li.new").count() == 0

        page.goto(base_url + "/#/account")
        page.locator("button[data-action=logout]").click()
        page.locator("form[data-form='Войти']").wait_for()
        assert page.locator("nav a[data-nav=account]").inner_text() == "Вход"
        page.goto(base_url + "/#/watch")
        page.locator("a[href='#/account']", has_text="Войдите").wait_for()
    finally:
        context.close()
    assert not problems, problems
