"""Mentions that refer to one real-world entity, joined into one `Entity`.

People: full names join when surname and first name (or its initial, "Дж." too) agree, so "Алексей
Иванов" and "Пётр Иванов" stay two people. A surname alone ("Назарбаев", or "Назарбаева",
an oblique case of it) or a first name alone joins the person it can name; where several
can, the one mentioned last before it (else first after it); a first name with a patronymic
("Владимир Владимирович") joins the person of that first name the same way; a name spelt in the original
in brackets after it ("Джошуа Вольфа (Joshua Wolf)") is the same person. Each person is named
by the fullest form used outside such brackets. Places and organisations join by their normal form, and a full name with its
abbreviation in brackets after it ("Форум стран-экспортёров газа (ФСЭГ)") is one entity, the
abbreviation's other mentions with it.
"""
from __future__ import annotations

import re

from newsgraph.doc import Entity, Mention
from newsgraph.resources import Resources
from newsgraph.russian import LEGAL_FORMS, acronym, fold, name_words


# Lowercase particles of surnames ("Кристиан фон Беттихер", "Шарль де Голль", "Башар аль-Асад"):
# a surname written with its particle and no first name ("фон Беттихер") is the surname alone.
SURNAME_PARTICLES = frozenset(
    "де ди да ду дос дас до дю дель делла ла ле ван фон дер цу ибн бин бен аль эль ад ас аш ат".split()
)
# The particles a name may open with capitalised at the start of a sentence ("Фон Беттихер
# заявил"); "Ван", "Ле", "До" open Chinese and Vietnamese names as surnames ("Ван И", "Ле Зуан").
OPENING_PARTICLES = frozenset("фон де ди дю дель делла дер дос дас".split())
_HYPHEN_PARTICLE = re.compile(r"^(?:аль|эль|ад|ас|аш|ат|ар|ан|бен|ибн|бин)-")


def _core_words(words: list[str]) -> list[str]:
    """A name's words without the lowercase particles before its surname: ["фон", "Беттихер"]
    is ["Беттихер"]; "Кристиан фон Беттихер" keeps its first name and surname."""
    core = [w for i, w in enumerate(words)
            if not (w.islower() and w in SURNAME_PARTICLES
                    or (i == 0 and len(words) > 1 and fold(w) in OPENING_PARTICLES))]
    return core or words


def _bare_surname(surname: str) -> str:
    """A folded surname without a hyphenated particle: "аль-асад" is "асад"."""
    return _HYPHEN_PARTICLE.sub("", surname)


class _Person:
    __slots__ = ("first", "surname", "mentions")

    def __init__(self, first: str | None, surname: str):
        self.first, self.surname, self.mentions = first, surname, []

    def agrees(self, first: str | None) -> bool:
        if self.first is None or first is None:
            return True
        a, b = self.first.rstrip("."), first.rstrip(".")
        # "Н." and "Нурсултан" agree; "Пётр" and "Алексей" do not.
        if a == b or ((len(a) == 1 or len(b) == 1) and a[0] == b[0]):
            return True
        # An initial of two or three letters written with its dot, as Russian writes
        # "Дж." for "Джеймс" or "Джордж", agrees with the full first name it begins.
        return any(short.endswith(".") and 1 < len(s) <= 3 and not full.endswith(".")
                   and len(f) > len(s) and f.startswith(s)
                   for short, full, s, f in ((self.first, first, a, b), (first, self.first, b, a)))


def group_mentions(mentions: list[Mention], res: Resources, text: str = "") -> list[Entity]:
    """Entities for `mentions` (each mention's `entity` is set to its entity's index); `text`,
    the document's, shows the abbreviations given in brackets."""
    # A person's name spelt in the original in brackets after it ("Джошуа Вольфа (Joshua Wolf)")
    # is that person; it joins the name it glosses once the names are grouped.
    glosses = {id(gloss): full for full, gloss in _bracketed_pairs(mentions, text, "PER")}
    people = _group_people([m for m in mentions if m.type == "PER" and id(m) not in glosses], res)
    # "Владимир Владимирович" names the person but is not the name to call them by
    given_only = {id(m) for m in mentions if m.type == "PER" and _given_and_patronymic(m.normal, res)}
    for person in people:
        person.mentions += [g for g in mentions if id(g) in glosses and glosses[id(g)] in person.mentions]
    groups: list[list[Mention]] = [p.mentions for p in people]
    by_key: dict[tuple[str, str], int] = {}
    for full, short in _bracketed_abbreviations(mentions, text):
        key = _key(full)
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append([])
        by_key.setdefault(_key(short), by_key[key])
    for m in mentions:
        if m.type == "PER":
            continue
        key = _key(m)
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append([])
        groups[by_key[key]].append(m)
    groups = _join_abbreviations(groups)
    # Entities in order of first mention.
    groups.sort(key=lambda ms: min(m.start for m in ms))
    entities = []
    for idx, ms in enumerate(groups):
        named = [m for m in ms if id(m) not in glosses and id(m) not in given_only] or \
            [m for m in ms if id(m) not in glosses] or ms
        entities.append(Entity(idx, ms[0].type, _fullest(named)))
        for m in ms:
            m.entity = idx
    return entities


def _bracketed_abbreviations(mentions: list[Mention], text: str) -> list[tuple[Mention, Mention]]:
    """(full name, abbreviation) pairs written "Полное название (АББР)": an organisation or
    place followed, across an opening bracket, by a capitalised one-word mention of the same
    type that closes the bracket."""
    pairs = []
    ordered = sorted((m for m in mentions if m.type != "PER"), key=lambda m: m.start)
    for full, short in zip(ordered, ordered[1:]):
        if (short.type == full.type and len(full.normal.split()) > 1 and " " not in short.text
                and short.text[:2].isupper() and text[full.end:short.start].lstrip("»”\"").strip() == "("
                and text[short.end:short.end + 1] == ")"):
            pairs.append((full, short))
    return pairs


def _bracketed_pairs(mentions: list[Mention], text: str, type_: str) -> list[tuple[Mention, Mention]]:
    """(name, gloss) pairs of `type_` written "Name (Gloss)": the gloss closes a bracket opened
    right after the name."""
    ordered = sorted((m for m in mentions if m.type == type_), key=lambda m: m.start)
    return [(full, gloss) for full, gloss in zip(ordered, ordered[1:])
            if text[full.end:gloss.start].strip() == "(" and text[gloss.end:gloss.end + 1] == ")"]


def _group_people(mentions: list[Mention], res: Resources) -> list[_Person]:
    people: list[_Person] = []
    for m in sorted(mentions, key=lambda m: m.start):
        words = _core_words(name_words(m.normal))
        if len(words) < 2 or _given_and_patronymic(m.normal, res):
            continue
        first, surname = fold(words[0]), fold(words[-1])
        match = next((p for p in people if p.surname == surname and p.agrees(first)), None)
        if match is None:
            match = _Person(first, surname)
            people.append(match)
        elif match.first is None or len(match.first) < len(first):
            match.first = first
        match.mentions.append(m)
    full = list(people)
    alone: dict[str, _Person] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        words = _core_words(name_words(m.normal))
        if len(words) == 2 and _given_and_patronymic(m.normal, res):
            first = fold(words[0])
            candidates = [p for p in full if p.first == first]
            if candidates:
                _nearest(candidates, m).mentions.append(m)
            else:
                person = alone.get(fold(m.normal))
                if person is None:
                    person = alone[fold(m.normal)] = _Person(first, fold(words[1]))
                    people.append(person)
                person.mentions.append(m)
            continue
        if len(words) >= 2:
            continue
        word = fold(words[0]) if words else fold(m.normal)
        text_words = name_words(m.text)
        written = fold(_core_words(text_words)[-1]) if text_words else fold(m.text)
        bare = _bare_surname(word)
        candidates = [p for p in full if p.surname == word] \
            or [p for p in full if p.surname in _surname_lemmas(m, res)] \
            or [p for p in full if _bare_surname(p.surname) == bare] \
            or [p for p in full if p.first == word]
        if not candidates and written != word:
            # "Роналду" alone read as the dative of "Роналд": the text's "Криштиану Роналду"
            # has the surname as written, and the lone word is that person's.
            candidates = [p for p in full if p.surname == written]
            if candidates:
                m.normal = m.text
        person = _nearest(candidates, m) if candidates else None
        if person is None:
            person = alone.get(word)
            if person is None:
                person = alone[word] = _Person(None, word)
                people.append(person)
        person.mentions.append(m)
    return people


def _given_and_patronymic(name: str, res: Resources) -> bool:
    """Whether a name is a first name and a patronymic, and no surname ("Владимир
    Владимирович", "Юлия Владимировна"): the dictionary knows its first word as a first name
    and its last only as a patronymic."""
    words = name_words(name)
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    last = res.parse(words[1])
    return any("Name" in p.tag for p in res.parse(words[0])) and bool(last) and \
        all(p.is_known and "Patr" in p.tag for p in last)


def _surname_lemmas(m: Mention, res: Resources) -> set[str]:
    # "Назарбаева" read as an oblique case of the masculine surname "Назарбаев".
    return {fold(p.normal_form) for p in res.parse(m.text.split()[-1])
            if "Surn" in p.tag and "masc" in p.tag and "nomn" not in p.tag}


def _nearest(candidates: list[_Person], m: Mention) -> _Person:
    before = [(max(x.start for x in p.mentions if x.start < m.start), p) for p in candidates
              if any(x.start < m.start for x in p.mentions)]
    if before:
        return max(before, key=lambda t: t[0])[1]
    return min(candidates, key=lambda p: min(x.start for x in p.mentions))


def _join_abbreviations(groups: list[list[Mention]]) -> list[list[Mention]]:
    """An organisation the text names only by an abbreviation joins the one it names in full
    where the abbreviation is the initials of the full name's significant words, or of its first
    ones ("ЕСПЧ" and "Европейский суд по правам человека", with no brackets between them; "ПНС"
    and "Переходный Национальный Совет Ливии"); where several full names fit, none is chosen."""
    full: dict[str, list[int]] = {}
    for i, ms in enumerate(groups):
        if ms and ms[0].type == "ORG":
            # the initials of the whole name and of its first words: "ПНС" of "Переходный
            # Национальный Совет Ливии"
            whole = {acronym(m.normal) for m in ms}
            for initials in {a[:k] for a in whole for k in range(3, len(a) + 1)}:
                full.setdefault(initials, []).append(i)
    merged: dict[int, int] = {}
    for i, ms in enumerate(groups):
        if not ms or ms[0].type != "ORG" or not all(_ABBREVIATION.fullmatch(m.text) for m in ms):
            continue
        into = full.get(fold(ms[0].text), [])
        if len(into) == 1 and into[0] != i:
            merged[i] = into[0]
    for i, j in merged.items():
        groups[j] = groups[j] + groups[i]
    return [ms for i, ms in enumerate(groups) if i not in merged]


_ABBREVIATION = re.compile(r"[А-ЯЁ]{3,6}")


def _key(m: Mention) -> tuple[str, str]:
    return m.type, _org_key(m.normal) if m.type == "ORG" else fold(m.normal)


def _org_key(name: str) -> str:
    """An organisation's name as the text's mentions of it are joined by: without a legal form
    before or after it ("Netflix Inc." and "Netflix", "ПАО Сбербанк" and "Сбербанк" are one
    company).

    >>> _org_key("Netflix Inc."), _org_key("ПАО Сбербанк"), _org_key("АО")
    ('netflix', 'сбербанк', 'ао')
    """
    words = fold(name).split()
    start, end = 0, len(words)
    while end - start > 1 and words[start].strip(".,") in LEGAL_FORMS:
        start += 1
    while end - start > 1 and words[end - 1].strip(".,") in LEGAL_FORMS:
        end -= 1
    return " ".join(words[start:end])


def _fullest(ms: list[Mention]) -> str:
    best = max(ms, key=lambda m: (len(m.normal.split()), len(m.normal), -m.start))
    return best.normal
