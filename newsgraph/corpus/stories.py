"""The story rule: when two documents tell of the same happening.

Two documents belong to one story when they were published at most `WINDOW_DAYS` apart and
either share at least two people or organisations, or share one and also a full calendar date
they mention or an event type (the CAMEO root). Shared places alone do not count, because
the same few capitals and countries stand in most of a region's news. A near-duplicate always
joins the story of the text it repeats; a document without a publication date starts its own.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

WINDOW_DAYS = 3
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class StoryClues:
    """What a document offers for story matching: corpus entity ids and date/event keys."""

    published: str | None
    actors: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)


def day(published: str | None) -> dt.date | None:
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def story_score(a: StoryClues, b: StoryClues) -> int:
    """How strongly `a` and `b` tell one story: 0 when the rule says they do not, else the
    number of shared clues (more is a better match).

    >>> story_score(StoryClues("2024-05-02", {1, 2}), StoryClues("2024-05-04", {1, 2, 3}))
    2
    >>> story_score(StoryClues("2024-05-02", {1}), StoryClues("2024-05-04", {1}))
    0
    """
    da, db = day(a.published), day(b.published)
    if da is None or db is None or abs((da - db).days) > WINDOW_DAYS:
        return 0
    actors = len(a.actors & b.actors)
    support = len(a.dates & b.dates) + len(a.events & b.events)
    if actors >= 2 or (actors == 1 and support >= 1):
        return actors + support
    return 0


def window(published: str | None) -> tuple[str, str] | None:
    """The publication-date range a document's story partners must fall in."""
    d = day(published)
    if d is None:
        return None
    delta = dt.timedelta(days=WINDOW_DAYS)
    return (d - delta).isoformat(), (d + delta).isoformat() + "\uffff"
