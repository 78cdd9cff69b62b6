"""References: words that point at an entity without naming it.

A reader takes "российские военные" as Russia's military and "российско-китайские переговоры"
as talks between Russia and China, and so do gold sets that link such words (NEREL links
"американских" to the United States). These adjectives are not names, so they are no mentions
(the NER figures count names only); they are kept in `doc.references`, each with the place it
is of as its `normal` and the document entity of that place, which the corpus, entity pages
and events read like a mention's.
"""
from __future__ import annotations

import re

from newsgraph.doc import Document, Entity, Mention, Token
from newsgraph.entities.places import IRREGULAR_PLACE_ADJECTIVES, known_noun, place_of_lemma
from newsgraph.resources import Resources
from newsgraph.roles import COUNTRY_ADJECTIVES
from newsgraph.russian import fold

# A relational adjective of a place in any form: -ский / -цкий ("российских", "нью-йоркского").
_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ую|ом|их|им|ими|ей)$")
# The first part of a compound adjective: "российско-", "советско-", "американо-".
_COMPOUND_PART = re.compile(r"(?:ск|цк)о$|ано$")
# Adjectives the tables give a place ("французский": the stem is "француз", a person).
LISTED = frozenset(IRREGULAR_PLACE_ADJECTIVES) | frozenset(COUNTRY_ADJECTIVES)
# Nouns after which a country's adjective names a language or a people's ways, not the country:
# "на английском языке", "французская кухня".
NOT_THE_PLACE = frozenset("язык языковой кухня литература литературный национальность".split())


def find_references(doc: Document, res: Resources) -> list[Mention]:
    """Adjectives of places outside every mention, as references (see the module doc): the
    whole word where it is one place's adjective ("нью-йоркского"), else each part of a
    compound that is ("российско-китайских": Россия and Китай). Each reference's `entity` is
    the document's entity of that place, which is added (after the named ones) where the text
    does not name the place. Nothing found gives an empty list."""
    covered = sorted((m.start, m.end) for m in doc.mentions)
    found: list[tuple[int, int, str, str]] = []
    for sent in doc.sents:
        toks = sent.tokens
        for i, tok in enumerate(toks):
            if not _ADJECTIVE.search(tok.text.lower()) or _inside(covered, tok):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.lemma and fold(nxt.lemma) in NOT_THE_PLACE:
                continue
            found += _places_of(tok, res)
    if not found:
        return []
    return [_reference(doc, s, e, surface, place) for s, e, surface, place in found]


def _referent(lemma: str, res: Resources) -> str | None:
    """The place an adjective outside a name refers to. Stricter than inside a name: an
    adjective of a surname ("ленинский", "георгиевский") or of a common word a town was named
    after ("братский": Братск) means that, though a town bears the name too."""
    place = place_of_lemma(lemma, res)
    if place is None or lemma in LISTED:
        return place
    stem = lemma[:-4]
    if len(stem) >= 4 and not known_noun(stem, res, ("Geox",)) and (
            known_noun(stem, res, ("Surn", "Name")) or known_noun(stem, res) and fold(place) == stem + "ск"):
        return None
    return place


def _places_of(tok: Token, res: Resources) -> list[tuple[int, int, str, str]]:
    lemma = fold(tok.lemma or tok.text)
    place = _referent(lemma, res)
    if place:
        return [(tok.start, tok.end, tok.text, place)]
    if "-" not in tok.text:
        return []
    out, pos = [], tok.start
    parts = tok.text.split("-")
    lemma_parts = lemma.split("-")
    for k, part in enumerate(parts):
        start, pos = pos, pos + len(part) + 1
        if k < len(parts) - 1:
            low = part.lower()
            if not _COMPOUND_PART.search(low):
                continue
            # "российско" is of "российский", "американо" of "американский"
            place = _referent(low[:-1] + ("ий" if low.endswith("ко") else "ский"), res)
        else:
            place = _referent(lemma_parts[-1], res) if len(lemma_parts) == len(parts) else None
        if place:
            out.append((start, start + len(part), part, place))
    return out


def _inside(covered: list[tuple[int, int]], tok: Token) -> bool:
    return any(s < tok.end and tok.start < e for s, e in covered)


def _reference(doc: Document, start: int, end: int, surface: str, place: str) -> Mention:
    key = fold(place)
    entity = next((e.id for e in doc.entities if e.type == "LOC" and fold(e.name) == key), None)
    if entity is None:
        entity = len(doc.entities)
        doc.entities.append(Entity(entity, "LOC", place))
    return Mention(start, end, "LOC", surface, place, entity)
