"""The outlet of a page is its site: the name the page, the feed or the record gives, else the
URL's host; never the folder the file was in."""
from __future__ import annotations

import json

from newsgraph.corpus.prepare import source_name
from newsgraph.doc import Document
from newsgraph.read import read_paths
from newsgraph.store import SearchFilters

ARTICLE = ("<article><h1>В Бишкеке открылась выставка</h1>"
           "<p>В Бишкеке в субботу открылась выставка ремёсел, на которую приехали мастера из пяти областей страны. "
           "Организаторы рассказали, что за первый день её посетили более двух тысяч человек.</p>"
           "<p>Выставка продлится до конца месяца, вход на неё свободный для всех желающих.</p></article>")


def page(head: str) -> str:
    return f"<html><head><title>Выставка</title>{head}</head><body>{ARTICLE}</body></html>"


def read_one(path) -> Document:
    items = list(read_paths([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_a_page_names_its_site(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "a.html").write_text(page('<meta property="og:site_name" content="  Кабар  Ньюс ">'), encoding="utf-8")
    doc = read_one(folder / "a.html")
    assert doc.source["site"] == "Кабар Ньюс" and source_name(doc) == "Кабар Ньюс"


def test_a_saved_page_without_a_name_gives_the_host_of_its_canonical_link(tmp_path):
    (tmp_path / "b.html").write_text(page('<link rel="canonical" href="https://www.kabar.example.kg/news/1">'),
                                     encoding="utf-8")
    assert source_name(read_one(tmp_path / "b.html")) == "kabar.example.kg"


def test_a_text_dump_names_no_outlet_whatever_its_folder(tmp_path):
    folder = tmp_path / "kabar"
    folder.mkdir()
    (folder / "c.txt").write_text("В Бишкеке открылась выставка ремёсел.", encoding="utf-8")
    assert source_name(read_one(folder / "c.txt")) is None


def test_a_feed_names_the_site_of_its_items(tmp_path):
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Азаттык</title>'
        "<link>https://rus.azattyk.example.org/</link><item><title>Выставка</title>"
        "<link>https://rus.azattyk.example.org/a/1</link><description>В Бишкеке открылась выставка ремёсел."
        "</description></item></channel></rss>", encoding="utf-8")
    doc = read_one(tmp_path / "feed.rss")
    assert doc.source["site"] == "Азаттык" and source_name(doc) == "Азаттык"


def test_records_name_their_site(tmp_path):
    text = "В Бишкеке открылась выставка ремёсел."
    rows = [{"id": "1", "text": text, "site": "24.kg", "url": "https://24.example.kg/1"},
            {"id": "2", "text": text + " Второй день.", "source": "Вечерний Бишкек"},
            {"id": "3", "text": text + " Третий день.", "source": {"format": "html", "site": "Спутник",
                                                                  "url": "https://sputnik.example.kg/3"}},
            {"id": "4", "text": text + " Четвёртый день.", "url": "https://www.akipress.example.kg/4"},
            {"id": "5", "text": text + " Пятый день."}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs = list(read_paths([str(tmp_path / "feed.jsonl")]))
    assert [source_name(d) for d in docs] == ["24.kg", "Вечерний Бишкек", "Спутник", "akipress.example.kg", None]
    assert docs[2].source["url"] == "https://sputnik.example.kg/3"  # a Document read back keeps its URL


def test_the_store_lists_documents_under_their_site(tmp_path):
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "a.html").write_text(page('<meta property="og:site_name" content="Кабар">'), encoding="utf-8")
    with open_corpus(str(tmp_path / "s.db")) as corpus:
        assert ingest_paths([str(folder)], corpus, workers=0).stored == 1
        assert corpus.recent_documents()["documents"][0]["source"] == "Кабар"
        assert [h.id for h in corpus.search("выставка", SearchFilters(source="кабар"))]
        assert corpus.search("выставка", SearchFilters(source="dump")) == []



