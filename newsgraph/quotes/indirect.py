"""Indirect speech: what someone said, reported in the writer's words.

The forms found, the quotation's span being the reported content:
"X заявил, что …" (also "… о том, что …", "X выразил уверенность, что …", "X пояснил: …"),
"…, заявил X, выступая на …", "Как сообщил X, …" and "…, как сообщил X", "По словам X, …"
(and "по мнению X"), "Об этом сообщил X" (the sentence before), and a converb carrying on
the speaker of its sentence ("…, — сказал он, добавив, что …"). "…, — заявил X" after
unquoted words is direct speech and reported as such. A news outlet's credit standing after
what it credits ("…, сообщает РБК", "Об этом сообщила газета") is no quotation.
"""
from __future__ import annotations

from newsgraph.quotes.candidate import Attribution, Candidate
from newsgraph.quotes.lexicon import (ACCORDING_TO, ON_VIEW, ACCUSING_VERBS, ANONYMOUS, CITED_WORDS, CITING_VERBS, CLOSING, CREDIT_VERBS, CUE_VERBS,
                                      CUE_WITH_OBJECT, DASHES, DENYING_VERBS, DOCUMENT_NOUNS, IMPERSONAL_CUES,
                                      NOTICE_VERBS,
                                      OPINION_PARTICIPLES, OPINION_VERBS, OUTLETS, PRONOUN_OWNERS, QUOTE_PAIRS, SPEAKING_BODIES, THOUGHT_VERBS,
                                      GENERIC_BODIES, GROUP_COUNTS, MEMBERS, NAMED_BODIES, SPEAKING_GROUPS)
from newsgraph.quotes.speakers import (ABSENT, UNKNOWN, Subject, nominal_subject, clause_subject, document_source,
                                       genitive_subject, news_credit, subject_after, subject_before)
from newsgraph.quotes.direct import named_alone
from newsgraph.quotes.tokens import _ANY_CUE, BodyTokens
from newsgraph.resources import Resources
from newsgraph.roles import ROLE_HEADS

# Words that may stand between a cue and ", что" ("заявил журналистам в среду, что").
GAP_LIMIT = 8
_THAT = frozenset({"что", "будто"})
_FINAL = ".!?…;"
_BUT = frozenset({"а", "но", "однако"})
# The verb of "ссылаясь на то, что …" / "сославшись на то, что …", in both aspects.
_CITING_CONVERBS = frozenset({"ссылаться", "сослаться"})


def find_indirect(view: BodyTokens, res: Resources, inside, direct: list[Candidate]) -> list[Candidate]:
    """Indirect quotations outside the quoted stretches `inside` (a predicate on offsets),
    given the direct ones already found (whose cues are not read again)."""
    # A cue whose direct quotation stands in a later paragraph ("заявил, что намерен подать
    # апелляцию:" and the block below) still reports the clause after it.
    # So does one whose quotation follows its clause in the same sentence ("Кержаев сказал, что,
    # предположительно, …, буквально: «…»").
    # A cue right after its direct quotation is that quotation's, unless a clause of its own
    # follows it ("«…», — и добавил, что «…»").
    used = {c.attribution.cue for c in direct
            if view.block_of(c.start) == view.block_of(view.tokens[c.attribution.cue].start)
            and c.start < view.tokens[c.attribution.cue].start
            and not (view.word(c.attribution.cue + 1) == "," and view.word(c.attribution.cue + 2) in _THAT)}
    taken = [(c.start, c.end) for c in direct]
    found: list[Candidate] = []
    headline = _headline_statement(view, res)
    if headline is not None and not any(s < headline.end and headline.start < e for s, e in taken):
        found.append(headline)
        taken.append((headline.start, headline.end))
    lemmas, words = view.lemmas, view.words
    for i in range(len(view)):
        if lemmas[i] not in _TRIGGERS and words[i] != "согласно":
            continue  # a word none of the readings below starts from
        if i in used or inside(view.tokens[i].start):
            continue
        cand = None
        if view.is_cue(i, converbs=True):
            cand = _clause_after(view, res, i, found + direct)
            if cand is None and (view.tokens[i].feats.get("VerbForm") == "Fin" or view.tokens[i].pos == "ADJ"):
                cand = _as_said(view, res, i) or _clause_before(view, res, i) or _about_this(view, res, i)
        elif _participle_cue(view, i):
            j = i + 1 + view.object_width(i)
            cand = _make(view, res, i, view.tokens[j + 2].start, view.sentence_end(i), found + direct)
        elif (lemma := lemmas[i]) in ACCORDING_TO:
            cand = _according_to(view, res, i) or (_noun_report(view, res, i) if lemma not in ON_VIEW else None)
        elif words[i] == "согласно":
            cand = _according_to_person(view, i)
        elif lemma in REPORT_NOUNS:
            cand = _noun_report(view, res, i)
        elif lemma in HELD_VIEWS:
            cand = _held_view(view, res, i)
        elif lemma == "предлог" and view.word(i - 1) == "под":
            cand = _pretext(view, res, i)
        elif lemma in _CITING_CONVERBS and [view.word(i + n) for n in (1, 2, 3)] == ["на", "то", ","] \
                and view.word(i + 4) in _THAT and i + 5 < view.sentence_end(i) and view.word(i - 1) != "не":
            # "Защитник, ссылаясь на то, что подсудимый раскаялся, попросил …", "сославшись на
            # то, что …": the argument the speaker gives.
            cand = _make(view, res, i, view.tokens[i + 5].start, view.sentence_end(i), found + direct)
        elif lemma in CITING_VERBS and view.lemma(i + 1) in CITED_WORDS \
                and view.tokens[i].feats.get("VerbForm") == "Fin":
            cand = _words_cited(view, res, i)
        if cand is None or cand.end <= cand.start:
            continue
        cand.end = _to_closing_mark(view, cand.start, cand.end)
        opened = cand.start > 0 and view.doc.text[cand.start - 1] in QUOTE_PAIRS  # "сообщил, что «…»"
        if any(s < cand.end and cand.start < e for s, e in taken) or inside(cand.start) and not opened:
            _name_source(found, cand)
            continue
        found.append(cand)
        taken.append((cand.start, cand.end))
        if cand.head is not None and not any(s < cand.head[1] and cand.head[0] < e for s, e in taken):
            found.append(Candidate(cand.head[0], cand.head[1], "indirect", cand.attribution))
            taken.append(cand.head)
    return found


# The suffixes of a present active participle ("считающий", "полагающие"), looked for
# anywhere in the word: its ending follows them.
_PRESENT_PARTICIPLE = ("ущ", "ющ", "ащ", "ящ")


def _participle_cue(view: BodyTokens, i: int) -> bool:
    """An active participle of a verb of speech with its clause right after it (and its object):
    "депутат, выразивший убеждение, что …", "министр, заявивший, что …"."""
    tok = view.tokens[i]
    if tok.feats.get("VerbForm") != "Part" or tok.feats.get("Voice") != "Act" or tok.feats.get("Variant") == "Short" \
            or view.word(i - 1) == "не":
        return False
    lemma = view.lemma(i)
    if lemma in CUE_WITH_OBJECT:
        width = view.object_width(i)
        if width == 0:
            return False
    elif lemma in CUE_VERBS and lemma not in OPINION_VERBS and lemma not in THOUGHT_VERBS and lemma not in IMPERSONAL_CUES:
        width = 0
    elif lemma in OPINION_PARTICIPLES and any(suffix in view.word(i) for suffix in _PRESENT_PARTICIPLE):
        width = 0  # "группа, считающая, что …": a view held now (the tagger's tense is unsure)
    else:
        return False
    j = i + 1 + width
    return j + 2 < view.sentence_end(i) and view.word(j) == "," and view.word(j + 1) in _THAT


def _name_source(found: list[Candidate], cand: Candidate) -> None:
    """ "Соседи считают, что … Об этом заявил первый замминистра Эдуард Товпинец": a report
    of the sentence before whose own subject names no one ("соседи", "стороны") has the
    speaker "Об этом заявил" names."""
    if cand.attribution.subject.kind != "entity" or not cand.back:
        return
    for c in found:
        if c.kind == "indirect" and c.start >= cand.start and c.end <= cand.end \
                and c.attribution.subject.kind in ("unknown", "absent") and c.attribution.same_as is None:
            c.attribution = cand.attribution


def _headline_statement(view: BodyTokens, res: Resources) -> Candidate | None:
    """A headline "Эрдоган: брюссельский террорист был задержан в Турции" (a name, a colon and
    a clause without quotation marks): the named person or body's statement."""
    doc = view.doc
    if not doc.body:
        return None
    bs, be = doc.body[0]
    line = doc.text[bs:be]
    colon = line.find(":")
    # Quotation marks after the colon make a direct quotation ("Мирзиёев: «…»"); a name in
    # marks inside the clause does not ("Роскомнадзор: … не связано с «законом Яровой»").
    if colon <= 0 or any(ch in line[:colon] for ch in "«»\"„“”") or line[colon + 1:].lstrip()[:1] in tuple("«»\"„“”"):
        return None
    k = view.first_at(bs + colon)
    low = view.first_at(bs)
    if k >= len(view) or view.tokens[k].start != bs + colon or k == low:
        return None
    entity = named_alone(view, low, k)
    if entity is not None:
        subject = Subject("entity", entity=entity)
    else:
        # "Глава Малайзии: …": a title alone before the colon.
        subject = nominal_subject(view, res, low)
        if subject is None or subject.kind != "title" or subject.title.end != k:
            return None
    start, end = view.first_at(bs + colon + 1), view.first_at(be)
    # "ФИФА: Роналду — лучший футболист": a dash between two words stands for the verb.
    if not (_has_predicate(view, start, end) or _dash_predicate(view, start, end)):
        return None
    s, e = _strip_marks(doc.text, bs + colon + 1, be)
    while e > s and doc.text[e - 1] in _FINAL:
        e -= 1
    return Candidate(s, e, "indirect", Attribution(k, None, subject))


def _clause_after(view: BodyTokens, res: Resources, i: int, known: list[Candidate]) -> Candidate | None:
    """ "X заявил (журналистам), что …", "X пояснил: …"."""
    end = view.sentence_end(i)
    j = i + 1 + view.object_width(i)
    if view.lemma(i) in _HELD and view.tokens[i].feats.get("Tense") == "Past":
        return None  # "он думал, что …": a belief the text narrates, not one stated
    if view.lemma(i) in ACCUSING_VERBS:
        # "Назарбаев обвинил руководителей холдинга в том, что …": the charge is the report.
        # A plural verb with no plural subject before it in its clause ("Насира обвинили в том,
        # что …", "христиане, которых обвиняли в том, что …") is a charge with no one who lays
        # it: the accused is never the speaker.
        k = view.charge_clause(i)
        if k is None or k + 4 >= end or view.tokens[i].feats.get("Number") == "Plur" and not _plural_subject(view, i):
            return None
        return _make(view, res, i, view.tokens[k + 4].start, end, known)
    limit = min(end, j + (1 if view.lemma(i) in THOUGHT_VERBS else GAP_LIMIT))
    if j < end - 1 and view.word(j) == "что" and view.tokens[i].feats.get("VerbForm") in ("Fin", "Conv"):
        # "МИД Италии подтвердил что …", "…, отметив что …": the comma left out.
        return _make(view, res, i, view.tokens[j + 1].start, end, known)
    while j < limit:
        tok = view.tokens[j]
        if tok.text in QUOTE_PAIRS or tok.text in CLOSING or _wiki_marks(tok.text) or tok.text == "]":
            # A name in quotation marks ("в интервью телеканалу «Узбекистон», что") or in a
            # wiki's italics marks ("ответил в ''Twitter'', что").
            j += 1
            limit = min(end, limit + 1)
            continue
        if tok.text == ",":
            if j + 1 < end and view.word(j + 1) in _THAT:
                if _refuted(view, i, j) or view.lemma(j + 2) == "касаться" and view.word(j - 1) == "том":
                    return None  # "говорит о том, что касается покушения: «…»": a topic, then the words
                return _make(view, res, i, view.tokens[j + 2].start if j + 2 < end else None, end, known)
            if j + 1 < end and view.tokens[j + 1].pos == "ADP":
                j += 1  # "сообщила «Интерфаксу», со ссылкой на звонок из полиции, что …"
                limit = min(end, limit + 6)
                continue
            return None
        if tok.text == ":":
            nxt = view.tokens[j + 1] if j + 1 < end else None
            if nxt is None or nxt.text in QUOTE_PAIRS or nxt.text in DASHES:
                return None
            if not _has_predicate(view, j + 1, end):
                return None  # "на вопросы отвечали: командир …, бортинженер …": a list, no report
            return _make(view, res, i, nxt.start, end, known)
        if tok.pos == "PUNCT":
            return None
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") in ("Fin", "Inf"):
            return None
        j += 1
    return None


def _plural_subject(view: BodyTokens, i: int) -> bool:
    """True when a noun or pronoun in the nominative plural stands before the cue at `i` in
    its clause (no punctuation between)."""
    k = i - 1
    while k >= view.sentence_start(i) and view.tokens[k].pos != "PUNCT":
        t = view.tokens[k]
        if t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Number") == "Plur" and t.feats.get("Case") == "Nom":
            return True
        k -= 1
    return False


# Verbs of a belief held: in the past tense ("думал, что …", "рассчитывал, что …", "считала,
# что …", the imperfective of a view held then) the text tells what the person expected or
# believed, not what they said.
_HELD = frozenset({"думать", "рассчитывать", "считать"})


def _refuted(view: BodyTokens, i: int, comma: int) -> bool:
    # "опроверг предположения, что …", "опровергли информацию о том, что …": someone else's claim.
    return view.lemma(i) in DENYING_VERBS and view.word(i - 1) != "не" and any(view.tokens[j].pos == "NOUN" for j in range(i + 1, comma))


def _wiki_marks(text: str) -> bool:
    return bool(text) and set(text) == {"'"}


def _make(view: BodyTokens, res: Resources, i: int, start: int | None, end_tok: int,
          known: list[Candidate]) -> Candidate | None:
    if start is None:
        return None
    end = _content_end(view, _next_attribution(view, view.first_at(start), end_tok, cue=i))
    if view.tokens[i].feats.get("VerbForm") == "Conv" or view.word(i - 1) == "и" and _earlier_cue(view, i, known):
        attribution = _converb(view, res, i, known)  # "…, и подчеркнул, что …": the same subject
    else:
        subject = subject_before(view, res, i)
        # An impersonal cue ("Сообщение опубликовано на сайте ЦБ РФ, в котором указано, что …")
        # has no subject of its own: an unnamed subject before it is the sentence's, and the
        # document near the cue names the author.
        if subject.kind == "absent" or subject.kind == "unknown" and view.impersonal(i):
            subject = subject_after(view, res, i)
        if subject.kind == "absent" and _indefinite(view, i):
            return None
        attribution = Attribution(i, view.tokens[i].text, subject)
    end = _to_closing_mark(view, start, end)
    start, end = _strip_marks(view.doc.text, start, end)
    return Candidate(start, end, "indirect", attribution)


def _indefinite(view: BodyTokens, i: int, floor: int | None = None) -> bool:
    """True for a cue in the third person plural with no subject anywhere near it
    ("Предполагают, что …", "…, и считают, что …", "говорят, что …"): people at large, no
    source the text gives."""
    tok = view.tokens[i]
    if tok.feats.get("Number") != "Plur" or tok.feats.get("VerbForm") != "Fin" \
            or view.lemma(i) not in OPINION_VERBS and view.lemma(i) not in THOUGHT_VERBS and view.lemma(i) != "говорить" \
            and view.lemma(i) not in ACCUSING_VERBS:
        return False
    return not any(t.pos in ("NOUN", "PROPN", "PRON", "NUM") and t.feats.get("Case") in ("Nom", None)
                   for t in view.tokens[view.sentence_start(i) if floor is None else floor:i])


def _to_closing_mark(view: BodyTokens, start: int, end: int) -> int:
    """Where a reported clause opening with a quotation mark ends: at its closing mark when that
    stands further on in the same block, over sentences ("сказал, что «… лет. Время … концерт»")."""
    text = view.doc.text
    while start < end and text[start].isspace():
        start += 1
    if start >= end:
        return end
    if text[start] != "«":
        # "По словам очевидцев, нападавший «просто зашёл в магазин. Нож был большой»": a mark
        # opened inside the clause and left open at its sentence's end runs to its closing mark.
        opened = text.rfind("«", start, end)
        if opened < 0 or "»" in text[opened + 1:end] or text.count("«", start, end) != text.count("»", start, end) + 1:
            return end
        start = opened
    elif "«" in text[start + 1:end] or "»" in text[start + 1:end]:
        return end
    block = view.block_of(start)
    block_end = view.doc.body[block][1]
    close = text.find("»", end, block_end)
    if close < 0 or "«" in text[end:close]:
        return end
    # The content ends right after the mark, where the sentence ends.
    return close + 1 if text[close + 1:close + 2] in (".", "", "\n") or close + 1 == block_end else end


def _earlier_cue(view: BodyTokens, i: int, known: list[Candidate]) -> bool:
    sent = view.sent_of[i]
    return any(c.attribution.cue < i and view.sent_of[c.attribution.cue] == sent for c in known)


def _converb(view: BodyTokens, res: Resources, i: int, known: list[Candidate]) -> Attribution:
    # "…, — сказал он, добавив, что …": the converb shares the speaker of the cue before it
    # in its sentence; else the subject of the sentence speaks.
    sent = view.sent_of[i]
    before = [c.attribution for c in known if c.attribution.cue < i and view.sent_of[c.attribution.cue] == sent]
    if before:
        prev = max(before, key=lambda a: a.cue)
        return Attribution(i, view.tokens[i].text, prev.subject, same_as=prev)
    return Attribution(i, view.tokens[i].text, subject_before(view, res, i))


def _clause_before(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "…, заявил X (, выступая на …)." and the unquoted direct "…, — сказал X." """
    low = view.sentence_start(i)
    k = i - 1
    if k > low and view.word(k) == "так" and view.tokens[k - 1].text in DASHES:
        k -= 1  # "…, — так говорится в тексте", "…, — так ответил X"
    dash = False
    while k >= low and view.tokens[k].text in DASHES:
        dash, k = True, k - 1
    if k < low or view.tokens[k].text != ",":
        return None
    if not dash and any(view.date_aside(j) == k for j in range(max(low, k - 6), k)):
        return None  # "Об этом в пятницу, 5 мая 2023 года, сообщил …": the date is the cue's own
    content = [t for t in view.tokens[low:k] if t.pos != "PUNCT"]
    # Words quoted at the end of the writer's clause ("стала «неточность формулировок»,
    # заявил X") leave it reported speech; a sentence quoted whole is direct speech.
    whole_quote = view.tokens[low].text in QUOTE_PAIRS or view.tokens[low].text == "'"
    if not dash and view.tokens[low].text not in DASHES and (len(content) < 3 or not _has_predicate(view, low, k)):
        return _parenthetical(view, res, i)
    if len(content) < 3 or view.tokens[low].text in DASHES or (view.tokens[k - 1].text in CLOSING and whole_quote) \
            or not _has_predicate(view, low, k) or _as_said_before(view, low, k):
        return None
    subject = subject_after(view, res, i)
    if subject.kind == "absent" or _outlet_credit(view, i) and not _person_of_outlet(view, i):
        return None
    if not dash:
        # "Было бы неплохо, отмечает X, если бы …": the sentence goes on after the attribution
        # with a subordinate clause of the report; the words before and after are its pieces.
        inside = _parenthetical(view, res, i)
        if inside is not None and view.word(view.first_at(inside.start)) in _SUBORDINATE:
            head = _strip_marks(view.doc.text, view.tokens[low].start, view.tokens[k].start)
            if head[0] < head[1]:
                inside.head = head
            return inside
    attribution = Attribution(i, view.tokens[i].text, subject)
    first = low
    # "О том, что телеканал должен ему 8 млн рублей, заявил …": the clause after "что".
    if [view.word(j) for j in range(low, min(low + 4, k))] in (["о", "том", ",", "что"], ["об", "этом", ",", "что"]):
        first = low + 4
    start, end = _strip_marks(view.doc.text, view.tokens[first].start, view.tokens[k].start)
    # Unquoted words in the first person ("…, мы очень довольны, сказал X") are the speaker's own.
    # Words in quotation marks inside the writer's clause ("а Китай — «выгоден нам»") are not.
    depth, own = 0, False
    for t in view.tokens[first:k]:
        depth += (t.text in QUOTE_PAIRS and t.text != '"') - (t.text in CLOSING and t.text != '"')
        own = own or depth <= 0 and t.feats.get("Person") == "1" and t.pos in ("PRON", "VERB", "AUX")
    # A document's words after a dash ("…, — так говорится в тексте") are its content retold,
    # not a speaker's own.
    spoken = dash and not view.impersonal(i)
    return Candidate(start, end, "direct" if spoken or own else "indirect", attribution)


# Conjunctions opening a subordinate clause that goes on with a report after an attribution
# set off by commas.
_SUBORDINATE = frozenset({"если", "чтобы", "поскольку", "ведь"})


def _as_said_before(view: BodyTokens, low: int, k: int) -> bool:
    """True when the words before the comma at `k` end in an attribution of their own ("Кроме
    того, он, как сообщается, сообщил …"): the cue after it is the sentence's predicate."""
    j = k - 1
    while j > low and view.tokens[j].pos == "ADV":
        j -= 1
    return j > low and view.lemma(j) in CUE_VERBS and view.word(j - 1) == "как"


def _parenthetical(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "Сейчас, продолжал он, правительство ассигновало …", "Установление летнего времени,
    подчеркнул президент, будет полезным": an attribution set off by commas inside the report
    it attributes; the clause after it is the quotation."""
    end = view.sentence_end(i)
    close = next((j for j in range(i + 1, min(end, i + 2 + SUBJECT_REACH)) if view.tokens[j].text == ","), None)
    if close is None or close + 1 >= end or not _has_predicate(view, close + 1, end) or _outlet_credit(view, i) \
            or _credit_between(view, i, close):
        return None
    subject = subject_after(view, res, i, stop=close)
    if subject.kind == "absent":
        return None
    start, stop = _strip_marks(view.doc.text, view.tokens[close + 1].start,
                               _content_end(view, _next_attribution(view, close + 1, end)))
    cand = Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, subject))
    # The words before the attribution are the report's first piece when they are a noun
    # phrase (the reported clause's subject), not a linking word or phrase ("Сейчас,
    # продолжал он", "А спустя десять дней, обещает он").
    low, comma = view.sentence_start(i), i - 1
    while comma > low and view.tokens[comma].text in DASHES:
        comma -= 1
    if view.tokens[comma].text == "," and sum(t.pos != "PUNCT" for t in view.tokens[low:comma]) >= 2 \
            and view.tokens[low].pos in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"):
        head = _strip_marks(view.doc.text, view.tokens[low].start, view.tokens[comma].start)
        if head[0] < head[1]:
            cand.head = head
    return cand


# How many words an attribution set off by commas may hold ("подчеркнул президент РФ").
SUBJECT_REACH = 6


def _as_said(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "Как сообщил X, …" and "…, как сообщил X." """
    low, end = view.sentence_start(i), view.sentence_end(i)
    k = i - 1
    while k >= low and view.tokens[k].pos == "ADV":
        k -= 1  # "как ранее заявил"
    if k < low or view.word(k) != "как":
        return None
    # At the sentence's start, or after a linking phrase ("Кроме того, как отмечает агентство, …").
    linked = k - 1 > low and view.tokens[k - 1].text == "," and k - 1 - low <= 3 and not _has_predicate(view, low, k - 1)
    if k == low or (k - 1 == low and view.tokens[low].pos in ("CCONJ", "PUNCT", "ADV")) or linked:
        comma = next((j for j in range(i + 1, end) if view.tokens[j].text == ","), None)
        if comma is None or comma + 1 >= end:
            return None
        subject = subject_after(view, res, i, stop=comma)
        comma = _past_apposition(view, comma, end)
        start, stop = view.tokens[comma + 1].start, _content_end(view, _next_attribution(view, comma + 1, end))
    elif view.tokens[k - 1].text == "," and view.lemma(k - 2) in _RELATIVE_WORDS:
        # "…высказываниями, которые, как отмечают эксперты, входят в противоречие с …": the
        # relative clause's predicate after the attribution is the report.
        comma = next((j for j in range(i + 1, end) if view.tokens[j].text == ","), None)
        if comma is None or comma + 1 >= end or not _has_predicate(view, comma + 1, end):
            return None
        subject = subject_after(view, res, i, stop=comma)
        start, stop = view.tokens[comma + 1].start, _content_end(view, _next_attribution(view, comma + 1, end))
    elif view.tokens[k - 1].text in (",", "("):
        # "…, как сообщил X." and "… (как заявил его сын)."; "…, как пишет «Gzt.Ru», …" is an
        # outlet's credit for the news.
        if k - 1 - low < 3 or _outlet_credit(view, i) and not _person_of_outlet(view, i):
            return None
        subject = subject_after(view, res, i)
        start, stop = view.tokens[low].start, view.tokens[k - 1].start
    else:
        return None
    if subject.kind == "absent" and _indefinite(view, i, floor=k):
        return None  # "…, который, как полагают, …": no source
    start, stop = _strip_marks(view.doc.text, start, stop)
    return Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, subject))


_RELATIVE_WORDS = frozenset({"который", "которая", "которое", "которые"})


def _past_apposition(view: BodyTokens, comma: int, end: int) -> int:
    """The comma closing an apposition that opens after `comma` ("Как заявил X, член комитета
    по безопасности, следователи …"): a noun phrase with no predicate up to the next comma;
    else `comma`."""
    head = comma + 1
    if head >= end or view.tokens[head].pos != "NOUN" or view.case(head) not in ("Nom", None) \
            or view.mention(head) is not None:
        return comma
    close = next((j for j in range(head + 1, min(end, head + 12)) if view.tokens[j].text == ","), None)
    if close is None or close + 1 >= end or _has_predicate(view, head, close) \
            or any(view.word(j) in _THAT or view.word(j) == "который" for j in range(head, close)) \
            or not _has_predicate(view, close + 1, end):
        return comma
    return close


def _according_to(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "По словам X, …", "по его словам", "…, по мнению X, …"."""
    low, end = view.sentence_start(i), view.sentence_end(i)
    # "На его взгляд, …", "на взгляд экспертов": the one noun of opinion after "на" (accusative).
    by_word, cases = ("на", ("Acc", "Nom", None)) if view.lemma(i) in ON_VIEW else ("по", ("Dat", None))
    if view.tokens[i].feats.get("Case") not in cases or view.word(i - 1) == "":
        return None
    if view.word(i - 1) == by_word or by_word == "по" and view.word(i - 1) == "согласно":
        by = i - 1
        subject = genitive_subject(view, res, i + 1, end)
    elif view.word(i - 1) in PRONOUN_OWNERS and view.word(i - 2) == by_word:
        by = i - 2
        gender, number = PRONOUN_OWNERS[view.word(i - 1)]
        subject = Subject("pronoun", gender=gender, number=number)
    elif view.tokens[i - 1].pos == "ADJ" and view.word(i - 2) == by_word and view.tokens[i - 1].feats.get("Case") == "Dat":
        by = i - 2  # "По первоначальным словам девушки, …"
        subject = genitive_subject(view, res, i + 1, end)
    elif view.tokens[i - 1].pos == "ADJ" and view.word(i - 2) in PRONOUN_OWNERS and view.word(i - 3) == by_word:
        by = i - 3  # "По его собственному заявлению, …"
        gender, number = PRONOUN_OWNERS[view.word(i - 2)]
        subject = Subject("pronoun", gender=gender, number=number)
    elif view.tokens[i - 1].pos == "ADJ" and view.word(i - 2) == by_word \
            and view.case(i - 1) in ("Dat", None) and view.word(i - 1) not in PRONOUN_OWNERS:
        by = i - 2  # "По первоначальным словам девушки, …", "по собственным словам певца"
        subject = genitive_subject(view, res, i + 1, end)
        if subject.kind == "absent":
            return None
    else:
        return None
    if subject.kind != "pronoun" and _thing_after(view, i + 1, end):
        return None  # "Слушания по утверждению его кандидатуры": a thing confirmed, no source
    cue = f"{view.tokens[by].text} {view.tokens[i].text}"
    if by == i - 2 and view.word(i - 1) not in PRONOUN_OWNERS:
        cue = view.doc.text[view.tokens[by].start:view.tokens[i].end]  # "По первоначальным словам"
    # The attribution ends at the next comma (or the sentence's end).
    close = next((j for j in range(i + 1, end) if view.tokens[j].text == ","), None)
    # At the sentence's start, or after a linking phrase ("Кроме того, по словам …").
    first = by == low or (by - 1 == low and view.tokens[low].pos == "CCONJ") or (
        by - low <= 4 and view.tokens[by - 1].text == "," and not _has_predicate(view, low, by))
    if first and close is None and i + 2 < end and _has_predicate(view, i + 1, end) \
            and subject.kind == "pronoun":
        # "По его словам он доволен личной жизнью": the comma left out after a pronoun's
        # attribution, whose words end at the noun.
        start, stop = view.tokens[i + 1].start, _content_end(view, _next_attribution(view, i, end))
    elif first and i + 2 < end and subject.kind != "pronoun" and (
            close is None or _has_predicate(view, i + 1, close) and _phrase_end(view, res, i) is not None
            and _phrase_end(view, res, i) < close):
        # "По словам женщины на щеке сына …": the comma left out after a noun phrase (the
        # sentence may have commas further on, "По мнению прокуратуры цена была завышена, причём
        # …"); the parse tells where the attribution's words end and the report begins.
        after = _phrase_end(view, res, i)
        if after is None or after >= end - 1 or not _has_predicate(view, after, end):
            return None
        start, stop = view.tokens[after].start, _content_end(view, _next_attribution(view, i, end))
    elif first:
        if close is None or close + 1 >= end:
            return None
        start, stop = view.tokens[close + 1].start, _content_end(view, _next_attribution(view, i, end))
    elif close is not None and close + 1 < end and view.tokens[close + 1].text in QUOTE_PAIRS \
            and not _has_predicate(view, close + 1, end):
        # "…, или, по его собственным словам, «похитить славу» музыканта": the attribution is of
        # words quoted inside a noun phrase, no clause.
        return None
    elif close is not None and close + 1 < end and by - 2 >= low and view.tokens[by - 1].text == "," \
            and _inside_phrase(view, by - 2, close + 1) and not _has_predicate(view, close + 1, end):
        # "…, будет заниматься своим любимым, по словам друзей, делом": the attribution stands
        # inside a noun phrase, between an adjective and its noun, and is of a word, no clause.
        return None
    elif close is None or view.tokens[close + 1 if close + 1 < end else close].pos == "PUNCT" \
            and not (close + 1 < end and view.tokens[close + 1].text in QUOTE_PAIRS):
        # "…, по словам министра." closes the sentence: the words before it are reported (a
        # quotation mark opening after the comma opens the report: "…, где, по словам X, «…»").
        if by - 1 <= low or view.tokens[by - 1].text != ",":
            return None
        start, stop = view.tokens[low].start, view.tokens[by - 1].start
    elif view.tokens[by - 1].text == "," and _has_predicate(view, close + 1, end) and _has_predicate(view, low, by):
        # "…, по его словам, речь идёт о …": the clause after it is the report. Words before
        # it with no predicate of their own ("Премьеру сезона, шедевр Верди, зрители, по словам
        # X, увидят в октябре") belong to the reported clause: the whole sentence is reported.
        start, stop = view.tokens[close + 1].start, _content_end(view, _next_attribution(view, i, end))
    else:
        start, stop = view.tokens[low].start, _content_end(view, _next_attribution(view, i, end))
    start, stop = _strip_marks(view.doc.text, start, stop)
    return Candidate(start, stop, "indirect", Attribution(i, cue, subject))



def _inside_phrase(view: BodyTokens, before: int, after: int) -> bool:
    """True when the words at `before` and `after`, on either side of an attribution set off by
    commas, are one noun phrase: nominal words of one oblique case and number ("своим
    любимым, по словам друзей, делом"; the tagger may take either for a noun or an adjective)."""
    a, b = view.tokens[before], view.tokens[after]
    if a.pos not in ("ADJ", "DET", "NOUN") or b.pos not in ("ADJ", "NOUN"):
        return False
    case = view.case(before)
    if case in (None, "Nom") or view.case(after) != case:
        return False
    number, other = a.feats.get("Number"), b.feats.get("Number")
    return number is None or other is None or number == other


# Possessives that qualify the noun after them, not the attribution ("по утверждению его кандидатуры").
_POSSESSIVES = frozenset({"его", "ее", "её", "их"})


def _thing_after(view: BodyTokens, j: int, end: int) -> bool:
    """True when the genitive after "по словам" / "по утверждению" from token `j` is headed by
    a thing, no source: an inanimate common noun that is neither a body nor a group of
    speakers nor an unnamed source ("по утверждению его кандидатуры"). A name, a pronoun, a
    person's noun, a body speak; a count of a group ("ряда экспертов") looks on to the group."""
    while j < end:
        tok = view.tokens[j]
        if tok.pos in ("PUNCT", "VERB", "AUX") or tok.pos == "ADP" and view.word(j) not in ("из", "со", "с"):
            return False
        if view.mention(j) is not None or tok.pos == "PROPN":
            return False
        if tok.pos == "PRON" and not (view.word(j) in _POSSESSIVES and j + 1 < end
                                      and view.tokens[j + 1].pos in ("NOUN", "ADJ")):
            return False
        if tok.pos == "NOUN":
            lemma = view.lemma(j)
            if lemma in GROUP_COUNTS:
                j += 1
                continue
            return tok.feats.get("Animacy") != "Anim" and lemma not in SPEAKING_BODIES \
                and lemma not in SPEAKING_GROUPS and lemma not in GENERIC_BODIES and lemma not in OUTLETS \
                and lemma not in NAMED_BODIES and lemma not in ANONYMOUS and lemma not in MEMBERS \
                and lemma not in ROLE_HEADS
        j += 1
    return False


def _according_to_person(view: BodyTokens, i: int) -> Candidate | None:
    """ "Согласно Марку, …": "согласно" opening a sentence with a person's name and a clause
    after the comma reports that person's words ("Согласно отчёту Guardian" is a source of data)."""
    low, end = view.sentence_start(i), view.sentence_end(i)
    if i != low or i + 1 >= end:
        return None
    m = view.mention(i + 1)
    if m is None or m.type != "PER" or m.entity is None or view.tokens[i + 1].start != m.start:
        return None
    close = view.mention_end(i + 1)
    if close + 1 >= end or view.tokens[close].text != "," or not _has_predicate(view, close + 1, end):
        return None
    start, stop = _strip_marks(view.doc.text, view.tokens[close + 1].start,
                               _content_end(view, _next_attribution(view, close + 1, end)))
    return Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, Subject("entity", entity=m.entity)))


# Nouns of what someone said whose content follows as "о том, что …": "предостережения о том,
# что …", "заявления ведомства о том, что …".
REPORT_NOUNS = frozenset("""
    заявление предостережение предупреждение утверждение сообщение признание обещание слово
    высказывание мнение уверение заверение намек жалоба
""".split())


# Nouns of a hope or a belief held: with their clause right after them ("У него есть надежды,
# что …", "Его убеждённость, что …") they state the holder's view.
HELD_VIEWS = frozenset({"надежда", "уверенность", "убежденность"})
# Every lemma an indirect quotation can start from: a cue (`BodyTokens.is_cue`), a participle of
# one (`_participle_cue`), and the words of the other readings of `find_indirect`.
_TRIGGERS = frozenset().union(_ANY_CUE, CUE_WITH_OBJECT, CUE_VERBS, OPINION_PARTICIPLES, ACCORDING_TO, REPORT_NOUNS,
                              HELD_VIEWS, ("предлог",), _CITING_CONVERBS, CITING_VERBS)
# Pronouns after "у" that hold a view: "у него есть надежды".
_HOLDERS = {"него": ("masc", "sing"), "нее": ("femn", "sing"), "неё": ("femn", "sing"), "них": (None, "plur")}


def _held_view(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "У него есть (некоторые) надежды, что …": a noun of hope or belief with ", что" right
    after it; its holder is the one after "у" before it in its clause, else the possessive or
    genitive or clause subject as for a noun of speech. A hope that is a reason ("приехал в
    надежде, что …"), a negated one, or a name ("Надежда") reports nothing."""
    low, end = view.sentence_start(i), view.sentence_end(i)
    if view.mention(i) is not None or view.tokens[i].pos == "PROPN" or view.word(i - 1) in ("в", "с", "без") \
            or view.word(i + 1) != "," or view.word(i + 2) not in _THAT or i + 3 >= end:
        return None
    k = next((k for k in range(i - 1, max(low, i - 6) - 1, -1) if view.word(k) == "у"), None)
    if k is None:
        return _noun_report(view, res, i)
    if any(view.word(j) == "не" or view.word(j) == "нет" or view.tokens[j].pos == "PUNCT" for j in range(k, i)):
        return None
    if view.word(k + 1) in _HOLDERS:
        gender, number = _HOLDERS[view.word(k + 1)]
        subject = Subject("pronoun", gender=gender, number=number)
    else:
        m = view.mention(k + 1)
        if m is None or m.type not in ("PER", "ORG") or m.entity is None:
            return None
        subject = Subject("entity", entity=m.entity)
    stop = _content_end(view, _next_attribution(view, i + 3, end))
    start, stop = _strip_marks(view.doc.text, view.tokens[i + 3].start, stop)
    return Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, subject))


def _pretext(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "Президент назначил его под предлогом, что …" (also "под предлогом того, что …"): the
    reason the subject of the verb before gave."""
    low, end = view.sentence_start(i), view.sentence_end(i)
    j = i + 2 if view.word(i + 1) == "того" else i + 1
    if view.word(j) != "," or view.word(j + 1) not in _THAT or j + 2 >= end:
        return None
    subject = clause_subject(view, res, low, i - 1)
    if subject.kind == "absent":
        return None
    stop = _content_end(view, _next_attribution(view, j + 2, end))
    start, stop = _strip_marks(view.doc.text, view.tokens[j + 2].start, stop)
    return Candidate(start, stop, "indirect", Attribution(i, f"{view.tokens[i - 1].text} {view.tokens[i].text}", subject))


def _noun_report(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "заявления ведомства о том, что …", "его предостережения о том, что …": a noun of
    speech with its content; the speaker is the genitive after the noun or the possessive
    before it, else unnamed."""
    end = view.sentence_end(i)
    j = i + 1
    while j < end and j < i + 1 + GAP_LIMIT and view.word(j) not in ("о", "об") \
            and not (view.word(j) == "," and view.word(j + 1) in _THAT):
        if view.tokens[j].pos == "PUNCT" and view.tokens[j].text not in QUOTE_PAIRS \
                and view.tokens[j].text not in CLOSING or view.tokens[j].pos in ("VERB", "AUX"):
            return None
        j += 1
    if view.word(j) == ",":
        # "появилось сообщение, что …", "поступили заявления, что …": the clause right after
        # the noun (and its genitive), with no "о том".
        content = j + 2
    elif j + 3 >= end or [view.word(j + 1), view.word(j + 2), view.word(j + 3)] != ["том", ",", "что"]:
        return None
    else:
        content = j + 4
    if content >= end:
        return None
    subject = genitive_subject(view, res, i + 1, j) if j > i + 1 else ABSENT
    if subject.kind == "absent":
        k = i - 1
        while k >= 0 and view.tokens[k].pos == "ADJ":
            k -= 1
        if k >= 0 and view.word(k) in PRONOUN_OWNERS:
            gender, number = PRONOUN_OWNERS[view.word(k)]
            subject = Subject("pronoun", gender=gender, number=number)
        else:
            # "Ватикан опубликовал сообщение о том, что …": the subject of the verb the noun
            # is the object of.
            subject = clause_subject(view, res, view.sentence_start(i), i)
            if subject.kind == "absent" and view.lemma(i) in DOCUMENT_NOUNS:
                # "на сайте «Манчестер Юнайтед» появилось сообщение, что …": the site's owner.
                subject = document_source(view, i, res)
                subject = subject if subject.kind == "entity" else ABSENT
            if subject.kind == "absent":
                subject = UNKNOWN
    stop = _content_end(view, _next_attribution(view, content, end))
    start, stop = _strip_marks(view.doc.text, view.tokens[content].start, stop)
    return Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, subject))


def _phrase_end(view: BodyTokens, res: Resources, i: int) -> int | None:
    """The token after the phrase that token `i` heads in the dependency parse of its
    sentence, or None where the phrase is not one run of tokens."""
    from newsgraph.syntax import parse_sentences, subtree

    n = view.sent_of[i]
    low = view.sent_bounds[n][0]
    sent = view.doc.sents[n]
    parse_sentences([sent], res)
    if sent.heads is None or len(sent.heads) != view.sent_bounds[n][1] - low:
        return None
    below = subtree(sent, i - low)
    if below[-1] - below[0] + 1 != len(below):
        return None
    return low + below[-1] + 1


def _words_cited(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "X приводит слова Y, что …" and "… слова Y о том, что …": Y's report."""
    end = view.sentence_end(i)
    for j in range(i + 2, min(end - 1, i + 2 + GAP_LIMIT)):
        tok = view.tokens[j]
        if tok.text == "," and view.word(j + 1) in _THAT and j + 2 < end:
            subject = genitive_subject(view, res, i + 2, j)
            if subject.kind in ("absent", "unknown"):
                return None
            stop = _content_end(view, _next_attribution(view, j + 2, end))
            start, stop = _strip_marks(view.doc.text, view.tokens[j + 2].start, stop)
            return Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, subject))
        if tok.pos == "PUNCT" and tok.text not in QUOTE_PAIRS and tok.text not in CLOSING:
            return None
    return None


def _about_this(view: BodyTokens, res: Resources, i: int) -> Candidate | None:
    """ "Об этом сообщил X": the sentence before is what X said."""
    low = view.sentence_start(i)
    comma = next((j for j in range(low + 1, min(i, low + 3)) if view.tokens[j].text == ","), None)
    if comma is not None and view.word(comma + 1) in ("об", "о") and not _has_predicate(view, low, comma):
        low = comma + 1  # "В частности, об этом говорили …": a linking phrase first
    words = [view.word(j) for j in range(low, i) if view.tokens[j].pos != "ADV"]
    # "Об этом в среду 23 марта сообщил …": words of time or place may stand before the cue;
    # so may a pronoun subject ("Об этом он рассказал изданию"). "Это сообщила мать
    # спортсменки", "Эту информацию подтвердила пресс-секретарь" point back the same way.
    if words[:2] in (["об", "этом"], ["о", "том"]) and not (view.tokens[low + 2].pos == "NOUN" and view.case(low + 2) == "Loc") \
            or words[:2] in _THIS_NEWS:
        skip = 2  # ("Об этом человеке говорят" is about a man, not a report of the sentence before)
    elif words[:1] == ["это"] and view.case(low) in ("Acc", None):
        skip = 1
    elif view.word(i + 1) == "об" and view.word(i + 2) == "этом" and i > low:
        # "Его адвокат Максим Пашков рассказал об этом в телеграм-канале": the subject before
        # the cue, "об этом" after it.
        skip = 0
    else:
        return None
    if skip == 0 and any(view.tokens[j].pos in ("VERB", "AUX") or view.tokens[j].text in (",", ":", "«", "»")
                         for j in range(low, i)):
        return None
    # A date set off by commas ("Об этом в среду, 3 октября 2018 года, сообщает …") is a word
    # of time like any other.
    dated = set()
    for j in range(low + skip, i):
        close = view.date_aside(j) if j not in dated else None
        if close is not None and close < i:
            dated.update((j, close))
    if skip and any(view.tokens[j].pos in ("VERB", "AUX") or view.tokens[j].text == "," and j not in dated
           or view.tokens[j].pos == "PRON" and view.word(j) not in _SUBJECT_PRONOUNS for j in range(low + skip, i)):
        return None
    sent = view.sent_of[i]
    if sent == 0:
        return None
    ps, pe = view.sent_bounds[sent - 1]
    reach = 1
    if sent > 1 and pe > ps and view.block_of(view.tokens[ps].start) < view.block_of(view.tokens[i].start) \
            and not _has_predicate(view, ps, pe) and pe - ps <= 4:
        # A caption line of a few words with no predicate ("Леннарт Юханссон" under a photo)
        # stands between the report and "Об этом заявил": the sentence before it is the content.
        ps, pe = view.sent_bounds[sent - 2]
        reach = 2
    if pe <= ps or view.block_of(view.tokens[ps].start) < view.block_of(view.tokens[i].start) - reach:
        return None
    if _outlet_credit(view, i):
        return None
    # "Об этом он рассказал изданию Der Spiegel": a subject before the cue speaks.
    subject = subject_before(view, res, i, floor=low + skip)
    if subject.kind == "absent":
        subject = subject_after(view, res, i)
    start, stop = _strip_marks(view.doc.text, view.tokens[ps].start, _content_end(view, pe))
    return Candidate(start, stop, "indirect", Attribution(i, view.tokens[i].text, subject), back=True)


_THIS_NEWS = (["эту", "информацию"], ["данную", "информацию"], ["эти", "данные"], ["эти", "сведения"],
              ["это", "сообщение"])


def _credit_between(view: BodyTokens, i: int, close: int) -> bool:
    """True for an outlet's credit set off by commas: "Кроме того, сообщает РБК, …", "Без
    сомнения, пишет газета «Clarin», …" (a present-tense verb of credit with an outlet, by its
    noun or its name, and no person or speaking body before the closing comma)."""
    if view.lemma(i) not in CREDIT_VERBS or view.tokens[i].feats.get("Tense") != "Pres":
        return False
    outlet = False
    for j in range(i + 1, close):
        m = view.mention(j)
        if m is not None and m.type == "PER" or view.lemma(j) in SPEAKING_BODIES and view.lemma(j) not in OUTLETS \
                or view.tokens[j].pos == "NOUN" and view.tokens[j].feats.get("Animacy") == "Anim" \
                and view.lemma(j) not in OUTLETS:
            return False
        outlet = outlet or view.lemma(j) in OUTLETS or m is not None and m.type == "ORG"
    return outlet


def _outlet_credit(view: BodyTokens, i: int) -> bool:
    """An outlet's credit for the news (`news_credit`), unless the subject after a present-tense
    verb of credit is a body that is no outlet: a common noun ("…, сообщает судмедэкспертиза"),
    a service ("Об этом сообщает PR-служба конференции") or a body's site ("…, сообщает в
    пятницу сайт кабмина")."""
    if not news_credit(view, i):
        return False
    if view.lemma(i) not in CREDIT_VERBS or view.tokens[i].feats.get("Tense") != "Pres":
        return True
    end = view.sentence_end(i)
    j = i + 1
    while j < end:
        tok = view.tokens[j]
        if tok.pos == "ADP":
            j += 2  # "в пятницу"
            continue
        if tok.pos == "ADV" or tok.pos == "NOUN" and view.case(j) in ("Ins", "Acc", "Gen", "Dat") \
                and view.mention(j) is None:
            j += 1  # "вечером", "в пятницу вечером"
            continue
        break
    if j >= end or view.tokens[j].pos == "PUNCT":
        return True
    lemma = view.lemma(j)
    if lemma.endswith("служба"):
        return False  # "PR-служба конференции": a body's own word
    if lemma in DOCUMENT_NOUNS:
        # "сайт кабмина": the site of a body that is no outlet.
        return not (j + 1 < end and view.lemma(j + 1) in SPEAKING_BODIES and view.lemma(j + 1) not in OUTLETS)
    tok = view.tokens[j]
    return not (tok.pos == "NOUN" and view.mention(j) is None and view.case(j) in ("Nom", None)
                and lemma not in OUTLETS and lemma not in _MEDIA and not _latin(tok.text))


# Nouns of the media at large: "…, пишет пресса" credits the news like an outlet.
_MEDIA = frozenset({"пресса", "телевидение", "радио"})


def _latin(word: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in word)


def _person_of_outlet(view: BodyTokens, i: int) -> bool:
    """True when a person, not the outlet, stands first after a cue that reads as an outlet's
    credit: "…, уточнил один из собеседников агентства", "…, полагают собеседники издания"
    report the sources' words (the outlet only heard them)."""
    for j in range(i + 1, min(view.sentence_end(i), i + 5)):
        if view.lemma(j) in OUTLETS or view.mention(j) is not None:
            return False
        if view.lemma(j) in ANONYMOUS or view.tokens[j].pos == "NOUN" and view.tokens[j].feats.get("Animacy") == "Anim":
            return True
    return False
_SUBJECT_PRONOUNS = frozenset({"он", "она", "они"})


def _next_attribution(view: BodyTokens, start: int, end: int, cue: int | None = None) -> int:
    """Where reported content gives way to another attribution in its sentence ("…, отметив,
    что …", "…, — добавил он"): the index of that comma, else `end`. `cue` is the verb of
    speech whose content starts at `start`, where known."""
    for j in range(start + 1, end - 1):
        if view.word(j) == "и" and view.is_cue(j + 1) and view.tokens[j + 1].feats.get("VerbForm") == "Fin" \
                and (_opens_report(view, j + 1, end) or view.tokens[j - 2].text in CLOSING
                     or view.tokens[j - 1].text == "," and (cue is None or _agrees(view, cue, j + 1))):
            # "…, и отметил, что …": a second report of the same subject, and so is "«…», и
            # подтвердил готовность" after words quoted whole; "знал о … и попросил защиты"
            # goes on with the report, and so does a verb that cannot share the cue's subject
            # ("говорилось, что тот человек умер, и передал …": the clause's own predicate).
            return j
        if view.tokens[j].text in (",", *DASHES) and _narrator_clause(view, j + 1, end):
            return j
        if view.tokens[j].text == "," and view.tokens[j - 1].text in CLOSING \
                and view.tokens[j + 1].feats.get("VerbForm") == "Conv":
            return j  # "утверждает, что «…», имея в виду …": the quoted words closed, the writer goes on
        if view.tokens[j].text == ":" and (view.tokens[j + 1].text in QUOTE_PAIRS or view.tokens[j + 1].text in DASHES
                                           or _wiki_marks(view.tokens[j + 1].text)):
            return j  # "…, он не видит оснований …: «Я пока не вижу …»": the quotation is direct speech
        if view.tokens[j].text != ",":
            continue
        if view.word(j + 1) == "что" and not _has_predicate(view, j + 2, end):
            return j  # "будет жить в Кисловодске, что в 250 километрах от Грозного": the writer's remark
        if view.word(j + 1) in _BUT and any(
                view.is_cue(k) and (view.tokens[k].feats.get("VerbForm") == "Fin" or view.tokens[k].pos == "ADJ")
                and (view.word(j + 1) == "а" or view.tokens[k].feats.get("Tense") == "Past")
                and (view.lemma(k) not in NOTICE_VERBS or _opens_report(view, k, end))
                for k in range(j + 2, min(end, j + 6))):
            # "Минск считает, что …, а Россия уверена, что …", "…, однако патологоанатом
            # добавил, что …", "…, но защита говорила о …": another speaker's report; "…, но
            # власти надеются, что …" in the present goes on with the report it is part of, and
            # so does a thing noticed ("…, а затем родители заметили в газете статью").
            return j
        if view.word(j + 1) in _BUT and _far_report(view, j + 2, end):
            return j  # "…, а газета со ссылкой на источники в компании пишет, что …": a long subject
        if view.word(j + 1) == "по" and (view.lemma(j + 2) in ACCORDING_TO or view.lemma(j + 3) in ACCORDING_TO):
            return j  # "…, по его словам, речь идёт о …": another report begins
        k = j + 1
        dash = False
        while k < end and view.tokens[k].text in DASHES:
            dash, k = True, k + 1
        if k < end and view.is_cue(k, converbs=True) and (
                dash or view.tokens[k].feats.get("VerbForm") == "Conv" or _credit(view, k, end)):
            return j
    return end


# How far a contrasting clause's cue may stand from its "а"/"но" (a subject with its words).
_BUT_REACH = 14


def _far_report(view: BodyTokens, k: int, end: int) -> bool:
    """True when a finite cue with a clause of its own (", что …", ": …") stands within reach
    after `k`, with no punctuation before it: "…, а The Wall Street Journal со ссылкой на
    источники заявляет, что …" opens another speaker's report, however long that speaker's
    subject."""
    for j in range(k, min(end, k + _BUT_REACH)):
        tok = view.tokens[j]
        if tok.pos == "PUNCT" and tok.text not in QUOTE_PAIRS and tok.text not in CLOSING:
            return False
        if view.is_cue(j) and tok.feats.get("VerbForm") == "Fin" and _opens_report(view, j, end):
            # "…, но власти надеются, что …" in the present goes on with the report, as above.
            return view.word(k - 1) == "а" or tok.feats.get("Tense") == "Past"
    return False


def _agrees(view: BodyTokens, cue: int, k: int) -> bool:
    """True when the verb at `k` can share the subject of the verb of speech at `cue`: the same
    number, and in the past singular the same gender ("говорилось" and "передал" cannot)."""
    a, b = view.tokens[cue].feats, view.tokens[k].feats
    if a.get("Number") and b.get("Number") and a["Number"] != b["Number"]:
        return False
    if a.get("Number") == "Sing" and a.get("Gender") and b.get("Gender") and a["Gender"] != b["Gender"]:
        return False
    return True


def _opens_report(view: BodyTokens, k: int, end: int) -> bool:
    """True when the cue at `k` has a clause of its own after it (", что …", ": …"), not an
    object only ("и попросил защиты")."""
    for j in range(k + 1, min(end, k + 2 + GAP_LIMIT)):
        if view.tokens[j].text == ":" or view.tokens[j].text == "," and view.word(j + 1) in _THAT:
            return True
        if view.tokens[j].pos == "PUNCT" and view.tokens[j].text not in QUOTE_PAIRS \
                and view.tokens[j].text not in CLOSING:
            return False
    return False


def _narrator_clause(view: BodyTokens, k: int, end: int) -> bool:
    """True when a clause of the writer's starts at `k` after a comma or a dash: a relative
    clause joined by "и" to a noun before the cue ("записки, которую, по его словам, …, и в
    которой …"), or a person (a name or a pronoun) with a verb of speech or naming right
    after it ("— он назвал сына …", ", в ответ Онищенко назвал её …")."""
    first = k
    if view.word(k) == "и":
        k += 1
        if view.tokens[k].pos == "ADP" if k < end else False:
            k += 1
        if k < end and view.lemma(k) in ("который", "которая", "которое", "которые"):
            return True
    for j in range(first, min(end - 1, first + 4)):
        tok = view.tokens[j]
        if tok.pos == "PUNCT" or view.word(j) in _THAT:
            return False
        m = view.mention(j)
        if m is not None and m.type == "PER":
            after = view.first_at(m.end)
        elif view.word(j) in _SUBJECT_PRONOUNS and view.case(j) in ("Nom", None):
            after = j + 1
        else:
            continue
        if after < end and view.tokens[after].feats.get("VerbForm") == "Fin" \
                and view.tokens[after].feats.get("Tense") == "Past" \
                and (view.is_cue(after) or view.lemma(after) in NAMING_VERBS):
            return True
        return False
    return False


# Verbs of naming: "он назвал сына добрым человеком" tells what the person did, after a report.
NAMING_VERBS = frozenset({"назвать", "называть", "охарактеризовать", "характеризовать"})


def _credit(view: BodyTokens, k: int, end: int) -> bool:
    # "…, сообщает «Спорт уик-энд».": a source credited at the end of the sentence, with no
    # clause of its own after it.
    rest = [view.word(j) for j in range(k + 1, end)]
    return len(rest) <= 8 and "что" not in rest and view.tokens[k].feats.get("Person") != "1"


def _dash_predicate(view: BodyTokens, start: int, end: int) -> bool:
    """True for a verbless clause whose predicate a dash joins to its subject ("Роналду — лучший
    футболист", "Путин — не царь"): a noun or a name before the dash and a word after it."""
    for k in range(start + 1, end - 1):
        if view.tokens[k].text in ("—", "–", "-") and view.tokens[k - 1].pos in ("NOUN", "PROPN") \
                and view.tokens[k + 1].pos in ("NOUN", "PROPN", "ADJ", "PART", "DET"):
            return True
    return False


def _has_predicate(view: BodyTokens, start: int, end: int) -> bool:
    # A reported clause has a verb or a short adjective ("намерен", "готовы") of its own.
    for tok in view.tokens[start:end]:
        form = tok.feats.get("VerbForm")
        if tok.pos in ("VERB", "AUX") and (form in ("Fin", None) or tok.feats.get("Variant") == "Short"):
            return True
        if tok.pos == "ADJ" and (tok.feats.get("Variant") == "Short" or not tok.feats.get("Case")):
            return True
    return False


def _content_end(view: BodyTokens, end_tok: int) -> int:
    """End offset of the sentence ending before token `end_tok`, without its final mark."""
    k = end_tok - 1
    while k > 0 and view.tokens[k].text in _FINAL:
        k -= 1
    return view.tokens[k].end


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    # Words the writer quotes whole ("сказал, что «…»") are still the reported content.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,:":
        end -= 1
    if text.startswith("''", start) and text[start + 2:start + 3] in QUOTE_PAIRS and text[:end].endswith("''"):
        start, end = start + 2, end - 2  # a wiki's italics around the quoted words ("''«…»''")
    if end - start > 2 and text[start] in QUOTE_PAIRS and text[end - 1] in CLOSING:
        start, end = start + 1, end - 1
    return start, end

