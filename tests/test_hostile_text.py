"""Text hygiene at the edge: what a file, a record or a stored title holds never stops a run,
breaks the terminal or runs in a spreadsheet. Each test names the bad input it tried."""
import io
import json

import re

import pytest
from typer.testing import CliRunner

from newsgraph.doc import Document
from newsgraph.errors import InputError
from newsgraph.read import document_from_record, read_paths
from newsgraph.read.decode import decode_bytes
from newsgraph.read.hygiene import published_date, repair_text

TEXT = "Президент Казахстана провёл встречу с делегацией Узбекистана в Астане.\nСтороны обсудили торговлю."
# Strings a careless export or an attacker puts in a record: half an emoji, NUL, a bell, a
# terminal colour and a window-title sequence, C1 controls, Rich markup, HTML tags, formulas.
HOSTILE = ["\ud83d", "\udc00x", "a\x00b", "\x07", "\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "\x9b2J",
           "[/bold]", "[bold red]x", "</b>", "<b>", "=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "\\"]


@pytest.mark.parametrize("bad", HOSTILE)
@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_hostile_strings_in_a_record_are_repaired(bad, field):
    record = {"id": "a1", "text": TEXT, "title": "Встреча", field: (TEXT + bad) if field == "text" else bad}
    doc = document_from_record(json.loads(json.dumps(record)), "x.jsonl:1")
    for value in (doc.id, doc.title or "", doc.text):
        value.encode("utf-8")  # no lone surrogate left
        assert not any(ord(ch) < 32 and ch not in "\t\n\r\x0b\x0c" for ch in value)
        assert not any(0x7f <= ord(ch) <= 0x9f for ch in value)
    if field == "text":
        assert len(doc.text) == len(TEXT + bad)  # one character for one: offsets keep their meaning


def test_repair_keeps_length_and_good_text():
    assert repair_text(TEXT) == TEXT
    assert repair_text(json.loads('"a\\ud83d\\ude00b"')) == "a\U0001F600b"  # a whole emoji is left alone...
    assert repair_text("a\ud83db") == "a\ufffdb"  # ...half of one is replaced


def write_half_emoji(path, count: int, text_of, title: str):
    """`count` JSONL records; every third carries half an emoji (a lone surrogate, valid JSON)
    in its text or its title."""
    lines = []
    for n in range(count):
        rec = {"id": f"d{n}", "text": text_of(n), "title": f"{title} {n}"}
        if n % 3 == 0:
            rec["text" if n % 2 else "title"] += "\ud83d"
        lines.append(json.dumps(rec))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_bad_line_never_stops_a_jsonl_file(tmp_path):
    # 300 records, every third carries a lone surrogate in text or title: all 300 are read.
    path = write_half_emoji(tmp_path / "half-emoji.jsonl", 300, lambda n: f"{TEXT} {n}", "Заголовок")
    docs = list(read_paths([str(path)]))
    assert [d.id for d in docs] == [f"d{n}" for n in range(300)]
    for d in docs:
        json.dumps(d.to_dict(), ensure_ascii=False).encode("utf-8")


def test_jsonl_splits_on_newlines_only(tmp_path):
    # U+2028, U+0085 and U+001C are line breaks to str.splitlines but allowed inside a JSON string.
    path = tmp_path / "separators.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT + "\u2028\x85\x1c конец"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert isinstance(doc, Document) and doc.text.endswith("конец")


@pytest.mark.parametrize("given, expected", [
    ("5 февраля 2025", "2025-02-05"),
    ("5 февраля 2025 г., 10:30", "2025-02-05"),
    ("05.02.2025", "2025-02-05"),
    ("2024-05-02T10:00:00+03:00", "2024-05-02"),
    ("2024-05", "2024-05"),
    ("Wed, 05 Feb 2025 10:00:00 +0300", "2025-02-05"),
    ("2024-13-45", None),
    ("2024-02-30", None),
    ("вчера", None),
    ("", None),
    ("9" * 500, None),
])
def test_published_is_parsed_not_cut(given, expected):
    assert published_date(given) == expected
    rec = document_from_record({"text": TEXT, "published": given}, "x") if given.strip() else None
    if rec is not None:
        assert rec.published == expected


def test_utf8_with_one_stray_byte_is_read_with_a_replacement():
    data = TEXT.encode("utf-8")
    cut = data.index("Астане".encode())
    text = decode_bytes(data[:cut] + b"\xff" + data[cut:], "x.txt")
    assert "\ufffd" in text and "Астане" in text and text.startswith("Президент")


def test_cp1251_is_still_cp1251_not_mended_utf8():
    assert decode_bytes(TEXT.encode("cp1251"), "x.txt") == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(encoding):
    assert decode_bytes(TEXT.encode(encoding), "x.txt") == TEXT
    assert decode_bytes("Plain Latin text of a page.".encode(encoding), "x.txt") == "Plain Latin text of a page."


def test_binary_with_nul_bytes_is_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x00\x01\x02binary", "x.bin")


def test_api_extract_answers_422_or_200_never_500(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    client = TestClient(create_app(str(tmp_path / "store.db")), base_url="http://localhost")
    for bad in HOSTILE:
        body = json.dumps({"text": TEXT + bad, "title": bad, "id": bad or "x", "published": bad})
        r = client.post("/api/extract", content=body, headers={"Content-Type": "application/json"})
        assert r.status_code in (200, 422), (bad, r.status_code, r.text)
        if r.status_code == 200:
            r.json()["text"].encode("utf-8")


def test_csv_cells_never_start_a_formula():
    from newsgraph.corpus.export import write_rows

    rows = [{"document": "=cmd|' /C calc'!A0", "name": "+7 (495) 123", "kind": "-x", "text": "@SUM(1)",
             "amount": -5}]
    out = io.StringIO()
    write_rows(rows, "quotes", "csv", out)
    cells = out.getvalue().splitlines()[1].split(",")
    assert all(not c.lstrip('"').startswith(("=", "+", "@")) for c in cells)
    assert "'=cmd" in out.getvalue() and "-5" in cells


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """A store whose one document has a title, id and text full of markup and escape codes."""
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("hostile")
    title = "[/bold] </b> [red]Встреча\x1b[31m в Астане\x1b]0;pwned\x07"
    text = ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры в Астане [/bold] </b> <b> "
            "\x1b[2J с президентом Узбекистана Шавкатом Мирзиёевым. [/dim]")
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps({"id": "[/dim]x\x1b[1m", "title": title, "text": text, "published": "2024-05-02"})
                    + "\n", encoding="utf-8")
    url = str(folder / "store.db")
    with open_corpus(url) as store:
        summary = ingest_paths([str(path)], store, workers=0)
    assert (summary.stored, summary.failed) == (1, 0)
    return url


@pytest.mark.parametrize("args", [
    ["search", "переговоры"],
    ["search", "Астане"],
    ["entity", "Токаев"],
    ["story", "[/dim]x [1m"],
    ["stats"],
    ["entities"],
    ["stories"],
])
def test_markup_and_escape_codes_in_the_store_print_as_text(hostile_store, args):
    from newsgraph.cli import app

    result = CliRunner().invoke(app, [*args, "--db", hostile_store])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output


def test_show_prints_hostile_documents_and_refuses_foreign_lines(tmp_path):
    from newsgraph.cli import app

    path = tmp_path / "docs.jsonl"
    doc = {"id": "[/bold]\x1b[31m", "title": "</b>[red]", "text": "x", "source": {"path": "[/]"},
           "entities": [{"id": 0, "type": "[/x]", "name": "\x1b]0;t\x07", "roles": ["[/y]"]}],
           "quotes": [{"kind": "[/q]", "speaker": 0, "cue": "[b]", "text": "\x1b[2J"}]}
    path.write_text("\n".join([json.dumps(doc), "[1, 2]", "42", "{\"entities\": 5}", "not json"]) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path)])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert "\x1b" not in result.output and "1 document(s)" in result.output


def test_ingest_stores_every_document_of_a_file_with_half_emoji(tmp_path):
    """The reported failure: a lone surrogate in `text` or `title` stopped `ingest` at that line
    for good. Now all 30 documents are stored and a second run stores nothing new."""
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    path = write_half_emoji(tmp_path / "half-emoji.jsonl", 30,
                            lambda n: f"Президент Казахстана провёл встречу номер {n} в Астане.", "Встреча")
    with open_corpus(str(tmp_path / "store.db")) as store:
        first = ingest_paths([str(path)], store, workers=0)
        again = ingest_paths([str(path)], store, workers=0)
        assert (first.stored, first.failed) == (30, 0)
        assert (again.stored, again.duplicates, again.failed) == (0, 30, 0)


def test_a_documents_own_markup_never_reads_as_a_snippet_marker():
    from newsgraph.corpus.lemmas import make_snippet, pack_spans
    from newsgraph.show import highlighted

    text = "Текст <b>жирный</b> & переговоры <script>x</script> продолжатся."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    lemmas = " ".join(text[s:e].lower() for s, e in words)
    snippet = make_snippet(text, lemmas, pack_spans([n for span in words for n in span]), [["переговоры"]])
    assert snippet.count("<b>") == 1 and snippet.count("</b>") == 1
    assert "<b>переговоры</b>" in snippet and "&lt;b&gt;жирный&lt;/b&gt;" in snippet and "&amp;" in snippet
    shown = highlighted(snippet)
    assert shown.plain == "Текст <b>жирный</b> & переговоры <script>x</script> продолжатся"  # to the last word
