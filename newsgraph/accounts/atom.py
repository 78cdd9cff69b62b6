"""The per-user Atom alert feed, reached by a secret token in its URL.

The token is shown once when made; only its digest is stored, and making a new one (or
revoking) makes the old URL answer 404. Entries are the user's latest watch matches, newest
first; all text goes into the XML as text (escaped by the serializer), never as markup.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from newsgraph.accounts.passwords import digest, new_token
from newsgraph.accounts.watch import FEED_LIMIT, personal_feed
from newsgraph.corpus import Corpus
from newsgraph.store.accounts import AccountTables, User

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


def new_feed_token(corpus: Corpus, user: User) -> str:
    """A new secret token for the user's feed; the previous one stops working."""
    token = new_token()
    AccountTables(corpus.store.db).set_feed_token(user.id, digest(token))
    return token


def revoke_feed_token(corpus: Corpus, user: User) -> None:
    AccountTables(corpus.store.db).set_feed_token(user.id, None)


def feed_owner(corpus: Corpus, token: str) -> User | None:
    """The user whose feed `token` opens; None for an unknown or revoked token."""
    if not token or len(token) > 200:
        return None
    return AccountTables(corpus.store.db).user_by_feed_token(digest(token))


def atom_feed(corpus: Corpus, user: User, self_url: str, site_url: str, limit: int = FEED_LIMIT) -> bytes:
    """The Atom document of the user's latest matches; `site_url` is the reader's address
    (links to documents without a URL of their own point into it)."""
    ET.register_namespace("", ATOM)
    feed = personal_feed(corpus, user, limit)
    labels = {i["id"]: i["label"] for i in feed["items"]}
    root = ET.Element(f"{{{ATOM}}}feed")
    _text(root, "title", f"newsgraph: {user.display}")
    _text(root, "id", f"{site_url}#alerts/{user.id}")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_url)
    updated = max((a["matched_at"] for a in feed["articles"]), default="1970-01-01T00:00:00+00:00")
    _text(root, "updated", updated)
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "newsgraph")
    for article in feed["articles"]:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "title", article["title"] or article["lead"] or article["id"])
        _text(entry, "id", f"{site_url}#/doc/{article['id']}")
        _text(entry, "updated", article["matched_at"])
        published = article["published"] or ""
        if len(published) >= 10:  # a whole date; "2024-02" has no Atom form
            _text(entry, "published", published if "T" in published else f"{published[:10]}T00:00:00+00:00")
        href = article["url"] or f"{site_url}#/doc/{article['id']}"
        ET.SubElement(entry, f"{{{ATOM}}}link", href=href)
        watched = ", ".join(labels.get(i, "?") for i in article["items"])
        _text(entry, "summary", f"{watched}: {article['lead'] or ''}".strip())
        for i in article["items"]:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=labels.get(i, "?"))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
