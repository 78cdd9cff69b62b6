"""Who took part and where: the mentions of a sentence in their syntactic slots, and titles
("переговоры президентов Казахстана и Узбекистана") resolved to the people the document names.

A mention's slot is read from the preposition before it (skipping adjectives): none, "с",
"между", "к", "против", "от", "при", "для" make it a participant; "в", "во", "на", "под" with
the locative make a place its location, with the accusative a destination that takes part. A place named right after a title ("президент Казахстана") completes the
title: next to a named person it is part of that person's description, on its own it stands
for the office holder, whom `RoleBook` finds in the document.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsgraph.doc import Document, Mention, Token
from newsgraph.events.lexicon import (
    ACTOR_PREPS, FRAMES, PLACE_NOUNS, PLACE_PREPS, ROLE_WORDS, TOPIC_PREPS,
)
from newsgraph.resources import Resources
from newsgraph.russian import lemma_key, may_stand_in

# Tokens that may stand between a preposition and its noun ("в узбекском Самарканде"), or
# between a title and the place it names ("министр иностранных дел Казахстана").
_MODIFIERS = frozenset({"ADJ", "DET", "NUM"})
_COORDINATORS = frozenset({"и", ","})
_NOUN_GROUP = frozenset({"ADJ", "DET", "NUM", "NOUN", "PROPN"})
# A former office holder is not the one a present-tense title names.
_FORMER = ("бывш", "экс", "перв", "покойн", "прежн", "почетн")
_FORMER_WORDS = frozenset("бывший первый покойный прежний почетный экс".split())
FORMER = "former"
FRAME = "frame"  # the slot of a mention inside a frame: neither a participant nor a place
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
    prep_case: str | None = None  # the case that preposition governs ("в Иран": Acc, "в Иране": Loc)
    post: bool = False       # a title in the instrumental: a post given, "назначен хокимом области"
    role: tuple[int, str] | None = None  # (title word index, office) when it completes a title
    titles: int | None = None            # the named person it describes, in "президент X Имя"
    office: str | None = None            # a person's own title with no place: "глава правительства Имя"


def read_phrases(tokens: list[Token], mentions: list[Mention], res: Resources) -> list[Phrase]:
    """The sentence's mentions (those with an entity) with slot, case and title, in text order.
    A mention depending on a noun group takes the group's slot when it tells something
    ("о строительстве ГЭС" is a topic, "в центре Тбилиси" a place)."""
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
            p.role, p.prep, p.prep_case, p.post = prev.role, prev.prep, prev.prep_case, prev.post
        else:
            p.role = _title_before(tokens, p.first, phrases) if p.type != "PER" else None
            if p.type == "PER" and not (prev is not None and prev.last == p.first - 1):
                title = _title_before(tokens, p.first, phrases)
                p.office = title[1] if title else None
            head = p.role[0] if p.role else p.first
            p.prep, p.prep_case = _prep_before(tokens, head) or _group_prep(tokens, head) or (None, None)
            p.post = p.role is not None and p.prep is None and tokens[head].feats.get("Case") == "Ins"
        prev = p
    _mark_titles(tokens, phrases, res)
    return phrases


def _prep_before(tokens: list[Token], i: int) -> tuple[str, str | None] | None:
    """The preposition right before a noun (adjectives may stand between), with the case it
    governs there."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].pos in _MODIFIERS:
        j -= 1
    if j >= 0 and tokens[j].pos == "ADP":
        return lemma_key(tokens[j]), tokens[j + 1].feats.get("Case")
    return None


def _group_prep(tokens: list[Token], i: int) -> tuple[str, str | None] | None:
    """The slot given by the preposition of a noun group that a mention depends on: a topic
    or origin ("о строительстве ГЭС"), a place ("в центре Тбилиси"), or a frame ("на полях
    саммита ШОС"); None when the group's preposition says nothing about the mention."""
    j = i - 1
    nouns = []
    while j >= 0 and i - j <= 6 and tokens[j].pos in _NOUN_GROUP:
        if tokens[j].pos in ("NOUN", "PROPN"):
            nouns.append(lemma_key(tokens[j]))
        j -= 1
    if j < 0 or not nouns or tokens[j].pos != "ADP":
        return None
    prep, case = lemma_key(tokens[j]), tokens[j + 1].feats.get("Case")
    if (tokens[j].text.lower(), nouns[-1]) in FRAMES:
        return FRAME, case
    if prep in TOPIC_PREPS:
        return prep, case
    if prep in PLACE_PREPS and all(n in PLACE_NOUNS for n in nouns):
        return prep, case
    return None


def _title_before(tokens: list[Token], i: int, phrases: list[Phrase]) -> tuple[int, str] | None:
    """The title word before token i, and the office it names. A noun between them narrows
    the office: "глава правительства" is not "глава" of a state, "министр иностранных дел"
    not any minister."""
    inside_org = {j for p in phrases if p.type == "ORG" for j in range(p.first, p.last + 1)}
    for j in range(i - 1, max(i - 5, -1), -1):
        key = lemma_key(tokens[j])
        office = ROLE_WORDS.get(key) or (ROLE_WORDS.get(key.rsplit("-", 1)[1]) if "-" in key and
                                         not key.startswith("вице-") else None)
        if office:
            if j > 0 and lemma_key(tokens[j - 1]) in _FORMER_WORDS:
                return j, FORMER
            nouns = [lemma_key(tokens[k]) for k in range(j + 1, i)
                     if tokens[k].pos in ("NOUN", "PROPN") or k in inside_org]
            return j, f"{office}:{nouns[0]}" if nouns else office
        tok = tokens[j]
        if tok.pos in _MODIFIERS or j in inside_org or (
                tok.pos in ("NOUN", "PROPN") and tok.feats.get("Case") == "Gen"):
            continue
        return None
    return None


def _mark_titles(tokens: list[Token], phrases: list[Phrase], res: Resources) -> None:
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
        while k + len(chain) < len(phrases) and phrases[k + len(chain)].role is not None \
                and phrases[k + len(chain)].role[0] == p.role[0]:
            chain.append(phrases[k + len(chain)])
        after = k + len(chain)
        people: list[Phrase] = []
        if after < len(phrases) and phrases[after].type == "PER" \
                and phrases[after].first == chain[-1].last + 1 \
                and _may_agree(res, tokens[p.role[0]].text, phrases[after].case):
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


def _may_agree(res: Resources, title: str, case: str | None) -> bool:
    """Whether the title word can stand in the person's case: "Президенты России ... Владимир
    Путин" agree, "указом президента Узбекистана Шухрат Ганиев назначен" do not. The word's
    own dictionary cases are asked, since the tagger may mistake the case of a title."""
    return may_stand_in(res.parse(title), case)


class RoleBook:
    """Which person of a document holds which office: from entity roles (the roles stage),
    from titles written next to a name, and failing both, the persons who act as subjects
    of the sentences around the title."""

    def __init__(self, doc: Document, sentences: list[list[Phrase]], res: Resources):
        places = [(i, e.name.lower().replace("ё", "е")) for i, e in enumerate(doc.entities)
                  if e.type in ("LOC", "ORG")]
        # person -> {(office, place entity or None)}
        self.known: dict[int, set[tuple[str, int | None]]] = {}
        for i, entity in enumerate(doc.entities):
            if entity.type == "PER":
                for role in entity.roles or []:
                    self.known.setdefault(i, set()).update(_parse_role(role, places, res))
        self.subjects: list[tuple[int, int]] = []
        for si, phrases in enumerate(sentences):
            for p in phrases:
                if p.titles is not None and p.role is not None:
                    self.known.setdefault(p.titles, set()).add((p.role[1], p.entity))
                if p.office is not None:
                    self.known.setdefault(p.entity, set()).add((p.office, None))
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
            roles = self.known.get(person)
            if person in taken or (roles and not any(
                    o == office and p in (None, place) for o, p in roles)):
                continue  # taken, or known to hold another office
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


def _parse_role(role: str, places: list[tuple[int, str]], res: Resources) -> set[tuple[str, int | None]]:
    """(office, place) pairs of a role the roles stage wrote: "президент Казахстана",
    "министр иностранных дел Узбекистана" (office narrowed by its noun, as in `_title_before`)."""
    text = role.lower().replace("ё", "е")
    words = text.split()
    office, at = None, 0
    for at, word in enumerate(words):
        for key in sorted(ROLE_WORDS, key=len, reverse=True):
            if word == key or (len(key) >= 5 and word.startswith(key[:-1])):
                office = ROLE_WORDS[key]
                break
        if office:
            break
    if office is None:
        return set()
    found = [(i, name) for i, name in places if (name[:-1] if len(name) > 4 else name) in text]
    if any(marker in text for marker in _FORMER):
        office = FORMER
    else:
        stems = [name[:-1] if len(name) > 4 else name for _, name in found]
        for word in words[at + 1:]:
            if any(word.startswith(stem) for stem in stems):
                break
            parses = res.parse(word)
            if parses and parses[0].tag.POS == "NOUN":
                office = f"{office}:{parses[0].normal_form.replace('ё', 'е')}"
                break
    return {(office, i) for i, _ in found} or {(office, None)}


def take_part(tokens: list[Token], phrases: list[Phrase], first: int, last: int, head: int,
              event_type: str, governs: bool, book: RoleBook, sentence: int
              ) -> tuple[list[int], Phrase | None]:
    """The participants (entity indexes, in text order) and the place phrase of the event
    whose trigger is token `head` of the clause tokens[first..last]; `governs` says the
    trigger is a plan or refusal, whose participants include those of the verb it governs."""
    actors: list[int] = []
    places: list[Phrase] = []
    for p in phrases:
        if p.first < first or p.last > last or p.titles is not None or p.post:
            continue
        if p.prep in PLACE_PREPS:
            if p.prep_case != "Acc" or (event_type == "visit" and p.type == "LOC"):
                if p.type == "LOC":
                    places.append(p)
                continue
            # "направил в Киргизию", "вступить в ЕАЭС": a destination takes part
        elif p.prep is not None and p.prep not in ACTOR_PREPS:
            continue
        if p.prep is None and not governs and _after_other_verb(tokens, head, p.first):
            continue  # "пригрозил перекрыть Ормузский пролив": the object of another verb
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


def _after_other_verb(tokens: list[Token], head: int, i: int) -> bool:
    return any(tokens[k].pos == "VERB" and tokens[k].feats.get("VerbForm") == "Inf"
               for k in range(head + 1, i))


def previous_person(book: RoleBook, sentence: int) -> int | None:
    """The person last acting as a subject before `sentence`: what "он" or "она" refers to."""
    for si, person in reversed(book.subjects):
        if si < sentence:
            return person
    return None
