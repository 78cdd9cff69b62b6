"""Facts stage: money, quantities and dates of the article body.

`extract_facts(doc, res)` reads the body's sentences (`doc.sents`, from
`newsgraph.segment.segment_body`) and fills `doc.money`, `doc.quantities` and
`doc.dates`. Each sentence is scanned once, left to right; at a trigger token (a
digit, a number word, a currency sign, a month, a weekday, a relative-date word) the
readers are tried in turn, dates first, then money, then quantities, so that a span
belongs to one fact only.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsgraph.doc import Document, Token
from newsgraph.facts.dates import read_date, resolve_partial, resolve_relative, tense_near
from newsgraph.facts.lexicon import get_lexicon
from newsgraph.facts.money import read_money
from newsgraph.facts.quantities import read_quantity
from newsgraph.facts.scanner import Scanner
from newsgraph.resources import Resources

__all__ = ["extract_facts", "extract_facts_batch"]

_READERS = ((read_date, "dates"), (read_money, "money"), (read_quantity, "quantities"))
_DAY_DOT = re.compile(r"(?<![\w.])\d{1,2}\.$")
_MONTH_YEAR = re.compile(r"\d{2}\.(?:\d{2}|\d{4})\.?")


def extract_facts(doc: Document, res: Resources) -> Document:
    """Fill doc.money, doc.quantities and doc.dates from the body's sentences.

    Only sentences inside `doc.body` are read; with no sentences the three lists are
    empty. Relative dates, and days or months written without a year, get a full value
    only when `doc.published` is known."""
    lex = get_lexicon(res)
    found = {"dates": [], "money": [], "quantities": []}
    for tokens in _token_runs(doc):
        before = len(found["dates"])
        _scan(Scanner(doc.text, tokens, lex, published=doc.published), found)
        if doc.published:
            new = found["dates"][before:]
            for n, fact in enumerate(new):
                if fact.relative is not None:
                    continue
                # "в декабре прошлого года": the year is the one the next words name
                nxt = new[n + 1] if n + 1 < len(new) else None
                year = None
                if nxt is not None and (nxt.relative or "").endswith("y") and not doc.text[fact.end:nxt.start].strip():
                    year = resolve_relative(nxt.relative, doc.published)
                fact.value = resolve_partial(fact.value, year or doc.published, tense_near(tokens, fact.start))
    for fact in found["dates"]:
        if fact.relative and (fact.value is None or fact.value.startswith("T")):
            day = resolve_relative(fact.relative, doc.published)
            if day is not None:
                fact.value = day + (fact.value or "") if len(day) == 10 else day
    doc.money, doc.quantities, doc.dates = found["money"], found["quantities"], found["dates"]
    return doc


def _token_runs(doc: Document) -> Iterator[list[Token]]:
    """The tokens of each body sentence; two sentences razdel split inside a date ("27.
    05.99") are read as one."""
    run: list[Token] = []
    for sent in doc.sents:
        if not _in_body(doc.body, sent.start, sent.end) or not sent.tokens:
            continue
        if run and _split_date(doc.text, run[-1], sent.tokens[0]):
            run = run + sent.tokens
            continue
        if run:
            yield run
        run = list(sent.tokens)
    if run:
        yield run


def _split_date(text: str, last: Token, first: Token) -> bool:
    return bool(_DAY_DOT.search(text, max(0, last.end - 4), last.end)) and text[last.end:first.start] == " " \
        and bool(_MONTH_YEAR.fullmatch(first.text))


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
