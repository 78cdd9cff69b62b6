"""What the analyst's workspace shows beyond single documents: an entity's timeline, events by
actor, place, CAMEO root and date with their counts per day by GDELT QuadClass, and the facets
of a search's hits.

Names are resolved to corpus entities as `newsgraph entity` resolves them (`find_entity`); the
counting is the store's (`newsgraph.store.overview`).
"""
from __future__ import annotations

from newsgraph.corpus.aliases import Aliases
from newsgraph.corpus.entities import find_entity
from newsgraph.corpus.export import quad_class
from newsgraph.resources import Resources
from newsgraph.store import EventFilters, Store

# QuadClass names, as GDELT numbers them; "0" holds events without a CAMEO root.
QUAD_CLASSES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict",
                "4": "material conflict", "0": "no CAMEO root"}
# Facets count over this many best hits of a search.
FACET_HITS = 500


def quad_of(root: str | None) -> str:
    """The QuadClass of a CAMEO root as a key of QUAD_CLASSES; "0" when there is no root.

    >>> quad_of("04"), quad_of("19"), quad_of(None)
    ('1', '4', '0')
    """
    return str(quad_class(root)) if root and len(root) == 2 and root.isdigit() else "0"


def entity_timeline(store: Store, name: str, aliases: Aliases, res: Resources | None = None) -> dict | None:
    """The entity `name` names (with its alias group), day by day: `name`, `type`, mentions and
    documents per publication day (`days`), `undated` documents, and its `titles` over time
    (see `Store.entity_days`). None when no entity matches."""
    group = find_entity(store, name, aliases, res)
    if not group:
        return None
    type_, canonical = store.entity_name(group[0])
    return {"name": canonical, "type": type_, **store.entity_days(group)}


def find_events(store: Store, aliases: Aliases, res: Resources | None = None, *, actor: str | None = None,
                place: str | None = None, root: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Events by an actor and in a place (names as a reader types them), of a CAMEO root, within
    a range of days; newest first, a page at a time (see `Store.find_events`). Each event carries
    its `quad_class`; `days` gives, per day, the count per QuadClass (`quad`, keys of
    QUAD_CLASSES). A name that names no entity matches no event."""
    filters = EventFilters(actor=None if actor is None else find_entity(store, actor, aliases, res),
                           place=None if place is None else find_entity(store, place, aliases, res),
                           root=root, since=since, until=until)
    found = store.find_events(filters, limit, offset)
    for event in found["events"]:
        event["quad_class"] = quad_of(event["cameo_root"])
    days = []
    for day in found["days"]:
        quad = dict.fromkeys(QUAD_CLASSES, 0)
        for r, n in day["roots"].items():
            quad[quad_of(r)] += n
        days.append({"day": day["day"], "quad": quad})
    return {**found, "days": days, "quad_classes": QUAD_CLASSES}


def search_facets(hits: list, store: Store) -> dict:
    """Counts by entity, outlet, month and event type over the documents of `hits` (see
    `Store.facets`), with `hits`, how many documents they were counted over."""
    return {"hits": len(hits), **store.facets([h.id for h in hits])}
