"""Who took part and where: the mentions of a sentence in their syntactic slots, and titles
("переговоры президентов Казахстана и Узбекистана") resolved to the people the document names.

A mention's slot is read from the preposition before it (skipping adjectives): none, "с",
"между", "к", "против", "от", "при", "для" make it a participant; "в", "во", "на", "под" with
the locative make a place its location, with the accusative a destination that takes part. A place named right after a title ("президент Казахстана") completes the
title: next to a named person it is part of that person's description, on its own it stands
for the office holder, whom `Holders` finds: in the document's `RoleBook` (the entities'
titles and the titles written next to names), else among the subjects around.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from newsgraph.doc import Document, Mention, Token
from newsgraph.events.codes import COUNTRY_NAMES
from newsgraph.events.lexicon import (
    ACTOR_PREPS, FRAMES, PATIENT_NOUNS, PLACE_NOUNS, PLACE_PREPS, ROLE_WORDS, STATE_AGENTS, TOPIC_PREPS, TRIAL_NOUNS,
)
from newsgraph.resources import Resources, get_resources
from newsgraph.roles import BODY_HEADS, BODY_NOUNS, Office, RoleBook, is_former, office_of
from newsgraph.russian import CASES, GENDERS, NUMBERS, fold, is_initial, lemma_key, may_stand_in, name_words, person_gender_of, same_but_ending

# Tokens that may stand between a preposition and its noun ("в узбекском Самарканде"), or
# between a title and the place it names ("министр иностранных дел Казахстана").
_MODIFIERS = frozenset({"ADJ", "DET", "NUM"})
_COORDINATORS = frozenset({"и", ","})
_NOUN_GROUP = frozenset({"ADJ", "DET", "NUM", "NOUN", "PROPN"})
# How many tokens back from a mention the noun group it stands in may reach for the
# preposition before it ("к северо-востоку от французской столицы Парижа").
_GROUP_REACH = 6
_DESCRIPTION = frozenset({"ADJ", "NOUN", "PROPN"})
# "избран на пост главы Сергиева Посада": the place completes the post given, it takes no part.
# Nouns whose title complement is an office held, given or left, not its holder: "на пост
# главы", "в качестве президента Зимбабве", "с позиции вице-президента", "сложение полномочий
# премьер-министра Израиля".
_POSTS = frozenset({"пост", "должность", "качество", "позиция", "полномочие"})
# Bodies written with their country as one name (see read_phrases).
WHOLE_BODIES = frozenset("суд трибунал прокуратура комитет правительство фсб парламент министерство агентство".split())
# Chambers that vote ("Национальная ассамблея Кубы", "Сенат США"): whole bodies too, where the
# chamber heads its own noun group, not in the genitive of another noun ("итоги сессии
# Национальной ассамблеи Кубы": the country stays)
CHAMBERS = frozenset("ассамблея сенат конгресс дума рада меджлис палата кнессет".split())
# Units of a body named with the body they belong to in the genitive after them.
BODY_UNITS = frozenset("управление комиссия совет департамент".split())
# Heads of a body's name that take the body it belongs to in the genitive right after it.
_BELONGING_HEADS = WHOLE_BODIES | BODY_UNITS
# Agencies of force or administration named by their kind ("Спецназ США", "ВМС США",
# "Государственная миграционная служба Украины"): with their country right after, the
# country acts.
STATE_FORCES = frozenset("полиция милиция спецназ спецслужба служба вмс ввс".split())
_QUOTES = frozenset('« " „ “'.split())
FRAME = "frame"  # the slot of a mention inside a frame: neither a participant nor a place
# A law's or a code's name: the place after it ("УК РФ", "Конституции Украины") says whose law.
LAW_WORDS = frozenset("ук упк коап кодекс закон конституция законодательство".split())
# How far after the sentence of a title to look for the person who holds it.
FORWARD_WINDOW = 15


@dataclass(slots=True)
class Role:
    """A title word before a mention: token `index`, the `office` it names up to the mention
    ("министр иностранных дел"), whether `former`, and the organisation standing between
    that the office is of ("глава МИД Казахстана"), if any."""

    index: int
    office: str
    former: bool = False
    of: int | None = None


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
    role: Role | None = None       # the title it completes ("президент Казахстана")
    titles: int | None = None      # the named person it describes, in "президент X Имя"
    office: Role | None = None     # a person's own title with no place: "глава правительства Имя"
    describes: int | None = None   # the named person its noun group describes: "Император Японии Акихито"
    within: int | None = None      # the organisation whose name it completes: "Верховный суд Бангладеша"
    setting: bool = False          # a place whose body is a setting: "отставки в администрации Брянской области"


def read_phrases(tokens: list[Token], mentions: list[Mention], res: Resources) -> list[Phrase]:
    """The sentence's mentions (those with an entity) with slot, case and title, in text order.
    A mention depending on a noun group takes the group's slot when it tells something
    ("о строительстве ГЭС" is a topic, "в центре Тбилиси" a place)."""
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    phrases = []
    written: dict[int, tuple[str, str]] = {}  # a phrase's first token: its mention's normal and written forms
    for m in mentions:
        if m.entity is None:
            continue
        first = max(bisect.bisect_right(starts, m.start) - 1, 0)
        last = max(bisect.bisect_left(starts, m.end) - 1, first)
        if tokens[first].end <= m.start or tokens[first].start >= m.end:
            continue
        phrases.append(Phrase(first, last, m.entity, m.type, None, tokens[first].feats.get("Case")))
        written[first] = (fold(_unbracketed(m.normal or m.text)), fold(_unbracketed(m.text)))
    phrases.sort(key=lambda p: p.first)
    normal = {m.entity: m.normal or m.text for m in mentions if m.entity is not None}
    # A name in brackets right after a name restates it ("Центров по контролю и
    # предотвращению заболеваний (CDC)", "Арон Эрнандес (Aaron Hernandez)"): it has the slot
    # of the name before, so it is read once, as that name.
    phrases = [p for n, p in enumerate(phrases)
               if not (n and p.first >= 1 and tokens[p.first - 1].text == "("
                       and phrases[n - 1].last == p.first - 2)]
    named = {k for p in phrases if p.type == "ORG" for k in range(p.first, p.last + 1)}
    prev = None
    for p in phrases:
        coordinated = (prev is not None and p.first >= 2 and prev.last == p.first - 2
                       and lemma_key(tokens[p.first - 1]) in _COORDINATORS)
        # "в тюрьме в Лас-Крусес, штат Нью-Мексико": the place a place is in, in its slot
        within_place = (prev is not None and prev.type == "LOC" and p.type == "LOC" and p.first >= 3
                        and prev.last == p.first - 3 and tokens[p.first - 2].text == ","
                        and lemma_key(tokens[p.first - 1]) in PLACE_NOUNS)
        if (coordinated or within_place) and prev.type == p.type:
            p.role, p.prep, p.prep_case, p.post = prev.role, prev.prep, prev.prep_case, prev.post
        elif tokens[p.first - 1:p.first] and lemma_key(tokens[p.first - 1]) in LAW_WORDS:
            p.prep = FRAME  # "по ч.1 ст. 273 УК РФ": the country of a code takes no part
        else:
            p.role = _title_before(tokens, p.first, phrases) if p.type != "PER" else None
            if p.type == "PER" and not (prev is not None and prev.last == p.first - 1):
                p.office = _title_before(tokens, p.first, phrases)
            head = p.role.index if p.role else p.first
            p.prep, p.prep_case = _prep_before(tokens, head) or _group_prep(tokens, head, p.type == "PER" and p.case != "Gen") \
                or (None, None)
            p.post = p.role is not None and p.prep is None and tokens[head].feats.get("Case") == "Ins" \
                or (p.role is not None and _post_before(tokens, head))
        if p.first == p.last and _adjective_after_noun(tokens, p.first, res):
            p.prep = FRAME  # "патриархом Александрийским": an adjective of the noun, no name
        elif p.prep != FRAME and _body_served(tokens, p.role.index if p.role else p.first, named):
            p.prep = FRAME  # "Совет при президенте РФ", "Комиссия при правительстве РФ": the body's name
        elif p.type == "LOC" and p.prep is None and p.role is None and p.case in ("Gen", None) \
                and _body_setting(tokens, p.first):
            p.setting = True  # "отставки в администрации Брянской области": where, of the body
        if p.prep == "от" and _bearing_before(tokens, p.role.index if p.role else p.first):
            p.prep = FRAME  # "к северо-востоку от Парижа", "в 40 километрах от Парижа": a bearing, no side
        if p.prep == "над" and _tried(tokens, p.role.index if p.role else p.first):
            p.prep = "против"  # "начался процесс над Хосни Мубараком": the one tried
        if p.prep == "на" and _laid_on(tokens, p.role.index if p.role else p.first):
            p.prep_case = "Acc"  # "наложил на Twitter штраф": the one it is laid on, not a place
        elif p.prep in PLACE_PREPS and p.prep_case == "Acc" and _case_unknown(tokens[p.first].text, res):
            p.prep_case = "Loc"  # "в Twitter", "в Зимбабве": no destination is shown, a place is read
        prev = p
    _mark_titles(tokens, phrases, res)
    for p in phrases:
        # "Власти Йемена сообщили, что ...": the state its agents are named of acts as the
        # subject, and a clause after with no subject of its own takes it
        if p.type != "PER" and p.prep is None and p.case == "Gen" and p.role is None and p.first >= 1 \
                and lemma_key(tokens[p.first - 1]) in STATE_AGENTS and tokens[p.first - 1].pos == "NOUN" \
                and (p.first < 2 or tokens[p.first - 2].pos != "ADP") \
                and may_stand_in(res.parse(tokens[p.first - 1].text), "Nom") \
                and tokens[p.first - 1].feats.get("Number") == "Plur":
            p.case = "Nom"
    for n, p in enumerate(phrases[:-1]):
        if p.prep is not None or p.type == "PER" or p.case not in ("Gen", None) or p.titles is not None \
                or not _noun_before(tokens, p.first):
            continue
        # "соавтора видеоблога «Немагия» Алексея Псковитина"; "начальник Главного управления
        # воспитательной работы Вооруженных сил России генерал-лейтенант Анатолий Башлаков":
        # the names of one noun group before a person's name describe that person
        inside = {k for q in phrases for k in range(q.first, q.last + 1)}
        for nxt in phrases[n + 1:]:
            between = [tokens[k] for k in range(p.last + 1, nxt.first) if k not in inside]
            if len(between) > 6 or not all(t.pos in _DESCRIPTION or t.text in "«»\"„“" for t in between):
                break
            if nxt.type == "PER":
                p.describes = nxt.entity
                break
            if nxt.prep is not None or nxt.case not in ("Gen", None):
                break
    _mark_relatives(tokens, phrases)
    _mark_appositions(tokens, phrases)
    _mark_residence(tokens, phrases)
    for p in phrases:
        if p.describes is None and p.titles is None:
            p.describes = _adjective_of_person(tokens, phrases, p)
    for org, p in zip(phrases, phrases[1:]):
        # "Верховный суд Бангладеша", "Генеральная прокуратура Украины", "Правительство РФ": the
        # place right after the name of a court, a prosecutor's office, an investigative
        # committee or a government says whose body it is; the body takes part, as one. A
        # ministry's or an army's country acts beside it ("МИД Казахстана", "Армия Израиля").
        if org.type == "ORG" and p.type == "LOC" and p.first == org.last + 1 and p.role is None \
                and (any(lemma_key(t) in WHOLE_BODIES for t in tokens[org.first:org.last + 1])
                     or (org.case != "Gen" and any(lemma_key(t) in CHAMBERS for t in tokens[org.first:org.last + 1]))) \
                and p.prep is None and p.case in ("Gen", None) and org.titles is None \
                and (org.prep is None or org.prep in ACTOR_PREPS
                     or (org.prep in PLACE_PREPS and org.prep_case == "Acc")):
            # "в МИД Киргизии": a setting, the country acts; "запрос в Генеральную прокуратуру
            # Украины": a destination, the body is the one addressed, as one
            p.within = org.entity
        elif org.type == "ORG" and p.type == "ORG" and p.first == org.last + 1 and p.role is None \
                and any(lemma_key(t) in _BELONGING_HEADS for t in tokens[org.first:org.last + 1]) \
                and p.prep is None and p.case == "Gen" and org.titles is None \
                and (org.prep is None or org.prep in ACTOR_PREPS):
            # "Верховный суд Евросоюза", "Главное следственное управление Следственного комитета":
            # the body in the genitive right after a court's or a unit's name is the one it belongs
            # to; the name holds it, and it is no second participant ("в следственном управлении
            # Следственного комитета": a setting, the body it belongs to acts)
            p.within = org.entity
        elif org.type != "LOC" and p.type == "LOC" and p.first == org.last + 1 and p.role is None \
                and p.prep is None and p.case in ("Gen", None) and org.titles is None and org.describes is None \
                and fold(normal.get(p.entity, "")) in COUNTRY_NAMES \
                and any(lemma_key(t) in STATE_FORCES for t in tokens[org.first:org.last + 1]):
            # "Государственная миграционная служба Украины", "Спецназ США": a state's agency
            # named by its kind acts as the state, as the labels code it (CAMEO codes the
            # state, with a role); the agency is no second participant
            org.within = p.entity
    for org, p in zip(phrases, phrases[1:]):
        # "на заседании Центральной избирательной комиссии ПМР", "к Министерству торговли КНР",
        # "в Совбез ООН": the place or body right after or inside an organisation's name whose
        # full form, as the entity stage gives it, ends with that very name completes the name;
        # it is no second participant. Right after a preposition of place the body is a setting
        # and its country acts, as above ("В Сенате Бразилии предлагают ...": Бразилия)
        if org.type == "ORG" and p.type in ("LOC", "ORG") and p.within is None \
                and (p.first == org.last + 1 or org.first < p.first <= p.last <= org.last) \
                and org.within is None and p.prep is None and p.case in ("Gen", None) and p.role is None \
                and not _setting_at(tokens, org.first) \
                and any(_name_ends_with(written.get(org.first, ("",))[0], form)
                        for form in written.get(p.first, ())):
            p.within = org.entity
    for org in phrases:
        # "Международный трибунал ООН", written as one name with the organisation inside it:
        # the name in the body's name completes it, as a place right after it does above
        if org.type != "ORG" or org.entity is None:
            continue
        for p in phrases:
            if p is not org and p.entity != org.entity and org.first < p.first and p.last <= org.last \
                    and any(lemma_key(t) in WHOLE_BODIES for t in tokens[org.first:p.first]):
                p.within = org.entity
    return phrases


def _adjective_after_noun(tokens: list[Token], i: int, res: Resources) -> bool:
    """Whether the one word at token i, every dictionary reading of which is an adjective or a
    participle, follows a common noun of the same case and number: a modifier of that noun
    written with a capital ("патриархом Александрийским"), not a name."""
    if i < 1 or tokens[i - 1].pos != "NOUN":
        return False
    parses = res.parse(tokens[i].text)
    if not parses or not all(p.is_known and p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return False
    noun, word = tokens[i - 1].feats, tokens[i].feats
    return noun.get("Case") is not None and noun.get("Case") == word.get("Case") \
        and noun.get("Number") == word.get("Number")


def _body_served(tokens: list[Token], i: int, named: set[int]) -> bool:
    """Whether the noun group of token i follows "при" right after a noun of a body
    (`roles.BODY_NOUNS`) inside an organisation's name (tokens `named`): "Совет при президенте
    РФ", "Комиссия при правительстве РФ" name the one the body serves, a part of its name."""
    j = i - 1
    while j >= 0 and i - j <= _GROUP_REACH and tokens[j].pos in _NOUN_GROUP:
        j -= 1
    return j >= 1 and tokens[j].pos == "ADP" and lemma_key(tokens[j]) == "при" \
        and j - 1 in named and lemma_key(tokens[j - 1]) in BODY_NOUNS


def _body_setting(tokens: list[Token], i: int) -> bool:
    """Whether the place at token i is in the genitive of a noun of a body in the locative
    after "в" or "на" ("в администрации Брянской области", "в правительстве Казахстана"):
    the body is where something is done."""
    j = i - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    if j < 1 or tokens[j].pos != "NOUN" or lemma_key(tokens[j]) not in BODY_NOUNS \
            or tokens[j].feats.get("Case") != "Loc":
        return False
    j -= 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    return j >= 0 and tokens[j].pos == "ADP" and lemma_key(tokens[j]) in ("в", "на")


def _setting_at(tokens: list[Token], i: int) -> bool:
    """True when the noun at token i stands right after a preposition of place in a case other
    than the accusative ("В Сенате Бразилии предлагают ..."): a setting, whose country acts."""
    prep = _prep_before(tokens, i)
    return prep is not None and prep[0] in PLACE_PREPS and prep[1] != "Acc"


def _unbracketed(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _name_ends_with(name: str, part: str) -> bool:
    """True when the folded `name` has more words than `part` and ends with them."""
    words, tail = name.split(), part.split()
    return bool(tail) and len(words) > len(tail) and words[-len(tail):] == tail


# Nouns of kinship and succession: the person in the genitive after one ("сына депутата
# Валерия Селезнёва", "Сын медиамагната Руперта Мердока, Джеймс Мердок") tells whose
# relative the person set beside is; the relative takes part, not the one named to say whose.
RELATIVES = frozenset("сын дочь жена муж вдова вдовец отец мать брат сестра внук внучка племянник "
                      "племянница наследник наследница супруг супруга".split())


_APART = frozenset(", - — –".split())  # a comma or a dash sets the named relative beside


def _mark_relatives(tokens: list[Token], phrases: list[Phrase]) -> None:
    """A person in the genitive after a noun of kinship whose noun group is set beside another
    named person by a comma or a dash describes that person: "33-летнего Селезнёва, сына депутата
    Госдумы Валерия Селезнёва"; "Сын медиамагната Руперта Мердока, Джеймс Мердок"; "брат
    писателя Ивана Петрова - Олег - уволен"."""
    orgs = {k for q in phrases if q.type != "PER" for k in range(q.first, q.last + 1)}
    for p in phrases:
        if p.type != "PER" or p.case not in ("Gen", None) or p.prep is not None or p.describes is not None:
            continue
        j = p.first - 1
        while j >= 0 and p.first - j <= 7 and lemma_key(tokens[j]) not in RELATIVES and (
                tokens[j].pos in _MODIFIERS or j in orgs or tokens[j].text in "«»\"„“"
                or (tokens[j].pos in ("NOUN", "PROPN") and tokens[j].feats.get("Case") in ("Gen", None))):
            j -= 1
        if j < 0 or lemma_key(tokens[j]) not in RELATIVES:
            continue
        k = j
        while k > 0 and tokens[k - 1].pos in _MODIFIERS:
            k -= 1
        beside = [q for q in phrases if q.type == "PER" and q is not p and (
            (q.last == k - 2 and tokens[k - 1].text in _APART)
            or (q.first == p.last + 2 and tokens[p.last + 1].text in _APART))]
        if beside:
            p.describes = beside[0].entity


# Nouns of where a person lives or comes from: the place completing one ("Житель
# французского города Шартр", "уроженца Ташкента") says who the person is, and takes no
# part. Residents in the plural stand for their town ("Сотни жителей Жанаозена вышли на
# митинг": the town protests), and a citizen's state is no description: the labels code
# "задержан гражданин России" with Россия as the one acted upon.
RESIDENTS = frozenset("житель жительница уроженец уроженка выходец".split())


def _mark_residence(tokens: list[Token], phrases: list[Phrase]) -> None:
    """A place with no preposition after a noun of residence or origin in the singular,
    modifiers and nouns of a location between ("Житель французского города Шартр"), is set
    in a frame."""
    for p in phrases:
        if p.type != "LOC" or p.prep is not None or p.role is not None:
            continue
        j = p.first - 1
        while j >= 0 and p.first - j <= 5 and (tokens[j].pos in _MODIFIERS or tokens[j].text in _QUOTES
                                               or lemma_key(tokens[j]) in PLACE_NOUNS):
            j -= 1
        if j >= 0 and lemma_key(tokens[j]) in RESIDENTS and tokens[j].feats.get("Number") == "Sing":
            p.prep = FRAME


def _mark_appositions(tokens: list[Token], phrases: list[Phrase]) -> None:
    """A name in the genitive completing a common noun set after a named person by a comma
    describes that person: "Мохсен Ходжаджи, солдат КСИР, попал в плен"; likewise an
    organisation in quotes between a title and a person ("Глава движения «Группа 24» Умарали
    Кувватов")."""
    people = {q.last: q for q in phrases if q.type == "PER"}
    starts = {q.first: q for q in phrases if q.type == "PER"}
    for p in phrases:
        if p.type == "PER" or p.describes is not None or p.titles is not None or p.prep is not None:
            continue
        j = p.first - 1
        while j >= 0 and tokens[j].text in _QUOTES:
            j -= 1
        k = j
        while k >= 0 and p.first - k <= 4 and tokens[k].pos in ("ADJ", "NOUN") and k not in people:
            k -= 1
        nouns = [t for t in tokens[k + 1:j + 1] if t.pos == "NOUN"]
        if not nouns or p.case not in ("Gen", None) and j == p.first - 1:
            continue
        if k >= 1 and tokens[k].text == "," and k - 1 in people and (
                p.last + 1 >= len(tokens) or tokens[p.last + 1].text in ",.»"):
            p.describes = people[k - 1].entity  # "Ходжаджи, солдат КСИР,"
            continue
        quoted = j < p.first - 1
        after = p.last + 1
        while quoted and after < len(tokens) and tokens[after].text in "»\"“":
            after += 1
        if quoted and after in starts and after > p.last + 1:
            p.describes = starts[after].entity  # "движения «Группа 24» Умарали Кувватов"


def _adjective_of_person(tokens: list[Token], phrases: list[Phrase], p: Phrase) -> int | None:
    """The named person a place's adjective describes through a common noun: "Южноафриканский
    президент Джейкоб Зума", "голливудского продюсера Харви Вайнштейна", "Казахский академик
    Кенжегали Сагадиев": the adjective tells the person's country or trade, it takes no part."""
    if p.first != p.last or tokens[p.first].pos != "ADJ" or p.prep is not None:
        return None
    k = p.last + 1
    nouns = 0
    while k < len(tokens) and k - p.last <= 4 and tokens[k].pos in ("ADJ", "NOUN"):
        nouns += tokens[k].pos == "NOUN"
        if any(q.first == k for q in phrases):
            break
        k += 1
    person = next((q for q in phrases if q.first == k and q.type == "PER"), None)
    return person.entity if person is not None and nouns else None


# Verbs of reporting: the name after one ("сообщает РИА «Новости»", "пишет The Guardian")
# is the outlet that tells the happening.
REPORTING = frozenset("сообщать сообщить передавать передать писать информировать".split())
# Nouns of a dead body: the person in the genitive after one takes no part ("обменяла тело
# Ходжаджи у ИГ").
REMAINS = frozenset("тело останки прах".split())


def _told_by(tokens: list[Token], p: Phrase, head: int) -> bool:
    """True when a name follows a verb of reporting other than the trigger, common nouns and
    quotes between ("сообщает агентство РИА «Новости»")."""
    j = p.first - 1
    while j >= 0 and (tokens[j].pos in ("NOUN", "PROPN", "ADJ") or tokens[j].text in _QUOTES):
        j -= 1
    return j >= 0 and j != head and tokens[j].pos == "VERB" and lemma_key(tokens[j]) in REPORTING


def _remains_of(tokens: list[Token], p: Phrase) -> bool:
    """True when a person's name in the genitive completes a noun of a dead body."""
    return p.type == "PER" and p.first >= 1 and lemma_key(tokens[p.first - 1]) in REMAINS


def _post_before(tokens: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    return j >= 0 and lemma_key(tokens[j]) in _POSTS


def _case_unknown(word: str, res: Resources) -> bool:
    """A name whose case its form does not show: Latin script, or a word the dictionary
    lets stand in the locative as well ("Зимбабве", "Хараре")."""
    if not any("а" <= ch <= "я" or ch == "ё" for ch in word.lower()):
        return True
    return may_stand_in(res.parse(word), "Loc")


def _noun_before(tokens: list[Token], i: int) -> bool:
    """A common noun right before token i (modifiers and quotes between): the mention
    completes a description ("Император Японии Акихито")."""
    j = i - 1
    while j >= 0 and (tokens[j].pos in _MODIFIERS or tokens[j].text in "«\"„"):
        j -= 1
    return j >= 0 and tokens[j].pos in ("NOUN", "PROPN")  # the tagger may read "Император" as a name


def _prep_before(tokens: list[Token], i: int) -> tuple[str, str | None] | None:
    """The preposition right before a noun (adjectives may stand between), with the case it
    governs there."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].pos in _MODIFIERS:
        j -= 1
    if j >= 0 and tokens[j].pos == "ADP":
        return lemma_key(tokens[j]), tokens[j + 1].feats.get("Case")
    return None


def _tried(tokens: list[Token], i: int) -> bool:
    """Whether the noun at `i` follows "над" right after a noun of a trial (`TRIAL_NOUNS`:
    "процесс над Младичем", "суд над 40-летним Петровым"; adjectives may stand between)."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].pos in _MODIFIERS:
        j -= 1
    return j >= 1 and lemma_key(tokens[j]) == "над" and lemma_key(tokens[j - 1]) in TRIAL_NOUNS


# Words of laying something on someone ("наложила на Google штраф", "возложить на Минфин
# обязанность"): the name after their "на" is the one it is laid on, whatever its form shows.
LAID_ON = frozenset("наложить налагать наложение возложить возлагать возложение".split())


def _laid_on(tokens: list[Token], i: int) -> bool:
    """Whether the noun at `i` follows "на" right after a word of `LAID_ON` (adjectives and an
    opening quote may stand between)."""
    j = i - 1
    while j >= 0 and i - j <= 3 and (tokens[j].pos in _MODIFIERS or tokens[j].text in "«\"„"):
        j -= 1
    return j >= 1 and tokens[j].pos == "ADP" and lemma_key(tokens[j]) == "на" \
        and lemma_key(tokens[j - 1]) in LAID_ON


# Nouns of a bearing or a distance: the place after "от" following one ("к северо-востоку от
# Парижа", "в 50 км от столицы") tells where something is, measured from that place; the
# place is neither a side nor where the happening was.
BEARINGS = ("север", "юг", "восток", "запад")
DISTANCES = frozenset("км километр миля метр м".split())


def _bearing_before(tokens: list[Token], i: int) -> bool:
    """Whether the "от" before the noun at `i` (adjectives and nouns of its group between)
    follows a noun of a bearing or a distance."""
    j = i - 1
    while j >= 0 and i - j <= _GROUP_REACH and tokens[j].pos in _NOUN_GROUP:
        j -= 1
    if j < 1 or fold(tokens[j].text) != "от":
        return False
    word = lemma_key(tokens[j - 1]).split("-")[-1]
    return word in BEARINGS or word in DISTANCES or fold(tokens[j - 1].text).rstrip(".") in DISTANCES


# Nouns of a venue: the name after one is the venue's ("в концертном зале Медисон-сквер-гарден",
# "на стадионе «Лужники»"), where the happening is, as the name after a noun of a location is.
VENUES = frozenset("зал стадион арена театр клуб отель гостиница ресторан кафе".split())


# The noun that makes with "в" a compound preposition of the one a measure is aimed at:
# "в отношении Петрова". ("в адрес" is left out: a charge "в адрес" someone is merged with
# the next reaction to it, and the reaction then takes the charged one as its target.)
ADDRESSEE_NOUNS = frozenset({"отношение"})


def _group_prep(tokens: list[Token], i: int, person: bool = False) -> tuple[str, str | None] | None:
    """The slot given by the preposition of a noun group that a mention depends on: a topic
    or origin ("о строительстве ГЭС"), a place ("в центре Тбилиси"), or a frame ("на полях
    саммита ШОС"); None when the group's preposition says nothing about the mention. A
    `person`'s name after a title whose own complement the group is ("Министр по
    государственным сборам Новой Зеландии Питер Данн") names the title's holder: the group
    tells the office, not the person's slot (a name in the genitive says whose office it is:
    "советником по безопасности Адли Мансура")."""
    j = i - 1
    nouns = []
    # an opening quote before a name belongs to the name: "по данным «Комсомольской правды»"
    while j >= 0 and i - j <= _GROUP_REACH and (tokens[j].pos in _NOUN_GROUP or (j == i - 1 and tokens[j].text in _QUOTES)):
        if tokens[j].pos in ("NOUN", "PROPN"):
            nouns.append(lemma_key(tokens[j]))
        j -= 1
    if j < 0 or not nouns or tokens[j].pos != "ADP":
        return None
    if person and j >= 1 and _title_word_at(tokens[j - 1]):
        return None
    prep, case = lemma_key(tokens[j]), tokens[j + 1].feats.get("Case")
    if tokens[i].feats.get("Case") == "Ins" and case not in (None, "Ins"):
        # "посещение двух из этих островов министром обороны": a name in the instrumental
        # after its own noun hangs on no preposition of another case before
        return None
    if (tokens[j].text.lower(), nouns[-1]) in FRAMES or _frame_group(tokens, j, nouns[-1]):
        return FRAME, case
    if prep == "по" and j >= 2 and tokens[j - 1].pos == "NOUN" and tokens[j - 1].feats.get("Animacy") != "Anim" \
            and tokens[j - 2].pos == "ADP" and lemma_key(tokens[j - 2]) == "против":
        # "выступает против сделки по слиянию компаний Oracle и Sun": the parties of the
        # deal opposed are the ones opposed
        return "против", tokens[j - 1].feats.get("Case")
    if prep == "в" and lemma_key(tokens[j + 1]) in ADDRESSEE_NOUNS:
        # "составил протокол в отношении компании": a compound preposition naming the one a
        # measure is aimed at
        return "против", "Gen"
    if prep == "над" and j >= 1 and lemma_key(tokens[j - 1]) in TRIAL_NOUNS:
        # "начался процесс над Хосни Мубараком": the one tried, read as after "против"
        return "против", case
    if prep in TOPIC_PREPS:
        return prep, case
    if prep in HOLDER_PREPS and not any(n in PLACE_NOUNS or n in VENUES for n in nouns):
        return prep, case  # "отозвал лицензию у московского банка «Заря»": the bank's, as "у банка"
    if prep in PLACE_PREPS and all(n in PLACE_NOUNS or n in VENUES for n in nouns):
        return prep, case
    if prep in PLACE_PREPS and case == "Loc" and tokens[i - 1].pos == "NOUN" and nouns[-1] != "отношение" \
            and not any("а" <= ch <= "я" or ch == "ё" for ch in tokens[i].text.lower()):
        return prep, case  # "в сети Twitter": a Latin name set beside the noun of a setting
    return None


# The preposition of the one at whose place, or from whom, something is done ("обыски у
# режиссёра", "отозвал лицензию у банка"): a person or a body after it is acted upon.
HOLDER_PREPS = frozenset({"у"})


def _held_at(p: Phrase) -> bool:
    """Whether a mention after "у" (`HOLDER_PREPS`) is a person or a body, a participant on the
    side acted upon; a place after it ("у берегов Сомали", "у Кремля") is where."""
    return p.prep in HOLDER_PREPS and p.type != "LOC"


def _title_word_at(tok: Token) -> bool:
    """Whether a token is a title word ("министр", "экс-президент")."""
    key = lemma_key(tok)
    return key in ROLE_WORDS or key.rsplit("-", 1)[-1] in ROLE_WORDS


# Nouns after "по" that name a case or a fact a happening is told in connection with: the
# one named in their genitive ("по делу Голунова", "по факту гибели X") is what the case is
# about, no participant of the clause's happening.
CASE_NOUNS = frozenset("дело факт".split())


def _frame_group(tokens: list[Token], j: int, noun: str) -> bool:
    """True when the preposition at token j opens a frame whose genitive names no participant:
    the compound "в связи с" ("в связи с кончиной Дмитрия Гаева": the deed of the noun is not
    the clause's) and "по делу", "по факту"; a group hanging on the case of "по делу" too
    ("по уголовному делу в отношении должностных лиц ЗАО «Белорусская калийная компания»":
    whom that case is about, no participant of the clause's happening)."""
    if lemma_key(tokens[j]) in ("с", "со") and j >= 2 and fold(tokens[j - 2].text) == "в" \
            and fold(tokens[j - 1].text) == "связи":
        return True
    if lemma_key(tokens[j]) == "по" and noun in CASE_NOUNS:
        return True
    k = j - 1
    if k < 1 or lemma_key(tokens[k]) not in CASE_NOUNS:
        return False
    k -= 1
    while k >= 0 and tokens[k].pos in _MODIFIERS:
        k -= 1
    return k >= 0 and lemma_key(tokens[k]) == "по"


def _title_before(tokens: list[Token], i: int, phrases: list[Phrase]) -> Role | None:
    """The title word before token i and the office it names, as a `Title.office` is written:
    the words between narrow it ("глава правительства" is not "глава" of a state, "министр
    иностранных дел" not any minister), up to an organisation that the office is of."""
    orgs = {j: p for p in phrases if p.type == "ORG" for j in range(p.first, p.last + 1)}
    for j in range(i - 1, max(i - 5, -1), -1):
        key = lemma_key(tokens[j])
        last = key.rsplit("-", 1)[-1]  # "экс-президент"; a "вице-" title is an office of its own
        word = key if key in ROLE_WORDS else last if last in ROLE_WORDS and not key.startswith("вице-") else None
        if word:
            former = key.startswith("экс") or (j > 0 and is_former(lemma_key(tokens[j - 1]), word))
            org = next((orgs[k] for k in range(j + 1, i) if k in orgs), None)
            words = [fold(t.text) for t in tokens[j + 1:org.first if org else i]]
            return Role(j, " ".join([word, *words]), former, org.entity if org else None)
        tok = tokens[j]
        if tok.pos in _MODIFIERS or j in orgs or (
                tok.pos in ("NOUN", "PROPN") and tok.feats.get("Case") == "Gen"):
            continue
        return None
    return None


def _mark_titles(tokens: list[Token], phrases: list[Phrase], res: Resources) -> None:
    """Mark the places of a title that describes a named person: "президент Казахстана
    Нурсултан Назарбаев", "Назарбаев, президент Казахстана"; coordinated titles and names
    pair up in order ("президенты Казахстана и Узбекистана Назарбаев и Мирзиёев")."""
    k = 0
    pending: list[Phrase] = []  # titles coordinated with the next one, waiting for its person
    while k < len(phrases):
        p = phrases[k]
        if p.role is None:
            pending = []
            k += 1
            continue
        chain = [p]
        while k + len(chain) < len(phrases) and phrases[k + len(chain)].role is not None \
                and phrases[k + len(chain)].role.index == p.role.index:
            chain.append(phrases[k + len(chain)])
        after = k + len(chain)
        # the place a post is held in between the title and the name: "посол Японии в России
        # Масахару Коно" (the title's, not the place of the happening)
        station = None
        if after + 1 < len(phrases) and phrases[after].type == "LOC" and phrases[after].prep == "в" \
                and chain[-1].last < phrases[after].first <= chain[-1].last + 2 \
                and phrases[after + 1].type == "PER" and phrases[after + 1].first == phrases[after].last + 1:
            station = phrases[after]
            after += 1
        people: list[Phrase] = []
        if after < len(phrases) and phrases[after].type == "PER" \
                and phrases[after].first == (chain[-1] if station is None else station).last + 1 \
                and _may_agree(res, _title_word(tokens[p.role.index].text), phrases[after].case):
            people.append(phrases[after])
            for q in phrases[after + 1:]:
                gap = people[-1].last + 1
                if q.type != "PER" or q.first != gap + 1 or lemma_key(tokens[gap]) not in _COORDINATORS:
                    break
                people.append(q)
        else:
            j = p.role.index
            if j >= 2 and tokens[j - 1].text == ",":
                people = [q for q in phrases if q.type == "PER" and q.last == j - 2]
        if people:
            for n, q in enumerate(chain):
                q.titles = people[n if len(people) == len(chain) else 0].entity
            if station is not None:
                station.titles = people[0].entity
        elif station is not None:
            after -= 1
        elif after < len(phrases) and phrases[after].role is not None and phrases[after].role.index > chain[-1].last \
                and _coordinated_title(tokens, chain[-1].last + 1, phrases[after].role.index):
            # "экс-губернатора Одесской области и бывшего Президента Грузии Михаила Саакашвили":
            # titles joined by "и" describe the one person named after the last
            pending.extend(chain)
            k = after
            continue
        if people and pending:
            for q in pending:
                q.titles = people[0].entity
        pending = []
        k = after


def members_of_body(tokens: list[Token], p: Phrase) -> bool:
    """True when `p` is an organisation after a title in the plural that a body has many
    holders of, not its head ("Представители Роскосмоса не подтвердили", "советники МИД"):
    the body's members speak for it, and the body is the participant, not one person who
    holds that title elsewhere in the document ("главы Роскосмоса и НАСА" are two heads)."""
    if p.role is None or p.type != "ORG" or p.role.of is not None:
        return False
    tok = tokens[p.role.index]
    return tok.feats.get("Number") == "Plur" and lemma_key(tok).rsplit("-", 1)[-1] not in BODY_HEADS


def _coordinated_title(tokens: list[Token], start: int, title: int) -> bool:
    """True when tokens[start..title) join two titles: "и" or a comma, with modifiers
    ("и бывшего")."""
    between = tokens[start:title]
    return bool(between) and lemma_key(between[0]) in _COORDINATORS \
        and all(t.pos in _MODIFIERS for t in between[1:])


def _title_word(text: str) -> str:
    """The title word a dictionary knows: "экс-губернатора" is asked as "губернатора"."""
    head, _, rest = text.partition("-")
    return rest if rest and fold(head) in ("экс", "врио") else text


def _may_agree(res: Resources, title: str, case: str | None) -> bool:
    """Whether the title word can stand in the person's case: "Президенты России ... Владимир
    Путин" agree, "указом президента Узбекистана Шухрат Ганиев назначен" do not. The word's
    own dictionary cases are asked, since the tagger may mistake the case of a title."""
    return may_stand_in(res.parse(title), case)


CAPTION_WORDS = 6  # at most this many words on a line with no verb make a caption


def caption(text: str, sent) -> bool:
    """A sentence that stands alone on its line with no verb and few words: an image's
    caption or a stray line ("Башня Монпарнас", "Вид Галифакса."), not a statement."""
    alone = (sent.start == 0 or text[:sent.start].rstrip(" \t")[-1:] in ("\n", "")) \
        and text[sent.end:].lstrip(" \t.")[:1] in ("\n", "")
    words = [t for t in sent.tokens if t.pos != "PUNCT"]
    return alone and len(words) <= CAPTION_WORDS and not any(t.pos in ("VERB", "AUX") for t in sent.tokens)


class Holders:
    """Which person of a document holds which office: the `RoleBook` of the document's
    titles (the quote stage's `Entity.titles`, and titles written next to a name in the
    sentences), and failing it, the persons who act as subjects of the sentences around."""

    def __init__(self, doc: Document, sentences: list[list[Phrase]]):
        self.doc = doc
        self.book = RoleBook.of_document(doc)
        self.subjects: list[tuple[int, int]] = []
        # Bodies and states of one word acting as subjects, with the word's gender: what "она"
        # points back at when no woman is named ("Еврокомиссия ... она закончила").
        self.bodies: list[tuple[int, int, str | None]] = []
        sentences_tokens = [s.tokens for s in doc.sents]
        # The line right under the headline when it tells no statement ("Вид Галифакса.",
        # "Мобил из космоса"): an image's caption. Their names act in nothing and are pointed back at by
        # no one.
        shown = {1} if len(doc.sents) > 1 and caption(doc.text, doc.sents[1]) else set()
        self.captions = [(doc.sents[si].start, doc.sents[si].end) for si in sorted(shown)]
        for si, phrases in enumerate(sentences):
            for p in phrases:
                if p.titles is not None and p.role is not None:
                    self.book.give(p.titles, self.office(p.role, p.entity))
                if p.office is not None:
                    self.book.give(p.entity, self.office(p.office, None))
                if si in shown:
                    continue  # a caption's names act in nothing (a title there still tells an office)
                if p.type == "PER" and p.prep is None and p.case == "Nom":
                    self.subjects.append((si, p.entity))
                elif p.type != "PER" and p.prep is None and p.case == "Nom" and p.first == p.last:
                    self.bodies.append((si, p.entity, person_gender_of(sentences_tokens[si][p.first].feats)))
        # A person's grammatical gender, from the tagger's reading of the name's own words
        # where they agree (a surname alone, a foreign one, may be read either way).
        self.genders: dict[int, str | None] = {}
        for m in doc.mentions:
            if m.type == "PER" and m.entity is not None:
                words = {person_gender_of(t.feats) for s in doc.sents if s.start <= m.start < s.end
                         for t in s.tokens if m.start <= t.start < m.end} - {None}
                known = self.genders.setdefault(m.entity, next(iter(words)) if len(words) == 1 else None)
                if known is not None and words and known not in words:
                    self.genders[m.entity] = ""  # read both ways: unknown

    def in_caption(self, offset: int) -> bool:
        """Whether a character offset of the text falls in a caption line."""
        return any(a <= offset < b for a, b in self.captions)

    def office(self, role: Role, place: int | None) -> Office:
        """The office a title names, of the organisation inside it or else of `place`."""
        of = role.of if role.of is not None else place
        if of is None:
            return office_of(role.office, None, None, role.former)
        return office_of(role.office, self.doc.entities[of].name, self.doc.entities[of].type, role.former)

    def resolve(self, role: Role, place: int, sentence: int, taken: set[int]) -> int | None:
        """The person holding the office `role` names of `place` (an entity index), or None
        when the document does not settle it."""
        office = self.office(role, place)
        holders = [p for p in self.book.holders(office, strict=True) if p not in taken]
        if office.former:
            return holders[0] if holders else None
        if holders:
            return min(holders, key=lambda p: self._order(p, sentence))
        for si, person in self._around(sentence):
            # Only an office a title of an event's participant may name counts against a
            # person: a "генерал" may well head a body.
            held = [h for h in self.book.known(person) if h.head in ROLE_WORDS]
            if person in taken or (held and not any(h.fits(office) for h in held)):
                continue  # taken, or known to hold another office
            if self._beside_title(si, role.office.split()[0] if role.office else ""):
                continue  # "Вместе с президентом приехали Дмитрий Медведев": someone beside him
            return person
        return None

    def _beside_title(self, si: int, word: str) -> bool:
        """True when sentence `si` names the title `word` after a preposition ("Вместе с
        президентом приехали ..."): its subject is someone beside the title's holder."""
        toks = self.doc.sents[si].tokens
        return bool(word) and any(lemma_key(t) == word and k and toks[k - 1].pos == "ADP"
                                  for k, t in enumerate(toks))

    def _around(self, sentence: int):
        ahead = [(si, p) for si, p in self.subjects if sentence < si <= sentence + FORWARD_WINDOW]
        behind = [(si, p) for si, p in reversed(self.subjects) if si < sentence]
        return ahead + behind

    def _order(self, person: int, sentence: int) -> int:
        for rank, (_, p) in enumerate(self._around(sentence)):
            if p == person:
                return rank
        return len(self.subjects) + 1


def take_part(tokens: list[Token], phrases: list[Phrase], first: int, last: int, head: int,
              event_type: str, governs: bool, book: Holders, sentence: int,
              sides: dict[int, str] | None = None) -> tuple[list[int], Phrase | None]:
    """The participants (entity indexes, in text order) and the place phrase of the event
    whose trigger is token `head` of the clause tokens[first..last]; `governs` says the
    trigger is a plan or refusal, whose participants include those of the verb it governs.
    `sides`, when given, receives each participant's side: SOURCE or TARGET (`side_of`)."""
    actors: list[int] = []
    places: list[Phrase] = []
    read: list[tuple[int, Phrase]] = []
    relative = _relative_opening(tokens, first, head)
    last = _joined_list(tokens, last)
    settings: list[Phrase] = []
    for p in phrases:
        if p.first < first or p.last > last or p.titles is not None or p.post or p.describes is not None \
                or p.within is not None:
            continue
        if relative is not None and p.last < relative and lemma_key(tokens[relative]) == WHERE:
            if p.type != "LOC" or p.last != relative - 2:
                continue  # "Город Беркли расположен ..., где": the main clause's names
            if fold(book.doc.entities[p.entity].name) not in COUNTRY_NAMES:
                places.append(p)  # "по соседству с Фергюсоном, где был убит ...": where it happened
                continue
            # a state there may act in it ("в регионе Азербайджана, где произошли столкновения")
        elif relative is not None and p.last < relative and not _antecedent(tokens, p, relative):
            continue  # "дочь генерала ВВС, который погиб от пыток": the main clause's names
        if p.setting:
            settings.append(p)  # "отставки в администрации Брянской области": a side only alone
            continue
        if p.prep in PLACE_PREPS and event_type == "sanction" and _mission_in(tokens, p, head):
            p = replace(p, prep=None, prep_case=None, case="Acc")  # acted upon
        if p.type == "LOC" and p.role is None and _state_of_post(tokens, p):
            continue  # "поздравил с избранием на высший пост Кубы": whose the post is, no actor
        if p.prep in PLACE_PREPS and event_type == "appeal" and p.type == "LOC" and _asylum_in(tokens, p):
            # "подал запрос на политическое убежище в Уругвае": the state asked for refuge
            if p.entity not in actors:
                actors.append(p.entity)
                read.append((p.entity, p))
                if sides is not None:
                    sides[p.entity] = TARGET
            continue
        if p.prep in PLACE_PREPS:
            if p.prep_case != "Acc" or (event_type == "visit" and p.type == "LOC"):
                if p.type == "LOC":
                    places.append(p)
                continue
            # "направил в Киргизию", "вступить в ЕАЭС": a destination takes part; a noun's
            # only when it is a state or a body ("экспорт зерна в Иран"), not a city a march
            # or a move goes to ("марш из Лахора в Исламабад", "о переезде суда в Петербург")
            if p.type == "LOC" and fold(book.doc.entities[p.entity].name) not in COUNTRY_NAMES \
                    and not _verb_destination(tokens, p, head, trigger_only=True):
                continue
            if p.type == "LOC" and _charge_destination(tokens, p, head):
                continue
        elif p.prep is not None and p.prep not in ACTOR_PREPS and not _held_at(p):
            if not _in_trigger_group(tokens, head, p):
                continue
            p = replace(p, prep=None, prep_case=None)  # "объявила о выделении Интерполу гранта"
        if p.prep is None and not governs and _after_other_verb(tokens, head, p.first):
            continue  # "пригрозил перекрыть Ормузский пролив": the object of another verb
        if p.prep is None and _inside_charge(tokens, p):
            continue  # "обвиняется в оказании помощи ИГИЛ": what the charge is about
        if p.prep is None and p.type != "LOC" and (_told_by(tokens, p, head) or _remains_of(tokens, p)):
            continue  # "..., сообщает РИА «Новости»": the outlet; "обменяла тело Ходжаджи": the dead
        if _inside_quoted_name(tokens, p):
            continue  # "программы для обхода «Золотого щита Китая»": part of a name in quotes
        if p.prep is None and _of_person_noun(tokens, p, head):
            continue  # "Ярый критик лидера Эмомали Рахмона застрелен": the critic, not the leader
        if event_type in STRIKES and p.type == "LOC" and p.prep is None and p.role is None and p.titles is None \
                and p.case in ("Acc", "Nom") and tokens[head].pos == "VERB" and side_of(tokens, p, head) == TARGET \
                and fold(book.doc.entities[p.entity].name) not in COUNTRY_NAMES:
            places.append(p)  # "Бостон взорвали братья ...": the city struck is where, not a side
            continue
        if event_type == "visit" and p.type == "LOC" and p.prep is None and p.role is None \
                and (p.first > head or p.case == "Acc"):
            places.append(p)  # "посетил Душанбе", "Ташкент посетил ...": the place visited
            continue
        entity = p.entity
        if p.role is not None and not members_of_body(tokens, p):
            holder = book.resolve(p.role, p.entity, sentence, set(actors))
            entity = p.entity if holder is None else holder
        if entity not in actors:
            actors.append(entity)
            read.append((entity, p))
            if sides is not None:
                sides[entity] = TARGET if relative is not None and p.last < relative \
                    and _oblique_relative(tokens, relative) else side_of(tokens, p, head)
    if not actors:
        # "В правительстве Казахстана отказались комментировать": with no one else named, the
        # state of the body the happening is in acts, as a body's setting does above
        for p in settings:
            if p.entity not in actors:
                actors.append(p.entity)
                read.append((p.entity, p))
                if sides is not None:
                    sides[p.entity] = side_of(tokens, p, head)
    for entity in _subjects_of_other_verb(tokens, read, head):
        actors.remove(entity)  # "Пэддок откликнулся на призыв лидера ИГ Абу Бакра аль-Багдади"
    for k, side in _bare_titles(tokens, phrases, first, last, head):
        # "ходатайствовал перед президентом об увольнении": the one the document gives that title
        held = [e for e in book.book.holders(office_of(lemma_key(tokens[k]), None, None)) if e not in actors]
        if len(held) == 1:
            actors.append(held[0])
            if sides is not None:
                sides[held[0]] = side
    place = min(places, key=lambda p: abs(p.first - head)) if places else None
    if place is not None and place.entity in actors:
        actors.remove(place.entity)
    return actors, place


# Types of a violent deed: a city or a region that is its verb's object is where it was done.
STRIKES = frozenset({"assault", "fight"})

QUOTED_NAME_WORDS = 5  # at most this many words in quotes with no verb make a name


_DASHES = frozenset("— –".split())
# How many tokens after a dash the dash closing a name set between two may stand ("— Китаю —").
_BETWEEN_DASHES = 8


def _joined_list(tokens: list[Token], last: int) -> int:
    """The end of the clause ending at `last` with the rest of the sentence added when that
    rest only lists more of the same after ", а также" or ", и" with no verb ("уволены
    генерал-майор Валерий Конуркин, а также генерал-лейтенант Хаджибикар Укуров")."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text in _DASHES and tokens[last].pos == "NOUN":
        # "отправлять крупнейшему потребителю энергоносителей — Китаю — нефть": a name set
        # between dashes beside the noun before is that noun's
        end = next((j for j in range(k + 1, min(k + _BETWEEN_DASHES, len(tokens))) if tokens[j].text in _DASHES), None)
        if end is not None and end > k + 1 and all(t.pos in _NOUN_GROUP for t in tokens[k + 1:end]):
            return end - 1
        return last
    if k + 1 >= len(tokens) or tokens[k].text != "," or fold(tokens[k + 1].text) not in ("а", "и"):
        return last
    rest = tokens[k + 1:]
    if any(t.pos in ("VERB", "AUX") or t.text in (":", ";", "—", "–") for t in rest):
        return last
    return len(tokens) - 1


WHERE = "где"


def _relative_opening(tokens: list[Token], first: int, head: int) -> int | None:
    """The token of "который" (or "где") opening a relative clause, after a comma, that the
    trigger at `head` stands in, when the clause read from `first` holds the main clause
    before it too ("Мишель Бачелет — дочь генерала ВВС, который погиб от пыток", "Город
    расположен рядом с Фергюсоном, где был убит ..."); None when there is none, or when a
    comma closes it before the trigger (the trigger is the main clause's again)."""
    for k in range(head - 1, first, -1):
        if tokens[k].text == ",":
            if k + 1 < head and lemma_key(tokens[k + 1]) in ("который", WHERE):
                return k + 1
            if k + 2 < head and tokens[k + 1].pos == "ADP" and lemma_key(tokens[k + 2]) == "который":
                return k + 2  # "на которого было совершено покушение"
            return None
    return None


def _antecedent(tokens: list[Token], p: Phrase, relative: int) -> bool:
    """Whether a person's name stands right before the comma opening the relative clause at
    `relative` (its preposition between): "Майкл Флинн, которого ...", "брат Петра, на
    которого ..." — the one the relative word stands for."""
    opening = relative - 1 if tokens[relative - 1].pos == "ADP" else relative
    if not (p.type == "PER" and p.last == opening - 2 and tokens[opening - 1].text == ","):
        return False
    # the relative word agrees with the one it stands for: "пресс-конференции Тадича, на
    # которой" stands for the conference
    return all(tokens[relative].feats.get(f) in (None, tokens[p.last].feats.get(f))
               or tokens[p.last].feats.get(f) is None for f in ("Gender", "Number"))


def _oblique_relative(tokens: list[Token], relative: int) -> bool:
    """Whether the relative word is no subject of its clause ("которого назначил", "на
    которого напали"): the one it stands for is acted upon."""
    return tokens[relative - 1].pos == "ADP" or tokens[relative].feats.get("Case") not in ("Nom", None) \
        or lemma_key(tokens[relative]) == WHERE  # "регионе Азербайджана, где произошли столкновения"


def _inside_quoted_name(tokens: list[Token], p: Phrase) -> bool:
    """True when a mention is one part of a short name in quotes with no verb, other words of
    the name beside it («Золотого щита Китая», «Справедливая Россия» read as a place): it
    names a thing, a programme or a party, not a participant. A quoted saying has a verb or
    opens in lower case («острой проблемой для Молдавии»); a case named by its parties
    («Алексеев и другие против России») names participants."""
    j = p.first - 1
    while j >= 0 and tokens[j].text not in ("«", "»") and p.first - j <= QUOTED_NAME_WORDS:
        j -= 1
    k = p.last + 1
    while k < len(tokens) and tokens[k].text not in ("«", "»") and k - p.last <= QUOTED_NAME_WORDS:
        k += 1
    if j < 0 or k >= len(tokens) or tokens[j].text != "«" or tokens[k].text != "»":
        return False
    inside = tokens[j + 1:k]
    return (j + 1 < p.first or k - 1 > p.last) and len(inside) <= QUOTED_NAME_WORDS \
        and inside[0].text[:1].isupper() and not any(t.pos in ("VERB", "AUX") for t in inside) \
        and not any(t.pos == "ADP" and lemma_key(t) in ACTOR_PREPS for t in inside)


def _of_person_noun(tokens: list[Token], p: Phrase, head: int) -> bool:
    """True when a person's name in the genitive completes a singular common noun of a
    person that is the subject ("Ярый критик лидера Эмомали Рахмона застрелен", "адвокат
    Навального заявил"): the name says whose critic or lawyer that person is, and takes no
    part; the noun stands for someone else. Titles and state agents are read elsewhere."""
    if p.type != "PER" or p.case not in ("Gen", None) or p.first < 1:
        return False
    j = p.first - 1
    while j >= 0 and j != head and (tokens[j].pos in _MODIFIERS or (
            tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") == "Gen")):
        j -= 1
    if j < 0 or j == head or j == p.first - 1 and tokens[j].pos != "NOUN":
        return False
    t = tokens[j]
    return t.pos == "NOUN" and t.feats.get("Case") == "Nom" and t.feats.get("Animacy") == "Anim" \
        and t.feats.get("Number") == "Sing" and not _title_word_at(t) and lemma_key(t) not in STATE_AGENTS


# Acts of an office: the title in the genitive after one in the instrumental ("указом
# президента уволены ...") names the one who does a passive's deed.
DECREES = frozenset("указ распоряжение постановление приказ решение".split())
# Prepositions before a title standing alone whose holder takes part ("перед президентом").
_TITLE_PREPS = ACTOR_PREPS | {"перед"}


def _bare_titles(tokens: list[Token], phrases: list[Phrase], first: int, last: int,
                 head: int) -> list[tuple[int, str]]:
    """Title words of the clause standing alone, with no place, body or name completing them
    and no word of their own before them ("ходатайствовал перед президентом", "президент
    отметил"), with the side each takes: the holder the document names is meant."""
    inside = {k for p in phrases for k in range(p.first, p.last + 1)}
    titled = {p.role.index for p in phrases if p.role is not None} | {p.office.index for p in phrases if p.office}
    out = []
    for k in range(first, last + 1):
        t = tokens[k]
        if k == head or t.pos != "NOUN" or lemma_key(t) not in ROLE_WORDS or k in inside or k in titled \
                or t.feats.get("Number") != "Sing":
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and (nxt.pos in ("NOUN", "PROPN", "ADJ") or k + 1 in inside or nxt.text in _QUOTES
                                or lemma_key(nxt) in _COORDINATORS):
            continue  # "президент компании", "президента Рейгана": completed; "Губернатор и
            # Правительство Ульяновской области": the complement after the pair is its too
        j = k - 1
        if j >= 0 and lemma_key(tokens[j]) in DECREES and tokens[j].feats.get("Case") == "Ins" \
                and t.feats.get("Case") == "Gen" and _passive(tokens[head]):
            out.append((k, SOURCE))  # "указом президента уволены ...": the one who decrees
            continue
        if j >= 0 and tokens[j].pos in ("ADJ", "DET", "NOUN", "PROPN", "NUM") and j != head:
            continue  # "российского президента", "пост президента": someone else's
        prep = lemma_key(tokens[j]) if j >= 0 and tokens[j].pos == "ADP" else None
        if prep is not None and prep not in _TITLE_PREPS or prep is None and t.feats.get("Case") == "Ins":
            continue  # "назначен хокимом": a post given
        case = t.feats.get("Case")
        if prep is not None or case in ("Dat", "Acc", "Ins"):
            side = TARGET
        elif case == "Gen" and tokens[head].pos == "NOUN" and j == head:
            side = TARGET if acted_on_noun(tokens[head]) else SOURCE
        elif case == "Nom":
            side = passive_side(tokens, head)
        else:
            continue
        out.append((k, side))
    return out


# Bodies a state keeps in another: in a reduction of relations (16) the state they are in is
# the one acted upon ("приостановил работу миссии в Грузии", "закрыл посольство в Ливии").
MISSIONS = frozenset("миссия посольство консульство представительство контингент".split())


def _mission_in(tokens: list[Token], p: Phrase, head: int) -> bool:
    """True when a state after "в" completes a mission or an embassy, not the trigger:
    "приостановил работу миссии в Грузии"."""
    j = p.first - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    return j >= 1 and tokens[j].pos == "ADP" and j - 1 != head and lemma_key(tokens[j - 1]) in MISSIONS


def _subjects_of_other_verb(tokens: list[Token], read: list[tuple[int, Phrase]], head: int) -> list[int]:
    """The subjects of a verb that governs a noun trigger through "на" or "в" when the noun
    names its own agent in the genitive ("Пэддок откликнулся на призыв лидера ИГ Абу Бакра
    аль-Багдади": the leader appeals, Пэддок answers): they take no part in the noun's
    happening."""
    if tokens[head].pos != "NOUN":
        return []
    j = head - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    if j >= 0 and tokens[j].pos == "VERB" and tokens[head].feats.get("Case") == "Acc":
        # "Наото Кан назвал посещение островов министром обороны Анатолием Сердюковым": the
        # deed is the object of a verb that tells of it, and names its own doer in the
        # instrumental; the one who tells of it takes no part
        if any(p.first > head and p.prep is None and p.case == "Ins" and p.type == "PER"
               and all(t.pos in _NOUN_GROUP or t.pos == "ADP" for t in tokens[head + 1:p.first]) for _, p in read):
            return [e for e, p in read if p.last < j and p.prep is None and p.case == "Nom"]
        return []
    if j < 1 or tokens[j].pos != "ADP" or lemma_key(tokens[j]) not in ("на", "в") \
            or tokens[j - 1].pos != "VERB":
        return []
    if not any(p.first > head and p.prep is None and p.case == "Gen" and lemma_key(tokens[head]) not in PATIENT_NOUNS
               and all(t.pos in _NOUN_GROUP for t in tokens[head + 1:p.first]) for _, p in read):
        return []
    return [e for e, p in read if p.last < j - 1 and p.prep is None and p.case == "Nom"]


SOURCE, TARGET = "source", "target"
# Prepositions whose object is acted upon or met ("встреча с", "иск против", "визит в");
# "между" names both sides.
_TARGET_PREPS = ACTOR_PREPS - {"между"}


def passive_side(tokens: list[Token], head: int) -> str:
    """The side of a subject: acted upon when the trigger is passive ("был задержан")."""
    return TARGET if _passive(tokens[head]) else SOURCE


def subject_side(tokens: list[Token], head: int) -> str:
    """The side of a subject found outside the clause (a pronoun's person, the subject of a
    clause before): acted upon when the trigger is passive or a noun the subject undergoes
    ("она жаловалась на угрозы")."""
    return TARGET if passive_side(tokens, head) == TARGET or undergone(tokens, head) else SOURCE


# Verbs whose subject undergoes the noun after them: "получает угрозы", "подвергся критике";
# with "на", a complaint of what one undergoes ("жаловалась на угрозы"); with "под", a state
# one is under ("находился под огнём критики", "оказался под арестом").
UNDERGOING = frozenset("получить получать подвергнуться подвергаться отбывать".split())
COMPLAINING = frozenset("жаловаться пожаловаться".split())
UNDER = frozenset("находиться оказаться оказываться попасть попадать оставаться остаться".split())
_UNDERGONE_REACH = 4  # words at most between the verb and the noun it governs


def undergone(tokens: list[Token], head: int) -> bool:
    """Whether the noun trigger at `head` is what the subject of the verb before it undergoes."""
    if tokens[head].pos != "NOUN":
        return False
    prep = None
    for k in range(head - 1, max(head - 2 - _UNDERGONE_REACH, -1), -1):
        t = tokens[k]
        if t.pos == "ADP":
            if prep is not None:
                return False
            prep = lemma_key(t)
        elif t.pos == "VERB":
            verb = lemma_key(t)
            return (verb in UNDERGOING and prep is None) or (verb in COMPLAINING and prep == "на") \
                or (verb in UNDER and prep == "под")
        elif t.pos not in ("ADJ", "DET", "NUM", "NOUN"):
            return False
    return False


def passive_at(tokens: list[Token], head: int) -> bool:
    """Whether the trigger is passive, or is a noun after a preposition that a short passive
    participle governs ("отправлен в отставку", "взят под арест"): its subject is acted upon.
    A verb in -ся ("подозревается в убийстве") leaves the noun's own doer."""
    if _passive(tokens[head]):
        return True
    verb = tokens[head - 2] if head >= 2 else None
    return (tokens[head].pos == "NOUN" and verb is not None and tokens[head - 1].pos == "ADP"
            and verb.feats.get("Variant") == "Short" and verb.feats.get("VerbForm") == "Part")


def _passive(tok: Token) -> bool:
    # A short adjective ("готова", "намерены") is no passive; a short participle is.
    return tok.feats.get("Voice") == "Pass" or (tok.feats.get("Variant") == "Short" and tok.feats.get("VerbForm") == "Part")


# Nouns of leaving a post of one's own accord: the genitive after one is the one who leaves,
# the side acting ("отставка министра обороны Эхуда Барака", "после отставки своего
# предшественника"), though the noun is among those of acts done to someone for the rest.
RESIGNATIONS = frozenset({"отставка"})


def acted_on_noun(tok: Token) -> bool:
    """Whether the genitive after the noun trigger `tok` is the one acted upon ("арест
    Навального") rather than the one acting ("визит президента", "отставка министра")."""
    return lemma_key(tok) in PATIENT_NOUNS and lemma_key(tok) not in RESIGNATIONS


def side_of(tokens: list[Token], p: Phrase, head: int) -> str:
    """Whether a participant acts (the subject; a noun trigger's genitive: "визит президента";
    the agent of a passive) or is acted upon (an object, a prepositional partner; the subject
    of a passive: "задержан министр")."""
    passive = passive_at(tokens, head) or undergone(tokens, head)
    if p.prep is not None:
        return SOURCE if p.prep == "между" else TARGET
    case = p.case
    if case == "Gen" and p.first < head:
        # "Власти Китая ввели", "Президент Узбекистана помиловал": the genitive completes
        # the subject, or the title of the subject, before the verb.
        k = p.role.index if p.role is not None else p.first - 1
        while k > 0 and tokens[k].pos in _MODIFIERS:
            k -= 1
        if k >= 0 and tokens[k].pos in ("NOUN", "PROPN") and tokens[k].feats.get("Case") == "Nom":
            return TARGET if passive else SOURCE
    if case == "Nom":
        return TARGET if passive else SOURCE
    if case == "Ins" and tokens[head].pos == "NOUN" and p.first > head and (
            p.type == "PER" or _bare_after(tokens, p, head)):
        # "посещение островов министром Анатолием Сердюковым", "ждёт утверждения Сенатом":
        # the instrumental after a noun trigger is the deed's doer.
        return SOURCE
    if case == "Ins":
        return SOURCE if passive else TARGET
    if case == "Gen" and passive:
        # "арестован силами ПНС", "Решением мэра Москвы Сергея Собянина отправлен в отставку":
        # the genitive completes the agent phrase of a passive.
        k = p.first - 1
        floor = head if p.first > head else -1
        while k > floor and (tokens[k].pos in _MODIFIERS or (
                tokens[k].pos in ("NOUN", "PROPN") and tokens[k].feats.get("Case") == "Gen")):
            k -= 1  # "силами полиции Франции"
        if k > floor and tokens[k].pos == "NOUN" and tokens[k].feats.get("Case") == "Ins":
            return SOURCE
    if case == "Gen" and tokens[head].pos == "NOUN":
        # "визит президента": who acts; "арест Навального": who is acted upon.
        return TARGET if acted_on_noun(tokens[head]) else SOURCE
    if case is None:
        return SOURCE if p.first < head else TARGET
    return TARGET


def _bare_after(tokens: list[Token], p: Phrase, head: int) -> bool:
    """True when no preposition stands between the noun trigger `head` and the mention `p`
    after it: the instrumental then hangs on the trigger (or on its genitive complement),
    not on a preposition ("с Россией", "над компанией")."""
    return p.prep is None and not any(t.pos == "ADP" for t in tokens[head + 1:p.first])


# Chambers and assemblies that vote on an appointment: they make it, like a person.
VOTING_BODIES = frozenset("парламент сенат конгресс дума рада меджлис палата ассамблея съезд кнессет совет".split())


def voting_body(name: str) -> bool:
    """Whether an organisation's name is headed by a word of a chamber that votes ("Сенат",
    "Верхняя палата парламента Казахстана", "Государственная дума")."""
    return any(fold(w).rstrip(".,") in VOTING_BODIES for w in (name or "").split()[:3])


# Nouns that stand for the person they belong to: "его кандидатура", "кандидатуру Коми".
CANDIDACY = frozenset({"кандидатура"})


def _in_trigger_group(tokens: list[Token], head: int, p: Phrase) -> bool:
    """True when the preposition a mention depends on governs the trigger noun itself, the
    mention completing it: "о выделении Интерполу гранта", "о визите президента"; a
    recipient in the dative before the trigger in the same noun group counts too (the grant
    of "о выделении Интерполу гранта" is the trigger)."""
    if tokens[head].pos != "NOUN":
        return False
    if head > p.last and p.case == "Dat":
        j = p.first - 1
        while j >= 0 and tokens[j].pos in _NOUN_GROUP:
            j -= 1
        return j >= 0 and tokens[j].pos == "ADP" and lemma_key(tokens[j]) == p.prep \
            and all(t.pos in _NOUN_GROUP for t in tokens[p.last + 1:head])
    if head >= p.first:
        return False
    j = head - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    if j < 0 or tokens[j].pos != "ADP" or lemma_key(tokens[j]) != p.prep:
        return False
    return all(t.pos in _NOUN_GROUP for t in tokens[head + 1:p.first])


# Words of a charge or suspicion: the nouns after their "в" tell what is alleged.
CHARGES = frozenset("обвинение обвинять обвинить обвиняться подозрение подозревать подозреваться".split())


def _inside_charge(tokens: list[Token], p: Phrase) -> bool:
    """True when a name completes the noun groups after a charge's "в" ("обвиняется в
    оказании помощи ИГИЛ", "по обвинению в заговоре с целью оказания поддержки организации
    «Исламское государство»"; the deed told in brackets after the charge: "по обвинению в
    хулиганстве (поджог офиса «Единой России»"): it tells what is alleged, and takes no part
    in the charge."""
    j = p.first - 1
    while j >= 0 and p.first - j <= 12 and (tokens[j].pos in _NOUN_GROUP or tokens[j].text in _QUOTES
                                             or tokens[j].pos == "ADP" or tokens[j].text == "("):
        if tokens[j].pos == "ADP" and lemma_key(tokens[j]) == "в" and j > 0 and lemma_key(tokens[j - 1]) in CHARGES:
            return True
        j -= 1
    return False


def _verb_destination(tokens: list[Token], p: Phrase, head: int, trigger_only: bool = False) -> bool:
    """True when the preposition of a destination depends on a verb or on the trigger
    itself: "направил в Киргизию", "вступить в ЕАЭС", not "марш в Исламабад"; with
    `trigger_only`, on the trigger alone (a city another verb goes to, "направлялся во
    Франкфурт", takes no part)."""
    j = (p.role.index if p.role is not None else p.first) - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    k = j - 1
    while k >= 0 and tokens[k].pos in ("ADV", "PART"):
        k -= 1
    return k < 0 or k == head or (not trigger_only and tokens[k].pos in ("VERB", "AUX"))


# Nouns of an office: a state in the genitive right after one is whose the office is.
_OFFICE_NOUNS = frozenset("пост должность".split())
ASYLUM = "убежище"


def _state_of_post(tokens: list[Token], p: Phrase) -> bool:
    """True when the place p stands in the genitive right after a noun of an office ("на
    высший государственный пост Кубы", "на должность Украины"): the state whose post it is
    takes no part in what is done to its holder."""
    k = p.first - 1
    return k >= 0 and tokens[p.first].feats.get("Case") == "Gen" and lemma_key(tokens[k]) in _OFFICE_NOUNS


def _asylum_in(tokens: list[Token], p: Phrase) -> bool:
    """True when the place p, after "в", completes "убежище" ("убежище в Уругвае"): the
    state asked to give refuge, not where the asking was done."""
    k = p.first - 1
    return k >= 1 and tokens[k].pos == "ADP" and lemma_key(tokens[k - 1]) == ASYLUM


def _charge_destination(tokens: list[Token], p: Phrase, head: int) -> bool:
    """True when a destination completes a noun group that is itself under a preposition,
    a charge or a topic ("обвинили Иран в поставках оружия в Йемен"), not what the trigger
    or a plan governs ("намерен увеличить экспорт зерна в Иран")."""
    j = (p.role.index if p.role is not None else p.first) - 1
    while j >= 0 and tokens[j].pos in _MODIFIERS:
        j -= 1
    k = j - 1
    if k < 0 or k == head or tokens[k].pos not in ("NOUN", "PROPN"):
        return False
    while k >= 0 and k != head and tokens[k].pos in _NOUN_GROUP:
        k -= 1
    return k >= 0 and k != head and tokens[k].pos == "ADP"


# Nouns of a deed done to someone: the person in the genitive after one is the one it was
# done to, a participant of that deed and not of the happening that names it.
DEEDS = PATIENT_NOUNS | frozenset("избиение нападение покушение пытка изнасилование расстрел".split())


def of_other_deed(tokens: list[Token], p: Phrase, head: int) -> bool:
    """True when a name in the genitive completes a noun of a deed other than the trigger
    ("расследованием убийства Анаса Пшихачева", "после избиения их коллеги Константина
    Попова"): the deed's own participant."""
    if p.case not in ("Gen", None):
        return False
    j = p.first - 1
    while j >= 0 and j != head and (tokens[j].pos in _MODIFIERS or fold(tokens[j].text) in POSSESSIVES or (
            tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") == "Gen" and lemma_key(tokens[j]) not in DEEDS)):
        j -= 1
    return j >= 0 and j != head and tokens[j].pos == "NOUN" and lemma_key(tokens[j]) in DEEDS


def _after_other_verb(tokens: list[Token], head: int, i: int) -> bool:
    return any(tokens[k].pos == "VERB" and tokens[k].feats.get("VerbForm") == "Inf"
               for k in range(head + 1, i))


def next_person(book: Holders, sentence: int) -> int | None:
    """The first person acting as a subject after `sentence`, within the forward window."""
    return next((p for si, p in book.subjects if sentence < si <= sentence + FORWARD_WINDOW), None)


def previous_person(book: Holders, sentence: int, skip: set[int] = frozenset(),
                    gender: str | None = None) -> int | None:
    """The person last acting as a subject before `sentence`, other than those in `skip`:
    what "он" or "она" refers to; with `gender` (the pronoun's: masc, femn), a person whose
    name is read as of the other gender is passed over ("она" is not the man named last)."""
    for si, person in reversed(book.subjects):
        if si < sentence and person not in skip and (
                gender is None or book.genders.get(person) in (None, "", gender)):
            return person
    if gender is not None:
        return next((body for si, body, g in reversed(book.bodies)
                     if sentence - BODY_WINDOW <= si < sentence and g == gender and body not in skip), None)
    return None


BODY_WINDOW = 2  # sentences back in which "она" may point at an organisation


# Relations of the dependency parse that name a participant of the word they depend on.
_PART_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod"})


def parsed_parts(sent, phrases: list[Phrase], head: int, book: Holders, sentence: int,
                 listed: bool = False) -> list[tuple[int | None, str, int]]:
    """The participants the dependency parse of a parsed sentence gives the trigger at token
    `head`, each as (entity, side, token): its subject (the source; a passive's subject the
    target), its object and indirect object (targets), a prepositional partner ("с",
    "против", ...) and a noun trigger's genitive ("визит президента", "арест Навального"),
    also when they stand outside the trigger's clause; a name coordinated with or set beside
    one of them ("X и Y", "генерал Y") counts too. A subject or object that names no one
    here, "он", "его" or a person told by a common noun ("спикер", "политика"), comes with
    entity None and its token, for the caller to resolve; with `listed` (a deed done to
    someone), a plural common noun as the object stands for the organisations the next
    sentence lists (`_listed_next`). A place where, a topic ("о X")
    and a title's place are left out, as `take_part` leaves them."""
    from newsgraph.syntax import children

    if sent.heads is None:
        return []
    tokens = sent.tokens
    at = {k: p for p in phrases for k in range(p.first, p.last + 1)}
    out: list[tuple[int | None, str, int]] = []
    # The verb a noun trigger depends on with a preposition lends its object ("власти вернули
    # политика под домашний арест"); a verb the trigger governs lends its object ("СКР
    # планирует допросить режиссёра").
    deps = list(children(sent, head))
    up = sent.heads[head]
    if tokens[head].pos == "NOUN" and sent.rels[head] == "obl" and up >= 0 and tokens[up].pos == "VERB" \
            and any(lemma_key(tokens[k]) in PLACE_PREPS for k in children(sent, head, ("case",))):
        deps += [k for k in children(sent, up, ("obj",)) if k != head]
        if _passive(tokens[up]):  # "в розыск объявлены двое подозреваемых": the passive's subject
            deps += [k for k in children(sent, up, ("nsubj:pass",)) if k != head]
    for x in children(sent, head, ("xcomp",)):
        deps += children(sent, x, ("obj", "iobj"))
    # A verb joined to another with no object of its own shares that verb's object: "математика
    # отпустили, но задержали по обвинению в хулиганстве".
    if tokens[head].pos == "VERB" and sent.rels[head] == "conj" and up >= 0 and tokens[up].pos == "VERB" \
            and not children(sent, head, ("obj", "nsubj", "nsubj:pass")):
        deps += children(sent, up, ("obj",))
    for c in sorted(set(deps)):
        rel = sent.rels[c]
        if rel not in _PART_RELS:
            continue
        if rel == "nsubj":
            side = passive_side(tokens, head)
        elif rel == "nsubj:pass":
            side = TARGET
        elif rel == "obl:agent":
            side = SOURCE
        else:
            side = TARGET
        lo, hi = sorted((head, c))
        if any(t.text in _SPEECH_MARKS for t in tokens[lo + 1:hi]):
            continue  # a name in the direct speech after a colon or an opening quote
        named = [k for k in [c, *children(sent, c, ("conj", "appos", "flat:name"))] if k in at]
        if not named and rel in _CORE_RELS and tokens[c].pos == "NOUN" and tokens[c].feats.get("Animacy") == "Anim":
            ahead = _named_next(sent, c, book, sentence)
            if ahead:
                out.extend((e, side, c) for e in ahead if all(e != x for x, _, _ in out))
                continue
        if not named and listed and rel == "obj" and tokens[c].pos == "NOUN":
            ahead = _listed_next(sent, c, book, sentence)
            if ahead:
                out.extend((e, side, c) for e in ahead if all(e != x for x, _, _ in out))
                continue
        if not named and rel in _CORE_RELS and _stands_for_someone(tokens[c]) \
                and not children(sent, c, ("nummod", "nummod:gov")) \
                and not any(lemma_key(tokens[k]) == "оба" or fold(tokens[k].text) in POSSESSIVES
                            for k in children(sent, c)):
            out.append((None, side, c))
            continue
        for k in named:
            p = at[k]
            if p.titles is not None or p.post or p.describes is not None or p.within is not None:
                continue
            if p.prep is not None and p.prep not in ACTOR_PREPS and not (
                    p.prep in PLACE_PREPS and p.prep_case == "Acc" and p.type != "LOC"):
                continue
            entity = p.entity
            if p.role is not None and not members_of_body(tokens, p):
                holder = book.resolve(p.role, p.entity, sentence, set())
                entity = p.entity if holder is None else holder
            if rel not in ("nsubj", "nsubj:pass", "obl:agent"):
                side = side_of(tokens, p, head)
            if all(entity != e for e, _, _ in out):
                out.append((entity, side, k))
    return out


_CORE_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
# Cardinal and collective numerals that count a small group of people told before their names
# ("оба", "обе" point back at those named before, and are not here).
COUNTS = frozenset("два двое три трое четыре четверо пять пятеро шесть шестеро".split())


def _named_next(sent, c: int, book: Holders, sentence: int) -> list[int]:
    """The person a counted noun for people with no name of its own stands for when the
    persons are named only in the next sentence ("полиция задержала двух братьев. Имя
    одного из них — Иван Петров"): the first named there, as the codebook's labels give
    one side for such a group. Those named in the noun's own sentence take other parts and
    are left out; a caption is skipped."""
    from newsgraph.syntax import children

    tokens = sent.tokens
    numerals = children(sent, c, ("nummod", "nummod:gov"))
    if not numerals or lemma_key(tokens[numerals[0]]) not in COUNTS or tokens[c].feats.get("Number") != "Plur":
        return []
    ahead = _next_sentence(book, sentence)
    if ahead is None:
        return []
    taken, nxt = ahead
    return next(([m.entity] for m in book.doc.mentions if m.type == "PER" and m.entity is not None
                 and nxt.start <= m.start < nxt.end and m.entity not in taken), [])


def _next_sentence(book: Holders, sentence: int):
    """The entities named in sentence `sentence` and the next sentence that is no caption, or
    None at the document's end: where a group told without names is named after it."""
    doc = book.doc
    own = doc.sents[sentence]
    taken = {m.entity for m in doc.mentions if own.start <= m.start < own.end}
    n = sentence + 1
    while n < len(doc.sents) and book.in_caption(doc.sents[n].start):
        n += 1
    return None if n >= len(doc.sents) else (taken, doc.sents[n])


LIST_JOINS = frozenset({",", "и", "«", "»", '"', "“", "”", "„"})  # what may stand between the names of a list
LISTED_AT_LEAST = 2  # organisations a list names at the least


def _listed_next(sent, c: int, book: Holders, sentence: int) -> list[int]:
    """The organisations a plural common noun as the object, with no name, number or word of
    its own before it, stands for when they are listed only in the next sentence ("признала
    операторов виновными. ... что МТС, «Вымпелком» и «Мегафон» установили ..."): two or more
    named one after another with nothing but commas, *и* and quotes between. Those named in
    the noun's own sentence take other parts and are left out; a caption is skipped."""
    from newsgraph.syntax import children

    tokens = sent.tokens
    if tokens[c].feats.get("Number") != "Plur" or children(sent, c, ("nummod", "nummod:gov", "det")) \
            or any(fold(tokens[k].text) in POSSESSIVES for k in children(sent, c)):
        return []
    ahead = _next_sentence(book, sentence)
    if ahead is None:
        return []
    taken, nxt = ahead
    doc = book.doc
    found = sorted((m for m in doc.mentions if m.entity is not None and nxt.start <= m.start < nxt.end),
                   key=lambda m: m.start)
    best: list[int] = []
    run: list = []
    for m in found:
        between = doc.text[run[-1].end:m.start].split() if run else []
        if run and m.type == "ORG" and all(w in LIST_JOINS for w in between) and between:
            run.append(m)
        else:
            run = [m] if m.type == "ORG" else []
        if len(run) >= LISTED_AT_LEAST and len(run) > len(best):
            best = list(run)
    entities: list[int] = []
    for m in best:
        if m.entity not in entities:
            entities.append(m.entity)
    if len(entities) < LISTED_AT_LEAST or any(e in taken for e in entities):
        return []
    return entities


LISTED_BACK = 2  # sentences before the one of "их" in which its list is looked for


def _runs(doc: Document, mentions: list[Mention]) -> list[list[int]]:
    """The lists among `mentions` (in order): two or more names of one type, one after another
    with nothing but commas, *и* and quotes between; each as its entities, in order."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for m in mentions:
        between = doc.text[run[-1].end:m.start].split() if run else []
        if run and m.type == run[-1].type and between and all(w in LIST_JOINS for w in between):
            run.append(m)
        else:
            if len(run) >= LISTED_AT_LEAST:
                runs.append(run)
            run = [m]
    if len(run) >= LISTED_AT_LEAST:
        runs.append(run)
    return [list(dict.fromkeys(m.entity for m in r)) for r in runs]


def listed_before(doc: Document, sentence: int, before: int, skip: set[int]) -> list[int]:
    """What "их" or "них" as an object stands for: the names listed together last before
    offset `before`, in its sentence or the two before ("Иван Петров и Олег Белов задержаны.
    Прокуратура обвинила их ..."); those already taking part are left out. Empty when there
    is no such list."""
    for n in range(sentence, max(-1, sentence - LISTED_BACK - 1), -1):
        sent = doc.sents[n]
        found = sorted((m for m in doc.mentions if m.entity is not None and sent.start <= m.start < sent.end
                        and m.end <= before), key=lambda m: m.start)
        runs = [[e for e in r if e not in skip] for r in _runs(doc, found)]
        runs = [r for r in runs if len(r) >= LISTED_AT_LEAST]
        if runs:
            return runs[-1]
    return []


# Possessive pronouns of the third person: "его адвокат", "её глава" is someone of the one
# named before, not that one.
POSSESSIVES = frozenset({"его", "ее", "их"})
_SPEECH_MARKS = frozenset(": « „ “".split())


def _stands_for_someone(tok: Token) -> bool:
    """"он", "его", "ей", or a singular common noun ("спикер", "политика", "суд"): a word
    that may point back at someone named before."""
    if tok.pos == "PRON":
        return lemma_key(tok) in ("он", "она")
    return tok.pos == "NOUN" and tok.feats.get("Number") == "Sing"


def own_noun_subject(tokens: list[Token], first: int, head: int) -> bool:
    """True when the clause starting at token `first` has a subject of its own before its
    verb trigger at `head`: a common noun in the nominative, not in a prepositional group
    ("Петров был назначен судьёй, но комитет отказался утвердить назначение": the committee
    refuses, not Петров). Such a clause takes no subject from the clause before it."""
    verb = tokens[head]
    number, gender = verb.feats.get("Number"), verb.feats.get("Gender")
    if verb.pos != "VERB" or number not in NUMBERS:
        return False
    wanted = {CASES["Nom"], NUMBERS[number]} | ({GENDERS[gender]} if number == "Sing" and gender in GENDERS else set())
    for k in range(first, head):
        t = tokens[k]
        if t.pos != "NOUN" or t.feats.get("Case") != "Nom" \
                or any(tokens[j].pos == "ADP" for j in range(max(first, k - 3), k)):
            continue
        # a form the dictionary allows as a nominative the verb agrees with ("«шпионку»
        # отпустили": an object the tagger read as a subject)
        if any(wanted <= set(p.tag.grammemes) for p in get_resources().parse(t.text.lower())):
            return True
    return False


# Relations that stay inside a noun group: its modifiers, dependents and names.
_GROUP_RELS = frozenset({"nmod", "amod", "appos", "flat:name", "flat", "conj", "nummod", "det"})


def object_group(sent, phrases: list[Phrase], head: int) -> list[tuple[int, int]]:
    """What the object of the verb trigger at token `head` holds, when the object itself
    names no one: the names inside its noun group ("приостановил работу миссии в Грузии"),
    as (entity, token) in text order. A relational adjective ("выслала двух российских
    дипломатов") names no participant, and nothing under a clause of its own (a
    participle, a relative clause) counts."""
    from newsgraph.syntax import children

    if sent.heads is None or sent.tokens[head].pos != "VERB":
        return []
    at = {k: p for p in phrases for k in range(p.first, p.last + 1)}
    out: list[tuple[int, int]] = []
    for c in children(sent, head, ("obj",)):
        if c in at or lemma_key(sent.tokens[c]) in REMAINS:
            continue  # "обменяла тело Ходжаджи": the dead is no one acted upon
        frontier = [c]
        while frontier:
            k = frontier.pop()
            for j in children(sent, k):
                if sent.rels[j] not in _GROUP_RELS:
                    continue
                p = at.get(j)
                if p is not None:
                    if p.titles is None and p.describes is None and (p.prep is None or p.prep in ACTOR_PREPS
                                                                      or p.prep in PLACE_PREPS or p.prep == "из"):
                        out.append((p.entity, j))
                    continue
                if sent.tokens[j].feats.get("Animacy") != "Anim":
                    frontier.append(j)  # a person told by a noun is the one acted upon, not their place
    return sorted(out, key=lambda x: x[1])


# Words after a surname that tell a generation, not a name: "Джон Хинкли-младший".
GENERATIONS = frozenset("младший старший мл ст".split())


def person_key(name: str) -> list[str]:
    """The folded words that name a person, as the forms the entity stage leaves may write
    them: a name joined by hyphens split into its capitalised words ("Джон-Хинкли-младший"
    is "джон хинкли"), a generation and initials left out ("Х.Рухани" is "рухани")."""
    out = []
    for word in name_words(name):
        parts = word.split("-")
        if len(parts) > 1 and sum(x[:1].isupper() for x in parts) > 1:
            words = parts  # "Джон-Хинкли-младший"; not "Касым-Жомарт" alone, kept whole below
        else:
            words = [word]
        for w in words:
            if is_initial(w) or fold(w).rstrip(".") in GENERATIONS:
                continue
            out.append(fold(w))
    return out


def _clean_name(name: str) -> bool:
    """A name with no bracket or quote the entity stage took in with it ("Бернс (")."""
    return not any(ch in name for ch in "()«»\"'[]")


def mention_counts(doc: Document, keep=None) -> Counter:
    """How often the document mentions each entity (only the mentions `keep` accepts, if given),
    in the order the entities are first mentioned."""
    return Counter(m.entity for m in doc.mentions if m.entity is not None and (keep is None or keep(m)))


def same_people(doc: Document) -> dict[int, int]:
    """Persons of the document that the entity stage left as several entities under forms
    of one name ("Джон-Хинкли-младший", "Хинкли-младший" and "Джон Хинкли"; "Даригу" and
    "Дариги Назарбаевой"; "Х.Рухани" and "Хасан Рухани"), each mapped to the one whose name
    is written fullest, as its participants are named. A shorter form goes to a longer one
    whose words hold all of its own (its one word the surname or the first name); a form
    two persons may fill is left alone."""
    counts = mention_counts(doc)
    people = {i: person_key(e.name) for i, e in enumerate(doc.entities) if e.type == "PER"}
    out: dict[int, int] = {}
    for i, key in people.items():
        if not key:
            continue
        fuller = []
        for j, other in people.items():
            if j == i or len(other) < len(key) or not _clean_name(doc.entities[j].name) or (len(other), counts.get(j, 0), -j) <= (len(key), counts.get(i, 0), -i):
                continue
            if len(key) == 1:
                hit = same_but_ending(key[0], other[-1]) or (len(other) > 1 and same_but_ending(key[0], other[0]))
            else:
                hit = same_but_ending(key[-1], other[-1]) and all(any(same_but_ending(w, o) for o in other) for w in key)
            if hit:
                fuller.append(j)
        best = max(fuller, key=lambda j: (len(people[j]), counts.get(j, 0), -j), default=None)
        if best is not None and all(all(any(same_but_ending(w, o) for o in people[best]) for w in people[j])
                                    for j in fuller):
            out[i] = best
    # a chain of forms ends at the fullest
    for i in list(out):
        seen = {i}
        while out[i] in out and out[out[i]] not in seen:
            seen.add(out[i])
            out[i] = out[out[i]]
    return out


def subject_after_passive(tokens: list[Token], phrases: list[Phrase], a: int, b: int, head: int) -> int | None:
    """The token of a person told by a common noun as the subject after a passive trigger
    ("В Сомали освобождён журналист", "Президентом Чили выбрана женщина"), when the clause
    names no subject; None otherwise. A headline tells so of the person its text names."""
    if not _passive(tokens[head]) or any(p.prep is None and p.case == "Nom" and a <= p.first <= b for p in phrases):
        return None
    inside = {k for p in phrases for k in range(p.first, p.last + 1)}
    for k in range(head + 1, b + 1):
        t = tokens[k]
        if t.pos in ("ADJ", "DET", "NUM", "ADV") or k in inside and t.pos != "NOUN":
            continue
        if t.pos == "NOUN" and k not in inside and t.feats.get("Case") == "Nom" and t.feats.get("Animacy") == "Anim" \
                and t.feats.get("Number") == "Sing" and lemma_key(t) not in STATE_AGENTS and not _title_word_at(t):
            return k
        if t.pos in ("NOUN", "PROPN", "VERB", "AUX") or t.text == ",":
            return None
    return None


# Nouns of what someone said: the person in the genitive after one is the one speaking
# ("приводит слова адвоката Евгения Тонкого, что он готов ...").
SPEECH_NOUNS = frozenset("слово заявление мнение позиция утверждение признание".split())


def speaker_before(tokens: list[Token], phrases: list[Phrase], a: int, book: Holders,
                   gender: str | None) -> int | None:
    """The person "он" or "она" opening a clause after "что" stands for when the clause
    before gives someone's words: the person in the genitive after a noun of speech
    ("приводит слова адвоката Евгения Тонкого, что он готов потребовать ..."), of the
    pronoun's gender; None otherwise."""
    if a < 2 or tokens[a - 1].text != "," or lemma_key(tokens[a]) != "что":
        return None
    for p in reversed([q for q in phrases if q.last < a - 1 and q.type == "PER" and q.prep is None
                       and q.case in ("Gen", None)]):
        j = p.first - 1
        while j >= 0 and (tokens[j].pos in _MODIFIERS or (tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") == "Gen")):
            if lemma_key(tokens[j]) in SPEECH_NOUNS:
                break
            j -= 1
        if j >= 0 and lemma_key(tokens[j]) in SPEECH_NOUNS \
                and (gender is None or book.genders.get(p.entity) in (None, "", gender)):
            return p.entity
        return None
    return None


# Nouns of taking part in another's deed: the genitive after them is a party to it ("под
# прикрытием ФСБ", "при поддержке США", "с помощью Интерпола", "под руководством ООН").
SHARE_NOUNS = frozenset("поддержка участие помощь содействие руководство прикрытие посредничество "
                        "эгида контроль давление".split())


def genitive_candidates(tokens: list[Token], phrases: list[Phrase], actors: list[int], head: int,
                        first: int, last: int) -> list[Phrase]:
    """The clause's places and bodies named in the genitive with no preposition of their own,
    right after a common noun that is not the trigger and not a person's ("росту Киева",
    "нефтепровода Бургас"), or after a comma or "и" that may join them to such a name: those
    whose noun the parse is asked about (`hangs_off_trigger`). A person in the genitive of a
    thing ("защиты Бхутто", "дела Абдинура") is often the one the deed is about, and stays."""
    out = []
    for p in phrases:
        if p.entity not in actors or p.first < max(first, 1) or p.last > last or p.prep is not None \
                or p.case != "Gen" or p.role is not None or p.titles is not None or p.type == "PER":
            continue
        j = p.first - 1
        while j > first and tokens[j].pos in _MODIFIERS:
            j -= 1
        t = tokens[j]
        if t.text in (",", "и") and j < p.first - 1:
            continue
        if t.text not in (",", "и") and (j == head or t.pos != "NOUN" or t.feats.get("Animacy") == "Anim"
                                         or _title_word_at(t) or lemma_key(t) in STATE_AGENTS
                                         or any(q.first <= j <= q.last for q in phrases)):
            continue
        out.append(p)
    return out


def hangs_off_trigger(sent, phrases: list[Phrase], p: Phrase, head: int) -> bool:
    """False when the parse hangs the name of `p` (through the names it is coordinated with)
    on a common noun that is neither the trigger nor one of its own dependents, nor a
    dependent of a verb the trigger governs ("обещает не оставлять руководство Афганистана"):
    the name says whose that other thing is ("способствовать экономическому росту Киева",
    "ухудшению экономики Ботсваны") and takes no part in the trigger's deed. A body of a
    person who is such a dependent ("выслала сотрудника посольства Великобритании") does."""
    heads, rels, tokens = sent.heads, sent.rels, sent.tokens
    k = next((i for i in range(p.first, p.last + 1) if not p.first <= heads[i] <= p.last), p.last)
    seen = 0
    while rels[k] == "conj" and heads[k] >= 0 and seen < 10:
        k, seen = heads[k], seen + 1
    if rels[k] != "nmod" or heads[k] < 0:
        return True
    own = {head}  # the trigger, and the verbs it governs: a plan names its happening
    t, steps = head, 0
    while tokens[head].pos == "NOUN" and rels[t] in ("nmod", "obl") and heads[t] >= 0 and steps < 3:
        # a noun trigger in a frame ("передаст больницам области оборудование в рамках
        # гранта") is the deed of the verb the frame hangs on
        t, steps = heads[t], steps + 1
        if tokens[t].pos == "VERB":
            own.add(t)
            break
    frontier = [head]
    while frontier:
        v = frontier.pop()
        for i, h in enumerate(heads):
            if h == v and rels[i] == "xcomp" and i not in own:
                own.add(i)
                frontier.append(i)
    n = heads[k]
    tok = tokens[n]
    # the subject's own ("пресс-служба правительства"), a place's ("в Карабахе — регионе
    # Азербайджана", "на границе Киргизии") and a party's share ("под прикрытием ФСБ") stay
    if n in own or heads[n] in own or tok.pos != "NOUN" or tok.feats.get("Animacy") == "Anim" \
            or tok.feats.get("Case") == "Nom" or lemma_key(tok) in PLACE_NOUNS | SHARE_NOUNS | STATE_AGENTS \
            or _title_word_at(tok) \
            or any(q.first <= n <= q.last for q in phrases):
        return True
    if any(h == n and rels[i] == "case" and fold(tokens[i].text) in PLACE_PREPS for i, h in enumerate(heads)):
        return True  # a setting: "на границе Киргизии и Таджикистана" is where the states meet
    up = heads[n]
    return rels[n] == "nmod" and up >= 0 and tokens[up].pos == "NOUN" and tokens[up].feats.get("Animacy") == "Anim" \
        and (up in own or heads[up] in own)


# Roots of a deed done to someone: a side acted upon is meant even where the clause names none.
ACTS_ON_ROOTS = frozenset("09 10 11 12 13 16 17".split())
CONTINUED_SENTENCES = 2  # how far back a story about the same two sides is followed


def continued_target(doc: Document, sentence: int, source: int, earlier) -> list[int]:
    """The side acted upon of a deed whose clause names only the one acting: the target of
    the latest deed of the same kinds (`ACTS_ON_ROOTS`), in this sentence or the two before,
    that the same one did to someone ("ЕС наложил на «Майкрософт» штраф ... Комиссия ЕС угрожала поднять штраф": Майкрософт).
    A story told on about the same one acting keeps the side it was about."""
    d = _latest_told(doc, sentence, earlier, lambda d: d.source and d.source[0] == source and d.target
                     and d.head.cameo_root in ACTS_ON_ROOTS)
    return [x for x in d.target if x != source] if d is not None else []


# A reaction (11, 12) to what the clause points back at ("возражает против таких требований"):
# the one who did that to the one reacting, told just before, is the target.
REPLY_ROOTS = frozenset(("11", "12"))
POINTING_BACK = frozenset("такой этот подобный данный".split())


def answered_target(doc: Document, sentence: int, tokens: list[Token], first: int, last: int,
                    source: int, earlier) -> list[int]:
    """The side acted upon of a disapproval or rejection whose clause names only the one acting
    and points back at a thing with *такой, этот, подобный, данный* before a noun (*"«Майкрософт»
    возражает против таких требований"*): the one acting in the latest deed of `ACTS_ON_ROOTS`, in
    this sentence or the two before, that was done to the same one (*"ЕС наложил на «Майкрософт»
    штраф"*: ЕС)."""
    if not any(lemma_key(t) in POINTING_BACK and k + 1 <= last and tokens[k + 1].pos == "NOUN"
               for k, t in enumerate(tokens[first:last + 1], first)):
        return []
    d = _latest_told(doc, sentence, earlier, lambda d: d.source and source in d.target
                     and d.head.cameo_root in ACTS_ON_ROOTS)
    return [x for x in d.source if x != source] if d is not None else []


def _latest_told(doc: Document, sentence: int, earlier, holds):
    """The latest of the happenings `earlier` (in the order told) that `holds` is true of, told
    in the sentence `sentence` or the `CONTINUED_SENTENCES` before it; None for none."""
    since = doc.sents[max(0, sentence - CONTINUED_SENTENCES)].start
    for d in reversed(earlier):
        if d.start < since:
            return None
        if holds(d):
            return d
    return None


# A release from custody or a charge dropped (08): "отпустили под залог", "вышел на свободу",
# "обвинения сняли". With no one freed named in its own clause, the one freed is the one the
# text last put under arrest, charge or detention (roots 17, 11) just before.
RELEASE_WORDS = frozenset("освободить освобождать освобождение выпустить выпускать отпустить отпускать "
                          "выйти выходить снять снимать".split())
HOLDING_ROOTS = frozenset(("17", "11"))


def held_before(doc: Document, sentence: int, acting: list[int], earlier) -> list[int]:
    """The one freed by a release whose clause names no one freed: the target of the latest
    arrest, detention or charge (`HOLDING_ROOTS`) in this sentence or the `CONTINUED_SENTENCES`
    before, those who act in the release left out ("Его задержали ... Затем отпустили под
    залог": the one detained)."""
    d = _latest_told(doc, sentence, earlier, lambda d: d.head.cameo_root in HOLDING_ROOTS and d.target)
    return [x for x in d.target if x not in acting] if d is not None else []


# Nouns of a deal between two bodies: "эта сделка", "объединение" told again stands for the
# deal whose parties an earlier sentence named ("сделки по слиянию компаний Oracle и Sun").
DEAL_NOUNS = frozenset("сделка слияние объединение поглощение интеграция".split())
DEAL_SPAN = 8  # tokens after the deal noun its parties are looked for in


def _deal_parties(doc: Document, sent, k: int) -> list[int]:
    """The bodies named right after the deal noun at token `k` of `sent`, before any verb or
    other punctuation than a comma or dash: its parties."""
    tokens = sent.tokens
    end = k + 1
    while end < len(tokens) and end <= k + DEAL_SPAN and tokens[end].pos not in ("VERB", "AUX") \
            and (tokens[end].pos != "PUNCT" or tokens[end].text in (",", "—", "–", "-", "«", "»")):
        end += 1
    stop = tokens[end - 1].end
    return list(dict.fromkeys(m.entity for m in doc.mentions if m.entity is not None and m.type == "ORG"
                              and tokens[k].end <= m.start and m.end <= stop))


def deal_told_before(doc: Document, sentence: int, tokens: list[Token], phrases: list[Phrase],
                     first: int, last: int) -> list[int]:
    """The parties of a deal the clause tokens[first..last] names by its noun alone ("выступала
    против этой сделки", "расследование объединения"): those named with the latest such noun
    in the sentences before, else none."""
    named = {i for p in phrases for i in range(p.first, p.last + 1)}
    if not any(lemma_key(t) in DEAL_NOUNS and not _deal_parties(doc, doc.sents[sentence], k)
               for k, t in enumerate(tokens[first:last + 1], first) if t.pos == "NOUN" and k not in named):
        return []
    for si in range(sentence - 1, -1, -1):
        sent = doc.sents[si]
        for k in range(len(sent.tokens) - 1, -1, -1):
            if sent.tokens[k].pos == "NOUN" and lemma_key(sent.tokens[k]) in DEAL_NOUNS:
                parties = _deal_parties(doc, sent, k)
                if parties:
                    return parties
    return []


def written_as_named(doc: Document, tokens: list[Token], p: Phrase) -> bool:
    """Whether a mention's last word is written as in its entity's name, the nominative ("Мэри
    Браун"), unlike an inflected one ("Смитсона" of Джон Смитсон), which the tagger may still
    read as a nominative."""
    return fold(tokens[p.last].text) in {fold(w) for w in doc.entities[p.entity].name.split()}
