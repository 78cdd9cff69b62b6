"""The HTTP API over a temporary SQLite store holding the seed page and two invented pages."""
from __future__ import annotations

import json

import pytest
from conftest import SEED, run_cli, validate_document

# TestClient still runs on httpx, which this Starlette release calls deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

# Two pages of our own: a text record with a slash in its id and an HTML record, each with
# an outlet (URL), a headline and a publication date, so the filters have something to sort.
ENERGY = {
    "id": "kabar/2024-0514",
    "url": "https://kabar.example.kg/news/energy-talks",
    "title": "Бишкек и Ташкент обсудили поставки электроэнергии",
    "published": "2024-05-14",
    "text": (
        "В Бишкеке прошли переговоры делегаций Кыргызстана и Узбекистана о поставках электроэнергии.\n"
        "Министр энергетики Кыргызстана Таалайбек Ибраев заявил, что стороны согласовали график перетоков "
        "на летний период.\n"
        "«Мы рассчитываем закрыть зимний дефицит за счёт летних поставок», — сказал Ибраев журналистам.\n"
        "Следующая встреча делегаций пройдёт в Ташкенте."
    ),
}
FORUM = {
    "id": "trend-0516",
    "url": "https://trend.example.az/business/forum",
    "title": "В Баку открылся транспортный форум",
    "published": "2024-05-16",
    "html": (
        "<html><head><title>В Баку открылся транспортный форум</title></head><body>"
        "<nav><a href='/'>Главная</a> <a href='/business'>Бизнес</a></nav><article>"
        "<h1>В Баку открылся транспортный форум</h1>"
        "<p>В Баку в четверг открылся международный транспортный форум, на который приехали делегации "
        "из Казахстана, Грузии и Турции.</p>"
        "<p>Министр цифрового развития и транспорта Азербайджана Рашад Набиев сообщил, что переговоры "
        "об электроэнергии и транзите грузов через Каспийское море продолжатся на следующей неделе.</p>"
        "<p>«Средний коридор становится короче и дешевле с каждым годом», — отметил Набиев.</p>"
        "</article><footer>Все права защищены</footer></body></html>"
    ),
}


@pytest.fixture(scope="module")
def db_url(tmp_path_factory, seed_path):
    from newsgraph.corpus.ingest import ingest_paths
    from newsgraph.corpus import open_corpus

    folder = tmp_path_factory.mktemp("api")
    pages = folder / "pages.jsonl"
    pages.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ENERGY, FORUM)) + "\n", encoding="utf-8")
    url = str(folder / "store.db")
    with open_corpus(url) as store:
        summary = ingest_paths([str(seed_path), str(pages)], store, workers=0)
    assert (summary.stored, summary.failed) == (3, 0)
    return url


@pytest.fixture(scope="module")
def app(db_url):
    from newsgraph.api import create_app

    return create_app(db_url)


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def store(db_url):
    from newsgraph.corpus import open_corpus

    with open_corpus(db_url) as s:
        yield s


def seed_id(store) -> str:
    hits = store.search("Назарбаева")
    assert len(hits) == 1
    return hits[0].id


# ---- service ----

def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["schema_version"] >= 1


def test_stats_are_the_store_counts(client, store):
    r = client.get("/api/stats")
    assert r.status_code == 200
    assert r.json() == store.stats()
    assert r.json()["documents"] == 3


# ---- search ----

def test_search_gives_the_hits_of_the_cli(client, db_url):
    r = client.get("/api/search", params={"q": "Назарбаева"})
    assert r.status_code == 200
    hits = r.json()
    proc = run_cli("search", "Назарбаева", "--db", db_url, "--json")
    assert proc.returncode == 0, proc.stderr
    cli_hits = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert cli_hits and [{k: h[k] for k in cli_hits[0]} for h in hits] == cli_hits
    assert "<b>Назарбаев</b>" in hits[0]["snippet"]
    # A text dump names no outlet and has no URL; the folder it was in is not an outlet.
    assert hits[0]["source"] is None and hits[0]["url"] is None
    assert hits[0]["lead"].startswith("23 марта в Астане")


@pytest.mark.parametrize("params, expected", [
    ({"q": "переговоры"}, {"seed", "kabar/2024-0514", "trend-0516"}),
    ({"q": "переговоры", "since": "2024-05-15"}, {"trend-0516"}),
    ({"q": "переговоры", "until": "2024-05-14"}, {"kabar/2024-0514"}),
    ({"q": "переговоры", "source": "kabar"}, {"kabar/2024-0514"}),
    ({"q": "электроэнергии", "entity": "Набиев"}, {"trend-0516"}),
    ({"q": "переговоры", "entity": "Нурсултан Назарбаев"}, {"seed"}),
    ({"q": "переговоры", "limit": 1}, 1),
    ({"q": "слововкотороговнетни"}, set()),
])
def test_search_filters(client, store, params, expected):
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    ids = [h["id"] for h in r.json()]
    if isinstance(expected, int):
        assert len(ids) == expected
    else:
        assert set(ids) == {seed_id(store) if e == "seed" else e for e in expected}


@pytest.mark.parametrize("params", [
    {}, {"q": ""}, {"q": "переговоры", "since": "вчера"}, {"q": "переговоры", "limit": 0},
    {"q": "переговоры", "limit": "много"},
])
def test_search_rejects_bad_parameters(client, params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], str) and "\n" not in r.json()["detail"]


# ---- documents ----

def test_recent_documents_newest_first_and_paged(client, store):
    r = client.get("/api/documents")
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 3 and (page["limit"], page["offset"]) == (20, 0)
    assert [d["id"] for d in page["documents"]] == ["trend-0516", "kabar/2024-0514", seed_id(store)]
    first = page["documents"][0]
    assert first["source"] == "trend.example.az" and first["published"] == "2024-05-16"
    assert first["title"] == FORUM["title"] and first["story"].startswith("s")
    assert "транспортный форум" in first["lead"]
    second = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert [d["id"] for d in second["documents"]] == ["kabar/2024-0514"]
    assert client.get("/api/documents", params={"offset": 3}).json()["documents"] == []
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422


def test_document_is_the_stored_document(client, store):
    doc_id = seed_id(store)
    r = client.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200
    doc = validate_document(r.json())
    assert doc == store.load(doc_id).to_dict()
    assert doc["schema"] == "newsgraph.document/1"
    names = {e["name"] for e in doc["entities"] if e["type"] == "PER"}
    assert "Нурсултан Назарбаев" in names


def test_document_id_with_a_slash(client):
    r = client.get("/api/documents/kabar/2024-0514")
    assert r.status_code == 200
    doc = validate_document(r.json())
    assert doc["source"]["url"] == ENERGY["url"] and doc["title"] == ENERGY["title"]


def test_unknown_document_is_404(client):
    r = client.get("/api/documents/no-such-document")
    assert r.status_code == 404
    assert r.json() == {"detail": "no document 'no-such-document' in the store"}


# ---- entities and stories ----

def test_entity_is_the_store_report(client, store):
    r = client.get("/api/entities/Назарбаев")
    assert r.status_code == 200
    report = r.json()
    assert report == store.entity("Назарбаев")
    assert report["name"] == "Нурсултан Назарбаев" and report["type"] == "PER"
    assert report["quotes"] and report["documents"][0]["id"] == seed_id(store)
    assert set(report) == {"name", "type", "aliases", "roles", "documents", "quotes", "co_mentions", "events"}
    assert len(client.get("/api/entities/Назарбаев", params={"limit": 1}).json()["quotes"]) == 1


def test_unknown_entity_is_404(client):
    r = client.get("/api/entities/Бармалей Неведомый")
    assert r.status_code == 404
    assert "Бармалей Неведомый" in r.json()["detail"]


def test_story_by_document_and_by_story_id(client, store):
    by_doc = client.get("/api/stories/trend-0516")
    assert by_doc.status_code == 200
    story = by_doc.json()
    assert [d["id"] for d in story["documents"]] == ["trend-0516"]
    by_id = client.get(f"/api/stories/{story['id']}")
    assert by_id.status_code == 200 and by_id.json() == story == store.story("trend-0516")
    assert client.get("/api/stories/kabar/2024-0514").json()["documents"][0]["id"] == "kabar/2024-0514"
    assert client.get("/api/stories/s99999").status_code == 404


# ---- extract ----

def test_extract_text_gives_an_unstored_document(client, store):
    before = store.stats()
    text = ("Президент Казахстана Касым-Жомарт Токаев провёл в Астане переговоры с премьер-министром Индии.\n"
            "«Мы открываем новую страницу сотрудничества», — заявил Токаев.")
    r = client.post("/api/extract", json={"text": text, "whole": True, "published": "2024-06-01"})
    assert r.status_code == 200, r.text
    doc = validate_document(r.json())
    assert doc["text"] == text and doc["published"] == "2024-06-01" and doc["source"]["format"] == "text"
    assert doc["body"] == [[0, text.index("\n")], [text.index("\n") + 1, len(text)]]
    people = {e["name"]: e["id"] for e in doc["entities"] if e["type"] == "PER"}
    assert "Касым-Жомарт Токаев" in people
    assert any(q["speaker"] == people["Касым-Жомарт Токаев"] for q in doc["quotes"])
    assert store.stats() == before


def test_extract_html_keeps_the_article_and_url(client):
    r = client.post("/api/extract", json={"html": FORUM["html"], "url": FORUM["url"]})
    assert r.status_code == 200, r.text
    doc = validate_document(r.json())
    assert doc["source"] == {"format": "html", "url": FORUM["url"]}
    assert "Средний коридор" in doc["text"] and "Все права защищены" not in doc["text"]
    assert "Рашад Набиев" in {e["name"] for e in doc["entities"]}


@pytest.mark.parametrize("body", [
    {}, {"text": "   "}, {"text": "Текст", "html": "<p>Текст</p>"}, {"text": 5}, {"text": "Текст", "whole": "иногда"},
])
def test_extract_rejects_unusable_input(client, body):
    r = client.post("/api/extract", json=body)
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], str)


def test_extract_rejects_malformed_json(client):
    r = client.post("/api/extract", content=b'{"text": ', headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json() == {"detail": "body: not valid JSON"}


def test_extract_rejects_an_oversized_body(client):
    from newsgraph.api.limits import MAX_REQUEST_BYTES

    text = "Новость. " * (MAX_REQUEST_BYTES // 8)
    r = client.post("/api/extract", json={"text": text})
    assert r.status_code == 413
    assert "larger than" in r.json()["detail"]


def test_oversized_body_without_length_is_cut_off(db_url):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    def chunks():
        yield b'{"text": "'
        for _ in range(50):
            yield "Абзац текста. ".encode() * 10
        yield b'"}'

    with TestClient(create_app(db_url, max_body=4096), base_url="http://localhost", raise_server_exceptions=False) as small:
        r = small.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        assert small.post("/api/extract", json={"text": "Короткий текст."}).status_code == 200


# ---- the error mapper ----

def test_store_failure_is_503(client, monkeypatch):
    from newsgraph.api.stores import StorePool
    from newsgraph.errors import StoreError

    def unreachable(self):
        raise StoreError("database is locked\nsecond line", "broken.db")

    monkeypatch.setattr(StorePool, "get", unreachable)
    r = client.get("/api/stats")
    assert r.status_code == 503
    assert r.json() == {"detail": "store unavailable: database is locked"}  # the reason, never the path


def test_unexpected_failure_is_500_without_a_traceback(client, monkeypatch):
    from newsgraph.store import Store

    def explode(self):
        raise RuntimeError("secret internals\nTraceback (most recent call last):")

    monkeypatch.setattr(Store, "stats", explode)
    r = client.get("/api/stats")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error (RuntimeError); see the server log"}


def test_unknown_route_is_404_in_the_same_shape(client):
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and set(r.json()) == {"detail"}
    assert client.delete("/api/stats").status_code == 405


def test_store_that_cannot_be_opened_fails_at_once(tmp_path):
    from newsgraph.api import create_app
    from newsgraph.errors import StoreError

    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(StoreError):
        create_app(str(folder))


# ---- schema and the reader's files ----

def test_openapi_schema_lists_every_endpoint(client):
    r = client.get("/openapi.json")
    assert r.status_code == 200
    schema = r.json()
    assert schema["openapi"].startswith("3.1")
    from test_accounts import ACCOUNT_PATHS

    workspace = {"/api/feed", "/api/feed/stories/{ref}", "/api/timeline/entities/{name}", "/api/events", "/api/facets"}
    assert workspace <= set(schema["paths"])  # tests/test_workspace_api.py checks these
    assert set(schema["paths"]) - workspace - ACCOUNT_PATHS == {"/healthz", "/api/stats", "/api/search", "/api/documents",
                                    "/api/documents/{doc_id}", "/api/entities/{name}", "/api/stories/{ref}",
                                    "/api/extract", "/api/extract/batch", "/api/entities", "/api/stories"}
    assert "ExtractRequest" in schema["components"]["schemas"]
    errors = schema["paths"]["/api/documents/{doc_id}"]["get"]["responses"]
    assert errors["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


def test_openapi_schema_is_valid(client):
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(client.get("/openapi.json").json())


def test_reader_page_and_files(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert 'src="static/reader.js"' in page.text
    for name, kind in (("reader.js", "javascript"), ("views.js", "javascript"), ("reader.css", "text/css")):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and kind in r.headers["content-type"], name
    assert client.get("/static/__init__.py").status_code == 404
    assert client.get("/static/../api/app.py").status_code == 404


def test_reader_never_parses_text_as_markup():
    from newsgraph.web import WEB_DIR

    for path in WEB_DIR.glob("*.js"):
        source = path.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, (path.name, sink)
