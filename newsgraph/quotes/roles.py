"""Titles of people: "вице-премьер Узбекистана Ачилбай Раматов", "первым президентом
Узбекистана Исламом Каримовым", "Ерлан Карин, государственный советник Казахстана, …".

`find_titles` reads title phrases off the tokens; `assign_roles` gives each title standing
in apposition to a person to that person: its text in the nominative ("первый президент
Узбекистана") to `Entity.roles`, the same as data to `Entity.titles`. A plural title over a
list of places ("переговоры президентов Казахстана и Узбекистана") becomes one slot per
place, filled by `distribute_group_roles` only where the text settles who holds which. The
`RoleBook` (newsgraph/roles.py) answers who holds a title, for speakers named by their title
("сказал глава Узбекистана").
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from newsgraph.doc import Title
from newsgraph.events.codes import country_of
from newsgraph.quotes.tokens import BodyTokens
from newsgraph.resources import Resources
from newsgraph.roles import (ACTING, ACTING_NOUN, ACTING_VERBS, COUNTRY_ADJECTIVES, CURRENT, FORMER, NEEDS_COMPLEMENT,
                             ROLE_HEADS, VAGUE_MODIFIERS, Office, RoleBook, is_former, office_of)
from newsgraph.russian import fold, inflect, nominative_surname, restore_yo, title_parse

# Prepositions that may stay inside a title: "посол Узбекистана в Казахстане", "советник по науке".
_TITLE_PREPOSITIONS = frozenset({"в", "во", "при", "по"})
# What may stand between an office and the name of its body: "директор «Казмунайгаза»".
_OPEN_MARKS = " \n«\"„“(,"


@dataclass
class TitlePhrase:
    """A title phrase: tokens [start, end) of the text and its head token, the `record` its
    holder gets and the `office` it names."""

    start: int
    end: int
    head: int
    record: Title
    office: Office
    plural: bool
    person: int | None = None  # entity index of the person it is given to
    group: list["TitlePhrase"] = field(default_factory=list)  # one title per place of a group
    people: list[int] = field(default_factory=list)  # names listed after a group title

    @property
    def generic(self) -> bool:
        """A description ("дипломат") rather than a title: it fits anyone and is no role."""
        return self.office.generic


def describe(view: BodyTokens, j: int) -> TitlePhrase:
    """A person noun standing for a name ("спортсмен"): a description that fits anyone."""
    lemma = view.lemma(j)
    return TitlePhrase(j, j + 1, j, Title(lemma, lemma), Office(lemma, None, generic=True, head=lemma), False)


def find_titles(view: BodyTokens, res: Resources) -> list[TitlePhrase]:
    """Every title phrase of the body, with the person it stands in apposition to."""
    out = []
    i = 0
    n = len(view)
    lemmas = view.lemmas
    while i < n:
        if lemmas[i] in ROLE_HEADS and view.tokens[i].pos in ("NOUN", "PROPN") and view.mention(i) is None:
            title = _read_title(view, res, i)
            if title is not None:
                out.append(title)
        i += 1
    return _chained_titles(view, _one_title_per_name(view, out))


def _chained_titles(view: BodyTokens, titles: list[TitlePhrase]) -> list[TitlePhrase]:
    """Titles listed with a comma before one name ("председатель КНР, генеральный секретарь ЦК
    КПК Си Цзиньпин"): each title of the list, in the same case as the next, is the name's. Not
    titles joined by "и" ("глава МИД России и госсекретарь США Имя": two people), nor titles of
    two countries."""
    by_start = {t.start: t for t in titles}
    for title in reversed(titles):
        if title.person is not None or title.plural or title.end >= len(view):
            continue
        if view.word(title.end) != "," or view.sentence_end(title.head) <= title.end + 1:
            continue
        nxt = by_start.get(title.end + 1)
        if nxt is None or nxt.person is None or nxt.plural or view.case(nxt.head) != view.case(title.head):
            continue
        if title.start > 0 and view.mention(title.start - 1) is not None:
            continue  # "Имя, министр обороны, вице-премьер Имя2": the first title is the first name's
        if _country_places(title) and _country_places(nxt) and _country_places(title) != _country_places(nxt):
            continue
        title.person = nxt.person
    return titles


def _one_title_per_name(view: BodyTokens, titles: list[TitlePhrase]) -> list[TitlePhrase]:
    # "первым заместителем министра иностранных дел Казахстана Ерланом Ашикбаевым": the
    # inner "министра" reaches the same name; the name goes to the title in its own case.
    claimed: dict[int, TitlePhrase] = {}
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


def _country_places(title: TitlePhrase) -> str | None:
    """The country code a title's place stands for ("КНР" and "Китай": "chn"), else None."""
    code = country_of(title.record.of_name) if title.record.of_name else ""
    return code.lower() or None


def _same_case(view: BodyTokens, title: TitlePhrase) -> bool:
    j = title.end
    m = view.mention_of[j] if j < len(view) else None
    cases = set()
    while m is not None and j < len(view) and view.mention_of[j] == m:
        cases.add(view.case(j))
        j += 1
    return view.case(title.head) in cases


def assign_roles(titles: list[TitlePhrase], book: RoleBook) -> None:
    """Give every title standing in apposition to a person to that person, and the titles
    of a group to the names listed after it in the same order ("министров энергетики
    Казахстана и Кыргызстана Ерлана Касенова и Таалайбека Ибраева")."""
    book.slots = [slot.office for title in titles for slot in title.group]
    for title in titles:
        if title.person is not None and not title.plural:
            book.give(title.person, title.office, title.record)
        elif title.group and len(title.people) == len(title.group):
            for person, slot in zip(title.people, title.group):
                book.give(person, slot.office, slot.record)


def distribute_group_roles(titles: list[TitlePhrase], book: RoleBook, view: BodyTokens) -> None:
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
            holders = [e for e in book.holders(slot.office, strict=True) if doc.entities[e].type == "PER"]
            if len(holders) == 1:
                book.give(holders[0], slot.office, slot.record)
            elif not holders:
                open_slots.append(slot)
        free = [p for p in people if not book.held.get(p)]
        if len(open_slots) == 1 and len(free) == 1 and len(open_slots) < len(title.group):
            book.give(free[0], open_slots[0].office, open_slots[0].record)


def title_at(view: BodyTokens, res: Resources, i: int) -> TitlePhrase | None:
    """The title phrase whose head is token `i`, or None."""
    if view.lemma(i) not in ROLE_HEADS or view.tokens[i].pos not in ("NOUN", "PROPN"):
        return None
    return _read_title(view, res, i)


def _read_title(view: BodyTokens, res: Resources, head: int) -> TitlePhrase | None:
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
    # "руководитель" alone needs a complement; "художественный руководитель", "генеральный
    # директор" are whole titles.
    if lemma in NEEDS_COMPLEMENT and end == head + 1 and not any(
            view.lemma(j) not in FORMER and view.lemma(j) not in CURRENT for j in range(start, head)):
        return None
    # A preposition phrase joins the title only when a name follows it ("посол Узбекистана в
    # Казахстане Ойбек Усманов"); otherwise it is the circumstance of the sentence.
    person_at = end
    if end < sent_end and view.word(end) in _TITLE_PREPOSITIONS:
        # The preposition's noun may have adjectives before it ("директор агентства по
        # космическим полётам Иван Петров").
        noun = end + 1
        while noun + 1 < sent_end and view.tokens[noun].pos in ("ADJ", "DET") and view.mention(noun) is None:
            noun += 1
        pp_end = _complement_end(view, noun + 1, sent_end) if noun < sent_end else end + 1
        if _person_starts(view, pp_end):
            end = person_at = pp_end
    plural = tokens[head].feats.get("Number") == "Plur"
    person = None
    # "исполняющий обязанности министра Имя": the name agrees with the acting phrase.
    acting = _acting_start(view, start)
    if _person_starts(view, person_at) and _agree(view, head if acting is None else acting, person_at):
        person = doc.mentions[view.mention_of[person_at]].entity
    elif not plural:
        person = _person_before(view, start, end, sent_end)
    former = any(is_former(view.lemma(j), lemma) for j in range(start, head)) \
        or _former_prefix(fold(tokens[head].text))
    words = _nominative_words(view, res, start, head)
    record = _record(view, words, start, head, end, places, former, acting is not None)
    office = place_office(record.office, record.of_name, doc.mentions[places[0]].type if places else "LOC", former)
    title = TitlePhrase(start, end, head, record, office, plural, person)
    if plural and len(places) > 1 and all(doc.mentions[p].type == "LOC" for p in places):
        title.group = [_slot(view, words, title, p) for p in places]
        title.people = _listed_people(view, person_at, sent_end)
    return title


def _former_prefix(word: str) -> bool:
    """True for a head noun that says former by its prefix ("экс-министр", "экспремьер"), not
    for a noun whose root begins so ("эксперт").

    >>> _former_prefix("экс-министр"), _former_prefix("экспремьера"), _former_prefix("эксперт")
    (True, True, False)
    """
    if word.startswith("экс-"):
        return True
    return word.startswith("экс") and word[3:].startswith(_PREFIXED_HEADS)


# Title heads long enough to be read after a bare "экс" ("экспремьер"), not a root's ending.
_PREFIXED_HEADS = tuple(sorted(h for h in ROLE_HEADS if len(h) >= 4))


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


def _inflected(view: BodyTokens, first: int, end: int) -> bool:
    """True when the name at tokens [first, end) ends in an oblique form of the entity's own
    name: the text wrote "Эльсаеда" for the man it calls "Эльсаед"."""
    m = view.mention(first)
    if m is None or m.entity is None:
        return False
    said = fold(view.tokens[end - 1].text).lower()
    own = fold(view.doc.entities[m.entity].name.split()[-1]).lower() if view.doc.entities[m.entity].name.split() else ""
    return bool(own) and said != own and said.startswith(own) and len(said) - len(own) <= 2


def _agree(view: BodyTokens, head: int, name: int) -> bool:
    """True when the name at token `name` stands in apposition to the title headed by `head`
    (or to the words that make it acting, when `head` is their first).

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
    if head_case == "Nom" and _inflected(view, name, k):
        return False  # "адвокат Эльсаеда" beside "Эльсаед": the name's own oblique form
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


def _record(view: BodyTokens, words: list[str], start: int, head: int, end: int, places: list[int],
            former: bool, acting: bool) -> Title:
    """The title as data: the text in the nominative; the office without the place it is of and
    without the words that say former ("первым президентом" -> "президент"); the place: the
    first named after the head ("посол Узбекистана в Казахстане"), else the country of an
    adjective ("казахстанский министр")."""
    doc = view.doc
    text = _nominative_text(view, words, start, head, end)
    head_lemma = view.lemma(head)
    office = [w for j, w in zip(range(start, head), words) if not is_former(view.lemma(j), head_lemma)
              and view.lemma(j) not in COUNTRY_ADJECTIVES and view.lemma(j) not in CURRENT]
    # The head as inflected (with its ё), unless written in capitals and so left as it stood.
    head_word = words[-1] if fold(words[-1]) == head_lemma else head_lemma
    office.append(head_word[4:] if fold(head_word).startswith("экс-") else head_word)
    first_place = view.first_at(doc.mentions[places[0]].start) if places else end
    # A country's adjective inside the complement ("глава российского государства") is the
    # place, as before the head ("российский министр").
    inner = [] if places else [j for j in range(head + 1, end) if view.lemma(j) in COUNTRY_ADJECTIVES]
    if first_place > head + 1:
        if inner:
            office.extend(view.tokens[j].text for j in range(head + 1, first_place) if j not in inner)
        else:
            office.append(doc.text[view.tokens[head].end:view.tokens[first_place - 1].end].strip(_OPEN_MARKS))
    if places:
        m = doc.mentions[places[0]]
        of, of_name = m.entity, doc.entities[m.entity].name if m.entity is not None else m.normal
    else:
        of_name = next((COUNTRY_ADJECTIVES[view.lemma(j)] for j in [*range(start, head), *inner]
                        if view.lemma(j) in COUNTRY_ADJECTIVES), None)
        of = next((e.id for e in doc.entities if e.type == "LOC" and of_name and fold(e.name) == fold(of_name)), None)
    return Title(text, " ".join(office), of, of_name, former, acting)


def _acting_start(view: BodyTokens, start: int) -> int | None:
    """The first token of "исполняющий обязанности", "врио" or "и. о." right before a title
    starting at token `start`, or None."""
    low = view.sentence_start(start)
    before = [view.word(j) for j in range(max(low, start - 4), start)]
    k = next((k for k in range(1, len(before) + 1) if "".join(before[-k:]) in ACTING), None)
    if k is not None:
        return start - k
    if start - 2 >= low and view.lemma(start - 2) in ACTING_VERBS and view.lemma(start - 1) == ACTING_NOUN:
        return start - 2
    return None


def _slot(view: BodyTokens, words: list[str], title: TitlePhrase, mention: int) -> TitlePhrase:
    """One place's share of a group title: "министры иностранных дел Кыргызстана и
    Казахстана" -> "министр иностранных дел Кыргызстана"."""
    doc = view.doc
    m = doc.mentions[mention]
    head_text = _nominative_text(view, words, title.start, title.head, title.head + 1)
    first_place = min(view.first_at(doc.mentions[p].start) for p in _places_of(view, title))
    between = doc.text[view.tokens[title.head].end:view.tokens[first_place].start]
    text = f"{head_text}{between}{m.text}" if between.strip() else f"{head_text} {m.text}"
    of_name = doc.entities[m.entity].name if m.entity is not None else m.normal
    group = title.record
    record = Title(text, group.office, m.entity, of_name, group.former, group.acting)
    return TitlePhrase(title.start, title.end, title.head, record,
                       Office(title.office.key, _place(of_name, m.type), title.office.former, title.office.generic,
                              title.office.head), False)


def place_office(office: str, of_name: str | None, of_type: str | None, former: bool = False) -> Office:
    """`office_of`, with a country named by any of its names ("РФ", "Россия") as one place, so
    that "президент РФ" is the "президент России" named before.

    >>> place_office("президент", "РФ", "LOC").place == place_office("президент", "Россия", "LOC").place
    True
    """
    office = office_of(office, of_name, of_type, former)
    if office.place is not None and office.place == fold(of_name):
        return replace(office, place=_place(of_name, of_type))
    return office


def _place(name: str | None, of_type: str | None) -> str:
    code = country_of(name) if of_type == "LOC" else ""
    return code.lower() if code else fold(name)


def _places_of(view: BodyTokens, title: TitlePhrase) -> list[int]:
    doc = view.doc
    return list(dict.fromkeys(view.mention_of[j] for j in range(title.head + 1, title.end)
                              if view.mention_of[j] is not None
                              and doc.mentions[view.mention_of[j]].type in ("LOC", "ORG")))


def _nominative_words(view: BodyTokens, res: Resources, start: int, head: int) -> list[str]:
    """The title's modifiers and head in the nominative singular, one word per token."""
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
    return words


def _nominative_text(view: BodyTokens, words: list[str], start: int, head: int, end: int) -> str:
    """The title in the nominative singular: modifiers and head inflected (`words`), the
    complement as written."""
    doc = view.doc
    parts = []
    for j in range(start, head + 1):
        parts.append(words[j - start])
        if j < head:
            parts.append(doc.text[view.tokens[j].end:view.tokens[j + 1].start] or " ")
    text = "".join(parts)
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
