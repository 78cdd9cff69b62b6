"""Users and sessions: sign up, log in, log out, change a password, the rate limit on failures.

The rules an attacker meets:
- a login that names nobody and one with a wrong password get the same error, after the same
  work (an unknown name is checked against a decoy hash);
- failures are counted per name (whether or not it exists) and per client address; past the
  limit a login is refused (429) before any password is checked;
- sign-up must say when a name is taken (the user has to pick another), so it is the one
  place that tells; it hashes the password before looking at the name, so taken and free
  names cost the same time, and it is rate-limited per address like failed logins;
- a login always starts a new session (new token, new CSRF token) and ends the one the
  client came with, so a session id planted before the login is worthless after it.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass

from newsgraph.accounts.passwords import (check_password, decoy_hash, digest, hash_password, needs_rehash,
                                          new_token)
from newsgraph.errors import AccountError
from newsgraph.russian import fold
from newsgraph.store.accounts import AccountTables, User
from newsgraph.store.db import Database

# Letters of any script, digits and . _ @ -; long enough for an e-mail address.
NAME = re.compile(r"^[\w.@-]{2,64}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # Argon2 takes any length; this only bounds the work a request can ask for
SESSION_DAYS = 14
LOGIN_FAILURE = "wrong name or password"


@dataclass(frozen=True)
class Limits:
    """Failures allowed per window before logins are refused: per account name, per client
    address; and sign-ups per address."""

    window_s: float = 15 * 60
    per_name: int = 5
    per_address: int = 20
    signups_per_address: int = 10


@dataclass(frozen=True)
class Session:
    """A new session: `token` goes into the cookie (only its digest is stored), `csrf` is sent
    back with every state-changing request."""

    token: str
    csrf: str
    user: User
    expires: dt.datetime


def name_key(name: str) -> str:
    """The folded form a name is stored and looked up under.

    >>> name_key("  Анна.Ёлкина ")
    'анна.елкина'
    """
    return fold(name.strip())


def now_iso(at: dt.datetime | None = None) -> str:
    return (at or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")


class Accounts:
    """Account rules over one store connection."""

    def __init__(self, db: Database, limits: Limits | None = None):
        self.tables = AccountTables(db)
        self.db = db
        self.limits = limits or Limits()

    # Users
    def add_user(self, name: str, password: str, admin: bool = False) -> User:
        """Create a user; AccountError 422 for an unusable name or password, 409 when taken."""
        display = name.strip()
        if not NAME.match(display):
            raise AccountError("a name is 2 to 64 letters, digits or . _ @ -", 422)
        check_new_password(password)
        hashed = hash_password(password)  # before the lookup: taken and free names take the same time
        user_id = self.tables.add_user(name_key(display), display, hashed, admin)
        if user_id is None:
            raise AccountError("this name is not available", 409)
        return self.tables.user(user_id)

    def sign_up(self, name: str, password: str, address: str | None) -> Session:
        """A new user (never an admin) and their first session; refused (429) after too many
        sign-ups from one address."""
        if address is not None:
            scope = f"signup:{address}"
            self._refuse_if_limited([(scope, self.limits.signups_per_address)])
            self.tables.add_attempts([scope], time.time())
        return self._start(self.add_user(name, password))

    def user(self, name: str) -> User | None:
        return self.tables.user_named(name_key(name))

    def users(self) -> list[User]:
        return self.tables.users()

    def remove_user(self, name: str) -> bool:
        user = self.user(name)
        if user is None:
            return False
        self.tables.remove_user(user.id)
        return True

    def set_admin(self, name: str, admin: bool) -> User | None:
        user = self.user(name)
        if user is not None:
            self.tables.set_admin(user.id, admin)
        return self.user(name)

    # Sessions
    def log_in(self, name: str, password: str, address: str | None, previous: str | None = None) -> Session:
        """A new session for the user if the password is right, ending `previous` (the token the
        client came with). AccountError 401 for an unknown name or a wrong password alike, 429
        while the name or the address is over the limit."""
        key = name_key(name)[:200]
        scopes = [(f"name:{key}", self.limits.per_name)]
        if address is not None:
            scopes.append((f"addr:{address}", self.limits.per_address))
        self._refuse_if_limited(scopes)
        user = self.tables.user_named(key)
        ok = check_password(user.password if user else decoy_hash(), password[:MAX_PASSWORD])
        if user is None or not ok:
            self.tables.add_attempts([s for s, _ in scopes], time.time())
            raise AccountError(LOGIN_FAILURE, 401)
        self.tables.clear_attempts(f"name:{key}")
        if needs_rehash(user.password):
            self.tables.set_password(user.id, hash_password(password))
        if previous:
            self.tables.drop_session(digest(previous))
        return self._start(user)

    def session(self, token: str | None) -> tuple[User, str] | None:
        """(user, CSRF token) of a live session; None for no token, an unknown or an expired one."""
        if not token or len(token) > 200:
            return None
        return self.tables.session(digest(token), now_iso())

    def log_out(self, token: str | None) -> None:
        """End the session: its token is worthless from now on, whoever holds it."""
        if token:
            self.tables.drop_session(digest(token))

    def change_password(self, user: User, old: str, new: str) -> Session:
        """Set a new password after checking the old one (401 if wrong); every session of the user
        ends and a new one starts."""
        if not check_password(user.password, old[:MAX_PASSWORD]):
            raise AccountError("the current password is wrong", 401)
        check_new_password(new)
        self.tables.set_password(user.id, hash_password(new))
        self.tables.drop_sessions(user.id)
        return self._start(self.tables.user(user.id))

    def _start(self, user: User) -> Session:
        started = dt.datetime.now(dt.timezone.utc)
        expires = started + dt.timedelta(days=SESSION_DAYS)
        token, csrf = new_token(), new_token()
        self.tables.drop_expired_sessions(now_iso(started))
        self.tables.add_session(digest(token), user.id, csrf, now_iso(expires))
        return Session(token, csrf, user, expires)

    def _refuse_if_limited(self, scopes: list[tuple[str, int]]) -> None:
        at = time.time()
        since = at - self.limits.window_s
        self.tables.prune_attempts(since)
        for scope, limit in scopes:
            count, first = self.tables.attempts(scope, since)
            if count >= limit:
                wait = int((first or at) + self.limits.window_s - at) + 1
                raise AccountError("too many attempts; try again later", 429, retry_after=max(wait, 1))


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password has at least {MIN_PASSWORD} characters", 422)
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"a password has at most {MAX_PASSWORD} characters", 422)
