"""Events: who did what with whom, where and when, one per reported happening.

`extract_events(doc, res)` reads `doc.sents`, `doc.mentions`, `doc.entities`, `doc.dates`
and `doc.quotes` and fills `doc.events`. Each clause of the body reports at most one
happening, named by a trigger word (lexicon.py) and coded with a CAMEO root so that events
join GDELT data; docs/events.md states the mapping and the rules for actors, place and date.
Nothing found gives an empty list.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.doc import Document, Event, Sentence
from newsgraph.events.actors import (
    ACTS_ON_ROOTS, LAID_ON, REPLY_ROOTS, listed_before, RELEASE_WORDS, answered_target, SOURCE, TARGET, Holders, Phrase, Role, continued_target, deal_told_before, genitive_candidates, held_before, hangs_off_trigger, next_person, of_other_deed, object_group, parsed_parts, passive_at, passive_side, previous_person, subject_side, read_phrases,
    CANDIDACY, POSSESSIVES, voting_body, members_of_body, mention_counts, own_noun_subject, same_people, speaker_before, subject_after_passive, take_part, written_as_named,
)
from newsgraph.events.clauses import split_clauses
from newsgraph.events.codes import COUNTRIES, COUNTRY_NAMES, country_of
from newsgraph.events.lexicon import (
    BUSINESS_WORDS, CHARGE_PREPS, COERCION_KINDS, INDEFINITE_PLANS, PATIENT_NOUNS, DEATH_WORDS, PRIVATE_LIFE, OFFICE_TYPES, CONVICTIONS, FUNERAL, PLURAL_SIDES, ROLE_WORDS, SPORT_BODY_STEMS, SPORT_WORDS, VIOLENT_ROOTS,
    AGENT_ADJECTIVE, COMPLEMENTIZERS, NEGATION, POST_TAKEN, UNNAMED_STATE_ACTS, FIRST_PERSON, MODAL, SAID_TYPES, SIDES, STATE_AGENTS, SYMMETRIC_TYPES, THIRD_PERSON,
)
from newsgraph.events.triggers import (ASKING_TYPES, Found, Head, choose_head, find_triggers, obligation, modal_word,
                                       punishing, told_by_support_verb)
from newsgraph.resources import Resources
from newsgraph.roles import COUNTRY_ADJECTIVES
from newsgraph.russian import acronym, fold, lemma_key, may_stand_in, person_gender_of, same_but_ending
from newsgraph.syntax import children, parse_sentences

__all__ = ["extract_events"]



@dataclass(slots=True)
class Draft:
    """An event while the document is read; `link` is the reported happening that a frame
    such as "в рамках визита" points back at."""

    head: Head
    start: int
    end: int
    actors: list[int]
    place: int | None
    date: str | None = None
    link: "Draft | None" = None
    clause: tuple[int, int] = (0, 0)  # token indexes of the clause in its sentence
    source: list[int] = field(default_factory=list)
    target: list[int] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)
    headline: bool = False  # reported in the document's headline, told again in its body
    unnamed: bool = False  # told with no side named, placed in the document's country
    then: bool = False  # the sentence opens with "Тогда": told of the time just named
    another: bool = False  # told as one more of a kind ("аналогичный приговор", "ещё один")
    framed: bool = False  # named only inside a frame ("во время встречи с ..."), beside the clause's own
    again: bool = False  # told as done once more ("вновь арестован", "вернули под арест")


REJECT_ROOT = "12"
APPEAL = "appeal"


def extract_events(doc: Document, res: Resources) -> Document:
    """Fill doc.events: one Event per reported happening in the body."""
    doc.events = []
    if not doc.sents:
        return doc
    # The parse is read only for a clause with no one acting. A first reading without it
    # finds those clauses; their sentences are then parsed in one batch and the document
    # read again (a reading costs less than the calls one at a time it saves).
    wanted: list[Sentence] = []
    drafts = _read_sentences(doc, res, wanted)
    if wanted:
        parse_sentences(wanted, res)
        drafts = _read_sentences(doc, res)
    if obituary(doc):
        # an obituary's appointments and resignations are the life it tells, not news, and so
        # is what it dates by a year ("В 1983 году ее муж был застрелен")
        drafts = [d for d in drafts if d.head.type not in OFFICE_TYPES and not _life_told(doc, d)]
    if private_story(doc):
        # a couple's first meeting, dates or a plan to meet are their life, no consultation
        # between actors nor an intent to cooperate
        drafts = [d for d in drafts if not (d.head.type in ("meet", "intent") and all(
            doc.entities[x].type == "PER" for x in d.actors))]
    drafts = _framed_kept(drafts)
    _one_name_throughout(doc, drafts)
    merged = merge_repeats(drafts, _countries_holding(doc),
                           {i for i, e in enumerate(doc.entities) if e.type == "PER"})
    people = same_people(doc)  # after merging, as two names of one country below
    countries = _usual_country(doc)  # after merging: two names of one country tell no repeat
    bodies = _bodies_by_noun(doc)
    for d in merged:
        _renamed(d, people)
        _renamed(d, countries)
        _renamed(d, bodies)
    for d in merged:
        if d.head.type in OFFICE_TYPES:
            _persons_only(doc, d)
    doc.events = [_to_event(doc, d) for d in merged]
    return doc


def _read_sentences(doc: Document, res: Resources, wanted: list[Sentence] | None = None) -> list[Draft]:
    """The events of every sentence in order; with `wanted`, the sentences whose parse
    would be read are gathered there and left unparsed."""
    sentences = [read_phrases(s.tokens, _mentions_in(doc, s), res) for s in doc.sents]
    book = Holders(doc, sentences)
    drafts: list[Draft] = []
    sport = sport_story(doc)
    for si, sent in enumerate(doc.sents):
        lead = drafts[0] if drafts else None
        found = _sentence_events(doc, si, sent, sentences[si], book, lead, drafts, res, sport, wanted)
        if si == 0 and _is_headline(doc, sent):
            for d in found:
                d.headline = True
        drafts.extend(found)
    return drafts


def _parsed(sent: Sentence, res: Resources, wanted: list[Sentence] | None) -> bool:
    """Whether the parse of `sent` can be read now. In a first reading (`wanted` given) an
    unparsed sentence is only gathered there, to be parsed with the others in one batch;
    otherwise one the first reading did not foresee is parsed here."""
    if wanted is not None and sent.heads is None:
        if all(x is not sent for x in wanted):
            wanted.append(sent)
        return False
    parse_sentences([sent], res)
    return True


def _persons_only(doc: Document, d: Draft) -> None:
    """An appointment or dismissal is made by a person and given to a person: the body or
    the country of the post ("главным управляющим General Motors назначен", "станет министром
    торговли Великобритании") and the outlet that tells it ("«КП» узнала об увольнении") take
    no part once a person does; a state acting through its office does.
    """
    if not any(doc.entities[x].type == "PER" for x in d.actors):
        return
    # A state stays as the one who appoints: "Президент Туркмении назначил ..." with no holder named.
    # So does a chamber that votes on it: "ждёт утверждения Сенатом".
    keep = {x for x in d.actors if doc.entities[x].type == "PER"} | {
        x for x in d.source if doc.entities[x].type == "LOC" or voting_body(doc.entities[x].name)}
    d.actors = [x for x in d.actors if x in keep]
    d.source = [x for x in d.source if x in keep]
    d.target = [x for x in d.target if x in keep]


def _one_name_throughout(doc: Document, drafts: list[Draft]) -> None:
    """Participants that are one entity under two names, as the entity stage may leave them
    ("Марьян Шарец" and "Марьяна Шареца", "Международная федерация футбола ФИФА" and "ФИФА"),
    count once, in one event and across the document's events: as the one the document
    mentions most, else first. A happening told again with its side so renamed is then seen
    to have the same sides as its first telling, and folded into it."""
    counts = mention_counts(doc)
    seen = list(dict.fromkeys(x for d in drafts for x in d.actors))
    drop: dict[int, int] = {}
    for n, x in enumerate(seen):
        for y in seen[n + 1:]:
            if x in drop or y in drop or not same_entity(doc.entities[x], doc.entities[y]):
                continue
            keep, gone = (x, y) if counts.get(x, 0) >= counts.get(y, 0) else (y, x)
            drop[gone] = keep
    if not drop:
        return
    for d in drafts:
        _renamed(d, drop)


def _renamed(d: Draft, to: dict[int, int]) -> None:
    """Each participant of `d` put under the entity `to` maps it to, each once; one both
    acting and acted on stays on the acting side."""
    d.actors, d.source = (list(dict.fromkeys(to.get(x, x) for x in xs)) for xs in (d.actors, d.source))
    d.target = [x for x in dict.fromkeys(to.get(x, x) for x in d.target) if x not in d.source]


def _bodies_by_noun(doc: Document) -> dict[int, int]:
    """An organisation the entity stage names by a common noun alone ("Суд признал ...",
    capitalised at the start of a sentence, after "Европейский суд по правам человека" was
    named) is the body named before it whose name holds that noun, as a bare noun subject is
    (`_body_so_named`): each such entity mapped to that body's, looked up from its first
    mention; a noun with words of its own is another name and is left alone."""
    to: dict[int, int] = {}
    for i, e in enumerate(doc.entities):
        if e.type != "ORG":
            continue
        own = [m for m in doc.mentions if m.entity == i]
        if not own or any(len(m.text.split()) != 1 for m in own):
            continue
        first = min(own, key=lambda m: m.start)
        si = next((k for k, s in enumerate(doc.sents) if s.start <= first.start < s.end), None)
        if si is None:
            continue
        tok = next((t for t in doc.sents[si].tokens if t.start == first.start), None)
        if tok is None or tok.pos != "NOUN" or not tok.text[:1].isupper() or tok.text.isupper():
            continue
        body = _body_so_named(doc, si, lemma_key(tok))
        if body is not None and body != i:
            to[i] = body
    return to


def _usual_country(doc: Document) -> dict[int, int]:
    """A country the document names in two forms ("Россия" and "РФ", "США" and "Соединённые
    Штаты") is one participant: every event takes it under its usual name when the document
    uses it ("Россия" for "РФ"), else under the form the document mentions most. Each such
    form mapped to that one; empty when no country has two forms."""
    countries: dict[str, list[int]] = {}
    for i, e in enumerate(doc.entities):
        if e.type == "LOC" and fold(e.name) in COUNTRY_NAMES:
            countries.setdefault(country_of(e.name), []).append(i)
    if not any(len(v) > 1 for v in countries.values()):
        return {}
    counts = mention_counts(doc)
    # the country's usual name first (the table's first: "Россия", "США"), else the most mentioned
    return {i: max(v, key=lambda j: (fold(doc.entities[j].name) == COUNTRIES[code][0], counts.get(j, 0), -j))
            for code, v in countries.items() for i in v}


# Nouns of a body that is part of an organisation or made by it: a name of one followed by the
# organisation's abbreviation in the genitive ("Международный трибунал ООН", "Главное управление
# МВД", "Институт археологии РАН") names that body, not the organisation under a longer name.
PART_OF_BODY = frozenset("""
    суд трибунал прокуратура комитет комиссия правительство парламент совет управление департамент
    отдел служба академия институт филиал экспедиция флаг
""".split())


def same_entity(a, b) -> bool:
    """Two entities of one type whose names are one name: the same words but for inflected
    endings, or the one an abbreviation the other ends with.

    >>> from newsgraph.doc import Entity
    >>> same_entity(Entity(0, "PER", "Марьян Шарец"), Entity(1, "PER", "Марьяна Шареца"))
    True
    >>> same_entity(Entity(0, "ORG", "Международная федерация футбола ФИФА"), Entity(1, "ORG", "ФИФА"))
    True
    >>> same_entity(Entity(0, "PER", "Хамза Х."), Entity(1, "PER", "Нуреддин Х."))
    False
    >>> same_entity(Entity(0, "ORG", "Международный трибунал ООН"), Entity(1, "ORG", "ООН"))
    False
    >>> same_entity(Entity(0, "ORG", "Федеральная служба безопасности ФСБ"), Entity(1, "ORG", "ФСБ"))
    True
    """
    if a.type != b.type:
        return False
    x, y = fold(a.name).split(), fold(b.name).split()
    if len(x) == len(y):
        return all(same_but_ending(u, v) for u, v in zip(x, y))
    short, long_ = (b.name, a.name) if len(y) < len(x) else (a.name, b.name)
    if len(short.split()) != 1 or not short.isupper() or len(short) < 2:
        return False
    words = long_.split()
    if words[-1] == short and any(fold(w) in PART_OF_BODY for w in words[:-1]) \
            and acronym(" ".join(words[:-1])) != fold(short):
        # "Международный трибунал ООН", "Совет Безопасности ООН": a body of the other; not
        # "Федеральная служба безопасности ФСБ", the name and its abbreviation
        return False
    return long_.split()[-1] == short or acronym(long_) == fold(short)  # "ПНС": Переходный национальный совет


def _is_headline(doc: Document, sent: Sentence) -> bool:
    """A first sentence that is a line of its own with no closing full stop: the headline,
    whose happening the body tells again."""
    text = sent.text.rstrip()
    return bool(text) and text[-1] not in ".!?…" and doc.text[sent.end:sent.end + 1] in ("\n", "")


def _mentions_in(doc: Document, sent: Sentence):
    # A country inside an amount ("долларов США") names a currency, not a participant.
    money = [(m.start, m.end) for m in doc.money]
    # A place or person inside an organisation's name ("Евразийский экономический союз", "Эхо
    # Москвы", "академия имени Фрунзе") is part of that name, not a participant of its own.
    heads = [(m.start, m.end) for m in doc.mentions if m.type == "ORG"]
    return [m for m in doc.mentions if m.start >= sent.start and m.end <= sent.end
            and not any(s < m.end and m.start < e for s, e in money)
            and not (m.type != "ORG" and any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                             for s, e in heads))]


def obituary(doc: Document) -> bool:
    """A document whose first sentence reports a death ("Умер бывший Президент США Джеральд
    Форд"): what follows is a life told."""
    return any(lemma_key(t) in DEATH_WORDS for t in doc.sents[0].tokens) if doc.sents else False


def _life_told(doc: Document, d: Draft) -> bool:
    """True for a happening an obituary tells as done in a year it names ("В 1983 году ее муж
    был застрелен", "В 1986 она возглавила восстание"): a date with its year and no verb of
    the clause in the imperfective. A state that lasted up to the death ("находился под
    домашним арестом") is the news's own background and stays."""
    if not (d.date and d.date[:4].isdigit()):
        return False
    sent = next((s for s in doc.sents if s.start <= d.start < s.end), None)
    if sent is None:
        return False
    first, last = d.clause
    tokens = sent.tokens[first:last + 1]
    if not tokens:
        return False
    # the year as the clause's time ("в 1983 году"), not a noun's ("землетрясения 2001 года")
    when = any(f.value == d.date and tokens[0].start <= f.start < tokens[-1].end and _time_of_clause(doc, f)
               for f in doc.dates)
    verbs = [t for t in tokens if t.pos == "VERB"]
    return when and bool(verbs) and all(t.feats.get("Aspect") != "Imp" for t in verbs)


def _time_of_clause(doc: Document, f) -> bool:
    """True for a date written after "в"/"во" (or with it: "в 1983 году"), the time of the
    clause, not a noun's ("землетрясения 2001 года")."""
    words = (doc.text[max(0, f.start - 12):f.start].split() or [""])[-1:] + f.text.split()[:1]
    return any(w.lower() in ("в", "во") for w in words)


def private_story(doc: Document) -> bool:
    """A document about a couple's life: words of engagement, marriage or divorce in at least
    two of its sentences ("обручился с певицей", "Брак с Пик будет первым")."""
    return sum(any(lemma_key(t) in PRIVATE_LIFE for t in s.tokens) for s in doc.sents) >= 2


def sport_story(doc: Document) -> bool:
    """A document about sport: words of sport in at least two of its sentences ("британец
    часто атаковал" in a boxing report is no attack)."""
    return sum(any(lemma_key(t) in SPORT_WORDS for t in s.tokens) for s in doc.sents) >= 2


def sport_body(name: str) -> bool:
    """An organisation of sport: a stem of a sport in one of its name's words.

    >>> sport_body("Международная федерация футбольных ассоциаций"), sport_body("Министерство спорта")
    (True, False)
    """
    return any(w.startswith(SPORT_BODY_STEMS) for w in fold(name).split())


def _sentence_events(doc: Document, si: int, sent: Sentence, phrases: list[Phrase], book: Holders,
                     lead: Draft | None, earlier: list[Draft], res: Resources, sport: bool = False,
                     wanted: list[Sentence] | None = None) -> list[Draft]:
    tokens = sent.tokens
    clauses = split_clauses(tokens)
    # A trigger word inside a name ("группа «Вежливый Отказ»") names no happening.
    named = {k for p in phrases for k in range(p.first, p.last + 1)}
    firms = frozenset(p.first for p in phrases if p.type == "ORG")
    body = any(p.type == "ORG" and sport_body(doc.entities[p.entity].name) for p in phrases)
    found = [[f for f in find_triggers(tokens, a, b, sport, firms, body) if f.index not in named] for a, b in clauses]
    has_main = any(not f.backdrop for fs in found for f in fs)
    # A frame naming the same kind of happening as the lead ("по итогам визита") refers to it.
    link = lead if lead is not None and any(
        f.backdrop and f.trigger.cameo_root == lead.head.cameo_root for fs in found for f in fs) else None
    out: list[Draft] = []
    frames_named: list[Draft] = []  # happenings named inside a frame, told after the clauses' own
    governing: list[Found] = []
    agreed = False
    unasserted = False
    for (a, b), fs in zip(clauses, found):
        if unasserted and (any(t.pos == "SCONJ" for t in tokens[a:min(a + 2, b + 1)]) or _relative_next(tokens, a, b)):
            continue  # "спросил, предоставил ли он ..., прежде чем был назначен": asked, not told
        unasserted = any(t.text.lower() == QUESTION or lemma_key(t) in HOPES for t in tokens[a:b + 1])
        if agreed and lemma_key(tokens[a]) == "что":
            continue  # "договорились о том, что базы будут размещаться ...": what was agreed
        agreed = False
        usable = _usable(fs, has_main, lead)
        for f in fs:
            if f.backdrop and f not in usable and _own_frame(tokens, f.index, a):
                frames_named.append(_framed_draft(doc, tokens, phrases, book, si, a, b, f))
        if governing and lemma_key(tokens[a]) in COMPLEMENTIZERS:
            usable = governing + usable
        governing = usable if usable and all(f.trigger.role == MODAL for f in usable) else []
        if usable and all(f.setting for f in usable) and not any(t.pos in ("VERB", "AUX") for t in tokens):
            continue  # a caption, "Григорий Ревзин на урбанистическом форуме": someone there, no deed
        demanded = _demand_reported(doc, tokens, phrases, a, b)
        head = demanded[0] if demanded is not None else choose_head(tokens, usable, a, b)
        if head is None or any(t.text.lower() == QUESTION for t in tokens[a:b + 1]):
            continue  # "Собирается ли он писать заявление?": asked about, not told
        if _assessed(tokens, a, b, head.index) or _outcome_promised(tokens, a, b, head.index):
            continue  # "арест генерала позволит перевернуть страницу": what it leads to, not told
        if head.cameo_root == THREAT_ROOT and _danger(tokens, a, b, head.index):
            continue  # "угроза для финансового положения компании", "ему угрожает опасность": no one threatens
        agreed = head.type == "agree" and tokens[b].text.lower() == "том"
        before = next((d for d in reversed(out) if d.clause[1] == a - 2 and tokens[a - 1].text == ","), None)
        if before is not None and before.head.cameo_root == head.cameo_root and a + 1 <= b \
                and tokens[a].pos == "ADP" and lemma_key(tokens[a + 1]) == RELATIVE:
            # "принял участие в круглом столе, на котором ... обсуждали вопросы": what went on
            # at the happening just told, one more mention of it
            before.mentions.append(list(_span(tokens, a, b)))
            continue
        sides: dict[int, str] = {}
        actors, place = take_part(tokens, phrases, a, b, head.index, head.type, head.governs, book, si, sides)
        for origin in _reduced_from(doc, tokens, phrases, a, b, head):
            if origin.entity not in actors:  # "отозвал из России посла", "импорт из Германии"
                actors.append(origin.entity)
                sides[origin.entity] = TARGET
            if place is not None and place.entity == origin.entity:
                place = None
        body = _body_within(tokens, phrases, a, head.index)
        if body is not None and body.entity not in actors:
            # "В Роспотребнадзоре хотят штрафовать": the body the plan is voiced in makes it
            actors.insert(0, body.entity)
            sides[body.entity] = SOURCE
            if place is not None and place.entity == body.entity:
                place = None
        hanging = genitive_candidates(tokens, phrases, actors, head.index, a, b)
        off: set[int] = set()
        if hanging and _parsed(sent, res, wanted):  # "способствовать росту Киева": whose the growth is
            off = {p.entity for p in hanging if not hangs_off_trigger(sent, phrases, p, head.index)}
            actors = [x for x in actors if x not in off or any(
                q.entity == x and q not in hanging for q in phrases if a <= q.first and q.last <= b)]
        described = _described_subject(tokens, phrases, a, head.index)
        if described is None and si == 0 and _is_headline(doc, sent):
            described = subject_after_passive(tokens, phrases, a, b, head.index)  # "В Сомали освобождён журналист"
        subject = None
        if _pronoun_subject(tokens, a, head.index) or described is not None:
            person = None if described is None else _person_so_described(doc, si, lemma_key(tokens[described]))
            if person is None and described is None:  # "слова адвоката Тонкого, что он готов"
                person = speaker_before(tokens, phrases, a, book, _pronoun_gender(tokens, a, head.index))
            if person is None:
                person = previous_person(book, si, gender=_pronoun_gender(tokens, a, head.index)
                                         if described is None else None)
            if person is None and described is not None and si == 0 and _is_headline(doc, sent):
                person = next_person(book, si)  # a headline's "Мужчина в Лондоне напал ..."
            if person is not None and person not in actors:
                actors.insert(0, person)
                # "Бизнесмен был взят под стражу": a noun trigger a short passive participle
                # governs is undergone by the one the pronoun or the common noun stands for
                sides[person] = TARGET if passive_at(tokens, head.index) else subject_side(tokens, head.index)
            subject = person
        # "Макгоуэн заявила, что продюсер изнасиловал её": a subject of its own, not the teller
        carried, source = _carried_subject(tokens, phrases, clauses, (a, b), head, out, book, si) \
            if subject is None or described is None else ([], None)
        continued = _relative_continued(tokens, phrases, clauses, (a, b)) if subject is None else None
        if continued is not None:
            # "Флинн, которого президент Трамп назначил, а затем уволил": the relative
            # clause's own subject acts again, on the one its relative word stands for
            carried, source = continued[0], None
            if continued[1] is not None and continued[1] not in actors:
                actors.append(continued[1])
                sides[continued[1]] = TARGET
        actors = carried + [x for x in actors if x not in carried]
        sides.update((x, subject_side(tokens, head.index)) for x in carried)
        if subject is None and not carried and not any(sides.get(x) == TARGET for x in actors) \
                and _subjectless_passive(tokens, a, b, head.index):
            # "После был арестован силами ПНС": the one last named as a subject is acted upon
            person = previous_person(book, si, skip=set(actors))
            if person is not None:
                actors.append(person)
                sides[person] = TARGET
        if not actors and a >= 2 and lemma_key(tokens[a]) == "который" and tokens[a].feats.get("Case") == "Nom":
            # "назначен Владимир Поповкин, который накануне был уволен": the relative clause
            # tells of the person named right before it
            named = next((p for p in phrases if p.type == "PER" and p.last == a - 2 and tokens[a - 1].text == ","), None)
            if named is not None:
                actors.append(named.entity)
                sides[named.entity] = passive_side(tokens, head.index)
        opening = a + 1 if tokens[a].pos == "ADP" and a + 1 <= b else a
        if a >= 2 and tokens[a - 1].text == "," and lemma_key(tokens[opening]) == "который" \
                and (opening > a or tokens[a].feats.get("Case") not in ("Nom", None)) \
                and not any(sides.get(x) == TARGET for x in actors):
            # "афроамериканцем Скоттом, которого застрелили": the one the relative word stands
            # for is acted upon, whoever acts
            named = next((p for p in phrases if p.type == "PER" and p.last == a - 2), None)
            if named is not None and named.entity not in actors and _agrees_with(tokens, named, opening):
                actors.append(named.entity)
                sides[named.entity] = TARGET
        if place is None and source is not None:
            # The clause that names the subject may also say where: "находясь в Пекине".
            _, place = take_part(tokens, phrases, source[0], source[1], head.index, head.type,
                                 head.governs, book, si)
        said = tokens[head.index].start if head.type in SAID_TYPES and not actors else None
        speaker = _quote_speaker(doc, tokens, a, b, said)
        if speaker is not None and speaker not in actors:
            actors.insert(0, speaker)
            sides[speaker] = SOURCE
        if demanded is not None:
            # "Гордон сказал, что Белград должен решить вопрос": the speaker demands of the one
            # the duty is put on
            _, speaker, party = demanded
            actors = [speaker, party]
            sides = {speaker: SOURCE, party: TARGET}
            place = None
        if not actors:
            actors = _sides(tokens, a, b, link, earlier + out)
        if not any(sides.get(x, SOURCE) == SOURCE for x in actors):
            state = _state_agent(doc, res, tokens, phrases, a, b, head.index)
            unnamed = _unnamed_state(tokens, phrases, a, head.index)
            if state is None and unnamed:
                # "В Египте арестован ...": the country where; the indefinite form ("Петрова
                # задержали", "отпустили под залог") hides who did it, and the labels name no
                # one; no one named at all ("По факту поджога был задержан ..."): the document's
                state = _country_at(doc, place) if unnamed == "passive" else None
                if state is None and not actors and place is None:
                    state = _home_country(doc)
            if state is not None:
                actors = [state] + [x for x in actors if x != state]
                sides[state] = SOURCE
        for agent in _state_objects(doc, tokens, a, b, head.index):
            if agent not in actors:  # "обвинил американские спецслужбы и аргентинскую полицию"
                actors.append(agent)
                sides[agent] = TARGET
        described = _described_object(tokens, phrases, a, b, head.index)
        if (_pronoun_object(tokens, a, b, head.index) or described is not None
                or (actors and _possessed_patient(tokens, a, b, head.index))) \
                and not any(sides.get(x) == TARGET for x in actors):
            # "где его избил Алексей Митаев": not the one who acts in the same clause
            person = None if described is None else _person_so_described(doc, si, lemma_key(tokens[described]))
            if person is None or person in actors:
                person = previous_person(book, si + 1, skip=set(actors))
            if person is not None and person not in actors:
                actors.append(person)
                sides[person] = TARGET
        plural = _plural_pronoun_object(tokens, a, b, head.index)
        if plural is not None and not any(sides.get(x) == TARGET for x in actors):
            # "Прокуратура обвинила их": the names listed together just before
            for x in listed_before(doc, si, tokens[plural].start, set(actors)):
                actors.append(x)
                sides[x] = TARGET
        for person, side in _titled_by_adjective(doc, book, tokens, phrases, a, b, head.index, si, set(actors)):
            actors.append(person)  # "протест против визита российского министра обороны"
            sides[person] = side
        has_source = any(sides.get(x, SOURCE) == SOURCE for x in actors)
        has_target = any(sides.get(x) == TARGET for x in actors)
        if not has_source or (not has_target and _acts_on(tokens, head.index)):
            # The parse finds the sides the clause's own words do not: a subject or object
            # outside the clause, a partner the positions miss. Only a clause with no one
            # acting is parsed (a parse costs about as much as the rest of the stage).
            _parsed(sent, res, wanted)
            for entity, side, k in parsed_parts(sent, phrases, head.index, book, si,
                                                listed=head.cameo_root in ACTS_ON_ROOTS):
                if entity is None and tokens[k].pos == "NOUN" and tokens[k].feats.get("Animacy") != "Anim":
                    # only a bare noun points back: "суд более низкой инстанции" is another one
                    bare = not children(sent, k, ("amod", "nmod")) and all(
                        t.pos in ("ADV", "PART", "PUNCT") for t in tokens[k + 1:sent.heads[k]])
                    entity = _body_so_named(doc, si, lemma_key(tokens[k])) if sent.rels[k] == "nsubj" and bare else None
                elif entity is None:
                    entity = _referent(doc, book, si, lemma_key(tokens[k]) if tokens[k].pos == "NOUN" else None,
                                       set(actors))
                if entity is None or entity in off or (place is not None and entity == place.entity) \
                        or (head.type == "visit" and doc.entities[entity].type == "LOC"):
                    continue  # "посетил Анкару": the place visited
                if has_source and sent.rels[k] not in ("obj", "iobj"):
                    continue  # a clause with someone acting takes from the parse its object alone
                if entity not in actors and (not actors or (side == TARGET and not has_target)
                                             or (side == SOURCE and not has_source)):
                    actors.append(entity)
                    sides[entity] = side
        if actors and not any(sides.get(x) == TARGET for x in actors):
            # "приостановил работу миссии в Грузии": the one the object belongs to is acted upon.
            for entity, _ in object_group(sent, phrases, head.index):
                if entity not in actors and entity not in off and (place is None or entity != place.entity):
                    actors.append(entity)
                    sides[entity] = TARGET
                    break
        deeds = {p.entity for p in phrases if p.role is None
                 and of_other_deed(tokens, p, head.index)}
        if any(x not in deeds for x in actors):
            # "после избиения их коллеги Константина Попова": the one another deed was done to
            # takes no part beside those who do
            actors = [x for x in actors if x not in deeds]
        if head.cameo_root == REJECT_ROOT and out and out[-1].head.type == APPEAL and out[-1].target \
                and out[-1].clause[1] < a and not any(sides.get(x, SOURCE) == SOURCE for x in actors):
            # "подал запрос на убежище в Уругвае, но получил отказ": the one asked refuses the
            # one who asked
            asked = out[-1]
            for x in asked.target:
                if x not in actors:
                    actors.insert(0, x)
                sides[x] = SOURCE
            if not any(sides.get(x) == TARGET for x in actors):
                for x in asked.source:
                    if x not in actors:
                        actors.append(x)
                        sides[x] = TARGET
        if not actors and place is None:
            # No participant or place in the sentence: a later mention of a happening of the
            # same family told before ("Забастовки уже затронули ...") is one more mention of
            # it; else a happening whose sides go unnamed ("были убиты около 900 человек",
            # "Переговоры уже проходят") stands with none, as the codebook codes it.
            same = next((d for d in reversed(earlier + out) if (d.head.type, d.head.cameo_root)
                         == (head.type, head.cameo_root)), None)
            if same is not None and _other_coercion(same.head, head):
                same = None  # "суд приговорил ..." then "был конфискован ноутбук": another coercion
            if same is not None and (_told_as_another(tokens, a, b) or _told_anew(tokens, a, b)):
                same = None  # "аналогичный приговор вынесен другому ...": one more of its kind
            if same is not None:
                span = list(_span(tokens, a, b))
                if span not in same.mentions:
                    same.mentions.append(span)
                continue
            # A threat with no one threatening is a danger ("угроза миновала"), not a 13.
            if sport or head.modality != "actual" or head.cameo_root == THREAT_ROOT \
                    or _pronoun_subject(tokens, a, head.index) \
                    or not _told_unnamed(tokens, a, b, head.index, asking=head.type in ("appeal", "protest")):
                continue  # nothing a reader could check or join
            # where it happened: the country the document is about, else its place most named,
            # else nothing to join
            where = _home_country(doc)
            if where is None:
                where = _home_place(doc)
            if where is None:
                continue
        else:
            where = place.entity if place else None
        start, end = _span(tokens, source[0] if source else a, b)
        acting, acted = split_sides(actors, sides, head.type in SYMMETRIC_TYPES)
        if head.type == "appoint" and lemma_key(tokens[head.index]) in POST_TAKEN and acting:
            # "На посту генерального директора Apple его сменит Тим Кук": Кук is appointed; of
            # several, the one named in the nominative ("первый заместитель Постникова Александр
            # Галкин станет командующим": Галкин, not the one whose deputy he is)
            named = [x for x in acting if any(p.entity == x and a <= p.first <= b and p.prep is None
                                              and p.case == "Nom" for p in phrases)]
            acting = named if len(named) < len(acting) and named else acting
            if len(acting) > 1:
                # "Смитсона на его посту сменит Мэри Браун": the one written in the nominative,
                # whatever case the tagger gives the one replaced
                plain = [x for x in acting if any(p.entity == x and a <= p.first <= b and p.prep is None
                                                  and written_as_named(doc, tokens, p) for p in phrases)]
                acting = plain or acting
            actors, acting, acted = list(acting), [], list(acting)
        if head.type == "intent" and _business_plan(tokens) and (not acted or all(
                _owner_named(tokens, phrases, x, a, b) for x in acted)):
            continue  # "компания планирует отказаться от печатной версии": no intent to cooperate
        if head.type == "intent" and not acted and all(doc.entities[x].type == "PER" for x in acting[:1]) \
                and len(acting) <= 1 and lemma_key(tokens[head.index]) in INDEFINITE_PLANS \
                and all(f.trigger.role == MODAL for f in usable):
            # "его семья планирует остаться в Вашингтоне": a person's own schedule (or no
            # one's), with no partner and no happening of a code of its own planned, is no
            # intent to cooperate; a state's or a body's plan is
            continue
        if head.type == "intent" and acted and all(_no_party(doc, x) for x in acted) \
                and all(doc.entities[x].type == "PER" for x in acting) and all(f.trigger.role == MODAL for f in usable):
            # "заявил о намерении переплыть Енисей": a person's feat planned at a river, a
            # mountain or a place that is no state or city, no one to cooperate with or act on
            continue
        if head.type == "intent" and _own_course(tokens, head, a, b):
            continue  # "судья намерен покинуть суд", "страны планируют перейти на евро": no partner
        if head.type == "intent" and any(lemma_key(t) in FUNERAL for t in tokens[a:b + 1]):
            continue  # "похороны собирались провести": no interaction planned
        crime = _charged_crime(tokens, usable, head)
        if crime is not None:
            # "признал его виновным в убийстве Одина Ллойда": the verdict on the one convicted,
            # and the murder he did to the one named in the charge.
            crime_sides: dict[int, str] = {}
            named, crime_place = take_part(tokens, phrases, crime.index, b, crime.index, crime.trigger.type,
                                           False, book, si, crime_sides)
            victims = [x for x in named if crime_sides.get(x) == TARGET and x not in acting]
            actors = [x for x in actors if x not in victims]
            acted = [x for x in acted if x not in victims]
            c_start, c_end = _span(tokens, crime.index, b)
            out.append(Draft(head, start, end, actors, where, link=link,
                             clause=(a, crime.index - 1), source=acting, target=acted, mentions=[[start, end]]))
            crime_head = Head(crime.index, crime.trigger.type, crime.trigger.cameo_root, lemma_key(tokens[crime.index]))
            out.append(Draft(crime_head, c_start, c_end, acted + victims, crime_place.entity if crime_place else None,
                             clause=(crime.index, b), source=list(acted), target=victims, mentions=[[c_start, c_end]]))
            continue
        if acting and not acted and head.cameo_root in ACTS_ON_ROOTS and head.type not in SYMMETRIC_TYPES:
            # "выступала против этой сделки": the deal's parties named before; "Комиссия ЕС
            # угрожала поднять штраф": the one the story is about
            acted = [x for x in deal_told_before(doc, si, tokens, phrases, a, b) if x not in acting] \
                or continued_target(doc, si, acting[0], earlier + out)
            if not acted and head.cameo_root in REPLY_ROOTS:
                # "«Майкрософт» возражает против таких требований": the one who made them
                acted = answered_target(doc, si, tokens, a, b, acting[0], earlier + out)
            actors = actors + [x for x in acted if x not in actors]
        if not acted and head.cameo_root == "08" and head.label in RELEASE_WORDS:
            # "Его задержали ... затем отпустили под залог": the one held before is freed
            acted = held_before(doc, si, acting, earlier + out)
            if not acted and _freed_pronoun(tokens, a, b):
                # "с него было снято обвинение": the person last named as a subject
                person = previous_person(book, si + 1, skip=set(actors))
                acted = [person] if person is not None else []
            actors = actors + [x for x in acted if x not in actors]
        out.append(Draft(head, start, end, actors, where,
                         link=link, clause=(a, b), source=acting, target=acted, mentions=[[start, end]],
                         unnamed=not actors and place is None, then=a == 0 and lemma_key(tokens[0]) == "тогда",
                         another=_told_as_another(tokens, a, b), again=_told_anew(tokens, a, b)))
    for d in frames_named:
        if not d.actors and d.place is None:
            # "Глава государства во время форума заявил, что ... пообещал": the frame's
            # happening is that of the one acting in the sentence's own
            own = next((e for e in out if e.source), None)
            if own is None:
                continue
            d.actors, d.source = list(own.source), list(own.source)
        out.append(d)
    _date_events(doc, tokens, out)
    for d in out:
        if d.link is not None:
            d.date = d.date or d.link.date
            d.place = d.place if d.place is not None else d.link.place
    return out


def _told_unnamed(tokens, a: int, b: int, head: int, asking: bool = False) -> bool:
    """True when the clause tokens[a..b] itself tells the happening at `head` as done or
    going on, with its sides unnamed: the trigger is the clause's finite verb or short
    passive participle ("в розыск объявлены двое", "отпустили под залог"), or a noun in the
    nominative with such a verb ("Переговоры уже проходят"). A relative or purpose clause
    ("которого подозревают в атаках", "чтобы встретиться"), a participle describing
    someone ("Осуждённый блоггер") and a noun in another case ("после отставки") tell none.
    An appeal (`asking`) told by a common noun is still told: "Мэр города призвал жителей"
    is a call a reader can check, the one calling named by his office alone; so is a protest
    ("граждане вышли на улицы"): its crowd is named by no name."""
    if any(lemma_key(t) in UNTOLD_OPENERS for t in tokens[a:head]):
        return False
    if head > a and lemma_key(tokens[head - 1]) == NEGATION or any(
            (t.pos == "PRON" and t.feats.get("Person") is not None) or (lemma_key(t) == "тот" and t.feats.get("Case") == "Nom")
            for t in tokens[a:b + 1]):
        return False  # "не подтверждена": not done; "мы подписали", "тот отклонился": a side named, unread
    if not asking and any(t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and (
            t.feats.get("Case") == "Nom" or (k > a and tokens[k - 1].pos == "ADP"))
           for k, t in enumerate(tokens[a:head], a)):
        # "Организаторы запланировали", "С обладательницей титула заключается": a side
        # told by a common noun that no name stands behind
        return False
    if tokens[head].pos in ("VERB", "AUX") and not _passive_verb(tokens[head]) and any(
            t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and t.feats.get("Case") == "Nom"
            for t in tokens[head + 1:b + 1]):
        return False  # "Поздравить издательство собираются музыканты": the subject after its verb
    if tokens[head].pos in ("VERB", "AUX") and not _passive_verb(tokens[head]) \
            and tokens[head].feats.get("Number") == "Sing" and not any(
            t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" for t in tokens[a:b + 1]):
        return False  # "а затем сбила", "вступил в должность": the subject of a clause before
    if any(lemma_key(t) == SIDES or lemma_key(t) in PLURAL_SIDES for t in tokens[a:b + 1]):
        return False  # "Стороны подписали": the sides of a happening not found
    if tokens[head].pos == "NOUN" and any(lemma_key(t) in POINTING_BACK for t in tokens[max(a, head - 2):head]):
        return False  # "этот визит вызывает сожаление": a happening told before in other words
    tok = tokens[head]
    if tok.pos in ("VERB", "AUX"):
        return tok.feats.get("VerbForm") == "Fin" or tok.feats.get("Variant") == "Short"
    if tok.pos == "NOUN" and told_by_support_verb(tokens, a, b, head):
        return True  # "в розыск объявлены двое": the noun and the verb it needs are one predicate
    # "пока будут идти разбирательства": a noun needs a verb of its own, not "быть"
    return tok.pos == "NOUN" and tok.feats.get("Case") == "Nom" and any(
        t.pos == "VERB" and lemma_key(t) != "быть" and (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short")
        for t in tokens[a:b + 1])


THREAT_ROOT = "13"
# Words opening a clause that tells no happening of its own: a relative clause, a purpose,
# a span of time to come ("пока не будет наложено вето").
UNTOLD_OPENERS = frozenset({"который", "чтобы", "пока"})
# Words of hoping or fearing: the clauses they govern ("надеемся, что ...", "выражали
# опасения, что ...") tell what may be, not what is done.
HOPES = frozenset("надеяться надежда опасаться опасение бояться".split())


def _relative_next(tokens, a: int, b: int) -> bool:
    """True when the clause opens with a preposition and a relative word ("после чего", "в
    результате чего", "после которого"): what follows in the scenario the clause before tells."""
    k = a + 1
    if tokens[a].pos != "ADP":
        return False
    while k <= b and k <= a + 2 and tokens[k].pos == "NOUN":  # "в результате чего"
        k += 1
    return k <= b and lemma_key(tokens[k]) in ("что", RELATIVE)
# The particle of a question, direct or not: what it asks about is not told as done.
QUESTION = "ли"
# Words before a noun that point back at something told before: "этот визит", "данное решение".
POINTING_BACK = frozenset({"этот", "данный", "тот", "такой", "подобный"})


def _demand_reported(doc: Document, tokens, phrases: list[Phrase], a: int, b: int) -> tuple[Head, int, int] | None:
    """A duty put on a named party in someone's reported words ("Гордон сказал, что Белград
    должен решить вопрос", "по его мнению, Белграду следует доказать ..."): the speaker's
    demand (10), or a threat (13) when the duty is a punishment ("Россию необходимо исключить
    из «Большой восьмёрки»"). The party is a name before the word of obligation, with no
    preposition; the head, the speaker and the party, or None."""
    if not doc.quotes:
        return None
    found = obligation(tokens, a, b)
    if found is None:
        return None
    i, j = found
    party = next((p for p in reversed(phrases) if a <= p.first and p.last < i and p.prep is None), None)
    if party is None and tokens[i].text.lower() in DUTY_SHORT_FORMS:
        # "В Словакию, по мнению Земана, должна отправиться супруга ... Ливия Клаусова": the
        # subject of the short form after its infinitive, a name in the nominative
        party = next((p for p in phrases if j < p.first and p.last <= b and p.prep is None
                      and p.case == "Nom"), None)
    if party is None:
        return None
    start = tokens[party.first].start  # the party and the duty inside the words reported
    speaker = next((q.speaker for q in doc.quotes if q.start <= start and tokens[j].end <= q.end
                    and q.speaker is not None), None)
    if speaker is None or speaker == party.entity:
        return None
    label = f"{tokens[i].text.lower()} {lemma_key(tokens[j])}"
    if punishing(tokens, j, b):
        return Head(i, "threaten", "13", label, True), speaker, party.entity
    return Head(i, "demand", "10", label), speaker, party.entity


DUTY_SHORT_FORMS = frozenset("должен должна должно должны".split())  # agree with a subject after them too


def _body_within(tokens, phrases: list[Phrase], a: int, head: int) -> Phrase | None:
    """The organisation after "в" that opens a clause whose modal word at `head` is in the
    third person plural with no subject ("В Госдуме предлагают наказывать", "В Роспотребнадзоре
    хотят штрафовать"): the indefinite form tells what is voiced inside that body."""
    verb = tokens[head]
    if verb.pos != "VERB" or verb.feats.get("Number") != "Plur" or verb.feats.get("Person") != "3" \
            or not modal_word(verb) or lemma_key(tokens[a]) not in ("в", "во"):
        return None
    body = next((p for p in phrases if p.first == a + 1 and p.type == "ORG"), None)
    if body is None or body.last + 1 != head:
        return None
    return body


def _acts_on(tokens, head: int) -> bool:
    """True when the trigger is an active verb, whose object the parse may name where the
    clause's positions name none: "Евросоюз приостановил работу миссии в Грузии", "СКР
    планирует допросить режиссёра"; so is a noun trigger after "в, на, под", whose verb's
    object the parse gives ("власти вернули политика под домашний арест")."""
    j = head - 1
    while j >= 0 and tokens[j].pos in ("ADJ", "DET"):
        j -= 1
    if tokens[head].pos == "NOUN" and j >= 0 and tokens[j].pos == "ADP" and lemma_key(tokens[j]) in ("в", "на", "под"):
        return True
    return tokens[head].pos == "VERB" and not _passive_verb(tokens[head])


def _passive_verb(tok) -> bool:
    return tok.feats.get("Voice") == "Pass" or tok.feats.get("Variant") == "Short"


def _charged_crime(tokens, found: list[Found], head: Head) -> Found | None:
    """The crime a conviction names as its charge: a violent noun trigger after "в" or "за"
    behind it ("признал виновным в убийстве", "приговорен за нападение"); None for a charge,
    an arrest or an acquittal, which do not say it was done."""
    if lemma_key(tokens[head.index]) not in CONVICTIONS:
        return None
    for f in found:
        if f.index <= head.index or f.trigger.cameo_root not in VIOLENT_ROOTS or tokens[f.index].pos != "NOUN":
            continue
        j = f.index - 1
        while j > head.index and tokens[j].pos in ("ADJ", "NUM", "DET"):
            j -= 1
        if lemma_key(tokens[j]) in CHARGE_PREPS:
            return f
    return None


def split_sides(actors: list[int], sides: dict[int, str], symmetric: bool = True) -> tuple[list[int], list[int]]:
    """Source and target of an event from its participants' sides. Participants on one side
    only, as in "Казахстан и Китай подписали" or "переговоры президентов ...", are two parties
    of one happening when the type is `symmetric` (a meeting, an agreement): the first named
    is the source, the others the target (GDELT's Actor1 and Actor2); otherwise they act
    together ("Медведев и Путин выразили соболезнования")."""
    source = [x for x in actors if sides.get(x, SOURCE) == SOURCE]
    target = [x for x in actors if x not in source]
    if symmetric and not target and len(source) >= 2:
        source, target = source[:1], source[1:]
    return source, target


# Nouns of a frame that holds no happening of its own: the deed a case is opened on ("по факту
# нападения"), the visit one is on ("с визитом").
BORROWED_FRAMES = frozenset({"факт", "визит"})


def _own_frame(tokens, i: int, a: int) -> bool:
    """True when the frame around the trigger at token i is one that may hold a happening of
    its own ("во время встречи с ...", "в рамках расследования", "в ходе штурма"), not the
    deed a case is opened on ("по факту нападения") nor the visit one is on ("с визитом")."""
    j = i - 1
    while j > a and tokens[j].pos in ("ADJ", "DET", "NUM"):
        j -= 1
    return lemma_key(tokens[j]) not in BORROWED_FRAMES and tokens[j].text.lower() != "с"


def _framed_draft(doc: Document, tokens, phrases: list[Phrase], book: Holders, si: int, a: int, b: int,
                  f: Found) -> Draft:
    """The happening a frame names ("во время встречи с президентом России в Сочи"), with the
    participants of its clause, kept when the document tells it nowhere else (`_framed_kept`)."""
    head = Head(f.index, f.trigger.type, f.trigger.cameo_root, lemma_key(tokens[f.index]))
    sides: dict[int, str] = {}
    actors, place = take_part(tokens, phrases, a, b, head.index, head.type, False, book, si, sides)
    acting, acted = split_sides(actors, sides, head.type in SYMMETRIC_TYPES)
    start, end = _span(tokens, a, b)
    return Draft(head, start, end, actors, place.entity if place else None, clause=(a, b), source=acting,
                 target=acted, mentions=[[start, end]], framed=True)


def _framed_kept(drafts: list[Draft]) -> list[Draft]:
    """A happening named only inside a frame is one of its own when the document tells no
    happening of its type and root outside a frame ("Во время встречи с Медведевым в Сочи они договорились":
    the meeting is told there alone); else the frame points back at that happening."""
    told = {(d.head.type, d.head.cameo_root) for d in drafts if not d.framed}
    kept: list[Draft] = []
    for d in drafts:
        kind = (d.head.type, d.head.cameo_root)
        if d.framed and (kind in told or any(k.framed and (k.head.type, k.head.cameo_root) == kind for k in kept)):
            continue
        kept.append(d)
    return kept


def _usable(fs: list[Found], has_main: bool, lead: Draft | None) -> list[Found]:
    usable = [f for f in fs if not f.backdrop]
    if not usable and not has_main:
        # A frame alone in its sentence is a happening of its own ("во время нападения"),
        # unless it names the lead's kind of happening.
        usable = [f for f in fs if lead is None or f.trigger.cameo_root != lead.head.cameo_root]
    return usable


def _sides(tokens, a: int, b: int, link: Draft | None, before: list[Draft]) -> list[int]:
    """"Стороны" (or "лидеры") in a clause with no participant named: the participants of the
    happening a frame points at, else of the last event with two or more."""
    if not any(lemma_key(t) == SIDES or (lemma_key(t) in PLURAL_SIDES and t.feats.get("Number") == "Plur")
               for t in tokens[a:b + 1]):
        return []
    source = link or next((d for d in reversed(before) if len(d.actors) >= 2), None)
    return list(source.actors) if source is not None else []


def _state_agent(doc: Document, res: Resources, tokens, phrases: list[Phrase], a: int, b: int, head: int) -> int | None:
    """The country a state agent named by kind acts for, when it is the clause's subject
    ("власти Китая ввели", "полиция арестовала") or a passive's agent ("задержан полицией"):
    the place named right after it ("полиция Нью-Йорка"), else the country the document is
    about. None when the clause has no such agent or the document names no country."""
    passive = passive_side(tokens, head) == TARGET
    for k in range(a, b + 1):
        tok = tokens[k]
        if lemma_key(tok) not in STATE_AGENTS or k == head:
            continue
        case = tok.feats.get("Case")
        if case == "Gen" and k < head and may_stand_in(res.parse(tok.text), "Nom"):
            case = "Nom"  # the tagger reads "власти" before a genitive as one itself
        if not ((case == "Nom" and k < head and not passive) or (case == "Ins" and passive)):
            continue
        if lemma_key(tok) == AGENT_ADJECTIVE and tok.pos != "NOUN":
            continue  # "военные учения": an adjective, not "военные" acting
        j = k - 1
        while j >= a and tokens[j].pos in ("ADJ", "DET"):
            j -= 1
        if j >= a and tokens[j].pos == "ADP":
            continue  # "связь с российскими спецслужбами": not the agent
        after = next((p for p in phrases if p.first in (k + 1, k + 2) and p.type == "LOC"
                      and p.case == "Gen" and p.prep is None), None)
        if after is not None:
            return after.entity  # "власти Китая": its own country
        # "Российские власти", "британская полиция": the country of the adjective, when
        # the document names it; "власти страны" or none said: the document's.
        own = [_demonym_place(doc, lemma_key(t)) for t in tokens[j + 1:k] if t.pos == "ADJ"]
        own = [e for e in own if e is not None]
        return own[0] if own else _home_country(doc)
    return None


def _state_objects(doc: Document, tokens, a: int, b: int, head: int) -> list[int]:
    """The countries of state agents named by kind as the object of an active verb trigger,
    by the adjective before them ("обвинил американские спецслужбы и аргентинскую полицию":
    США, Аргентина), when the document names those countries."""
    if tokens[head].pos != "VERB" or passive_side(tokens, head) == TARGET:
        return []
    out = []
    for k in range(head + 1, b + 1):
        tok = tokens[k]
        if lemma_key(tok) not in STATE_AGENTS or tok.pos != "NOUN" or tok.feats.get("Case") != "Acc":
            continue
        j = k - 1
        while j > head and tokens[j].pos in ("ADJ", "DET"):
            j -= 1
        if tokens[j].pos == "ADP":
            continue
        out += [e for e in (_demonym_place(doc, lemma_key(t)) for t in tokens[j + 1:k] if t.pos == "ADJ")
                if e is not None and e not in out]
    return out


def _demonym_place(doc: Document, adjective: str) -> int | None:
    """The place entity of the document a relational adjective is of ("российский" ->
    Россия, "британский" -> Великобритания, "египетский" -> Египет), or None."""
    name = COUNTRY_ADJECTIVES.get(adjective)
    stem = None
    if name is None:
        if not adjective.endswith(("ский", "цкий")):
            return None
        stem = adjective[:-4].rstrip("йь")
        if len(stem) < 4:
            return None
        stem = stem[:-1] if len(stem) > 5 else stem  # "француз" -> "франц" for Франция
    found = []
    for i, e in enumerate(doc.entities):
        if e.type != "LOC":
            continue
        key = fold(e.name)
        if name is not None and key in COUNTRY_NAMES and country_of(e.name) == country_of(name):
            found.append(i)
        elif stem is not None and (key.startswith(stem) or (len(stem) >= 5 and stem in key)):
            return found[0] if found else i
    if len(found) > 1:
        # one country under two names ("Россия", "РФ"): the one the document uses most
        counts = {i: sum(m.entity == i for m in doc.mentions) for i in found}
        return max(found, key=lambda i: (counts[i], -i))
    return found[0] if found else None




def _unnamed_state(tokens, phrases: list[Phrase], a: int, head: int) -> str | None:
    """How an arrest or detention is told with no one doing it: "passive" ("В Египте
    арестован лидер"), or "indefinite" in the third person plural with no subject
    ("Саакашвили лишили гражданства"); None otherwise. The state does it; a court's acts
    (приговорить, оштрафовать) are not meant."""
    tok = tokens[head]
    if lemma_key(tok) not in UNNAMED_STATE_ACTS or tok.pos != "VERB":
        return None
    if passive_side(tokens, head) == TARGET:
        return "passive"
    if tok.feats.get("Number") != "Plur" or tok.feats.get("VerbForm") != "Fin":
        return None
    if any(p.prep is None and p.case == "Nom" and a <= p.first < head for p in phrases) or any(
            t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PRON", "PROPN") for t in tokens[a:head]):
        return None
    return "indefinite"


def _country_at(doc: Document, place: Phrase | None) -> int | None:
    """The place phrase's entity when it is a country ("В Египте арестован ..."), else the
    country the document names that the place is in ("В аэропорту Буэнос-Айреса задержан
    ...": Аргентина), else None."""
    if place is None:
        return None
    name = doc.entities[place.entity].name
    if fold(name) in COUNTRY_NAMES:
        return place.entity
    code = country_of(name)
    if not code:
        return None
    return next((i for i, e in enumerate(doc.entities) if e.type == "LOC" and fold(e.name) in COUNTRY_NAMES
                 and country_of(e.name) == code), None)


def _home_country(doc: Document) -> int | None:
    """The country the document is about: the country entity mentioned most, the first
    named on a tie; None when it names none."""
    counts = mention_counts(doc, lambda m: m.type == "LOC" and country_of(doc.entities[m.entity].name)
                            and fold(doc.entities[m.entity].name) in COUNTRY_NAMES)
    return max(counts, key=lambda e: (counts[e], -min(m.start for m in doc.mentions if m.entity == e))) \
        if counts else None


def _no_party(doc: Document, x: int) -> bool:
    """True when entity x is a place that is no state or city the tables know (a river, a
    mountain, a sea: "Енисей", "Эльбрус"): nothing an actor cooperates with or acts on."""
    e = doc.entities[x]
    return e.type == "LOC" and not country_of(e.name) and fold(e.name) not in COUNTRY_NAMES


def _home_place(doc: Document) -> int | None:
    """The place the document names most (a city, a region), the first named on a tie; None
    when it names none."""
    counts = mention_counts(doc, lambda m: m.type == "LOC")
    return max(counts, key=lambda e: (counts[e], -min(m.start for m in doc.mentions if m.entity == e))) \
        if counts else None


PLURAL_PRONOUN = "они"


def _plural_pronoun_object(tokens, a: int, b: int, head: int) -> int | None:
    """The token of "их" or "них" as the object of a verb trigger, right after it or after
    "на" of a word of laying something on someone ("наложила на них штрафы"); None when
    there is none. A possessive "их" (a determiner) does not count."""
    for k in range(a + 1, b + 1):
        t = tokens[k]
        if lemma_key(t) != PLURAL_PRONOUN or t.pos != "PRON" or t.feats.get("Case") not in ("Acc", "Gen"):
            continue
        before = tokens[k - 1]
        if (k - 1 == head and tokens[head].pos == "VERB") or (
                lemma_key(before) == "на" and any(lemma_key(x) in LAID_ON for x in tokens[a:k - 1])):
            return k
    return None


def _pronoun_object(tokens, a: int, b: int, head: int) -> bool:
    """True when "его", "ему", "ее", "ей" stands as the object of the trigger ("Полиция
    застрелила его", "Ему предъявлены обвинения"): the person last named as a subject is
    acted upon. A possessive "его" (a determiner) does not count."""
    return any(lemma_key(t) in THIRD_PERSON and t.pos == "PRON" and t.feats.get("Case") in ("Acc", "Dat")
               and not (k > a and tokens[k - 1].pos == "ADP") for k, t in enumerate(tokens[a:b + 1], a))


def _freed_pronoun(tokens, a: int, b: int) -> bool:
    """True when "с него", "с неё" (`THIRD_PERSON`, singular: the one freed is one person)
    names the one a charge or a ban is taken off ("с него сняли обвинения"): in the clause
    after its first word, or before it with no finite verb, full stop, semicolon or dash
    between ("с него, признанного невменяемым, было снято обвинение")."""
    def off_whom(k: int) -> bool:
        t = tokens[k]
        return lemma_key(t) in THIRD_PERSON and t.pos == "PRON" and k > 0 and lemma_key(tokens[k - 1]) == "с"
    if any(off_whom(k) for k in range(a + 1, b + 1)):
        return True
    for k in range(a - 1, 0, -1):
        if off_whom(k):
            return True
        if tokens[k].feats.get("VerbForm") == "Fin" or tokens[k].text in (".", ";", "—"):
            return False
    return False


def _possessed_patient(tokens, a: int, b: int, head: int) -> bool:
    """True when a possessive "его", "её", "их" names who is acted upon: before a noun
    that tells what is done to someone ("оставил в силе распоряжение о её депортации"), or
    in "в его отношении" ("начали расследование в её отношении")."""
    def possessive(k: int) -> bool:
        return a <= k <= b and fold(tokens[k].text) in POSSESSIVES
    return any(possessive(k - 1) and (lemma_key(t) in PATIENT_NOUNS or lemma_key(t) in CANDIDACY or (
        lemma_key(t) == "отношение" and k >= 2 and lemma_key(tokens[k - 2]) == "в"))
        for k, t in enumerate(tokens[a:b + 1], a))


def _described_object(tokens, phrases: list[Phrase], a: int, b: int, head: int) -> int | None:
    """True when the object after a verb trigger is a person told by a common noun and not
    named in the clause ("власти вернули политика под домашний арест"): the person last
    named as a subject is meant, as for "его"."""
    if tokens[head].pos != "VERB" or any(p.first > head and p.prep is None for p in phrases if p.last <= b):
        return None
    k = head + 1
    while k <= b and tokens[k].pos in ("ADJ", "DET", "NUM", "ADV"):
        k += 1
    if k > b:
        return None
    t = tokens[k]
    if t.pos == "NOUN" and t.feats.get("Case") == "Acc" and t.feats.get("Animacy") == "Anim" \
            and t.feats.get("Number") == "Sing" and lemma_key(t) not in STATE_AGENTS and lemma_key(t) not in ROLE_WORDS:
        return k
    return None


def _person_so_described(doc: Document, si: int, noun: str) -> int | None:
    """The person the document names right after the common noun that now stands for them
    ("продюсер отвергает обвинения": the "голливудского продюсера Харви Вайнштейна" of an
    earlier sentence), the latest such up to sentence `si`, else the first after it; None
    when no name follows that noun."""
    found: list[tuple[int, int]] = []
    for n, sent in enumerate(doc.sents):
        toks = sent.tokens
        for k, t in enumerate(toks):
            if lemma_key(t) != noun:
                continue
            j = k + 1
            while j < len(toks) and (toks[j].pos in ("ADJ", "DET") or toks[j].text in "«\"„"):
                j += 1
            if j >= len(toks):
                continue
            m = next((m for m in doc.mentions if m.type == "PER" and m.entity is not None
                      and m.start == toks[j].start), None)
            if m is not None:
                found.append((n, m.entity))
    before = [e for n, e in found if n <= si]
    if before:
        return before[-1]
    return found[0][1] if found else None


def _referent(doc: Document, book: Holders, si: int, noun: str | None, skip: set[int]) -> int | None:
    """The person "он" (`noun` None) or a common noun ("спикер") of sentence `si` points back
    at: the one named right after that noun, else the person last acting as a subject
    before, else the person last mentioned before."""
    if noun is not None:
        if noun in STATE_AGENTS:
            return None
        person = _person_so_described(doc, si, noun)
        if person is not None and person not in skip:
            return person
    person = previous_person(book, si, skip)
    if person is not None:
        return person
    before = doc.sents[si].start
    return next((m.entity for m in reversed(doc.mentions) if m.type == "PER" and m.entity is not None
                 and m.end <= before and m.entity not in skip and not book.in_caption(m.start)), None)


def _body_so_named(doc: Document, si: int, noun: str) -> int | None:
    """The organisation a common noun subject stands for ("Суд также обвинил её": the
    "Верховный суд Израиля" named before; "альянс обещает": the "Североатлантический
    альянс"): the one named last before sentence `si` whose name holds that noun, in any
    form. State agents (власти, полиция) are read elsewhere; None when no such name."""
    if noun in STATE_AGENTS or len(noun) < 3:
        return None
    stem = noun[:-1] if len(noun) > 4 else noun
    before = doc.sents[si].start
    for m in reversed(doc.mentions):
        if m.type != "ORG" or m.entity is None or m.end > before:
            continue
        words = fold(f"{m.text} {doc.entities[m.entity].name}").replace("«", " ").replace("»", " ").split()
        if any(w.startswith(stem) and len(w) - len(stem) <= 3 for w in words):
            return m.entity
    return None


def _owner_named(tokens, phrases: list[Phrase], entity: int, a: int, b: int) -> bool:
    """True when the entity is named in the clause tokens[a..b] only as whose a thing is, in
    the genitive right after a noun ("увеличить долю GM на рынке"): no party a plan is made to."""
    own = [p for p in phrases if p.entity == entity and a <= p.first <= b]
    return bool(own) and all(p.first > a and tokens[p.first - 1].pos == "NOUN"
                             and tokens[p.first].feats.get("Case") in (None, "Gen") for p in own)


# Verbs of what a thing leads to or shows: a clause with one of them weighs a happening.
ASSESSING = frozenset("позволить позволять продемонстрировать демонстрировать создавать означать "
                      "свидетельствовать".split())


def _assessed(tokens, a: int, b: int, head: int) -> bool:
    """True when the trigger at `head` is a noun in a clause whose verb tells what a thing
    leads to or shows (`ASSESSING`): "арест генерала позволит перевернуть страницу истории",
    "выдвижение кандидата продемонстрирует готовность президента к диалогу", "демонстрации
    создают другую ситуацию". The clause weighs the happening, as a subject or an object, and
    reports none; told as done it is told elsewhere."""
    return tokens[head].pos == "NOUN" and any(
        k != head and tokens[k].pos == "VERB" and lemma_key(tokens[k]) in ASSESSING for k in range(a, b + 1))


# Verbs of ensuring: in the future they promise an outcome ("правительство обеспечит
# расследование"), no happening told.
ENSURING = frozenset("обеспечить обеспечивать гарантировать".split())


def _outcome_promised(tokens, a: int, b: int, head: int) -> bool:
    """True when the trigger at `head` is a noun that a verb of ensuring (`ENSURING`) in the
    future governs in its clause ("временное правительство обеспечит расследование скандала",
    "будет гарантировать проведение переговоров"): an outcome promised, not a happening; the
    promise is told by its own word where there is one."""
    if tokens[head].pos != "NOUN":
        return False
    for k in range(a, head):
        tok = tokens[k]
        if tok.pos == "VERB" and lemma_key(tok) in ENSURING and (
                tok.feats.get("Tense") == "Fut" or (k > a and _future_aux(tokens[k - 1]))):
            return True
    return False


def _future_aux(tok) -> bool:
    return lemma_key(tok) == "быть" and tok.text.lower().startswith("буд")


# A plan of an actor's own course: leaving, switching over, giving up something.
OWN_COURSE = frozenset("покинуть уйти перейти отказаться".split())
PLAN_WORDS = INDEFINITE_PLANS | frozenset("намеренный намереваться намерен".split())


def _own_course(tokens, head: Head, a: int, b: int) -> bool:
    """True when an intent is a plan (`PLAN_WORDS`) of the actor's own course (`OWN_COURSE`):
    "судья намерен покинуть суд в июне", "две страны планируют перейти на евро", "журнал
    планирует отказаться от печатной версии". CAMEO's 03 is an intent to cooperate with
    someone; a plan to leave, switch over or give up names no one it is made to. Not
    "перейти к переговорам": a plan of talks."""
    words = head.label.split()
    if len(words) != 2 or words[0] not in PLAN_WORDS or words[1] not in OWN_COURSE:
        return False
    k = next((k for k in range(a, b + 1) if lemma_key(tokens[k]) == words[1]), None)
    return k is None or k == b or tokens[k + 1].text.lower() != "к"


# What a danger is, as the subject of "угрожать" ("ребёнку угрожает опасность").
# Verbs that say what something is or is taken for: a threat noun they govern as a predicate
# ("ИГИЛ считается одной из главных угроз безопасности", "является угрозой", "представляет
# угрозу") characterises it, no threat made by anyone.
CHARACTERISING = frozenset("""
    считаться являться стать становиться оставаться представлять называть назвать признать признавать
    рассматривать восприниматься видеть
""".split())
DANGER_NOUNS = frozenset("опасность риск гибель смерть банкротство разорение голод эпидемия".split())


def _danger(tokens, a: int, b: int, head: int) -> bool:
    """True when the threat word at `head` names a danger, not a threat someone makes: the
    noun with what is endangered after "для" or "над" ("основной угрозой для финансового
    положения компании являются ...", "угроза над телеканалом нависла"), or under it ("под
    угрозой"); the verb with a danger as its subject ("ребёнку угрожает серьёзная
    опасность"). A threat by someone keeps its maker: "угрозы со стороны дилеров",
    "угрожали убить его", "Комиссия пригрозила штрафом"."""
    word = lemma_key(tokens[head])
    if word == "угроза" and any(lemma_key(t) in CHARACTERISING for t in tokens[a:b + 1]):
        return True  # "ИГИЛ считается одной из главных угроз", "представляет угрозу": what a thing is called
    if word == "угроза":
        j = head + 1
        while j <= b and tokens[j].pos == "ADJ":
            j += 1
        return (j <= b and lemma_key(tokens[j]) in ("для", "над")) or (
            head > a and lemma_key(tokens[head - 1]) == "под")
    if word == "угрожать":
        return any(lemma_key(t) in DANGER_NOUNS and t.feats.get("Case") == "Nom" for t in tokens[a:b + 1])
    return False


def _business_plan(tokens) -> bool:
    """A plan told in the words of business (a company, its sales, its market, its brand):
    a firm's own plan with no party it is made to, which CAMEO does not code as an intent
    to cooperate."""
    return any(lemma_key(t).rsplit("-", 1)[-1] in BUSINESS_WORDS for t in tokens)


def _described_subject(tokens, phrases: list[Phrase], a: int, head: int) -> int | None:
    """True when the subject before the trigger is a person told by a common noun and not
    named in the clause ("Политик была заключена под стражу", "Сам спикер отвергает"): the
    person last named as a subject is meant, as for "он". Titles that name an office and
    state agents are read elsewhere."""
    if any(p.prep is None and p.case == "Nom" and a <= p.first < head for p in phrases):
        return None
    inside = {k for p in phrases for k in range(p.first, p.last + 1)}
    for k in range(a, head):
        t = tokens[k]
        if t.pos != "NOUN" or k in inside or t.feats.get("Case") != "Nom" or t.feats.get("Animacy") != "Anim" \
                or t.feats.get("Number") != "Sing" or lemma_key(t) in STATE_AGENTS or lemma_key(t) in ROLE_WORDS:
            continue
        j = k - 1
        while j >= a and tokens[j].pos in ("ADJ", "DET") and fold(tokens[j].text) not in POSSESSIVES:
            j -= 1
        if j >= a and (tokens[j].pos == "ADP" or fold(tokens[j].text) in POSSESSIVES):
            continue  # "его адвокат обвинил": someone of his, not the one named before
        return k
    return None


def _titled_by_adjective(doc: Document, book: Holders, tokens, phrases: list[Phrase], a: int, b: int,
                         head: int, si: int, taken: set[int]) -> list[tuple[int, str]]:
    """The people a title after a country's adjective stands for, with no name after it
    ("визит российского президента", "протест против визита российского министра
    обороны"): the one the document gives that office of that country, each with its side."""
    inside = {k for p in phrases for k in range(p.first, p.last + 1)}
    out: list[tuple[int, str]] = []
    for k in range(a, b):
        if tokens[k].pos != "ADJ" or lemma_key(tokens[k + 1]) not in ROLE_WORDS or k + 1 in inside:
            continue
        place = _demonym_place(doc, lemma_key(tokens[k]))
        if place is None:
            continue
        end = k + 2
        while end <= b and end - k <= 4 and end not in inside and tokens[end].pos in ("ADJ", "NOUN") \
                and tokens[end].feats.get("Case") == "Gen":
            end += 1
        if end <= b and end in inside:
            continue  # a name follows: "российский президент Владимир Путин"
        office = " ".join([lemma_key(tokens[k + 1]), *(fold(t.text) for t in tokens[k + 2:end])])
        person = book.resolve(Role(k + 1, office), place, si, taken | {x for x, _ in out})
        if person is None:
            continue
        title = tokens[k + 1]
        if k + 1 < head:
            side = passive_side(tokens, head) if title.feats.get("Case") == "Nom" else TARGET
        elif any(t.pos == "ADP" for t in tokens[head + 1:k]) or tokens[head].pos != "NOUN":
            side = TARGET
        else:
            side = TARGET if lemma_key(tokens[head]) in PATIENT_NOUNS else SOURCE
        out.append((person, side))
    return out


def _subjectless_passive(tokens, a: int, b: int, head: int) -> bool:
    """True when the trigger is a finite passive of one person ("был арестован", "была
    арестована") and nothing in its clause can be its subject: no noun, name or pronoun in
    the nominative, no number ("около 900 человек")."""
    tok = tokens[head]
    if tok.feats.get("Variant") != "Short" or tok.feats.get("VerbForm") != "Part" \
            or tok.feats.get("Number") != "Sing" or tok.feats.get("Gender") not in ("Masc", "Fem"):
        return False  # "поручено принять меры", "были арестованы": no one person meant
    return not any(t.pos == "NUM" or (t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom")
                   for t in tokens[a:b + 1])


def _pronoun_subject(tokens, a: int, head: int) -> bool:
    """True when "он" or "она" is the subject before the trigger ("В ходе визита он провел
    переговоры ..."): the person last named as a subject is meant."""
    return any(lemma_key(t) in THIRD_PERSON and t.feats.get("Case") == "Nom" for t in tokens[a:head])


def _reduced_from(doc: Document, tokens, phrases: list[Phrase], a: int, b: int, head: Head) -> list[Phrase]:
    """The states after "из" in a clause that reduces relations (16: "отозвал из России
    посла", "ужесточение контроля за импортом из Германии"): the state whose envoy or goods
    are turned back is the one acted upon, not the place of the happening."""
    if head.cameo_root != "16":
        return []
    return [p for p in phrases if a <= p.first and p.last <= b and p.prep == "из" and p.type == "LOC"
            and fold(doc.entities[p.entity].name) in COUNTRY_NAMES]


def _pronoun_gender(tokens, a: int, b: int) -> str | None:
    """The gender of the first "он" or "она" of tokens[a..b] ("она" femn, "он", "его" masc;
    "её" is femn), None when there is none or it is plural."""
    for t in tokens[a:b + 1]:
        if lemma_key(t) in THIRD_PERSON and t.pos == "PRON" and t.feats.get("Number") != "Plur":
            return person_gender_of(t.feats)
    return None


def _quote_speaker(doc: Document, tokens, a: int, b: int, said: int | None = None) -> int | None:
    """The speaker of a quote whose clause has "мы" or "я" as subject: «Мы готовы к переговорам»;
    or, when the happening is the saying itself (a denial: "Зума заявил, что сообщения не
    соответствуют действительности"), of the quote holding its trigger at offset `said`."""
    if said is not None:
        return next((q.speaker for q in doc.quotes if q.start <= said < q.end and q.speaker is not None), None)
    if not doc.quotes or not any(lemma_key(t) in FIRST_PERSON and t.feats.get("Case") == "Nom"
                                 for t in tokens[a:b + 1]):
        return None
    start, end = _span(tokens, a, b)
    for q in doc.quotes:
        if q.start <= start and end <= q.end and q.speaker is not None:
            return q.speaker
    return None


def _carried_subject(tokens, phrases: list[Phrase], clauses, clause: tuple[int, int], head: Head,
                     done: list[Draft], book: Holders | None = None, sentence: int = 0) -> tuple[list[int], tuple[int, int] | None]:
    """The subject of an earlier clause, and that clause, when a verb's own clause has none
    before it ("Назарбаев, находясь в Ташкенте, встретился с ..."). A clause that reports an
    event of its own keeps its subject."""
    a, _ = clause
    if lemma_key(tokens[a]) == RELATIVE:
        # "с Симпсоном, который осуществил ...": the relative's own person; "Скоттом, которого
        # застрелили сотрудники полиции": a subject of its own, none of the main clause's (after
        # a preposition the main clause's subject may go on: "выступил с письмом, в котором
        # раскритиковал ...")
        return [], None
    if tokens[head.index].pos != "VERB" and not any(t.pos == "VERB" for t in tokens[a:head.index]):
        return [], None  # a noun trigger with no verb of its clause before it ("выразил соболезнования")
    verb = next((t for t in tokens[a:head.index] if t.pos == "VERB"), None)
    if verb is not None and verb.feats.get("VerbForm") == "Part" and verb.feats.get("Case") not in (None, "Nom"):
        # "опередил Белова, временно возглавлявшего администрацию после отставки Сидорова": a
        # participle in an oblique case tells of the noun it agrees with, not of the subject
        return [], None
    if any(p.prep is None and a <= p.first < head.index for p in phrases) or own_noun_subject(tokens, a, head.index):
        return [], None
    if passive_side(tokens, head.index) == TARGET and any(
            lemma_key(t) in COMPLEMENTIZERS for t in tokens[a:min(a + 2, head.index)]):
        return [], None  # "РБК напоминает, что ... была задержана": the teller is not the one held
    claimed = {d.clause for d in done}
    # "уволил X и назначил Y": one subject; so is a converb's, "станет главой, сменив на посту X"
    shared = (a > 0 and tokens[a - 1].text.lower() == "и") or tokens[head.index].feats.get("VerbForm") == "Conv"
    for ca, cb in reversed([c for c in clauses if c[1] < a]):
        if (ca, cb) in claimed and not shared:
            break
        # A relative clause inside it ("Альянс, к которому принадлежал Флорес, выразил ...")
        # has a subject of its own, not the verb's.
        rel = next((k for k in range(ca, cb + 1) if lemma_key(tokens[k]) == RELATIVE), cb + 1)
        subjects = [p.entity for p in phrases if ca <= p.first and p.last <= cb and p.prep is None
                    and p.case == "Nom" and p.titles is None and p.role is None and p.first < rel
                    and p.describes is None and p.within is None]  # "Южноафриканский президент Зума"
        if not subjects and book is not None:
            # "президент Франции прибыл в Вашингтон, чтобы обсудить ...": the title's holder
            for p in phrases:
                if ca <= p.first and p.last <= cb and p.prep is None and p.titles is None and p.role is not None \
                        and tokens[p.role.index].feats.get("Case") == "Nom" and not p.post:
                    if members_of_body(tokens, p):
                        subjects.append(p.entity)  # "Представители Роскосмоса заявили, что ...": the body
                        continue
                    holder = book.resolve(p.role, p.entity, sentence, set())
                    if holder is not None:
                        subjects.append(holder)
        if not subjects and book is not None and lemma_key(tokens[a]) == "что":
            # "Он уточнил, что договорился с ...": the person the pronoun points back at
            verb = next((k for k in range(ca, min(rel, cb + 1)) if tokens[k].pos == "VERB"), None)
            if verb is not None and any(lemma_key(t) in THIRD_PERSON and t.pos == "PRON" and t.feats.get("Case") == "Nom"
                                        and t.feats.get("Number") != "Plur" for t in tokens[ca:verb]):
                person = previous_person(book, sentence, gender=_pronoun_gender(tokens, ca, verb))
                if person is not None:
                    subjects.append(person)
        if subjects:
            return list(dict.fromkeys(subjects)), (ca, cb)
    return [], None


RELATIVE = "который"


def _agrees_with(tokens, p: Phrase, relative: int) -> bool:
    """Whether the relative word at `relative` agrees in gender and number with the name
    before it ("пресс-конференции Тадича, на которой" stands for the conference)."""
    return all(tokens[relative].feats.get(f) in (None, tokens[p.last].feats.get(f))
               or tokens[p.last].feats.get(f) is None for f in ("Gender", "Number"))
# Words that join a verb to the one before it as the next step of one account ("назначил,
# а затем уволил").
CONTINUING = frozenset({"а", "и"})


def _relative_continued(tokens, phrases: list[Phrase], clauses, clause: tuple[int, int]) -> tuple[list[int], int | None] | None:
    """The subject and the one acted upon of a verb joined by "а" or "и" after a comma to a
    relative clause that ends the clause before ("Флинн, которого президент Трамп назначил,
    а затем уволил"): the verb goes on with that relative clause, whose subject it shares.
    When the relative word is its clause's subject ("Петров, который приехал в Москву, а
    затем встретился ...") the person named before it is the subject; else the subjects are
    the relative clause's own names in the nominative and that person is acted upon. None
    when the clause opens otherwise, names a subject of its own before its verb, or the
    clause before holds no such relative clause."""
    a, b = clause
    if a < 2 or tokens[a - 1].text != "," or lemma_key(tokens[a]) not in CONTINUING:
        return None
    if any(p.prep is None and p.case == "Nom" and a < p.first <= b and not any(
            t.pos in ("VERB", "AUX") for t in tokens[a:p.first]) for p in phrases):
        return None  # "..., а Сидоров уволил его": a subject of its own
    before = next((c for c in clauses if c[1] == a - 2), None)
    if before is None:
        return None
    ca, cb = before
    rel = next((k for k in range(cb, ca, -1) if lemma_key(tokens[k]) == RELATIVE), None)
    if rel is None or any(tokens[k].text == "," for k in range(rel + 1, cb + 1)):
        return None
    opening = rel - 1 if tokens[rel - 1].pos == "ADP" else rel
    if opening < 2 or tokens[opening - 1].text != ",":
        return None
    named = next((p for p in phrases if p.type == "PER" and p.last == opening - 2), None)
    if named is None:
        return None
    if tokens[rel].feats.get("Case") == "Nom" and tokens[rel - 1].pos != "ADP":
        return [named.entity], None
    own = [p.entity for p in phrases if rel < p.first and p.last <= cb and p.prep is None
           and p.case == "Nom" and p.titles is None and p.describes is None and p.within is None]
    if not own:
        return None
    return list(dict.fromkeys(own)), named.entity


def _span(tokens, a: int, b: int) -> tuple[int, int]:
    while a < b and tokens[a].pos == "PUNCT":
        a += 1
    while b > a and tokens[b].pos == "PUNCT":
        b -= 1
    return tokens[a].start, tokens[b].end


def _date_events(doc: Document, tokens, drafts: list[Draft]) -> None:
    """Give each event the date written in its clause, else a date of its sentence that
    no other event's clause holds."""
    if not drafts or not doc.dates:
        return
    sent_start, sent_end = tokens[0].start, tokens[-1].end
    dates = [d for d in doc.dates if d.value and sent_start <= d.start and d.end <= sent_end]
    if not dates:
        return
    spans = [(tokens[d.clause[0]].start, tokens[d.clause[1]].end) for d in drafts]
    free = [d for d in dates if not any(s <= d.start < e for s, e in spans)]
    for draft, (s, e) in zip(drafts, spans):
        own = [d for d in dates if s <= d.start and d.end <= e]
        pick = own or free
        if pick:
            at = tokens[draft.head.index].start
            draft.date = min(pick, key=lambda d: abs(d.start - at)).value


def _countries_holding(doc: Document) -> dict[int, int]:
    """Each place named in the document (a city the table knows) to the country named in the
    document that holds it ("Стамбул" to "Турция")."""
    codes = {i: country_of(e.name) for i, e in enumerate(doc.entities)}
    lands = {codes[i]: i for i, e in enumerate(doc.entities) if codes[i] and fold(e.name) in COUNTRY_NAMES}
    return {i: lands[c] for i, c in codes.items() if c in lands and lands[c] != i}


def merge_repeats(drafts: list[Draft], holding: dict[int, int] | None = None,
                  persons: set[int] | None = None) -> list[Draft]:
    """One event per happening: a later event of the same type that points back at an
    earlier one, or names the same place, with no conflicting date or participants, is
    folded into it ("23 марта в Астане проходит бизнес-форум" ... "в Астане будет проведен
    бизнес-форум")."""
    out: list[Draft] = []
    # the kinds of happening the body tells, for a headline to find its own among them
    kinds = {_root_and_kind(d.head) for d in drafts if not d.headline}
    persons = persons or set()
    # the clauses that tell a happening by a verb, for a noun after them to look back at
    by_verb = {tuple(m) for d in drafts if not _noun_head(d.head) for m in d.mentions or [[d.start, d.end]]}
    for d in drafts:
        then = _then_told(out, d)
        left = next((e for e in reversed(out) if _post_left_by_its_holder(e, d, persons)), None)
        if left is not None and then is None:
            # the person who left is the side, not the country or body of the post
            if set(d.source) & persons:
                left.source, left.actors = list(d.source), list(d.actors)
            left.mentions.extend(m for m in d.mentions if m not in left.mentions)
            left.date = left.date or d.date
            continue
        same = then or next((e for e in out if _same_happening(e, d, kinds, holding)), None)
        if same is None:
            named = _named_by_noun_again(out, d, by_verb)
            if named is not None:
                # the noun looks back at the happening the verb told; the sides found
                # around it may be another act's ("накануне вручения премии Франции")
                named.mentions.extend(m for m in d.mentions if m not in named.mentions)
                continue
            out.append(d)
            continue
        if same.headline:
            # The body's first report of the headline's happening names its participants
            # in full ("глава Сергиева Посада" is Евгений Душко): its sides take the place
            # of the headline's, a side it leaves empty keeps the headline's.
            same.headline = False
            if d.actors:
                same.source, same.target = d.source or same.source, d.target or same.target
                same.actors = list(dict.fromkeys(same.source + same.target + d.actors))
            same.place = d.place if d.place is not None else same.place
            same.date = d.date or same.date
            same.mentions.extend(m for m in d.mentions if m not in same.mentions)
            continue
        if _same_word_again(same, d) and same.head.cameo_root != "18":
            # the first telling names the sides; the later one only tells it on
            same.mentions.extend(m for m in d.mentions if m not in same.mentions)
            continue
        if same.unnamed:
            # the telling that names the sides says where, not the document's country
            same.unnamed, same.place = False, d.place if d.place is not None else same.place
        same.actors.extend(a for a in d.actors if a not in same.actors)
        same.source.extend(a for a in d.source if a not in same.source + same.target)
        same.target.extend(a for a in d.target if a not in same.source + same.target)
        same.mentions.extend(m for m in d.mentions if m not in same.mentions)
        same.place = same.place if same.place is not None else d.place
        same.date = same.date or d.date
    return out


# How far (in characters) after an event a report that only names its other side may stand.
NEAR = 300


# How an infinitive ends, and an adjective's lemma: a head told by a verb or an adjective
# ("готовый"), not by a noun.
NOT_NOUN_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься", "ый", "ий", "ой")
# Roots whose happening is told by the one it is done to: a yielding, coercion or force.
ACTED_ON_ROOTS = frozenset({"08", "17", "18", "19", "20"})


def _noun_head(head: Head) -> bool:
    """True when the head word is a noun ("арест", "встреча", "увольнение"), not a verb."""
    return " " not in head.label and not head.label.endswith(NOT_NOUN_ENDINGS)


def _named_by_noun_again(out: list[Draft], d: Draft, by_verb: set[tuple[int, int]] | None = None) -> Draft | None:
    """The happening a later noun of its kind names again ("Губернатор уволил министра
    транспорта" ... "Администрация сообщила об увольнении ..."; "отказался от поездки" ...
    "свой отказ он объяснил ..."): the last event of the same type and root told by a verb
    (one of its clauses in `by_verb`: a headline's noun folded into the body's verb counts),
    the noun giving no date of its own nor a place other than the verb's, told as the verb
    was (done, planned, conditional) and not as another of the kind. None when the noun names
    someone put into a post, detained or attacked whom the verb's telling does not and that
    telling names its own: another person, another happening. The sides found around the
    noun are left out: they may be another act's ("накануне вручения премии Франции")."""
    if not _noun_head(d.head) or d.headline or d.another or d.again:
        return None
    for e in reversed(out):
        if (e.head.type, e.head.cameo_root) != (d.head.type, d.head.cameo_root) or (
                _noun_head(e.head) and not any(tuple(m) in (by_verb or ()) for m in e.mentions)):
            continue
        if (d.date and d.date != e.date) or (d.place is not None and e.place is not None and d.place != e.place) \
                or e.head.modality != d.head.modality or _other_coercion(e.head, d.head):
            return None
        if e.target and d.target and not set(e.target) & set(d.target) and (
                e.head.type in OFFICE_TYPES or e.head.cameo_root in ACTED_ON_ROOTS):
            # another one put into a post, detained or attacked: another happening
            return None
        return e
    return None


def _post_left_by_its_holder(e: Draft, d: Draft, persons: set[int]) -> bool:
    """Two tellings of a leaving of a post with no one dismissing named, one by the person,
    the other by the country or body the post belongs to ("Министр энергетики Норвегии ушёл в
    отставку" ... "министр Иван Петров ушёл в отставку"; "причиной отставки главы Минфина"):
    one happening, the nearest person's leaving told before."""
    if e.head.type != "dismiss" or d.head.type != "dismiss" or e.target or d.target:
        return False
    if not e.source or not d.source or (e.date and d.date and e.date != d.date):
        return False
    if e.place is not None and d.place is not None and e.place != d.place:
        return False
    one, other = (set(x.source) & persons for x in (e, d))
    return bool(one) != bool(other)


def _then_told(out: list[Draft], d: Draft) -> Draft | None:
    """The happening just told that a sentence opening with "Тогда" and giving no date of
    its own tells more of ("последнее нападение ... произошло в феврале 2012 года. Тогда в
    Пятигорске был взорван автомобиль ..."): the last event of the same root, within `NEAR`
    characters, its place the wider one it names."""
    if not d.then or d.date is not None:
        return None
    e = next((e for e in reversed(out) if e.head.cameo_root == d.head.cameo_root), None)
    if e is None or d.start - max(m[1] for m in e.mentions or [[e.start, e.end]]) > NEAR:
        return None
    return e


def _same_happening(e: Draft, d: Draft, kinds: set | None = None, holding: dict | None = None) -> bool:
    ea, da = set(e.actors), set(d.actors)
    holding = holding or {}
    # one place the country of the other ("в Стамбуле" ... "в Турции"): the same place told
    # wider or narrower, no place of its own
    nested = e.place is not None and d.place is not None and (
        holding.get(e.place) == d.place or holding.get(d.place) == e.place)
    if e.headline and not d.headline and e.head.cameo_root == d.head.cameo_root and not (
            _other_coercion(e.head, d.head) and _root_and_kind(e.head) in (kinds or ())) and not (
            {e.head.type, d.head.type} == OFFICE_TYPES):
        # (a post taken and a post left are two happenings: "Новым генсеком станет X" is
        # not told again by "Нынешний генсек Y сложит полномочия")
        # The headline's happening told again by the body's first report of that root, of
        # the same kind when the body tells one ("вышла на свободу" is the release, not the
        # sentence cut short told first).
        return True
    if (e.head.type, e.head.cameo_root) != (d.head.type, d.head.cameo_root):
        return False
    if d.again:
        # "тогда власти вернули политика под домашний арест", "его вновь задержали": the
        # happening done once more, to the same one too, is not the earlier told again
        return False
    if d.another and not set(d.target) & set(e.target):
        # "Накануне аналогичный приговор был вынесен в отношении другого оппозиционера": one
        # more happening of the kind, not the earlier told again (unless the one acted upon
        # before is named again: "поймать Младича и ещё одного преступника")
        return False
    if e.date and d.date and e.date != d.date:
        return False
    if e.head.cameo_root in VIOLENT_ROOTS and not d.source and not e.target and set(e.source) & set(d.target):
        # The one who used force is then the one it is used on, no one else named ("Он
        # убил трёх мужчин ..., затем его застрелили"): an attacker shot or killed after the
        # attack is another happening, not the other side of the first.
        return False
    if e.place is not None and d.place is not None and e.place != d.place and not e.unnamed and not nested:
        return False
    if _other_coercion(e.head, d.head) and not _told_again(e, d) and d.link is not e:
        # "Митаев был арестован" ... "Митаеву были предъявлены обвинения": a detention and a
        # charge (a sentence, a seizure, a search ...) are two happenings
        return False
    if e.head.type in OFFICE_TYPES and set(e.target) & set(d.target):
        # One person put into or out of a post, told again with a place or date of its own
        # ("Посла уволили" ... "Посол Японии в России Коно будет снят с должности"): one happening.
        return True
    if e.head.type == "appoint" and e.source and not e.target and d.target and not d.source:
        # "Парламент избрал президентом женщину" ... "Сакелларопулу была избрана президентом":
        # the one appointed, unnamed at first, named later
        return True
    other_side = (e.source and not e.target and d.target and not d.source) \
        or (e.target and not e.source and d.source and not d.target)
    if other_side and d.start - e.end <= NEAR and e.head.type not in OFFICE_TYPES:
        # "Полиция Бельгии арестовала двух человек ... Нуреддин Х. и Хамза Х. были арестованы":
        # the report right after names the side the first left empty (not for posts: the one
        # who leaves a post is its source, the one dismissed its target, two people)
        return True
    if _told_again(e, d):
        return True
    ea, da = set(e.actors), set(d.actors)
    if not ea and (e.unnamed or d.place is None or d.place == e.place):
        # A happening first told with its sides unnamed ("Съезд транслировался", "Протесты
        # в Венесуэле") and then with them ("заявил делегатам съезда", "Мадуро сталкивается
        # с протестами"), the later telling naming no other place: one happening.
        return True
    if ea and da and not (ea <= da or da <= ea):
        return False
    # The same participants again ("Токаев и Жапаров обсудили ...") after their talks; or a
    # later mention with no place or date of its own, by some of the same participants
    # ("заявил Токаев на пресс-конференции после переговоров"): a look back, not a new happening;
    # or a later report naming who else took part ("сообщили о задержании" ... "полиция
    # арестовала Дальтона"), with the date the first telling left open ("выпущена Су Чжи" ...
    # "13 ноября власти Мьянмы выпустили Су Чжи").
    own_place = d.place is not None and not nested
    return d.link is e or (e.place is not None and e.place == d.place) or (len(ea) >= 2 and ea == da) \
        or (bool(ea) and ea == da and (e.date is None or nested) and not own_place) \
        or (bool(da) and da <= ea and not own_place and d.date is None) \
        or (bool(ea) and ea < da and not own_place and (d.date is None or e.date is None)
            and not _dated_apart(e, d))


def _dated_apart(e: Draft, d: Draft) -> bool:
    """True when the later request d, told in other words, further on than `NEAR`, gives a
    date the earlier e lacks ("он попросил вызвать адвоката" ... "в марте он подавал запрос
    на убежище в Перу"): another thing asked, another happening of the kind."""
    return e.head.type in ASKING_TYPES and d.date is not None and e.date is None and e.head.label != d.head.label \
        and d.start - e.end > NEAR



# A sentence to prison told by its verb, and custody told after it: the sentence carried out.
SENTENCE_LABELS = frozenset("приговорить приговаривать".split())
CUSTODY_LABELS = frozenset("заключить заключение стража".split())


# Words telling a happening as one more of a kind told before, not that one again.
ANOTHER_WORDS = frozenset("другой аналогичный".split())
ONE_MORE = frozenset("ещё еще".split())


def _told_as_another(tokens, a: int, b: int) -> bool:
    """True when the clause tokens[a..b] tells its happening as another of the kind ("аналогичный
    приговор вынесен в отношении другого активиста", "ещё одного генерала уволят"). Not the
    agent of a passive in the instrumental ("был избит другими заключёнными"): others who
    acted, not another happening told."""
    for k in range(a, b + 1):
        word = tokens[k + 1] if tokens[k].text.lower() in ONE_MORE and k < b \
            and lemma_key(tokens[k + 1]) == "один" else tokens[k]
        if (word is not tokens[k] or lemma_key(word) in ANOTHER_WORDS) and word.feats.get("Case") != "Ins":
            return True
    return False


AGAIN_WORDS = frozenset("вновь снова повторно опять вернуть возвращать".split())


def _told_anew(tokens, a: int, b: int) -> bool:
    """True when the clause tokens[a..b] tells its happening as done once more (`AGAIN_WORDS`:
    "его вновь задержали", "власти вернули политика под домашний арест"): another happening,
    whoever it is done to."""
    return any(lemma_key(tokens[k]) in AGAIN_WORDS for k in range(a, b + 1))


def _root_and_kind(head: Head) -> tuple[str, str | None]:
    """The head's CAMEO root and the kind of coercion or yielding its word tells
    (`COERCION_KINDS`), None for a word of no kind."""
    return head.cameo_root, COERCION_KINDS.get(head.label)


def _other_coercion(e: Head, d: Head) -> bool:
    """True when two coercions (17), or two yieldings (08), are told by words of different
    kinds (`COERCION_KINDS`)."""
    if e.cameo_root != d.cameo_root or e.cameo_root not in ("17", "08"):
        return False
    one, other = COERCION_KINDS.get(e.label), COERCION_KINDS.get(d.label)
    return one is not None and other is not None and one != other


def _told_again(e: Draft, d: Draft) -> bool:
    """A later telling, with no one acting named and no place of its own, of a killing told
    before by the same verb ("Завьялова была убита" after her son's killing of her), or of
    custody after a sentence ("После оглашения приговора его заключили под стражу"): one
    happening, whoever the pronoun or the short name was taken for. A later telling that
    names the place the first left open tells of the same one acted upon ("Маккарти была
    признана виновной" ... "была признана виновной ... в городе Ланкастер"): the first
    telling's place told, not a happening of its own."""
    if d.source or not d.target or not (e.source or e.target):
        return False
    if d.place is not None:
        return e.place is None and bool(set(d.target) & set(e.target)) and e.head.label == d.head.label \
            and e.head.type not in OFFICE_TYPES and e.head.cameo_root != "09"
    if e.head.cameo_root == "18" and e.head.label == d.head.label:
        return True
    if _same_word_again(e, d):
        return True
    return e.head.cameo_root == "17" and e.head.label in SENTENCE_LABELS and d.head.label in CUSTODY_LABELS


def _same_word_again(e: Draft, d: Draft) -> bool:
    """A later telling by the same word within the next few lines (`NEAR`), with no one
    acting named, no place of its own and a side acted on ("запретили въезд президенту" ...
    "запрещён въезд ещё 30 служащим"): the happening told on, its sides those of the first
    telling. Not for posts (each person put in or out is a happening) nor for inquiries (a
    case is opened on each fact)."""
    if d.source or not d.target or d.place is not None or not (e.source or e.target):
        return False
    return e.head.label == d.head.label and e.head.type not in OFFICE_TYPES and e.head.cameo_root != "09" \
        and d.start - max(m[1] for m in e.mentions or [[e.start, e.end]]) <= NEAR


def _to_event(doc: Document, d: Draft) -> Event:
    spans = d.mentions or [[d.start, d.end]]

    def inside(items) -> list[int]:
        return [i for i, x in enumerate(items) if any(s <= x.start and x.end <= e for s, e in spans)]

    return Event(d.head.type, d.head.cameo_root, d.start, d.end, list(d.actors), d.place, d.date,
                 summarize(doc, d), d.head.modality, list(d.source), list(d.target),
                 [list(m) for m in spans], inside(doc.money), inside(doc.quantities))


def summarize(doc: Document, d: Draft) -> str:
    """A line a reader can check against the text: "переговоры: Нурсултан Назарбаев,
    Шавкат Мирзиёев — Астана, --03-23"."""
    names = ", ".join(doc.entities[i].name for i in d.actors)
    where = [doc.entities[d.place].name] if d.place is not None else []
    where += [d.date] if d.date else []
    out = d.head.label
    if names:
        out += f": {names}"
    if where:
        out += " — " + ", ".join(where)
    return out
