"""Titles of people: "вице-премьер Узбекистана Ачилбай Раматов", "первым президентом
Узбекистана Исламом Каримовым", "Ерлан Карин, государственный советник Казахстана, …".

`find_titles` reads title phrases off the tokens; `assign_roles` gives each title standing
in apposition to a person to that person's `Entity.roles` in the nominative ("первый
президент Узбекистана"). A plural title over a list of places ("переговоры президентов
Казахстана и Узбекистана") becomes one slot per place, filled by `distribute_group_roles`
only where the text settles who holds which. `RoleBook` answers who holds a title, for
speakers named by their title ("сказал глава Узбекистана").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.doc import Document
from newsgraph.quotes.lexicon import (BODY_HEADS, COUNTRY_ADJECTIVES, FORMER, GENERIC_COMPLEMENTS, GENERIC_TITLES,
                                      HEAD_OF_STATE, NEEDS_COMPLEMENT, OFFICE_BY_COMPLEMENT, OFFICE_BY_HEAD,
                                      ROLE_HEADS, VAGUE_MODIFIERS)
from newsgraph.quotes.tokens import BodyTokens
from newsgraph.resources import Resources
from newsgraph.russian import fold, inflect, nominative_surname, restore_yo, title_parse

# Prepositions that may stay inside a title: "посол Узбекистана в Казахстане", "советник по науке".
_TITLE_PREPOSITIONS = frozenset({"в", "во", "при", "по"})


@dataclass
class Title:
    """A title phrase: tokens [start, end) of the text, its head token and nominative text."""

    start: int
    end: int
    head: int
    text: str
    office: str  # "министр"; "head_of_state" for every title of a head of state
    place: str | None  # folded name of the country or body the office belongs to
    former: bool
    plural: bool
    person: int | None = None  # entity index of the person it is given to
    group: list["Title"] = field(default_factory=list)  # one title per place of a group
    descriptive: bool = False  # a person noun standing for a name ("спортсмен")
    people: list[int] = field(default_factory=list)  # names listed after a group title

    @property
    def generic(self) -> bool:
        """A description ("дипломат") rather than a title: it fits anyone and is no role."""
        return self.descriptive or self.office in GENERIC_TITLES

    def fits(self, other: "Title") -> bool:
        """Same office, and the same place wherever both name one."""
        return (self.office == other.office and self.former == other.former
                and (self.place is None or other.place is None or self.place == other.place))

    def conflicts(self, other: "Title") -> bool:
        """True when one person cannot hold both: each ties the person to another place."""
        return self.place is not None and other.place is not None and self.place != other.place


class RoleBook:
    """Titles held by the entities of one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.held: dict[int, list[Title]] = {}
        self.slots: list[Title] = []  # the places of group titles ("президентов A и B")

    def open_slot(self, title: Title) -> bool:
        """True when a group title of the text announces someone holding `title` whom no one
        is yet known to be: a title standing for a name may then name the person in focus."""
        return any(slot.fits(title) and (title.place is None or slot.place == title.place)
                   and not self.holders(slot, strict=True) for slot in self.slots)

    def give(self, entity: int, title: Title) -> None:
        """Record `title` for `entity` and list its text among the entity's roles."""
        if title.generic:
            return
        self.held.setdefault(entity, []).append(title)
        roles = self.doc.entities[entity].roles
        if fold(title.text) not in {fold(r) for r in roles}:
            roles.append(title.text)

    def holders(self, title: Title, strict: bool = False) -> list[int]:
        """Entities holding a title that fits `title` (with `strict`, for the very same place)."""
        return [e for e, ts in self.held.items()
                if any(t.fits(title) and (not strict or t.place == title.place) for t in ts)]

    def compatible(self, entity: int, title: Title) -> bool:
        """True when `entity` may hold `title`: it holds nothing, or only titles of the same
        office that do not tie it to another place. A description fits anyone."""
        if title.generic:
            return True
        held = self.held.get(entity, [])
        return all(t.office == title.office and t.former == title.former and not t.conflicts(title)
                   for t in held)


def find_titles(view: BodyTokens, res: Resources) -> list[Title]:
    """Every title phrase of the body, with the person it stands in apposition to."""
    out = []
    i = 0
    n = len(view)
    while i < n:
        tok = view.tokens[i]
        if tok.pos in ("NOUN", "PROPN") and view.lemma(i) in ROLE_HEADS and view.mention(i) is None:
            title = _read_title(view, res, i)
            if title is not None:
                out.append(title)
        i += 1
    return _one_title_per_name(view, out)


def _one_title_per_name(view: BodyTokens, titles: list[Title]) -> list[Title]:
    # "первым заместителем министра иностранных дел Казахстана Ерланом Ашикбаевым": the
    # inner "министра" reaches the same name; the name goes to the title in its own case.
    claimed: dict[int, Title] = {}
    for title in titles:
        if title.person is None or title.plural:
            continue
        key = title.end
        other = claimed.get(key)
        if other is None or (not _same_case(view, other) and _same_case(view, title)):
            claimed[key] = title
    for title in titles:
        if title.person is not None and claimed.get(title.end) not in (None, title):
            title.person = None
    return titles


def _same_case(view: BodyTokens, title: Title) -> bool:
    j = title.end
    m = view.mention_of[j] if j < len(view) else None
    cases = set()
    while m is not None and j < len(view) and view.mention_of[j] == m:
        cases.add(view.case(j))
        j += 1
    return view.case(title.head) in cases


def assign_roles(titles: list[Title], book: RoleBook) -> None:
    """Give every title standing in apposition to a person to that person, and the titles
    of a group to the names listed after it in the same order ("министров энергетики
    Казахстана и Кыргызстана Ерлана Касенова и Таалайбека Ибраева")."""
    book.slots = [slot for title in titles for slot in title.group]
    for title in titles:
        if title.person is not None and not title.plural:
            book.give(title.person, title)
        elif title.group and len(title.people) == len(title.group):
            for person, slot in zip(title.people, title.group):
                book.give(person, slot)


def distribute_group_roles(titles: list[Title], book: RoleBook, view: BodyTokens) -> None:
    """Fill the slots of group titles ("президентов Казахстана и Узбекистана"): a slot whose
    office someone already holds for that place goes to that person; when one slot is left
    and exactly one person of the document holds no title at all, it goes to that person."""
    doc = view.doc
    people = [e.id for e in doc.entities if e.type == "PER"]
    for title in titles:
        if not title.group:
            continue
        open_slots = []
        for slot in title.group:
            holders = [e for e in book.holders(slot, strict=True) if doc.entities[e].type == "PER"]
            if len(holders) == 1:
                book.give(holders[0], slot)
            elif not holders:
                open_slots.append(slot)
        free = [p for p in people if not book.held.get(p)]
        if len(open_slots) == 1 and len(free) == 1 and len(open_slots) < len(title.group):
            book.give(free[0], open_slots[0])


def title_at(view: BodyTokens, res: Resources, i: int) -> Title | None:
    """The title phrase whose head is token `i`, or None."""
    if view.lemma(i) not in ROLE_HEADS or view.tokens[i].pos not in ("NOUN", "PROPN"):
        return None
    return _read_title(view, res, i)


def _read_title(view: BodyTokens, res: Resources, head: int) -> Title | None:
    doc = view.doc
    tokens = view.tokens
    case = view.case(head)
    sent_start, sent_end = view.sentence_start(head), view.sentence_end(head)
    # Modifiers to the left agree with the head ("первым президентом", "государственный советник").
    start = head
    while start - 1 >= sent_start:
        prev = tokens[start - 1]
        if prev.pos not in ("ADJ", "DET") or view.mention(start - 1) is not None:
            break
        if view.case(start - 1) not in (case, None) or view.lemma(start - 1) in VAGUE_MODIFIERS:
            break
        start -= 1
    # The complement to the right: words in the genitive and names of places and bodies.
    end = _complement_end(view, head + 1, sent_end)
    places = [view.mention_of[j] for j in range(head + 1, end)
              if view.mention_of[j] is not None and doc.mentions[view.mention_of[j]].type in ("LOC", "ORG")]
    places = list(dict.fromkeys(places))
    lemma = view.lemma(head)
    if lemma in NEEDS_COMPLEMENT and end == head + 1:
        return None
    # A preposition phrase joins the title only when a name follows it ("посол Узбекистана в
    # Казахстане Ойбек Усманов"); otherwise it is the circumstance of the sentence.
    person_at = end
    if end < sent_end and view.word(end) in _TITLE_PREPOSITIONS:
        pp_end = _complement_end(view, end + 2, sent_end) if end + 1 < sent_end else end + 1
        if _person_starts(view, pp_end):
            end = person_at = pp_end
    plural = tokens[head].feats.get("Number") == "Plur"
    person = None
    if _person_starts(view, person_at) and _agree(view, head, person_at):
        person = doc.mentions[view.mention_of[person_at]].entity
    elif not plural:
        person = _person_before(view, start, end, sent_end)
    former = any(view.lemma(j) in FORMER for j in range(start, head)) or fold(tokens[head].text).startswith("экс")
    office, place = _office(view, lemma, start, head, end, places)
    text = _nominative_text(view, res, start, head, end)
    title = Title(start, end, head, text, office, place, former, plural, person)
    if plural and len(places) > 1 and all(doc.mentions[p].type == "LOC" for p in places):
        title.group = [_slot(view, res, title, p) for p in places]
        title.people = _listed_people(view, person_at, sent_end)
    return title


def _listed_people(view: BodyTokens, j: int, sent_end: int) -> list[int]:
    """Entities of a list of names starting at token `j`: "A и B", "A, B и C"."""
    doc = view.doc
    out = []
    while _person_starts(view, j):
        out.append(doc.mentions[view.mention_of[j]].entity)
        j = view.mention_end(j)
        if j < sent_end and view.word(j) in (",", "и"):
            j += 1
            continue
        break
    return out if len(set(out)) == len(out) else []


def _complement_end(view: BodyTokens, j: int, sent_end: int) -> int:
    tokens = view.tokens
    end = j
    while j < sent_end:
        m = view.mention(j)
        if m is not None:
            if m.type == "PER":
                break
            # A name of a place or a body joins whatever its case ("МИД" has none).
            j = view.mention_end(j)
            end = j
            continue
        tok = tokens[j]
        if tok.text in ("«", "\"", "„") and end == j:
            # A name in quotation marks that no tagger took for one ("ассоциации «Средний коридор»").
            close = next((k for k in range(j + 1, min(j + 7, sent_end)) if tokens[k].text in ("»", "\"", "“")), None)
            if close is not None:
                j = end = close + 1
                continue
            break
        if tok.pos in ("NOUN", "PROPN", "ADJ", "DET") and view.case(j) == "Gen":
            j += 1
            if tok.pos in ("NOUN", "PROPN"):
                end = j
            continue
        # "Казахстана и Узбекистана", "экономики и коммерции": a list in the genitive.
        if view.word(j) == "и" and j + 1 < sent_end and end == j and (
                (view.mention(j + 1) is not None and view.mention(j + 1).type in ("LOC", "ORG"))
                or (view.mention(j + 1) is None and view.case(j + 1) == "Gen")):
            j += 1
            continue
        break
    return end



def _person_starts(view: BodyTokens, j: int) -> bool:
    m = view.mention(j) if j < len(view) else None
    return m is not None and m.type == "PER" and m.entity is not None and view.tokens[j].start == m.start


def _agree(view: BodyTokens, head: int, name: int) -> bool:
    """True when the name at token `name` stands in apposition to the title headed by `head`.

    A name in apposition takes the title's case, but the tagger often reads a name after a
    title in the nominative as genitive; so a nominative title keeps its name unless the
    complement holds another person noun in the name's case ("пресс-секретарь президента
    Мирзиёева"), while an oblique title never takes a nominative name: "Указом президента
    Узбекистана Шухрат Ганиев назначен …" names a new subject."""
    m = view.mention_of[name]
    cases = set()
    k = name
    while k < len(view) and view.mention_of[k] == m:
        cases.add(view.case(k))
        k += 1
    head_case = view.case(head)
    if head_case is None or head_case in cases or cases == {None}:
        return True
    if head_case == "Nom":
        inner = [j for j in range(head + 1, name) if view.lemma(j) in ROLE_HEADS]
        return not any(view.case(j) in cases for j in inner)
    # An animate accusative is the genitive's twin ("спросили министра Абенова").
    if head_case in ("Acc", "Gen") and cases & {"Acc", "Gen"}:
        return True
    # A name read as nominative after an oblique title is one only when its surname says so
    # ("Шухрат Ганиев"); "Айгуль Сейтказиевой" is the tagger's slip.
    return "Nom" in cases and not nominative_surname(view.tokens[k - 1].text)


def _person_before(view: BodyTokens, start: int, end: int, sent_end: int) -> int | None:
    # "Ерлан Карин, государственный советник Казахстана, заявил": a title between commas
    # right after a name.
    if start < 2 or view.word(start - 1) != "," or end >= sent_end or view.tokens[end].text not in ",.":
        return None
    m = view.mention(start - 2)
    if m is None or m.type != "PER" or view.tokens[start - 2].end != m.end:
        return None
    return m.entity


def _office(view: BodyTokens, lemma: str, start: int, head: int, end: int,
            places: list[int]) -> tuple[str, str | None]:
    """The office a title names and the place it belongs to: "глава Узбекистана" and
    "президент Узбекистана" are one office of one place; "глава МИД" heads a body."""
    doc = view.doc
    lemma = OFFICE_BY_HEAD.get(lemma, lemma)
    words = [view.lemma(j) for j in range(head + 1, end) if view.tokens[j].pos != "PUNCT"]
    office = OFFICE_BY_COMPLEMENT.get((lemma, words[0] if words else ""), lemma)
    country = [COUNTRY_ADJECTIVES[view.lemma(j)] for j in range(start, head) if view.lemma(j) in COUNTRY_ADJECTIVES]
    if places:
        m = doc.mentions[places[0]]
        place = fold(doc.entities[m.entity].name) if m.entity is not None else fold(m.normal)
        if office in HEAD_OF_STATE and m.type == "LOC" and view.first_at(m.start) == head + 1:
            return "head_of_state", place
        # "председатель Нацбанка" and "глава Нацбанка", "президент компании": one head of a body.
        return ("head_of_body" if office in BODY_HEADS else office), place
    if country:
        return ("head_of_state" if office in HEAD_OF_STATE else office), country[0]
    if words and not all(w in GENERIC_COMPLEMENTS for w in words):
        # "лидер партии", "глава района", "директор института"
        return ("head_of_body" if office in BODY_HEADS else office), " ".join(words)
    if office in HEAD_OF_STATE and office != "глава":
        return "head_of_state", None
    return office, None


def _slot(view: BodyTokens, res: Resources, title: Title, mention: int) -> Title:
    """One place's share of a group title: "министры иностранных дел Кыргызстана и
    Казахстана" -> "министр иностранных дел Кыргызстана"."""
    doc = view.doc
    m = doc.mentions[mention]
    head_text = _nominative_text(view, res, title.start, title.head, title.head + 1)
    first_place = min(view.first_at(doc.mentions[p].start) for p in _places_of(view, title))
    between = doc.text[view.tokens[title.head].end:view.tokens[first_place].start]
    text = f"{head_text}{between}{m.text}" if between.strip() else f"{head_text} {m.text}"
    place = fold(doc.entities[m.entity].name) if m.entity is not None else fold(m.normal)
    return Title(title.start, title.end, title.head, text, title.office, place, title.former, False)


def _places_of(view: BodyTokens, title: Title) -> list[int]:
    doc = view.doc
    return list(dict.fromkeys(view.mention_of[j] for j in range(title.head + 1, title.end)
                              if view.mention_of[j] is not None
                              and doc.mentions[view.mention_of[j]].type in ("LOC", "ORG")))


def _nominative_text(view: BodyTokens, res: Resources, start: int, head: int, end: int) -> str:
    """The title in the nominative singular: modifiers and head inflected, the complement as written."""
    doc = view.doc
    words = []
    head_parse = _parse(view, res, head)
    gender = None
    if head_parse is not None:
        gender = head_parse.tag.gender
        if gender not in ("masc", "femn", "neut"):
            gender = "masc"  # "глава", "судья": common gender, agreeing as masculine in titles
    for j in range(start, head + 1):
        tok = view.tokens[j]
        parse = head_parse if j == head else _parse(view, res, j)
        wanted = {"nomn", "sing"} if j == head else {"nomn", "sing", gender or "masc"}
        word = tok.text
        if parse is not None and view.case(j) not in (None,):
            form = inflect(parse, wanted, {"nomn", "sing"})
            if form:
                word = form
        words.append(_shape(tok.text, word))
        if j < head:
            words.append(doc.text[tok.end:view.tokens[j + 1].start] or " ")
    text = "".join(words)
    if end > head + 1:
        text += doc.text[view.tokens[head].end:view.tokens[end - 1].end]
    return text


def _parse(view: BodyTokens, res: Resources, j: int):
    return title_parse(res.parse(view.tokens[j].text), view.case(j), view.tokens[j].feats.get("Number"))


def _shape(original: str, word: str) -> str:
    # Titles are common nouns: lower case, unless written in capitals ("ООН").
    if original.isupper() and len(original) > 1:
        return original
    return restore_yo(original, word.lower())
