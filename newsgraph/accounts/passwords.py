"""Password hashing with Argon2id (argon2-cffi), and the random tokens of sessions and feeds.

Parameters are RFC 9106's second recommended profile (t=3, 64 MiB, 4 lanes): a few tenths of
a second per hash on a busy two-core machine, which bounds a stolen store's guessing rate while
a login stays quick. A hash made with older parameters is replaced at the next successful login.
Tokens are stored as SHA-256 digests: a token has 256 random bits, so a fast digest is enough.
"""
from __future__ import annotations

import functools
import hashlib
import secrets

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

PROFILE = profiles.RFC_9106_LOW_MEMORY
TOKEN_BYTES = 32


def hasher() -> PasswordHasher:
    return PasswordHasher.from_parameters(PROFILE)


def hash_password(password: str) -> str:
    """The Argon2id hash of `password` in PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash)."""
    return hasher().hash(password)


def check_password(stored: str, password: str) -> bool:
    """Whether `password` is the one `stored` was made from; False for a malformed hash."""
    try:
        return hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return hasher().check_needs_rehash(stored)


@functools.lru_cache(maxsize=1)
def decoy_hash() -> str:
    """A hash of a random password, checked when a login names nobody, so that an unknown name
    costs the same time as a wrong password."""
    return hash_password(secrets.token_urlsafe(TOKEN_BYTES))


def new_token() -> str:
    """A fresh random token for a cookie or a URL (256 bits, URL-safe)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest(token: str) -> str:
    """The form a token is stored in.

    >>> len(digest("abc"))
    64
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
