"""Store failures as one clear line: a lock held too long, a full disk, a read-only file, a
schema from a newer newsgraph, a mistyped path, a URL of another database."""
import sqlite3

import pytest
from typer.testing import CliRunner

from newsgraph.errors import StoreError
from newsgraph.store import open_store
from newsgraph.store.db import connect, sqlite_reason


@pytest.mark.parametrize("url", ["mysql://user:secret@host/db", "http://example.com/x.db", "sqlite://x.db",
                                 "redis://localhost", "file:x.db"])
def test_unknown_url_schemes_are_refused(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="unknown store URL scheme") as caught:
        connect(url)
    assert "secret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # no file named after the URL


def test_sqlite_url_form_is_a_path(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        assert store.version() > 0
    assert (tmp_path / "a.db").is_file()


@pytest.mark.parametrize("command", [["search", "слово"], ["stats"], ["entity", "Токаев"], ["story", "s1"],
                                     ["export"]])
def test_read_only_commands_never_create_a_store(command, tmp_path):
    from newsgraph.cli import app

    missing = tmp_path / "typo" / "newsgarph.db"
    result = CliRunner().invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 1
    assert "no store here" in result.output and "Traceback" not in result.output
    assert not missing.exists() and not missing.parent.exists()


def test_a_newer_schema_is_one_line(tmp_path):
    url = str(tmp_path / "new.db")
    with open_store(url) as store:
        store.db.run("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'now')")
    with pytest.raises(StoreError, match="newer than this newsgraph knows"):
        open_store(url)


def test_a_lock_held_too_long_is_one_line(tmp_path, monkeypatch):
    url = str(tmp_path / "busy.db")
    open_store(url).close()
    holder = sqlite3.connect(url, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(url) as store:
            store.db.conn.execute("PRAGMA busy_timeout=50")
            with pytest.raises(StoreError, match="the store is busy"):
                with store.db.transaction():
                    store.db.run("INSERT INTO schema_version (version, name, applied_at) VALUES (500, 'x', 'y')")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_full_disk_is_one_line_and_the_batch_is_rolled_back(tmp_path):
    url = str(tmp_path / "full.db")
    with open_store(url) as store:
        pages = store.db.one("PRAGMA page_count")[0]
        store.db.run(f"PRAGMA max_page_count={pages}")
        with pytest.raises(StoreError, match="disk holding the store is full"):
            with store.db.transaction():
                store.db.many("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                              [(1000 + n, "x" * 2000, "y") for n in range(200)])
        assert store.db.one("SELECT COUNT(*) FROM schema_version WHERE version >= 1000")[0] == 0


@pytest.mark.parametrize("message, says", [
    ("attempt to write a readonly database", "read-only"),
    ("database or disk is full", "disk holding the store is full"),
    ("database is locked", "busy"),
    ("file is not a database", "not a newsgraph store"),
    ("unable to open database file", "cannot open"),
])
def test_sqlite_errors_read_as_what_they_mean(message, says):
    assert says in sqlite_reason(sqlite3.OperationalError(message))


def test_a_file_that_is_not_a_store_is_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are notes, not a database" * 100)
    with pytest.raises(StoreError, match="not a newsgraph store"):
        open_store(str(path))
