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
from newsgraph.russian import acronym, fold, name_words
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
    alias table). Otherwise a person joins the one stored person their name can be (see
    `person_entity`); a place or organisation joins the one entity whose documents named it
    so (an abbreviation a text gave in brackets after the full name), and an organisation's
    full name joins the one stored or seen under its abbreviation ("Федеральная служба
    безопасности" and "ФСБ"); else a new corpus entity."""
    canonical = aliases.resolve(name, type_)
    key = fold(canonical)
    found = tx.entity_by_key(type_, key)
    if found is not None:
        return found
    if type_ == "PER":
        return person_entity(tx, canonical, key)
    keys = [key]
    if type_ == "ORG" and len(acronym(canonical)) >= 2:
        keys.append(acronym(canonical))
    for k in keys:
        found = tx.entity_by_key(type_, k) if k != key else None
        if found is None:
            found = tx.entity_named(type_, k)
        if found is not None:
            return found
    return tx.add_entity(type_, canonical, key, None)


def person_entity(tx: Writer, name: str, key: str) -> int:
    """A person not stored under their exact name. A surname alone joins the one person with
    that surname. A name with given names or initials ("Д. Медведев", "Владимир Медведев")
    first takes over a surname seen alone (see `claim_surname`), else joins the one stored
    person whose given names agree with its own (same first name or its initial, same
    patronymic where both have one); a person known only by initials is renamed to the full
    name. Otherwise a new corpus entity."""
    words = [fold(w).rstrip(".") for w in name_words(name)] or [key]
    surname, given = words[-1], words[:-1]
    if not given:
        people = tx.people_by_surname(surname, 2)
        if len(people) == 1:
            return people[0][0]
        return tx.add_entity("PER", name, key, surname)
    claimed = claim_surname(tx, name, key, surname)
    if claimed is not None:
        return claimed
    fits = []
    for cid, other in tx.people_by_surname(surname, 20):
        other_given = [fold(w).rstrip(".") for w in name_words(other)][:-1]
        if other_given and _same_given(given, other_given):
            fits.append((cid, other_given))
    if len(fits) == 1:
        cid, other_given = fits[0]
        if all(len(w) == 1 for w in other_given) and not all(len(w) == 1 for w in given):
            tx.rename_entity(cid, name, key)
        return cid
    return tx.add_entity("PER", name, key, surname)


def _same_given(a: list[str], b: list[str]) -> bool:
    """Whether two lists of folded given names can be one person's: each pair that both have
    agrees as a name and its initial, or as the same name."""
    return all(x == y or ((len(x) == 1 or len(y) == 1) and x[0] == y[0]) for x, y in zip(a, b))


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
