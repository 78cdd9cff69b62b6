"""Connections: the two backends behind one small handle.

`Database` runs portable SQL written with `?` placeholders (`run`, `one`, `all`, `many`), opens
write transactions, applies migrations and knows its backend's full-text dialect. SQLite and
PostgreSQL differ only here; everything above speaks through these methods.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store.migrate import VERSION_TABLE, Migration, read_migrations, statements
from newsgraph.store.query import Node, to_fts5, to_tsquery

HERE = Path(__file__).resolve().parent
# A reader waits this long for a writer's lock instead of failing; WAL readers rarely wait at all.
BUSY_TIMEOUT_MS = 30_000
# Prepared statements kept per connection. Lookups with IN lists of varying length are each
# their own statement; with the default 128 a save evicted the statements it reuses most.
STATEMENT_CACHE = 1024
# A connection that writes keeps more pages in memory (KiB) and lets the WAL grow further (pages)
# before copying it back: the lookups and index inserts of a save land on pages all over a large
# store, and a page written by several batches is then copied once. Readers keep the defaults.
WRITER_CACHE_KIB = 32_768
WRITER_CHECKPOINT_PAGES = 4_000


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Database:
    """One connection to a store; subclasses bind a backend."""

    schema_file = HERE / "schema.sql"
    dialect: str
    url: str
    dsn: str  # what `connect` was given: the URL with its password

    def run(self, sql: str, params=()):
        raise NotImplementedError

    def one(self, sql: str, params=()):
        return self.run(sql, params).fetchone()

    def all(self, sql: str, params=()) -> list:
        return self.run(sql, params).fetchall()

    def many(self, sql: str, rows) -> None:
        raise NotImplementedError

    def transaction(self):
        raise NotImplementedError

    def close(self) -> None:
        self.conn.close()

    def version(self) -> int:
        self.run(VERSION_TABLE)
        row = self.one("SELECT MAX(version) FROM schema_version")
        return row[0] or 0

    def migrate(self, target: int | None = None) -> int:
        """Apply pending migrations up to `target` (default: all); returns the version reached."""
        migrations = read_migrations(self.schema_file, self.dialect)
        target = len(migrations) if target is None else target
        current = self.version()
        if current > len(migrations):
            raise StoreError(f"store schema version {current} is newer than this newsgraph "
                             f"knows ({len(migrations)})", self.url)
        for m in migrations[current:target]:
            self.apply(m)
        return max(current, target)

    def apply(self, m: Migration) -> None:
        with self.transaction():
            if self.one("SELECT 1 FROM schema_version WHERE version = ?", (m.version,)):
                return  # another process applied it while we waited for the lock
            for stmt in statements(m.sql):
                self.run(stmt)
            self.run("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                     (m.version, m.name, now()))

    # Full text: the backend's query and score for a query tree (see store/query.py).
    def match_clause(self, query: Node) -> tuple[str, list, str, list, str]:
        """(join fragment, its params, WHERE fragment, its params, score expression) over
        `documents d`; a higher score is a better match."""
        raise NotImplementedError

    def rounded(self, expr: str, digits: int) -> str:
        """SQL for `expr` rounded to `digits` decimals."""
        return f"ROUND({expr}, {digits})"

    def index_text(self, key: int, lemmas: str) -> None:
        """Add a document's lemma string to the full-text index (inside the save transaction)."""

    # At most this many matches of a search are ranked, the newest stored (None: all of them);
    # where ranked so, the columns the score expression reads (under their own names).
    rank_at_most: int | None = None
    score_reads = ""

    def estimated_rows(self, sql: str, params=()) -> float | None:
        """The planner's estimate of how many rows `sql` (a SELECT) gives; None where the backend
        has none to offer."""
        return None

    # Whether each document keeps its corpus entities' ids in an indexed column (`entity_ids`,
    # migration 12), which a search within an entity's documents reads beside the full-text index.
    entity_ids = False

    # Several writers at once (PostgreSQL alone; SQLite has one writer at a time).
    parallel_writers = False

    def reserve(self, table: str, column: str, n: int) -> list[int]:
        """`n` new values, increasing, of the numbered `column` of `table` that no other writer
        will take (`documents.key`, `texts.id`)."""
        raise StoreError("this store takes one writer at a time; it reserves no keys", self.url)

    def lock(self, names: list[int]) -> None:
        """Hold the locks `names` (64-bit numbers) until the open transaction ends; a writer
        alone needs none."""


# SQLite's own words for the failures a user can meet, and what to say instead.
_SQLITE_REASONS = (
    ("database is locked", f"the store is busy: another process held its write lock for over "
                           f"{BUSY_TIMEOUT_MS // 1000} s; try again when it is done"),
    ("database or disk is full", "the disk holding the store is full; nothing of this batch was stored"),
    ("readonly database", "the store is read-only (its file or folder cannot be written)"),
    ("unable to open database file", "cannot open the store file (a missing folder or no permission)"),
    ("file is not a database", "not a newsgraph store (the file is not an SQLite database)"),
    ("disk i/o error", "the disk failed while reading or writing the store"),
)


def sqlite_reason(exc: Exception) -> str:
    """One line saying what an sqlite3 error means for the user.

    >>> sqlite_reason(Exception("database is locked"))[:18]
    'the store is busy:'
    """
    text = str(exc)
    for words, reason in _SQLITE_REASONS:
        if words in text.lower():
            return f"{reason} ({text})"
    return text


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: str, create: bool = True):
        import sqlite3

        self.url = self.dsn = path
        if path != ":memory:":
            if not create and not Path(path).expanduser().is_file():
                raise StoreError("no store here (a mistyped --db? `newsgraph ingest` creates one)", path)
            try:
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's folder ({exc.strerror or exc})", path) from None
        try:
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                        check_same_thread=False, cached_statements=STATEMENT_CACHE)
            # WAL: readers see the last commit and never wait for the ingest, nor it for them.
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # NORMAL in WAL mode loses nothing when a process is killed, only on power loss.
            self.conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store: {sqlite_reason(exc)}", path) from exc
        self._errors = sqlite3.Error
        self._writing = False

    def run(self, sql: str, params=()):
        try:
            return self.conn.execute(sql, params)
        except self._errors as exc:
            raise StoreError(f"{sqlite_reason(exc)} in: {sql.split()[0]} ...", self.url) from exc

    def many(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            try:
                self.conn.executemany(sql, rows)
            except self._errors as exc:
                raise StoreError(f"{sqlite_reason(exc)} in: {sql.split()[0]} ...", self.url) from exc

    @contextlib.contextmanager
    def transaction(self):
        if not self._writing:
            self._writing = True
            self.run(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
            self.run(f"PRAGMA wal_autocheckpoint={WRITER_CHECKPOINT_PAGES}")
        # IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
        self.run("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except self._errors:
                    pass  # SQLite rolled back itself (disk full, I/O error); the first error says why
            raise
        try:
            self.conn.execute("COMMIT")
        except self._errors as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"{sqlite_reason(exc)} in: COMMIT", self.url) from exc

    def match_clause(self, query):
        query = to_fts5(query)
        # bm25 is smaller for better matches; negate it so a higher score is better everywhere.
        return ("JOIN doc_fts ON doc_fts.rowid = d.key", [], "doc_fts MATCH ?", [query], "-bm25(doc_fts)")

    def index_text(self, key: int, lemmas: str) -> None:
        self.run("INSERT INTO doc_fts (rowid, lemmas) VALUES (?, ?)", (key, lemmas))

    def integrity(self) -> str:
        return self.one("PRAGMA integrity_check")[0]


# The values of one row in an INSERT, and how many parameters one statement may carry. Rows
# go 256 to a statement: longer statements cost more to parse than the round trips they save,
# and statements of one length are parsed once.
_VALUES = re.compile(r"\bVALUES\s*(\(\s*\?(?:\s*,\s*\?)*\s*\))")
MAX_PARAMETERS = 65_535
ROWS_PER_INSERT = 256


class PostgresDatabase(Database):
    dialect = "postgres"

    def __init__(self, url: str):
        import psycopg

        self.url = re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", url)  # never print a password
        self.dsn = url  # for the writers this process starts, never for printing
        try:
            # Statements run often are prepared; each is still planned for its own parameters,
            # since one plan for every word would rank all matches of a common one.
            self.conn = psycopg.connect(url, autocommit=True, options="-c plan_cache_mode=force_custom_plan")
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL ({exc})".strip(), self.url) from exc
        self._errors = psycopg.Error
        self._sql_cache: dict[str, str] = {}

    def _sql(self, sql: str) -> str:
        out = self._sql_cache.get(sql)
        if out is None:
            if len(self._sql_cache) >= STATEMENT_CACHE:  # IN lists of every length: keep it bounded
                self._sql_cache.clear()
            out = self._sql_cache[sql] = sql.replace("%", "%%").replace("?", "%s")
        return out

    def run(self, sql: str, params=()):
        try:
            return self.conn.execute(self._sql(sql), params or None)
        except self._errors as exc:
            raise StoreError(f"{exc}".strip() + f" in: {sql.split()[0]} ...", self.url) from exc

    def many(self, sql: str, rows) -> None:
        # One INSERT with many rows of values is one round trip to the server; executemany
        # costs about one per row, which was most of a save's time.
        rows = list(rows)
        values = _VALUES.search(sql)
        if values is None:
            if rows:
                with self.conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
            return
        group = values.group(1)
        per = max(1, min(ROWS_PER_INSERT, MAX_PARAMETERS // group.count("?")))
        for i in range(0, len(rows), per):
            part = rows[i:i + per]
            self.run(sql[:values.start(1)] + ", ".join([group] * len(part)) + sql[values.end(1):],
                     [v for row in part for v in row])

    @contextlib.contextmanager
    def transaction(self):
        with self.conn.transaction():
            yield

    parallel_writers = True
    entity_ids = True
    # ts_rank_cd reads each match's tsvector from its table (0.03-0.13 ms a news item; a word in
    # most of 3 000 documents took 340 ms to rank whole on a loaded machine, and a store grows to
    # millions). The newest 500 matches are ranked, which the primary key (newest first, for a
    # common word) or the GIN index (for a rare one) finds without reading the rest; a search
    # with fewer matches ranks every one, as before.
    rank_at_most = 500
    score_reads = "d.lemma_tsv, q"

    def reserve(self, table: str, column: str, n: int) -> list[int]:
        return [r[0] for r in self.all("SELECT nextval(pg_get_serial_sequence(?, ?)) FROM generate_series(1, ?)",
                                       (table, column, n))]

    def lock(self, names: list[int]) -> None:
        # In one order for every writer, so two of them never wait for each other in a circle;
        # one statement for them all (unnest keeps the array's order).
        if names:
            self.run("SELECT COUNT(pg_advisory_xact_lock(k)) FROM unnest(?::bigint[]) AS k", (sorted(set(names)),))

    def match_clause(self, query):
        query = to_tsquery(query)
        return (", to_tsquery('simple', ?) q", [query], "d.lemma_tsv @@ q", [], "ts_rank_cd(d.lemma_tsv, q)")

    def estimated_rows(self, sql: str, params=()) -> float | None:
        plan = self.one("EXPLAIN (FORMAT JSON) " + sql, params)[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        return float(plan[0]["Plan"]["Plan Rows"])

    def rounded(self, expr: str, digits: int) -> str:
        return f"ROUND(CAST({expr} AS NUMERIC), {digits})"

    def integrity(self) -> str:
        return "ok"


# "scheme:" at the start of a store name: a URL, not a file path (a Windows drive letter is one letter).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def connect(url: str, create: bool = True) -> Database:
    """A handle for a `postgresql://` URL or a SQLite path (`sqlite:///path`, SQLAlchemy's form,
    also accepted). `create=False` refuses a SQLite path where there is no store yet. Raises
    StoreError for any other URL scheme (mysql://, http://, ...)."""
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(url)
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        url = url[len("sqlite:///"):]
    elif scheme := _SCHEME.match(url):
        raise StoreError(f"unknown store URL scheme {scheme.group(1)!r}: give a SQLite file path, "
                         f"sqlite:///path or a postgresql:// URL", re.sub(r"://[^@/]*@", "://***@", url))
    if not url.strip():
        raise StoreError("empty store path", url)
    return SQLiteDatabase(os.fspath(url), create=create)
