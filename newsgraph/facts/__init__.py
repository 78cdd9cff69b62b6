"""Facts stage: money, quantities and dates of the article body.

`extract_facts(doc, res)` reads the body's sentences (`doc.sents`, from
`newsgraph.segment.segment_body`) and fills `doc.money`, `doc.quantities` and
`doc.dates`. Each sentence is scanned once, left to right; at a trigger token (a
digit, a number word, a currency sign, a month, a weekday, a relative-date word) the
readers are tried in turn, dates first, then money, then quantities, so that a span
belongs to one fact only.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.doc import Document
from newsgraph.facts.dates import read_date, resolve_relative
from newsgraph.facts.lexicon import get_lexicon
from newsgraph.facts.money import read_money
from newsgraph.facts.quantities import read_quantity
from newsgraph.facts.scanner import Scanner
from newsgraph.resources import Resources

__all__ = ["extract_facts", "extract_facts_batch"]

_READERS = ((read_date, "dates"), (read_money, "money"), (read_quantity, "quantities"))


def extract_facts(doc: Document, res: Resources) -> Document:
    """Fill doc.money, doc.quantities and doc.dates from the body's sentences.

    Only sentences inside `doc.body` are read; with no sentences the three lists are
    empty. Relative dates get a value only when `doc.published` is known."""
    lex = get_lexicon(res)
    found = {"dates": [], "money": [], "quantities": []}
    for sent in doc.sents:
        if not _in_body(doc.body, sent.start, sent.end) or not sent.tokens:
            continue
        _scan(Scanner(doc.text, sent.tokens, lex), found)
    for fact in found["dates"]:
        if fact.relative and fact.value is None:
            fact.value = resolve_relative(fact.relative, doc.published)
    doc.money, doc.quantities, doc.dates = found["money"], found["quantities"], found["dates"]
    return doc


def extract_facts_batch(docs: Iterable[Document], res: Resources) -> Iterator[Document]:
    """`extract_facts` over many documents, sharing one lexicon."""
    for doc in docs:
        yield extract_facts(doc, res)


def _in_body(body: list[list[int]], start: int, end: int) -> bool:
    return any(bs <= start and end <= be for bs, be in body)


def _scan(sc: Scanner, found: dict[str, list]) -> None:
    triggers = sc.lex.triggers
    norms = sc.norms
    i, n = 0, len(sc)
    while i < n:
        key = norms[i]
        if key not in triggers and not sc.is_digit(i) and not ("-" in key and key.partition("-")[0] in triggers):
            i += 1
            continue
        for reader, field in _READERS:
            hit = reader(sc, i)
            if hit:
                items, nxt = hit
                i = max(nxt, i + 1)
                found[field].extend(items)
                sc.floor = i
                break
        else:
            i += 1
