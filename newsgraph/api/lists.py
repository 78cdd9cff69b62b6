"""Lists of what the store holds: corpus entities and stories, filtered and sorted (the objects
of `newsgraph entities --json` and `newsgraph stories --json`)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from newsgraph.api.routes import ISO_DATE, MAX_LIMIT, MAX_NAME, MAX_OFFSET, Json, StoreDep, real_date
from newsgraph.api.status import ERROR_RESPONSES
from newsgraph.store import ListFilters

router = APIRouter(responses=ERROR_RESPONSES)
Sort = Literal["size", "recent"]


@router.get("/api/entities", tags=["corpus"])
def entities(
    db: StoreDep,
    type: Annotated[Literal["PER", "LOC", "ORG"] | None, Query(description="Only entities of this type.")] = None,
    prefix: Annotated[str | None, Query(max_length=MAX_NAME, description="A name's start (any name the entity "
                                                                         "was seen under; case and ё aside).")] = None,
    source: Annotated[str | None, Query(max_length=MAX_NAME, description="Part of an outlet's name.")] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Named on or after (ISO date).")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Named on or before (ISO date).")] = None,
    sort: Annotated[Sort, Query(description="size: most documents first; recent: latest first.")] = "size",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> list[Json]:
    """Corpus entities with the number of documents naming them and the first and last dates."""
    since, until = real_date("since", since), real_date("until", until)
    return db.entities(ListFilters(type=type, prefix=prefix or None, source=source or None, since=since,
                                   until=until), sort, limit, offset)


@router.get("/api/stories", tags=["corpus"])
def stories(
    db: StoreDep,
    entity: Annotated[str | None, Query(max_length=MAX_NAME, description="Only stories with a document "
                                                                         "mentioning this entity.")] = None,
    source: Annotated[str | None, Query(max_length=MAX_NAME, description="Part of an outlet's name.")] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or after (ISO date).")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or before (ISO date).")] = None,
    min_size: Annotated[int, Query(ge=1, le=MAX_OFFSET, description="At least this many documents.")] = 1,
    sort: Annotated[Sort, Query(description="size: largest first; recent: latest first.")] = "size",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> list[Json]:
    """Stories with their size, dates, the title of their first document and their outlets."""
    since, until = real_date("since", since), real_date("until", until)
    return db.stories(ListFilters(source=source or None, since=since, until=until, min_size=min_size), sort,
                      limit, offset, entity=entity or None)
