"""Lines a site repeats on its pages: learnt from a whole set of inputs, then used frozen.

A site's menu items, rubric names and widget labels recur on every page it serves, in
words no lexicon can list ("Гороскоп на неделю", a city's name over a weather widget).
`SiteCounter` counts, per source (a URL's host, else a file's folder), the short
headline-like lines of every page of a set of inputs; `freeze()` turns the counts into a
`SiteTable`: the lines found on at least `MIN_PAGES` pages of one source, which
`separate_chrome` then treats as known chrome on every page of that source. Sentences are
never counted, so an article republished on several pages keeps its text.

Learning first and analysing after, with the table frozen, makes a page's Document depend
on the set of inputs only: not on their order, the worker that analyses the page, or the
pages a process happened to see before.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import PurePath
from urllib.parse import urlsplit

from newsgraph.doc import Document

# A line on this many pages of one source is the site's own.
MIN_PAGES = 3
# Longer lines, or lines ending like sentences, are article text, not site furniture.
MAX_LINE = 80
SENTENCE_END = ".!?…»\""


def source_key(source: dict) -> str | None:
    """The site a document came from: its URL's host, else the folder of its file."""
    url = source.get("url")
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    path = source.get("path")
    if path and source.get("format") in ("text", None):
        return str(PurePath(path).parent)
    return None


def candidate_lines(text: str) -> set[str]:
    """The short, non-sentence lines of a page: what a site's furniture looks like."""
    return {line.strip() for line in text.split("\n")
            if 0 < len(line.strip()) <= MAX_LINE and line.strip()[-1] not in SENTENCE_END}


def needs_separation(doc: Document) -> bool:
    """Whether page separation will read this document's lines (an HTML reader has already
    kept only the article of its page)."""
    return not doc.body


class SiteTable:
    """The known chrome lines of each source; never changes once built."""

    def __init__(self, known: Mapping[str, Iterable[str]] | None = None) -> None:
        self._known = {key: frozenset(lines) for key, lines in (known or {}).items() if lines}

    def known(self, key: str | None) -> frozenset[str]:
        """The lines of source `key` that are the site's own; empty for an unknown source."""
        return self._known.get(key, frozenset()) if key is not None else frozenset()

    def to_dict(self) -> dict[str, list[str]]:
        return {key: sorted(lines) for key, lines in sorted(self._known.items())}

    @classmethod
    def from_dict(cls, data: Mapping[str, Iterable[str]]) -> "SiteTable":
        return cls(data)

    def __len__(self) -> int:
        return len(self._known)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteTable) and self._known == other._known


EMPTY = SiteTable()


class SiteCounter:
    """Counts of candidate lines per source over a set of pages; `freeze()` gives the table."""

    def __init__(self) -> None:
        self._counts: dict[str, Counter] = {}

    def add(self, doc: Document) -> None:
        """Count the lines of one page, each once, under its source (pages with no source, or
        whose reader already kept only the article, teach nothing)."""
        key = source_key(doc.source)
        if key is None or not needs_separation(doc):
            return
        self._counts.setdefault(key, Counter()).update(candidate_lines(doc.text))

    def add_counts(self, key: str, counts: Mapping[str, int]) -> None:
        """Add counts made elsewhere (another process's share of the pages)."""
        self._counts.setdefault(key, Counter()).update(counts)

    def counts(self) -> dict[str, Counter]:
        return self._counts

    def freeze(self) -> SiteTable:
        return SiteTable({key: [line for line, n in counts.items() if n >= MIN_PAGES]
                          for key, counts in self._counts.items()})


def learn_sites(docs: Iterable[Document]) -> SiteTable:
    """The site table of a set of pages."""
    counter = SiteCounter()
    for doc in docs:
        counter.add(doc)
    return counter.freeze()
