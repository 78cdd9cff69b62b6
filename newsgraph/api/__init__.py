"""The HTTP API: `create_app(db_url)` gives a FastAPI application with the JSON endpoints
(`/api/...`, `/healthz`) and the web reader at `/`. Handlers only call the store and the
pipeline; `status` maps every exception to its HTTP status in one place."""
from newsgraph.api.app import create_app
from newsgraph.api.extract import load_models

__all__ = ["create_app", "load_models"]
