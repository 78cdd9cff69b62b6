"""Who took part and where: the mentions of a sentence in their syntactic slots, and titles
("переговоры президентов Казахстана и Узбекистана") resolved to the people the document names.

A mention's slot is read from the preposition before it (skipping adjectives): none, "с",
"между", "к", "против", "от", "при", "для" make it a participant; "в", "во", "на", "под" make a
place its location. A place named right after a title ("президент Казахстана") completes the
title: next to a named person it is part of that person's description, on its own it stands
for the office holder, whom `RoleBook` finds in the document.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsgraph.doc import Document, Mention, Token
from newsgraph.events.lexicon import ACTOR_PREPS, PLACE_PREPS, ROLE_WORDS, TOPIC_PREPS
from newsgraph.events.triggers import lemma_key

# Tokens that may stand between a preposition and its noun ("в узбекском Самарканде"), or
# between a title and the place it names ("министр иностранных дел Казахстана").
_MODIFIERS = frozenset({"ADJ", "DET", "NUM"})
_COORDINATORS = frozenset({"и", ","})
_NOUN_GROUP = frozenset({"ADJ", "DET", "NUM", "NOUN", "PROPN"})
# A former office holder is not the one a present-tense title names.
_FORMER = ("бывш", "экс", "перв", "покойн", "прежн", "почетн")
_FORMER_WORDS = frozenset("бывший первый покойный прежний почетный экс".split())
FORMER = "former"
# How far after the sentence of a title to look for the person who holds it.
FORWARD_WINDOW = 15


@dataclass(slots=True)
class Phrase:
    """A mention with an entity, as the events stage sees it within its sentence."""

    first: int               # token indexes in the sentence, inclusive
    last: int
    entity: int
    type: str                # PER | LOC | ORG
    prep: str | None         # the preposition the mention depends on
    case: str | None
    role: tuple[int, str] | None = None  # (title word index, office) when it completes a title
    titles: int | None = None            # the named person it describes, in "президент X Имя"


def read_phrases(tokens: list[Token], mentions: list[Mention]) -> list[Phrase]:
    """The sentence's mentions (those with an entity) with slot, case and title, in text order."""
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    phrases = []
    for m in mentions:
        if m.entity is None:
            continue
        first = max(bisect.bisect_right(starts, m.start) - 1, 0)
        last = max(bisect.bisect_left(starts, m.end) - 1, first)
        if tokens[first].end <= m.start or tokens[first].start >= m.end:
            continue
        phrases.append(Phrase(first, last, m.entity, m.type, None, tokens[first].feats.get("Case")))
    phrases.sort(key=lambda p: p.first)
    prev = None
    for p in phrases:
        coordinated = (prev is not None and p.first >= 2 and prev.last == p.first - 2
                       and lemma_key(tokens[p.first - 1]) in _COORDINATORS)
        if coordinated and prev.type == p.type:
            p.role, p.prep = prev.role, prev.prep
        else:
            p.role = _title_before(tokens, p.first, phrases) if p.type != "PER" else None
            head = p.role[0] if p.role else p.first
            p.prep = _prep_before(tokens, head) or _topic_before(tokens, head)
        prev = p
    _mark_titles(tokens, phrases)
    return phrases


def _prep_before(tokens: list[Token], i: int) -> str | None:
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].pos in _MODIFIERS:
        j -= 1
    if j >= 0 and tokens[j].pos == "ADP":
        return lemma_key(tokens[j])
    return None


def _topic_before(tokens: list[Token], i: int) -> str | None:
    """The preposition of a noun group that the mention depends on when that preposition
    marks a topic or origin: "о строительстве ГЭС", "из числа граждан Киргизии"."""
    j = i - 1
    while j >= 0 and i - j <= 6 and tokens[j].pos in _NOUN_GROUP:
        j -= 1
    if j >= 0 and j < i - 1 and tokens[j].pos == "ADP" and lemma_key(tokens[j]) in TOPIC_PREPS:
        return lemma_key(tokens[j])
    return None


def _title_before(tokens: list[Token], i: int, phrases: list[Phrase]) -> tuple[int, str] | None:
    inside_org = {j for p in phrases if p.type == "ORG" for j in range(p.first, p.last + 1)}
    for j in range(i - 1, max(i - 5, -1), -1):
        key = lemma_key(tokens[j])
        office = ROLE_WORDS.get(key) or (ROLE_WORDS.get(key.rsplit("-", 1)[1]) if "-" in key and
                                         not key.startswith("вице-") else None)
        if office:
            if j > 0 and lemma_key(tokens[j - 1]) in _FORMER_WORDS:
                office = FORMER
            return j, office
        tok = tokens[j]
        if tok.pos in _MODIFIERS or j in inside_org or (
                tok.pos in ("NOUN", "PROPN") and tok.feats.get("Case") == "Gen"):
            continue
        return None
    return None


def _mark_titles(tokens: list[Token], phrases: list[Phrase]) -> None:
    """Mark the places of a title that describes a named person: "президент Казахстана
    Нурсултан Назарбаев", "Назарбаев, президент Казахстана"; coordinated titles and names
    pair up in order ("президенты Казахстана и Узбекистана Назарбаев и Мирзиёев")."""
    k = 0
    while k < len(phrases):
        p = phrases[k]
        if p.role is None:
            k += 1
            continue
        chain = [p]
        while k + len(chain) < len(phrases) and phrases[k + len(chain)].role == p.role:
            chain.append(phrases[k + len(chain)])
        after = k + len(chain)
        people: list[Phrase] = []
        if after < len(phrases) and phrases[after].type == "PER" \
                and phrases[after].first == chain[-1].last + 1:
            people.append(phrases[after])
            for q in phrases[after + 1:]:
                gap = people[-1].last + 1
                if q.type != "PER" or q.first != gap + 1 or lemma_key(tokens[gap]) not in _COORDINATORS:
                    break
                people.append(q)
        else:
            j = p.role[0]
            if j >= 2 and tokens[j - 1].text == ",":
                people = [q for q in phrases if q.type == "PER" and q.last == j - 2]
        if people:
            for n, q in enumerate(chain):
                q.titles = people[n if len(people) == len(chain) else 0].entity
        k = after


class RoleBook:
    """Which person of a document holds which office: from entity roles (the roles stage),
    from titles written next to a name, and failing both, the persons who act as subjects
    of the sentences around the title."""

    def __init__(self, doc: Document, sentences: list[list[Phrase]]):
        places = [(i, e.name.lower().replace("ё", "е")) for i, e in enumerate(doc.entities)
                  if e.type in ("LOC", "ORG")]
        self.known: dict[int, set[tuple[str, int]]] = {}
        for i, entity in enumerate(doc.entities):
            if entity.type == "PER":
                for role in entity.roles or []:
                    self.known.setdefault(i, set()).update(_parse_role(role, places))
        self.subjects: list[tuple[int, int]] = []
        for si, phrases in enumerate(sentences):
            for p in phrases:
                if p.titles is not None and p.role is not None:
                    self.known.setdefault(p.titles, set()).add((p.role[1], p.entity))
                if p.type == "PER" and p.prep is None and p.case == "Nom":
                    self.subjects.append((si, p.entity))

    def resolve(self, office: str, place: int, sentence: int, taken: set[int]) -> int | None:
        """The person holding `office` of `place` (an entity index), or None when the
        document does not settle it."""
        if office == FORMER:
            holders = [p for p, roles in self.known.items() if (FORMER, place) in roles]
            return next((p for p in holders if p not in taken), None)
        holders = [p for p, roles in self.known.items() if (office, place) in roles and p not in taken]
        if holders:
            return min(holders, key=lambda p: self._order(p, sentence))
        for si, person in self._around(sentence):
            if person in taken:
                continue
            if self.known.get(person):
                continue  # holds another, known office
            return person
        return None

    def _around(self, sentence: int):
        ahead = [(si, p) for si, p in self.subjects if sentence < si <= sentence + FORWARD_WINDOW]
        behind = [(si, p) for si, p in reversed(self.subjects) if si < sentence]
        return ahead + behind

    def _order(self, person: int, sentence: int) -> int:
        for rank, (_, p) in enumerate(self._around(sentence)):
            if p == person:
                return rank
        return len(self.subjects) + 1


def _parse_role(role: str, places: list[tuple[int, str]]) -> set[tuple[str, int]]:
    text = role.lower().replace("ё", "е")
    office = None
    for word in text.split():
        for key in sorted(ROLE_WORDS, key=len, reverse=True):
            if word == key or (len(key) >= 5 and word.startswith(key[:-1])):
                office = ROLE_WORDS[key]
                break
        if office:
            break
    if office is None:
        return set()
    if any(marker in text for marker in _FORMER):
        office = FORMER
    out = set()
    for i, name in places:
        stem = name[:-1] if len(name) > 4 else name
        if stem and stem in text:
            out.add((office, i))
    return out


def take_part(phrases: list[Phrase], first: int, last: int, head: int, event_type: str,
              book: RoleBook, sentence: int) -> tuple[list[int], Phrase | None]:
    """The participants (entity indexes, in text order) and the place phrase of the event
    whose trigger is token `head` of the clause tokens[first..last]."""
    actors: list[int] = []
    places: list[Phrase] = []
    for p in phrases:
        if p.first < first or p.last > last or p.titles is not None:
            continue
        if p.prep in PLACE_PREPS:
            if p.type == "LOC":
                places.append(p)
            continue
        if p.prep is not None and p.prep not in ACTOR_PREPS:
            continue
        if event_type == "visit" and p.type == "LOC" and p.prep is None and p.role is None \
                and (p.first > head or p.case == "Acc"):
            places.append(p)  # "посетил Душанбе", "Ташкент посетил ...": the place visited
            continue
        entity = p.entity
        if p.role is not None:
            holder = book.resolve(p.role[1], p.entity, sentence, set(actors))
            entity = p.entity if holder is None else holder
        if entity not in actors:
            actors.append(entity)
    place = min(places, key=lambda p: abs(p.first - head)) if places else None
    if place is not None and place.entity in actors:
        actors.remove(place.entity)
    return actors, place
