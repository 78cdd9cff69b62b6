"""Mentions that refer to one real-world entity, joined into one `Entity`.

People join by surname: "Назарбаев", "Назарбаева" (an oblique case of the same surname) and
"Нурсултан Назарбаев" are one person named by the fullest form. A first name alone joins
the one person with that first name. Places and organisations join by their normal form.
"""
from __future__ import annotations

from newsgraph.doc import Entity, Mention
from newsgraph.resources import Resources


def fold(text: str) -> str:
    """Case- and ё-insensitive key.

    >>> fold("Мирзиёев") == fold("МИРЗИЕЕВ")
    True
    """
    return text.lower().replace("ё", "е")


def group_mentions(mentions: list[Mention], res: Resources) -> list[Entity]:
    """Entities for `mentions` (each mention's `entity` is set to its entity's index)."""
    entities: list[Entity] = []
    members: list[list[Mention]] = []
    by_key: dict[tuple[str, str], int] = {}

    def add(m: Mention, key: tuple[str, str]) -> None:
        idx = by_key.get(key)
        if idx is None:
            idx = len(entities)
            entities.append(Entity(idx, m.type, m.normal))
            members.append([])
            by_key[key] = idx
        members[idx].append(m)
        m.entity = idx

    people = [m for m in mentions if m.type == "PER"]
    # Fullest names first, so a surname alone finds the person it belongs to.
    for m in sorted(people, key=lambda m: -len(m.normal.split())):
        words = m.normal.split()
        surname = fold(words[-1])
        if len(words) > 1:
            add(m, ("PER", surname))
            continue
        key = _person_for_single(m, words[0], by_key, entities, res)
        add(m, key or ("PER", surname))
    for m in mentions:
        if m.type != "PER":
            add(m, (m.type, fold(m.normal)))
    for idx, ms in enumerate(members):
        entities[idx].name = _fullest(ms)
    return entities


def _person_for_single(m: Mention, word: str, by_key, entities, res: Resources):
    folded = fold(word)
    if ("PER", folded) in by_key:
        return ("PER", folded)
    # The same surname in another case ("Назарбаева" read as a nominative feminine form).
    for p in res.parse(m.text.split()[-1]):
        if "Surn" in p.tag and ("PER", fold(p.normal_form)) in by_key:
            return ("PER", fold(p.normal_form))
    # A first name alone: the one person of the document with that first name.
    firsts = [key for key, idx in by_key.items()
              if key[0] == "PER" and fold(entities[idx].name.split()[0]) == folded
              and len(entities[idx].name.split()) > 1]
    return firsts[0] if len(firsts) == 1 else None


def _fullest(ms: list[Mention]) -> str:
    best = max(ms, key=lambda m: (len(m.normal.split()), len(m.normal), -m.start))
    return best.normal
