"""`newsgraph serve`: the HTTP API and the web reader over a store, run by uvicorn."""
from __future__ import annotations

from typing import Optional

import typer

from newsgraph.cli.app import app, err

# Each waiting connection holds a little memory and a file descriptor; a reader and a few
# scripts need far fewer than this.
MAX_CONNECTIONS = 64


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", show_default=False,
                                     help="Store: a SQLite file or a postgresql:// URL "
                                          "(default: $NEWSGRAPH_DB, else ./newsgraph.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    allow_host: list[str] = typer.Option([], "--allow-host", show_default=False,
                                         help="A host name clients may reach this server by (repeatable; '*': any). "
                                              "Always allowed: localhost, 127.0.0.1, ::1."),
    max_connections: int = typer.Option(MAX_CONNECTIONS, "--max-connections", min=1,
                                        help="Open connections and requests at once; more get 503."),
    private: bool = typer.Option(False, "--private", help="Reading needs a login (default: open to anonymous readers)."),
    insecure_cookies: bool = typer.Option(False, "--insecure-cookies",
                                          help="Send session cookies over plain http too: only for a server "
                                               "on loopback, never behind a public address."),
    workers: int = typer.Option(1, "--workers", min=1, max=64,
                                help="Server processes sharing the port (readers' requests spread over them); each "
                                     "loads its analysis models on its first analysis."),
) -> None:
    """The HTTP API (/api/...) and the web reader (/) over a store; Ctrl-C stops it."""
    import json
    import os

    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.api.app import SERVE_SETTINGS, warm_up_readers
    from newsgraph.api.guard import LOCAL_HOSTS

    bound = () if host in ("0.0.0.0", "::", "") else (host,)  # an address given is a name clients use
    settings = {"db_url": db, "allowed_hosts": [*LOCAL_HOSTS, *bound, *allow_host], "private": private,
                "secure_cookies": not insecure_cookies}
    options = {"host": host, "port": port, "log_level": "info", "limit_concurrency": max_connections,
               "timeout_keep_alive": 5, "h11_max_incomplete_event_size": 64 * 1024}
    application = create_app(**settings)  # opens (and migrates) the store once, here, or says why not
    if workers > 1:
        url = application.state.stores.url
        application.state.stores.close()
        os.environ[SERVE_SETTINGS] = json.dumps(settings)
        err.print(f"newsgraph: serving {url} at http://{host}:{port}/ with {workers} processes", markup=False)
        uvicorn.run("newsgraph.api.app:app_from_settings", factory=True, workers=workers, **options)
        return
    err.print("loading models…", markup=False)
    application.state.analysis.start()
    warm_up_readers()
    err.print(f"newsgraph: serving {application.state.stores.url} at http://{host}:{port}/", markup=False)
    uvicorn.run(application, **options)

