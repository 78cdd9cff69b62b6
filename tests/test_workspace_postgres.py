"""The workspace's endpoints over PostgreSQL: the same store as test_workspace_api, the same
answers. Skips when the PostgreSQL server binaries are absent (see tests/pg.py)."""
from __future__ import annotations

import pytest
from pg import fresh_database, throwaway_server
from workspace_pages import DOCUMENTS, PERSON, SECOND_OUTLET, STORY_DOCUMENT, fill_workspace_store

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    folder = tmp_path_factory.mktemp("workspace-pg")
    with throwaway_server() as admin_url:
        url = fresh_database(admin_url)
        fill_workspace_store(url, folder)
        with TestClient(create_app(url), base_url="http://localhost", raise_server_exceptions=False) as c:
            yield c


def test_workspace_endpoints_over_postgres(client):
    feed = client.get("/api/feed", params={"limit": 50}).json()
    assert feed["total"] == DOCUMENTS - 1 and feed["stories"][-1]["latest"] is None
    two = next(s for s in feed["stories"] if s["size"] == 2)
    assert [d["id"] for d in two["documents"]] == [SECOND_OUTLET["id"], STORY_DOCUMENT]

    story = client.get(f"/api/feed/stories/{two['id']}").json()
    assert [o["name"] for o in story["outlets"]] == ["kun.example.uz"]  # the sample's text dump names no site
    assert any(e["name"] == PERSON and e["documents"] == 2 for e in story["entities"])

    timeline = client.get("/api/timeline/entities/Ходжаев").json()
    assert [d["day"] for d in timeline["days"]] == ["2025-05-22", "2025-05-23"]
    assert timeline["titles"][0]["days"] == ["2025-05-22", "2025-05-23"]

    events = client.get("/api/events", params={"limit": 500}).json()
    days = [e["day"] for e in events["events"] if e["day"]]
    assert days == sorted(days, reverse=True)
    assert sum(sum(d["quad"].values()) for d in events["days"]) == len(days)
    assert all(PERSON in e["actors"] for e in client.get("/api/events", params={"actor": "Ходжаев"}).json()["events"])
    may = client.get("/api/events", params={"since": "2025-05-01", "until": "2025-05", "root": "05"}).json()
    assert may["total"] >= 1 and all(e["day"].startswith("2025-05") for e in may["events"])

    facets = client.get("/api/facets", params={"q": "соглашение"}).json()
    assert {"name": "kun.example.uz", "documents": 1} in facets["sources"]
    assert sum(m["documents"] for m in facets["months"]) <= facets["hits"]
