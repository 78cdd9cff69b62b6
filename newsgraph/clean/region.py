"""Where the article stands on the page: one contiguous run of lines.

Each line gets a prose score: sentences ending in a full stop score by their length,
short unpunctuated title-like lines and lines the lexicon marks as chrome cost, and a
blank-line gap wider than the page's usual paragraph gap costs too. The article is the
run of lines with the largest total (a maximum-sum subarray, one linear pass); its
headline above it and a list that ends it are then added by shape.
"""
from __future__ import annotations

from collections import Counter

import re

from newsgraph.clean.lexicon import stamp_line
from newsgraph.clean.lines import Line

# A line this long is a paragraph even without final punctuation (a dump may lose it).
PARAGRAPH_WORDS = 25
# Headline and lead share content words; this many shared stems, or this share of the
# headline's stems, ties a title-like line above the article to it.
SHARED_STEMS = 2
SHARED_SHARE = 0.25
# A photo caption under a headline: a name or a short phrase, at most this many words, at
# most this many lines.
CAPTION_WORDS = 8
MAX_CAPTIONS = 2
# A caption that is a name may end in a full stop: at most this many words, all capitalised.
NAME_WORDS = 3
# Between headline and lead: at most this many chrome lines (a date, a credit, share
# buttons, a reader's tools such as "Слушать новость" or "Размер текста: A− A+"), the UI
# ones of at most this many words.
MAX_SKIPPED = 4
TOOL_WORDS = 4
# A block at the edge of the article span sharing at most this many of its content
# stems, or this share of them, with the rest of the span is about something else.
FOREIGN_STEMS = 2
FOREIGN_SHARE = 0.1
# A word: letters, with inner hyphens or apostrophes.
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A caption's closing date: ", 25 сентября 2017 г.", ", 2016 год.", ", 12.03.2011."
_DATED_END = re.compile(r",\s*(?:\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4})"
                        r"(?:\s*(?:г\.|года?|гг\.))?\s*\.?$")
# Words set apart by runs of spaces or tabs: a menu bar, not a sentence.
_WIDE = re.compile(r"\S {2,}(?=\S)|\S\t+(?=\S)")


def prose_score(line: Line, chrome: str | None) -> float:
    """How much a line looks like article prose: positive for sentences, negative for
    title-like lines and lines already known to be chrome."""
    if chrome:
        # Already decided; a small cost, so that a credit or an ad line set into the
        # article does not cut it in two.
        return -0.75
    n = line.words
    if line.ending == "stop":
        return 1.0 + min(n / 10, 3.0) if n >= 3 else 0.2
    if line.ending == "ask":
        # Long questions and exclamations are sentences (interviews, quotes); short
        # ones are subheadings or headlines and are decided by their neighbours.
        return 1.0 + min(n / 10, 3.0) if n >= 8 else -0.5
    if line.ending == "colon":
        # A sentence introducing a quote or a list, or a short list head ("Итоги:").
        return 1.0 + min(n / 20, 1.5) if n >= 8 else 0.5 if n >= 2 else -0.5
    if line.ending == "list":
        return 1.0 if n >= 8 else 0.3
    if line.bullet:
        return -0.2  # a list item: neutral, kept when article text surrounds it
    if n >= PARAGRAPH_WORDS:
        return 1.0
    return -1.0 if n >= 1 else -1.5


def usual_gap(lines: list[Line]) -> int:
    """The commonest number of blank lines between two consecutive sentence lines, each pair
    weighted by its shorter line's length: paragraphs set the page's rhythm, not a list of
    other stories' one-line headlines with full stops."""
    gaps = Counter()
    for a, b in zip(lines, lines[1:]):
        if a.ending == "stop" and b.ending == "stop" and a.words >= 5 and b.words >= 5:
            gaps[b.gap] += min(a.words, b.words)
    if not gaps:
        # No two sentences in a row: the gaps around lists the text announces with a colon
        # ("Азию представляют два арбитра:" and its items) set the rhythm.
        for a, b in zip(lines, lines[1:]):
            if a.ending in ("stop", "colon") and (b.ending in ("stop", "colon") or b.bullet) and \
                    a.words >= 3 and b.words >= 3:
                gaps[b.gap] += min(a.words, b.words)
    return gaps.most_common(1)[0][0] if gaps else 0


def gap_cost(line: Line, usual: int) -> float:
    excess = line.gap - usual
    return -min(0.75 * excess, 3.0) if excess > 0 else 0.0


def find_article(lines: list[Line], chrome: dict[int, str], usual: int) -> tuple[int, int] | None:
    """Indices (first, last) of the best-scoring run of lines, or None if no line
    can be article text. `usual` is the page's paragraph gap (`usual_gap`)."""
    if not lines:
        return None
    best, best_sum = None, 0.0
    run_start, run_sum = 0, float("-inf")
    listing = False
    for line in lines:
        kind = chrome.get(line.index)
        score = prose_score(line, kind)
        # Items under a line ending in a colon are the list it announces, not titles; an
        # unbulleted sentence is the last item, or the text after the list.
        listing = listing and not kind and line.gap <= usual and line.words <= PARAGRAPH_WORDS
        if listing:
            score = max(score, 0.2)
        extended = run_sum + gap_cost(line, usual) + score
        if score >= extended:
            run_start, run_sum = line.index, score
        else:
            run_sum = extended
        if run_sum > best_sum:
            best, best_sum = (run_start, line.index), run_sum
        listing = (listing and (line.bullet or line.ending != "stop")) or (line.ending == "colon" and not kind)
    if best is None:
        # No sentence at all: a one-line news item without a full stop, say. Take the
        # longest line that is not chrome, if it is long enough to say something.
        candidates = [ln for ln in lines if ln.index not in chrome and ln.words >= 3]
        if not candidates:
            return None
        top = max(candidates, key=lambda ln: ln.words)
        best = (top.index, top.index)
    return best


def extend_headline(lines: list[Line], chrome: dict[int, str], first: int, usual: int) -> int:
    """Move the article's first line up over its headline: a title-like line that shares
    content words with the lead, or a lone title set off from the chrome above it. A
    second line (a subtitle) must share more. Dates and credits between them stay chrome,
    and so do photo captions between headline and lead (short unpunctuated lines, a name
    or a place, under a headline that shares words with the lead): `chrome` gets them as
    `other`."""
    if first + 1 < len(lines) and first not in chrome and lines[first].ending == "stop" and \
            lines[first + 1].ending == "stop" and (_caption(lines[first]) and lines[first + 1].gap == 0 or
                                                   _dated_caption(lines, chrome, first)):
        # The run starts on a name with a full stop over the lead ("Синдзо Абэ."): a caption
        # when a headline stands above it.
        found, captions = _headline_above(lines, chrome, first + 1, usual, captions=True)
        if found < first and first in captions:
            for i in captions:
                chrome[i] = "other"
            return found
    found, captions = _headline_above(lines, chrome, first, usual, captions=True)
    if found == first:
        found, captions = _headline_above(lines, chrome, first, usual, captions=False)
    for i in captions:
        chrome[i] = "other"
    return found


def _headline_above(lines: list[Line], chrome: dict[int, str], first: int, usual: int,
                    captions: bool) -> tuple[int, list[int]]:
    lead = frozenset().union(*(ln.stems for ln in lines[first:first + 3]))
    lead_line, taken = first, 0
    i, skipped = first - 1, 0
    skipped_captions: list[int] = []
    while i >= 0 and taken < 2:
        line = lines[i]
        kind = chrome.get(i)
        if (kind == "other" or kind == "nav" and line.words <= TOOL_WORDS) and skipped < MAX_SKIPPED:
            skipped += 1  # a date, a credit, share buttons, a reader's tools (listen, text size)
            i -= 1
            continue
        if captions and taken == 0 and not kind and not skipped_captions and _dated_caption(lines, chrome, i):
            skipped_captions.append(i)  # a photo's caption under the dateline, however long
            i -= 1
            continue
        caption = captions and taken == 0 and not kind and _caption(line) and len(skipped_captions) < MAX_CAPTIONS
        if caption and (not skipped_captions or line.words < 3):
            skipped_captions.append(i)
            i -= 1
            continue
        if kind or not 3 <= line.words <= PARAGRAPH_WORDS or menu_bar(line):
            break  # a menu bar may share a word or two with the lead ("Тарифы")
        shared = len(line.stems & lead)
        share = shared / max(len(line.stems), 1)
        if taken == 0 and skipped_captions:
            # Above a caption: the headline itself, tied to the lead by its words and at
            # least as long as the caption under it.
            below = lines[skipped_captions[-1]]
            # A caption stands right under its headline, or a paragraph gap below one that
            # has the page's dateline right above it.
            dated = i > 0 and chrome.get(i - 1) == "other" and line.gap == 0 and stamp_line(lines[i - 1])
            # A caption under the page's dateline, the title right above that dateline: the
            # headline, however much longer the caption ("Путин поздравил нового главу Кубы",
            # its date, "Владимир Путин и Мигель Диас-Канель, 2016 год").
            over_date = chrome.get(i + 1) == "other" and stamp_line(lines[i + 1]) and \
                lines[i + 1].gap == 0 and skipped_captions[-1] > i + 1
            ok = (shared >= SHARED_STEMS or (shared and share >= SHARED_SHARE)) and \
                (below.gap == 0 or dated and below.gap <= usual) and line.ending != "stop" and \
                (line.words >= max(lines[c].words for c in skipped_captions) or over_date)
            if not ok and caption:
                skipped_captions.append(i)
                i -= 1
                continue
            # Two captions under a headline: the upper one ties the lead no closer than the
            # headline above it does ("Нельсон Мандела в 2000 году" under "Нельсон Мандела
            # борется за жизнь" and its dateline).
            upper = _stronger_headline(lines, chrome, i, lead, shared, ties=True) if ok and caption else None
            if upper is not None:
                # A title over this one, tied closer to the lead: the headline, and this a
                # second caption ("Вид на Ташкент с воздуха" under "Племянник ... разбился").
                skipped_captions.append(i)
                return upper, skipped_captions
        elif taken == 0:
            ok = shared >= SHARED_STEMS or (shared and share >= SHARED_SHARE) or \
                _lone_title(lines, chrome, i, lead_line, usual)
            upper = None if ok or line.ending != "none" else _stronger_headline(lines, chrome, i, lead, shared)
            if upper is not None:
                return upper, []  # a headline with a subtitle (or a long caption) under it
        else:
            # Above a headline stand other stories' titles far more often than subtitles.
            ok = line.gap == 0 and shared >= SHARED_STEMS and share >= 2 * SHARED_SHARE
        if not ok:
            break
        first, taken = i, taken + 1
        i -= 1
    return first, skipped_captions if taken else []


def _stronger_headline(lines: list[Line], chrome: dict[int, str], i: int, lead: frozenset,
                       shared: int, ties: bool = False) -> int | None:
    """The line above line `i`, across a date or a credit, when it is a title sharing more
    content words with the lead than line `i` does, with no blank line between them."""
    j = i - 1
    while j >= 0 and chrome.get(j) == "other" and i - j <= 2 and lines[j + 1].gap == 0:
        j -= 1
    if j < 0 or j in chrome or lines[j + 1].gap > 0:
        return None
    line = lines[j]
    if line.ending == "stop" or not 3 <= line.words <= PARAGRAPH_WORDS:
        return None
    above = len(line.stems & lead)
    return j if above >= SHARED_STEMS and (above > shared or ties and above == shared and line.words >= 3) else None


def menu_bar(line: Line) -> bool:
    """A row of section names set apart by runs of spaces ("Новости  Операторы  Интернет",
    "КИНО  СЕРИАЛЫ  МУЗЫКА"); a headline of capitalised names ("Умер Фидель Кастро") is not."""
    words = WORD.findall(line.text)
    if line.ending != "none" or len(words) < 3:
        return False
    return len(_WIDE.findall(line.text)) >= 2 and all(w[0].isupper() for w in words)


def _caption(line: Line) -> bool:
    if line.bullet or not 1 <= line.words <= CAPTION_WORDS:
        return False
    if line.ending == "stop":
        # A name with a full stop ("Синдзо Абэ."): a few capitalised words, no sentence.
        words = WORD.findall(line.text)
        return len(words) <= NAME_WORDS and all(w[0].isupper() for w in words)
    return line.ending == "none"


def _dated_caption(lines: list[Line], chrome: dict[int, str], i: int) -> bool:
    """Line `i` is a photo's caption standing right under the page's dateline, which stands
    right under a title: not a sentence (no full stop, or one after the day or the year the
    photo was taken, or a name with a full stop), however long ("Сцена из фильма «Огни
    большого города» с Чарли Чаплином", "Гроб с телом ... в аэропорту, 25 сентября 2017 г.",
    "PSY."). A subtitle stands above the dateline, a lead is a sentence."""
    if i < 2 or lines[i].gap or lines[i - 1].gap or chrome.get(i - 1) != "other" or not stamp_line(lines[i - 1]):
        return False
    title = lines[i - 2]
    if i - 2 in chrome or title.ending == "stop" or not 3 <= title.words < PARAGRAPH_WORDS:
        return False
    line = lines[i]
    if line.bullet or not 1 <= line.words < PARAGRAPH_WORDS:
        return False
    return line.ending == "none" or line.ending == "stop" and (_caption(line) or bool(_DATED_END.search(line.text)))


def _lone_title(lines: list[Line], chrome: dict[int, str], i: int, lead: int, usual: int) -> bool:
    """A title-like line right above the lead, itself opening the page or set off from
    what stands above it (a blank line, a UI line), is the headline even if it words
    things differently from the lead."""
    line = lines[i]
    if i != lead - 1 or lines[lead].gap > max(1, usual) or line.ending == "stop" or line.words < 3:
        return False
    if i == 0:
        return True
    return line.gap > 0 or chrome.get(i - 1) not in (None, "related")


def page_headline(lines: list[Line], chrome: dict[int, str], first: int) -> int | None:
    """The page's first line when it is a title above the article with only a caption or a
    name between them (a page that opens with its headline), else None."""
    if not 0 < first <= 3 or 0 in chrome:
        return None
    top = lines[0]
    if top.ending not in ("none", "ask") or not 3 <= top.words < PARAGRAPH_WORDS or menu_bar(top) or \
            _WIDE.search(top.text):
        return None  # words set apart by wide spaces: a bar ("◄ Назад    Новости мира")
    between = lines[1:first]
    if any(ln.words > 12 or ln.ending == "stop" for ln in between):
        return None
    if any(chrome.get(ln.index) == "nav" or len(_WIDE.findall(ln.text)) >= 2 for ln in between):
        return None  # a menu under it: the site's name or slogan over its menu, not a headline
    return 0


def extend_list(lines: list[Line], chrome: dict[int, str], last: int, usual: int) -> int:
    """Move the article's last line down over the items of a list it ends with: a line
    ending in a colon, or a bulleted item, followed by more short items."""
    line = lines[last]
    if line.ending != "colon" and not line.bullet:
        return last
    need_bullet = line.bullet and line.ending != "colon"
    i = last + 1
    while i < len(lines):
        item = lines[i]
        if i in chrome or item.gap > usual or (need_bullet and not item.bullet):
            break
        if not (item.bullet or item.ending in ("list", "stop") or item.words <= 10):
            break
        last = i
        need_bullet = need_bullet or item.bullet
        i += 1
    return last


def trim_region(lines: list[Line], chrome: dict[int, str], first: int, last: int, usual: int) -> tuple[int, int]:
    """Drop from either end of the article span a block (lines set off by a wider gap than
    the page's paragraphs) that holds a title-like line and shares almost no content words
    with the rest: other stories with their teaser sentences."""
    cuts = [i for i in range(first + 1, last + 1) if lines[i].gap > usual]
    blocks = [range(a, b) for a, b in zip([first, *cuts], [*cuts, last + 1])]
    if len(blocks) == 1:
        return first, last
    counts = Counter(stem for i in range(first, last + 1) if i not in chrome for stem in lines[i].stems)
    # The block with the most words of prose is the article's core, whatever it shares.
    core = max(blocks, key=lambda b: sum(lines[i].words for i in b if i not in chrome and lines[i].ending == "stop"))
    for end in (-1, 0):
        while len(blocks) > 1:
            block = blocks[end]
            if block is core:
                break
            own = Counter(stem for i in block if i not in chrome for stem in lines[i].stems)
            shared = sum(1 for s in own if counts[s] > own[s])
            if not _titled(lines, chrome, block) or shared > _foreign_limit(len(own)):
                break
            counts.subtract(own)
            blocks.pop(end)
    return blocks[0].start, blocks[-1].stop - 1


def _foreign_limit(size: int) -> float:
    """Shared stems allowed for a block of `size` stems to count as foreign: a few, however
    large the block, since a dozen shared names and words mean the same story."""
    return max(FOREIGN_STEMS, min(FOREIGN_SHARE * size, 2 * FOREIGN_STEMS))


def _titled(lines: list[Line], chrome: dict[int, str], block: range) -> bool:
    return any(lines[i].ending in ("none", "ask") and 3 <= lines[i].words < PARAGRAPH_WORDS
               and not lines[i].bullet and i not in chrome for i in block)
