"""Who speaks: the subject of a speech cue, as the text words it.

`subject_after` and `subject_before` read the subject of a cue off the tokens next to it:
a name, a pronoun, a title ("глава Узбекистана"), a speaking body ("пресс-служба Акорды",
"в докладе банка"), some other noun ("стороны", "источник": a speaker the text does not
name) or nothing at all ("Далее заявил: …"). `newsgraph.quotes.focus` turns that into an
entity.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.events.codes import country_of
from newsgraph.quotes.lexicon import (ANONYMOUS, PERSON_BY_SEX, PLACE_KINDS, CITING_VERBS, CLAUSE_WORDS, CREDIT_VERBS, DECREES, DOCUMENT_NOUNS,
                                      HONORIFICS, IMPERSONAL_CUES, MEMBERS, NAMED_BODIES, OBJECT_SPEAKS, OUTLETS, PRONOUNS,
                                      PLATFORMS, PRONOUN_OWNERS, QUOTE_PAIRS, RELATIVES,
                                      SPEAKING_BODIES, GENERIC_BODIES)
from newsgraph.quotes.roles import TitlePhrase, describe, title_at
from newsgraph.quotes.tokens import BodyTokens
from newsgraph.resources import Resources
from newsgraph.roles import COUNTRY_ADJECTIVES, ROLE_HEADS
from newsgraph.russian import fold, nominative_surname, oblique_surname, person_gender_of, surname_gender

# How many tokens a cue's subject may stand from the cue.
SUBJECT_WINDOW = 10
_STOP_MARKS = frozenset("«»\"„“”:;")
_DASHES = frozenset("-–—―")
_QUOTE_MARKS = frozenset("«»\"„“”")


@dataclass
class Subject:
    """What stands in the subject of a cue. `kind`: entity, pronoun, title, body (a speaking
    body named by a common noun: `lemma`), document (a document with no author beside it:
    `document`), unknown, absent, carried (no cue at all)."""

    kind: str
    entity: int | None = None
    gender: str | None = None
    number: str | None = None
    title: TitlePhrase | None = None
    lemma: str | None = None
    document: str | None = None  # the document noun an impersonal cue cites ("в заявлении")
    at: int | None = None  # the token of a body's noun ("британская полиция")
    owner: int | None = None  # whose the title is ("Адвокат Насира": Насир), never the speaker
    # The token of a common noun of a person with no name of its own ("Дочь актрисы
    # утверждает", "на сайте певицы"): the one person the text named with that noun, if any.
    noun: int | None = None


ABSENT = Subject("absent")
# Words with no cue at all (an interview's answer): the speaker carries over.
CARRIED = Subject("carried")
UNKNOWN = Subject("unknown")
# Several people the text does not name ("по заявлению местных властей"): no one a following
# "он" could mean.
UNKNOWN_MANY = Subject("unknown", number="plur")


def subject_after(view: BodyTokens, res: Resources, cue: int, stop: int | None = None) -> Subject:
    """The subject standing after the cue ("— сказал глава Узбекистана"), up to `stop`; a
    title whose holder's name closes the sentence after a run of appositions ("— отметил
    заместитель главного судьи, олимпийский чемпион (1996) … Николай Крюков") is that name."""
    found = _subject_after(view, res, cue, stop)
    if found.kind == "absent" and cue + 2 < len(view) and view.lemma(cue + 1) == "один" and view.word(cue + 2) == "из":
        # "— сказал один из зрителей, Хоакин Ортис": one of many speaks, the name after him
        # if the text gives it, else no one named.
        named = _name_closing(view, cue, stop)
        return UNKNOWN if named is None else Subject("entity", entity=named)
    # "как заявил газета Boston Herald конгрессмен Джейсон Чеффиц": a person named after a
    # body with no verb between is who speaks; the body was told.
    if found.kind in ("title", "unknown") or found.kind == "entity" and (
            _told_or_owner(view, cue, found.entity) or view.doc.entities[found.entity].type != "PER"
            or _genitive_complement(view, cue, found.entity)):
        named = _name_closing(view, cue, stop)
        if named is not None and named != found.entity:
            return Subject("entity", entity=named)
    return found


def _told_or_owner(view: BodyTokens, cue: int, entity: int) -> bool:
    """True when the entity found after the cue is the one told ("сообщила РБК его помощница
    …", an organisation before a person) or whose the speaker is ("защитник Алёхиной
    Александр Подрабинёк", a name right before another name)."""
    end = view.sentence_end(cue)
    j = next((k for k in range(cue + 1, end) if view.mention(k) is not None and view.mention(k).entity == entity), None)
    if j is None:
        return False
    m = view.mention(j)
    if m.type == "ORG":
        return j == cue + 1 or view.tokens[cue + 1].text in _QUOTE_MARKS and j == cue + 2
    after = view.mention_end(j)
    return m.type == "PER" and view.mention(after) is not None and view.mention(after).type == "PER"


def _genitive_complement(view: BodyTokens, cue: int, entity: int) -> bool:
    """True when the person found after the cue completes a noun in the genitive ("сообщает
    куратор музея Гоголя Иван Петров": the name after "музея" is whose the museum is, not
    who speaks); a name of no visible case takes the case of the noun it follows."""
    end = view.sentence_end(cue)
    j = next((k for k in range(cue + 1, end) if view.mention(k) is not None and view.mention(k).entity == entity), None)
    if j is None:
        return False
    before = view.mention_start(j) - 1
    return before > cue and view.tokens[before].pos == "NOUN" and view.mention(before) is None \
        and view.case(before) == "Gen" \
        and "Nom" not in {view.case(k) for k in range(j, view.mention_end(j))}


def _name_closing(view: BodyTokens, cue: int, stop: int | None) -> int | None:
    """The person whose name ends the sentence after the cue, with titles and appositions (no
    verb, no clause) between them."""
    end = min(stop if stop is not None else len(view), view.sentence_end(cue))
    last = end - 1
    while last > cue and view.tokens[last].pos == "PUNCT" and view.tokens[last].text in ".!…":
        last -= 1
    if view.tokens[last].text == ")":
        # "… Андрей Красов («Единая Россия»)": a party or a place in brackets after the name.
        opening = next((k for k in range(last - 1, max(cue, last - 8), -1) if view.tokens[k].text == "("), None)
        if opening is not None:
            last = opening - 1
    m = view.mention(last)
    if last <= cue or m is None or m.type != "PER":
        return None
    first = view.mention_start(last)
    with_whom = False  # "в ходе брифинга с главным менеджером фестиваля Соной Ованнисян"
    for j in range(cue + 1, first):
        tok = view.tokens[j]
        if tok.pos == "ADP" and view.word(j) in ("с", "со"):
            with_whom = True
        elif tok.text == ",":
            with_whom = False
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin" or view.word(j) in CLAUSE_WORDS \
                or tok.text in _STOP_MARKS and tok.text not in _QUOTE_MARKS or tok.text in _DASHES:
            return None
    # A name in an oblique case, or the one the subject was with, is not it.
    cases = {view.case(k) for k in range(first, view.mention_end(first))} - {None}
    if with_whom or cases and "Nom" not in cases:
        return None
    # … nor one whose gender the cue's verb does not agree with.
    genders = {person_gender_of(view.tokens[k].feats) for k in range(first, view.mention_end(first))} - {None}
    said = verb_gender(view, cue)
    if said is not None and genders and said not in genders:
        return None
    return m.entity if can_be_subject(view, first, adjacent=True) else None


def _subject_after(view: BodyTokens, res: Resources, cue: int, stop: int | None = None) -> Subject:
    end = min(stop if stop is not None else len(view), view.sentence_end(cue), cue + 1 + SUBJECT_WINDOW)
    if view.impersonal(cue):
        return document_source(view, cue, res)
    if view.lemma(cue) in OBJECT_SPEAKS or view.lemma(cue) in CITING_VERBS:
        # "— цитирует издание мать пограничника Светлану Ващенко": the person quoted speaks,
        # however long the title before the name; "цитирует агентство сообщение телеканала X":
        # the author of the document quoted.
        last = view.sentence_end(cue) if stop is None else min(stop, view.sentence_end(cue))
        for j in range(cue + 1, last):
            m = view.mention(j)
            if m is not None and m.type == "PER":
                return Subject("entity", entity=m.entity)
            if view.lemma(j) in DOCUMENT_NOUNS:
                # "сообщение (телеканала) Al Libya": the author after the document, through a
                # body's noun in the genitive.
                k = j + 1
                while k < min(last, j + 4) and view.mention(k) is None and view.tokens[k].pos == "NOUN" \
                        and view.case(k) == "Gen":
                    k += 1
                if k < last and view.mention(k) is not None and view.mention(k).type == "ORG":
                    return Subject("entity", entity=view.mention(k).entity)
        return UNKNOWN
    plural = plural_cue(view, cue)
    j = cue + 1
    j += view.object_width(cue)  # "выразил уверенность": the object is not the subject
    after_adp = told = False
    phrase_head = False  # the noun of a prepositional phrase was the token before
    quoted: Subject | None = None
    while j < end:
        tok = view.tokens[j]
        word = view.word(j)
        m = view.mention(j)
        if m is not None and phrase_head and m.type != "PER" \
                and {view.case(k) for k in range(j, view.mention_end(j))} <= {"Gen", None}:
            # "пишет в своей колонке для издания The Hill …": a body's name completing the
            # phrase's noun is where the words appeared, not who speaks.
            phrase_head = False
            j = view.mention_end(j)
            continue
        phrase_head = False
        if tok.text in ("«", "\"", "„"):
            # A name in quotation marks: the subject ("как сообщает «МК»") unless a subject
            # follows it ("как сообщил «Ъ» глава пресс-службы …", the paper being told).
            close = _closing(view, j, end)
            if close is None:
                break
            if quoted is None and not after_adp and not told:
                inner = next((view.mention(k) for k in range(j + 1, close) if view.mention(k) is not None), None)
                quoted = Subject("entity", entity=inner.entity) if inner is not None else UNKNOWN
            after_adp = told = False
            j = close + 1
            continue
        if tok.text == "," and view.date_aside(j) is not None:
            j = view.date_aside(j) + 1  # "сообщили в воскресенье, 8 июля 2018 года, представители …"
            continue
        if tok.pos == "PUNCT" or word in CLAUSE_WORDS or word == "и":
            break
        if m is not None:
            if told:
                told = False  # "рассказал изданию Der Spiegel": the outlet told
                j = view.mention_end(j)
                continue
            if after_adp:
                # "сообщили в МИД Казахстана": an impersonal plural names its source after "в".
                if plural and _source_in(view, j, _adp_before(view, j)):
                    return Subject("entity", entity=m.entity)
                after_adp = False
                j = view.mention_end(j)
                continue
            if can_be_subject(view, j, adjacent=j == cue + 1):
                if m.type != "PER" and quoted is None and all(view.case(k) is None for k in range(j, view.mention_end(j))):
                    # "сообщила РБК его помощница Галина Лякишева": an abbreviation shows no
                    # case; a subject after it is the speaker, the abbreviation the addressee.
                    quoted = Subject("entity", entity=m.entity)
                    j = view.mention_end(j)
                    continue
                return Subject("entity", entity=m.entity)
            j = view.mention_end(j)
            continue
        if tok.pos == "ADP":
            after_adp = True
            j += 1
            continue
        if after_adp:
            if tok.pos in ("NOUN", "PROPN"):
                if plural and view.lemma(j) in SPEAKING_BODIES:
                    # "сообщили в пресс-службе Акорды"
                    return body_subject(view, j)
                after_adp = False
                phrase_head = True
            j += 1
            continue
        if tok.pos == "NOUN" and view.case(j) == "Dat":
            told = True  # "сообщил журналистам", "рассказал изданию …": whom the words were told
            j += 1
            continue
        told = False
        if tok.pos == "NOUN" and _participle(res, tok.text):
            # "сообщила насчитывающая более 8 тысяч членов организация": a participle the tagger
            # took for a noun opens a phrase before the subject's noun.
            j += 1
            continue
        found = nominal_subject(view, res, j)
        if found is not None:
            return found
        if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Fin":
            break
        j += 1
    return quoted or ABSENT


def _participle(res: Resources, word: str) -> bool:
    """True for a full participle by its first parse ("насчитывающая", "получивший")."""
    parses = res.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "PRTF"


def _closing(view: BodyTokens, j: int, end: int) -> int | None:
    for k in range(j + 1, min(end, j + 8)):
        if view.tokens[k].text in ("»", "\"", "“"):
            return k
    return None


def subject_before(view: BodyTokens, res: Resources, cue: int, floor: int | None = None) -> Subject:
    """The subject standing before the cue ("Назарбаев, выступая на форуме, заявил"), back to `floor`."""
    low = max(floor if floor is not None else 0, view.sentence_start(cue))
    plural = plural_cue(view, cue)
    if view.tokens[cue].feats.get("VerbForm") == "Conv":
        # "Израиль и США отвергают этот шаг, заявляя": a converb's number is its verb's.
        verb = next((k for k in range(cue - 1, low - 1, -1) if view.tokens[k].pos == "VERB"
                     and view.tokens[k].feats.get("VerbForm") == "Fin"), None)
        plural = verb is not None and plural_cue(view, verb)
    rel = cue - 1 - (cue - 1 > low and view.tokens[cue - 1].pos == "ADP")
    rel = rel - 1 if rel > low and view.tokens[rel].pos == "ADP" else rel
    if rel > low and view.lemma(rel) == "который" and view.impersonal(cue) \
            and any(view.lemma(k) in _RECEIVING for k in range(max(low, rel - 8), rel)):
        # "X получила письмо, в котором сообщалось …": the document's author, not whom it was sent to.
        return document_source(view, cue, res)
    if rel > low and view.lemma(rel) == "который" and view.case(rel) not in ("Nom", None) \
            and view.lemma(cue) not in IMPERSONAL_CUES \
            and view.tokens[rel - 1 - (view.tokens[rel - 1].pos == "ADP")].text == ",":
        # "он направил письмо, в котором возмутился …": the relative clause has no subject of
        # its own; the subject of the clause holding its antecedent speaks.
        found = clause_subject(view, res, low, rel - 1 - (view.tokens[rel - 1].pos == "ADP"))
        if found.kind != "absent":
            return found
    j = _before_apposition(view, _before_relative(view, cue - 1, low), low)
    while j >= low:
        tok = view.tokens[j]
        word = view.word(j)
        if tok.text == ")":
            # "… как «партию жуликов» (выражение Алексея Навального) и выразивший": words in
            # brackets are an aside, passed over whole; the subject stands before them.
            opening = next((k for k in range(j - 1, max(low - 1, j - _ASIDE_REACH), -1)
                            if view.tokens[k].text in "()"), None)
            if opening is not None and view.tokens[opening].text == "(":
                j = opening - 1
                continue
        if tok.text == ",":
            opening = _participial_opening(view, j, low)
            if opening is not None:
                j = opening - 1  # "X, заразившийся вирусом, как и Y, заявил": the phrase is passed over
                continue
        if tok.text in _QUOTE_MARKS and (view.mention(j - 1) is not None or view.mention(j + 1) is not None):
            j -= 1  # the marks around a name ("концерна «Туркменэнерго» сообщила")
            continue
        if tok.text in ("»", "\"", "“") and j - 1 >= low:
            # Words quoted inside the clause ("назвал отставку «серьёзной потерей» и выразил
            # мнение"): passed over, the subject stands before them.
            opening = next((k for k in range(j - 1, max(low - 1, j - 12), -1)
                            if view.tokens[k].text in ("«", "\"", "„")), None)
            if opening is not None:
                j = opening - 1
                continue
        if tok.text in _STOP_MARKS or tok.text in _DASHES or word in CLAUSE_WORDS \
                or word == "однако" and j > low and view.tokens[j - 1].text == ",":
            if word in _COORDINATING and _coordinated(view, j, cue):
                # "Каспаров, …, отказался назвать фаворита, но сказал: …": the verb shares the
                # subject of the predicate it is joined to.
                return _sentence_subject(view, res, low, j)
            break
        m = view.mention(j)
        if m is not None and view.mention_start(j) - 1 >= low and view.word(view.mention_start(j) - 1) in NAMESAKE_WORDS:
            j = view.mention_start(j) - 2  # "Студент РГУ им Косыгина признал": a namesake of a body
            continue
        if m is not None and m.type == "LOC" and _region_of(view, view.mention_start(j), low):
            # "житель Сан-Хосе, Калифорния, заявил": a region after a place and a comma
            # specifies the place; neither speaks.
            j = view.mention_start(view.mention_start(j) - 2) - 1
            continue
        if m is not None:
            first = view.mention_start(j)
            before = first - 1
            # "В «Лаборатории Касперского» подтвердили": the preposition before the marks.
            adp = before - 1 if before > low and view.tokens[before].text in _QUOTE_MARKS else before
            if adp >= low and view.tokens[adp].pos == "ADP":
                if plural and _source_in(view, j, adp):
                    return Subject("entity", entity=m.entity)
                j = adp - 1
                continue
            if before >= low and view.tokens[before].pos == "NOUN" and view.mention(before) is None \
                    and view.case(before) == "Dat":
                j = before - 1  # "Об этом агентству Reuters сообщил X": the outlet told, not who told it
                continue
            if m.type == "LOC" and before - 1 >= low and view.tokens[before].pos == "NOUN" \
                    and view.mention(before) is None and view.case(before) not in ("Nom", None) \
                    and view.tokens[before - 1].pos == "ADP" and not (
                        plural and view.lemma(before) not in PLACE_KINDS and view.word(before - 1) in ("в", "во")
                        and not any(view.tokens[k].pos in ("NOUN", "PROPN", "PRON") for k in range(low, before - 1))):
                # "в штате Южная Дакота": a place in apposition to a preposition's noun is no
                # subject; but "В акимате Алматы сообщили", a plural cue with nothing but "в" and
                # a body's noun before it, is that body's word, the place completing the body.
                j = before - 2
                continue
            if m.type == "PER" and m.entity is not None and before >= low and view.lemma(before) in ROLE_HEADS \
                    and view.case(before) in ("Gen", "Dat", "Loc") and _in_preposition(view, before, low) \
                    and _other_gender(view, res, m.entity, cue):
                # "ODS в лице своего председателя Мартина Куба заявила": a name after a title
                # in an oblique case that the cue's gender does not fit is that title's holder
                # inside a phrase, not the subject.
                j = before - 1
                continue
            governor = _governor(view, res, first, low)
            if governor is not None:
                return UNKNOWN if plural and _joint(view, first, low) else governor
            # A person's name in the nominative after a phrase ("После назначения Борис
            # Дубровский поблагодарил") is the subject, not the phrase's complement.
            # A name that never declines ("квартиры своей дочери Челси") shows no case of its own:
            # after a phrase's genitive words it completes them.
            nominative = m.type == "PER" and "Nom" in {view.case(n) for n in range(first, view.mention_end(first))} \
                and not _undeclined(view, first)
            inner = None if nominative else _in_phrase(view, first, low)
            if inner is not None:
                j = inner  # "на страницах издания The New York Times призналась"
                continue
            if before >= low and m.type == "PER" and view.lemma(before) in _SPEAKING_FOR \
                    and view.mention(before) is None \
                    and view.case(before) in ("Nom", None) \
                    and (before == low or view.tokens[before - 1].pos != "ADJ" or view.lemma(before) in PERSON_SERVICES):
                # "Представитель Лопес сообщил", "Представители Лопес утверждают", "Позже
                # пресс-служба Януковича сообщила", "Предвыборный штаб Сандерса заявляет": a
                # person's spokespeople, press service or campaign office speak for that person.
                return Subject("entity", entity=m.entity, at=before)
            if before >= low and (_relational(view, before) or _possessed(view, before, first)):
                title = title_at(view, res, before) if _possessed(view, before, first) else None
                if title is not None and not title.plural and m.type == "PER":
                    # "Адвокат Насира заявил": the one lawyer of his that the paragraph names.
                    return Subject("title", title=title, owner=m.entity)
                return UNKNOWN  # "Адвокаты Эндрюс настаивали": the name belongs to the noun
            if can_be_subject(view, first, adjacent=view.mention_end(first) == cue):
                if plural and _joint(view, first, low):
                    return UNKNOWN  # "Эта группа и ГУП «Водоканал» утверждают": a joint statement
                return Subject("entity", entity=m.entity)
            j = first - 1
            continue
        if word in RELATIVES:
            return _antecedent(view, res, j, low)
        if view.lemma(j) == "один" and j + 1 < cue and view.word(j + 1) == "из":
            return UNKNOWN  # "один из участников утверждал": one of many, not the person in focus
        if tok.pos in ("NOUN", "PROPN") and j - 1 >= low and view.tokens[j - 1].pos == "ADP":
            if plural and view.word(j - 1) in ("в", "во") and view.lemma(j) in SPEAKING_BODIES \
                    and view.lemma(j + 1) not in RELATIVES:  # "в пресс-службе которого": the antecedent speaks
                return body_subject(view, j)  # "В компании уверены", "В министерстве заявили"
            j -= 2  # the object of a preposition ("на форуме") is never the subject
            continue
        if tok.pos in ("NOUN", "PROPN", "PRON"):
            # Genitive words of a title's complement are passed over ("Министр энергетики
            # заявил"); the nearest word that can be a subject decides.
            found = nominal_subject(view, res, j)
            if found is not None:
                return found
        j -= 1
    return ABSENT


_COORDINATING = frozenset({"но", "а", "однако"})
# Heads of a spokesperson's title: one with a person's name after it speaks for that person.
# "власти": a country's authorities, the country a bare "Власти считают" speaks for.
AUTHORITIES = frozenset({"власть"})
SPOKESPEOPLE = frozenset({"представитель", "пресс-секретарь", "спикер", "пресс-атташе"})
# A person's own press office or campaign office: "пресс-служба Януковича", "предвыборный штаб
# Сандерса" speak for him.
PERSON_SERVICES = frozenset({"пресс-служба", "пресс-центр", "пресс-бюро", "пресс-секретариат", "штаб"})
# Either: a head with a person's name after it that speaks for that person.
_SPEAKING_FOR = SPOKESPEOPLE | PERSON_SERVICES
# Words after which a name is the namesake in a body's name ("университет имени Косыгина").
NAMESAKE_WORDS = frozenset({"им", "имени"})
_MEMBERS = frozenset({"представитель", "сотрудник", "работник"})


def _joint(view: BodyTokens, first: int, low: int) -> bool:
    # An "и" joining another subject to the name before a plural cue, with no clause between.
    for k in range(first - 1, low - 1, -1):
        tok = view.tokens[k]
        if view.word(k) == "и":
            return True
        if tok.pos in ("VERB", "AUX") or tok.pos == "PUNCT" and tok.text not in _QUOTE_MARKS:
            return False
    return False


def _coordinated(view: BodyTokens, j: int, cue: int) -> bool:
    # Only adverbs ("также", "затем") between the conjunction and the cue.
    return all(view.tokens[k].pos in ("ADV", "PART") for k in range(j + 1, cue))


def clause_subject(view: BodyTokens, res: Resources, low: int, upto: int) -> Subject:
    """The subject standing right before the last finite verb before `upto` (a name or a
    pronoun in the nominative, adverbs between), else ABSENT."""
    verb = next((k for k in range(upto - 1, low - 1, -1) if view.tokens[k].pos in ("VERB", "AUX")
                 and view.tokens[k].feats.get("VerbForm") == "Fin"), None)
    if verb is None:
        return ABSENT
    j = verb - 1
    while j >= low and view.tokens[j].pos in ("ADV", "PART"):
        j -= 1
    if j < low:
        return ABSENT
    m = view.mention(j)
    if m is not None and m.type in ("PER", "ORG", "LOC") and can_be_subject(view, view.mention_start(j), adjacent=True):
        return Subject("entity", entity=m.entity)
    if view.tokens[j].pos == "PRON" and view.case(j) in ("Nom", None):
        return nominal_subject(view, res, j) or ABSENT
    if view.tokens[j].pos == "NOUN" and view.case(j) == "Nom" and view.tokens[j].feats.get("Animacy") == "Inan" \
            and view.mention(j) is None:
        # "Его эссе содержало предостережения о том, что …": a thing of someone's as the
        # subject is that someone's work, the possessive's person speaks.
        return _possessor(view, j, low) or ABSENT
    return ABSENT


def _sentence_subject(view: BodyTokens, res: Resources, low: int, upto: int) -> Subject:
    """The subject of the sentence's first predicate: a name, a pronoun or a title standing
    before its first finite verb."""
    j = low
    while j < upto:
        tok = view.tokens[j]
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin":
            break
        m = view.mention(j)
        if m is not None:
            if m.type == "PER" and can_be_subject(view, j):
                return Subject("entity", entity=m.entity)
            j = view.mention_end(j)
            continue
        if tok.pos == "PRON":
            found = nominal_subject(view, res, j)
            if found is not None:
                return found
        j += 1
    return ABSENT


# How many tokens a participial phrase set off by commas before the cue may hold.
_PARTICIPLE_REACH = 15
# How many tokens an aside in brackets before the cue may hold.
_ASIDE_REACH = 12


def _participial_opening(view: BodyTokens, j: int, low: int) -> int | None:
    """The comma opening a participial phrase in the nominative that the comma at `j` closes
    ("Петров, поддержавший коллег, заявил"; "Петров, в своём выступлении раскритиковавший
    закон, заявил"), with a name before it; None when the stretch is anything else. The names
    inside such a phrase are never the subject of the verb after it."""
    for k in range(j - 1, max(low, j - _PARTICIPLE_REACH) - 1, -1):
        tok = view.tokens[k]
        if tok.text == ",":
            break
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin" or view.word(k) in CLAUSE_WORDS \
                or view.word(k) in RELATIVES or tok.text in _STOP_MARKS and tok.text not in _QUOTE_MARKS \
                or tok.text in _DASHES:
            return None
    else:
        return None
    if k - 1 < low or k + 1 >= j:
        return None
    participle = next((n for n in range(k + 1, min(j, k + 5)) if view.tokens[n].pos in ("VERB", "ADJ")
                       and view.tokens[n].feats.get("VerbForm") == "Part"
                       and view.tokens[n].feats.get("Variant") != "Short"), None)
    if participle is None or view.case(participle) not in ("Nom", None):
        return None
    if view.mention(k - 1) is None and not _plural_noun_before(view, k - 1, participle):
        return None
    return k


def _region_of(view: BodyTokens, first: int, low: int) -> bool:
    """True for a place's name at token `first` right after another place's name and a comma
    ("Сан-Хосе, Калифорния"), a comma after it too: the region the first place lies in."""
    if first - 2 < low or view.tokens[first - 1].text != "," or view.word(view.mention_end(first)) != ",":
        return False
    place = view.mention(first - 2)
    return place is not None and place.type == "LOC"


def _plural_noun_before(view: BodyTokens, noun: int, participle: int) -> bool:
    """True for a plural common noun in the nominative before a plural participle that agrees
    with it ("Демократы, потерявшие места в парламенте, заявляют"): the people the noun names
    are the subject, never a name inside the phrase."""
    tok = view.tokens[noun]
    return tok.pos == "NOUN" and view.case(noun) == "Nom" and tok.feats.get("Number") == "Plur" \
        and view.tokens[participle].feats.get("Number") == "Plur"


def _before_relative(view: BodyTokens, j: int, low: int) -> int:
    # "концерн Bayer, который приобрёл Monsanto в 2018 году, заявил": the relative clause
    # before the cue is passed over whole; its object is never the subject.
    # "Мойес, контракт которого с «ирисками» заканчивается, заявлял": so is one whose relative
    # pronoun stands after a noun.
    if j < low or view.tokens[j].text != ",":
        return j
    for k in range(j - 1, low - 1, -1):
        if view.tokens[k].text == ",":
            return k - 1 if any(view.lemma(r) == "который" for r in range(k + 1, min(j, k + 4))) else j
    return j


def _before_apposition(view: BodyTokens, j: int, low: int) -> int:
    # "Пресс-секретарь группы Александра Панфилова, жена Кинчева, сказала": an apposition set
    # off by commas between a person's name and the cue is passed over; the name before it
    # speaks, not the one inside it. An adverb may stand before the cue ("…, вовсе называет").
    start = j
    while j > low and view.tokens[j].pos == "ADV":
        j -= 1
    if j < low or view.tokens[j].text != ",":
        return start
    for k in range(j - 1, max(low, j - 12) - 1, -1):
        tok = view.tokens[k]
        if tok.text != ",":
            if tok.pos in ("VERB", "AUX") or view.word(k) in CLAUSE_WORDS or view.word(k) in RELATIVES \
                    or tok.pos == "PUNCT" and tok.text not in _QUOTE_MARKS:
                return start
            continue
        head = k + 1
        name = view.mention(k - 1) if k - 1 >= low else None
        if head < j and view.tokens[head].pos in ("NOUN", "ADJ") and view.mention(head) is None \
                and view.case(head) in ("Nom", None) and name is not None and name.type == "PER" \
                and can_be_subject(view, view.mention_start(k - 1), adjacent=True):
            return k - 1
        return start
    return start


# Occasions of speech that take the outlet or the host in the genitive ("в беседе с CNN" aside).
_TALKS = frozenset({"беседа", "разговор", "эфир", "передача", "программа"})


def _undeclined(view: BodyTokens, first: int) -> bool:
    """True for a name whose words all end as no declined Russian word of a person does (in
    "и", "о", "у", "е", "э", "ю", or in Latin letters): "Челси", "Гёте", "Bono"."""
    words = [view.tokens[k].text for k in range(first, view.mention_end(first))]
    return bool(words) and all(fold(w).lower().endswith(tuple("иоуеэю")) or w.isascii() for w in words)


def _in_phrase(view: BodyTokens, first: int, low: int) -> int | None:
    """The token before a prepositional phrase that a name ends ("на страницах американского
    издания X"), else None."""
    k = first - 1
    while k >= low and (view.case(k) == "Gen" and view.mention(k) is None or view.tokens[k].pos in ("ADJ", "DET")):
        k -= 1
    if k < first - 1 and k >= low:
        if view.tokens[k].pos == "ADP":
            return k - 1
        if view.tokens[k].pos == "NOUN" and k - 1 >= low and view.tokens[k - 1].pos == "ADP":
            return k - 2
    if k == first - 1 and k - 1 >= low and view.tokens[k].pos == "NOUN" and view.mention(k) is None \
            and view.tokens[k - 1].pos == "ADP" and view.case(k) not in ("Nom", "Acc") \
            and (view.lemma(k) in DOCUMENT_NOUNS or view.lemma(k) in _TALKS):
        # "Джон Лайдон в интервью The Daily Mail сказал": a name right after the noun of an
        # interview or a document is that noun's complement (an outlet the words were given to);
        # "в июне Пентагон опубликовал" is not one.
        return k - 2
    return None


def body_subject(view: BodyTokens, j: int) -> Subject:
    """The organisation a speaking body at token `j` speaks for: the name after it, through
    genitive words and quotation marks ("пресс-служба государственного концерна
    «Туркменэнерго»"); a body named by a common noun alone stands for itself."""
    end = view.sentence_end(j)
    k = j + 1
    while k < end and k < j + 6:
        m = view.mention(k)
        if m is not None:
            if m.type == "PER" and view.lemma(j) in PERSON_SERVICES and k == j + 1:
                return Subject("entity", entity=m.entity)  # "в пресс-службе Януковича": his own office
            return Subject("entity", entity=m.entity) if m.type in ("ORG", "LOC") else UNKNOWN
        tok = view.tokens[k]
        if tok.text in _QUOTE_MARKS and tok.text != "»" and view.lemma(k - 1) not in NAMED_BODIES \
                and not (k + 1 < end and view.case(k + 1) == "Gen"):
            break  # "в мэрии «Ъ» сообщили": the paper was told; "пресс-службе «Киностудии КИТ»" is its own
        if tok.text in _QUOTE_MARKS or (tok.pos in ("NOUN", "PROPN", "ADJ", "DET") and view.case(k) == "Gen"):
            k += 1
            continue
        break
    return Subject("body", lemma=view.lemma(j), at=j)


# Verbs whose subject is given a document, not its author.
_RECEIVING = frozenset({"получить", "получать"})


def document_source(view: BodyTokens, cue: int, res: Resources | None = None) -> Subject:
    """The author of the document an impersonal cue cites: "говорится в сообщении МИД
    Казахстана", "В докладе организации отмечается"."""
    doc_noun = view.document_near(cue)
    if doc_noun is None and res is not None and view.said_in(cue) and _said_in_pronoun(view, cue):
        # "МИД опубликовал комментарий. В нём сказано, что …": the pronoun stands for the
        # document the sentences just before made, and its maker wrote it.
        made = _made_before(view, res, cue, next(iter(_ANY_DOCUMENT)))
        return made if made is not None else UNKNOWN
    if doc_noun is None:
        return UNKNOWN
    noun = view.lemma(doc_noun)
    end = view.sentence_end(cue)
    low = view.sentence_start(cue)
    decree = next((k for k in range(low, end) if view.lemma(k) in DECREES), None)
    if decree is not None and (decree + 1 >= end or view.tokens[decree + 1].pos == "PUNCT"):
        # "говорится в опубликованном на сайте Кремля указе": the decree's signer, not the site.
        return Subject("document", document=view.lemma(decree))
    # "— отмечается в его телеграмме": a possessive before the document (adjectives between)
    # is its author, the person or body the pronoun stands for.
    owned = _possessor(view, doc_noun, low, document=noun)
    if owned is not None:
        return owned
    # "Как говорится в пресс-релизе, размещённом на сайте ЕСПЧ": a site or a page further on
    # names the author when the document itself does not.
    nouns = [doc_noun] + [k for k in range(doc_noun + 1, min(end, doc_noun + 8))
                          if k != doc_noun and view.lemma(k) in DOCUMENT_NOUNS]
    owner = None  # "на официальном сайте певицы": a person's noun in the genitive after the document
    for d in nouns:
        first = d + 1
        if d + 3 < end and view.tokens[d + 1].text == "," and view.tokens[d + 3].text == "," \
                and view.tokens[d + 2].pos == "ADV" and view.mention(d + 4) is not None:
            # "говорится в сообщении, вероятно, Лиама …": a parenthetical word set off by
            # commas between the document and its author.
            first = d + 4
        for k in range(first, min(end, first + _AUTHOR_REACH)):
            m = view.mention(k)
            if m is not None and platform(view, k):
                break  # "на странице группы в Instagram": the network is where, not whose
            if m is not None:
                return Subject("entity", entity=m.entity, document=noun)
            tok = view.tokens[k]
            if tok.pos == "PUNCT" and tok.text not in _QUOTE_MARKS or k == cue:
                break
            if owner is None and d == doc_noun and view.case(k) == "Gen" and view.lemma(k) not in ANONYMOUS:
                owner = person_noun(view, k, document=noun)
            if view.lemma(k) in SPEAKING_BODIES:
                return body_subject(view, k)
            if view.lemma(k) in ROLE_HEADS and res is not None:
                # "В поздравлении президента России говорится": the office's holder wrote it,
                # not the place the office is of.
                title = title_at(view, res, k)
                if title is None or title.plural:
                    return UNKNOWN
                return Subject("entity", entity=title.person, document=noun) if title.person is not None \
                    else Subject("title", title=title, document=noun)
    # "говорится в пресс-релизе, выпущенном Вэнсом": the agent of a participle after it.
    k = doc_noun + 1
    if k + 1 < end and view.tokens[k].text == "," and view.tokens[k + 1].feats.get("VerbForm") == "Part":
        for j in range(k + 2, min(end, k + 5)):
            m = view.mention(j)
            if m is not None and view.case(j) == "Ins":
                return Subject("entity", entity=m.entity, document=noun)
            if view.tokens[j].pos == "PUNCT":
                break
    # "Пентагон опубликовал справку, в которой говорилось, что …": a document that a relative
    # clause cites is the work of the subject of the verb it is the object of.
    if res is not None and doc_noun < cue and any(view.lemma(k) == "который" for k in range(doc_noun + 1, cue)):
        low = view.sentence_start(cue)
        verb = next((k for k in range(doc_noun - 1, max(low, doc_noun - 4) - 1, -1)
                     if view.tokens[k].pos == "VERB" and view.tokens[k].feats.get("VerbForm") == "Fin"), None)
        if any(view.lemma(k) in _RECEIVING for k in range(max(low, doc_noun - 8), doc_noun)):
            return UNKNOWN  # "X получила письмо, в котором сообщалось …": X is who it was sent to
        if verb is not None:
            found = subject_before(view, res, verb)
            if found.kind == "entity":
                return Subject("entity", entity=found.entity, document=noun)
    # ("Как указывается в документе, …" after "ФСБ опубликовала приказ", the cue before the noun too)
    if res is not None:
        made = _made_before(view, res, cue, noun)
        if made is not None:
            return made
    # "В заявлении также говорится, что …": the document cited just before, by its author.
    return owner or Subject("document", document=noun)


def _said_in_pronoun(view: BodyTokens, cue: int) -> bool:
    """True for "В нём сказано", "В ней говорится": a pronoun in the locative for the text."""
    low = view.sentence_start(cue)
    return any(view.word(k) in ("нем", "нём", "ней", "них") and view.word(k - 1) in ("в", "во")
               for k in range(low + 1, cue))


def _possessor(view: BodyTokens, j: int, low: int, document: str | None = None) -> Subject | None:
    """The pronoun a possessive before the noun at token `j` stands for ("его телеграмма",
    "его эссе", adjectives between), no further back than `low`; None without one."""
    k = j - 1
    while k >= low and view.tokens[k].pos == "ADJ":
        k -= 1
    if k >= low and fold(view.word(k)) in PRONOUN_OWNERS and view.tokens[k].pos in ("DET", "PRON"):
        gender, number = PRONOUN_OWNERS[fold(view.word(k))]
        return Subject("pronoun", gender=gender, number=number, document=document)
    return None

# Verbs whose subject makes or issues the document that is their object ("распространило
# заявление", "опубликовал доклад"); "рассмотрел жалобу", "получил письмо" take someone else's.
_PUBLISHING = frozenset("""
    опубликовать публиковать распространить распространять выпустить выпускать издать издавать
    направить направлять отправить отправлять подписать подписывать подготовить подготавливать
    составить составлять написать писать разместить размещать обнародовать сделать делать
    представить представлять принять принимать огласить оглашать выступить
""".split())

# Nouns for a document of any kind ("Как указывается в документе" after "опубликовала приказ").
_ANY_DOCUMENT = frozenset({"документ"})
# Acts of an authority that "документ" may stand for besides the nouns of documents.
_ACTS = frozenset({"распоряжение"}) | DECREES

# How many sentences back a document's noun reaches for the verb that made it, and over how
# many paragraphs before its own ("Суд приговорил его … ⏎ Освобождение произошло … ⏎ В
# приговоре отмечается, что …").
_MADE_REACH = 3
_MADE_BLOCKS = 2
# How many tokens after a document's noun (or after an aside set off by commas behind it) may
# name its author: "на официальном сайте певицы".
_AUTHOR_REACH = 5


def _made_before(view: BodyTokens, res: Resources, cue: int, noun: str) -> Subject | None:
    """The author of a document the sentences just before made with a verb of the document's
    stem ("С юбилеем его поздравил президент Иван Петров. В поздравлении говорится: …";
    "Суд приговорил его к двум годам. В приговоре отмечается, что …") or gave as the object of
    a verb ("Министерство распространило заявление. В заявлении говорится …"): that verb's
    subject, when it is a name; None otherwise. The verb stands in the cue's paragraph or the
    one before. "Документ" stands for an act of an authority too ("Президент подписал
    распоряжение … В документе указано, что …")."""
    sent = view.sent_of[cue]
    block = view.block_of(view.tokens[cue].start)
    for s in range(sent - 1, max(-1, sent - 1 - _MADE_REACH), -1):
        low, high = view.sent_bounds[s]
        if low >= high or view.block_of(view.tokens[low].start) < block - _MADE_BLOCKS:
            break
        for k in range(high - 1, low - 1, -1):
            tok = view.tokens[k]
            if (view.lemma(k) == noun or noun in _ANY_DOCUMENT and (view.lemma(k) in DOCUMENT_NOUNS
                                                                    or view.lemma(k) in _ACTS)) \
                    and tok.pos in ("NOUN", "PROPN") and view.case(k) == "Acc" \
                    and view.mention(k + 1 if k + 1 < high else k) is None:
                # "Министерство распространило заявление. В заявлении говорится …": the same
                # noun as the object of a verb just before, with no author beside it.
                verb = next((v for v in range(k - 1, max(low - 1, k - 4), -1) if view.tokens[v].pos == "VERB"
                             and view.tokens[v].feats.get("VerbForm") == "Fin"), None)
                if verb is None or view.lemma(verb) not in _PUBLISHING:
                    continue  # "Суд рассмотрел жалобу", "получил письмо": someone else's document
                k = verb
            elif tok.pos != "VERB" or tok.feats.get("VerbForm") != "Fin" or not _stem_of(view.lemma(k), noun):
                continue
            found = subject_before(view, res, k)
            if found.kind != "entity" or found.entity is None:
                found = subject_after(view, res, k)
            if found.kind == "entity" and found.entity is not None:
                return Subject("entity", entity=found.entity, document=noun)
            return None
    return None


# Plural nouns of a body's officials or staff: an adjective of the body's field before them
# names the body ("космические чиновники": the one body whose name holds "косм").
OFFICIALS = frozenset({"чиновник", "функционер", "сотрудник", "специалист", "руководитель"})


def _stems(text: str) -> list[str]:
    return [fold(w).lower() for w in text.replace("-", " ").split()]


def members_body(view: BodyTokens, j: int) -> int | None:
    """The one organisation whose members the plural noun at token `j`, with adjectives before
    it, names: "гражданские демократы" (the noun's stem and each adjective's begin words of the
    party's name, "Гражданская демократическая партия"), "космические чиновники" (a noun of
    officials: the adjectives' stems stand inside the body's name, "Роскосмос"). A country's
    adjective or a word of rank ("высокие", "московские") may stand among them; every other
    adjective must match. None with no adjective, or none or several such bodies."""
    tok = view.tokens[j]
    if tok.pos != "NOUN" or tok.feats.get("Number") != "Plur" or view.mention(j) is not None:
        return None
    lemma = fold(view.lemma(j)).lower()
    adjectives = []
    k = j - 1
    while k >= 0 and view.tokens[k].pos == "ADJ" and view.mention(k) is None:
        adjectives.append(fold(view.lemma(k)).lower())
        k -= 1
    if not adjectives:
        return None
    officials = lemma in OFFICIALS
    if not officials and tok.feats.get("Animacy") != "Anim":
        return None
    found = set()
    for e in view.doc.entities:
        if e.type != "ORG":
            continue
        words = _stems(e.name)
        name = "".join(words)

        def has(stem: str) -> bool:
            return len(stem) >= 4 and (stem in name if officials else any(w.startswith(stem) for w in words))

        matched = [a for a in adjectives if has(a[:4])]
        if not matched or any(a not in matched and not _loose(view, a) for a in adjectives):
            continue
        if not officials and not has(lemma[:5]):
            continue
        found.add(e.id)
    return found.pop() if len(found) == 1 else None


def _loose(view: BodyTokens, adjective: str) -> bool:
    """An adjective that may stand before members without being a word of their body's name:
    a country's, a place's the text names ("московские" beside "Москва") or a rank's
    ("высокие", "старшие")."""
    return adjective in COUNTRY_ADJECTIVES or adjective in _RANKS or any(
        e.type == "LOC" and fold(e.name).lower().startswith(adjective[:4]) for e in view.doc.entities)


_RANKS = frozenset("высокий высокопоставленный старший младший главный ведущий местный бывший".split())


def spokespeople_of(view: BodyTokens, j: int, end: int) -> int | None:
    """The body right after a noun of spokespeople ("представителей Роскосмоса", "Представители
    завода «Восток»", the body's common noun before its name) where no person's name follows
    the body: they speak for it."""
    k = j + 1
    if k < end and view.mention(k) is None and view.tokens[k].pos == "NOUN" and view.case(k) == "Gen":
        k += 1
    if k < end and view.mention(k) is None and view.tokens[k].text in _QUOTE_MARKS:
        k += 1
    m = view.mention(k) if k < end else None
    if m is None or m.type not in ("ORG", "LOC") or m.entity is None or view.mention_start(k) > k:
        return None
    after = view.mention_end(k)
    if after < end and view.tokens[after].text in _QUOTE_MARKS:
        after += 1
    following = view.mention(after) if after < end else None
    if following is not None and following.type == "PER":
        return None
    return m.entity


def _in_preposition(view: BodyTokens, noun: int, low: int) -> bool:
    """True when the noun at token `noun` stands in a preposition's phrase: the preposition
    before it, past the adjectives and one noun it completes ("в лице своего председателя")."""
    k = noun - 1
    while k >= low and view.tokens[k].pos in ("ADJ", "DET"):
        k -= 1
    if k >= low and view.tokens[k].pos == "NOUN" and view.mention(k) is None:
        k -= 1
    return k >= low and view.tokens[k].pos == "ADP"


def _other_gender(view: BodyTokens, res: Resources, entity: int, cue: int) -> bool:
    """True when the cue, a past-tense verb in the singular, is of the other gender than the
    person's name (its surname's ending, else its first name's dictionary gender)."""
    said = verb_gender(view, cue)
    words = view.doc.entities[entity].name.split()
    if said is None or not words:
        return False
    gender = surname_gender(fold(words[-1])) if len(words) > 1 else None
    if gender is None:
        gender = next((p.tag.gender for p in res.parse(words[0])
                       if "Name" in p.tag and "nomn" in p.tag and p.tag.gender in ("masc", "femn")), None)
    return gender is not None and gender != said


def _stem_of(verb: str, noun: str) -> bool:
    """True when the noun is made from the verb: "поздравить" and "поздравление", "приговорить"
    and "приговор", "заявить" and "заявление".

    >>> _stem_of("поздравить", "поздравление"), _stem_of("приговорить", "приговор"), _stem_of("сказать", "справка")
    (True, True, False)
    """
    verb = fold(verb or "").lower()
    if verb.endswith(("ся", "сь")):
        verb = verb[:-2]
    if not verb.endswith(("ить", "ать", "еть", "ять", "уть", "ыть")):
        return False
    stem = verb[:-3]
    return len(stem) >= 4 and fold(noun).lower().startswith(stem)


def nominal_subject(view: BodyTokens, res: Resources, j: int) -> Subject | None:
    """The subject that token `j` starts, if it can be one."""
    tok = view.tokens[j]
    word = view.word(j)
    if tok.pos == "PRON":
        if word in PRONOUNS and view.case(j) in ("Nom", None):
            gender, number = PRONOUNS[word]
            return Subject("pronoun", gender=gender, number=number)
        return None
    if tok.pos not in ("NOUN", "PROPN") or view.case(j) not in ("Nom", None):
        return None
    if tok.pos == "PROPN" and view.mention(j) is None and _function_word(res, tok.text):
        return None  # "Далее заявил": a capital at the sentence's start misread as a name
    lemma = view.lemma(j)
    if lemma == "сторона" and tok.feats.get("Number") != "Plur":
        country = _country_side(view, j)
        if country is not None:
            return Subject("entity", entity=country)
    if lemma in MEMBERS and tok.feats.get("Number") == "Plur":
        return Subject("members", lemma=lemma, at=j)
    body = members_body(view, j)
    if body is not None:
        return Subject("entity", entity=body)  # "гражданские демократы надеются": their party
    if lemma in ROLE_HEADS:
        title = title_at(view, res, j)
        if title is None:
            return _apposed(view, res, j) or UNKNOWN
        if title.person is not None:
            return Subject("entity", entity=title.person)
        if title.plural and lemma in SPOKESPEOPLE:
            return _spoken_for(view, res, j, title)
        if title.plural:
            return UNKNOWN
        return _apposed(view, res, j, title.end) or Subject("title", title=title)
    if lemma in OUTLETS and tok.feats.get("Number") == "Plur":
        return UNKNOWN  # "Российские издания сообщают": several outlets, no one speaker
    if lemma in AUTHORITIES and tok.feats.get("Number") == "Plur" and view.mention(j) is None:
        return Subject("unknown", lemma=lemma, at=j, number="plur")  # "Власти считают": of a country named before
    if lemma in SPEAKING_BODIES:
        return body_subject(view, j)
    if view.case(j) == "Nom":
        return _apposed(view, res, j) or bare_person(view, j) or described(view, j) or person_noun(view, j) or UNKNOWN
    return None


def person_noun(view: BodyTokens, j: int, document: str | None = None) -> Subject | None:
    """An unknown speaker told by a common noun of a person at token `j` ("Дочь актрисы
    утверждает", "певицы" of "на сайте певицы"), kept for the speaker finder to match with the
    one person the text named with that noun; None where a name follows the noun ("отец
    Иванова": the name is whose relation it is) or the noun is no single person."""
    tok = view.tokens[j]
    if tok.pos != "NOUN" or tok.feats.get("Animacy") != "Anim" or tok.feats.get("Number") == "Plur" \
            or view.mention(j) is not None or view.lemma(j) in ROLE_HEADS:
        return None
    k = j + 1
    while k < view.sentence_end(j) and view.mention(k) is None and view.case(k) == "Gen" \
            and view.tokens[k].pos in ("NOUN", "ADJ"):
        k += 1
    if k < view.sentence_end(j) and view.mention(k) is not None and view.mention(k).type == "PER":
        return None
    gender = "femn" if person_gender_of(tok.feats) == "femn" else None
    return Subject("document" if document else "unknown", document=document, noun=j, gender=gender)


# Words before a bare noun of a person that still point back ("Сама женщина заявила").
_SELF = frozenset({"сам", "сама"})


def bare_person(view: BodyTokens, j: int) -> Subject | None:
    """A noun of a person's sex or age with no word of its own ("Женщина рассказала", "Сама
    женщина заявила", "по словам девушки"): the person of that sex the text is about, resolved
    by the speaker finder; None where a modifier makes someone new of it ("неизвестная
    женщина", "33-летний мужчина", "эта девушка") or a genitive or a name follows it."""
    lemma = view.lemma(j)
    tok = view.tokens[j]
    if lemma not in PERSON_BY_SEX or tok.feats.get("Number") == "Plur" or view.mention(j) is not None:
        return None
    low = view.sentence_start(j)
    k = j - 1
    while k >= low and view.word(k).lower() in _SELF:
        k -= 1
    if k >= low and view.tokens[k].pos in ("ADJ", "DET", "NUM", "PROPN") or k >= low and view.mention(k) is not None:
        return None
    nxt = j + 1
    if nxt < view.sentence_end(j) and (view.mention(nxt) is not None or view.tokens[nxt].pos in ("NOUN", "PROPN")
                                       and view.case(nxt) == "Gen"):
        return None  # "женщина Анна", "девушка футболиста"
    return Subject("unknown", lemma=lemma, at=j, gender=PERSON_BY_SEX[lemma])


def _spoken_for(view: BodyTokens, res: Resources, j: int, title) -> Subject:
    """Whom the spokespeople at token `j` speak for: a body or a country named right after
    them ("представители Южной Кореи"), or the one person a title in the genitive stands for
    ("Представители певицы"); else no one."""
    k = j + 1
    m = view.mention(k)
    if m is not None and m.type in ("ORG", "LOC") and view.tokens[k].start == m.start \
            and view.mention_end(k) >= title.end and view.case(k) in ("Gen", None):
        return Subject("entity", entity=m.entity)
    if m is None and k < title.end and view.case(k) == "Gen" and view.tokens[k].feats.get("Number") != "Plur":
        tok = view.tokens[k]
        if k + 1 == title.end and tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim" \
                and view.lemma(k) not in ANONYMOUS:
            gender = "femn" if person_gender_of(tok.feats) == "femn" else None
            inner = title_at(view, res, k)
            return Subject("title", title=inner if inner is not None and not inner.plural else describe(view, k),
                           gender=gender)
        if tok.pos == "NOUN" and view.lemma(k) in SPEAKING_BODIES and view.lemma(k) not in GENERIC_BODIES:
            # "сообщили представители полиции": they speak as the body's noun would.
            return body_subject(view, k)
    return UNKNOWN


def _country_side(view: BodyTokens, j: int) -> int | None:
    """ "Украинская сторона настаивала": the country whose adjective stands before "сторона",
    when the text names it."""
    if j == 0 or view.lemma(j - 1) not in COUNTRY_ADJECTIVES:
        return None
    code = country_of(COUNTRY_ADJECTIVES[view.lemma(j - 1)])
    return next((e.id for e in view.doc.entities if e.type == "LOC" and code and country_of(e.name) == code), None)


def _function_word(res: Resources, word: str) -> bool:
    parses = res.parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("ADVB", "CONJ", "PRCL", "PREP", "PRED", "INTJ", "COMP")


def described(view: BodyTokens, j: int) -> Subject | None:
    """A person described, not named, at token `j` ("— сказал спортсмен", "по словам
    наставника"): a title standing for the person in focus; None for an unnamed source
    ("источник", "собеседник") or a noun tied to someone else."""
    tok = view.tokens[j]
    # A common noun opening a sentence is often tagged a proper one ("Актёр также признался").
    if tok.pos not in ("NOUN", "PROPN") or tok.pos == "PROPN" and (view.mention(j) is not None or j != view.sentence_start(j)) \
            or tok.feats.get("Animacy") != "Anim" or tok.feats.get("Number") == "Plur" or view.lemma(j) in ANONYMOUS:
        return None
    nxt = view.tokens[j + 1] if j + 1 < view.sentence_end(j) else None
    after = view.mention(j + 1)
    if nxt is not None and nxt.feats.get("Case") == "Gen" and (
            after is None and nxt.feats.get("Animacy") == "Anim" or after is not None and after.type == "PER"):
        return None  # "отец футболиста": someone else, tied to the person in focus ("создатель Facebook" is not)
    # A feminine noun ("спортсменка") tells a woman; a masculine one ("врач") may be either.
    gender = "femn" if person_gender_of(tok.feats) == "femn" else None
    return Subject("title", title=describe(view, j), gender=gender)


def _relational(view: BodyTokens, j: int) -> bool:
    """True for a noun a following name depends on rather than names: a plural ("адвокаты
    Эндрюс") or a relation ("отец Иванова", "представитель Григорьевой")."""
    tok = view.tokens[j]
    return tok.pos == "NOUN" and view.mention(j) is None and view.case(j) in ("Nom", None) and (
        tok.feats.get("Number") == "Plur" or view.lemma(j) in ANONYMOUS)


def _possessed(view: BodyTokens, noun: int, first: int) -> bool:
    # "Адвокат Маркива заявил": a person's name wholly in the genitive after a common noun
    # is whose the noun is, not who speaks.
    if view.tokens[noun].pos != "NOUN" or view.mention(noun) is not None or view.case(noun) != "Nom":
        return False
    cases = [view.case(k) for k in range(first, view.mention_end(first)) if view.tokens[k].pos in ("NOUN", "PROPN")]
    m = view.doc.mentions[view.mention_of[first]]
    # "Адвокат Маркива": a name the entity stage put back in the nominative ("Маркив") stood
    # in another case, whatever the tagger read.
    inflected = bool(m.normal) and fold(m.text).lower() != fold(m.normal).lower()
    return bool(cases) and (all(c == "Gen" for c in cases) or inflected) and m.type == "PER"


def _apposed(view: BodyTokens, res: Resources, j: int, k: int | None = None) -> Subject | None:
    # "автор законопроекта депутат Гульмира Токтосунова", "финансист Асель Жанибекова": a
    # noun, its genitive words, then a title or a name in apposition that tells who it is.
    end = view.sentence_end(j)
    # After "отец", "адвокаты" a name is someone else's ("отец футболиста Иванова"); only a
    # title of its own names the speaker ("автор законопроекта депутат Токтосунова").
    relational = k is None and _relational(view, j)
    k = j + 1 if k is None else k
    while k < end:
        m = view.mention(k)
        if (m is None and view.case(k) == "Gen") or (m is not None and m.type != "PER") \
                or (view.word(k) == "и" and k + 1 < end and view.case(k + 1) == "Gen"):
            k += 1  # "гляциолог Института географии и водной безопасности Мария Ковалёва"
            continue
        if m is None and view.tokens[k].pos == "ADP" and k + 2 < end and view.mention(k + 2) is not None \
                and view.mention(k + 2).type == "PER":
            k += 2  # "директор цирка на Вернадского Эдгард Запашный"
            continue
        if m is None and view.tokens[k].pos == "NOUN" and view.case(k) == "Nom" and k + 1 < end \
                and view.lemma(k) not in ROLE_HEADS and not relational \
                and view.mention(k + 1) is not None and view.mention(k + 1).type == "PER":
            k += 1  # "глава пресс-службы Святого престола кардинал Федерико Ломбарди"
            continue
        if m is not None and view.case(k) == "Gen" and view.mention_end(k) < end \
                and view.mention(view.mention_end(k)) is not None and view.mention(view.mention_end(k)).type == "PER":
            k = view.mention_end(k)  # "защитник Алёхиной Александр Подрабинёк"
            continue
        if m is None and k == j + 1 and view.word(k) == "и" and not relational and view.case(j) == "Nom" \
                and k + 1 < end and view.tokens[k + 1].pos == "NOUN" and view.case(k + 1) == "Nom" \
                and view.tokens[k + 1].feats.get("Number") != "Plur" and view.tokens[k + 1].feats.get("Animacy") == "Anim" \
                and view.mention(k + 1) is None and view.lemma(k + 1) not in ANONYMOUS:
            k += 1  # "писатель и журналист Иван Петров": two descriptions of one person
            continue
        break
    if k >= end:
        return None
    m = view.mention(k)
    # "мать спортсменки Даниела Липницкая": after a relation a name in the nominative is
    # the relation's own; "отец футболиста Иванова" (genitive) is someone else's.
    # "подруга супруги Джигарханяна": a name the entity stage put back in the nominative stood
    # in another case, whatever the tagger read; after a relation it is someone else's.
    if m is not None and m.type == "PER" and view.tokens[k].start == m.start and (
            not relational or k > j + 1 and "Nom" in {view.case(n) for n in range(k, view.mention_end(k))}
            and not {view.case(n) for n in range(k, view.mention_end(k))} & {"Gen", "Acc", "Dat", "Ins", "Loc"}
            and not (m.normal and fold(m.text).lower() != fold(m.normal).lower())):
        if k == j + 1 and view.case(j) == "Nom" and _possessed(view, j, k) \
                and (view.lemma(j) in ROLE_HEADS or view.tokens[j].feats.get("Animacy") == "Anim"):
            # "адвокат Эльсаеда", "рассказал дядя Шварца": a name wholly in the genitive after a
            # person's noun is whose the noun is, not who speaks.
            return None
        return Subject("entity", entity=m.entity)
    if m is None and view.lemma(k) in ROLE_HEADS and view.case(k) in ("Nom", None) and k != j:
        title = title_at(view, res, k)
        if title is not None and title.person is not None:
            return Subject("entity", entity=title.person)
    return None


def _governor(view: BodyTokens, res: Resources, first: int, low: int) -> Subject | None:
    # A name of a place or body in a title's complement ("Глава МИД заявил"): the title or
    # the body before it is the subject, not the name.
    if view.mention(first).type == "PER":
        return None
    k = first - 1
    while k >= low and (view.case(k) == "Gen" or view.tokens[k].text in _QUOTE_MARKS
                        or (view.mention(k) is not None and view.mention(k).type != "PER")):
        k -= 1
    if k < low or (k == first - 1 and view.case(k) is None):
        return None
    adp = k - 1
    while adp > low and view.tokens[adp].pos in ("ADJ", "DET"):
        adp -= 1
    if view.lemma(k) in SPEAKING_BODIES and adp >= low and view.word(adp) in ("в", "во") \
            and plural_cue(view, _cue_after(view, first)):
        return body_subject(view, k)  # "В акимате Алматы сообщили", "В уфимской мэрии сообщили"
    if view.lemma(k) in ROLE_HEADS or view.lemma(k) in SPEAKING_BODIES:
        return nominal_subject(view, res, k)
    tok = view.tokens[k]
    if view.mention(first).type == "LOC" and tok.pos == "NOUN" and view.mention(k) is None \
            and view.case(k) == "Nom" and tok.feats.get("Animacy") == "Anim" and tok.feats.get("Number") != "Plur" \
            and any(view.tokens[n].pos == "NOUN" and view.mention(n) is None for n in range(k + 1, first)):
        # "Шеф полиции Сан-Диего рассказал": someone of a body of a place, not named; never the
        # place, nor the person in focus ("Жительница Германии" is a description of that one).
        return UNKNOWN
    if k == first - 1 and tok.pos == "NOUN" and view.mention(k) is None and view.case(k) == "Nom" \
            and tok.feats.get("Animacy") == "Anim" and tok.feats.get("Number") != "Plur":
        # "Форвард «Реала» написал": a person described by the body he belongs to.
        return UNKNOWN if view.lemma(k) in ANONYMOUS else described(view, k) or UNKNOWN
    if view.mention(first).type == "ORG" and tok.pos == "NOUN" and tok.feats.get("Number") == "Plur" \
            and tok.feats.get("Animacy") == "Anim" and view.case(k) == "Nom" and plural_cue(view, _cue_after(view, first)) \
            and (view.lemma(k) not in ANONYMOUS or view.lemma(k) in _MEMBERS):
        # "Повстанцы «Талибана» утверждают", "представители компании заявили": members speak for
        # their organisation; "собеседники РБК" are the outlet's sources, not the outlet.
        return Subject("entity", entity=view.mention(first).entity)
    return None


def _cue_after(view: BodyTokens, j: int) -> int:
    while j < len(view) - 1 and view.tokens[j].pos != "VERB":
        j += 1
    return j


def _antecedent(view: BodyTokens, res: Resources, j: int, low: int) -> Subject:
    # "министр, который заявил …": the noun before the comma, whatever its case.
    k = j - 1
    if k >= low and view.tokens[k].text == ",":
        k -= 1
    if k < low:
        return UNKNOWN
    m = view.mention(k)
    if m is not None:
        return Subject("entity", entity=m.entity)
    start = k
    while start > low and view.tokens[start - 1].pos in ("NOUN", "PROPN", "ADJ") and view.lemma(start) not in ROLE_HEADS:
        start -= 1
    for i in range(start, k + 1):
        if view.lemma(i) in ROLE_HEADS:
            title = title_at(view, res, i)
            if title is not None and not title.plural:
                return Subject("entity", entity=title.person) if title.person is not None \
                    else Subject("title", title=title)
    return UNKNOWN


def platform(view: BodyTokens, j: int) -> bool:
    """True when the mention at token `j` is a social network or a blog or video platform
    after a preposition ("в Twitter", "на странице в Инстаграме"): where a post appears, never
    who speaks ("Twitter заявил" is the company speaking)."""
    m = view.mention(j)
    if m is None or m.type == "PER":
        return False
    words = fold(m.text).replace("«", "").replace("»", "").replace("'", "").split()
    if len(words) != 1 or not words[0].startswith(PLATFORMS):
        return False
    k = view.mention_start(j) - 1
    while k >= 0 and (view.tokens[k].text in _QUOTE_MARKS or view.tokens[k].text == "''"):
        k -= 1
    return k >= 0 and view.tokens[k].pos == "ADP"


def can_be_subject(view: BodyTokens, j: int, adjacent: bool = False) -> bool:
    """True when the mention starting at token `j` can be a subject: in the nominative, or
    (a person's name right next to the cue, whose case the tagger often misreads after a
    title) in no unmistakably oblique form; never a social network after a preposition ("в
    Твиттер"), whose posts are their account owners' words."""
    if platform(view, j):
        return False
    if j > 1 and view.tokens[j - 1].text == "(" and view.mention_of[j - 2] is not None:
        j = view.mention_start(j - 2)  # a name in brackets ("(Joshua Wolf)") has the case of the name before
    m = view.mention_of[j]
    cases = []
    k = j
    while k < len(view) and view.mention_of[k] == m:
        if view.tokens[k].pos in ("NOUN", "PROPN", "ADJ"):
            cases.append(view.case(k))
        k += 1
    if not cases:
        return True
    if view.doc.mentions[m].type == "PER":
        if "Nom" in cases or all(c is None for c in cases):
            return True
        return adjacent and not oblique_surname(view.tokens[k - 1].text) \
            and not _declined_man(view.tokens[k - 1].text, view.doc.mentions[m].normal)
    # An organisation's or a place's name is headed by its first word ("Совет Безопасности ООН").
    # A body's noun in "-а"/"-я" opening it in its dictionary form ("Пресс-служба городского
    # управления МЧС") can only be in the nominative, whatever the tagger read for it.
    return cases[0] in ("Nom", None) or view.word(j) == view.lemma(j) and view.lemma(j) in SPEAKING_BODIES \
        and view.lemma(j).endswith(("а", "я"))




def _declined_man(word: str, normal: str | None) -> bool:
    """True when `word` ends a man's surname in an oblique case: its nominative (the mention's
    normal form) has a man's ending and `word` is longer ("после смерти Дадашева заявил":
    "Дадашева" is whom the phrase is about, not the subject)."""
    last = fold((normal or "").split()[-1]) if (normal or "").split() else ""
    folded = fold(word)
    return nominative_surname(last) and folded != last and folded.startswith(last)


def _source_in(view: BodyTokens, j: int, adp: int) -> bool:
    """True when the mention at token `j`, after the preposition at `adp`, is the source an
    impersonal plural cue names after "в" ("сообщили в МИД Казахстана", "В «Лаборатории
    Касперского» подтвердили"): an organisation or a place, not a social network ("написали в
    Twitter")."""
    return view.mention(j).type in ("ORG", "LOC") and view.word(adp) in ("в", "во") and not platform(view, j)


def _adp_before(view: BodyTokens, j: int) -> int:
    k = view.mention_start(j) - 1
    while k > 0 and view.tokens[k].pos != "ADP":
        k -= 1
    return k


def plural_cue(view: BodyTokens, cue: int) -> bool:
    """True when the cue is a verb in the plural ("заявили")."""
    return view.tokens[cue].feats.get("Number") == "Plur"


def verb_gender(view: BodyTokens, cue: int) -> str | None:
    """masc or femn for a past-tense verb in the singular, else None."""
    return person_gender_of(view.tokens[cue].feats)


# Relations by which a verb of speech shares the subject of the verb it hangs from: "…
# настаивает на невиновности, утверждая, что …, и заявлял, что …" (coordinated predicates, a
# converb, an infinitive after "решил").
_SHARES_SUBJECT = frozenset({"conj", "advcl", "xcomp"})
_SUBJECT_RELS = ("nsubj", "nsubj:pass")


def parsed_subject(view: BodyTokens, res: Resources, cue: int) -> Subject | None:
    """The subject of the cue as the dependency parse of its sentence gives it, for a cue whose
    subject the word-order rules did not find: the nsubj of the cue, or of the verb the cue is
    coordinated with or hangs from as a converb. A name (or a member noun of a named body:
    "эксперты лаборатории X"), a pronoun or a title; None when the parse names no one either."""
    from newsgraph.syntax import parse_sentences

    if view.lemma(cue) in OBJECT_SPEAKS or view.lemma(cue) in CITING_VERBS:
        return None  # "цитирует агентство …": the one quoted speaks, not the subject
    n = view.sent_of[cue]
    sent = view.doc.sents[n]
    low = view.sent_bounds[n][0]
    parse_sentences([sent], res)
    if sent.heads is None or len(sent.heads) != view.sent_bounds[n][1] - low:
        return None
    verb = cue - low
    for _ in range(3):
        subjects = [i for i, h in enumerate(sent.heads) if h == verb and sent.rels[i] in _SUBJECT_RELS]
        if subjects:
            break
        if sent.rels[verb] not in _SHARES_SUBJECT or sent.heads[verb] < 0:
            return None
        verb = sent.heads[verb]
    else:
        return None
    j = low + subjects[0]
    if not _shares_subject(view, cue, j):
        return None
    m = view.mention(j)
    if m is not None:
        if m.type in ("PER", "ORG") and can_be_subject(view, view.mention_start(j)):
            return Subject("entity", entity=m.entity)
        return None
    tok = view.tokens[j]
    below = [low + i for i, h in enumerate(sent.heads) if h == j - low and sent.rels[i] == "nmod"]
    if tok.pos == "NOUN" and tok.feats.get("Number") == "Plur" and tok.feats.get("Animacy") == "Anim" \
            and (view.lemma(j) not in ANONYMOUS or view.lemma(j) in _MEMBERS):
        # "представители арт-группы «Война»", "Эксперты лаборатории Портон-Даун": members
        # speak for the body they belong to, named as a body below them; "Врачи НАСА" are
        # people of their own profession.
        for k in below:
            owner = view.mention(k)
            if owner is None and (view.lemma(j) in _MEMBERS or view.lemma(k) in SPEAKING_BODIES):
                owner = next((view.mention(t) for t in range(k + 1, min(view.sent_bounds[n][1], k + 4))
                              if view.mention(t) is not None), None)
            elif view.lemma(j) not in _MEMBERS:
                owner = None
            if owner is not None and owner.type == "ORG":
                return Subject("entity", entity=owner.entity)
        return None
    if any(view.mention(k) is not None and view.mention(k).type == "PER" for k in below):
        return None  # "Адвокат Насира", "Защита Мюррея": someone else's
    found = nominal_subject(view, res, j)
    return found if found is not None and found.kind in ("entity", "pronoun", "title") else None


def _shares_subject(view: BodyTokens, cue: int, subject: int) -> bool:
    """True when the cue may share the subject at token `subject` of the verb it is joined to:
    it has no subject of its own in its clause ("Луис да Силва прошёл курс химиотерапии, врачи
    сообщили, что …": the doctors speak) and agrees with it in number."""
    own = view.mention_of[subject]
    nominative = False  # a word that may be the cue's own subject, in the cue's clause
    for k in range(cue - 1, view.sentence_start(cue) - 1 if subject < cue else cue - 1, -1):
        tok = view.tokens[k]
        if k == subject or own is not None and view.mention_of[k] == own:
            break  # the subject stands in the cue's own clause
        if tok.pos == "PUNCT" or view.word(k) in CLAUSE_WORDS or view.word(k) == "и":
            if nominative:
                return False
            break
        nominative = nominative or tok.pos in ("NOUN", "PROPN", "PRON") and view.case(k) == "Nom"
    said = view.tokens[cue].feats.get("Number")
    number = view.tokens[subject].feats.get("Number")
    return said is None or number is None or said == number


def genitive_subject(view: BodyTokens, res: Resources, j: int, end: int) -> Subject:
    """Who the genitive phrase from token `j` names ("по словам министра Иванова", "заявления
    ведомства"): a name, a title's holder, a body, a description; ABSENT where no noun stands."""
    while j < end:
        tok = view.tokens[j]
        m = view.mention(j)
        if m is not None:
            return Subject("entity", entity=m.entity)
        if tok.pos in ("NOUN", "PROPN"):
            lemma = view.lemma(j)
            if lemma in HONORIFICS:
                j += 1
                continue
            if lemma in MEMBERS and tok.feats.get("Number") == "Plur":
                return Subject("members", lemma=lemma, at=j)
            body = members_body(view, j)
            if body is None and lemma in SPOKESPEOPLE:
                body = spokespeople_of(view, j, end)
            if body is not None:
                return Subject("entity", entity=body)  # "По утверждению представителей Роскосмоса"
            if lemma in ROLE_HEADS or lemma in SPEAKING_BODIES:
                named = _name_within(view, j + 1, end)
                if named is not None:
                    return Subject("entity", entity=named)  # "По словам пресс-атташе посольства Сергея Маркова"
            if lemma in ROLE_HEADS:
                title = title_at(view, res, j)
                if title is None or title.plural:
                    return UNKNOWN
                return Subject("entity", entity=title.person) if title.person is not None \
                    else Subject("title", title=title)
            if lemma in SPEAKING_BODIES:
                return body_subject(view, j)
            named = (_relation_named(view, j, end) or _own_relation(view, j, end)) if lemma in ANONYMOUS \
                else _name_within(view, j + 1, end)
            if named is None and tok.feats.get("Number") == "Plur" and lemma in AUTHORITIES:
                return Subject("unknown", lemma=lemma, at=j, number="plur")  # "По мнению властей"
            if named is None and tok.feats.get("Number") == "Plur":
                return UNKNOWN_MANY  # "По заявлению местных властей"
            if named is None:
                # "По словам спортсменки": a description names the person in focus.
                # "по словам группы": the noun is kept for the body the text named with it.
                found = bare_person(view, j) or described(view, j)
                if found is not None:
                    return found
                noun = person_noun(view, j)
                return Subject("unknown", lemma=lemma, at=j, noun=None if noun is None else j,
                               gender=None if noun is None else noun.gender)
            return Subject("entity", entity=named)
        if tok.pos == "PUNCT":
            break
        j += 1
    return ABSENT


# Possessives before a relation ("его супруги"): the name right after it is the relation's own.
_OWNERS = frozenset({"его", "ее", "её", "их"})


def _own_relation(view: BodyTokens, j: int, end: int) -> int | None:
    """The name set right after a relation that a possessive opens ("По словам его супруги
    Валентины Петровой"; "её мать Анна"): the relation is the one named, when the name has the
    relation's gender. Without the possessive the name is whose relation it is ("отца Ивана")."""
    own = person_gender_of(view.tokens[j].feats)
    if own is None or j == 0 or fold(view.word(j - 1)) not in {fold(w) for w in _OWNERS} \
            or view.tokens[j].feats.get("Number") == "Plur" or j + 1 >= end:
        return None
    m = view.mention(j + 1)
    if m is None or m.type != "PER" or m.entity is None or view.mention_start(j + 1) != j + 1:
        return None
    if person_gender_of(view.tokens[j + 1].feats) != own or view.case(j + 1) != view.case(j):
        return None
    after = view.mention_end(j + 1)
    return m.entity if after >= end or view.tokens[after].pos == "PUNCT" or view.mention(after) is None else None


def _relation_named(view: BodyTokens, j: int, end: int) -> int | None:
    """The name of the relation at token `j` itself where a person's name closes its genitive
    phrase with the relation's gender and a person noun between has the other ("дочери
    народного артиста Екатерины Дуровой": the daughter, not the artist); else None."""
    own = person_gender_of(view.tokens[j].feats)
    if own is None or view.tokens[j].feats.get("Number") == "Plur":
        return None
    k, between = j + 1, False
    while k < end and view.tokens[k].pos != "PUNCT" and view.mention(k) is None:
        tok = view.tokens[k]
        if tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim":
            other = person_gender_of(tok.feats)
            if other is None or other == own:
                return None
            between = True
        k += 1
    m = view.mention(k) if k < end else None
    if not between or m is None or m.type != "PER" or m.entity is None:
        return None
    if person_gender_of(view.tokens[k].feats) != own or view.case(k) != "Gen":
        return None
    after = view.mention_end(k)
    return m.entity if after >= end or view.tokens[after].pos == "PUNCT" else None


def _name_within(view: BodyTokens, j: int, end: int) -> int | None:
    # A person's name closing a title's genitive phrase, before any punctuation.
    while j < end and view.tokens[j].pos != "PUNCT":
        m = view.mention(j)
        if m is not None and m.type == "PER":
            return m.entity
        j += 1
    return None


def news_credit(view: BodyTokens, i: int) -> bool:
    """True when the cue at `i`, standing after what it credits, is an outlet's credit for the
    news: a present-tense "сообщает", "пишет", "передаёт" ("…, сообщает РБК", "Об этом пишет
    ТАСС"), or any tense with an outlet named by its noun ("Об этом сообщила газета «…»")."""
    tok = view.tokens[i]
    end = min(view.sentence_end(i), i + 5)
    if view.lemma(i) in CREDIT_VERBS and tok.feats.get("Tense") == "Pres":
        # "…, сообщает пресс-служба министерства" is the ministry's word, not a paper's credit.
        return not any(view.lemma(j) in SPEAKING_BODIES and view.lemma(j) not in OUTLETS
                       or view.tokens[j].pos == "NOUN" and view.tokens[j].feats.get("Animacy") == "Anim"
                       or (view.mention(j) is not None and view.mention(j).type == "PER") for j in range(i + 1, end))
    for j in range(i + 1, end):
        if view.lemma(j) in SPEAKING_BODIES and view.lemma(j) not in OUTLETS:
            return False  # "Об этом сообщил секретариат Агентства": the body's own word
        if view.case(j) == "Dat":
            continue  # "рассказал изданию Der Spiegel": the outlet was told, it does not credit
        if view.lemma(j) in OUTLETS or view.word(j) in OUTLETS:
            return True
        if view.mention(j) is not None or view.tokens[j].pos == "PUNCT" and view.tokens[j].text not in QUOTE_PAIRS:
            return False
    return False


# Nouns of a source the text does not name ("со ссылкой на источники").
_SOURCES = frozenset({"источник", "собеседник"})
_RELAY_REACH = 8


def relays_unnamed(view: BodyTokens, cue: int) -> bool:
    """True when the cue's speaker passes on what unnamed sources said, a few words from the
    cue in its sentence ("газета сообщала со ссылкой на неназванные источники, что …", "Как
    сообщило издание, ссылаясь на свои источники, …"): the words are the sources', no one's
    the text names."""
    low, high = view.sentence_start(cue), view.sentence_end(cue)
    first, last = max(low, cue - _RELAY_REACH), min(high, cue + _RELAY_REACH)
    if first >= last or "ссыл" not in view.doc.text[view.tokens[first].start:view.tokens[last - 1].end].lower():
        return False
    for k in range(first, last):
        word = view.word(k)
        if not (word == "ссылкой" and k > low and view.word(k - 1) in ("со", "с")) \
                and view.lemma(k) != "ссылаться":
            continue
        for n in range(k + 1, min(high, k + 5)):
            if view.lemma(n) in _SOURCES:
                return True
            if view.tokens[n].pos == "PUNCT" or view.mention(n) is not None:
                break
    return False
