"""The JSON endpoints: thin handlers that call the store or the pipeline and return their
records in dict form. Errors are raised, never formatted here (see `status`)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from newsgraph.api.extract import ExtractBatch, ExtractRequest
from newsgraph.api.status import ERROR_RESPONSES
from newsgraph.corpus import Corpus
from newsgraph.store import SearchFilters

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_LIMIT = 500
# Past this many documents a page is empty anyway; the bound keeps the number a 64-bit integer.
MAX_OFFSET = 1_000_000_000
# Names, ids and filters: longer than any real one, short enough for every backend's LIKE.
MAX_NAME = 300

router = APIRouter(responses=ERROR_RESPONSES)


def store(request: Request) -> Corpus:
    return request.app.state.stores.get()


StoreDep = Annotated[Corpus, Depends(store)]
Json = dict[str, Any]


def real_date(name: str, value: str | None) -> str | None:
    """`value` if it is a real ISO date (2024, 2024-02, 2024-02-29); else a 422 naming `name`."""
    from newsgraph.read.hygiene import published_date

    if value is not None and published_date(value) != value:
        raise HTTPException(422, f"{name}: {value!r} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def short(name: str, value: str) -> str:
    """`value` if it is at most MAX_NAME characters; else a 422 naming `name`."""
    if len(value) > MAX_NAME:
        raise HTTPException(422, f"{name}: longer than {MAX_NAME} characters")
    return value


def found(value, what: str):
    """`value`, or a 404 naming what was looked for."""
    if value is None:
        raise HTTPException(404, f"no {what} in the store")
    return value


@router.get("/healthz", tags=["service"])
def healthz(db: StoreDep) -> Json:
    """Liveness and the store's schema version; 503 when the store cannot be read."""
    return {"status": "ok", "schema_version": db.version()}


@router.get("/api/stats", tags=["corpus"])
def stats(db: StoreDep) -> Json:
    """Counts of documents, entities, mentions, quotes, money, dates, events, stories, sources."""
    return db.stats()


@router.get("/api/search", tags=["corpus"])
def search(
    db: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description=(
        'Words in any form, all required; "a phrase", a OR b (a | b), -word or NOT word, prefix*, '
        '(groups). A query that cannot be parsed is 422 with the reason.'))],
    entity: Annotated[str | None, Query(max_length=MAX_NAME, description="Only documents mentioning this entity.")] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or after (ISO date).")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or before (ISO date).")] = None,
    source: Annotated[str | None, Query(max_length=MAX_NAME, description="Part of the outlet's name "
                                                                          "(% and _ are literal).")] = None,
    event_type: Annotated[str | None, Query(max_length=MAX_NAME, description="An event type or CAMEO root code.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 10,
) -> list[Json]:
    """Full-text search over lemmas, best first: the hits of `newsgraph search --json` (id, title,
    published, snippet with matched words in `<b>…</b>`, score), each with its outlet (`source`),
    `url` and `lead` (the start of its body)."""
    since, until = real_date("since", since), real_date("until", until)
    hits = db.search(q, SearchFilters(since=since, until=until, source=source or None,
                                      event_type=event_type or None), limit=limit, entity=entity or None)
    cards = db.document_cards([h.id for h in hits])
    return [{**h.to_dict(), **cards.get(h.id, {"source": None, "url": None, "lead": None})} for h in hits]


@router.get("/api/documents", tags=["corpus"])
def documents(
    db: StoreDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Json:
    """Stored documents, newest first, a page at a time: total, limit, offset, documents."""
    return db.recent_documents(limit, offset)


@router.get("/api/documents/{doc_id:path}", tags=["corpus"])
def document(doc_id: str, db: StoreDep) -> Json:
    """One stored Document (schema newsgraph.document/1), by its id or an id it also arrived under."""
    return found(db.load(short("document id", doc_id)), f"document {doc_id!r}").to_dict()


@router.get("/api/entities/{name:path}", tags=["corpus"])
def entity(name: str, db: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Json:
    """A person, place or organisation across the corpus: the object of `newsgraph entity --json`."""
    return found(db.entity(short("entity name", name), limit=limit), f"entity named {name!r}")


@router.get("/api/stories/{ref:path}", tags=["corpus"])
def story(ref: str, db: StoreDep) -> Json:
    """A story's documents in publication order, by story id (`s12`) or the id of one of its documents."""
    return found(db.story(short("story id", ref)), f"story or document {ref!r}")


@router.post("/api/extract", tags=["analysis"], responses={429: {"description": "Analysis queue full"}})
async def extract(req: ExtractRequest, request: Request) -> Json:
    """Analyse a text or an HTML page and return its Document (schema newsgraph.document/1); nothing is stored.
    Analyses queue for a few workers: 429 when the queue is full, 503 past the deadline."""
    return await request.app.state.analysis.analyse("one", req.model_dump(), request)


@router.post("/api/extract/batch", tags=["analysis"], responses={429: {"description": "Analysis queue full"}})
async def extract_batch(batch: ExtractBatch, request: Request) -> Json:
    """Analyse several pages as one set (the lines a site repeats across them count as its chrome, as in
    `newsgraph extract`): `documents` in request order (null where one failed) and `errors`; nothing is stored."""
    return await request.app.state.analysis.analyse("batch", batch.model_dump(), request)
