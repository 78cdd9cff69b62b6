"""Accounts, watchlists and alerts.

- `users`: sign up, log in, log out, change password; sessions; the rate limit (`Accounts`).
- `passwords`: Argon2id hashes and random tokens.
- `watch`: what a user follows and their personal feed.
- `alerts`: `match_new`, the matcher over newly stored documents, and webhook deliveries.
- `atom`: the per-user Atom alert feed behind a secret token.

The tables are `newsgraph.store.accounts`; the HTTP routes `newsgraph.api.accounts`; the
commands `newsgraph users` and `newsgraph alerts run`.
"""
from __future__ import annotations

from newsgraph.accounts.alerts import AlertReport, deliver_webhooks, match_new
from newsgraph.accounts.users import Accounts, Limits, Session

__all__ = ["AlertReport", "Accounts", "Limits", "Session", "deliver_webhooks", "match_new"]
