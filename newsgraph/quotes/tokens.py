"""The body's tokens laid out for the quote stage: one list, with the sentence, the block
and the mention of every token, and lookups from character offsets to tokens."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from newsgraph.doc import Document, Mention, Token
from newsgraph.quotes.lexicon import (ACCUSING_VERBS, CUE_ADJECTIVES, CUE_OBJECT_PREPOSITIONS, CUE_OBJECT_TAIL, CUE_VERBS, CUE_WITH_OBJECT, DENYING_VERBS,
                                      DOCUMENT_NOUNS,
                                      FINDING_VERBS, IMPERSONAL_CUES, NEGATED_CUES, OPINION_VERBS, THOUGHT_VERBS)
from newsgraph.russian import fold, lemma_key


@dataclass
class BodyTokens:
    """Tokens of `doc.body` in text order with their sentence, block and mention."""

    doc: Document
    tokens: list[Token] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    mention_of: list[int | None] = field(default_factory=list)
    block_starts: list[int] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)  # each token's lemma key, read many times
    words: list[str] = field(default_factory=list)  # each token's folded text

    @classmethod
    def of(cls, doc: Document) -> "BodyTokens":
        view = cls(doc)
        for n, sent in enumerate(doc.sents):
            first = len(view.tokens)
            view.tokens.extend(sent.tokens)
            view.sent_of.extend([n] * len(sent.tokens))
            view.sent_bounds.append((first, len(view.tokens)))
        view.starts = [t.start for t in view.tokens]
        view.mention_of = [None] * len(view.tokens)
        for m_idx, m in enumerate(doc.mentions):
            for i in view.token_range(m.start, m.end):
                view.mention_of[i] = m_idx
        view.block_starts = [s for s, _ in doc.body]
        view.lemmas = [lemma_key(t) for t in view.tokens]
        view.words = [fold(t.text) for t in view.tokens]
        return view

    def __len__(self) -> int:
        return len(self.tokens)

    def first_at(self, pos: int) -> int:
        """Index of the first token that starts at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def token_range(self, start: int, end: int) -> range:
        """Indexes of the tokens inside [start, end)."""
        return range(self.first_at(start), bisect.bisect_left(self.starts, end))

    def block_of(self, pos: int) -> int:
        return bisect.bisect_right(self.block_starts, pos) - 1

    def mention(self, i: int) -> Mention | None:
        m = self.mention_of[i] if 0 <= i < len(self.tokens) else None
        return None if m is None else self.doc.mentions[m]

    def mention_start(self, j: int) -> int:
        """First token of the mention that token `j` belongs to."""
        m = self.mention_of[j]
        while j > 0 and self.mention_of[j - 1] == m:
            j -= 1
        return j

    def mention_end(self, j: int) -> int:
        """The token after the mention that token `j` belongs to."""
        m = self.mention_of[j]
        while j < len(self) and self.mention_of[j] == m:
            j += 1
        return j

    def sentence_start(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][0]

    def sentence_end(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][1]

    def lemma(self, i: int) -> str:
        return self.lemmas[i] if 0 <= i < len(self.lemmas) else ""

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def case(self, i: int) -> str | None:
        return self.tokens[i].feats.get("Case")

    def is_cue(self, i: int, converbs: bool = False) -> bool:
        """True when token `i` is a speech verb in a form that can head an attribution:
        a finite verb, a short adjective ("уверен"), or with `converbs` a converb ("добавив")."""
        lemma = self.lemma(i)
        if lemma not in _ANY_CUE:
            return False
        tok = self.tokens[i]
        form = tok.feats.get("VerbForm")
        if form == "Part" and tok.feats.get("Variant") == "Short" and tok.feats.get("Voice") == "Pass" \
                and lemma in CUE_VERBS:
            # "В заявлении комитета было сказано, что …": a document speaks.
            return self.document_near(i) is not None or self.said_in(i)
        if self.word(i - 1) == "не" and lemma not in NEGATED_CUES and lemma not in DENYING_VERBS:
            return False  # "не уверен, что …", "не сообщил, когда …": nothing stated
        if tok.pos == "ADJ" or (form == "Part" and tok.feats.get("Variant") == "Short"):
            return lemma in CUE_ADJECTIVES and _short(tok.text)
        if tok.pos not in ("VERB", "AUX"):
            return False
        if tok.feats.get("Person") == "1" or tok.feats.get("Mood") == "Imp":
            return False  # "Напомним, что …", "скажу": the writer's own voice
        if self.word(i + 1) == "ли":
            return False  # "вопрос, согласится ли он": an indirect question, no one speaks
        if lemma in CUE_WITH_OBJECT:
            return self.object_width(i) > 0 and form == "Fin"
        if lemma in FINDING_VERBS:
            return form == "Fin" and self.word(i + 1) == "," and self.word(i + 2) == "что"
        if lemma in ACCUSING_VERBS:
            return form == "Fin" and self.charge_clause(i) is not None
        if lemma in NEGATED_CUES and self.word(i - 1) == "не":
            return form == "Fin" or (converbs and form == "Conv")  # "не исключил, что …"
        if lemma not in CUE_VERBS or form == "Conv" and (lemma in THOUGHT_VERBS or lemma in OPINION_VERBS):
            return False
        if lemma in IMPERSONAL_CUES and self.document_near(i) is None and self.relative_document(i) is None \
                and not self.cites_source(i) and not self.said_in(i):
            return False
        return form == "Fin" or (converbs and form == "Conv")

    def charge_clause(self, i: int) -> int | None:
        """The token "в" of "в том, что" after a verb of a charge and its object ("обвинил
        руководителей холдинга в том, что …"), a few words on with no punctuation or verb
        between; None where the charge has no clause."""
        end = self.sentence_end(i)
        for k in range(i + 1, min(end - 3, i + 1 + _CHARGE_REACH)):
            if self.word(k) == "в" and self.word(k + 1) == "том" and self.word(k + 2) == "," \
                    and self.word(k + 3) in ("что", "будто"):
                return k
            tok = self.tokens[k]
            if tok.pos in ("VERB", "AUX", "PUNCT") and tok.text not in ("«", "»", "\""):
                return None
        return None

    def object_width(self, i: int) -> int:
        """How many tokens the object of a cue that needs one takes after it ("выразил
        уверенность": 1, "пришёл к выводу": 2); 0 for any other token or a missing object."""
        wanted = CUE_WITH_OBJECT.get(self.lemma(i))
        if wanted is None:
            return 0
        tail = CUE_OBJECT_TAIL.get(self.lemma(i), ())
        for width in (1, 2):
            k = i + width
            if k >= len(self.tokens) or width == 2 and self.word(i + 1) not in CUE_OBJECT_PREPOSITIONS \
                    and not (tail and self.tokens[i + 1].pos == "ADV"):
                break
            if self.lemma(k) in wanted:
                if tail and not self._tail_after(k, tail):
                    return 0  # "обратил внимание, что …" without "на то"
                return width
        return 0

    def _tail_after(self, k: int, tail: tuple[str, ...]) -> bool:
        # The words `tail` right after token `k` or after one or two words in the genitive
        # ("обратил внимание журналистов на то, что …").
        for skip in range(3):
            if skip and (k + skip >= len(self.tokens) or self.case(k + skip) != "Gen"):
                return False
            if all(self.word(k + skip + 1 + n) == word for n, word in enumerate(tail)):
                return True
        return False

    def impersonal(self, i: int) -> bool:
        """True for a cue with no subject of its own, whose source is a document near it:
        "говорится", "отмечается", "было сказано"."""
        tok = self.tokens[i]
        return self.lemma(i) in IMPERSONAL_CUES or (
            tok.feats.get("VerbForm") == "Part" and tok.feats.get("Voice") == "Pass" and tok.feats.get("Variant") == "Short")

    def said_in(self, i: int) -> bool:
        """True for "говорится" or "сказано" opening its sentence after "в" and a noun or pronoun
        in the locative, with a clause or a colon after it ("В нём сказано, что …", "В некрологе
        говорится: …", "В первом случае говорилось, что …"): the frame itself names a text, even
        when its noun is none of the document nouns or a pronoun stands for one."""
        if self.lemma(i) not in _SAID_IN:
            return False
        if not (self.word(i + 1) == ":" or self.word(i + 1) == "," and self.word(i + 2) == "что"):
            return False
        low = self.sentence_start(i)
        k = i - 1
        while k > low and self.word(k) in _SAID_IN_SKIP:
            k -= 1  # "В нём также говорится", "В заявлении было сказано"
        if k < low:
            return False  # the cue opens its sentence: no "в" and noun before it
        tok = self.tokens[k]
        if tok.pos not in ("NOUN", "PRON") or tok.feats.get("Case") != "Loc":
            return False
        k -= 1
        while k > low and self.tokens[k].pos in ("ADJ", "DET", "NUM") and self.case(k) in ("Loc", None):
            k -= 1  # "В официальном некрологе", "В первом случае"
        if self.word(k) not in ("в", "во"):
            return False
        return k == low or k - 1 == low and self.tokens[low].pos in ("CCONJ", "PUNCT", "ADV")

    def cites_source(self, i: int) -> bool:
        """True for a cue whose sentence names the source it draws on before it ("Со ссылкой на
        источник в Генштабе также сообщалось, что …")."""
        return any(self.word(j) == "ссылкой" and self.word(j + 1) == "на"
                   for j in range(self.sentence_start(i), i))

    def relative_document(self, i: int) -> int | None:
        """The document a relative pronoun right before an impersonal cue stands for ("записки,
        которую …, и в которой сообщается, что …"): the nearest document noun before it in the
        sentence, of the pronoun's gender and number."""
        k = i - 1
        if k < 1 or self.lemma(k) != "который" or self.tokens[k - 1].pos != "ADP":
            return None
        feats = self.tokens[k].feats
        for j in range(k - 2, self.sentence_start(i) - 1, -1):
            if self.lemma(j) in DOCUMENT_NOUNS and self.tokens[j].pos == "NOUN" \
                    and self.tokens[j].feats.get("Number") == feats.get("Number") \
                    and (feats.get("Number") == "Plur" or self.tokens[j].feats.get("Gender") == feats.get("Gender")):
                return j
        return None

    def date_aside(self, j: int) -> int | None:
        """The comma closing a date set off by commas after the one at `j` ("сообщили в
        воскресенье, 8 июля 2018 года, представители полиции"): a day's number, a month's name
        and maybe a year with "года"; else None."""
        end = self.sentence_end(j)
        if self.tokens[j].text != "," or j + 3 >= end or not self.tokens[j + 1].text.isdigit() \
                or fold(self.word(j + 2))[:3] not in _MONTH_STEMS:
            return None
        k = j + 3
        if k < end and self.tokens[k].text.isdigit() and len(self.tokens[k].text) == 4:
            k += 1
            if k < end and fold(self.word(k)) in ("года", "г", "г."):
                k += 1
            if k < end and self.tokens[k].text == ".":
                k += 1
        return k if k < end and self.tokens[k].text == "," else None

    def document_near(self, i: int, reach: int = 8) -> int | None:
        """A noun naming a document ("в сообщении", "в докладе") within `reach` tokens of
        token `i` in its sentence, nearest first; after the cue, only before the next
        punctuation ("Отмечается, что документ был принят …": the reported clause's noun is
        no document beside the cue)."""
        low, high = self.sentence_start(i), self.sentence_end(i)
        high = next((k for k in range(i + 1, high) if self.tokens[k].pos == "PUNCT"), high)
        for d in range(1, reach + 1):
            for k in (i + d, i - d):
                if low <= k < high and self.lemma(k) in DOCUMENT_NOUNS:
                    return k
        return None


# The first letters of the months' names in the genitive ("8 июля", "3 октября").
_MONTH_STEMS = frozenset("янв фев мар апр мая июн июл авг сен окт ноя дек".split())

# The cues of a text's words with "в" and the text before them: "В нём говорится", "сказано".
_SAID_IN = frozenset({"говориться", "сказать"})
_SAID_IN_SKIP = frozenset({"также", "же", "было", "ещё", "еще"})

# Every lemma that can be a cue in some form: any other word is none at once.
_ANY_CUE = CUE_VERBS | CUE_ADJECTIVES | frozenset(CUE_WITH_OBJECT) | FINDING_VERBS | NEGATED_CUES | ACCUSING_VERBS
# How many words the object of a verb of a charge may take before "в том, что".
_CHARGE_REACH = 8


def _short(word: str) -> bool:
    # "уверен", "уверена", "уверены", "убеждён": the short forms take a clause, the long ones
    # ("уверенный шаг") do not.
    return fold(word).endswith(("ен", "ена", "ены", "ено"))
