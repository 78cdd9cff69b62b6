"""Lines a site repeats on its pages, remembered per source while a batch is processed.

A site's menu items, rubric names and widget labels recur on every page it serves, in
words no lexicon can list ("Гороскоп на неделю", a city's name over a weather widget).
`SiteMemory` counts, per source (a URL's host, else a file's folder), the short
headline-like lines of the pages seen so far; a line found on `MIN_PAGES` earlier pages of
the same source is passed to `separate_chrome` as known chrome. Sentences are never
remembered, so an article republished on several pages keeps its text.
"""
from __future__ import annotations

from collections import Counter
from pathlib import PurePath
from urllib.parse import urlsplit

# A line on this many earlier pages of one source is the site's own.
MIN_PAGES = 3
# Longer lines, or lines ending like sentences, are article text, not site furniture.
MAX_LINE = 80
SENTENCE_END = ".!?…»\""
# Memory is bounded: past this many distinct lines a source forgets its rarest ones.
MAX_LINES_PER_SOURCE = 20_000
MAX_SOURCES = 1_000


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
    return {line.strip() for line in text.split("\n")
            if 0 < len(line.strip()) <= MAX_LINE and line.strip()[-1] not in SENTENCE_END}


class SiteMemory:
    """Counts of candidate lines per source, over the pages seen so far."""

    def __init__(self) -> None:
        self._counts: dict[str, Counter] = {}

    def known(self, key: str | None) -> frozenset[str]:
        if key is None or key not in self._counts:
            return frozenset()
        return frozenset(line for line, n in self._counts[key].items() if n >= MIN_PAGES)

    def remember(self, key: str | None, text: str) -> None:
        if key is None:
            return
        if key not in self._counts and len(self._counts) >= MAX_SOURCES:
            self._counts.pop(next(iter(self._counts)))
        counts = self._counts.setdefault(key, Counter())
        counts.update(candidate_lines(text))
        if len(counts) > MAX_LINES_PER_SOURCE:
            for line, _ in counts.most_common()[MAX_LINES_PER_SOURCE // 2:]:
                del counts[line]
