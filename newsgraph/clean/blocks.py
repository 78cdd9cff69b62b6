"""Lists of other stories at the edges of the article, recognised by their shape as a block.

A news page sets other stories' headlines in runs beside the article: several short
one-sentence lines of one kind in a row, with or without a full stop, each maybe with a
teaser sentence under it and a date, a time or a counter beside it, often under a head
("Читайте также") or after the site's tags and share buttons. The article's own last
lines rarely look like that; when they do, they are introduced by a colon or carry on
its topic. `trim_story_lists` peels such blocks off either end of the article span.
"""
from __future__ import annotations

import re
from collections import Counter

from newsgraph.clean.lexicon import block_head, lexical_kind, stamp_line, strip_stamps
from newsgraph.clean.lines import Line
from newsgraph.clean.region import WORD, prose_score

# A headline of another story: a single sentence of this many words at most.
TITLE_WORDS = 16
# A teaser under a headline: one sentence of this many words at most.
TEASER_WORDS = 32
# A photo credit or caption of at most this many words may stand beside each story.
MARK_WORDS = 4
# A line sharing this many content stems with the rest of the article carries on its topic.
TOPIC_STEMS = 2

# A list item's number or bullet.
_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-–—•·*▪►●◦‣→✓✔])\s+")
# A label opening a line: "Вопрос:", "Ответ:".
_LABEL = re.compile(r"^[^\W\d_]+\s*:")
# A sentence end followed by the start of another sentence: the line is prose, not a title.
_INNER_STOP = re.compile(r"[.!?…]\s+[«\"„(]?[A-ZА-ЯЁ0-9]")


def story_title(line: Line) -> bool:
    """A line shaped like another story's headline: 3-16 words of one sentence, ending in a
    full stop, a question or nothing, with a time or date beside it allowed.

    >>> from newsgraph.clean.lines import split_lines
    >>> [story_title(ln) for ln in split_lines("10:41 Нефтяники вернулись к работе.\\nОн сказал. Она ушла.")]
    [True, False]
    """
    if line.words > TITLE_WORDS + 3 or line.ending not in ("stop", "ask", "none"):
        return False  # a paragraph, even with a date beside it
    text, _ = strip_stamps(_MARKER.sub("", line.text))
    n = len(WORD.findall(text))
    return 3 <= n <= TITLE_WORDS and not _INNER_STOP.search(text)


def title_teaser(line: Line) -> bool:
    """Another story's headline with its teaser sentence run on in one line: a title of
    3-16 words ending in a full stop, then one more sentence.

    >>> from newsgraph.clean.lines import split_lines
    >>> [title_teaser(ln) for ln in split_lines(
    ...     "Экспорт хлопка превысил прогнозы. Основной рост пришелся на Китай.\\nОн сказал. Она ушла. Все.")]
    [True, False]
    """
    if line.ending not in ("stop", "ask") or line.words > TITLE_WORDS + TEASER_WORDS:
        return False
    text = _MARKER.sub("", line.text)
    stops = list(_INNER_STOP.finditer(text))
    if len(stops) != 1:
        return False
    head, tail = text[:stops[0].start() + 1], text[stops[0].end() - 1:]
    return head.endswith(".") and 3 <= len(WORD.findall(head)) <= TITLE_WORDS and \
        3 <= len(WORD.findall(tail)) <= TEASER_WORDS


def _teaser(line: Line) -> bool:
    return line.ending in ("stop", "ask") and line.words <= TEASER_WORDS and \
        not _INNER_STOP.search(_MARKER.sub("", line.text))


def trim_story_lists(lines: list[Line], chrome: dict[int, str], first: int, last: int,
                     usual: int) -> tuple[int, int]:
    """The article span (first, last) without the blocks of other stories at its ends; the
    span then starts and ends on a line that scores as prose."""
    counts = Counter(stem for i in range(first, last + 1) if i not in chrome for stem in lines[i].stems)
    for end in (True, False):
        while first < last:
            block = _edge_block(lines, chrome, first, last, usual, counts, end) or \
                (_edge_block(lines, chrome, first, last, usual, counts, end, run_on=True) if end else None)
            if block is None:
                break
            if end:
                last = block[0] - 1
            else:
                first = block[1] + 1
            while first < last and prose_score(lines[last], chrome.get(last)) <= 0:
                last -= 1
            while first < last and prose_score(lines[first], chrome.get(first)) <= 0:
                first += 1
    return first, last


def _edge_block(lines: list[Line], chrome: dict[int, str], first: int, last: int, usual: int,
                counts: Counter, end: bool, run_on: bool = False) -> tuple[int, int] | None:
    """(start, stop) of a block of other stories at the span's last (or first) lines, or
    None when the lines there are the article's own. With `run_on`, headlines with their
    teaser run on in one line count too (below the article, under a list's head only)."""
    order = range(last, first - 1, -1) if end else range(first, last + 1)
    members: list[int] = []
    for i in order:
        line = lines[i]
        if i in chrome and not _mark(line, chrome[i]):
            break  # a head, tags, share buttons: the block's edge
        if i not in chrome and not (story_title(line) or _teaser(line) or (run_on and title_teaser(line))):
            break
        if not end and members and line.gap > usual:
            break  # the block ends where a wider gap opens
        members.append(i)
        if end and line.gap > usual:
            break  # the block starts after a wider gap
    members.sort()
    # The longest run of stories at the edge: from the far end inwards, drop lines until
    # what is left reads as headlines of one kind with their teasers.
    while members:
        stories = _stories(lines, [i for i in members if i not in chrome], run_on)
        if stories is not None:
            break
        members = members[1:] if end else members[:-1]
    else:
        return None
    titles, pairs, joined = stories
    own = [i for i in range(first, last + 1) if i not in chrome and i not in members]
    if len(titles) < 2 or not any(lines[i].ending == "stop" and lines[i].words >= 5 for i in own):
        return None  # nothing of the article would be left
    start, stop = members[0], members[-1]
    if end and len(members) > 2 and lines[stop].gap > max(lines[i].gap for i in members[1:-1]):
        return None  # the last line stands apart from a list set closer: the article goes on
    before = start - 1
    if before >= 0 and before not in chrome and lines[before].ending == "colon":
        return None  # items of a list the article announces
    stamps = sum(1 for i in members if i in chrome) + sum(1 for i in titles if strip_stamps(lines[i].text)[1])
    while before >= 0 and before in chrome and _mark(lines[before], chrome[before]):
        stamps, before = stamps + 1, before - 1  # the first story's time, above the span
    head = before >= 0 and block_head(lines[before]) is not None
    # Share buttons, tags, a print link (the lexicon's UI words, not a site's own furniture
    # set between paragraphs): the article has ended above them.
    closed = end and before >= 0 and chrome.get(before) == "nav" and lexical_kind(lines[before]) == "nav"
    # Set off from the article by a UI line (tags, share buttons) or by more than one
    # blank line beyond the page's paragraph gap: a paragraph break alone is not enough.
    # A line that is chrome only because its site repeats it (a widget's label between
    # paragraphs) sets nothing off: the article may go on under it.
    edge = before >= 0 and (lexical_kind(lines[before]) is not None or lines[start].gap > usual + 1) if end else \
        stop + 1 < len(lines) and (stop + 1 in chrome or lines[stop + 1].gap > usual + 1)
    rest = counts.copy()
    for i in members:
        rest.subtract(lines[i].stems)
    on_topic = sum(1 for i in titles if sum(1 for s in lines[i].stems if rest[s] > 0) >= TOPIC_STEMS)
    if joined and not (head or closed):
        return None  # headlines with run-on teasers only under a list's head or after share buttons
    strong = head or closed or stamps >= 2 or pairs >= 2
    # Above the article, short sentences are as likely its own lead: only a list's marks count there.
    weak = end and edge and (len(titles) >= 3 or on_topic == 0) and on_topic * 2 < len(titles)
    if not (strong or weak):
        return None
    for i in members:
        counts.subtract(lines[i].stems)
    return start, stop


def _mark(line: Line, kind: str) -> bool:
    """A line set beside each story of a list: its time or date, a counter, a photo credit."""
    return stamp_line(line) or (kind == "other" and line.words <= MARK_WORDS)


def _stories(lines: list[Line], run: list[int], run_on: bool = False) -> tuple[list[int], int, int] | None:
    """Read `run` (line indices in page order) as stories: a headline, maybe a teaser
    sentence right under it (or, with `run_on`, run on in its line). Headlines of one list end alike (all with a full stop, or
    none of them), so a change of ending is where the list stops. Returns the headlines
    the number of unpunctuated headline + teaser pairs and the number of run-on ones, or None."""
    titles: list[int] = []
    pairs, kind, k, joined = 0, None, 0, 0
    while k < len(run):
        line = lines[run[k]]
        if run_on and title_teaser(line):
            # A headline and its teaser in one line: a story whichever way the others end.
            titles.append(run[k])
            k, joined = k + 1, joined + 1
            continue
        if not story_title(line):
            return None
        this = "stop" if line.ending == "stop" else "open"
        if kind not in (None, this):
            return None
        kind = this
        titles.append(run[k])
        k += 1
        if k < len(run) and run[k] == run[k - 1] + 1:
            under = lines[run[k]]
            if under.gap == 0 and _teaser(under) and (this == "open" or not story_title(under)):
                pairs += this == "open"
                k += 1
    if joined and len(titles) == joined:
        return None  # only among plain headlines: two-sentence lines alone are the text's
    labels = {m[0].lower() for m in map(_LABEL.match, (lines[i].text for i in titles)) if m}
    if len(labels) == 1 and all(_LABEL.match(lines[i].text) for i in titles):
        return None  # "Вопрос: ... / Ответ: ...": the article's own questions and answers
    return titles, pairs, joined
