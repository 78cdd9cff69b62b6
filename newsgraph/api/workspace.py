"""The workspace's JSON endpoints: the feed of stories, a story with its outlets, an entity's
timeline, events with their counts per day by QuadClass, and the facets of a search. Thin
handlers over `Corpus`, validated as the other endpoints are (see `routes`)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from newsgraph.api.routes import ISO_DATE, MAX_LIMIT, MAX_NAME, MAX_OFFSET, Json, StoreDep, found, real_date, short
from newsgraph.api.status import ERROR_RESPONSES
from newsgraph.store import SearchFilters

router = APIRouter(responses=ERROR_RESPONSES, tags=["workspace"])

Since = Annotated[str | None, Query(pattern=ISO_DATE, description="On or after (ISO date).")]
Until = Annotated[str | None, Query(pattern=ISO_DATE, description="On or before (ISO date).")]


@router.get("/api/feed")
def feed(
    db: StoreDep,
    limit: Annotated[int, Query(ge=1, le=100, description="Stories per page.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Json:
    """All news, newest first, the documents of one story together: `total` stories, `limit`,
    `offset` and `stories`, each with id, `latest`, `size`, `outlets` and its newest documents
    (the first with its `lead`)."""
    return db.feed(limit, offset)


@router.get("/api/feed/stories/{ref:path}")
def story(ref: str, db: StoreDep) -> Json:
    """A story for its page, by story id (`s12`) or the id of one of its documents: documents in
    publication order with outlet and lead, `outlets` with their counts and first and last
    publication, the main `entities` and the `events` types."""
    return found(db.story_overview(short("story id", ref)), f"story or document {ref!r}")


@router.get("/api/timeline/entities/{name:path}")
def entity_timeline(name: str, db: StoreDep) -> Json:
    """An entity day by day: mentions and documents per publication day (`days`), `undated`
    documents, and the `titles` the texts give it over time (role, office, of, former, acting,
    first and last day, the days given, documents)."""
    return found(db.entity_timeline(short("entity name", name)), f"entity named {name!r}")


@router.get("/api/events")
def events(
    db: StoreDep,
    actor: Annotated[str | None, Query(max_length=MAX_NAME, description="An actor's name, in any form.")] = None,
    place: Annotated[str | None, Query(max_length=MAX_NAME, description="The place's name, in any form.")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="A CAMEO root code (01–20).")] = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Json:
    """Events, newest day first (an event's day is its own full date, else its document's
    publication day): `total`, `events` (each with document, type, cameo_root, quad_class, day,
    actors, place, summary, modality), and `days`: per day, the count per QuadClass (`quad`,
    named in `quad_classes`). An actor or place that names no entity matches no event."""
    since, until = real_date("since", since), real_date("until", until)
    return db.find_events(actor=actor or None, place=place or None, root=root, since=since, until=until,
                          limit=limit, offset=offset)


@router.get("/api/facets")
def facets(
    db: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="The search, as /api/search takes it.")],
    entity: Annotated[str | None, Query(max_length=MAX_NAME)] = None,
    since: Since = None,
    until: Until = None,
    source: Annotated[str | None, Query(max_length=MAX_NAME)] = None,
    event_type: Annotated[str | None, Query(max_length=MAX_NAME)] = None,
) -> Json:
    """Counts over the best hits of a search (same parameters as /api/search): `hits`, the
    `entities` and `sources` in most of them, publication `months` and `event_types`, each with
    its number of documents."""
    since, until = real_date("since", since), real_date("until", until)
    return db.search_facets(q, SearchFilters(since=since, until=until, source=source or None,
                                             event_type=event_type or None), entity=entity or None)
