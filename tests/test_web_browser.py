"""The web reader in a real browser: Debian's chromium driven by playwright, against
`newsgraph serve` on a free local port over a temporary store with the seed page."""
from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import newsgraph_cmd

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_TIMEOUT_S = 120
WAIT_MS = 30_000

# A stored page whose headline and text carry markup: the reader must show it as text.
HOSTILE = {
    "id": "markup-in-text",
    "url": "https://example.test/markup",
    "title": 'Заголовок с разметкой <img src=x onerror="window.__injected=1">',
    "published": "2024-04-02",
    "text": ("В Душанбе прошло заседание правительства Таджикистана.\n"
             "Премьер-министр Кохир Расулзода заявил: «Бюджет <script>window.__injected=2</script> исполнен».\n"
             "Решения заседания опубликуют на следующей неделе."),
}
PASTED = ("Президент Узбекистана Шавкат Мирзиёев провёл в Самарканде переговоры с делегацией Японии.\n"
          "«Мы ждём японские компании в наших технопарках», — заявил Мирзиёев. "
          "<img src=x onerror=\"window.__injected=3\">")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, seed_path):
    from newsgraph.corpus.ingest import ingest_paths
    from newsgraph.corpus import open_corpus

    folder = tmp_path_factory.mktemp("web")
    extra = folder / "extra.jsonl"
    extra.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(folder / "store.db")
    with open_corpus(db) as store:
        assert ingest_paths([str(seed_path), str(extra)], store, workers=0).stored == 2
    with serve_store(db, folder) as url:
        yield url


@contextlib.contextmanager
def serve_store(db: str, folder):
    """`newsgraph serve` over the store `db` on a free loopback port, its log in `folder`:
    yields its base URL once it answers, stops it afterwards."""
    port = free_port()
    log = open(folder / "serve.log", "w+b")
    proc = subprocess.Popen(newsgraph_cmd() + ["serve", "--db", db, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            pytest.fail(f"newsgraph serve exited with {proc.returncode}: {log.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"newsgraph serve did not answer within {START_TIMEOUT_S} s")


@contextlib.contextmanager
def guarded_page(browser, base_url: str, viewport: dict | None = None):
    """A page of the reader at `base_url` that fails the test afterwards on a script error, a
    console error or any request to another server (the reader must never reach the network)."""
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, locale="ru-RU")
    p = context.new_page()
    p.set_default_timeout(WAIT_MS)
    problems: list[str] = []
    p.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    p.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    p.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
            else (problems.append(f"outside request: {route.request.url}"), route.abort()))
    p.goto(base_url + "/")
    yield p
    context.close()
    assert not problems, problems


@pytest.fixture
def page(browser, base_url):
    with guarded_page(browser, base_url) as p:
        yield p


def test_search_open_document_entity(page):
    page.fill("input[name=q]", "Назарбаева")
    page.press("input[name=q]", "Enter")
    hit = page.locator(".hit").first
    hit.wait_for()
    assert page.locator(".hit").count() == 1
    assert hit.locator(".snippet mark").first.inner_text() == "Назарбаев"

    hit.locator("a.title").click()
    page.locator(".article").wait_for()
    assert page.url.split("#", 1)[1].startswith("/doc/")
    # The person: in the side panel among persons, and as highlighted mentions in the text.
    person = page.locator(".panel .entity-PER", has_text="Нурсултан Назарбаев")
    assert person.count() == 1
    assert "президент Казахстана" in person.inner_text()
    index = person.get_attribute("data-entity")
    mentions = page.locator(f".article .mention-PER[data-entity='{index}']")
    assert mentions.count() >= 3
    assert "Нурсултан Назарбаев" in mentions.all_inner_texts()
    assert page.locator(".article .mention-LOC", has_text="Астане").count() >= 1
    colours = {t: page.locator(f".article .mention-{t}").first.evaluate("n => getComputedStyle(n).backgroundColor")
               for t in ("PER", "LOC")}
    assert colours["PER"] != colours["LOC"]
    # A quote marked in the text with its speaker.
    quote = page.locator(".article .quote", has_text="резкий рост торгового оборота")
    assert quote.count() == 1
    assert quote.locator(".speaker").inner_text().startswith("Нурсултан Назарбаев")
    assert page.locator(".panel .section-events li").count() >= 1

    person.locator("a.name").click()
    page.locator(".entity-page").wait_for()
    assert page.locator(".entity-page h1").inner_text().startswith("Нурсултан Назарбаев")
    assert page.locator(".quote-list li").count() >= 3
    assert page.locator(".entity-page .co a", has_text="Шавкат Мирзиёев").count() == 1
    assert page.title().startswith("Нурсултан Назарбаев")


def test_paste_box_shows_the_analysis_as_text(page):
    page.click("nav a[data-nav=paste]")
    page.fill("textarea[name=text]", PASTED)
    page.check("input[name=whole]")  # the pasted text is all article: no page chrome to set apart
    page.click("form.paste button[type=submit]")
    result = page.locator(".paste-result .article")
    result.wait_for()
    assert page.locator(".paste-result .panel .entity-PER", has_text="Шавкат Мирзиёев").count() == 1
    assert page.locator(".paste-result .quote .speaker").first.inner_text().startswith("Шавкат Мирзиёев")
    assert '<img src=x onerror="window.__injected=3">' in result.inner_text()
    assert result.locator("img").count() == 0
    assert page.evaluate("window.__injected") is None


def test_markup_in_stored_text_stays_text(page):
    page.click("nav a[data-nav=documents]")
    link = page.locator(".doc-list a.title", has_text="Заголовок с разметкой")
    link.wait_for()
    assert "<img src=x" in link.inner_text()
    link.click()
    page.locator(".article").wait_for()
    assert page.locator("main img, main script").count() == 0
    assert "<script>window.__injected=2</script>" in page.locator(".article").inner_text()
    assert page.evaluate("window.__injected") is None


def test_search_filters_narrow_the_hits(page):
    page.fill("input[name=q]", "заседание")
    page.fill("input[name=since]", "2024-04-01")
    page.press("input[name=q]", "Enter")
    page.locator(".hit").first.wait_for()
    assert page.locator(".hit").count() == 1
    assert "since=2024-04-01" in page.url
    page.fill("input[name=until]", "2020-01-01")
    page.press("input[name=q]", "Enter")
    page.locator(".results .count", has_text="Ничего не найдено").wait_for()
