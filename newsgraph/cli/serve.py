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
) -> None:
    """The HTTP API (/api/...) and the web reader (/) over a store; Ctrl-C stops it."""
    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.api.guard import LOCAL_HOSTS

    bound = () if host in ("0.0.0.0", "::", "") else (host,)  # an address given is a name clients use
    application = create_app(db, allowed_hosts=(*LOCAL_HOSTS, *bound, *allow_host), private=private,
                             secure_cookies=not insecure_cookies)
    err.print("loading models…", markup=False)
    application.state.analysis.start()
    from newsgraph.resources import get_resources

    get_resources().parse("новости")  # the morphology of searches and entity names, before the first reader
    from newsgraph.accounts.passwords import decoy_hash

    decoy_hash()  # made now, so the first login naming nobody takes no longer than any other
    err.print(f"newsgraph: serving {application.state.stores.url} at http://{host}:{port}/", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="info", limit_concurrency=max_connections,
                timeout_keep_alive=5, h11_max_incomplete_event_size=64 * 1024)
