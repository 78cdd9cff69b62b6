"""Readers: encodings, formats, and bad input that must give one clear error and lose nothing."""
import gzip
import io
import json

import pytest

from newsgraph.doc import Document
from newsgraph.errors import InputError
from newsgraph.read import read_paths
from newsgraph.read.decode import decode_bytes

TEXT = "Президент Казахстана провёл встречу с делегацией Узбекистана в Астане.\nСтороны обсудили торговлю."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16", "utf-32"])
def test_russian_encodings_are_detected(encoding):
    assert decode_bytes(TEXT.encode(encoding), "x.txt") == TEXT


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_bad_bytes_give_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(data, "bad.txt")


def test_oversized_file_is_refused():
    with pytest.raises(InputError, match="too large"):
        decode_bytes(b"a" * 101, "big.txt", limit=100)


def test_read_paths_keeps_going_past_bad_files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(TEXT.encode("cp1251"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "img.txt").write_bytes(b"\x00\x01\x02binary")
    items = list(read_paths([str(tmp_path / "empty.txt"), str(good), str(tmp_path / "img.txt"),
                             str(tmp_path / "missing.txt")]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.text for d in docs] == [TEXT]
    assert len(errors) == 3
    assert all(e.where and e.where.startswith(str(tmp_path)) for e in errors)


def test_jsonl_reports_the_bad_line_and_reads_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a1", "text": TEXT, "title": "Встреча", "published": "2024-05-02T10:00:00"},
                        ensure_ascii=False),
             "{not json",
             json.dumps({"id": "a3"}),
             json.dumps({"id": "a4", "html": "<html><body><article><h1>Заголовок</h1><p>" + TEXT
                         + "</p></article></body></html>", "url": "https://example.org/a4"}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([str(path)]))
    assert isinstance(items[0], Document) and items[0].id == "a1" and items[0].published == "2024-05-02"
    assert isinstance(items[1], InputError) and items[1].where == f"{path}:2"
    assert isinstance(items[2], InputError) and "no 'text' or 'html'" in str(items[2])
    assert isinstance(items[3], Document) and items[3].source["url"] == "https://example.org/a4"
    assert "Президент Казахстана" in items[3].text


def test_html_page_gives_article_title_and_date(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("""<!DOCTYPE html><html><head><title>Сайт новостей</title>
<meta property="og:title" content="Делегации обсудили транзит">
<meta property="article:published_time" content="2023-09-14T08:30:00+05:00"></head>
<body><nav><a href="/">Главная</a> <a href="/news">Все новости</a></nav>
<article><h1>Делегации обсудили транзит</h1>
<p>В Бишкеке прошли переговоры делегаций Кыргызстана и Казахстана о транзите грузов через границу.</p>
<p>Стороны договорились продолжить работу над соглашением до конца года, сообщили в министерстве.</p>
</article>
<aside><h3>Читайте также</h3><ul><li><a href="/1">В Оше открыли новый рынок 1 января 2020 года</a></li></ul></aside>
<footer>© Новости региона</footer></body></html>""", encoding="utf-8")
    [doc] = list(read_paths([str(page)]))
    assert isinstance(doc, Document)
    assert doc.title == "Делегации обсудили транзит"
    assert doc.published == "2023-09-14"
    assert "переговоры делегаций" in doc.text
    assert "Все новости" not in doc.text
    assert doc.body and all(doc.text[s:e].strip() for s, e in doc.body)


def test_html_without_article_text_is_an_error(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    [item] = list(read_paths([str(page)]))
    assert isinstance(item, InputError) and "no article text" in str(item)


def test_folder_is_read_recursively_and_globs_expand(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TEXT + " Ещё.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(gzip.compress(b"x"))
    assert len([i for i in read_paths([str(tmp_path)]) if isinstance(i, Document)]) == 2
    assert len(list(read_paths([str(tmp_path / "*.txt")]))) == 1
    [err] = list(read_paths([str(tmp_path / "*.nothing")]))
    assert isinstance(err, InputError)


def test_text_documents_get_a_content_id():
    from newsgraph.doc import content_id

    [a] = list(read_paths(["-"], stdin=io.BytesIO(TEXT.encode())))
    assert a.id == content_id(TEXT) and a.source["format"] == "text"
