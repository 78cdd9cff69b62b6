"""Watchlists: what a user follows, and their personal feed of the articles that matched.

A watch item is one of three kinds, kept as a JSON spec:
- `entity`: a corpus entity by name, stored as the ids of its alias group (`find_entity`);
- `search`: a query string as `newsgraph search` takes it;
- `events`: an event filter, any of an actor (a name, as entity ids), a CAMEO root code and a
  place (a name, as entity ids).
Only documents stored after the item was added match it (`since_doc`); the matcher in
`alerts` fills the matches. The feed shows the latest matches, marking those after the user's
last visit as new, with counts per item.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from newsgraph.corpus import Corpus
from newsgraph.corpus.entities import find_entity
from newsgraph.errors import AccountError, NewsgraphError
from newsgraph.store.accounts import AccountTables, User, WatchItem

KINDS = ("entity", "search", "events")
CAMEO_ROOT = re.compile(r"^\d{2}$")
MAX_TEXT = 300
FEED_LIMIT = 50


@dataclass(frozen=True)
class Follow:
    """What a user asks to follow, as typed: `kind` and the fields it uses."""

    kind: str
    entity: str | None = None
    q: str | None = None
    actor: str | None = None
    root: str | None = None
    place: str | None = None


def entity_spec(corpus: Corpus, name: str, what: str) -> dict:
    """{"name", "ids"} of the corpus entity `name` names; AccountError 404 when none does."""
    name = " ".join(name.split())[:MAX_TEXT]
    group = find_entity(corpus.store, name, corpus.aliases, corpus.resources) if name else []
    if not group:
        raise AccountError(f"{what}: no entity named {name!r} in the store", 404)
    canonical = corpus.store.entity_name(group[0])[1]
    return {"name": canonical, "ids": sorted(group)}


def search_query(corpus: Corpus, q: str):
    """A saved search as the store's full-text match takes it: the query tree of the search
    language with each word's dictionary forms, as `newsgraph search` reads it; None for a query
    without words. Raises QueryError for a query the language cannot read."""
    from newsgraph.corpus.query import lemmatise, parse_query

    return lemmatise(parse_query(q), corpus.resources)


def item_spec(corpus: Corpus, follow: Follow) -> tuple[str, dict]:
    """(label, spec) of a watch item; AccountError 422 for an incomplete or unusable request."""
    if follow.kind == "entity":
        spec = entity_spec(corpus, follow.entity or "", "entity")
        return spec["name"], spec
    if follow.kind == "search":
        q = " ".join((follow.q or "").split())
        if not q or len(q) > MAX_TEXT:
            raise AccountError(f"search: a query of 1 to {MAX_TEXT} characters", 422)
        try:
            usable = search_query(corpus, q)
        except NewsgraphError as exc:
            raise AccountError(f"search: {exc.message}", 422) from None
        if not usable:
            raise AccountError("search: the query has no words to look for", 422)
        return q, {"q": q}
    if follow.kind == "events":
        spec: dict = {}
        if follow.root:
            if not CAMEO_ROOT.match(follow.root):
                raise AccountError("events: a CAMEO root is two digits (01-20)", 422)
            spec["root"] = follow.root
        for field in ("actor", "place"):
            value = getattr(follow, field)
            if value:
                spec[field] = entity_spec(corpus, value, field)
        if not spec:
            raise AccountError("events: give an actor, a CAMEO root or a place", 422)
        label = " · ".join(x for x in (spec.get("actor", {}).get("name"), spec.get("root") and f"CAMEO {spec['root']}",
                                       spec.get("place", {}).get("name")) if x)
        return label, spec
    raise AccountError(f"kind: one of {', '.join(KINDS)}", 422)


def follow(corpus: Corpus, user: User, request: Follow) -> dict:
    """Add a watch item for `user` (the existing one when the same is followed twice)."""
    tables = AccountTables(corpus.store.db)
    label, spec = item_spec(corpus, request)
    item = tables.add_item(user.id, request.kind, label, json.dumps(spec, ensure_ascii=False, sort_keys=True),
                           tables.last_doc())
    return next(i for i in watchlist(corpus, user)["items"] if i["id"] == item)


def item_dict(item: WatchItem, counts: tuple[int, int]) -> dict:
    return {"id": item.id, "kind": item.kind, "label": item.label, "spec": json.loads(item.spec),
            "matches": counts[0], "new": counts[1]}


def watchlist(corpus: Corpus, user: User) -> dict:
    """The user's watch items, each with its count of matches and of those new since the last visit."""
    tables = AccountTables(corpus.store.db)
    seen = tables.user(user.id).seen_match
    counts = tables.item_counts(user.id, seen)
    items = [item_dict(i, counts.get(i.id, (0, 0))) for i in tables.items(user.id)]
    return {"items": items, "new": sum(i["new"] for i in items)}


def unfollow(corpus: Corpus, user: User, item: int) -> bool:
    return AccountTables(corpus.store.db).remove_item(user.id, item)


def personal_feed(corpus: Corpus, user: User, limit: int = FEED_LIMIT, item: int | None = None) -> dict:
    """The latest articles that matched the user's watch items, newest match first, each once
    (with every item it matched) and `new` when it matched after the last visit; the items with
    their counts; `through`, the last match shown, for marking the visit (`mark_seen`)."""
    tables = AccountTables(corpus.store.db)
    seen = tables.user(user.id).seen_match
    rows = tables.matches(user.id, limit * 4, item)
    articles: dict[str, dict] = {}
    for match_id, item_id, doc_id, matched_at, title, published in rows:
        article = articles.get(doc_id)
        if article is None:
            if len(articles) >= limit:
                continue
            article = articles[doc_id] = {"id": doc_id, "title": title, "published": published,
                                          "matched_at": matched_at, "new": False, "items": []}
        article["new"] = article["new"] or match_id > seen
        if item_id not in article["items"]:
            article["items"].append(item_id)
    cards = corpus.document_cards(list(articles))
    for doc_id, article in articles.items():
        article.update(cards.get(doc_id, {"source": None, "url": None, "lead": None}))
    listing = watchlist(corpus, user)
    return {"articles": list(articles.values()), "items": listing["items"], "new": listing["new"],
            "through": rows[0][0] if rows else seen}


def mark_seen(corpus: Corpus, user: User, through: int | None = None) -> None:
    """Record a visit: matches up to `through` (default: all so far) are no longer new."""
    tables = AccountTables(corpus.store.db)
    last = tables.last_match(user.id)
    tables.set_seen(user.id, last if through is None else min(through, last))
