"""Readers under bad files and folders: sizes looked at before reading, long lines, deep markup,
cut web archives, symlink loops and unreadable folders. Each is reported once, as an
InputError naming the place, and the good documents around it are still read."""
import io
import json
import os
import re
import time

import pytest

from newsgraph.doc import Document
from newsgraph.errors import InputError
from newsgraph.read import MAX_LINE_BYTES, expand_paths, read_paths
from newsgraph.read.decode import MAX_DOCUMENT_BYTES
from newsgraph.read.html import flatten_deep_markup, read_html
from newsgraph.read.warc import read_warc

TEXT = "Президент Казахстана провёл встречу с делегацией Узбекистана в Астане.\nСтороны обсудили торговлю."
PAGE = ("<html><head><title>Встреча</title></head><body><article>"
        + "<p>Президент Казахстана провёл встречу с делегацией Узбекистана в Астане. Стороны обсудили "
          "торговлю, транспорт и энергетику.</p>" * 6 + "</article></body></html>")


def _split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)])


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: the size is there, the bytes are not
        fh.truncate(50 * MAX_DOCUMENT_BYTES)
    reads = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: reads.append(a[0]) or real_open(*a, **k))
    [error] = list(read_paths([str(big)]))
    assert isinstance(error, InputError) and "too large" in error.message
    assert str(big) not in reads


def test_a_long_jsonl_line_is_skipped_and_the_next_is_read(tmp_path):
    path = tmp_path / "long.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "long", "text": "а" * (MAX_LINE_BYTES + 10)}) + "\n")
        fh.write(json.dumps({"id": "ok", "text": TEXT}) + "\n")
        fh.write(json.dumps({"id": "last", "text": TEXT + " Без перевода строки."}))
    started = time.monotonic()
    docs, errors = _split(read_paths([str(path)]))
    assert time.monotonic() - started < 10
    assert [d.id for d in docs] == ["ok", "last"]
    assert [e.where for e in errors] == [f"{path}:1"] and "longer than" in errors[0].message


def test_jsonl_nested_too_deeply_is_one_error(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n")
    docs, errors = _split(read_paths([str(path)]))
    assert [d.id for d in docs] == ["ok"] and len(errors) == 1


def test_a_book_sized_text_is_refused_per_document(tmp_path):
    path = tmp_path / "book.jsonl"
    path.write_text(json.dumps({"id": "book", "text": "слово " * 100_000}) + "\n"
                    + json.dumps({"id": "ok", "text": TEXT}) + "\n", encoding="utf-8")
    docs, errors = _split(read_paths([str(path)]))
    assert [d.id for d in docs] == ["ok"] and "too long" in errors[0].message


def test_jsonl_from_standard_input_is_streamed():
    data = "\n".join(json.dumps({"id": f"d{n}", "text": TEXT}) for n in range(50)).encode()
    docs, errors = _split(read_paths(["-"], stdin=io.BytesIO(data)))
    assert len(docs) == 50 and not errors


@pytest.mark.parametrize("depth", [255, 300, 1000, 20_000])
def test_deeply_nested_html_keeps_its_text(depth):
    html = PAGE.replace("<article>", "<div>" * depth + "<article>").replace("</article>", "</article>" + "</div>" * depth)
    doc = read_html(html, "deep.html")
    assert "обсудили торговлю" in doc.text


def test_flattening_leaves_ordinary_pages_alone():
    assert flatten_deep_markup(PAGE) == PAGE


def _warc(gz: bool, pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_cut_archive_never_stores_a_cut_record(gz):
    """Every cut point of a two-page archive (every byte when compressed; every 5th byte, and
    every byte around each header's end and around the boundary between the records, when
    not): the pages read are whole, and a cut is reported unless no byte of the second record
    is there yet."""
    second = PAGE.replace("Президент", "Премьер")
    data = _warc(gz, [("http://a/1", PAGE), ("http://a/2", second)])
    whole_texts = {d.text for d in _split(read_warc(data, "a.warc"))[0]}
    assert len(whole_texts) == 2
    if gz:
        cuts = range(1, len(data))
        starts = data.index(b"\x1f\x8b", 1)  # the second record's gzip member
    else:
        starts = data.index(b"WARC/1.0", 1)
        edges = [starts] + [m.end() for m in re.finditer(rb"\r\n\r\n", data)]
        cuts = sorted(set(range(1, len(data), 5)) | {c for e in edges for c in range(e - 8, e + 9) if 0 < c < len(data)})
    for cut in cuts:
        docs, errors = _split(read_warc(data[:cut], "a.warc"))
        assert {d.text for d in docs} <= whole_texts, cut
        assert len({d.source["url"] for d in docs}) == len(docs)
        if len(docs) < 2 and not errors:
            assert cut <= starts, f"a cut at byte {cut} lost part of the second record without a report"


def test_a_cut_compressed_record_is_reported_and_the_whole_one_kept():
    data = _warc(True, [("http://a/1", PAGE), ("http://a/2", PAGE.replace("Президент", "Премьер"))])
    docs, errors = _split(read_warc(data[:-60], "a.warc.gz"))
    assert [d.source["url"] for d in docs] == ["http://a/1"]
    assert errors and "archive" in errors[0].message


def test_a_warc_file_is_read_as_a_stream(tmp_path):
    path = tmp_path / "big.warc"
    path.write_bytes(_warc(False, [(f"http://a/{n}", PAGE.replace("Стороны", f"Стороны {n}")) for n in range(20)]))
    docs, errors = _split(read_paths([str(path)]))
    assert len(docs) == 20 and not errors


def test_symlink_loops_end_and_are_reported_once(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text(TEXT + " Ещё.", encoding="utf-8")
    os.symlink("..", tmp_path / "a" / "b" / "up")
    os.symlink("../..", tmp_path / "a" / "b" / "up2")
    for pattern in (str(tmp_path / "a"), str(tmp_path / "**" / "*.txt"), str(tmp_path / "a" / "**")):
        started = time.monotonic()
        found = list(expand_paths([pattern]))
        assert time.monotonic() - started < 5
        files = [f for f in found if isinstance(f, str)]
        loops = [f for f in found if isinstance(f, InputError)]
        assert sorted(files) == sorted({str(tmp_path / "a" / "b" / "x.txt"), str(tmp_path / "a" / "y.txt")}), pattern
        assert 1 <= len(loops) <= 2 and len({e.where for e in loops}) == len(loops)


def test_unreadable_folders_are_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "z.txt").write_text(TEXT + " Третий.", encoding="utf-8")
    (tmp_path / "open" / "sub").mkdir()
    locked = {str(tmp_path / "locked"), str(tmp_path / "open" / "sub")}
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path="."):
        if str(path) in locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def stat(path, *a, **k):
        if os.path.dirname(str(path)) in locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *a, **k)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)
    items = list(read_paths([str(good), str(tmp_path / "locked" / "inside.txt"), str(tmp_path / "open"),
                             str(tmp_path / "locked"), str(good)]))
    docs, errors = _split(items)
    assert len(docs) == 3
    assert sorted(e.where for e in errors) == sorted([str(tmp_path / "locked" / "inside.txt"),
                                                       str(tmp_path / "open" / "sub"), str(tmp_path / "locked")])
    assert all("Permission denied" in e.message for e in errors)
