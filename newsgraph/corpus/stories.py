"""The story rule: when two documents tell of the same happening.

Two documents belong to one story when they were published at most `WINDOW_DAYS` apart and
either share at least two people or organisations, or share one and also a full calendar date
they mention or an event type (the CAMEO root). Shared places alone do not count, because
the same few capitals and countries stand in most of a region's news. A near-duplicate always
joins the story of the text it repeats; a document without a publication date starts its own.
`story_for` applies the rule to a new document while it is saved.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsgraph.doc import Document
from newsgraph.store import EntityLinks, NearDuplicate, Writer

WINDOW_DAYS = 3
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The entity types that make two documents one story; places do not (see above).
STORY_TYPES = ("PER", "ORG")
# Of the documents sharing a person or organisation in the window, those sharing most are compared.
STORY_CANDIDATES = 30


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


def clues_of(doc: Document, links: EntityLinks) -> StoryClues:
    """A document's story clues: its people and organisations as corpus entities, the full
    dates it mentions and its event types (CAMEO roots where known)."""
    return StoryClues(doc.published,
                      {links.corpus[e.id] for e in doc.entities if e.type in STORY_TYPES},
                      {d.value for d in doc.dates if d.value and FULL_DATE.match(d.value)},
                      {e.cameo_root or e.type for e in doc.events})


def story_for(tx: Writer, key: int, doc: Document, links: EntityLinks, near: NearDuplicate | None) -> int | None:
    """The story that `doc`, being stored under `key`, joins: the story of the text it repeats,
    else the best match by the story rule; None for a story of its own. Indexes the document's
    actors for the documents that come after it."""
    clues = clues_of(doc, links)
    if clues.published is not None:
        tx.add_story_actors(key, clues.published, sorted(clues.actors))
    return near.story if near else matching_story(tx, key, clues)


def matching_story(tx: Writer, key: int, clues: StoryClues) -> int | None:
    """The story of the stored document that best matches `clues` by the story rule, or None.
    Candidates share a person or organisation and fall in the date window, which the
    (corpus entity, published) index of story actors finds without a scan; of the
    STORY_CANDIDATES sharing most, only the dates and event types they share with `clues` are
    looked up, which is all the rule compares."""
    span = window(clues.published)
    if span is None or not clues.actors:
        return None
    found: dict[int, StoryClues] = {}
    for doc, cid, published in tx.story_actors(sorted(clues.actors), span[0], span[1], key):
        found.setdefault(doc, StoryClues(published)).actors.add(cid)
    ranked = sorted(found, key=lambda doc: (-len(found[doc].actors), doc))[:STORY_CANDIDATES]
    if not ranked:
        return None
    for doc, value in tx.dates_among(ranked, sorted(clues.dates)):
        found[doc].dates.add(value)
    if clues.events:
        for doc, root, type_ in tx.event_kinds(ranked):
            if (root or type_) in clues.events:
                found[doc].events.add(root or type_)
    best, best_score = None, 0
    for cand in ranked:
        score = story_score(clues, found[cand])
        if score > best_score:
            best, best_score = cand, score
    return None if best is None else tx.story_of(best)
