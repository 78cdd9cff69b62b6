"""Which sort of chrome a line is, from its shape and its neighbours.

Outside the article: runs of headline-like lines are other stories (`related`), one- and
two-word lines, menus and breadcrumbs are navigation (`nav`), lines of digits and
symbols are widgets (`other`), and a list's head word ("Читайте также", "Новости
партнеров") gives its kind to the run it heads. Inside the article, a run of titles
under such a head, or a run of unpunctuated titles that share no words with the
article, is a block of other stories set into it.
"""
from __future__ import annotations

import re

from newsgraph.clean.lexicon import block_head
from newsgraph.clean.lines import Line

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CRUMB = re.compile(r"\s(?:/|›|»|→|>|\||·|•)\s|\s[|·•]|[|·•]\s")
# A run of at least this many unpunctuated titles inside the article, with no list
# marker and no introducing colon, is a set-in block of other stories.
STORY_RUN = 3


def shape_kind(line: Line) -> str:
    """The chrome kind of a line outside the article that the lexicon did not name."""
    if line.letter_share < 0.5:
        return "other"  # rates, scores, temperatures, counters
    words = _WORD.findall(line.text)
    if len(_CRUMB.findall(line.text)) >= 1 and all(len(part.split()) <= 4 for part in _crumbs(line.text)):
        return "nav"
    if line.words <= 2:
        return "nav"
    if line.ending == "none" and all(w[0].isupper() for w in words):
        return "nav"  # a menu bar: "Политика Экономика Общество Спорт"
    if line.ending == "stop" and line.words >= 12:
        return "other"  # a sentence away from the article: disclaimer, site blurb
    return "related"


def _crumbs(text: str) -> list[str]:
    return [part for part in re.split(r"[/›»→>|·•]", text) if part.strip()]


def label_outside(lines: list[Line], labels: list[str | None], chrome: dict[int, str]) -> None:
    """Fill `labels` for every line not yet labelled, in page order."""
    head: str | None = None
    previous: str | None = None
    for line in lines:
        i = line.index
        if labels[i] is not None:
            head, previous = None, labels[i]
            continue
        if line.gap >= 2:
            head = None
        kind = chrome.get(i) or shape_kind(line)
        starts = block_head(line)
        if starts:
            head = starts
        elif kind in ("related", "other") and head and line.words >= 3 and i not in chrome:
            kind = head
        elif kind == "other" and i not in chrome and previous == "related" and line.gap == 0:
            kind = "related"  # the teaser sentence under another story's headline
        elif i in chrome:
            head = None  # a UI line closes the list above it
        labels[i] = kind
        previous = kind


def mark_story_blocks(lines: list[Line], labels: list[str | None], first: int, last: int) -> None:
    """Relabel, inside the article span, runs of other stories' titles as chrome."""
    i = first
    while i <= last:
        kind = block_head(lines[i]) if labels[i] != "body" else None
        if kind:
            j = i + 1
            while j <= last and labels[j] == "body" and _title_like(lines[j]):
                labels[j] = kind
                j += 1
            i = j
            continue
        if labels[i] == "body" and _title_like(lines[i]) and not lines[i].bullet:
            j = i
            while j <= last and labels[j] == "body" and _title_like(lines[j]) and not lines[j].bullet:
                j += 1
            intro = lines[i - 1].ending == "colon" if i > 0 else False
            if j - i >= STORY_RUN and not intro and _foreign(lines, labels, first, last, i, j):
                for k in range(i, j):
                    labels[k] = "related"
            i = j
            continue
        i += 1


def _title_like(line: Line) -> bool:
    return line.ending in ("none", "ask") and 3 <= line.words < 25


def _foreign(lines: list[Line], labels: list[str | None], first: int, last: int, i: int, j: int) -> bool:
    """Whether most titles of lines[i:j] share no content word with the rest of the article."""
    rest = frozenset().union(*(lines[k].stems for k in range(first, last + 1)
                               if (k < i or k >= j) and labels[k] == "body"))
    alone = sum(1 for k in range(i, j) if not (lines[k].stems & rest))
    return alone * 2 > j - i

