"""The application: JSON endpoints, the error mapper, the body cap and the web reader."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from newsgraph import SCHEMA, __version__
from newsgraph.api.limits import MAX_REQUEST_BYTES, BodyLimit
from newsgraph.api.routes import router
from newsgraph.api.status import install_error_handlers
from newsgraph.api.stores import StorePool


def create_app(db_url: str | None = None, max_body: int = MAX_REQUEST_BYTES) -> FastAPI:
    """The newsgraph HTTP API and web reader over the store at `db_url` (default: NEWSGRAPH_DB,
    else ./newsgraph.db). The store is opened (and migrated) here, so a store that cannot be
    opened raises StoreError at once; models load on first use, once per process."""
    from newsgraph.web import mount_reader

    stores = StorePool(db_url)
    stores.get()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    # FastAPI's own /docs and /redoc pages load their scripts from a CDN; the reader stays
    # offline, so only the schema itself is served (/openapi.json).
    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description=f"Russian-language news as Documents ({SCHEMA}): search, entities, stories "
                              f"and analysis of posted text.")
    app.state.stores = stores
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.include_router(router)
    mount_reader(app)
    return app
