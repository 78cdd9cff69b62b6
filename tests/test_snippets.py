"""The lemma index's spans and snippets: packed spans read back exactly (all or the first few),
and a snippet built from its window alone equals one built from the whole index."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.corpus.lemmas import (SNIPPET_AFTER, SNIPPET_BEFORE, _matched, make_snippet, pack_spans,
                                     unpack_spans)
from newsgraph.store.query import Term


@st.composite
def span_lists(draw):
    gaps = draw(st.lists(st.integers(0, 300_000), max_size=60))
    lengths = draw(st.lists(st.integers(0, 70_000), min_size=len(gaps), max_size=len(gaps)))
    spans, start = [], 0
    for gap, length in zip(gaps, lengths):
        start += gap
        spans.append((start, start + length))
    return spans


@settings(max_examples=300, deadline=None)
@given(span_lists(), st.integers(0, 70))
def test_packed_spans_read_back_whole_and_in_part(spans, limit):
    packed = pack_spans([v for span in spans for v in span])
    assert unpack_spans(packed) == spans
    assert unpack_spans(packed, limit) == spans[:limit]


def whole_index_snippet(text: str, lemmas: str, spans: list, terms: list) -> str:
    """The snippet as the whole index gives it: every lemma split and matched."""
    from html import escape

    tokens = lemmas.split()
    hits = sorted(_matched(tokens, terms))
    centre = hits[0] if hits else 0
    first, last = max(0, centre - SNIPPET_BEFORE), min(len(tokens) - 1, centre + SNIPPET_AFTER)
    out, pos = [], spans[first][0]
    for start, end in sorted({spans[i] for i in hits if first <= i <= last}):
        out += [escape(text[pos:start], quote=False), "<b>", escape(text[start:end], quote=False), "</b>"]
        pos = end
    out.append(escape(text[pos:spans[last][1]], quote=False))
    body = " ".join("".join(out).split())
    return ("… " if first > 0 else "") + body + (" …" if last < len(tokens) - 1 else "")


WORDS = ["суд", "судья", "переговоры", "министр", "газ", "нефть", "банк", "президент", "и", "в"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=200),
       st.lists(st.tuples(st.sampled_from(WORDS + ["суд", "прези"]), st.booleans()), min_size=1, max_size=3))
def test_a_snippet_from_its_window_equals_the_whole_index_one(words, wanted):
    text = " ".join(words)
    spans, pos = [], 0
    for word in words:
        spans.append((pos, pos + len(word)))
        pos += len(word) + 1
    offsets = pack_spans([v for span in spans for v in span])
    terms = [Term((word,), ((word,),), prefix) for word, prefix in wanted]
    assert make_snippet(text, " ".join(words), offsets, terms) == whole_index_snippet(text, " ".join(words), spans, terms)
