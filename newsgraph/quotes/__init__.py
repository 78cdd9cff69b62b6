"""Who said what: quotations, their speakers, and the titles of people.

`extract_quotes(doc, res)` reads `doc.sents`, `doc.mentions` and `doc.entities` and fills
`doc.quotes` (direct and indirect speech in the body, each with its cue and the entity that
speaks, or None where the text does not settle who) and the `roles` and `titles` of entities. Titles come
first because a title in a cue's subject ("сказал глава Узбекистана") names its holder.
"""
from __future__ import annotations

import bisect
import re

from newsgraph.doc import Document, Quote
from newsgraph.quotes.candidate import Attribution, Candidate
from newsgraph.quotes.direct import find_direct
from newsgraph.quotes.indirect import find_indirect
from newsgraph.quotes.roles import assign_roles, distribute_group_roles, find_titles
from newsgraph.quotes.focus import SpeakerResolver
from newsgraph.quotes.speakers import SPOKESPEOPLE, UNKNOWN_MANY, parsed_subject, relays_unnamed, verb_gender
from newsgraph.quotes.tokens import BodyTokens
from newsgraph.resources import Resources
from newsgraph.syntax import parse_sentences
from newsgraph.roles import RoleBook


def extract_quotes(doc: Document, res: Resources) -> Document:
    """Fill doc.quotes (direct and indirect speech with speaker and cue) and entities' roles
    and titles."""
    doc.quotes = []
    if not doc.sents:
        return doc
    view = BodyTokens.of(doc)
    book = RoleBook(doc)
    titles = find_titles(view, res)
    assign_roles(titles, book)
    distribute_group_roles(titles, book, view)
    direct, quoted = find_direct(view, res)
    inside = Stretches(quoted)
    found = direct + find_indirect(view, res, inside, direct)
    link_speakers(found, SpeakerResolver(view, book, res, inside))
    # Titles learnt from speakers ("глава Узбекистана") can settle a group's title now.
    distribute_group_roles(titles, book, view)
    doc.quotes = [Quote(c.start, c.end, doc.text[c.start:c.end], c.kind, c.attribution.speaker,
                        c.attribution.cue_text)
                  for c in sorted(found, key=lambda c: (c.start, c.end))]
    return doc


# First-person plural words: a body's statement speaking for the body.
_WE = re.compile(r"(?<![\w-])(?:мы|нас|нам|нами|наш|наша|наше|наши|нашего|нашей|нашим|наших|нашу)(?![\w-])",
                 re.IGNORECASE)


def link_speakers(found: list[Candidate], resolver: SpeakerResolver) -> None:
    """Resolve each attribution's subject to an entity, in the order the cues stand."""
    attributions: dict[int, Attribution] = {}
    contents: dict[int, list[Candidate]] = {}
    text = resolver.view.doc.text
    for cand in found:
        attributions.setdefault(id(cand.attribution), cand.attribution)
        contents.setdefault(id(cand.attribution), []).append(cand)
        if cand.kind == "direct" and _WE.search(text, cand.start, cand.end):
            cand.attribution.we = True
    # The sentences whose cue has no subject the rules can read are parsed in one batch.
    view = resolver.view
    parse_sentences([view.doc.sents[view.sent_of[a.cue]] for a in attributions.values() if _unread(a, view)],
                    resolver.res)
    ordered = sorted(attributions.values(), key=lambda a: a.cue)
    redirected: dict[tuple[int, int], int | None] = {}  # (cue, pronoun's first reading): its speaker
    for n, attribution in enumerate(ordered):
        joined = None
        if attribution.same_as is None and not attribution.resolved:
            joined = attribution.same_as = _joined_to(view, attribution, ordered[:n])
        _resolve(attribution, resolver)
        if attribution.same_as is None and attribution.subject.kind != "entity" and attribution.speaker is not None \
                and any(_names(view, c, attribution.speaker) for c in contents[id(attribution)]):
            # "Владелец школы сообщил, что лишил Эльсаеда права …": a speaker the text points to
            # by a title, a pronoun or nothing is not the person its reported clause names as an
            # object. "Он подчеркнул, что Петров ушёл": a pronoun is not the person its clause
            # names as the subject either, but the one who spoke last before it.
            excluded = attribution.speaker
            attribution.speaker = _other_speaker(resolver, attribution) \
                if attribution.subject.kind == "pronoun" else None
            if attribution.subject.kind == "pronoun":
                redirected[(attribution.cue, excluded)] = attribution.speaker
        speaker = attribution.speaker
        if joined is not None and speaker is not None and view.doc.entities[speaker].type == "PER":
            # The joined verb's speaker is in focus from its own cue on ("По его словам" next).
            pos = view.tokens[attribution.cue].start
            resolver.note(pos, speaker)
            resolver.spoken.append((pos, speaker))
    for attribution in ordered:
        # The block after a colon of the same cue ("он подчёркивал, что …:" and the words below)
        # has the speaker its clause gave.
        if attribution.subject.kind == "pronoun" and (attribution.cue, attribution.speaker) in redirected:
            attribution.speaker = redirected[(attribution.cue, attribution.speaker)]


def _other_speaker(resolver: SpeakerResolver, attribution: Attribution) -> int | None:
    """The person who spoke last before the cue, other than the one the pronoun was taken for,
    of the pronoun's gender; that one's place among the speakers goes to him."""
    view, excluded = resolver.view, attribution.speaker
    pos = view.tokens[attribution.cue].start
    gender = attribution.subject.gender or verb_gender(view, attribution.cue)
    found = next((e for p, e in reversed(resolver.spoken) if p < pos and e != excluded), None)
    if found is None or gender is not None and resolver.gender(found) not in (None, gender):
        return None
    if resolver.spoken and resolver.spoken[-1] == (pos, excluded):
        resolver.spoken[-1] = (pos, found)
        resolver.note(pos, found)
    return found


def _pronoun_subject(view: BodyTokens, cue: int) -> bool:
    """True when "он" or "она" is the subject of the cue in its sentence ("он подчеркнул",
    "подчеркнула она"), not a possessive ("по его словам")."""
    low = view.sentence_start(cue)
    return any(view.word(k) in ("он", "она") for k in range(low, min(cue + 2, len(view))))


def _names(view: BodyTokens, cand: Candidate, entity: int) -> bool:
    """True when the reported clause of `cand` names the person `entity` in an oblique case,
    or in any case where a description points to the speaker ("По мнению автора петиции,
    Зюганов демонстрирует …": the writer speaks of the person, not as the person)."""
    if cand.kind != "indirect" or cand.back or view.doc.entities[entity].type != "PER":
        return False
    subject = cand.attribution.subject
    cases = ("Gen", "Acc", "Dat", "Ins")
    if subject.kind == "title" and subject.title is not None and subject.title.generic \
            or subject.kind == "pronoun" and _pronoun_subject(view, cand.attribution.cue):
        cases += ("Nom", None)
    cue = cand.attribution.cue
    if any(view.lemma(k) in SPOKESPEOPLE for k in range(view.sentence_start(cue), cue)):
        return False  # "Представители певицы утверждают, что просьба Лопес …": they speak of her
    for m in view.doc.mentions:
        if m.entity == entity and cand.start <= m.start < cand.end:
            j = view.first_at(m.start)
            if view.case(j) in cases:
                return True
    return False


# Conjunctions after a comma that join a second predicate to the first ("заявил, что …, однако
# напомнил, что …").
_JOINING = frozenset({"однако", "но", "а"})


def _joined_to(view: BodyTokens, attribution: Attribution, earlier: list[Attribution]) -> Attribution | None:
    """The attribution of the sentence's first predicate when the cue is a verb joined to it by
    ", однако" / ", но" / ", а" with only adverbs between ("Политик заявил, что вся партия и сам
    Сальвини осудили этот случай, однако напомнил, что …"): both have one speaker."""
    cue = attribution.cue
    if attribution.subject.kind not in ("absent", "title", "pronoun") \
            or view.tokens[cue].feats.get("VerbForm") != "Fin":
        return None
    j = cue - 1
    while j > 0 and view.tokens[j].pos in ("ADV", "PART") and view.word(j) not in _JOINING:
        j -= 1
    if view.word(j) not in _JOINING or view.tokens[j - 1].text != ",":
        return None
    low = view.sentence_start(cue)
    first = next((k for k in range(low, j) if view.tokens[k].pos in ("VERB", "AUX")
                  and view.tokens[k].feats.get("VerbForm") == "Fin"), None)
    return next((a for a in reversed(earlier) if a.cue == first), None)


def _unread(attribution: Attribution, view: BodyTokens) -> bool:
    """True for an attribution of its own whose cue's subject the word-order rules did not find,
    in a sentence that names a person or an organisation the parse could point to. The cue is
    a verb of speech, or any verb or converb the attribution stands on ("Судья Анна Смирнова
    назначила штраф …, сославшись на то, что …": the converb shares the verb's subject)."""
    cue = attribution.cue
    return attribution.same_as is None and attribution.subject.kind in ("absent", "unknown") \
        and (view.is_cue(cue, converbs=True) or view.tokens[cue].pos == "VERB") \
        and any(view.mention(j) is not None and view.mention(j).type in ("PER", "ORG")
                for j in range(view.sentence_start(cue), view.sentence_end(cue)))


def _resolve(attribution: Attribution, resolver: SpeakerResolver) -> int | None:
    if not attribution.resolved:
        attribution.resolved = True
        if attribution.same_as is not None:
            attribution.speaker = _resolve(attribution.same_as, resolver)
        else:
            subject = attribution.subject
            if _unread(attribution, resolver.view):
                # Where the word-order rules find no one, the parse's subject of the cue may.
                subject = parsed_subject(resolver.view, resolver.res, attribution.cue) or subject
            if relays_unnamed(resolver.view, attribution.cue):
                subject = UNKNOWN_MANY  # "сообщила газета, ссылаясь на свои источники": the sources'
            attribution.speaker = resolver.resolve(subject, attribution.cue, we=attribution.we)
    return attribution.speaker


class Stretches:
    """Character spans (quoted stretches) answering whether an offset falls inside one."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


__all__ = ["extract_quotes"]
