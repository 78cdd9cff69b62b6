"""Lines a site repeats on its pages are learnt from the whole set of inputs first, so the same
inputs give the same Documents through extract, ingest (any worker count), batch and the API."""
import json

from site_pages import FURNITURE_A, FURNITURE_B, analysis_of, records, write_jsonl

from conftest import run_cli
from newsgraph.clean.site import MIN_PAGES, SiteCounter, SiteTable, learn_sites, source_key
from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline


def docs() -> list[Document]:
    return [Document(id=r["id"], text=r["text"], source={"url": r["url"], "format": "jsonl"}) for r in records()]


def test_source_key():
    assert source_key({"url": "https://www.example.tj/news/1", "format": "html"}) == "example.tj"
    assert source_key({"path": "/data/site-a/p1.txt", "format": "text"}) == "/data/site-a"
    assert source_key({"format": "text"}) is None


def test_a_line_on_enough_pages_of_one_site_is_chrome_on_every_page(res):
    sites = learn_sites(docs())
    assert sites.known("site-a.example") == frozenset({FURNITURE_A})
    assert sites.known("site-b.example") == frozenset()  # on fewer than MIN_PAGES pages
    pipeline = Pipeline(res, sites=sites, stages=["clean"])
    for doc in docs():
        pipeline(doc)
        body = doc.body_text()
        assert "работы идут по плану" in body
        if doc.id.startswith("a"):
            assert FURNITURE_A not in body
        else:
            assert FURNITURE_B in body


def test_the_table_does_not_depend_on_order():
    assert learn_sites(docs()) == learn_sites(reversed(docs()))
    assert SiteTable.from_dict(learn_sites(docs()).to_dict()) == learn_sites(docs())


def test_sentences_and_separated_pages_are_never_counted():
    counter = SiteCounter()
    for n in range(MIN_PAGES + 1):
        counter.add(Document(id=str(n), text="Это предложение повторяется на каждой странице сайта.\nМеню",
                             source={"url": "https://s.example/", "format": "jsonl"}))
        counter.add(Document(id=f"h{n}", text="Меню\nРубрика", body=[[0, 4]],
                             source={"url": "https://s.example/", "format": "html"}))
    assert counter.freeze().known("s.example") == frozenset({"Меню"})


def extract(*paths: str) -> dict[str, dict]:
    proc = run_cli("extract", *paths)
    assert proc.returncode == 0, proc.stderr
    return {d["id"]: analysis_of(d) for d in map(json.loads, proc.stdout.splitlines())}


def test_extract_in_any_order_and_ingest_with_any_workers_agree(tmp_path):
    from newsgraph.store import open_store

    rows = records()
    forward = write_jsonl(tmp_path / "forward.jsonl", rows)
    (tmp_path / "backward").mkdir()
    backward = write_jsonl(tmp_path / "backward" / "pages.jsonl", rows[::-1])
    expected = extract(str(forward))
    assert len(expected) == len(rows)
    texts = {r["id"]: r["text"] for r in rows}
    for doc_id, doc in expected.items():
        body = "\n".join(texts[doc_id][s:e] for s, e in doc["body"])
        assert (FURNITURE_A not in body) if doc_id.startswith("a") else (FURNITURE_B in body)
    assert extract(str(backward)) == expected
    for workers in ("0", "2"):
        db = tmp_path / f"w{workers}.db"
        proc = run_cli("ingest", str(backward), "--db", str(db), "--workers", workers)
        assert proc.returncode == 0, proc.stderr
        with open_store(str(db)) as store:
            stored = {r["id"]: analysis_of(store.load(r["id"]).to_dict()) for r in rows}
        assert stored == expected, f"ingest --workers {workers}"


def test_the_api_batch_agrees_with_extract(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    expected = extract(str(write_jsonl(tmp_path / "pages.jsonl", records())))
    with TestClient(create_app(str(tmp_path / "api.db")), base_url="http://localhost") as client:
        answer = client.post("/api/extract/batch", json={"documents": records()[::-1]})
    assert answer.status_code == 200, answer.text
    got = {d["id"]: analysis_of(d) for d in answer.json()["documents"]}
    assert got == expected and answer.json()["errors"] == []
