"""The HTTP API over PostgreSQL: the browsing verbs and the rest speak both backends' SQL.
Skips when the PostgreSQL server binaries are absent (see tests/pg.py)."""
from __future__ import annotations

import pytest
from conftest import validate_document
from pg import fresh_database, throwaway_server

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

SHORT = {"id": "short/1", "title": "Короткая заметка", "published": "2024-02-01",
         "url": "https://akipress.example.kg/short-1",
         "text": "В Бишкеке министр экономики Кыргызстана Данияр Амангельдиев провёл переговоры с инвесторами."}


@pytest.fixture(scope="module")
def client(tmp_path_factory, seed_path):
    import json

    from fastapi.testclient import TestClient

    from newsgraph.api import create_app
    from newsgraph.corpus.ingest import ingest_paths
    from newsgraph.corpus import open_corpus

    pages = tmp_path_factory.mktemp("pg-api") / "short.jsonl"
    pages.write_text(json.dumps(SHORT, ensure_ascii=False) + "\n", encoding="utf-8")
    with throwaway_server() as admin_url:
        url = fresh_database(admin_url)
        with open_corpus(url) as store:
            assert ingest_paths([str(seed_path), str(pages)], store, workers=0).stored == 2
        with TestClient(create_app(url), base_url="http://localhost", raise_server_exceptions=False) as c:
            yield c


def test_endpoints_over_postgres(client):
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/api/stats").json()["documents"] == 2
    page = client.get("/api/documents", params={"limit": 5}).json()
    assert page["total"] == 2
    assert page["documents"][0]["id"] == "short/1" and page["documents"][0]["source"] == "akipress.example.kg"
    seed_id = page["documents"][1]["id"]
    hits = client.get("/api/search", params={"q": "переговоры"}).json()
    assert {h["id"] for h in hits} == {"short/1", seed_id}
    assert all(h["lead"] for h in hits)
    assert client.get("/api/search", params={"q": "переговоры", "since": "2024-01-01"}).json()[0]["id"] == "short/1"
    validate_document(client.get(f"/api/documents/{seed_id}").json())
    assert client.get("/api/documents/short/1").json()["title"] == "Короткая заметка"
    assert client.get("/api/entities/Назарбаев").json()["name"] == "Нурсултан Назарбаев"
    assert client.get("/api/stories/short/1").json()["documents"][0]["id"] == "short/1"
    assert client.get("/api/documents/missing").status_code == 404
