"""Property tests over everything that takes outside input: the readers, the chrome separator,
the money/number/date parsers and the search query. Arbitrary input never raises anything but
InputError, never hangs, and every offset stays inside the text. (Longer coverage-guided runs
of the same targets: `make fuzz`, fuzz/.)"""
import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.doc import Document
from newsgraph.errors import InputError, QueryError
from newsgraph.read import _glob_root, document_from_record, read_jsonl
from newsgraph.read.decode import decode_bytes
from newsgraph.read.feeds import read_feed
from newsgraph.read.html import flatten_deep_markup, read_html
from newsgraph.read.hygiene import published_date, repair_text
from newsgraph.read.warc import read_warc

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Each example runs trafilatura or the tagger: fewer of them.
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

RUSSIAN = st.text(alphabet=st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЖЗ.,:;—«»-0123456789$%€₽\n")),
                  max_size=400)
ANY_TEXT = st.one_of(st.text(max_size=400), RUSSIAN)
# Pieces real pages and archives are made of, shuffled into tag soup and broken records.
HTML_PIECES = st.sampled_from(["<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<article>", "</article>",
                               "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;",
                               "&#x110000;", "<meta charset='koi8-r'>", "<title>", "</title>", "<br/>",
                               "Президент провёл встречу.", "\x00", "\ud83d", "<", ">", "\"", "'"])
TAG_SOUP = st.lists(HTML_PIECES, max_size=80).map("".join)


def _items_are_sound(items):
    for item in items:
        assert isinstance(item, (Document, InputError)), type(item)
        if isinstance(item, Document):
            json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8")
            for start, end in item.body:
                assert 0 <= start <= end <= len(item.text)


@FAST
@given(st.binary(max_size=3000))
def test_decode_gives_text_or_a_reason(data):
    try:
        text = decode_bytes(data, "x")
    except InputError:
        return
    assert isinstance(text, str) and text.strip()


@FAST
@given(st.binary(max_size=3000))
def test_jsonl_of_any_bytes(data):
    _items_are_sound(read_jsonl(data, "x.jsonl"))


@FAST
@given(st.lists(st.dictionaries(st.sampled_from(["id", "text", "html", "title", "published", "url"]),
                                st.one_of(ANY_TEXT, st.integers(), st.none(), st.lists(st.integers(), max_size=2))),
                max_size=5))
def test_jsonl_of_any_records(records):
    data = "\n".join(json.dumps(r) for r in records).encode()
    items = list(read_jsonl(data, "x.jsonl"))
    _items_are_sound(items)
    assert len(items) <= len(records)


@SLOW
@given(TAG_SOUP)
def test_html_of_tag_soup(html):
    try:
        doc = read_html(html, "x.html")
    except InputError:
        return
    _items_are_sound([doc])


@FAST
@given(TAG_SOUP)
def test_flattening_keeps_every_character_outside_tags(html):
    from newsgraph.read.html import _TAG

    flat = flatten_deep_markup(html, limit=3)
    assert re.sub(r"\s", "", _TAG.sub("", flat)) == re.sub(r"\s", "", _TAG.sub("", html))


@SLOW
@given(st.lists(st.sampled_from(["<rss>", "<channel>", "<item>", "<title>Т</title>", "<description>",
                                 "Президент провёл встречу.", "</description>", "</item>", "</channel>",
                                 "</rss>", "<feed>", "<entry>", "<content type='html'>&lt;p&gt;",
                                 "</content>", "</entry>", "</feed>", "<![CDATA[", "]]>", "&bogus;", "\x00"]),
                max_size=40).map(lambda parts: ("<?xml version='1.0'?>" + "".join(parts)).encode()))
def test_feeds_of_broken_xml(data):
    _items_are_sound(read_feed(data, "x.rss"))


def _warc_sample() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    html = "<html><body><article><p>Президент провёл встречу с делегацией в Астане.</p></article></body></html>"
    writer.write_record(writer.create_warc_record("http://a/1", "response", payload=io.BytesIO(html.encode()),
                                                  http_headers=headers))
    return buf.getvalue()


WARC = _warc_sample()


@SLOW
@given(st.lists(st.tuples(st.integers(0, len(WARC) - 1), st.integers(0, 255)), max_size=6),
       st.integers(1, len(WARC)))
def test_warc_with_flipped_bytes_and_cuts(flips, cut):
    data = bytearray(WARC)
    for at, value in flips:
        data[at] = value
    _items_are_sound(read_warc(bytes(data[:cut]), "x.warc"))


@FAST
@given(st.binary(max_size=2000))
def test_warc_of_any_bytes(data):
    _items_are_sound(read_warc(data, "x.warc"))
    _items_are_sound(read_warc(b"\x1f\x8b" + data, "x.warc.gz"))


@FAST
@given(st.text(max_size=300))
def test_repair_keeps_length_and_leaves_encodable_text(text):
    fixed = repair_text(text)
    assert len(fixed) == len(text)
    fixed.encode("utf-8")


@FAST
@given(st.one_of(st.text(max_size=60), st.from_regex(r"\d{1,4}[-./ ]\d{1,2}[-./ ]\d{1,4}", fullmatch=True),
                 st.dates().map(lambda d: f"{d.day} {['января', 'февраля', 'марта', 'мая', 'декабря'][d.month % 5]} {d.year}")))
def test_published_is_a_real_iso_date_or_none(value):
    out = published_date(value)
    assert out is None or published_date(out) == out
    if out is not None and len(out) == 10:
        import datetime

        datetime.date.fromisoformat(out)


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab/*?[]!-.**")), max_size=30))
def test_glob_patterns_always_compile(pattern):
    _glob_root(pattern)


@SLOW
@given(ANY_TEXT)
def test_chrome_separation_spans_stay_inside_the_text(text):
    from newsgraph.clean.page import separate_page

    doc = separate_page(Document("x", text or " "))
    for start, end in doc.body:
        assert 0 <= start <= end <= len(doc.text)
    for block in doc.chrome:
        assert 0 <= block.start <= block.end <= len(doc.text)


@SLOW
@given(st.lists(st.one_of(RUSSIAN, st.sampled_from(["3,5 млрд рублей", "$1,2 млн", "12 марта 2024 года", "в 1990-х",
                                                   "100 тыс. тенге", "5 %", "2-3 млн долларов", "1 000 000 000 000 000 евро",
                                                   "999999999999999999999 рублей", "0,0000001 доллара", "31 февраля"])),
                max_size=8).map(" ".join))
def test_facts_offsets_stay_inside_the_text(text):
    from newsgraph.facts import extract_facts
    from newsgraph.pipeline import Pipeline

    doc = Pipeline(whole=True, stages=("clean", "segment"))(Document("x", text.strip() or "пусто"))
    doc = extract_facts(doc, doc_resources())
    for fact in [*doc.money, *doc.quantities, *doc.dates]:
        assert 0 <= fact.start <= fact.end <= len(doc.text)
        assert doc.text[fact.start:fact.end] == fact.text


def doc_resources():
    from newsgraph.resources import get_resources

    return get_resources()


@SLOW
@given(st.one_of(st.text(max_size=80), st.sampled_from(['"', "AND OR NOT", "NEAR(", "*", "col:x", "переговоры\"",
                                                        "'", "%_", "\\", "-", "^", "(", ")"])))
def test_search_query_of_any_text(query):
    # The search language answers what it cannot parse (an unclosed quote, a bare *) with a
    # QueryError, an InputError of one line; anything else is a list of hits.
    try:
        terms = SEARCH["corpus"].search(query, limit=3)
    except QueryError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(terms, list)


class _Lazy(dict):
    def __missing__(self, key):
        import tempfile

        from newsgraph.corpus import open_corpus
        from newsgraph.corpus.ingest import ingest_paths

        folder = tempfile.mkdtemp(prefix="newsgraph-fuzz-")
        path = f"{folder}/one.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": "a", "text": "Президент провёл переговоры в Астане."}, ensure_ascii=False))
        corpus = open_corpus(f"{folder}/store.db")
        ingest_paths([path], corpus, workers=0)
        self[key] = corpus
        return corpus


SEARCH = _Lazy()


@FAST
@given(st.dictionaries(st.text(max_size=8), st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none()),
                       max_size=6))
def test_record_shapes(record):
    try:
        document_from_record(record, "x")
    except InputError:
        pass
