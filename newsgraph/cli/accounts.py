"""Account commands: `newsgraph users add|list|remove` and `newsgraph alerts run` (thin layers
over `newsgraph.accounts`)."""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from newsgraph.cli.app import app, err, report_error
from newsgraph.errors import AccountError, NewsgraphError

DB_HELP = "Store: a SQLite file or a postgresql:// URL [default: $NEWSGRAPH_DB or ./newsgraph.db]."
DbOption = typer.Option(None, "--db", help=DB_HELP, show_default=False)

users = typer.Typer(no_args_is_help=True, help="Accounts of the web workspace: add, list, remove.")
alerts = typer.Typer(no_args_is_help=True, help="Watchlist alerts: match new documents, send webhooks.")
app.add_typer(users, name="users")
app.add_typer(alerts, name="alerts")


def _open(db: Optional[str], create: bool = False):
    from newsgraph.corpus import open_corpus
    from newsgraph.store import require_store

    try:
        if not create:
            require_store(db)
        return open_corpus(db)
    except NewsgraphError as exc:
        report_error(exc)
        raise typer.Exit(1)


def read_password() -> str:
    """From a prompt (asked twice) on a terminal; else the first line of standard input."""
    if sys.stdin.isatty():
        return typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@users.command("add")
def users_add(
    name: str = typer.Argument(..., help="The login name (2-64 letters, digits or . _ @ -)."),
    admin: bool = typer.Option(False, "--admin", help="An admin: manages sources and users."),
    db: Optional[str] = DbOption,
) -> None:
    """Create an account; the password comes from a prompt, or from standard input when piped
    (`printf '%s\\n' "$PASS" | newsgraph users add anna --admin`)."""
    from newsgraph.accounts import Accounts

    password = read_password()
    with _open(db, create=True) as corpus:
        try:
            user = Accounts(corpus.store.db).add_user(name, password, admin)
        except AccountError as exc:
            err.print(f"newsgraph: {exc.message}", markup=False)
            raise typer.Exit(1)
    err.print(f"added {'admin' if user.admin else 'user'} {user.display}", markup=False)


@users.command("list")
def users_list(
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per user: name, admin."),
) -> None:
    """Every account, by name."""
    from newsgraph.accounts import Accounts

    with _open(db) as corpus:
        found = Accounts(corpus.store.db).users()
    for user in found:
        if as_json:
            sys.stdout.write(json.dumps(user.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{user.display}{'  (admin)' if user.admin else ''}\n")


@users.command("remove")
def users_remove(name: str = typer.Argument(..., help="The login name."), db: Optional[str] = DbOption) -> None:
    """Delete an account with its sessions, watchlist and alerts."""
    from newsgraph.accounts import Accounts

    with _open(db) as corpus:
        if not Accounts(corpus.store.db).remove_user(name):
            err.print(f"newsgraph: no user named {name!r}", markup=False)
            raise typer.Exit(1)
    err.print(f"removed {name}", markup=False)


@alerts.command("run")
def alerts_run(
    db: Optional[str] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="The run's counts as one JSON object."),
) -> None:
    """Match the documents stored since the last run against every watchlist, record the new
    matches and send the webhooks they owe (each once); for cron. Exit 1 if a delivery failed for good."""
    from newsgraph.accounts import match_new

    with _open(db) as corpus:
        report = match_new(corpus)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        err.print(f"{report.documents} documents, {report.matches} new matches, {report.sent} webhooks sent, "
                  f"{report.failed} failed", markup=False)
    raise typer.Exit(1 if report.failed else 0)
