"""People, places and organisations across documents: which corpus entity a name is.

While a document is saved, each of its entities becomes a corpus entity: by type and folded
canonical name after the alias table; a person named by a surname alone joins the one person
with that surname, and a full name first seen after its surname alone takes the surname's
entity over. When a user asks about a name, it is looked up as typed, in its dictionary
forms and through the alias table, and the report joins the alias group's entities.
"""
from __future__ import annotations

from newsgraph.corpus.aliases import TYPES, Aliases
from newsgraph.corpus.lemmas import WORD
from newsgraph.russian import fold
from newsgraph.doc import Document
from newsgraph.resources import Resources
from newsgraph.store import EntityLinks, Store, Writer


def link_entities(tx: Writer, doc: Document, aliases: Aliases) -> EntityLinks:
    """The corpus entity of each of `doc`'s entities (see `corpus_entity`), and the folded
    names they were seen under: the entity's name, its mentions' surfaces and normal forms."""
    links = EntityLinks()
    for ent in doc.entities:
        cid = corpus_entity(tx, ent.type, ent.name, aliases)
        links.corpus[ent.id] = cid
        links.names.add((fold(ent.name), cid, ent.name))
    for m in doc.mentions:
        if m.entity in links.corpus:
            cid = links.corpus[m.entity]
            links.names.add((fold(m.text), cid, m.text))
            links.names.add((fold(m.normal), cid, m.normal))
    return links


def corpus_entity(tx: Writer, type_: str, name: str, aliases: Aliases) -> int:
    """The corpus entity for a document entity: by type and folded canonical name (after the
    alias table); a person named by a surname alone joins the one person with that surname.
    Otherwise a new corpus entity, except that a person's full name first seen after their
    surname alone takes over the surname's entity (see `claim_surname`)."""
    canonical = aliases.resolve(name, type_)
    key = fold(canonical)
    found = tx.entity_by_key(type_, key)
    if found is not None:
        return found
    words = key.split()
    if type_ == "PER" and len(words) == 1:
        people = tx.people_by_surname(key, 2)
        if len(people) == 1:
            return people[0][0]
    surname = words[-1] if type_ == "PER" and words else None
    if type_ == "PER" and len(words) > 1:
        claimed = claim_surname(tx, canonical, key, surname)
        if claimed is not None:
            return claimed
    return tx.add_entity(type_, canonical, key, surname)


def claim_surname(tx: Writer, name: str, key: str, surname: str) -> int | None:
    """When a surname alone was seen before any full name with it and no other full name
    shares that surname, the surname's corpus entity is renamed to the full name (keeping its
    id, so its documents, names and story links stay as they are). Returns that id, or None."""
    people = tx.people_by_surname(surname, 3)
    alone = [cid for cid, k in people if k == surname]
    if len(people) != 1 or not alone:
        return None  # no surname entity, or another full name already shares the surname
    tx.rename_entity(alone[0], name, key)
    return alone[0]


def name_keys(name: str, aliases: Aliases, res: Resources | None = None) -> list[str]:
    """Folded forms a name may be stored under: as typed, each word in its dictionary form
    ("Нурсултана Назарбаева" → "нурсултан назарбаев"), and the canonical names of aliases."""
    keys = [fold(" ".join(name.split()))]
    if res is not None:
        words = WORD.findall(name)
        if words:
            keys.append(" ".join(fold(res.parse(w)[0].normal_form) if res.parse(w) else fold(w) for w in words))
    for key in list(keys):
        for type_ in TYPES:
            keys.append(fold(aliases.resolve(key, type_)))
    return list(dict.fromkeys(k for k in keys if k))


def find_entity(store: Store, name: str, aliases: Aliases, res: Resources | None = None) -> list[int]:
    """The corpus entity `name` names, with any others the alias table joins to it (first is
    the best match: exact canonical name, then a name it was seen under, then a surname; ties go
    to the entity in more documents). Empty when nothing matches."""
    found = store.entities_named(name_keys(name, aliases, res))
    if not found:
        return []
    best = found[0]
    type_, primary = store.entity_name(best)
    variants = sorted({fold(n) for n in aliases.names_of(primary, type_)} - {fold(primary)})
    return [best, *(i for i in store.entities_by_key(type_, variants) if i != best)]


def entity_report(store: Store, group: list[int], aliases: Aliases, limit: int = 100) -> dict:
    """The JSON-ready report of a corpus entity (with its alias group): name, type, aliases,
    roles over time, documents, quotes (each text once), co-mentioned entities and events."""
    record = store.entity_record(group, limit)
    name, type_ = record["name"], record["type"]
    names = sorted((record["names"] | aliases.names_of(name, type_)) - {name}, key=lambda n: (fold(n), n))
    quotes, said = [], set()
    for quote in record["quotes"]:
        key = " ".join(fold(quote["text"]).split())
        if key in said:
            continue  # the same words in a republished text
        said.add(key)
        quotes.append(quote)
    return {"name": name, "type": type_, "aliases": names, "roles": record["roles"],
            "documents": record["documents"], "quotes": quotes[:limit], "co_mentions": record["co_mentions"],
            "events": record["events"]}
