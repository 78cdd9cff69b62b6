"""Lemma index of a document body and lemmatised search queries.

A document is indexed as one string of lower-case, ё-folded lemmas separated by spaces, with
a compact list of the character offsets of the word each lemma came from, so a search hit can
show a snippet of the original text. A query word is expanded to every dictionary form the
morphology allows ("Назарбаева" → назарбаев), so it meets the lemma the tagger chose in context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

import numpy as np

from newsgraph.doc import Document
from newsgraph.resources import Resources
from newsgraph.russian import fold
from newsgraph.store.query import Term

# Runs of letters and digits: the tokens SQLite's unicode61 and PostgreSQL's parser both keep whole.
WORD = re.compile(r"[^\W_]+")
SNIPPET_BEFORE = 12
SNIPPET_AFTER = 24
MARK_OPEN, MARK_CLOSE = "<b>", "</b>"


@dataclass(slots=True)
class LemmaIndex:
    """`lemmas`: space-separated folded lemmas; `offsets`: their source spans, varint-packed."""

    lemmas: str
    offsets: bytes


def index_lemmas(doc: Document, res: Resources | None = None) -> LemmaIndex:
    """The lemma index of the body: from the tokens the pipeline tagged (`doc.sents`), or, for a
    document that arrives without them, from its body words lemmatised out of context."""
    words: list[tuple[str, int, int]] = []
    if doc.sents:
        for sent in doc.sents:
            for tok in sent.tokens:
                words.append((tok.lemma or tok.text, tok.start, tok.end))
    else:
        from newsgraph.resources import get_resources

        res = res or get_resources()
        for start, end in doc.body or [[0, len(doc.text)]]:
            for m in WORD.finditer(doc.text, start, end):
                forms = res.parse(m.group())
                words.append((forms[0].normal_form if forms else m.group(), m.start(), m.end()))
    lemmas: list[str] = []
    spans: list[int] = []
    for lemma, start, end in words:
        for part in WORD.findall(fold(lemma)):
            lemmas.append(part)
            spans += (start, end)
    return LemmaIndex(" ".join(lemmas), pack_spans(spans))


def pack_spans(flat: list[int]) -> bytes:
    """(start, end) pairs as varints of (start - previous start, end - start).

    >>> unpack_spans(pack_spans([3, 8, 10, 400]))
    [(3, 8), (10, 400)]
    """
    out = bytearray()
    prev = 0
    for i in range(0, len(flat), 2):
        start, end = flat[i], flat[i + 1]
        for value in (start - prev, end - start):
            while value >= 0x80:
                out.append((value & 0x7F) | 0x80)
                value >>= 7
            out.append(value)
        prev = start
    return bytes(out)


_LAST_BYTES = bytes(range(128))  # a varint's last byte


def count_spans(data: bytes) -> int:
    """How many spans `data` packs (each varint ends in a byte below 0x80).

    >>> count_spans(pack_spans([3, 8, 10, 400]))
    2
    """
    return (len(data) - len(data.translate(None, _LAST_BYTES))) // 2


def unpack_spans(data: bytes, limit: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans `pack_spans` packed; the first `limit` of them when given.

    >>> unpack_spans(pack_spans([3, 8, 10, 400, 700, 705]), 2)
    [(3, 8), (10, 400)]
    """
    raw = np.frombuffer(data, dtype=np.uint8)
    last = np.flatnonzero(raw < 0x80)  # each varint's last byte
    if limit is not None:
        last = last[:2 * limit]
    if not len(last):
        return []
    raw = raw[:last[-1] + 1]
    if len(last) == len(raw):  # every varint one byte long
        values = raw.astype(np.int64)
    else:
        first = np.concatenate(([0], last[:-1] + 1))
        varint = np.repeat(np.arange(len(first)), last - first + 1)
        shift = 7 * (np.arange(len(raw)) - first[varint])
        values = np.add.reduceat((raw & 0x7F).astype(np.int64) << shift, first)
    pairs = len(values) // 2
    starts = np.cumsum(values[0:2 * pairs:2])
    ends = starts + values[1:2 * pairs:2]
    return list(zip(starts.tolist(), ends.tolist()))


def _matched(tokens: list[str], terms: list) -> set[int]:
    """Indexes of the lemma tokens that the terms match."""
    patterns = []
    for term in terms:
        if isinstance(term, Term):
            forms = [set(alts) for alts in (term.forms or tuple((fold(w),) for w in term.words))]
            patterns.append((forms, term.prefix))
        else:
            patterns.append(([set(term)], False))
    found: set[int] = set()
    for forms, prefix in patterns:
        if not forms:
            continue
        size = len(forms)
        if size == 1 and not prefix:
            found.update(i for i, tok in enumerate(tokens) if tok in forms[0])
            continue
        for i in range(len(tokens) - size + 1):
            last = tokens[i + size - 1]
            if all(tokens[i + k] in forms[k] for k in range(size - 1)) and (
                    last in forms[-1] or (prefix and any(last.startswith(p) for p in forms[-1]))):
                found.update(range(i, i + size))
    return found


def _term_pattern(terms: list) -> re.Pattern | None:
    """One expression that finds, in a space-joined lemma string, where any of `terms` matches
    as `_matched` would match it (whole lemmas; a phrase's lemmas one space apart; a prefix)."""
    parts = []
    for term in terms:
        if isinstance(term, Term):
            forms = list(term.forms or tuple((fold(w),) for w in term.words))
            prefix = term.prefix
        else:
            forms, prefix = [tuple(term)], False
        if not forms or not all(forms):
            continue
        words = ["(?:" + "|".join(map(re.escape, sorted(alts, key=len, reverse=True))) + ")" for alts in forms]
        if prefix:
            words[-1] += r"\S*"
        parts.append(" ".join(words))
    return re.compile(r"(?<!\S)(?:" + "|".join(parts) + r")(?!\S)") if parts else None


def _window(lemmas: str, count: int, terms: list) -> tuple[int, list[str]]:
    """The snippet's lemmas around the first match of `terms` among the first `count` (the
    opening lemmas when nothing matches), and the index of the window's first lemma. Only the
    window is split: the rest of a long text's index is searched, never split or walked."""
    pattern = _term_pattern(terms)
    found = pattern.search(lemmas) if pattern else None
    centre = lemmas.count(" ", 0, found.start()) if found else 0
    if centre >= count:
        found, centre = None, 0
    at = found.start() if found else 0
    start = at
    for _ in range(min(SNIPPET_BEFORE, centre)):
        start = lemmas.rfind(" ", 0, start - 1) + 1
    stop = at
    for _ in range(min(SNIPPET_AFTER, count - 1 - centre) + 1):
        stop = lemmas.find(" ", stop + 1)
        if stop < 0:
            stop = len(lemmas)
            break
    return centre - min(SNIPPET_BEFORE, centre), lemmas[start:stop].split()


def make_snippet(text: str, lemmas: str, offsets: bytes, terms: list) -> str:
    """A stretch of the original text around the first match, matched words wrapped in <b>…</b>;
    the opening of the body when nothing matches. `terms` are query terms (`store.Term`: a phrase
    is marked where its words stand together, a prefix on lemmas that start with it) or plain
    lists of a word's alternative lemmas. The text itself is HTML-escaped (`&`, `<`, `>`), so the
    markers are the only markup in a snippet, whatever the document holds."""
    count = count_spans(offsets)
    if not count:
        return escape(text[:200], quote=False)
    first, window = _window(lemmas, count, terms)
    last = first + len(window) - 1
    hits = [first + i for i in _matched(window, terms)]
    spans = unpack_spans(offsets, last + 1)
    marked = sorted({spans[i] for i in hits if first <= i <= last})
    out, pos = [], spans[first][0]
    for start, end in marked:
        if start < pos:
            continue
        out += [escape(text[pos:start], quote=False), MARK_OPEN, escape(text[start:end], quote=False), MARK_CLOSE]
        pos = end
    out.append(escape(text[pos:spans[last][1]], quote=False))
    snippet = " ".join("".join(out).split())
    prefix = "… " if first > 0 else ""
    suffix = " …" if last < count - 1 else ""
    return prefix + snippet + suffix
