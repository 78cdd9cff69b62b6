"""The search language (phrases, OR, exclusion, prefix*, groups) on SQLite and PostgreSQL,
through the CLI and the API, and the parser's property: any string gives a tree or one clear line."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import invoke_cli as cli

from newsgraph.corpus.query import parse_query
from newsgraph.errors import QueryError
from newsgraph.store.query import AllOf, AnyOf, Term

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

# Invented sentences; every one holds "сегодня", a word of every document that weighs nothing.
TEXTS = {
    "court": ("2024-01-10", "Сегодня Верховный суд рассмотрел жалобу о мирных переговорах. "
                            "Президент выступил с заявлением."),
    "apart": ("2024-01-11", "Сегодня переговоры о мире прошли в Ташкенте. Министр назвал переговоры мирными."),
    "arrest": ("2024-01-12", "Сегодня арест бывшего министра вызвал кризис в правительстве. "
                             "Мирные переговоры прервались."),
    "crisis": ("2024-01-13", "Сегодня кризис в экономике усилился. Президентский указ обсуждали в Москве."),
}


def _store(url: str) -> str:
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.prepare import prepare
    from newsgraph.doc import Document

    docs = []
    for doc_id, (published, text) in TEXTS.items():
        doc = Document(id=doc_id, text=text, title=doc_id, published=published,
                       source={"format": "jsonl", "url": f"https://news.example.kz/{doc_id}"})
        doc.body = [[0, len(text)]]
        docs.append(prepare(doc))
    with open_corpus(url) as corpus:
        corpus.save_many(docs)
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store_url(request, tmp_path_factory):
    from pg import filled_store

    with filled_store(request.param, tmp_path_factory.mktemp("lang"), _store) as url:
        yield url


def cli_ids(store_url: str, *query: str) -> list[str]:
    result = cli("search", "--db", store_url, "--json", "-n", "20", *query)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def api_ids(client, q: str) -> list[str]:
    r = client.get("/api/search", params={"q": q, "limit": 20})
    assert r.status_code == 200, r.text
    return [h["id"] for h in r.json()]


QUERIES = [
    ('"мирные переговоры"', {"court", "arrest"}),          # consecutive words, each in any form
    ("«мирных переговорах»", {"court", "arrest"}),
    ("мирные переговоры", {"court", "apart", "arrest"}),    # both words anywhere
    ("суд OR арест", {"court", "arrest"}),
    ("суд | арест", {"court", "arrest"}),
    ("кризис -арест", {"crisis"}),
    ("кризис NOT арест", {"crisis"}),
    ('кризис -"мирные переговоры"', {"crisis"}),
    ("прези*", {"court", "crisis"}),                        # президент, президентский
    ("(суд OR арест) -кризис", {"court"}),
    ("министр (кризис | Ташкент)", {"apart", "arrest"}),
    ("переговоры -(суд OR арест)", {"apart"}),
]


@pytest.mark.parametrize("query, expected", QUERIES)
def test_language_through_cli_and_api(store_url, client, query, expected):
    assert set(cli_ids(store_url, query)) == expected
    assert set(api_ids(client, query)) == expected


def test_a_leading_exclusion_after_double_dash(store_url):
    assert set(cli_ids(store_url, "--", "-суд", "кризис")) == {"arrest", "crisis"}
    assert set(cli_ids(store_url, "--", "кризис", "-арест")) == {"crisis"}  # several arguments, one query


@pytest.mark.parametrize("query", ['"мирные переговоры', "-суд", "NOT суд", "*", "суд *", "()", "(суд", "суд)",
                                   "суд OR", "| суд", "суд OR -арест", '""', "а*"])
def test_what_cannot_be_parsed_is_one_clear_line(store_url, client, query):
    result = cli("search", "--db", store_url, "--", query)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("newsgraph: ") and result.output.count("\n") == 1
    assert "Traceback" not in result.output
    r = client.get("/api/search", params={"q": query})
    assert r.status_code == 422
    assert r.json()["detail"] == result.output.removeprefix("newsgraph: ").strip()


def test_snippet_marks_the_phrase_where_its_words_stand_together(client):
    hits = {h["id"]: h for h in client.get("/api/search", params={"q": '"мирные переговоры"'}).json()}
    assert "<b>Мирные</b> <b>переговоры</b>" in hits["arrest"]["snippet"]
    hits = {h["id"]: h for h in client.get("/api/search", params={"q": "прези*"}).json()}
    assert "<b>Президентский</b>" in hits["crisis"]["snippet"]
    hits = {h["id"]: h for h in client.get("/api/search", params={"q": "кризис -арест"}).json()}
    assert "<b>кризис</b>" in hits["crisis"]["snippet"] and "<b>арест" not in hits["crisis"]["snippet"]


def test_a_word_of_every_document_still_ranks(store_url, client):
    """"сегодня" is in every document, so it carries no weight: the hits come newest first."""
    ids = api_ids(client, "сегодня")
    assert set(ids) == set(TEXTS)
    if not store_url.startswith("postgresql://"):
        assert ids == ["crisis", "arrest", "apart", "court"]


# The parser alone: any text gives a tree or a QueryError with one line, never anything else.
@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.text(alphabet='аб cd"«»()|-*OR NOT AND', max_size=40)))
def test_parser_of_any_text(text):
    try:
        tree = parse_query(text)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert tree is None or isinstance(tree, (Term, AllOf, AnyOf))
    if isinstance(tree, AllOf):
        assert tree.include


def test_parser_shapes():
    assert parse_query("   ") is None
    assert parse_query("Алма-Ата") == Term(("Алма", "Ата"))
    assert parse_query("суд OR арест OR иск") == AnyOf((Term(("суд",)), Term(("арест",)), Term(("иск",))))
    assert parse_query("a b OR c") == AllOf((Term(("a",)), AnyOf((Term(("b",)), Term(("c",))))))
    assert parse_query("прези*") == Term(("прези",), prefix=True)
    assert parse_query("or not") == AllOf((Term(("or",)), Term(("not",))))  # lower case: words
