"""The workspace's endpoints over a temporary SQLite store of the sample corpus and a report
from a second outlet (see workspace_pages): the feed of stories, a story with its outlets, an
entity's timeline, events with counts per QuadClass, search facets, and plotly.js served from
the installed package."""
from __future__ import annotations

import pytest
from workspace_pages import DOCUMENTS, PERSON, PERSON_TITLE, SECOND_OUTLET, STORY_DOCUMENT, fill_workspace_store

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    folder = tmp_path_factory.mktemp("workspace-api")
    url = str(folder / "store.db")
    fill_workspace_store(url, folder)
    with TestClient(create_app(url), base_url="http://localhost", raise_server_exceptions=False) as c:
        yield c


def test_feed_groups_a_story_and_puts_the_newest_first(client):
    page = client.get("/api/feed", params={"limit": 50}).json()
    stories = page["stories"]
    assert page["total"] == len(stories) == DOCUMENTS - 1
    assert sum(s["size"] for s in stories) == DOCUMENTS
    latest = [s["latest"] for s in stories if s["latest"]]
    assert latest == sorted(latest, reverse=True)
    assert stories[-1]["latest"] is None  # the undated story comes last
    two = next(s for s in stories if s["size"] == 2)
    assert [d["id"] for d in two["documents"]] == [SECOND_OUTLET["id"], STORY_DOCUMENT]
    assert two["outlets"] == ["kun.example.uz"]  # the sample's text dump names no site: no outlet
    assert two["documents"][0]["lead"].startswith("Ходжаев и Оверчук")
    assert "lead" not in two["documents"][1]


def test_feed_pages(client):
    first = client.get("/api/feed", params={"limit": 3}).json()
    second = client.get("/api/feed", params={"limit": 3, "offset": 3}).json()
    assert (len(first["stories"]), len(second["stories"])) == (3, 3)
    assert not {s["id"] for s in first["stories"]} & {s["id"] for s in second["stories"]}
    assert client.get("/api/feed", params={"limit": 0}).status_code == 422
    assert client.get("/api/feed", params={"offset": -1}).status_code == 422


def test_story_page_lists_outlets_entities_and_events(client):
    story = client.get(f"/api/feed/stories/{SECOND_OUTLET['id']}").json()
    assert story == client.get(f"/api/feed/stories/{story['id']}").json()
    assert [d["id"] for d in story["documents"]] == [STORY_DOCUMENT, SECOND_OUTLET["id"]]
    assert all(d["lead"] for d in story["documents"])
    outlets = {o["name"]: o for o in story["outlets"]}
    assert outlets["kun.example.uz"] == {"name": "kun.example.uz", "documents": 1,
                                         "first": "2025-05-23", "last": "2025-05-23"}
    people = {e["name"]: e["documents"] for e in story["entities"] if e["type"] == "PER"}
    assert people[PERSON] == 2 and people["Алексей Оверчук"] == 2
    assert any(e["cameo_root"] == "05" for e in story["events"])
    assert client.get("/api/feed/stories/s999999").status_code == 404


def test_entity_timeline_counts_mentions_per_day_and_titles_over_time(client):
    timeline = client.get("/api/timeline/entities/Ходжаев").json()
    assert timeline["name"] == PERSON and timeline["type"] == "PER"
    assert [d["day"] for d in timeline["days"]] == ["2025-05-22", "2025-05-23"]
    assert all(d["documents"] == 1 and d["mentions"] >= 1 for d in timeline["days"])
    title = next(t for t in timeline["titles"] if t["role"] == PERSON_TITLE)
    assert (title["office"], title["of"], title["former"]) == ("вице-премьер", "Узбекистан", False)
    assert (title["first"], title["last"], title["documents"]) == ("2025-05-22", "2025-05-23", 2)
    assert title["days"] == ["2025-05-22", "2025-05-23"]
    assert client.get("/api/timeline/entities/Никтоневедомов").status_code == 404


def test_events_filter_and_count_per_day_by_quad_class(client):
    every = client.get("/api/events", params={"limit": 500}).json()
    assert every["total"] == len(every["events"]) > 0
    days = [e["day"] for e in every["events"] if e["day"]]
    assert days == sorted(days, reverse=True)
    assert sum(sum(d["quad"].values()) for d in every["days"]) == len(days)
    assert set(every["quad_classes"]) == {"0", "1", "2", "3", "4"}
    for e in every["events"]:
        assert e["quad_class"] == ("0" if not e["cameo_root"] else
                                   str(1 + (int(e["cameo_root"]) > 5) + (int(e["cameo_root"]) > 8)
                                       + (int(e["cameo_root"]) > 13)))

    by_actor = client.get("/api/events", params={"actor": "Ходжаев"}).json()
    assert by_actor["total"] >= 1
    assert all(PERSON in e["actors"] for e in by_actor["events"])
    by_root = client.get("/api/events", params={"root": "05"}).json()
    assert by_root["total"] >= 1 and all(e["cameo_root"] == "05" for e in by_root["events"])
    in_may = client.get("/api/events", params={"since": "2025-05-01", "until": "2025-05"}).json()
    assert in_may["total"] >= 1 and all(e["day"].startswith("2025-05") for e in in_may["events"])
    by_place = client.get("/api/events", params={"place": "Ташкенте"}).json()
    assert by_place["total"] >= 1 and all(e["place"] == "Ташкент" for e in by_place["events"])
    assert client.get("/api/events", params={"actor": "Никтоневедомов"}).json()["total"] == 0
    paged = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["document"] for e in paged["events"]] == [e["document"] for e in every["events"][2:4]]


@pytest.mark.parametrize("params", [{"root": "5"}, {"root": "ab"}, {"since": "2025-02-30"},
                                    {"until": "май"}, {"limit": 0}, {"actor": "x" * 301}])
def test_events_refuse_bad_filters(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422 and r.json()["detail"]


def test_facets_count_the_hits_by_entity_source_month_and_event_type(client):
    hits = client.get("/api/search", params={"q": "соглашение", "limit": 500}).json()
    facets = client.get("/api/facets", params={"q": "соглашение"}).json()
    assert facets["hits"] == len(hits) > 1
    assert sum(s["documents"] for s in facets["sources"]) == len([h for h in hits if h["source"]])
    assert {"name": "kun.example.uz", "documents": 1} in facets["sources"]
    dated = [h for h in hits if h["published"]]
    assert sum(m["documents"] for m in facets["months"]) == len(dated)
    assert any(e["name"] == "Узбекистан" and e["documents"] >= 2 for e in facets["entities"])
    assert all(t["documents"] <= len(hits) for t in facets["event_types"])
    narrowed = client.get("/api/facets", params={"q": "соглашение", "source": "kun.example.uz"}).json()
    assert narrowed["hits"] == 1
    assert client.get("/api/facets", params={"q": "никакихтакихслов"}).json()["entities"] == []
    assert client.get("/api/facets").status_code == 422


def test_plotly_is_served_from_the_installed_package_with_the_security_headers(client):
    pytest.importorskip("plotly")
    r = client.get("/vendor/plotly.min.js")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/javascript")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.text.lstrip().startswith("/**") and "plotly.js" in r.text[:200]


def test_openapi_lists_the_workspace_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/feed", "/api/feed/stories/{ref}", "/api/timeline/entities/{name}", "/api/events",
                 "/api/facets"):
        assert path in paths, path
