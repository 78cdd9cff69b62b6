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
from collections import Counter

from newsgraph.clean.blocks import story_title
from newsgraph.clean.lexicon import block_head, stamp_line
from newsgraph.clean.lines import Line
from newsgraph.clean.region import PARAGRAPH_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A run of at least this many unpunctuated titles inside the article, with no list
# marker and no introducing colon, is a set-in block of other stories.
STORY_RUN = 3
_SCORE = re.compile(r"\d\s*:\s*\d")
_WIDE = re.compile(r"\s{3,}|\t+")
# A weather or currency widget: "Пн, 6 февраля  -9°  USD 29,87  EUR 40,81".
_WIDGET = re.compile(r"\d\s*°|\b(?:USD|EUR|RUB|KZT|UZS|KGS|TJS|CNY)\b\s*[\d▲▼]")


def shape_kind(line: Line) -> str:
    """The chrome kind of a line outside the article that the lexicon did not name."""
    if line.letter_share < 0.5 or (line.words <= 4 and _SCORE.search(line.text)) or (
            line.words <= 8 and _WIDGET.search(line.text)):
        return "other"  # rates, scores, temperatures, counters
    words = _WORD.findall(line.text)
    if line.words <= 2:
        return "nav"
    if line.ending == "none" and all(w[0].isupper() for w in words):
        return "nav"  # a menu bar: "Политика Экономика Общество Спорт"
    parts = _WIDE.split(line.text)
    if line.ending == "none" and len(parts) >= 3 and all(1 <= len(_WORD.findall(p)) <= 3 for p in parts):
        return "nav"  # items set apart by wide spaces: "Прямой эфир   Телепрограмма   Новости"
    if line.ending == "stop" and line.words >= 12:
        return "other"  # a sentence away from the article: disclaimer, site blurb
    return "related"


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
            kind = chrome.get(i) or ("ad" if starts == "ad" else "nav")
        elif head == "other" and i not in chrome:
            kind = head  # a comment, its author's name
        elif kind in ("related", "other") and head and line.words >= 3 and i not in chrome:
            kind = head
        elif kind == "other" and i not in chrome and previous == "related" and line.gap == 0:
            kind = "related"  # the teaser sentence under another story's headline
        elif i in chrome and head != "other":
            head = None  # a UI line closes a list of stories (comments run to the end)
        labels[i] = kind
        previous = kind


def mark_story_blocks(lines: list[Line], labels: list[str | None], first: int, last: int) -> None:
    """Relabel, inside the article span, blocks of other stories or advertising: the lines
    under a list head ("Читайте также", "Реклама") that are titles or share no content
    word with the article, and unheaded runs of such titles."""
    counts = Counter(stem for k in range(first, last + 1) if labels[k] == "body" for stem in lines[k].stems)

    def foreign(i: int, j: int) -> bool:
        # Most lines of lines[i:j] share no content stem with the article's other lines.
        own = Counter(stem for k in range(i, j) for stem in lines[k].stems)
        alone = sum(1 for k in range(i, j) if not any(counts[s] > own[s] for s in lines[k].stems))
        return alone * 2 > j - i

    def relabel(k: int, kind: str) -> None:
        labels[k] = kind
        counts.subtract(lines[k].stems)

    i = first
    while i <= last:
        kind = block_head(lines[i]) if labels[i] != "body" else None
        if kind:
            j = i + 1
            # Headlines with full stops under the head count too, when the first one has one.
            stops = j <= last and lines[j].ending == "stop" and story_title(lines[j])
            # The list ends where a wider gap opens than the one over its first item.
            while j <= last and (j == i + 1 or lines[j].gap <= lines[i + 1].gap):
                if labels[j] == "other" and j > i + 1 and stamp_line(lines[j]):
                    j += 1  # a story's time or counter ("💬 12") between the headlines
                    continue
                if labels[j] != "body" or not (_title_like(lines[j]) or foreign(j, j + 1) or (
                        stops and lines[j].ending == "stop" and story_title(lines[j]))):
                    break
                relabel(j, kind)
                j += 1
            i = j
            continue
        if labels[i] == "body" and _title_like(lines[i]) and not lines[i].bullet:
            j = i
            while j <= last and labels[j] == "body" and _title_like(lines[j]) and not lines[j].bullet:
                j += 1
            intro = i > 0 and lines[i - 1].ending == "colon"
            if j - i >= STORY_RUN and not intro and foreign(i, j):
                for k in range(i, j):
                    relabel(k, "related")
            i = j
            continue
        i += 1


def _title_like(line: Line) -> bool:
    return line.ending in ("none", "ask") and 3 <= line.words < PARAGRAPH_WORDS
