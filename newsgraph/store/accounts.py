"""Accounts, sessions, watch items, their matches and alert deliveries on disk (migration 8).

`AccountTables(db)` keeps and finds; every rule (hashing, token checks, what matches a watch
item, when to retry a webhook) lives in `newsgraph.accounts`, which asks through these verbs.
Secrets never reach these tables in the clear: passwords arrive as Argon2 hashes, session and
feed tokens as SHA-256 digests.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.store.db import Database, now


@dataclass(frozen=True)
class User:
    id: int
    name: str          # folded: the key a login looks up
    display: str       # as typed at sign-up
    password: str      # the Argon2 hash
    admin: bool
    seen_match: int

    def to_dict(self) -> dict:
        return {"name": self.display, "admin": self.admin}


@dataclass(frozen=True)
class WatchItem:
    id: int
    user_id: int
    kind: str
    label: str
    spec: str          # JSON
    since_doc: int


@dataclass(frozen=True)
class Delivery:
    id: int
    webhook: int
    url: str
    idem_key: str
    attempts: int
    user_id: int
    item: int
    label: str
    doc_id: str
    title: str | None
    published: str | None


USER_COLUMNS = "id, name, display, password, admin, seen_match"
ITEM_COLUMNS = "id, user_id, kind, label, spec, since_doc"


def _user(row) -> User | None:
    return None if row is None else User(row[0], row[1], row[2], row[3], bool(row[4]), row[5])


class AccountTables:
    """The account tables of one store connection."""

    def __init__(self, db: Database):
        self.db = db

    # Users
    def add_user(self, name: str, display: str, password: str, admin: bool = False) -> int | None:
        """A new user's id; None when `name` is taken."""
        row = self.db.one("INSERT INTO users (name, display, password, admin, created_at) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT (name) DO NOTHING RETURNING id", (name, display, password, int(admin), now()))
        return None if row is None else row[0]

    def user_named(self, name: str) -> User | None:
        return _user(self.db.one(f"SELECT {USER_COLUMNS} FROM users WHERE name = ?", (name,)))

    def user(self, user_id: int) -> User | None:
        return _user(self.db.one(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (user_id,)))

    def users(self) -> list[User]:
        return [_user(r) for r in self.db.all(f"SELECT {USER_COLUMNS} FROM users ORDER BY name")]

    def set_password(self, user_id: int, password: str) -> None:
        self.db.run("UPDATE users SET password = ? WHERE id = ?", (password, user_id))

    def set_admin(self, user_id: int, admin: bool) -> None:
        self.db.run("UPDATE users SET admin = ? WHERE id = ?", (int(admin), user_id))

    def remove_user(self, user_id: int) -> None:
        """Delete a user with their sessions, watch items, matches, webhooks and deliveries."""
        with self.db.transaction():
            items = "SELECT id FROM watch_items WHERE user_id = ?"
            self.db.run(f"DELETE FROM deliveries WHERE webhook IN (SELECT id FROM webhooks WHERE user_id = ?) "
                        f"OR match_id IN (SELECT id FROM watch_matches WHERE item IN ({items}))", (user_id, user_id))
            self.db.run(f"DELETE FROM watch_matches WHERE item IN ({items})", (user_id,))
            for table in ("watch_items", "webhooks", "sessions"):
                self.db.run(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            self.db.run("DELETE FROM users WHERE id = ?", (user_id,))

    def admins(self) -> int:
        return self.db.one("SELECT COUNT(*) FROM users WHERE admin = 1")[0]

    # Sessions
    def add_session(self, digest: str, user_id: int, csrf: str, expires_at: str) -> None:
        self.db.run("INSERT INTO sessions (token, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    (digest, user_id, csrf, now(), expires_at))

    def session(self, digest: str, at: str) -> tuple[User, str] | None:
        """(user, CSRF token) of the live session with this token digest; None if there is none."""
        row = self.db.one(f"SELECT s.csrf, {', '.join('u.' + c for c in USER_COLUMNS.split(', '))} "
                          f"FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = ? AND s.expires_at > ?",
                          (digest, at))
        return None if row is None else (_user(row[1:]), row[0])

    def drop_session(self, digest: str) -> None:
        self.db.run("DELETE FROM sessions WHERE token = ?", (digest,))

    def drop_sessions(self, user_id: int) -> None:
        self.db.run("DELETE FROM sessions WHERE user_id = ?", (user_id,))

    def drop_expired_sessions(self, at: str) -> None:
        self.db.run("DELETE FROM sessions WHERE expires_at <= ?", (at,))

    # Failed attempts, for the rate limit
    def add_attempts(self, scopes: list[str], at: float) -> None:
        self.db.many("INSERT INTO login_attempts (scope, at) VALUES (?, ?)", [(s, at) for s in scopes])

    def attempts(self, scope: str, since: float) -> tuple[int, float | None]:
        """How many failures `scope` had since `since`, and when the oldest of them was."""
        count, first = self.db.one("SELECT COUNT(*), MIN(at) FROM login_attempts WHERE scope = ? AND at >= ?",
                                   (scope, since))
        return count, first

    def clear_attempts(self, scope: str) -> None:
        self.db.run("DELETE FROM login_attempts WHERE scope = ?", (scope,))

    def prune_attempts(self, before: float) -> None:
        self.db.run("DELETE FROM login_attempts WHERE at < ?", (before,))

    # The Atom feed's token
    def set_feed_token(self, user_id: int, digest: str | None) -> None:
        self.db.run("UPDATE users SET feed_token = ? WHERE id = ?", (digest, user_id))

    def has_feed_token(self, user_id: int) -> bool:
        row = self.db.one("SELECT feed_token FROM users WHERE id = ?", (user_id,))
        return row is not None and row[0] is not None

    def user_by_feed_token(self, digest: str) -> User | None:
        return _user(self.db.one(f"SELECT {USER_COLUMNS} FROM users WHERE feed_token = ?", (digest,)))

    # Watch items
    def add_item(self, user_id: int, kind: str, label: str, spec: str, since_doc: int) -> int:
        """The id of the user's item of this kind and spec, added now unless it was there."""
        self.db.run("INSERT INTO watch_items (user_id, kind, label, spec, since_doc, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, spec) DO NOTHING",
                    (user_id, kind, label, spec, since_doc, now()))
        return self.db.one("SELECT id FROM watch_items WHERE user_id = ? AND kind = ? AND spec = ?",
                           (user_id, kind, spec))[0]

    def items(self, user_id: int | None = None) -> list[WatchItem]:
        """One user's watch items (all users' when `user_id` is None), oldest first."""
        where, params = ("WHERE user_id = ?", (user_id,)) if user_id is not None else ("", ())
        return [WatchItem(*r) for r in self.db.all(f"SELECT {ITEM_COLUMNS} FROM watch_items {where} ORDER BY id",
                                                   params)]

    def item_counts(self, user_id: int, after_match: int) -> dict[int, tuple[int, int]]:
        """Per watch item of the user: (matches in all, matches after `after_match`)."""
        rows = self.db.all("SELECT m.item, COUNT(*), SUM(CASE WHEN m.id > ? THEN 1 ELSE 0 END) FROM watch_matches m "
                           "JOIN watch_items w ON w.id = m.item WHERE w.user_id = ? GROUP BY m.item",
                           (after_match, user_id))
        return {item: (total, int(new or 0)) for item, total, new in rows}

    def remove_item(self, user_id: int, item_id: int) -> bool:
        with self.db.transaction():
            if not self.db.one("SELECT 1 FROM watch_items WHERE id = ? AND user_id = ?", (item_id, user_id)):
                return False
            self.db.run("DELETE FROM deliveries WHERE match_id IN (SELECT id FROM watch_matches WHERE item = ?)",
                        (item_id,))
            self.db.run("DELETE FROM watch_matches WHERE item = ?", (item_id,))
            self.db.run("DELETE FROM watch_items WHERE id = ?", (item_id,))
        return True

    # Documents as the matcher sees them
    def last_doc(self) -> int:
        return self.db.one("SELECT COALESCE(MAX(key), 0) FROM documents")[0]

    def docs_after(self, key: int, limit: int) -> list[tuple[int, str]]:
        """(key, id) of stored documents with a larger key than `key`, in key order."""
        return [tuple(r) for r in self.db.all("SELECT key, id FROM documents WHERE key > ? ORDER BY key LIMIT ?",
                                              (key, limit))]

    def doc_keys(self, ids: list[str]) -> list[tuple[int, str]]:
        """(key, id) of the stored documents under `ids` (or ids they also arrived under)."""
        if not ids:
            return []
        rows = self.db.all(f"SELECT DISTINCT d.key, d.id FROM document_ids i JOIN documents d ON d.key = i.doc "
                           f"WHERE i.id IN ({', '.join('?' * len(ids))}) ORDER BY d.key", list(ids))
        return [tuple(r) for r in rows]

    def entities_of(self, docs: list[int]) -> dict[int, set[int]]:
        """The corpus entities each of `docs` mentions (documents with none left out)."""
        out: dict[int, set[int]] = {}
        if docs:
            for doc, corpus in self.db.all(f"SELECT doc, corpus FROM entities WHERE doc IN "
                                           f"({', '.join('?' * len(docs))})", list(docs)):
                out.setdefault(doc, set()).add(corpus)
        return out

    def events_of(self, docs: list[int]) -> list[tuple[int, str | None, set[int], int | None]]:
        """The events of `docs`: (document, CAMEO root, corpus entities of its actors, corpus
        entity of its place or None)."""
        if not docs:
            return []
        marks = ", ".join("?" * len(docs))
        actors: dict[tuple[int, int], set[int]] = {}
        for doc, event, corpus in self.db.all(
                f"SELECT a.doc, a.event, x.corpus FROM event_actors a JOIN entities x ON x.doc = a.doc "
                f"AND x.idx = a.entity WHERE a.doc IN ({marks})", list(docs)):
            actors.setdefault((doc, event), set()).add(corpus)
        rows = self.db.all(f"SELECT e.doc, e.idx, e.cameo_root, p.corpus FROM events e LEFT JOIN entities p "
                           f"ON p.doc = e.doc AND p.idx = e.place WHERE e.doc IN ({marks})", list(docs))
        return [(doc, root, actors.get((doc, idx), set()), place) for doc, idx, root, place in rows]

    def docs_matching(self, query, docs: list[int]) -> set[int]:
        """Those of `docs` that a full-text `query` matches (`query` as `Database.match_clause`
        takes it: the lemmas to look for)."""
        if not docs or not query:
            return set()
        join, join_params, where, where_params, _ = self.db.match_clause(query)
        rows = self.db.all(f"SELECT d.key FROM documents d {join} WHERE {where} "
                           f"AND d.key IN ({', '.join('?' * len(docs))})", [*join_params, *where_params, *docs])
        return {r[0] for r in rows}

    # Matches and the deliveries they owe
    def record_matches(self, pairs: list[tuple[int, int]], make_key) -> int:
        """Store each (watch item, document key) not stored before, and in the same transaction a
        pending delivery to each webhook of the item's user (`make_key(webhook, match)` gives its
        idempotency key). Returns how many matches were new."""
        added = 0
        with self.db.transaction():
            for item, doc in pairs:
                row = self.db.one("INSERT INTO watch_matches (item, doc, matched_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (item, doc) DO NOTHING RETURNING id", (item, doc, now()))
                if row is None:
                    continue
                added += 1
                hooks = self.db.all("SELECT h.id FROM webhooks h JOIN watch_items w ON w.user_id = h.user_id "
                                    "WHERE w.id = ?", (item,))
                self.db.many("INSERT INTO deliveries (webhook, match_id, idem_key, status) VALUES (?, ?, ?, 'pending')",
                             [(h, row[0], make_key(h, row[0])) for (h,) in hooks])
        return added

    def matches(self, user_id: int, limit: int, item: int | None = None) -> list[tuple]:
        """The user's latest matches, newest first: (match id, watch item, document id, matched at,
        title, published)."""
        extra, params = ("AND w.id = ?", [item]) if item is not None else ("", [])
        rows = self.db.all(f"SELECT m.id, m.item, d.id, m.matched_at, d.title, d.published FROM watch_matches m "
                           f"JOIN watch_items w ON w.id = m.item JOIN documents d ON d.key = m.doc "
                           f"WHERE w.user_id = ? {extra} ORDER BY m.id DESC LIMIT ?", [user_id, *params, limit])
        return [tuple(r) for r in rows]

    def last_match(self, user_id: int) -> int:
        return self.db.one("SELECT COALESCE(MAX(m.id), 0) FROM watch_matches m JOIN watch_items w ON w.id = m.item "
                           "WHERE w.user_id = ?", (user_id,))[0]

    def set_seen(self, user_id: int, match_id: int) -> None:
        self.db.run("UPDATE users SET seen_match = ? WHERE id = ? AND seen_match < ?", (match_id, user_id, match_id))

    # Webhooks
    def add_webhook(self, user_id: int, url: str) -> int:
        self.db.run("INSERT INTO webhooks (user_id, url, created_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (user_id, url) DO NOTHING", (user_id, url, now()))
        return self.db.one("SELECT id FROM webhooks WHERE user_id = ? AND url = ?", (user_id, url))[0]

    def webhooks(self, user_id: int) -> list[tuple[int, str]]:
        return [tuple(r) for r in self.db.all("SELECT id, url FROM webhooks WHERE user_id = ? ORDER BY id", (user_id,))]

    def remove_webhook(self, user_id: int, hook: int) -> bool:
        with self.db.transaction():
            if not self.db.one("SELECT 1 FROM webhooks WHERE id = ? AND user_id = ?", (hook, user_id)):
                return False
            self.db.run("DELETE FROM deliveries WHERE webhook = ?", (hook,))
            self.db.run("DELETE FROM webhooks WHERE id = ?", (hook,))
        return True

    def due_deliveries(self, at: float, limit: int) -> list[Delivery]:
        """Deliveries to make now: pending ones whose time has come, and those left 'sending' past
        their lease (a run that died mid-send), oldest first."""
        rows = self.db.all(
            "SELECT x.id, x.webhook, h.url, x.idem_key, x.attempts, w.user_id, w.id, w.label, d.id, d.title, d.published "
            "FROM deliveries x JOIN webhooks h ON h.id = x.webhook JOIN watch_matches m ON m.id = x.match_id "
            "JOIN watch_items w ON w.id = m.item JOIN documents d ON d.key = m.doc "
            "WHERE x.status IN ('pending', 'sending') AND x.next_at <= ? ORDER BY x.id LIMIT ?", (at, limit))
        return [Delivery(*r) for r in rows]

    def next_retry(self) -> float | None:
        """When the earliest pending delivery is due (seconds since the epoch); None if none is pending."""
        return self.db.one("SELECT MIN(next_at) FROM deliveries WHERE status = 'pending'")[0]

    def claim_delivery(self, delivery: int, attempts: int, at: float, lease_until: float) -> bool:
        """Mark a delivery 'sending' (one more attempt) unless another run claimed it first."""
        cur = self.db.run("UPDATE deliveries SET status = 'sending', attempts = attempts + 1, next_at = ? "
                          "WHERE id = ? AND attempts = ? AND status IN ('pending', 'sending') AND next_at <= ?",
                          (lease_until, delivery, attempts, at))
        return cur.rowcount == 1

    def delivery_sent(self, delivery: int) -> None:
        self.db.run("UPDATE deliveries SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
                    (now(), delivery))

    def delivery_failed(self, delivery: int, error: str, retry_at: float | None) -> None:
        """Record a failed attempt: pending again from `retry_at`, or 'failed' for good when None."""
        status = "failed" if retry_at is None else "pending"
        self.db.run("UPDATE deliveries SET status = ?, last_error = ?, next_at = ? WHERE id = ?",
                    (status, error[:500], retry_at or 0, delivery))

    def deliveries(self, user_id: int, limit: int = 50) -> list[dict]:
        rows = self.db.all(
            "SELECT x.id, h.url, d.id, x.status, x.attempts, x.last_error, x.sent_at FROM deliveries x "
            "JOIN webhooks h ON h.id = x.webhook JOIN watch_matches m ON m.id = x.match_id "
            "JOIN documents d ON d.key = m.doc WHERE h.user_id = ? ORDER BY x.id DESC LIMIT ?", (user_id, limit))
        return [dict(zip(("id", "url", "document", "status", "attempts", "error", "sent_at"), r)) for r in rows]

    # The matcher's place
    def cursor(self, name: str) -> int | None:
        row = self.db.one("SELECT last_doc FROM alert_cursor WHERE name = ?", (name,))
        return None if row is None else row[0]

    def set_cursor(self, name: str, key: int) -> None:
        self.db.run("INSERT INTO alert_cursor (name, last_doc) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET last_doc = excluded.last_doc", (name, key))
