"""People, places and organisations across documents: which corpus entity a name is.

While a document is saved, each of its entities becomes a corpus entity: by type and folded
canonical name after the alias table, a place's or organisation's name also in its dictionary
form and without quotes or legal form; a person named by a surname alone joins the one person
with that surname (or the one far better known), and a full name first seen after its surname
alone takes the surname's entity over. When a user asks about a name, it is looked up as
typed, in its dictionary forms and through the alias table, and the report joins the alias
group's entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.corpus.aliases import TYPES, Aliases
from newsgraph.corpus.lemmas import WORD
from newsgraph.russian import LEGAL_FORMS, acronym, fold, is_initial, name_words, restore_case
from newsgraph.doc import Document
from newsgraph.resources import Resources
from newsgraph.store import EntityLinks, Store, Writer


# Quote marks are not part of a name: «Газпром», "Исламское государство»".
_QUOTES = re.compile("[«»\"“”„‟]")
# Generic heads the press writes in lower case before an organisation's name ("компания Apple").
GENERIC_HEADS = frozenset("""компания корпорация концерн холдинг группа фирма банк агентство издание газета
    журнал телеканал радиостанция партия движение фонд организация объединение клуб""".split())


def clean_name(name: str) -> str:
    """A name without the quote marks around or inside it, and without stray apostrophes at its
    ends: "«Газпром»" → "Газпром", "Исламское государство»" → "Исламское государство"."""
    cleaned = " ".join(_QUOTES.sub(" ", name).split()).strip("'’‘`").strip()
    return cleaned or name


def bare_name(name: str) -> str | None:
    """An organisation's name without its legal form and without a generic head written in
    lower case ("ПАО «Газпром»", "компания Apple", "АКБ ПЕРЕСВЕТ АО" → "Газпром", "Apple",
    "ПЕРЕСВЕТ"); None when there is nothing to take off or nothing would be left."""
    words = _QUOTES.sub(" ", name).split()
    quoted = bool(_QUOTES.search(name))
    start, end = 0, len(words)
    while start < end - 1 and (fold(words[start]).strip(".,") in LEGAL_FORMS or
                               (words[start] in GENERIC_HEADS and (quoted or words[start + 1][:1].isupper()))):
        start += 1
    while end - 1 > start and fold(words[end - 1]).strip(".,") in LEGAL_FORMS:
        end -= 1
    if (start, end) == (0, len(words)):
        return None
    return " ".join(words[start:end])


_DOUBLED = re.compile(r"(\w)\1+")


def spelling_key(name: str) -> str | None:
    """The key under which spellings of one foreign name meet: folded, э as е, дж as ж, no soft
    or hard sign, doubled letters single ("Кейт Миддлтон" and "Кейт Мидлтон", "Бриджит Бардо"
    and "Брижит Бардо"). None for a name of one word or with initials, too little to go on.

    >>> spelling_key("Кейт Миддлтон") == spelling_key("Кейт Мидлтон")
    True
    """
    words = name_words(name)
    if len(words) < 2 or any(w.endswith(".") or is_initial(w) for w in words):
        return None
    key = fold(" ".join(words)).replace("э", "е").replace("дж", "ж").replace("ь", "").replace("ъ", "")
    return _DOUBLED.sub(r"\1", key)


class NameForms:
    """The dictionary form of a name, word by word (pymorphy's first reading of each word, as
    `name_keys` reads what a user types): "Соединённых Штатов" and "Соединенные Штаты" have one
    key, so have "Кыргызская Республики" and "Кыргызская Республика". Cached per name."""

    def __init__(self, parse):
        self.parse = parse
        self._keys: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            words = []
            for w in WORD.findall(name):
                parses = self.parse(w)
                words.append(fold(parses[0].normal_form) if parses else fold(w))
            key = self._keys[name] = " ".join(words)
            if len(self._keys) > 100_000:
                self._keys.clear()
        return key

    def oblique(self, name: str) -> bool:
        """Whether a word of the name has no nominative reading ("Владимиром Путина"): the
        name was not brought to its nominative."""
        for w in WORD.findall(name):
            # a plural reading of a name's word is the dictionary guessing ("Габриель" as the
            # genitive plural of "Габриеля")
            parses = [p for p in self.parse(w) if "plur" not in p.tag]
            if parses and not any(t in p.tag for p in parses for t in ("nomn", "LATN", "Fixd")):
                return True
        return False

    def person(self, name: str) -> str:
        """A person's name left in an oblique case, in the nominative: each word the dictionary
        reads as a given name, patronymic or surname in its dictionary form, with the case it was
        written in ("Владимиром Путина" → "Владимир Путин"); other words as they are."""
        out = []
        for w in name_words(name):
            parses = [p for p in self.parse(w.rstrip("."))
                      if {"Name", "Surn", "Patr"} & p.tag.grammemes and "plur" not in p.tag]
            if parses and not w.endswith(".") and "nomn" not in parses[0].tag:
                out.append(restore_case(w, parses[0].normal_form))
            else:
                out.append(w)
        return " ".join(out)


class _DocumentNames:
    """The Writer as one document's linking sees it: the names its earlier entities were seen
    under count as seen already, so "Кейт Миддлтон" and "Кейт Мидлтон" in one text meet as
    they would in two."""

    def __init__(self, tx: Writer, links: EntityLinks, types: dict[int, str]):
        self.tx, self.links, self.types = tx, links, types

    def __getattr__(self, verb):
        return getattr(self.tx, verb)

    def entity_named(self, type_: str, key: str) -> int | None:
        here = {cid for k, cid, _ in self.links.names if k == key and self.types.get(cid) == type_}
        stored = self.tx.entity_named(type_, key)
        found = here | ({stored} if stored is not None else set())
        return found.pop() if len(found) == 1 else None


def link_entities(tx: Writer, doc: Document, aliases: Aliases, forms: NameForms | None = None) -> EntityLinks:
    """The corpus entity of each of `doc`'s entities (see `corpus_entity`), and the folded
    names they were seen under: the entity's name, its mentions' surfaces and normal forms,
    a person's full name as spelled for `spelling_key`, and for places and organisations the
    dictionary form of the name and the name without its legal form or quotes, so that another
    document's form of the name finds the entity."""
    links = EntityLinks()
    types: dict[int, str] = {}
    view = _DocumentNames(tx, links, types)
    for ent in doc.entities:
        cid = corpus_entity(view, ent.type, ent.name, aliases, forms)
        links.corpus[ent.id] = cid
        types.setdefault(cid, ent.type)
        links.names.add((fold(ent.name), cid, ent.name))
        for key, name in name_plan(ent.type, ent.name, aliases, forms).seen:
            links.names.add((key, cid, name))
    for m in doc.mentions:
        if m.entity in links.corpus:
            cid = links.corpus[m.entity]
            links.names.add((fold(m.text), cid, m.text))
            links.names.add((fold(m.normal), cid, m.normal))
    return links


def _listed(aliases: Aliases, name: str, type_: str, forms: NameForms | None) -> str | None:
    """The canonical name the alias table gives `name` as written, else in its dictionary form."""
    canonical = aliases.canonical.get((type_, fold(name)))
    if canonical is None and forms is not None:
        canonical = aliases.resolve_forms(forms(name), type_, forms)
    return canonical


@dataclass(frozen=True)
class NamePlan:
    """What a document entity's name is looked up and recorded under, worked out from the name
    alone (see `name_plan`): `name` and `key` are what a new corpus entity is stored as;
    `keys` the stored or seen names tried (places, organisations) or the key as written before
    an oblique name was read in the nominative (people); `spelled` a person's `spelling_key`;
    `seen` the (key, name) pairs the entity is recorded as seen under."""

    name: str
    key: str
    keys: tuple[str, ...]
    spelled: str | None
    seen: tuple[tuple[str, str], ...]


def name_plan(type_: str, name: str, aliases: Aliases, forms: NameForms | None = None) -> NamePlan:
    """The lookups for a name (see `corpus_entity`), kept in the alias table per morphology and
    name: the same names recur in every batch."""
    memo = (forms, type_, name)
    plan = aliases.plans.get(memo)
    if plan is None:
        if len(aliases.plans) > 100_000:
            aliases.plans.clear()
        plan = aliases.plans[memo] = _plan(type_, clean_name(name), aliases, forms)
    return plan


def _plan(type_: str, name: str, aliases: Aliases, forms: NameForms | None) -> NamePlan:
    if type_ == "PER":
        canonical = aliases.resolve(name, type_)
        keys = (fold(canonical),)
        if forms is not None and forms.oblique(canonical):
            canonical = forms.person(canonical)
        spelled = spelling_key(canonical)
        seen = ((spelled, name),) if spelled else ()
        return NamePlan(canonical, fold(canonical), keys, spelled, seen)
    names = [name]
    if type_ == "ORG":
        bare = bare_name(name)
        if bare:
            names.append(clean_name(bare))
    seen = [(fold(n), n) for n in names]
    if forms is not None:
        seen += [(forms(n), n) for n in names]
    canonical = next((c for c in (_listed(aliases, n, type_, forms) for n in names) if c), None)
    if canonical is not None:
        names.insert(0, canonical)
    keys = [fold(n) for n in names]
    if forms is not None:
        keys += [forms(n) for n in names]
    if type_ == "ORG":
        # a name with an abbreviation in it ("МВД России") is no abbreviation's full form
        keys += [acronym(n) for n in names if len(acronym(n)) >= 2 and not any(
            len(w) > 1 and w.isupper() for w in n.split())]
    return NamePlan(names[0], fold(names[0]), tuple(dict.fromkeys(k for k in keys if k)), None,
                    tuple(dict.fromkeys(seen)))


def corpus_entity(tx: Writer, type_: str, name: str, aliases: Aliases, forms: NameForms | None = None) -> int:
    """The corpus entity for a document entity: by type and folded canonical name (after the
    alias table, which also knows its names in other cases: "Соединенных Штатов" is США).

    A person's name left in an oblique case is read in the nominative; another spelling of a
    stored person's full name joins them (`spelling_key`); otherwise a person joins the one
    stored person their name can be (see `person_entity`).

    A place or organisation, taken without quote marks and, for an organisation, also without
    its legal form or generic head ("ПАО «Газпром»" as "Газпром"), joins the entity stored under
    that name or its dictionary form, or the one entity whose documents named it so (an
    abbreviation a text gave in brackets after the full name); an organisation's full name joins
    the one stored or seen under its abbreviation ("Федеральная служба безопасности" and "ФСБ").
    Else a new corpus entity."""
    plan = name_plan(type_, name, aliases, forms)
    if type_ == "PER":
        for key in dict.fromkeys((*plan.keys, plan.key)):
            found = tx.entity_by_key(type_, key)
            if found is not None:
                return found
        if plan.spelled:
            found = tx.entity_by_key(type_, plan.spelled) or tx.entity_named(type_, plan.spelled)
            if found is not None:
                return found
        return person_entity(tx, plan.name, plan.key)
    for key in plan.keys:
        found = tx.entity_by_key(type_, key)
        if found is not None:
            return found
    for key in plan.keys:
        found = tx.entity_named(type_, key)
        if found is not None:
            return found
    return tx.add_entity(type_, plan.name, plan.key, None)


def person_entity(tx: Writer, name: str, key: str) -> int:
    """A person not stored under their exact name. A surname alone joins the one person with
    that surname, or the one far better known than the others who share it (`best_known`). A
    name with given names or initials ("Д. Медведев", "Владимир Медведев")
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
        if people:
            known = best_known(tx, surname)
            if known is not None:
                return known
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


# A surname alone goes to the person the corpus names far more often than anyone else with it:
# at least this many documents, and this many times those of the next.
KNOWN_DOCUMENTS = 3
KNOWN_MARGIN = 3
SURNAME_PEOPLE = 6


def best_known(tx: Writer, surname: str) -> int | None:
    """The person with this surname whom the corpus names in far more documents than any other
    ("Обама" alone is Барак Обама once the corpus has him in many texts and Мишель Обама in
    few); None when they are about as well known or too many people share the surname."""
    people = tx.people_by_surname(surname, SURNAME_PEOPLE)
    if len(people) >= SURNAME_PEOPLE:
        return None
    counted = sorted(((tx.entity_documents(cid, KNOWN_MARGIN * 10), cid) for cid, _ in people), reverse=True)
    (top, cid), second = counted[0], counted[1][0] if len(counted) > 1 else 0
    if top >= KNOWN_DOCUMENTS and top >= KNOWN_MARGIN * max(second, 1):
        return cid
    return None


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
