"""Direct speech: words in quotation marks or after a dash, with the cue that attributes them.

The forms found: «…», — сказал X; «…?» — спросил X; X заявил: «…»; a dash-led paragraph
(— …, — сказал X.); a quotation interrupted by its attribution («…, — сказал он. — …»);
a quotation running over several paragraphs, each opening with «, the last one closing it;
a paragraph quoted whole on the line after "X заявил:" or "По её словам:".
A quotation is reported as content spans without the marks; one broken by an attribution
or a paragraph break gives one span per piece, all with the same cue and speaker.
Quoted words that nothing attributes (names, titles, irony) are not quotations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.quotes.candidate import Attribution, Candidate
from newsgraph.quotes.lexicon import (CITED_WORDS, CITING_VERBS, CLAUSE_WORDS, CLOSING, CUE_VERBS, DASHES,
                                      DOCUMENT_NOUNS, PRONOUN_OWNERS, QUOTE_PAIRS, STATEMENT_NOUNS)
from newsgraph.quotes.speakers import CARRIED, Subject, genitive_subject, news_credit, platform, subject_after, subject_before
from newsgraph.quotes.tokens import BodyTokens
from newsgraph.resources import Resources
from newsgraph.russian import fold, lemma_key

_DASH = f"[{DASHES}]{{1,2}}"
# Any quotation mark, opening or closing: the only characters a scan for quoted stretches
# has to stop at.
_MARKS = re.compile("[" + re.escape("".join(sorted(set("".join(QUOTE_PAIRS) + "".join(QUOTE_PAIRS.values()))
                                                    | CLOSING))) + "]")
# After a closing mark: "», — сказал", "?» — спросил", "», сказал".
# Wiki markup may close italics after the mark ("»'', — сказал").
_AFTER_CLOSE = re.compile(rf"(?:'')?\s*(?:[,.!?…]\s*)?{_DASH}\s+|(?:'')?\s*,\s+")
# Inside a quotation or a dash-led paragraph: "…, — сказал он" / "…! — воскликнул он"; wiki
# italics may close before the dash ("…,'' — сказал он").
_INNER = re.compile(rf"([,.!?…])(?:'')?\s*{_DASH}\s+")
# The quotation resumes after its attribution: "сказал он. — …", "сказал он, — …", "сказал он.
# — ''…" (the italics open again).
_RESUME = re.compile(rf"[.,]\s*{_DASH}\s+(?:'')?")
_DASH_PARAGRAPH = re.compile(rf"\s*[{DASHES}]\s+")
# How many tokens may stand between the dash and the cue ("— в свою очередь заявил").
CUE_REACH = 5


@dataclass
class Segment:
    """A top-level quotation mark pair inside one block: content [start, end)."""

    open: int
    start: int
    end: int
    closed: bool
    block: int


def find_direct(view: BodyTokens, res: Resources) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Direct quotations of the body and the character spans of every quoted stretch
    (attributed or not), inside which no other cue is read."""
    doc = view.doc
    found: list[Candidate] = []
    masked: list[tuple[int, int]] = []
    dash_blocks = set()
    block_quotes: dict[int, Candidate] = {}  # paragraphs read as block quotations, by paragraph
    answers, questions = _interview(view)
    for b, (bs, be) in enumerate(doc.body):
        if b in answers or b in questions:
            # An interview laid out as "Имя: ответ" and "Издание: вопрос".
            dash_blocks.add(b)
            if b in answers:
                found.append(answers[b])
            else:
                masked.append((bs, be))
            continue
        m = _DASH_PARAGRAPH.match(doc.text, bs, be)
        block = None
        if m and m.end() < be:
            dash_blocks.add(b)
            parts = _dash_paragraph(view, res, b, m.end(), be)
            found.extend(parts)
            if parts:
                masked.append((m.end(), be))
        elif b > 0 and (_after_colon(doc, b) or _own_words(view, b)
                        or _colon_ends(doc, b - 1) and _own_words(view, b, after_colon=True)):
            block = _colon_block(view, res, b)
        if block is None and b not in dash_blocks and b - 1 in block_quotes:
            block = _block_goes_on(view, block_quotes[b - 1], b)
        if block is not None:
            dash_blocks.add(b)
            found.append(block)
            masked.append((block.start, block.end))
            block_quotes[b] = block
        if b not in dash_blocks and not m:
            block = _signed_after_dash(view, res, b)
            if block is not None:
                dash_blocks.add(b)
                found.append(block)
                masked.append((bs, be))
    segments = [s for b, (bs, be) in enumerate(doc.body) if b not in dash_blocks
                for s in quoted_segments(doc.text, bs, be, b)]
    masked.extend((s.start, s.end) for s in segments)
    previous: Attribution | None = None
    said: Segment | None = None
    last: Segment | None = None
    for chain in _chains(doc, segments):
        last, seen = chain[-1], last
        pieces = []
        for seg in chain:
            pieces.extend(_split_inner(view, res, seg.start, seg.end))
        inner = next((a for _, _, a in pieces if a is not None), None)
        after = None if inner else _after_close(view, res, chain[-1])
        if after is not None and news_credit(view, after.cue):
            # "X называет это злом: «…», сообщает Лента.ру": the outlet credits the news; the
            # words are those of whoever the colon introduces them with.
            colon = _before_open(view, res, chain[0]) or _colon_doer(view, res, chain[0])
            after = None if colon is not None else after
            inner = inner or colon
        if not inner and after is None:
            after = _these_words(view, chain[-1])
        attribution = inner or after or _signed(view, chain[-1]) \
            or _before_open(view, res, chain[0]) or _resumed(view, previous, chain[0]) \
            or _between(view, res, seen, chain[0]) \
            or _own_sentences(view, chain) or _whole_paragraph(view, chain) \
            or _carried_on(view, previous, said, seen, chain)
        if attribution is None:
            continue
        previous, said = attribution, chain[-1]
        lead = _writer_lead(view, chain[0]) if after is not None and len(chain) == 1 and len(pieces) == 1 else None
        if lead is not None:
            # "Акция правоохранительных органов «отражает …», — заявил прокурор": the writer's
            # words and the quoted ones make one reported clause.
            found.append(Candidate(lead, chain[0].end, "indirect", attribution))
            continue
        for start, end, own in pieces:
            start, end = _trim(doc.text, start, end)
            if start < end:
                found.append(Candidate(start, end, "direct", own or attribution))
    found.sort(key=lambda c: c.start)
    return found, masked


# How many words a paragraph's label before its colon may have ("Голос Америки:", "Мустафа
# Джемилев:", "Корр.:").
LABEL_WORDS = 4


def _label(view: BodyTokens, b: int) -> tuple[int, int] | None:
    """(first token, colon token) of a paragraph opening with a short label and a colon with
    words after it and no quotation mark or dash right after the colon; else None."""
    doc = view.doc
    bs, be = doc.body[b]
    if ":" not in doc.text[bs:min(be, bs + 80)]:
        return None
    low = view.first_at(bs)
    for k in range(low, min(low + LABEL_WORDS + 2, len(view))):
        t = view.tokens[k]
        if t.start >= be:
            return None
        if t.text == ":":
            if k == low or not view.tokens[low].text[:1].isupper():
                return None
            start, end = _trim(doc.text, t.end, be)
            if start >= end or doc.text[start] in QUOTE_PAIRS or doc.text[start] in DASHES:
                return None
            return low, k
        if t.pos in ("VERB", "AUX") or t.text in QUOTE_PAIRS or t.text in ",;!?«»\"" \
                or len([j for j in range(low, k + 1) if view.tokens[j].pos != "PUNCT"]) > LABEL_WORDS:
            return None
    return None


def _label_person(view: BodyTokens, low: int, k: int) -> int | None:
    """The person a label names: a name or a surname ("Джемилев:"), or the initials of a
    person the text names ("М. Д.:", "МД:")."""
    entity = named_alone(view, low, k)
    if entity is not None:
        return entity if view.doc.entities[entity].type == "PER" else None
    letters = "".join(ch for j in range(low, k) for ch in view.tokens[j].text if ch.isalpha())
    if not 2 <= len(letters) <= 3 or not letters.isupper():
        return None
    people = {e.id for e in view.doc.entities if e.type == "PER"
              and "".join(w[:1] for w in e.name.split()).upper() in (letters, letters[::-1])}
    return people.pop() if len(people) == 1 else None


def _interview(view: BodyTokens) -> tuple[dict[int, Candidate], set[int]]:
    """An interview laid out as "Имя: ответ": where two or more paragraphs open with the same
    person's name (or surname, or initials) and a colon, the rest of each is that person's
    words, a direct quotation with no cue. Paragraphs opening with another label and a colon
    right before an answer ("Голос Америки:", "Корр.:", "Вопрос:") are the questions, and so
    is every paragraph with such a label: no quotation and no report read inside them."""
    doc = view.doc
    labels: dict[int, tuple[int, int]] = {}
    for b in range(len(doc.body)):
        found = _label(view, b)
        if found is not None:
            labels[b] = found
    if len(labels) < 2:
        return {}, set()
    people: dict[int, list[int]] = {}
    for b, (low, k) in labels.items():
        person = _label_person(view, low, k)
        if person is not None:
            people.setdefault(person, []).append(b)
    people = {p: bs for p, bs in people.items() if len(bs) >= 2}
    if len(people) != 1:
        return {}, set()
    person, blocks = next(iter(people.items()))
    answers: dict[int, Candidate] = {}
    for b in blocks:
        low, k = labels[b]
        start, end = _trim(doc.text, view.tokens[k].start + 1, doc.body[b][1])
        while end > start and doc.text[end - 1] in ".…":
            end -= 1
        answers[b] = Candidate(start, end, "direct", Attribution(k, None, Subject("entity", entity=person)))
    key = lambda b: " ".join(fold(view.tokens[j].text) for j in range(*labels[b]))
    asking = {key(b) for b in labels if b not in answers and b + 1 in answers}
    questions = {b for b in labels if b not in answers and key(b) in asking}
    return answers, questions


def _writer_lead(view: BodyTokens, seg: Segment) -> int | None:
    """Where the sentence starts when the writer's own words, with a predicate's subject and
    no cue, colon or dash, stand before the opening mark in it; else None."""
    k = view.first_at(seg.open)
    if k >= len(view) or view.tokens[k].start != seg.open:
        return None
    low = view.sentence_start(k)
    words = [j for j in range(low, k) if view.tokens[j].pos != "PUNCT"]
    if len(words) < 2 or any(view.tokens[j].text in ":;" or view.tokens[j].text in DASHES
                             or view.tokens[j].text in QUOTE_PAIRS or view.tokens[j].text in CLOSING
                             for j in range(low, k)) \
            or any(view.is_cue(j, converbs=True) or view.lemma(j) in ("слово", "мнение") for j in range(low, k)):
        return None
    if not any(view.case(j) == "Nom" and view.tokens[j].pos in ("NOUN", "PROPN", "PRON") for j in words):
        return None
    return view.tokens[low].start


def _own_sentences(view: BodyTokens, chain: list[Segment]) -> Attribution | None:
    """Whole sentences in quotation marks, in the first person, with no cue ("X рассказал, что …
    «С того дня мне стали звонить. Я не предполагал …»"): the words of the last speaker."""
    doc = view.doc
    first, last = chain[0], chain[-1]
    if not last.closed:
        return None
    bs, be = doc.body[first.block]
    before = doc.text[bs:first.open].rstrip().rstrip("'").rstrip()
    after = doc.text[last.end + 1:doc.body[last.block][1]].strip().lstrip("'")
    # Also after a colon that no cue stands before ("При словах: «Мы …»", "опубликована цитата
    # из письма: «Я …»"): the first-person words are the last speaker's.
    if before and before[-1] not in ".!?…:" or after not in ("", ".") and not after.startswith((". ", ".\n")):
        return None
    depth, own = 0, False
    for k in view.token_range(first.start, last.end):
        t = view.tokens[k]
        if t.text in CLOSING and t.text != '"' and depth > 0:
            depth -= 1  # "„…“": "“" closes here, though it opens an English quotation
        elif t.text in QUOTE_PAIRS and t.text != '"':
            depth += 1
        elif depth == 0 and t.feats.get("Person") == "1" and t.pos in ("PRON", "VERB", "AUX"):
            own = True
    if not own or not _has_verb(view, first.start, last.end):
        return None
    if before.endswith(":"):
        # "Бекенбауэр … ссылался на мнение Юханссона: «…»": the person the sentence opens with.
        k = view.first_at(bs + len(before) - 1)
        low = max(view.sentence_start(k), view.first_at(bs)) if k < len(view) else k
        m = view.mention(low)
        if m is not None and m.type == "PER" and m.entity is not None and m.start == view.tokens[low].start:
            return Attribution(k, None, Subject("entity", entity=m.entity))
    return Attribution(view.first_at(first.open), None, CARRIED)


# How many words a paragraph quoted whole with no cue must hold to be someone's words (a
# shorter one is a title or a slogan: «Социальные сети»).
WHOLE_PARAGRAPH_WORDS = 6


def _whole_paragraph(view: BodyTokens, chain: list[Segment]) -> Attribution | None:
    """A paragraph (or a run of them) quoted whole with no cue, after the text's first line
    ("«Я потрясен …», сказал Говард." and below it "«Это — огромная потеря для Австралии …»"):
    the words of whoever the text has just been quoting or naming."""
    doc = view.doc
    first, last = chain[0], chain[-1]
    if not last.closed or first.block == 0:
        return None
    bs = doc.body[first.block][0]
    after = doc.text[last.end + 1:doc.body[last.block][1]].strip()
    if doc.text[bs:first.open].strip() or after not in ("", "."):
        return None
    words = [k for k in view.token_range(first.start, last.end) if view.tokens[k].pos != "PUNCT"]
    if len(words) < WHOLE_PARAGRAPH_WORDS or not _has_verb(view, first.start, last.end):
        return None
    return Attribution(view.first_at(first.open), None, CARRIED)


def _has_verb(view: BodyTokens, start: int, end: int) -> bool:
    return any(view.tokens[k].pos in ("VERB", "AUX") for k in view.token_range(start, end))


def _signed(view: BodyTokens, seg: Segment) -> Attribution | None:
    """A paragraph quoted whole and signed on the next line: "— Татьяна Скригонюк, заместитель
    начальника пресс-службы …" (a dash, a name, and no verb)."""
    doc = view.doc
    b = seg.block
    if not seg.closed or b + 1 >= len(doc.body) or doc.text[seg.end + 1:doc.body[b][1]].strip(" .") \
            or doc.text[doc.body[b][0]:seg.open].strip():
        return None
    ns, ne = doc.body[b + 1]
    m = _DASH_PARAGRAPH.match(doc.text, ns, ne)
    if not m:
        return None
    j = view.first_at(m.end())
    name = view.mention(j)
    if name is None or name.type != "PER" or any(t.pos in ("VERB", "AUX") for t in view.tokens[j:view.first_at(ne)]):
        return None
    return Attribution(j, None, Subject("entity", entity=name.entity))


def _after_colon(doc, b: int) -> bool:
    # The paragraph right after one that ends in a colon, on the next line or after one blank
    # line: a block quotation ("Кирилл Бородин сказал:" and his words below; "Мэр в twitter
    # написал:", a blank line, the post). Two blank lines between them are where a page lost
    # the quotation (a Wikinews template), and what follows is the writer's again; so is a
    # line after a blank one that ends in a colon of its own ("объявил об отставке тренера:",
    # a blank line, "В заявлении клуба говорится:").
    ps, pe = doc.body[b - 1]
    between = doc.text[pe:doc.body[b][0]]
    if not doc.text[ps:pe].rstrip().endswith(":") or between.strip():
        return False
    lines = between.count("\n")
    return lines == 1 or lines == 2 and not _colon_ends(doc, b)


def _colon_block(view: BodyTokens, res: Resources, b: int) -> Candidate | None:
    """A paragraph quoted whole after "X заявил:" or "По её словам:" on the line before; a
    paragraph in quotation marks is left to the marks."""
    doc = view.doc
    bs, be = doc.body[b]
    start, end = _trim(doc.text, bs, be)
    if start >= end or doc.text[start] in QUOTE_PAIRS or doc.text[start] in DASHES:
        return None
    attribution = None
    if _after_colon(doc, b):
        # "По его словам, …, часть жителей которого считает себя …:": the words are his.
        attribution = _according_colon(view, b) or _colon_before(view, res, start, b, dash=True) \
            or _doer_colon(view, res, b)
    if attribution is None and _colon_ends(doc, b - 1) and _own_words(view, b, after_colon=True):
        # "По его словам, …:" and, after a blank line, words in the first person that ask
        # questions of their own ("Можем ли мы выстрелить себе в ногу?").
        attribution = _according_colon(view, b) or _colon_before(view, res, start, b, dash=True)
    if attribution is None and _after_colon(doc, b) and _verbless_after_speech(view, b - 1) \
            and len([k for k in view.token_range(start, end) if view.tokens[k].pos != "PUNCT"]) >= WHOLE_PARAGRAPH_WORDS \
            and _has_verb(view, start, end):
        # "Автор исследования X отметил, что …" / "Её причина — в несоответствии …:" / the
        # words below: the colon goes on with the speaker of the paragraph before.
        attribution = Attribution(view.first_at(bs), None, CARRIED)
    if attribution is None and _own_words(view, b):
        # "…находился рядом Брэд Питт:" and a paragraph in the first person below it, or such
        # a paragraph with no colon before it (an interview's answer): the words of the
        # person in focus.
        attribution = Attribution(view.first_at(bs), None, CARRIED)
    if attribution is None:
        return None
    while end > start and doc.text[end - 1] in ".…":
        end -= 1
    return Candidate(start, end, "direct", attribution)


# The attribution closing a paragraph of direct speech with no marks: "… — сказала певица."
_CLOSING_DASH = re.compile(rf"[,.!?…]?\s+{_DASH}\s+")
# How many tokens that attribution may run to, the dash and the final stop included.
CLOSING_REACH = 8
# How many tokens after "эти слова" ("с этими словами") the name of the one who said them may
# stand: "«…», — эти слова командира корабля Павла Виноградова цитирует …".
THESE_WORDS_REACH = 12


def _signed_after_dash(view: BodyTokens, res: Resources, b: int) -> Candidate | None:
    """A paragraph of someone's words with no quotation marks and the attribution after a
    dash at its very end ("Там его видение, харизма, характер — сказала Варвара Визбор."): the
    paragraph up to the dash is the quotation."""
    doc = view.doc
    bs, be = doc.body[b]
    start, end = _trim(doc.text, bs, be)
    if start >= end or _MARKS.search(doc.text, start, end) is not None:
        return None
    last = None
    for m in _CLOSING_DASH.finditer(doc.text, start, end):
        last = m
    if last is None or last.start() == start:
        return None
    tail = view.token_range(last.end(), end)
    if len(tail) > CLOSING_REACH or any(view.tokens[k].pos == "PUNCT" and view.tokens[k].end < end for k in tail):
        return None  # the attribution must close the paragraph, one clause with no more than a stop
    cue = _cue_near(view, last.end(), end)
    if cue is None or cue != view.first_at(last.end()):
        return None
    attribution = _attribute_after(view, res, cue)
    if attribution.subject.kind not in ("entity", "pronoun", "title"):
        return None
    q_start, q_end = _trim(doc.text, start, last.start())
    if len(view.token_range(q_start, q_end)) < 4:
        return None
    return Candidate(q_start, q_end, "direct", attribution)


def _according_colon(view: BodyTokens, b: int) -> Attribution | None:
    # "По её словам:" closing the paragraph before.
    ps, pe = view.doc.body[b - 1]
    colon = ps + len(view.doc.text[ps:pe].rstrip()) - 1
    k = view.first_at(colon)
    if k >= len(view) or view.tokens[k].start != colon:
        return None
    for j in range(max(view.sentence_start(k), view.first_at(ps)) + 2, k):
        word = view.word(j - 1)
        if view.lemma(j) in ("слово", "мнение") and word in PRONOUN_OWNERS and view.word(j - 2) == "по":
            gender, number = PRONOUN_OWNERS[word]
            return Attribution(j, " ".join(t.text for t in view.tokens[j - 2:j + 1]),
                               Subject("pronoun", gender=gender, number=number))
    return None


def _verbless_after_speech(view: BodyTokens, b: int) -> bool:
    """True for a paragraph ending in a colon with no finite verb of its own ("Её причина — в
    несоответствии желаемого и действительного:") right after a paragraph with a cue."""
    doc = view.doc
    if b < 1:
        return False
    ps, pe = doc.body[b]
    own = view.token_range(ps, pe)
    if len([k for k in own if view.tokens[k].pos != "PUNCT"]) < 3 or len(own) > 30 or any(view.tokens[k].pos in ("VERB", "AUX")
                                       and view.tokens[k].feats.get("VerbForm") in ("Fin", None) for k in own):
        return False
    qs, qe = doc.body[b - 1]
    return any(view.is_cue(k) for k in view.token_range(qs, qe))


def _colon_ends(doc, b: int) -> bool:
    ps, pe = doc.body[b]
    return doc.text[ps:pe].rstrip().endswith(":")


# Possessives of the first and second person ("наши мысли", "ваша помощь").
_OWN_POSSESSIVES = frozenset({"мой", "наш", "твой", "ваш"})
# Nouns after "наш" in the outlet's own voice ("по нашим данным", "нашему корреспонденту").
_NEWSROOM = frozenset({"корреспондент", "редакция", "издание", "газета", "сайт", "портал", "агентство",
                       "журналист", "данные", "информация", "источник", "читатель"})


def _block_goes_on(view: BodyTokens, before: Candidate, b: int) -> Candidate | None:
    """The paragraph on the very next line after a block quotation (no blank line between),
    with no marks, dash or cue of its own and words in the first or second person ("В
    сообщении клуба говорится:", the statement, and below it "Наши мысли — с их семьями"):
    the same speaker's words go on."""
    doc = view.doc
    bs, be = doc.body[b]
    between = doc.text[doc.body[b - 1][1]:bs]
    start, end = _trim(doc.text, bs, be)
    if between.count("\n") != 1 or between.strip() or start >= end or doc.text[start] in QUOTE_PAIRS \
            or doc.text[start] in DASHES or _colon_ends(doc, b):
        return None
    first, last = view.first_at(start), view.first_at(end)
    if any(view.is_cue(k, converbs=True) for k in range(first, last)):
        return None
    depth, own = 0, False
    for k in range(first, last):
        t = view.tokens[k]
        if t.text in QUOTE_PAIRS or t.text == "(":
            depth += 1
        elif t.text in CLOSING or t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t.pos == "DET" and view.lemma(k) == "наш" and view.lemma(k + 1) in _NEWSROOM:
            return None  # "по нашим данным", "нашему корреспонденту": the outlet's own voice
        elif depth == 0 and (t.feats.get("Person") in ("1", "2") and t.pos in ("PRON", "VERB", "AUX")
                             and not (t.feats.get("Number") == "Plur" and lemma_key(t) in CUE_VERBS)
                             or t.pos == "DET" and view.lemma(k) in _OWN_POSSESSIVES):
            own = True
    if not own:
        return None
    while end > start and doc.text[end - 1] in ".…":
        end -= 1
    return Candidate(start, end, "direct", before.attribution)


def _own_words(view: BodyTokens, b: int, after_colon: bool = False) -> bool:
    """True for a paragraph that is someone's own words with no mark or cue to say so: in the
    first person, outside quotation marks, after a paragraph of the writer's; not a question
    and with no cue of its own, unless a colon introduced it (`after_colon`)."""
    doc = view.doc
    bs, be = doc.body[b]
    text = doc.text[bs:be].rstrip()
    if not text or text.endswith("?") and not after_colon or b < 2:
        return False
    tokens = view.tokens[view.first_at(bs):view.first_at(be)]
    if not tokens or tokens[0].pos == "PUNCT":
        return False
    first = view.first_at(bs)
    if not after_colon and any(view.is_cue(first + k, converbs=True) for k in range(len(tokens))):
        return False  # a cue of its own says whose words they are
    # Words in the first person outside quotation marks: a title in marks ("премьера
    # «Травиата», где я буду режиссёром") leaves them the paragraph's own; words inside marks
    # are someone else's.
    # Words in parentheses ("песня «…» (Время работает на меня)") are an aside of the writer's.
    depth, own = 0, False
    for t in tokens:
        if t.text in QUOTE_PAIRS and t.text != '"' or t.text == "(":
            depth += 1
        elif t.text in CLOSING and t.text != '"' or t.text == ")":
            depth = max(0, depth - 1)
        elif t.text == '"':
            return False  # straight marks: who opens and who closes cannot be told
        elif depth == 0 and t.feats.get("Person") == "1" and t.pos in ("PRON", "VERB", "AUX") \
                and not (t.feats.get("Number") == "Plur" and lemma_key(t) in CUE_VERBS):  # "Напомним"
            own = True
    return own


def _doer_colon(view: BodyTokens, res: Resources, b: int) -> Attribution | None:
    """The paragraph before ends "Плющенко также пригласил фигуристку в своё шоу:" (a verb
    that is no cue): whoever did it speaks below; "X приводит письмо компании Y:" gives the
    document's author."""
    ps, pe = view.doc.body[b - 1]
    k = view.first_at(ps + len(view.doc.text[ps:pe].rstrip()) - 1)
    if k >= len(view) or view.tokens[k].text != ":" or _passive_statement(view, b):
        return None
    return _doer_before(view, res, k, max(view.sentence_start(k), view.first_at(ps)))


def _passive_statement(view: BodyTokens, b: int) -> bool:
    """True for a paragraph whose first sentence is a passive statement in the third person
    ("С генерала сняты все обвинения", "Задержаны трое подозреваемых"), with no word of the
    first or second person in it: the writer tells what was done, no one's words."""
    bs, be = view.doc.body[b]
    first = view.first_at(bs)
    if first >= len(view) or view.tokens[first].start >= be:
        return False
    for k in view.token_range(bs, be):
        t = view.tokens[k]
        if t.feats.get("Person") in ("1", "2") and t.pos in ("PRON", "VERB", "AUX") \
                or t.pos == "DET" and view.lemma(k) in _OWN_POSSESSIVES:
            return False
    for k in range(first, min(view.sentence_end(first), view.first_at(be))):
        t = view.tokens[k]
        form = t.feats.get("VerbForm")
        if t.pos in ("VERB", "AUX") and (form in ("Fin", None) or form == "Part" and t.feats.get("Variant") == "Short"):
            return t.feats.get("Voice") == "Pass"
    return False


def _doer_before(view: BodyTokens, res: Resources, k: int, low: int) -> Attribution | None:
    """The subject of the last finite verb before the colon at token `k`, passing over a
    relative clause ("выложила фотографию с подругой Анной, которая стала её донором:": the one
    who posted, not the friend)."""
    verbs = [j for j in range(k - 1, low - 1, -1) if view.tokens[j].pos == "VERB"
             and view.tokens[j].feats.get("VerbForm") == "Fin"]
    verb = next((j for j in verbs if not _in_relative_clause(view, j, low)), None)
    if verb is None:
        return None
    for j in range(verb + 1, k):
        if view.lemma(j) in DOCUMENT_NOUNS:
            n = next((n for n in range(j + 1, min(k, j + 4)) if view.mention(n) is not None), None)
            m = view.mention(n) if n is not None else None
            if m is not None and m.type in ("ORG", "PER") and not platform(view, n):
                # "в своём микроблоге в Твиттере запись:": the network is where the post appears,
                # not the one whose post it is
                return Attribution(verb, view.tokens[verb].text, Subject("entity", entity=m.entity))
    subject = subject_before(view, res, verb)
    if subject.kind == "absent":
        subject = subject_after(view, res, verb, stop=k)  # "приветствовал гостей губернатор X:"
    if subject.kind not in ("entity", "pronoun", "title"):
        return None
    return Attribution(verb, view.tokens[verb].text, subject)


def _in_relative_clause(view: BodyTokens, j: int, low: int) -> bool:
    """True when token `j` stands in a relative clause opened after a comma ("…, которая стала
    её донором"): going back from it, "который" (after a comma, or a comma and a preposition)
    comes before any other comma."""
    for n in range(j - 1, low - 1, -1):
        if view.lemma(n) == "который":
            opener = n - 1 - (n - 1 > low and view.tokens[n - 1].pos == "ADP")
            return opener >= low and view.tokens[opener].text == ","
        if view.tokens[n].text == ",":
            return False
    return False


def quoted_segments(text: str, start: int, end: int, block: int = 0) -> list[Segment]:
    """Top-level quotation mark pairs of text[start:end]; an unclosed one runs to `end`.

    >>> [(s.start, s.end, s.closed) for s in quoted_segments('a «b „c“ d» "e', 0, 14)]
    [(3, 10, True), (13, 14, False)]
    """
    out = []
    stack: list[tuple[str, int]] = []
    for mark in _MARKS.finditer(text, start, end):
        pos = mark.start()
        ch = text[pos]
        if stack and ch in QUOTE_PAIRS[stack[-1][0]] and not (
                ch == '"' and _opens(text, pos, start) and pos > start and text[pos - 1].isspace()):
            # A straight mark with a space before it and a word after it opens a name quoted
            # inside the quotation ("«По сути, у "Единой России" были …»" in straight marks).
            opener, at = stack.pop()
            if not stack:
                out.append(Segment(at, at + 1, pos, True, block))
            continue
        if ch in QUOTE_PAIRS and not (ch in CLOSING and not _opens(text, pos, start)):
            stack.append((ch, pos))
    if stack:
        at = stack[0][1]
        out.append(Segment(at, at + 1, end, False, block))
    return out


def _opens(text: str, pos: int, start: int) -> bool:
    # A straight or English mark opens a quotation where a word follows it and a space or
    # the start of the block precedes it.
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "(«„:—–-") and not after.isspace()


def _chains(doc, segments: list[Segment]) -> list[list[Segment]]:
    # A quotation over several paragraphs leaves each paragraph open and opens the next one
    # with a quotation mark again.
    chains: list[list[Segment]] = []
    for seg in segments:
        if chains:
            last = chains[-1][-1]
            if not last.closed and seg.block == last.block + 1 and \
                    not doc.text[doc.body[seg.block][0]:seg.open].strip():
                chains[-1].append(seg)
                continue
        chains.append([seg])
    return chains


def _split_inner(view: BodyTokens, res: Resources, start: int, end: int):
    """The pieces of a quoted stretch around an attribution inside it, as (start, end,
    attribution or None)."""
    text = view.doc.text
    for m in _INNER.finditer(text, start, end):
        cue = _cue_near(view, m.end(), end)
        if cue is None:
            continue
        first_end = m.start(1) if m.group(1) == "," else m.end(1)
        attribution = _attribute_after(view, res, cue)
        pieces = [(start, first_end, attribution)]
        resume = _RESUME.search(text, view.tokens[cue].end, end)
        if resume:
            # «…, — говорит X, — … сейчас, — заключил X, — …»: a second attribution further on
            # closes the resumed piece and gives the piece after it its own cue.
            rest = _split_inner(view, res, resume.end(), end)
            if len(rest) > 1:
                pieces.append((rest[0][0], rest[0][1], attribution))
                pieces.extend(rest[1:])
            else:
                pieces.append((resume.end(), end, attribution))
        return pieces
    return [(start, end, None)]


def _dash_paragraph(view: BodyTokens, res: Resources, block: int, start: int, end: int) -> list[Candidate]:
    pieces = _split_inner(view, res, start, end)
    attribution = pieces[0][2]
    if attribution is None:
        attribution = _colon_before(view, res, start, block, dash=True)
    if attribution is None:
        return []
    out = []
    for s, e, own in pieces:
        s, e = _trim(view.doc.text, s, e)
        if s < e:
            out.append(Candidate(s, e, "direct", own or attribution))
    return out


def _words_closed(view: BodyTokens, seg: Segment) -> tuple[int, int] | None:
    """Where the words after a closed quotation's ", —" start, and where its paragraph ends."""
    if not seg.closed or _embedded(view, seg):
        return None
    block_end = view.doc.body[seg.block][1]
    m = _AFTER_CLOSE.match(view.doc.text, seg.end + 1, block_end)
    return (m.end(), block_end) if m else None


def _after_close(view: BodyTokens, res: Resources, seg: Segment) -> Attribution | None:
    after = _words_closed(view, seg)
    if after is None:
        return None
    cue = _cue_near(view, *after)
    return None if cue is None else _attribute_after(view, res, cue)


def _these_words(view: BodyTokens, seg: Segment) -> Attribution | None:
    """ "«…», — эти слова командира корабля Павла Виноградова цитирует …", "«…», — с этими
    словами Квачков отправился …": the words pointed back to are those of the person named
    right after them."""
    after = _words_closed(view, seg)
    if after is None:
        return None
    j = view.first_at(after[0])
    if view.word(j) in ("с", "со"):
        j += 1
    if j + 1 >= len(view) or view.lemma(j) not in ("этот", "такой") or view.lemma(j + 1) not in CITED_WORDS:
        return None
    end = view.sentence_end(j)
    for n in range(j + 2, min(end, j + THESE_WORDS_REACH)):
        if view.tokens[n].pos == "PUNCT" and view.tokens[n].text not in QUOTE_PAIRS and view.tokens[n].text not in CLOSING:
            return None
        name = view.mention(n)
        if name is not None and name.type == "PER" and name.entity is not None:
            return Attribution(j + 1, None, Subject("entity", entity=name.entity))
    return None


def _embedded(view: BodyTokens, seg: Segment) -> bool:
    # Quoted words closing the writer's own clause ("Причиной стала «неточность формулировок»,
    # заявил X"): the clause is reported speech, found by the indirect finder.
    k = view.first_at(seg.open)
    if k >= len(view):
        return False
    low = max(view.sentence_start(k), view.first_at(view.doc.body[seg.block][0]))
    words = [t for t in view.tokens[low:k] if t.pos != "PUNCT"]
    return len(words) >= 2 and not any(t.text == ":" for t in view.tokens[low:k]) \
        and any(t.pos in ("VERB", "AUX") for t in words)


def _before_open(view: BodyTokens, res: Resources, seg: Segment) -> Attribution | None:
    found = _colon_before(view, res, seg.open, seg.block, dash=False) or _said_before(view, res, seg)
    if found is not None or not seg.closed:
        return found
    # "Юханссон передумал, несмотря на возраст: «…»." closing its paragraph: a verb that is no
    # cue before the colon, and whoever did it speaks.
    text = view.doc.text
    bs, be = view.doc.body[seg.block]
    head = text[bs:seg.open].rstrip()
    if not head.endswith(":") or text[seg.end + 1:be].strip(" .…!?"):
        return None
    k = view.first_at(bs + len(head) - 1)
    if k >= len(view) or view.tokens[k].text != ":":
        return None
    doer = _doer_before(view, res, k, max(view.sentence_start(k), view.first_at(bs)))
    return None if doer is None else Attribution(doer.cue, None, doer.subject)  # the verb is no cue word


def _said_before(view: BodyTokens, res: Resources, seg: Segment) -> Attribution | None:
    """ "…, сказав «мы принялись за …»": a quotation of a sentence's words right after "сказать"
    with no colon (a verb that names or calls, "назвал атмосферу «хорошей»", is no such cue)."""
    k = view.first_at(seg.open) - 1
    if k < 0 or view.tokens[k].end > seg.open or view.lemma(k) != "сказать" or not view.is_cue(k, converbs=True) \
            or not seg.closed or len(view.doc.text[seg.start:seg.end].split()) < 4:
        return None
    subject = subject_before(view, res, k)
    if subject.kind == "absent":
        subject = subject_after(view, res, k)
    return Attribution(k, view.tokens[k].text, subject)


def _colon_doer(view: BodyTokens, res: Resources, seg: Segment) -> Attribution | None:
    """ "X называет это злом: «…»": whoever does the verb before the colon that opens the
    quotation speaks (the verb is no cue word)."""
    bs = view.doc.body[seg.block][0]
    head = view.doc.text[bs:seg.open].rstrip()
    if not head.endswith(":"):
        return None
    k = view.first_at(bs + len(head) - 1)
    if k >= len(view) or view.tokens[k].text != ":":
        return None
    doer = _doer_before(view, res, k, max(view.sentence_start(k), view.first_at(bs)))
    return None if doer is None else Attribution(doer.cue, None, doer.subject)


def _colon_before(view: BodyTokens, res: Resources, pos: int, block: int, dash: bool) -> Attribution | None:
    """The cue of "X заявил: «…»", or of the paragraph before when it ends in a colon. A
    dash-led paragraph can only be introduced by the paragraph before it."""
    doc = view.doc
    text = doc.text
    # Wiki markup may open italics and a straight mark before the guillemets (": ''"«…»''").
    head = "" if dash else text[doc.body[block][0]:pos].rstrip().rstrip("'\"").rstrip()
    if head.endswith(":"):
        colon = doc.body[block][0] + len(head) - 1
    elif not head and block > 0:
        ps, pe = doc.body[block - 1]
        prev = text[ps:pe].rstrip()
        if not prev.endswith(":"):
            return None
        colon = ps + len(prev) - 1
    else:
        return None
    k = view.first_at(colon)
    if k >= len(view) or view.tokens[k].start != colon:
        return None
    low = view.sentence_start(k)
    j = k
    while j > low:
        j -= 1
        if view.tokens[j].text in CLOSING or view.tokens[j].text in QUOTE_PAIRS:
            # A name in quotation marks ("сообщал представитель движения «Братья-мусульмане»:")
            # is passed over; other quoted words end the search.
            opening = next((o for o in range(j - 1, max(low, j - 6) - 1, -1) if view.tokens[o].text in QUOTE_PAIRS), None)
            if view.tokens[j].text in QUOTE_PAIRS or opening is None \
                    or not any(view.mention(n) is not None for n in range(opening + 1, j)):
                break
            j = opening
            continue
        if view.is_cue(j, converbs=True):
            # "…, говорится в сообщении X:": an impersonal cue's source is the document's
            # author, never a name in the words before it.
            subject = subject_after(view, res, j, stop=k) if view.impersonal(j) else subject_before(view, res, j)
            verb = _cue_of_converb(view, j, low)
            shared = subject_before(view, res, verb) if verb is not None else None
            if shared is not None and shared.kind != "absent":
                # "Он выразил надежду на то, что …, добавив:": the converb shares the subject
                # of the first cue of its sentence, read where that cue stands, never a name
                # of the clause that cue reports.
                return Attribution(verb, view.tokens[j].text, shared)
            if subject.kind == "absent":
                subject = subject_after(view, res, j, stop=k)
            return Attribution(j, view.tokens[j].text, subject)
    statement = _statement_before(view, res, k, low) or _framed_by_noun(view, res, k, low)
    if statement is not None:
        return statement
    # A headline's "Мирзиёев: «…»": a name alone before the colon speaks without a cue.
    if not dash and k > low:
        entity = named_alone(view, low, k)
        if entity is not None:
            return Attribution(k, None, Subject("entity", entity=entity))
    # "Хозяин крупной плантации Джино Дескальси:" and the words below, or "Обозреватель РИА
    # Новости Сергей Петухов: «…»" opening its paragraph: a person's name closing a phrase
    # with no verb.
    m = view.mention(k - 1) if k - 1 >= low else None
    if m is not None and m.type == "PER" and m.entity is not None \
            and (dash or low == view.first_at(doc.body[block][0])) \
            and not any(view.tokens[j].pos in ("VERB", "AUX") for j in range(low, k)):
        return Attribution(k, None, Subject("entity", entity=m.entity))
    return None


def _cue_of_converb(view: BodyTokens, j: int, low: int) -> int | None:
    """The first finite cue of the sentence before the converb at token `j`, else None."""
    if view.tokens[j].feats.get("VerbForm") != "Conv":
        return None
    return next((v for v in range(low, j) if view.tokens[v].feats.get("VerbForm") == "Fin" and view.is_cue(v)), None)


def _statement_before(view: BodyTokens, res: Resources, k: int, low: int) -> Attribution | None:
    """ "X выступил сегодня со специальным заявлением: «…»", "X направил заявление: «…»": a verb
    with a statement noun after "с" or as its object right before the colon speaks through its
    subject, with no cue word."""
    j = k - 1
    # "X отшучивается словами: «…»": words in the instrumental after a verb that is no cue.
    in_words = j > low and view.lemma(j) in CITED_WORDS and view.case(j) == "Ins"
    if j <= low or view.lemma(j) not in STATEMENT_NOUNS and not in_words:
        return None
    j -= 1
    while j > low and view.tokens[j].pos in ("ADJ", "DET"):
        j -= 1
    if view.tokens[j].pos == "VERB" and view.tokens[j].feats.get("VerbForm") == "Fin" \
            and (view.case(k - 1) in ("Acc", None) or in_words):
        verb = j  # "направил заявление: «…»", "сделал заявление:": the statement as the verb's object
    elif view.case(k - 1) == "Ins" and view.lemma(k - 1) in STATEMENT_NOUNS and view.word(j) not in ("с", "со"):
        # "закончив интервью необычным заявлением:": a statement in the instrumental after the
        # verb that ends or opens something with it.
        verb = next((v for v in range(j, max(low - 1, j - 5), -1) if view.tokens[v].pos == "VERB"
                     and view.tokens[v].feats.get("VerbForm") in ("Fin", "Conv")), None)
        if verb is None:
            return None
        subject = subject_before(view, res, verb)
        return None if subject.kind == "absent" else Attribution(verb, view.tokens[k - 1].text, subject)
    elif view.word(j) not in ("с", "со") or in_words:
        return None
    else:
        verb = next((v for v in range(j - 1, max(low - 1, j - 5), -1) if view.tokens[v].pos == "VERB"
                     and view.tokens[v].feats.get("VerbForm") == "Fin"), None)
    if verb is None:
        return None
    subject = subject_before(view, res, verb)
    cue = view.tokens[verb].text if in_words else None
    return None if subject.kind == "absent" else Attribution(verb, cue, subject)


def _framed_by_noun(view: BodyTokens, res: Resources, k: int, low: int) -> Attribution | None:
    """ "Комментарий шведского телевидения: «…»", "Слова Сагдеева из интервью: «…»": a
    sentence that opens with a noun of speech (no verb before the colon: its case is the
    nominative whatever the tagger says); the genitive after the noun speaks (unnamed where
    it names no one)."""
    if k - low < 2 or view.case(low) not in ("Nom", "Acc", None) \
            or view.lemma(low) not in STATEMENT_NOUNS and view.lemma(low) not in CITED_WORDS \
            or any(view.tokens[j].pos in ("VERB", "AUX") for j in range(low, k)):
        return None
    subject = genitive_subject(view, res, low + 1, k)
    return Attribution(low, view.tokens[low].text, subject if subject.kind != "absent" else Subject("unknown"))


def named_alone(view: BodyTokens, low: int, k: int) -> int | None:
    """The entity when tokens [low, k) are one name and nothing else; a surname the tagger
    missed in a headline is found among the document's people."""
    doc = view.doc
    names = {view.mention_of[j] for j in range(low, k)}
    if None in names and view.mention_of[k - 1] is not None and all(
            view.mention_of[j] is not None or view.tokens[j].pos == "PROPN" and view.tokens[j].text[:1].isupper()
            for j in range(low, k)):
        # "Виктор Понедельник:" with the first name left out of the person's mention.
        names.discard(None)
    if len(names) == 1 and None not in names:
        m = doc.mentions[names.pop()]
        return m.entity if m.type in ("PER", "ORG") else None
    if k - low == 1 and view.tokens[low].text[:1].isupper():
        word = fold(view.tokens[low].text)
        people = {e.id for e in doc.entities if e.type == "PER" and fold(e.name.split()[-1]) == word}
        return people.pop() if len(people) == 1 else None
    return None


def _resumed(view: BodyTokens, previous: Attribution | None, seg: Segment) -> Attribution | None:
    # «…», — сказал он. — «…»: the second quotation goes on under the same attribution.
    if previous is None:
        return None
    cue_end = view.tokens[previous.cue].end
    between = view.doc.text[cue_end:seg.open]
    if cue_end < seg.open and len(between) < 120 and "\n" not in between \
            and not any(ch in between for ch in "«»\"„“”") and _RESUME.search(between) \
            and between.rstrip().endswith(tuple(DASHES)):
        return previous
    return None


# How many characters of the writer's words may stand between a quotation and the quoted
# sentences carried over to its speaker in the same paragraph, and how many words those
# sentences make at least.
CARRY_GAP = 150
CARRY_WORDS = 5


def _carried_on(view: BodyTokens, previous: Attribution | None, said: Segment | None,
                seen: Segment | None, chain: list[Segment]) -> Attribution | None:
    """ "«…», сказал X. «…»" and a quoted paragraph after "«…», — говорит X.": quoted sentences
    with no cue of their own that follow, in the same or the next paragraph, the quotation
    attributed just before them, are carried over to its speaker (no cue). The quoted words make whole
    sentences (a capital, five words or more) and end their paragraph; no other quoted
    stretch stands between, and the previous quotation closed before its cue."""
    if previous is None or said is None or seen is not said or not said.closed:
        return None
    text = view.doc.text
    first, end = chain[0], chain[-1]
    if not end.closed or first.block - said.block > 1:
        return None
    if view.tokens[previous.cue].start < said.end:
        return None
    body = text[first.start:end.end].lstrip("'\" ")
    if not body[:1].isupper() or len(body.split()) < CARRY_WORDS:
        return None
    tail = text[end.end + 1:view.doc.body[end.block][1]]
    if tail.strip(" '.!?…\u00a0\n"):
        return None
    lead = text[view.doc.body[first.block][0]:first.open] if first.block != said.block \
        else text[said.end + 1:first.open]
    if first.block == said.block and len(lead) > CARRY_GAP or \
            first.block != said.block and lead.strip() and not lead.rstrip().endswith(":"):
        return None
    return Attribution(view.first_at(first.open), None, CARRIED)


def _between(view: BodyTokens, res: Resources, last: Segment | None, seg: Segment) -> Attribution | None:
    """ "«…», говорит X, «…»": the attribution standing between two quoted pieces of one
    sentence, for the second piece (the first may be the writer's clause)."""
    if last is None or not last.closed or last.block != seg.block:
        return None
    m = _GAP.fullmatch(view.doc.text, last.end + 1, seg.open)
    if not m:
        return None
    cue = _cue_near(view, m.start(1), m.end(1))
    if cue is None or cue != view.first_at(m.start(1)):
        return None
    attribution = _attribute_after(view, res, cue)
    return attribution if attribution.subject.kind in ("entity", "pronoun", "title") else None


# Between two quoted pieces: a comma, the cue and its subject, a comma ("», говорит X, «").
_GAP = re.compile(rf"(?:'')?\s*,\s*(?:{_DASH}\s+)?([^«»\"„“”.!?:;,\n]{{3,60}}),\s*(?:{_DASH}\s*)?")


def _cue_near(view: BodyTokens, pos: int, end: int) -> int | None:
    """A cue among the first few tokens at `pos`, before any punctuation."""
    j = view.first_at(pos)
    for k in range(j, min(j + CUE_REACH, len(view))):
        tok = view.tokens[k]
        if tok.start >= end:
            return None
        if tok.pos == "PUNCT" or view.word(k) in CLAUSE_WORDS or view.lemma(k) == "который":
            return None  # "«Лидс», которого считают …": a name and a clause about its bearer
        if view.is_cue(k) or _cites_words(view, k):
            return k
    return None


def _cites_words(view: BodyTokens, k: int) -> bool:
    # "«…», — приводит Reuters слова министра": a citing verb with the words cited after it.
    return view.lemma(k) in CITING_VERBS and view.tokens[k].feats.get("VerbForm") == "Fin" \
        and any(view.lemma(n) in CITED_WORDS for n in range(k + 1, min(view.sentence_end(k), k + 5)))


def _attribute_after(view: BodyTokens, res: Resources, cue: int) -> Attribution:
    subject = subject_after(view, res, cue)
    if subject.kind == "absent":
        # "— он сказал": the subject stands between the dash and the cue.
        j = cue
        while j > 0 and view.tokens[j - 1].pos != "PUNCT":
            j -= 1
        subject = subject_before(view, res, cue, floor=j)
    return Attribution(cue, view.tokens[cue].text, subject)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ","):
        end -= 1
    return start, end
