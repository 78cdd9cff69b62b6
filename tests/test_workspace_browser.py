"""The workspace in a real browser (Debian's chromium driven by playwright, as in
test_web_browser): feed → story → article → entity page with its chart → search with facets,
and the events view with its chart, over a temporary store of the sample corpus and a second
outlet's report (see workspace_pages). Each walk writes its screenshots into docs/screenshots/
for the README. The page must load nothing from outside and break no rule of its Content
Security Policy (a violation is a console error, which fails the test)."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_web_browser import CHROMIUM, CHROMIUM_ARGS, guarded_page, serve_store
from workspace_pages import PERSON, PERSON_TITLE, SECOND_OUTLET, STORY_DOCUMENT, fill_workspace_store

SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    pytest.importorskip("plotly", reason="the plotly package (the charts) is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("workspace-web")
    db = str(folder / "store.db")
    fill_workspace_store(db, folder)
    with serve_store(db, folder) as url:
        yield url


@pytest.fixture
def page(browser, base_url):
    with guarded_page(browser, base_url, VIEWPORT) as p:
        yield p


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)  # let a chart finish its transition
    page.screenshot(path=str(SCREENSHOTS / name))


def test_feed_story_article_entity_search(page):
    page.click("nav a[data-nav=feed]")
    page.locator(".story-card").first.wait_for()
    dates = [d for d in page.locator(".story-card > .meta").all_inner_texts() if d[:2].isdigit()]
    days = [d.split(" ")[0].split(".")[::-1] for d in dates]
    assert days == sorted(days, reverse=True)  # newest first
    card = page.locator(".story-card", has=page.locator(".story-link", has_text="2 документа"))
    assert card.count() == 1
    assert card.locator("a.title").inner_text() == SECOND_OUTLET["title"]
    assert card.locator(".story-more li").count() == 1
    assert "kun.example.uz" in card.locator(".outlet").all_inner_texts()
    shoot(page, "feed.png")

    card.locator(".story-link").click()
    page.locator(".story-page").wait_for()
    assert page.url.split("#", 1)[1].startswith("/story/")
    assert page.locator(".story-docs > li").count() == 2
    outlets = page.locator(".outlet-list li")
    assert outlets.count() == 1  # the sample's text dump names no site
    assert "kun.example.uz" in page.locator(".outlet-list .outlet-name").all_inner_texts()
    assert page.locator(".story-page .co a", has_text=PERSON).count() == 1
    shoot(page, "story.png")

    page.locator(".story-docs a.title").first.click()
    page.locator(".article").wait_for()
    assert page.url.endswith("/doc/" + STORY_DOCUMENT)
    assert page.locator(".story h3 a").inner_text().startswith("Сюжет s")
    person = page.locator(".panel .entity-PER", has_text=PERSON)
    assert PERSON_TITLE in person.inner_text()

    person.locator("a.name").click()
    page.locator(".entity-page").wait_for()
    page.locator(".chart-mentions[data-drawn]").wait_for()
    page.locator(".chart-titles[data-drawn]").wait_for()
    assert page.locator(".entity-page h1").inner_text().startswith(PERSON)
    # One bar per day with mentions, and the title marked on both days.
    assert page.locator(".chart-mentions g.trace.bars g.point").count() == 2
    assert page.locator(".chart-titles g.trace.scatter g.points path").count() == 2
    assert page.locator(".chart-titles .ytick text").all_text_contents() == [PERSON_TITLE]
    assert PERSON_TITLE in page.locator(".title-list").inner_text()
    shoot(page, "entity.png")

    page.click("nav a[data-nav=search]")
    page.fill("input[name=q]", "соглашение")
    page.press("input[name=q]", "Enter")
    page.locator(".facet-entities li").first.wait_for()
    hits = page.locator(".hit").count()
    assert hits > 1
    assert page.locator(".facets").inner_text().startswith(f"По {hits} ")
    for facet in ("sources", "months", "event_types"):
        assert page.locator(f".facet-{facet} li").count() >= 1
    shoot(page, "search.png")

    page.locator(".facet-sources a", has_text="kun.example.uz").click()
    page.locator(".results .count", has_text="Найдено: 1").wait_for()
    assert "source=kun.example.uz" in page.url
    assert page.locator(".hit a.title").inner_text() == SECOND_OUTLET["title"]


def test_events_view_filters_and_chart(page):
    page.click("nav a[data-nav=events]")
    page.locator(".chart-events[data-drawn]").wait_for()
    total = page.locator(".event-list > li").count()
    assert total > 2
    assert page.locator(".chart-events g.trace.bars").count() >= 1
    legend = page.locator(".chart-events .legendtext").all_text_contents()
    assert "словесное сотрудничество" in legend
    shoot(page, "events.png")

    page.fill("input[name=actor]", "Ходжаев")
    page.click(".events-form button[type=submit]")
    page.locator(".results .count", has_text="Найдено событий").wait_for()
    page.wait_for_function(f"document.querySelectorAll('.event-list > li').length < {total}")
    items = page.locator(".event-list > li")
    assert items.count() >= 1
    assert all(PERSON in text for text in items.all_inner_texts())
    assert "actor=" in page.url

    page.select_option("select[name=root]", "20")
    page.click(".events-form button[type=submit]")
    page.locator(".results .count", has_text="Ничего не найдено").wait_for()


# Stored text with markup in it, as the workspace's endpoints could return it: shown as text.
MARKUP = '<img src=x onerror="window.__injected=1">'


def test_markup_in_stored_text_stays_text_in_the_workspace(page, base_url):
    import json

    story = {"id": "s1", "latest": "2025-05-23", "size": 2, "outlets": [MARKUP],
             "documents": [{"id": "a", "title": "Заголовок " + MARKUP, "published": "2025-05-23", "source": MARKUP,
                            "url": None, "near_duplicate": False, "lead": "Текст " + MARKUP},
                           {"id": "b", "title": MARKUP, "published": "2025-05-22", "source": "x", "url": None,
                            "near_duplicate": False}]}
    event = {"document": "a", "title": MARKUP, "published": "2025-05-23", "type": MARKUP, "cameo_root": "04",
             "quad_class": "1", "day": "2025-05-23", "date": None, "actors": [MARKUP], "place": MARKUP,
             "summary": MARKUP, "modality": "actual"}
    answers = {
        "/api/feed": {"total": 1, "limit": 20, "offset": 0, "stories": [story]},
        "/api/events": {"total": 1, "limit": 50, "offset": 0, "events": [event],
                        "days": [{"day": "2025-05-23", "quad": {"1": 1, "2": 0, "3": 0, "4": 0, "0": 0}}],
                        "quad_classes": {"1": MARKUP, "2": "b", "3": "c", "4": "d", "0": "e"}},
    }
    def answer(body):
        return lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    for path, body in answers.items():
        page.route(f"{base_url}{path}?*", answer(body))
    title = {"role": MARKUP, "office": None, "of": None, "former": False, "acting": False, "first": "2025-05-22",
             "last": "2025-05-23", "days": ["2025-05-22", "2025-05-23"], "documents": 2}
    page.route(f"{base_url}/api/entities/**", answer({
        "name": "Имя " + MARKUP, "type": "PER", "aliases": [MARKUP], "roles": [], "documents": [], "quotes": [],
        "co_mentions": [], "events": []}))
    page.route(f"{base_url}/api/timeline/entities/**", answer({
        "name": "Имя", "type": "PER", "days": [{"day": "2025-05-22", "mentions": 1, "documents": 1}],
        "undated": 0, "titles": [title]}))
    page.click("nav a[data-nav=feed]")
    page.locator(".story-card").wait_for()
    assert MARKUP in page.locator(".story-card").inner_text()
    page.click("nav a[data-nav=events]")
    page.locator(".chart-events[data-drawn]").wait_for()
    assert MARKUP in page.locator(".event-list").inner_text()
    page.goto(base_url + "/#/entity/x")
    page.locator(".chart-titles[data-drawn]").wait_for()
    assert page.locator(".chart-titles .ytick text").all_text_contents() == [MARKUP]
    assert MARKUP in page.locator(".entity-page h1").inner_text()
    assert page.locator("main img").count() == 0
    assert page.evaluate("window.__injected") is None
