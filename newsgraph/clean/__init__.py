"""Chrome separation: which lines of a page dump are the article and which are the site.

`separate_chrome` reads a plain-text page and returns the article's line spans (`body`)
and one `Chrome` record per other line (`related`, `nav`, `ad`, `other`). It decides
from the shape of the page (see `region`, `kinds`) and a small UI lexicon (`lexicon`);
no model, one linear pass over the lines. `find_dateline` then reads the publication date
from the dateline beside the headline (see `dateline`).
"""
from __future__ import annotations

from newsgraph.clean.blocks import trim_story_lists
from newsgraph.clean.dateline import dateline_value, find_dateline
from newsgraph.clean.kinds import label_outside, mark_story_blocks, shape_kind
from newsgraph.clean.lexicon import comment_head, lexical_kind
from newsgraph.clean.lines import split_lines
from newsgraph.clean.region import (extend_headline, extend_list, find_article, page_headline, trim_region,
                                    usual_gap)
from newsgraph.doc import Chrome

__all__ = ["dateline_value", "find_dateline", "separate_chrome"]

# The first line under a comment section's head: an author's name, a time, a short remark.
COMMENT_OPENING = 8


def separate_chrome(text: str, known_chrome: frozenset[str] = frozenset()) -> tuple[list[list[int]], list[Chrome]]:
    """Split a page dump into article blocks (body) and chrome blocks.

    Returns `[start, end]` spans of the article's lines, in order, and one `Chrome` per
    other non-blank line. Lines in `known_chrome` (lines a caller has seen repeat across
    pages of one site) are always chrome. Empty text gives two empty lists.
    """
    lines = split_lines(text)
    known = {item.strip() for item in known_chrome}
    chrome: dict[int, str] = {}
    for line in lines:
        kind = lexical_kind(line)
        if kind is None and line.text in known:
            kind = shape_kind(line)
        if kind:
            chrome[line.index] = kind
    labels: list[str | None] = [None] * len(lines)
    usual = usual_gap(lines)
    found = find_article(lines, chrome, usual)
    if found:
        # Readers' comments run below their head, opening with an author's name or a short
        # remark: the article does not go on under it (under a subheading "Комментарии" it
        # goes on in paragraphs).
        first, last = found
        last = next((i - 1 for i in range(first + 1, last) if comment_head(lines[i]) and (
            i + 1 in chrome or lines[i + 1].words <= COMMENT_OPENING)), last)
        first, last = trim_region(lines, chrome, first, last, usual)
        first, last = trim_story_lists(lines, chrome, first, last, usual)
        first = extend_headline(lines, chrome, first, usual)
        last = extend_list(lines, chrome, last, usual)
        for i in range(first, last + 1):
            labels[i] = chrome.get(i, "body")
        headline = page_headline(lines, chrome, first)
        if headline is not None:
            labels[headline] = "body"
        mark_story_blocks(lines, labels, first, last)
    label_outside(lines, labels, chrome)
    body = [[ln.start, ln.end] for ln, label in zip(lines, labels) if label == "body"]
    rest = [Chrome(ln.start, ln.end, label) for ln, label in zip(lines, labels) if label != "body"]
    return body, rest

