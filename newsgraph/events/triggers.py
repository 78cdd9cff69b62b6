"""Triggers of a clause and the one happening the clause reports.

One pass over a clause's tokens looks each lemma up in `lexicon.TRIGGERS`; `choose_head`
then picks what the clause is about: a plan or refusal governs the happening it names, a
signing verb takes its type from the paper signed, and otherwise the first trigger wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.doc import Token
from newsgraph.events.lexicon import (
    HELD_STATE,
    ACCIDENT_WORDS, AGREEMENT_NOUNS, ELECTION_NOUNS, CONDITION_NOUN, CONDITIONS, CHARGE_NOUNS, CONDITION_WORDS, CONVICTIONS, COPULAS, COURT_WORDS, CRIME_WORDS, DECREES, FRAMES, LIGHT_VERBS, MODAL, NEGATION,
    EXPELLING, INSISTING, OBLIGED, PENALTY_FACED, OUGHT, POSSIBLE, ABLE, POST_NOUNS, PUNISHING, TIME_PREPS, TOPPLED, TOPPLING, PROMISES, VOTE_SUPPORT, GETTING, VOTED_DOWN, WHO,
    INDEFINITE_PLANS, NOT_COMPOUND, NOT_REFLEXIVE, OFFICE_TYPES, PLOT_WORDS, SCHEDULING, SETTING_PREPS, SIGN, SPORT_DEALS, SPORT_WORDS, THREATENING_STATES, TRIAL_NOUNS, TRIGGERS, UPCOMING, VIOLENT_ROOTS, Trigger,
    VIOLENCE_AIMED, VIOLENCE_ALLEGED, VIOLENCE_SHOWN, VIOLENCE_URGED, VIOLENCE_NAMED, VIOLENCE_DOERS, PARTAKING, SEATS, SEAT_OWNERS, BOMBING_VERBS, FIGURATIVE_OBJECTS, WORDS_AS_WEAPONS, FIGHT_MANNER,
    ENDING, GROUPS, FIRE_NOUNS, FIRING, GATHERINGS, MOURNING, PROTESTED,
)
from newsgraph.events.actors import RESIGNATIONS
from newsgraph.russian import lemma_key

# words that count a noun standing after them in the genitive ("два поста", "оба поста")
COUNTING_WORDS = frozenset("два две три четыре оба обе".split())

COERCE_ROOT = "17"
ASSAULT_ROOT = "18"
CONSULT_ROOT = "04"
ASKING_TYPES = frozenset({"appeal", "demand"})
# Prepositions after which a noun trigger is a topic ("по обвинению", "о депортации").
TOPIC_WORDS = frozenset("о об обо по про".split())
# ...and after "из-под" a state left behind: "выпущена из-под домашнего ареста" is a release.
TOPIC_WORDS = TOPIC_WORDS | {"из-под"}
# ...and after "касаться" what a text or a paper is about: "пакет документов, касающийся помощи".
TOPIC_WORDS = TOPIC_WORDS | {"касаться"}
# Verbs that announce the happening their "о" names: "объявила о выделении гранта",
# "сообщили о задержании подозреваемого".
ANNOUNCING = frozenset("объявить объявлять сообщить сообщать заявить заявлять объявление".split())

# Words that may stand between a frame and its noun: "в ходе официального визита".
_FRAME_FILLERS = frozenset({"ADJ", "DET", "NUM"})
# CAMEO roots from 09 on are conflictual: a plan to do one of them is a threat (13), not an
# intent to cooperate (03).
_FIRST_CONFLICT_ROOT = 9
# How many tokens after a plan word the infinitive it governs may stand ("планирует в
# ближайшее время запретить"), and, nearer, after a word of obligation ("Белград должен
# решить", "Белграду следует срочно доказать").
_INFINITIVE_REACH = 4
_OBLIGED_REACH = 2


@dataclass(slots=True)
class Found:
    index: int      # token index in the sentence
    trigger: Trigger
    backdrop: bool  # inside a frame such as "в рамках визита": points back at a known happening
    setting: bool = False  # "на саммите ... встретился": where the clause's own happening took place


@dataclass(slots=True)
class Head:
    index: int
    type: str
    cameo_root: str
    label: str      # the words a reader finds in the text: "переговоры", "планировать открыть"
    governs: bool = False  # a plan or refusal: the verb it governs names participants too
    modality: str = "actual"  # actual | planned | negated | conditional


def lookup(key: str):
    """The lexicon entry of a lemma; a compound is also looked up by its last part
    ("бизнес-форум" → "форум", not "пресс-конференция": `NOT_COMPOUND`), a reflexive verb by its base ("увольняться" → "уволить"'s
    family) unless its "-ся" makes another verb (`NOT_REFLEXIVE`)."""
    entry = TRIGGERS.get(key)
    if entry is None and "-" in key and key not in NOT_COMPOUND:
        entry = TRIGGERS.get(key.rsplit("-", 1)[1])
    if entry is None and key.endswith(("ся", "сь")) and key not in NOT_REFLEXIVE:
        entry = TRIGGERS.get(key[:-2])  # "расследуется", "обсуждаются": the base verb's happening
    return entry


def find_triggers(tokens: list[Token], first: int, last: int, sport_story: bool = False,
                  firms: frozenset[int] = frozenset(), sport_body: bool = False) -> list[Found]:
    """Triggers whose conditions hold in the clause tokens[first..last], in text order. A
    violent one (18-20) counts only in a sentence that is not about sport, an accident, a
    disaster or an illness; in a `sport_story` (a document about sport) only a sentence of
    crime and justice is ("признан виновным в убийстве"). `firms`: the token indexes where
    an organisation's name starts; one right after a word of buying or selling is the firm
    bought or sold ("Roche купил Genentech", "покупка Tumblr"), as a word of `_FIRMS` is.
    `sport_body`: the sentence names a sports body ("избран президентом ФИФА"), which makes
    it a sentence about sport, but for coercion and violence beside a word of crime and justice."""
    # the sentence's words by lemma, looked up by the checks below and by the triggers' needs
    sentence: dict[str, list[int]] = {}
    for k, t in enumerate(tokens):
        sentence.setdefault(lemma_key(t), []).append(k)
    games = not SPORT_WORDS.isdisjoint(sentence)
    sport = games or sport_body
    # "чиновники ФИФА арестованы по обвинению во взятках": a sports body's men charged or
    # arrested are still coerced; only its posts are its own business.
    lawful = sport_body and not games and not CRIME_WORDS.isdisjoint(sentence)
    # "победил на выборах своего соперника": a rival in an election is no sport's, and the
    # post won is still a post (an election won only: the other words of a post keep the check)
    elected = not ELECTION_NOUNS.isdisjoint(sentence)
    # In a document about sport a sentence of crime and justice still tells a crime.
    story = sport_story and CRIME_WORDS.isdisjoint(sentence)
    # ...and a court's sentence of a player is coercion still ("суд вынес приговор, согласно
    # которому футболисты будут переведены в колонию"); a sports body's fine or ban names no court.
    justice = not COURT_WORDS.isdisjoint(sentence)
    # A work's story ("в фильме герой встречает ...", "сюжет сериала") tells no one's deeds.
    plot = any(lemma_key(t) in PLOT_WORDS and t.pos == "NOUN" and t.text[:1].islower() for t in tokens)
    calm = (sport and not lawful) or story or plot or any(lemma_key(t) in ACCIDENT_WORDS and not _arranged(tokens, k)
                                         for k, t in enumerate(tokens))
    # "Обвинение включает ..., связанные с обстрелами и убийством ...": the counts of a charge
    # told as its content are alleged, no deed (not beside a conviction, which finds them done)
    counts = CONVICTIONS.isdisjoint(sentence) and any(
        tokens[k].feats.get("Case") == "Nom" for w in CHARGE_NOUNS for k in sentence.get(w, ()))
    keys = [lemma_key(t) for t in tokens[first:last + 1]]
    verbless = not any(t.pos in ("VERB", "AUX") for t in tokens)
    present: dict[str, list[int]] = {}
    for offset, key in enumerate(keys):
        present.setdefault(key, []).append(first + offset)
    out = []
    sport_post = False  # a post in a sports body, taken or left, told in the clause
    for offset, key in enumerate(keys):
        entry = lookup(key)
        if entry is None:
            continue
        i = first + offset
        if key in INSISTING and _claimed(tokens, i):
            continue  # "настаивают на том, что он был убит": a claim
        if _standing(tokens[i]) or _described(tokens, i, first, last):
            continue  # "требуемые коды", "планируемой атаки", "Обвиняемый в ...": a thing or person described
        if key in RETIRED and _retired(tokens, i):
            continue  # "полковник в отставке": a state, the one retired described, no dismissal told
        if key in TRIAL_NOUNS and not _trial_of_someone(tokens, i, last):
            continue  # "мирный процесс", "суд постановил": no one's trial
        if _charged_plan(tokens, i, first):
            continue  # "обвинения в намерении присоединиться к ...": what the charge alleges, no intent stated
        for trig in entry if isinstance(entry, tuple) else (entry,):
            if trig.cameo_root in VIOLENT_ROOTS and (_not_done(tokens, i, first) or _figurative(tokens, i, last)
                                                     or _hypothetical(tokens, first, last)
                                                     or (key in ENDING and trig.cameo_root == ASSAULT_ROOT and _thing_ended(tokens, i, first, last))
                                                     or (key in FIRE_NOUNS and not _gunfire(tokens, i, first, last, present))):
                continue
            if counts and trig.cameo_root in VIOLENT_ROOTS and tokens[i].pos == "NOUN":
                continue  # a count the charge lists, alleged
            if (calm and trig.cameo_root in VIOLENT_ROOTS) or (
                    sport and ((trig.cameo_root == COERCE_ROOT and not (lawful or justice)) or (trig.type in OFFICE_TYPES and not (elected and trig.needs & ELECTION_NOUNS)))):
                if sport_body and trig.type in OFFICE_TYPES and _holds(trig, tokens, i, sentence if trig.anywhere else present):
                    sport_post = True
                continue  # a sports body's fine or suspension is no coercion or dismissal either
            if sport and sport_story and trig.type in SPORT_DEALS:
                continue  # nor, in a document about sport, a club's contract with its coach or a call for his going
            if tokens[i].pos == "NOUN" and _named_condition(present):
                continue  # "его выдача являлась условием вступления": asked for, not done
            if trig.type == "threaten" and _state_threatens(tokens, i, first):
                continue  # "кризис угрожает дестабилизировать экономику": a danger, no one's threat
            if trig.type == "protest" and key in GATHERINGS and not MOURNING.isdisjoint(sentence) \
                    and PROTESTED.isdisjoint(sentence):
                continue  # "траурный митинг", "митинг у могилы": mourning or memory, no protest
            if plot and trig.cameo_root == CONSULT_ROOT:
                continue  # a hero's meeting in a film is no consultation
            if _topic(tokens, i, first):
                break
            if trig.type == REJECT and trig.needs == CONSENT_WITH and not _thing_after(tokens, i, last):
                continue  # "он с этим не согласен": a view not shared, no deed or decision refused
            if trig.type == APPOINT and not _person_taken(tokens, i, last):
                continue  # "назначил встречу с министром": a time fixed, no one put into a post
            if trig.type == APPOINT and trig.needs and trig.needs <= SEATS and not _someones_seat(tokens, present):
                continue  # "заняла второе место": a rank, no post
            if trig.needs and trig.needs <= HELD_STATE_WORDS and any(lemma_key(t) == "который" for t in tokens[first:i]):
                continue  # "тюрьма, в которой отбывал срок ...": a place or person described
            if _holds(trig, tokens, i, sentence if trig.anywhere else present) or (
                    trig.type == CONTRACT and trig.needs and _firm_after(tokens, i, last, firms)) or (
                    trig.type == APPOINT and _post_left_before(tokens, first, sentence)):
                if verbless and _after_time(tokens, i, first):
                    break  # a caption's time: "Демонстрация в Дели после ... изнасилования"
                out.append(Found(i, trig, _in_frame(tokens, i, first), _is_setting(tokens, i, first)))
                break
    if sport_post:
        # "намерен сменить на этом посту президента МОК": a plan to take a sports body's post
        # is sport's own business as the post is, no intent to cooperate (a word of sport
        # alone does not do: "согласился занять пост, если ... выиграет выборы")
        out = [f for f in out if f.trigger.type != INTENT]
    return _fight_told_by_its_dead(tokens, first, last, _times_as_backdrops(tokens, first, _support_nouns_dropped(tokens, out)))


def _times_as_backdrops(tokens: list[Token], first: int, found: list[Found]) -> list[Found]:
    """A noun trigger that tells when the clause's own happening took place ("После
    отстранения от власти он был заочно приговорен", "Во второй день саммита страны
    договорились"), with another trigger after it in the clause, is the backdrop of that
    one, as a frame is: the later trigger is the happening the clause reports."""
    for n, f in enumerate(found):
        if not f.backdrop and _at_time(tokens, f.index, first) and any(
                not g.backdrop and not g.setting for g in found[n + 1:]):
            f.backdrop = True
    return found


def _at_time(tokens: list[Token], i: int, first: int) -> bool:
    """True when the noun at token i follows a preposition of time ("после отставки"), or is
    the genitive of a day ("во второй день саммита", "в день визита")."""
    if tokens[i].pos != "NOUN":
        return False
    if _after_time(tokens, i, first):
        return True
    j = i - 1
    return j >= first and lemma_key(tokens[j]) in TIME_NOUNS and tokens[i].feats.get("Case") == "Gen"


# Nouns of leaving a post that, in the locative after "в", say one has left it long since.
RETIRED = frozenset({"отставка"})


def _retired(tokens: list[Token], i: int) -> bool:
    """True when the noun at token i is in the locative right after "в" ("генерал-полковник в
    отставке", "находится в отставке"): a state, who someone is; "ушёл в отставку" (the
    accusative) tells the leaving."""
    return i > 0 and lemma_key(tokens[i - 1]) == "в" and tokens[i].feats.get("Case") == "Loc"


def _trial_of_someone(tokens: list[Token], i: int, last: int) -> bool:
    """True when the noun at token i is followed by "над" and a name in the noun group after it,
    before any punctuation ("процесс над Хосни Мубараком", "суд над экс-президентом Египта"): a
    trial of someone named; "суд над членами банды" names no one."""
    if i + 2 > last or lemma_key(tokens[i + 1]) != "над":
        return False
    for t in tokens[i + 2:last + 1]:
        if t.pos == "PROPN":
            return True
        if t.pos not in ("ADJ", "NOUN", "DET", "NUM"):
            return False  # the group ends: "над пропастью конфликта начался в Женеве"
    return False


def _support_nouns_dropped(tokens: list[Token], found: list[Found]) -> list[Found]:
    """A noun trigger that a verb trigger of the clause needs is that verb's object, not a
    happening of its own: "обвинения против журналиста сняты" is the charges dropped (08),
    not an accusation (11); the verb's code stands for the pair. So is a noun trigger that
    itself needs a verb trigger of the clause, before the verb or after it ("обвинения
    отрицал": the denial is told by the verb, whose subject acts)."""
    verbs = [f for f in found if tokens[f.index].pos == "VERB"]
    if not verbs:
        return found
    return [f for f in found if not (tokens[f.index].pos == "NOUN" and any(
        lemma_key(tokens[f.index]) in v.trigger.needs
        or (lemma_key(tokens[v.index]) in f.trigger.needs and v.trigger.type == f.trigger.type) for v in verbs))]


FIGHT = Trigger("fight", "19")
TIME_NOUNS = frozenset("день канун".split())
REJECT = "reject"
CONSENT_WITH = frozenset({"с"})


def _thing_after(tokens: list[Token], i: int, last: int) -> bool:
    """True when "с" after the consent word at token i takes a noun, over its modifiers
    ("не согласился с отставкой", "не согласны с этим решением"); not a pronoun ("с этим",
    "с ним"): what someone said or thinks."""
    for j in range(i + 1, last + 1):
        if lemma_key(tokens[j]) != "с":
            continue
        k = j + 1
        while k <= last and tokens[k].pos in ("ADJ", "DET", "NUM", "ADV"):
            k += 1
        return k <= last and tokens[k].pos == "NOUN"
    return False
INTENT = "intent"
CONTRACT = "contract"
APPOINT = "appoint"
NEW = "новый"
DISMISS = "dismiss"


def _post_left_before(tokens: list[Token], first: int, sentence: dict[str, list[int]]) -> bool:
    """True when an earlier clause of the sentence tells someone put out of a post ("уволил
    Якунина и назначил Мишарина", "освободил от должности ... и назначил на неё ..."): the
    appointment after it fills that post, which it need not name again."""
    for k in range(first):
        entry = lookup(lemma_key(tokens[k]))
        for trig in entry if isinstance(entry, tuple) else (entry,) if entry else ():
            if trig.type == DISMISS and _holds(trig, tokens, k, sentence):
                return True
    return False


def _firm_after(tokens: list[Token], i: int, last: int, firms: frozenset[int]) -> bool:
    """True when the verb at token i takes an organisation's name right after it, over an
    adjective or a noun of a firm between ("приобрела MySQL", "купил компанию «Нива»"); not
    one in the dative, the buyer a firm is sold to ("продать «Роме» полузащитника")."""
    if tokens[i].pos != "VERB":
        return False
    for j in range(i + 1, min(last, i + 3) + 1):
        if j in firms:
            word = tokens[j + 1] if tokens[j].text in QUOTE_MARKS and j < last else tokens[j]
            return word.feats.get("Case") != "Dat"
        if tokens[j].pos not in ("ADJ", "NOUN", "PUNCT") or tokens[j].text == ",":
            return False
    return False


def _fight_told_by_its_dead(tokens: list[Token], first: int, last: int, out: list[Found]) -> list[Found]:
    """A killing told as what a fight left ("убит в перестрелке с полицией", "в результате
    массовой драки убиты семеро"): the fight is the happening (19), read at the killing verb
    (its subject the side acted upon), and no assault of its own."""
    killing = [f for f in out if f.trigger.cameo_root == ASSAULT_ROOT and tokens[f.index].pos == "VERB"
               and _passive_or_dying(tokens[f.index])]
    if not killing:
        return out
    k = _fight_manner(tokens, first, last)
    if k is None:
        return out
    rest = [f for f in out if f not in killing and f.index != k]
    # at the verb, whose passive makes the dead the side acted upon
    return sorted(rest + [Found(killing[0].index, FIGHT, False)], key=lambda f: f.index)


def _passive_or_dying(tok: Token) -> bool:
    return tok.feats.get("Voice") == "Pass" or tok.feats.get("Variant") == "Short"


def _fight_manner(tokens: list[Token], first: int, last: int) -> int | None:
    """The noun of a fight the clause tells a killing in or as the result of: "в перестрелке",
    "в бою", "в результате драки", "в ходе столкновений", over its modifiers."""
    for j in range(first, last + 1):
        if tokens[j].pos != "NOUN" or lemma_key(tokens[j]) not in FIGHT_MANNER:
            continue
        k = j - 1
        while k >= first and tokens[k].pos in _FRAME_FILLERS:
            k -= 1
        if k < first:
            continue
        if lemma_key(tokens[k]) == "в" and tokens[j].feats.get("Case") == "Loc":
            return j
        if lemma_key(tokens[k]) in ("результат", "ход") and k > first and lemma_key(tokens[k - 1]) == "в":
            return j
    return None


def _holds(trig: Trigger, tokens: list[Token], i: int, present: dict[str, list[int]]) -> bool:
    if trig.denial and not _negated_at(tokens, i):
        return False
    if trig.not_after and i > 0 and lemma_key(tokens[i - 1]) in trig.not_after:
        return False
    if trig.passive is not None and (tokens[i].feats.get("Voice") == "Pass") != trig.passive:
        return False
    if trig.short and tokens[i].feats.get("Variant") != "Short":
        return False
    if trig.future and tokens[i].feats.get("Tense") != "Fut" and not _new_holder(trig, tokens, present):
        return False
    if trig.unless and any(word in present for word in trig.unless):
        return False
    if trig.needs:
        at = [j for word in trig.needs for j in present.get(word, ())
              if not (j > 0 and (lemma_key(tokens[j - 1]), word) in COMPOUND_PREPOSITIONS)]
        if trig.needs_case:
            at = [j for j in at if _case(tokens, j) in trig.needs_case]
        if not at:
            return False
    return True


def _case(tokens: list[Token], j: int) -> str | None:
    """The case of the noun group of tokens[j]: a noun in the genitive counted by a numeral
    right before it, an adjective allowed between ("занял сразу два поста", "оба высоких
    поста"), stands in the numeral's case."""
    case = tokens[j].feats.get("Case")
    if case != "Gen":
        return case
    k = j - 1
    if k > 0 and tokens[k].pos == "ADJ":
        k -= 1
    if k >= 0 and (tokens[k].pos == "NUM" or lemma_key(tokens[k]) in COUNTING_WORDS) and \
            tokens[k].feats.get("Case") in ("Nom", "Acc"):
        return tokens[k].feats.get("Case")
    return case


def _new_holder(trig: Trigger, tokens: list[Token], present: dict[str, list[int]]) -> bool:
    """True when the office the verb names is called new ("новым главой стал генерал ...",
    "стал новым президентом"): the one who has just taken it, no life told."""
    return any(j > 0 and lemma_key(tokens[j - 1]) == NEW and tokens[j].feats.get("Case") in trig.needs_case
               for word in trig.needs for j in present.get(word, ()))


def _someones_seat(tokens: list[Token], present: dict[str, list[int]]) -> bool:
    """True when a seat noun of the clause (`SEATS`) in the accusative is someone's: a
    possessive right before it ("его место") or a person in the genitive right after it
    ("место Примакова")."""
    for word in SEATS:
        for j in present.get(word, ()):
            if tokens[j].feats.get("Case") != "Acc":
                continue
            if j > 0 and lemma_key(tokens[j - 1]) in SEAT_OWNERS:
                return True
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is not None and after.feats.get("Case") == "Gen" and (
                    after.pos == "PROPN" or after.feats.get("Animacy") == "Anim"):
                return True
    return False


def _person_taken(tokens: list[Token], i: int, last: int) -> bool:
    """False when the verb at token i takes a thing as its object: the first noun after it
    is in the accusative, not governed by a preposition, inanimate and no word of the post
    itself ("назначил встречу с министром", "утвердил бюджет"); "назначил на пост министра
    ...", "утвердил кандидатуру", "назначил руководителем ..." keep their post."""
    if tokens[i].pos != "VERB":
        return True
    k = next((k for k in range(i + 1, last + 1) if tokens[k].pos in ("NOUN", "PROPN")), None)
    if k is None:
        return True
    j = k - 1  # the preposition may stand before the noun's adjectives: "на второй срок"
    while j > i and tokens[j].pos in ("ADJ", "DET", "NUM"):
        j -= 1
    return tokens[k].feats.get("Case") != "Acc" or tokens[j].pos == "ADP" \
        or tokens[k].feats.get("Animacy") != "Inan" or lemma_key(tokens[k]) in POST_NOUNS


# The endings of a present passive participle ("требуемые", "планируемой", "обвиняемый").
_PRESENT_PASSIVE = re.compile(r"[еиоё]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)$")


def _named_condition(present: dict[str, list[int]]) -> bool:
    """True when a noun trigger is in a clause that names a condition, a copula
    and a word of a condition ("Поимка и выдача трибуналу являлись одними из условий ...",
    "условием начала переговоров стал ..."): what is asked for, no happening done."""
    return any(w in present for w in COPULAS) and any(w in present for w in CONDITION_WORDS)


def _state_threatens(tokens: list[Token], i: int, first: int) -> bool:
    """True when the verb of threatening at token i has for subject a state or happening
    (`THREATENING_STATES`): the first noun in the nominative before it in its clause
    ("Нынешний кризис в стране угрожает ...")."""
    if tokens[i].pos != "VERB":
        return False
    for t in reversed(tokens[first:i]):
        if t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom":
            return lemma_key(t) in THREATENING_STATES
    return False


def _standing(tok: Token) -> bool:
    """True when the token is a present passive participle of a verb, whatever the tagger
    calls it: it names a thing or a person by what is done to it as a rule ("требуемые
    коды", "среди объектов планируемой атаки", "Обвиняемый в изнасиловании найден"), no
    happening told."""
    key = lemma_key(tok)
    return key.endswith(("ть", "ться", "чь")) and bool(_PRESENT_PASSIVE.search(tok.text.lower()))


def _claimed(tokens: list[Token], i: int) -> bool:
    """True when "на том, что" follows the word at token i: what is insisted on is a claim."""
    words = [t.text.lower() for t in tokens[i + 1:i + 5]]
    return words[:2] == ["на", "том"] and "что" in words[2:]


def _described(tokens: list[Token], i: int, first: int, last: int) -> bool:
    """True when the token is a full passive participle with no agent in the instrumental in
    its clause ("Договора, подписанного 15 мая 1992 года"): it describes a thing by what was
    once done to it; with its agent ("корабль, перехваченный силами ВМС") it tells the deed."""
    return (_attributive(tokens[i]) or _participle_as_adjective(tokens[i])) and not any(
        t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Ins" for t in _agent_span(tokens, i, first, last))


def _participle_as_adjective(tok: Token) -> bool:
    """A full participle the tagger calls an adjective, its lemma a verb ("запрещённых к ввозу
    товаров"), or a noun ("где были найдены отравленные": people named by what was done to
    them): it describes a thing or a person as the participle does."""
    return tok.pos in ("ADJ", "NOUN") and lemma_key(tok).endswith(("ть", "ться", "чь")) \
        and bool(_PAST_PASSIVE.search(tok.text.lower()))


# The endings of a full past passive participle ("запрещённых", "осуждённый", "убитого"); a
# finite verb the tagger calls an adjective ("нормализовала") has none of them.
_PAST_PASSIVE = re.compile(r"(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)$")


def _agent_span(tokens: list[Token], i: int, first: int, last: int) -> list[Token]:
    """Where a participle's agent stands: the few words right after it up to a comma or a
    bracket ("перехваченный силами ВМС"), or right before it ("силами ВМС перехваченный"), not
    the agent of another participle of the clause ("Разработанные ведомством поправки ...
    запрещённых к ввозу")."""
    after = []
    for t in tokens[i + 1:min(last, i + 5) + 1]:
        if t.pos == "PUNCT":
            break
        after.append(t)
    return tokens[max(first, i - 3):i] + after


def _hypothetical(tokens: list[Token], first: int, last: int) -> bool:
    """True when the clause tokens[first..last] tells its happening under a condition ("если",
    "в случае", "бы": "ячейка, которая осуществляла бы теракты"): violence that would be
    done, not done."""
    keys = [lemma_key(t) for t in tokens[first:last + 1]]
    return any(k in CONDITIONS for k in keys) or any(
        k == CONDITION_NOUN and j > 0 and keys[j - 1] == "в" for j, k in enumerate(keys))


def _arranged(tokens: list[Token], i: int) -> bool:
    """True when a blast at token i is one someone arranges ("устроить взрыв", "планировал
    взрыв"): a bombing, not an accident."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].pos in ("ADJ", "DET", "NUM"):
        j -= 1
    return j >= 0 and lemma_key(tokens[j]) in BOMBING_VERBS


HELD_STATE_WORDS = frozenset(HELD_STATE.split())


def _charged_plan(tokens: list[Token], i: int, first: int) -> bool:
    """True when the plan noun at token i is what a charge or a suspicion alleges, after its
    "в" ("предъявили обвинения в намерении присоединиться к ...", "по подозрению в
    намерении ..."): the charge is told, no one's intent."""
    if tokens[i].pos != "NOUN" or not any(t.role == MODAL and t.type == "intent" for t in _entries(lemma_key(tokens[i]))):
        return False
    j = i - 1
    while j >= first and tokens[j].pos in ("ADJ", "DET"):
        j -= 1
    return j > first and tokens[j].text.lower() == "в" and lemma_key(tokens[j - 1]) in VIOLENCE_ALLEGED


def _entries(key: str) -> tuple:
    entry = lookup(key)
    return () if entry is None else entry if isinstance(entry, tuple) else (entry,)


def _not_done(tokens: list[Token], i: int, first: int) -> bool:
    """True when the violence named at token i was not done: a noun a plot aims at ("с целью
    похищения и убийства") or a picture shows ("видео казней"), a noun that names a person by
    the deed ("участник нападения", "организатор теракта"), a charge through a noun of taking
    part ("подозреваемый в организации терактов"), or what someone was talked
    into or only wished ("убедил его убить", "хотел устроить взрыв"), or only what someone
    calls a deed ("называя его «незаконным похищением»", "расценил арест как похищение")."""
    tok = tokens[i]
    j = i - 1
    if tok.pos == "NOUN" and _named(tokens, i, first):
        return True
    if tok.pos == "NOUN":
        # back over the nouns coordinated before it and their modifiers: "похищения и убийства",
        # and over a noun of taking part: "подозреваемый в организации терактов", with the
        # preposition it governs: "по подозрению в причастности к убийству"
        while j >= first and i - j <= 5 and (tokens[j].pos in ("ADJ", "DET", "NUM", "CCONJ") or (
                tokens[j].pos == "NOUN" and (tokens[j].feats.get("Case") == "Gen" or lemma_key(tokens[j]) in PARTAKING))
                or (tokens[j].pos == "ADP" and j > first and lemma_key(tokens[j - 1]) in PARTAKING)):
            j -= 1
        if j >= first and lemma_key(tokens[j]) in VIOLENCE_AIMED | VIOLENCE_SHOWN | VIOLENCE_DOERS:
            return True  # "с целью убийства", "видео казней", "участник нападения": no deed told here
        if j > first and tokens[j].text.lower() == "в" and lemma_key(tokens[j - 1]) in VIOLENCE_ALLEGED:
            return True  # "Обвиняемый в групповом изнасиловании": a charge, not the deed
        # "хотел устроить взрыв": the verb that would do it, only wished
        return j > first and tokens[j].feats.get("VerbForm") == "Inf" and lemma_key(tokens[j - 1]) in VIOLENCE_URGED
    if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Inf":
        while j >= first and tokens[j].pos in ("PRON", "ADV", "PART"):
            j -= 1
        if j >= first and lemma_key(tokens[j]) in VIOLENCE_URGED:
            return True
        # "собирались похитить поп-звезду ..., убить и кастрировать его": an infinitive that
        # goes on the list of a plan in a clause before is part of that plan, not done
        for k in range(first - 1, -1, -1):
            if _finite(tokens[k]) and not modal_word(tokens[k]):
                return False
            if modal_word(tokens[k]):
                return True
    return False


# A noun inside a compound preposition names nothing: "в отношении Гаева" is "about Гаев",
# no relations.
COMPOUND_PREPOSITIONS = frozenset({("в", "отношение"), ("по", "отношение")})
QUOTE_MARKS = frozenset('«»"„“”\'')


def _figurative(tokens: list[Token], i: int, last: int) -> bool:
    """True when the violent verb at token i is a figure of speech: the noun it takes is a
    feeling or an abstraction, nothing that can be harmed ("ранит чувства японского народа",
    "убить время"), or words are its weapon ("атаковали вопросами")."""
    if tokens[i].pos != "VERB":
        return False
    if any(tokens[j].feats.get("Case") == "Ins" and lemma_key(tokens[j]) in WORDS_AS_WEAPONS
           for j in range(i + 1, min(last, i + 8) + 1)):
        return True
    for j in range(i + 1, min(last, i + 4) + 1):
        tok = tokens[j]
        if tok.pos in ("NOUN", "PROPN"):
            return lemma_key(tok) in FIGURATIVE_OBJECTS
        if tok.pos == "PRON" or (tok.pos not in ("ADJ", "DET", "ADV", "PART") and tok.text not in QUOTE_MARKS):
            return False  # "ранил его": a person taken
    return False


def _thing_ended(tokens: list[Token], i: int, first: int, last: int) -> bool:
    """True when the word of ending at token i (`ENDING`) ends a thing or an abstraction, no
    person: what it ends, the first noun after it in the accusative (a verb) or the genitive,
    over modifiers, a date and an agent in the instrumental and not after a preposition, or
    the subject of its passive, is an inanimate common noun ("ликвидировать дефляцию",
    "ликвидация последствий аварии"), not one that counts people after it ("группу боевиков");
    a person ("ликвидация 2 мая спецназом лидера ...") or a name keeps the killing, and so
    does a word of ending with nothing named."""
    tok = tokens[i]
    if tok.feats.get("Voice") == "Pass" or tok.feats.get("Variant") == "Short":
        subject = next((t for t in reversed(tokens[first:i]) if t.pos in ("NOUN", "PROPN", "PRON")
                        and t.feats.get("Case") == "Nom"), None)
        return subject is not None and subject.pos == "NOUN" and subject.feats.get("Animacy") == "Inan"
    cases = ("Acc", "Gen") if tok.pos == "VERB" else ("Gen",)
    governed = False  # inside a group after a preposition
    for j in range(i + 1, last + 1):
        t = tokens[j]
        if t.pos == "ADP":
            governed = True
        elif t.pos in ("NOUN", "PROPN"):
            if governed or t.feats.get("Case") == "Ins" or (j > i + 1 and (tokens[j - 1].pos == "NUM" or tokens[j - 1].text.isdigit())
                                                            and t.feats.get("Case") == "Gen"
                                                            and t.feats.get("Animacy") == "Inan"
                                                            and lemma_key(t) not in GROUPS):
                governed = False  # "в 2011 году", "спецназом", "2 мая": no object
                continue
            if t.feats.get("Case") not in cases:
                return False
            if t.pos == "PROPN" or t.feats.get("Animacy") != "Inan":
                return False
            if lemma_key(t) in GROUPS:
                continue  # "тысячи жителей": the people counted come next
            return True
        elif t.pos not in ("ADJ", "DET", "NUM", "ADV", "PART") and t.text not in QUOTE_MARKS:
            return False
    return False


def _gunfire(tokens: list[Token], i: int, first: int, last: int, present: dict[str, list[int]]) -> bool:
    """True when the noun of fire at token i (`FIRE_NOUNS`) is shooting: a verb of opening or
    keeping it up in its clause (`FIRING`: "открыл огонь", "вели огонь") or "по" right after it
    ("огонь по людям"); not oil poured on it, an eternal flame or a fire that burns."""
    if any(w in present for w in FIRING):
        return True
    return i + 1 <= last and lemma_key(tokens[i + 1]) == "по"


def _named(tokens: list[Token], i: int, first: int) -> bool:
    """True when the noun at token i is the name a verb of calling gives a deed: in the
    instrumental ("называя его «незаконным похищением»") or after "как" ("расценил как
    похищение"), the verb at most a few words back over its object, quotes and modifiers."""
    as_word = False
    j = i - 1
    if tokens[i].feats.get("Case") in ("Gen", "Acc") and j > first and tokens[j].pos == "NOUN" \
            and tokens[j].feats.get("Case") == "Ins":
        return _named(tokens, j, first)  # "считает их исполнительницами убийства": the doers named
    while j >= first and i - j <= 6:
        tok = tokens[j]
        if lemma_key(tok) in VIOLENCE_NAMED:
            return tokens[i].feats.get("Case") == "Ins" or as_word
        if tok.text.lower() == "как":
            as_word = True
        elif tok.pos == "PUNCT" and tok.text not in QUOTE_MARKS:
            return False
        elif tok.pos not in ("ADJ", "DET", "PRON", "PUNCT", "NOUN", "PROPN", "ADV", "PART"):
            return False
        j -= 1
    return False


def _finite(tok: Token) -> bool:
    return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin"


def modal_word(tok: Token) -> bool:
    """True when the token is a modal word of the table: a plan, refusal, appeal or demand
    that governs the happening it names (`MODAL`)."""
    entry = lookup(lemma_key(tok))
    return entry is not None and any(t.role == MODAL for t in (entry if isinstance(entry, tuple) else (entry,)))


def _topic(tokens: list[Token], i: int, first: int) -> bool:
    """A noun trigger after "о", "об", "по", "про" names a topic, not a happening: "по
    обвинениям в ...", "распоряжение о ее депортации"; after "из-под" a state left behind."""
    if tokens[i].pos != "NOUN":
        return False
    j = i - 1
    while j > first and tokens[j].pos in _FRAME_FILLERS | {"PRON"}:
        j -= 1
    if j > first and lemma_key(tokens[j - 1]) in ANNOUNCING:
        return False  # "объявили об ужесточении контроля": the happening announced
    if j > first and lemma_key(tokens[j]) == "по" and lemma_key(tokens[j - 1]) in OPERATIONS:
        return False  # "проводят операцию по поимке подозреваемых": the operation is the deed
    if _resignation_handed_in(tokens, i, j, first):
        return False  # "подал заявление о своей отставке": the leaving of the post is told
    return (j >= first and lemma_key(tokens[j]) in TOPIC_WORDS) or _inside_topic(tokens, i)


# A paper asking to leave a post and the verbs of handing it in: "подал заявление об отставке",
# "написал прошение об отставке" tells the leaving, no topic.
RESIGNATION_PAPERS = frozenset("заявление прошение рапорт".split())
HANDING_IN = frozenset("подать подавать написать писать направить направлять вручить вручать".split())


def _resignation_handed_in(tokens: list[Token], i: int, j: int, first: int) -> bool:
    """True when the resignation noun at token i stands after the "о"/"об" (token j) of a paper
    asking to leave (`RESIGNATION_PAPERS`) that a verb of the clause hands in (`HANDING_IN`)."""
    if lemma_key(tokens[i]) not in RESIGNATIONS or j <= first or lemma_key(tokens[j]) not in ("о", "об"):
        return False
    if lemma_key(tokens[j - 1]) not in RESIGNATION_PAPERS:
        return False
    return any(lemma_key(t) in HANDING_IN and t.pos == "VERB" for t in tokens[first:j - 1])


# Nouns of an operation whose "по" names the deed it carries out ("операция по освобождению
# заложников", "спецоперация по задержанию"), not a topic.
OPERATIONS = frozenset("операция спецоперация рейд".split())

# Topic prepositions whose noun group may hold a trigger deeper in ("о запрете на посещение",
# "о перспективах ..., волнениях ... и угрозах"); "по" is left out: "по итогам визита" is a frame.
_TOPIC_OPENERS = frozenset("о об обо про".split())
_NOUN_GROUP = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ"})


def _inside_topic(tokens: list[Token], i: int) -> bool:
    """True when the noun at token i stands deeper in the noun group of a topic preposition,
    with no verb between: as a complement ("подпись под документом о запрете на посещение
    Израиля") or a later member of a list ("обменяться мнениями о перспективах ...,
    волнениях в Пакистане и угрозах экстремистов"), a comma allowed only before a member in
    the case of the first."""
    comma = False
    for j in range(i - 1, max(-1, i - 25), -1):
        tok = tokens[j]
        if lemma_key(tok) in _TOPIC_OPENERS and tok.pos == "ADP":
            if j > 0 and lemma_key(tokens[j - 1]) in ANNOUNCING:
                return False
            head = next((t for t in tokens[j + 1:i] if t.pos == "NOUN"), None)
            return head is not None and (not comma or head.feats.get("Case") == tokens[i].feats.get("Case"))
        if tok.text == ",":
            comma = True
        elif tok.pos not in _NOUN_GROUP:
            return False
    return False


def _in_frame(tokens: list[Token], i: int, first: int) -> bool:
    j = i - 1
    while j > first and tokens[j].pos in _FRAME_FILLERS:
        j -= 1
    if j < first:
        return False
    if (tokens[j].text.lower(), lemma_key(tokens[i])) in FRAMES:  # "с официальным визитом"
        return True
    return j > first and (tokens[j - 1].text.lower(), lemma_key(tokens[j])) in FRAMES


def _after_time(tokens: list[Token], i: int, first: int) -> bool:
    """True when the noun at token i follows a preposition of time ("после группового
    изнасилования"), over its modifiers."""
    j = i - 1
    while j > first and tokens[j].pos in _FRAME_FILLERS:
        j -= 1
    return tokens[i].pos == "NOUN" and j >= first and lemma_key(tokens[j]) in TIME_PREPS


def _is_setting(tokens: list[Token], i: int, first: int) -> bool:
    tok = tokens[i]
    if tok.pos != "NOUN" or tok.feats.get("Case") != "Loc":
        return False
    j = i - 1
    while j > first and tokens[j].pos in _FRAME_FILLERS:
        j -= 1
    return j >= first and lemma_key(tokens[j]) in SETTING_PREPS


def choose_head(tokens: list[Token], found: list[Found], first: int, last: int) -> Head | None:
    """The happening a clause reports, or None when it has no trigger or denies its verb
    ("переговоры не состоялись", "не планирует")."""
    if not found or _denied(tokens, found, first, last) or _advised(tokens, first, last):
        return None
    found = [f for f in found if not f.setting] or found
    found = [f for f in found if not _possible(tokens, f.index, first) and not _who_is(tokens, first, f.index)
             and not _penalty_faced(tokens, f.index, first)]
    if not found:
        return None  # "он может быть обвинен": what may come is not reported
    modal = next((f for f in found if f.trigger.role == MODAL), None)
    # A full passive participle describes someone by a happening told elsewhere ("семеро
    # из задержанных были отпущены"): the clause's own verb or noun comes first.
    content = sorted((f for f in found if f.trigger.role != MODAL), key=lambda f: _attributive(tokens[f.index]))
    if modal is not None:
        # What a plan governs follows it: "на форуме предполагается подписание контрактов".
        content = [f for f in content if f.index > modal.index] or content
    inner = _content_head(tokens, content[0], first, last) if content else None
    if modal is not None and _scheduling(tokens, modal.index, first):
        # "планируется встреча", "ожидается, что стороны подпишут": a happening on the
        # calendar, not an actor's stated intent.
        if inner is not None:
            inner.modality = "planned"
        return inner
    if modal is None:
        if inner is not None:
            inner.modality = modality(tokens, inner.index, first, last)
            if content[0].trigger.denial and inner.modality == "negated":
                inner.modality = "actual"
        return inner
    if inner is None and content and content[0].trigger.role == SIGN:
        return None  # "намерен подписать указ": a decree planned is no more an event than one signed
    if inner is None:
        # "готов потребовать": a plan of what another plan word names (a demand, a call)
        later = next((f for f in found if f.trigger.role == MODAL and f.index > modal.index
                      and f.trigger.type in ASKING_TYPES), None)
        if later is not None:
            inner = Head(later.index, later.trigger.type, later.trigger.cameo_root, lemma_key(tokens[later.index]))
    label = _modal_label(tokens, modal.index, inner, last)
    if modal.trigger.type == "intent" and inner is not None:
        if inner.type in OFFICE_TYPES:
            # A planned appointment is still an appointment: CAMEO has no root for either.
            return inner
        if int(inner.cameo_root) >= _FIRST_CONFLICT_ROOT:
            return Head(modal.index, "threaten", "13", label, True)
    if modal.trigger.type == "intent" and inner is None and _defeat_promised(tokens, modal.index):
        # "обещают, что правительство не получит поддержки": a vote promised to fail blocks it
        return Head(modal.index, "threaten", "13", label, True)
    if modal.trigger.type == "intent" and inner is None and _punishment_planned(tokens, modal.index, last):
        # "планирует запретить все VPN-сервисы", "предлагают наказывать за ...": a plan of a
        # punishment is a threat though the verb names no happening of the table
        return Head(modal.index, "threaten", "13", label, True)
    # A plan or refusal shares the participants of what it governs; a call or demand does
    # not: "призвал мировое сообщество помочь Афганистану" is an appeal by its speaker.
    return Head(modal.index, modal.trigger.type, modal.trigger.cameo_root, label,
                modal.trigger.type not in ASKING_TYPES)


def _punishment_planned(tokens: list[Token], i: int, last: int) -> bool:
    """True when the first infinitive after the plan word at token i, within the clause and a
    few words, is a verb of punishing or forbidding (`PUNISHING`), or of bringing down a
    government or defeating a bill (`TOPPLING`, what it aims at among its next nouns)."""
    j = _infinitive_after(tokens, i, last)
    return j is not None and (punishing(tokens, j, last) or _toppling(tokens, j, last))


def _defeat_promised(tokens: list[Token], i: int) -> bool:
    """True when the word at token i promises (`PROMISES`) and its "что"-clause, right after it,
    tells that what is put to a vote fails: the support denied ("не получит поддержки",
    "не наберёт большинства", `VOTE_SUPPORT` within a few words after "не" and a verb of
    getting) or the thing voted down ("будет провален")."""
    if lemma_key(tokens[i]) not in PROMISES:
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k >= len(tokens) or lemma_key(tokens[k]) != "что":
        return False
    rest = tokens[k + 1:]
    for n, tok in enumerate(rest):
        key = lemma_key(tok)
        if tok.text in (".", "!", "?", ";"):
            return False
        if key in VOTED_DOWN:
            return True
        if key in GETTING and n > 0 and lemma_key(rest[n - 1]) == NEGATION and any(
                lemma_key(t) in VOTE_SUPPORT for t in rest[n + 1:n + 1 + _TOPPLED_REACH]):
            return True
    return False


_TOPPLED_REACH = 3  # nouns after a verb of toppling among which what it brings down stands


def _toppling(tokens: list[Token], j: int, last: int) -> bool:
    """True when the verb at token j brings down or defeats (`TOPPLING`) one of `TOPPLED` named
    among the first nouns after it in the clause ("сбросить правительство", "сорвать
    принятие бюджета")."""
    if lemma_key(tokens[j]) not in TOPPLING:
        return False
    nouns = [t for t in tokens[j + 1:last + 1] if t.pos in ("NOUN", "PROPN")][:_TOPPLED_REACH]
    return any(lemma_key(t) in TOPPLED for t in nouns)


def _infinitive_after(tokens: list[Token], i: int, last: int) -> int | None:
    """The first infinitive within a few words (`_INFINITIVE_REACH`) after token i in the clause."""
    for j in range(i + 1, min(last, i + _INFINITIVE_REACH) + 1):
        tok = tokens[j]
        if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Inf":
            return j
    return None


def punishing(tokens: list[Token], j: int, last: int) -> bool:
    """True when the verb at token j punishes or forbids (`PUNISHING`), or expels from a body
    ("исключить из", `EXPELLING`)."""
    key = lemma_key(tokens[j])
    return key in PUNISHING or (key in EXPELLING and any(
        lemma_key(t) == "из" for t in tokens[j + 1:min(last, j + 3) + 1]))


def obligation(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The word of obligation and its infinitive when the clause puts a duty on someone
    ("Белград должен решить вопрос", "Белграду следует доказать", "Россию необходимо
    исключить"), not denied and not advice under "бы"; (word, infinitive) token indexes."""
    if _advised(tokens, first, last):
        return None
    for i in range(first + 1, last + 1):
        if tokens[i].text.lower() in OBLIGED and lemma_key(tokens[i - 1]) != NEGATION:
            j = _infinitive_after(tokens, i, last)
            if j is not None and j <= i + _OBLIGED_REACH:
                return i, j
    return None


def _attributive(tok: Token) -> bool:
    return tok.feats.get("VerbForm") == "Part" and tok.feats.get("Voice") == "Pass" and tok.feats.get("Variant") != "Short"


def _may_be_subject(tok: Token) -> bool:
    """A noun that may be in the nominative: the tagger reads an inanimate "Казахстан" as
    accusative, whose form is the nominative's but for feminine singulars ("панихиду")."""
    if tok.pos not in ("NOUN", "PROPN", "PRON"):
        return False
    f = tok.feats
    return f.get("Case") == "Nom" or (f.get("Case") == "Acc" and f.get("Animacy") != "Anim"
                                      and not (f.get("Gender") == "Fem" and f.get("Number") == "Sing"))


def _scheduling(tokens: list[Token], i: int, first: int) -> bool:
    tok = tokens[i]
    key = lemma_key(tok)
    # The subject is looked for after the last conjunction that opens the plan's clause: in
    # "со ссылкой на звонок из полиции, что против нее собираются завести дело" no one plans.
    start = max((k + 1 for k in range(first, i) if tokens[k].pos == "SCONJ"), default=first)
    if key in INDEFINITE_PLANS and tok.feats.get("Number") == "Plur" and tok.feats.get("Person") == "3" \
            and not any(_may_be_subject(t) for t in tokens[start:i]):
        return True  # "Панихиду планируют провести": no one named plans, the happening is scheduled
    if key not in SCHEDULING:
        return False
    # "запланировал" has an actor; "запланирована", "запланированы" do not.
    return key.endswith("ся") or key == "предстоять" or tok.feats.get("Voice") == "Pass" \
        or tok.feats.get("VerbForm") == "Part"


def modality(tokens: list[Token], i: int, first: int, last: int) -> str:
    """How the clause tokens[first..last] reports the happening its trigger tokens[i] names:
    "negated" when a verb governing the trigger is denied ("не смогли договориться"),
    "conditional" under "если", "бы" or "в случае", "planned" in the future tense ("посетит",
    "будет проведен", "предстоящая встреча"), else "actual"."""
    if i >= first + 2 and tokens[i - 1].pos in ("VERB", "AUX") and lemma_key(tokens[i - 2]) == NEGATION:
        return "negated"
    keys = [lemma_key(t) for t in tokens[first:last + 1]]
    if any(k in CONDITIONS for k in keys) or any(
            k == CONDITION_NOUN and j > 0 and keys[j - 1] == "в" for j, k in enumerate(keys)):
        return "conditional"
    verbs = [t for t in tokens[first:last + 1] if t.pos in ("VERB", "AUX")]
    if any(_future(t) for t in verbs) or (i > first and lemma_key(tokens[i - 1]) in UPCOMING):
        return "planned"
    return "actual"


def _future(verb: Token) -> bool:
    """True for a verb in the future tense, and for the future of "быть" that makes one ("будет
    вести", "будут рассмотрены"): the tagger gives those forms of the буд- stem the present."""
    return verb.feats.get("Tense") == "Fut" or (
        lemma_key(verb) == "быть" and verb.feats.get("VerbForm") == "Fin" and verb.text.lower().startswith("буд"))


def _content_head(tokens: list[Token], f: Found, first: int, last: int) -> Head | None:
    trig = f.trigger
    if trig.role != SIGN:
        return Head(f.index, trig.type, trig.cameo_root, lemma_key(tokens[f.index]))
    papers = [j for j in range(first, last + 1) if lemma_key(tokens[j]) in AGREEMENT_NOUNS]
    decrees = [j for j in range(first, last + 1) if lemma_key(tokens[j]) in DECREES]
    if not papers and not decrees:
        # "Данный законопроект, как ожидается, президент подпишет": the paper in the sentence
        papers = [j for j, t in enumerate(tokens) if lemma_key(t) in AGREEMENT_NOUNS]
        decrees = [j for j, t in enumerate(tokens) if lemma_key(t) in DECREES]
    if decrees and (not papers or min(abs(j - f.index) for j in decrees) < min(abs(j - f.index) for j in papers)):
        return None
    if not papers:
        return Head(f.index, trig.type, trig.cameo_root, lemma_key(tokens[f.index]))
    j = min(papers, key=lambda j: abs(j - f.index))
    type_, root = AGREEMENT_NOUNS[lemma_key(tokens[j])]
    return Head(f.index, type_, root, f"{lemma_key(tokens[f.index])} {lemma_key(tokens[j])}")


def _modal_label(tokens: list[Token], i: int, inner: Head | None, last: int) -> str:
    label = lemma_key(tokens[i])
    if inner is not None:
        return f"{label} {inner.label}"
    for j in range(i + 1, last + 1):
        if tokens[j].pos == "VERB" and tokens[j].feats.get("VerbForm") == "Inf":
            return f"{label} {lemma_key(tokens[j])}"
    return label


def _negated_at(tokens: list[Token], i: int) -> bool:
    """"не" right before token i, or before the verb right before it ("не соответствуют
    действительности")."""
    return (i > 0 and lemma_key(tokens[i - 1]) == NEGATION) or (
        i > 1 and tokens[i - 1].pos in ("VERB", "AUX") and lemma_key(tokens[i - 2]) == NEGATION)


def _advised(tokens: list[Token], first: int, last: int) -> bool:
    """True when the clause says what ought to be done ("следовало бы ускориться с выводом":
    a word of obligation under "бы") rather than what is done, planned or conditional."""
    keys = [lemma_key(t) for t in tokens[first:last + 1]]
    return "бы" in keys and any(k in OUGHT for k in keys)


def _who_is(tokens: list[Token], first: int, i: int) -> bool:
    """True when the trigger at token i stands in a relative clause of "кто" after "тот, "
    ("те, кто оказывал помощь военным"): it says who some people are by what they did, no
    happening."""
    return any(lemma_key(tokens[k]) == WHO and lemma_key(tokens[k - 2]) == "тот" and tokens[k - 1].text == ","
               for k in range(max(first, 2), i))


def _possible(tokens: list[Token], i: int, first: int) -> bool:
    """True when the trigger at token i is governed by "мочь" not denied ("может быть обвинен",
    "могут подписать"), or by a word of a right, an ability or a wish (`ABLE`: "имеет право
    проводить проверки", "способность разбираться в делах", "желает покинуть пост"), a noun
    trigger over the infinitive that takes it: what may happen, not reported as happening."""
    j = i - 1
    if j > first and lemma_key(tokens[j]) == "быть":
        j -= 1
    if j > first and tokens[i].pos == "NOUN" and tokens[j].pos == "VERB" and tokens[j].feats.get("VerbForm") == "Inf":
        j -= 1
    return j >= first and (lemma_key(tokens[j]) == POSSIBLE or lemma_key(tokens[j]) in ABLE) and not (
        j > first and lemma_key(tokens[j - 1]) == NEGATION)


def _penalty_faced(tokens: list[Token], i: int, first: int) -> bool:
    """True when the trigger at token i is a penalty someone faces, governed by "грозить"
    before it in the clause ("ему грозит до 10 лет лишения свободы с конфискацией имущества",
    "за распространение ложных сведений грозит штрафом"): what the law provides, no happening."""
    return any(lemma_key(tokens[k]) == PENALTY_FACED for k in range(first, i))


# Negative pronouns: with "не" they deny the predicate of their clause ("никто не был
# арестован", "ни одному из них не предъявлено обвинение").
NEGATIVE_PRONOUNS = frozenset("никто ничто никакой ничей".split())
NEGATIVE_NI = frozenset("один единый".split())


def _denied(tokens: list[Token], found: list[Found], first: int, last: int) -> bool:
    saying = {f.index for f in found if f.trigger.denial}
    found = [f for f in found if not f.trigger.denial]  # their "не" is what they say
    verbs = {f.index for f in found}
    for f in found:
        # "не предъявили ей обвинения": the verb that takes a noun trigger is denied; so is
        # the one that takes the noun an adjective trigger stands in ("не принимал участия в
        # боевых действиях"); not a word said by its denial ("не согласился с отставкой": the
        # refusal is told, the resignation is what is refused)
        if tokens[f.index].pos in ("NOUN", "ADJ"):
            before = [j for j in range(first, f.index) if tokens[j].pos in ("VERB", "AUX", "ADJ")
                      and (tokens[j].pos != "ADJ" or j in saying)]
            if before and before[-1] not in saying:
                verbs.add(before[-1])
    verbs.update(j for j in range(first, last + 1) if lemma_key(tokens[j]) in LIGHT_VERBS)
    # "обвинение так и не было предъявлено": the verb a noun trigger's entry needs tells it,
    # after the noun as well as before it
    for f in found:
        if tokens[f.index].pos == "NOUN" and f.trigger.needs:
            verbs.update(j for j in range(first, last + 1)
                         if tokens[j].pos in ("VERB", "AUX") and lemma_key(tokens[j]) in f.trigger.needs)
    # "ни одному менеджеру обвинения не предъявлены", "никто не был задержан": a negative
    # pronoun with "не" in the clause denies its predicate, whatever stands between
    keys = [lemma_key(t) for t in tokens[first:last + 1]]
    if NEGATION in keys and any(k in NEGATIVE_PRONOUNS or (k == "ни" and n in NEGATIVE_NI)
                                for k, n in zip(keys, keys[1:] + [""])):
        return True
    # "обвинения ему предъявлено не было": the verb "быть" denied after a participle
    verbs.update(j for j in range(first, last + 1) if lemma_key(tokens[j]) == "быть" and any(
        tokens[k].feats.get("VerbForm") == "Part" and tokens[k].feats.get("Variant") == "Short" for k in range(first, j)))
    # "больше не будет оспаривать обвинения": the future's "быть" between
    return any(j > 0 and lemma_key(tokens[j - 1]) == NEGATION or (
        j > 1 and lemma_key(tokens[j - 1]) == "быть" and lemma_key(tokens[j - 2]) == NEGATION) for j in verbs)


def told_by_support_verb(tokens: list[Token], first: int, last: int, i: int) -> bool:
    """True when the noun trigger at token i is told by the verb its entry needs, finite or a
    short passive participle in the clause tokens[first..last]: "в розыск объявлены двое",
    "взят под стражу", "дело возбуждено". The noun and its verb are one predicate, so the
    clause tells the happening as done even when the noun stands in another case."""
    entry = lookup(lemma_key(tokens[i]))
    if entry is None:
        return False
    needs = set().union(*(t.needs for t in (entry if isinstance(entry, tuple) else (entry,))))
    # an active verb tells it only beside its subject: "высказали озабоченность", "открыла
    # огонь" have theirs in another clause, unread
    subject = any(t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" and k != i
                  for k, t in enumerate(tokens[first:last + 1], first))
    return any(t.pos in ("VERB", "AUX") and lemma_key(t) in needs
               and (t.feats.get("Variant") == "Short" or (t.feats.get("VerbForm") == "Fin" and subject))
               and not (k > first and lemma_key(tokens[k - 1]) == NEGATION)
               for k, t in enumerate(tokens[first:last + 1], first))
