"""The application: JSON endpoints, the error mapper, the body cap and the web reader."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from newsgraph import SCHEMA, __version__
from newsgraph.api.accounts import install_accounts
from newsgraph.api.extract import ANALYSIS_DEADLINE_S, ANALYSIS_WAITING, ANALYSIS_WORKERS, AnalysisQueue
from newsgraph.api.guard import LOCAL_HOSTS, Guard
from newsgraph.api.limits import MAX_REQUEST_BYTES, BodyLimit
from newsgraph.api.lists import router as lists_router
from newsgraph.api.routes import router
from newsgraph.api.status import install_error_handlers
from newsgraph.api.stores import StorePool
from newsgraph.api.workspace import router as workspace_router


def create_app(db_url: str | None = None, max_body: int = MAX_REQUEST_BYTES,
               allowed_hosts: tuple[str, ...] | list[str] = LOCAL_HOSTS,
               analysis: AnalysisQueue | None = None, private: bool = False,
               secure_cookies: bool = True) -> FastAPI:
    """The newsgraph HTTP API and web reader over the store at `db_url` (default: NEWSGRAPH_DB,
    else ./newsgraph.db). The store is opened (and migrated) here, so a store that cannot be
    opened raises StoreError at once; models load on first use, once per process. Requests
    naming another Host than `allowed_hosts` ("*": any) get 400; analyses run in `analysis`
    (default: ANALYSIS_WORKERS workers, ANALYSIS_WAITING waiting, ANALYSIS_DEADLINE_S each).
    `private`: reading needs a login; `secure_cookies`: session cookies only over https."""
    from newsgraph.web import mount_reader

    stores = StorePool(db_url)
    stores.get()
    queue = analysis or AnalysisQueue(ANALYSIS_WORKERS, ANALYSIS_WAITING, ANALYSIS_DEADLINE_S)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        queue.close()
        stores.close()

    # FastAPI's own /docs and /redoc pages load their scripts from a CDN; the reader stays
    # offline, so only the schema itself is served (/openapi.json).
    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description=f"Russian-language news as Documents ({SCHEMA}): search, entities, stories "
                              f"and analysis of posted text.")
    app.state.stores = stores
    app.state.analysis = queue
    install_error_handlers(app)
    install_accounts(app, private=private, secure_cookies=secure_cookies)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(Guard, allowed_hosts=tuple(allowed_hosts))  # added last: runs first
    app.include_router(router)
    app.include_router(workspace_router)
    app.include_router(lists_router)
    mount_reader(app)
    return app


# `newsgraph serve --workers N` hands each server process its settings (JSON) in this variable.
SERVE_SETTINGS = "NEWSGRAPH_SERVE_SETTINGS"


def app_from_settings() -> FastAPI:
    """The application of one of several server processes (`serve --workers N`): `create_app`
    with the settings `serve` left in SERVE_SETTINGS, warmed up for its first reader."""
    import json
    import os

    app = create_app(**json.loads(os.environ.get(SERVE_SETTINGS, "{}")))
    warm_up_readers()
    return app


def warm_up_readers() -> None:
    """Load what the first reader would otherwise wait for: the morphology of searches and
    entity names, and the decoy hash (so the first login naming nobody takes no longer than any other)."""
    from newsgraph.accounts.passwords import decoy_hash
    from newsgraph.resources import get_resources

    get_resources().parse("новости")
    decoy_hash()
