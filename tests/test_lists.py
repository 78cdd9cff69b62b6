"""`newsgraph entities` / `newsgraph stories` and GET /api/entities / GET /api/stories: what the
store holds, filtered and sorted, on SQLite and PostgreSQL."""
from __future__ import annotations

import json

import pytest
from conftest import invoke_cli as cli

from test_store import save_all

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store_url(request, tmp_path_factory):
    from pg import filled_store

    from newsgraph.corpus import open_corpus

    def fill(url: str) -> None:
        with open_corpus(url) as corpus:
            save_all(corpus)

    with filled_store(request.param, tmp_path_factory.mktemp("lists"), fill) as url:
        yield url


def lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_entities_by_size_and_recency(store_url, client):
    rows = lines(cli("entities", "--db", store_url, "--json"))
    assert [r["name"] for r in rows[:2]] == ["Нурсултан Назарбаев", "Шавкат Мирзиёев"]
    assert rows[0] == {"id": rows[0]["id"], "type": "PER", "name": "Нурсултан Назарбаев", "documents": 4,
                       "first": "2018-03-23", "last": "2018-09-01"}
    assert client.get("/api/entities").json() == rows
    recent = client.get("/api/entities", params={"type": "LOC", "sort": "recent"}).json()
    assert [r["name"] for r in recent] == ["Алматы", "Казахстан", "Астана", "Ташкент"]
    assert lines(cli("entities", "--db", store_url, "--json", "--type", "loc", "--sort", "recent")) == recent


def test_entities_filters(store_url, client):
    def names(**params):
        return [r["name"] for r in client.get("/api/entities", params=params).json()]

    assert names(prefix="назарб") == ["Нурсултан Назарбаев"]
    assert names(prefix="Алма") == ["Алматы"]                 # a name it was seen under (Алма-Ата)
    assert names(prefix="Мирзие") == ["Шавкат Мирзиёев"]      # ё and е alike
    assert names(since="2018-09-01") == ["Алматы", "Нурсултан Назарбаев"]
    assert names(until="2018-03-23", type="PER") == ["Нурсултан Назарбаев", "Шавкат Мирзиёев"]
    assert names(source="uz.example") == ["Нурсултан Назарбаев", "Шавкат Мирзиёев", "Казахстан"]
    assert names(prefix="%") == [] and names(prefix="никто") == []
    assert [r["name"] for r in lines(cli("entities", "--db", store_url, "--json", "--prefix", "назарб",
                                         "-n", "1"))] == ["Нурсултан Назарбаев"]


def test_stories_by_size_and_recency(store_url, client):
    rows = lines(cli("stories", "--db", store_url, "--json"))
    assert rows[0]["size"] == 3 and rows[0]["title"] == "Президенты провели переговоры в Астане"
    assert rows[0]["sources"] == ["inform.example.kz", "mirror.example.org", "uz.example.com"]
    assert (rows[0]["first_published"], rows[0]["last_published"]) == ("2018-03-23", "2018-03-25")
    assert client.get("/api/stories").json() == rows
    recent = client.get("/api/stories", params={"sort": "recent"}).json()
    assert [r["last_published"] for r in recent] == ["2018-09-02", "2018-09-01", "2018-03-25"]
    assert [r["id"] for r in client.get("/api/stories", params={"min_size": 2}).json()] == [rows[0]["id"]]


def test_stories_filters(store_url, client):
    def sizes(**params):
        return [r["size"] for r in client.get("/api/stories", params=params).json()]

    assert sizes(entity="Мирзиёев") == [3]
    assert sizes(entity="Никто Неизвестный") == []
    assert sizes(source="almaty") == [1, 1]
    assert sizes(since="2018-09-02") == [1]
    assert sizes(until="2018-03") == [3]
    assert [r["size"] for r in lines(cli("stories", "--db", store_url, "--json", "--entity", "Назарбаев",
                                         "--sort", "recent"))] == [1, 3]


@pytest.mark.parametrize("path", ["/api/entities?type=XYZ", "/api/entities?sort=name", "/api/entities?limit=0",
                                  "/api/entities?since=2018-02-30", "/api/stories?min_size=0",
                                  "/api/stories?until=yesterday", "/api/entities?prefix=" + "x" * 400])
def test_bad_list_parameters_are_422(client, path):
    r = client.get(path)
    assert r.status_code == 422 and set(r.json()) == {"detail"}


@pytest.mark.parametrize("args", [["entities", "--sort", "name"], ["entities", "--type", "XYZ"],
                                  ["stories", "--since", "2018-02-30"]])
def test_bad_list_options_exit_2(store_url, args):
    result = cli(*args, "--db", store_url)
    assert result.exit_code == 2 and result.output.startswith("newsgraph: ")


def test_tables_for_people(store_url):
    result = cli("entities", "--db", store_url, "--type", "PER")
    assert result.exit_code == 0
    assert "Нурсултан Назарбаев" in result.stdout and "documents" in result.stdout
    result = cli("stories", "--db", store_url)
    assert result.exit_code == 0 and "Президенты" in result.stdout and "uz.example.com" in result.stdout


def test_a_popular_entity_reports_as_a_rare_one(store_url, monkeypatch):
    """Where walking the date index wins (an entity in many documents) its newest documents and
    first events are read off that index: the report is the same as reading each of its rows."""
    from newsgraph.corpus import open_corpus
    from newsgraph.store import entity

    with open_corpus(store_url) as corpus:
        for name in ("Назарбаев", "Мирзиёев", "Алматы"):
            monkeypatch.setattr(entity, "_walk_dates", lambda *args: False)
            rare, rare_one = corpus.entity(name), corpus.entity(name, limit=1)
            monkeypatch.setattr(entity, "_walk_dates", lambda *args: True)
            assert corpus.entity(name) == rare and rare["documents"]
            assert corpus.entity(name, limit=1) == rare_one
