"""`newsgraph serve`: the HTTP API and the web reader over a store, run by uvicorn."""
from __future__ import annotations

from typing import Optional

import typer

from newsgraph.cli.app import app, err


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", show_default=False,
                                     help="Store: a SQLite file or a postgresql:// URL "
                                          "(default: $NEWSGRAPH_DB, else ./newsgraph.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """The HTTP API (/api/...) and the web reader (/) over a store; Ctrl-C stops it."""
    import uvicorn

    from newsgraph.api import create_app, load_models

    application = create_app(db)
    err.print("loading models…", markup=False)
    load_models()
    err.print(f"newsgraph: serving {application.state.stores.url} at http://{host}:{port}/", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="info")
