"""Clauses of a sentence: the unit that reports at most one happening.

A sentence is cut at commas, semicolons, colons and dashes, and at "и" between two finite
verbs; a piece without a verb before a comma, a dash (a spaced hyphen too) or a colon joins
the piece after it, so that a list of names or an opening phrase ("В свою очередь,", "его
защитники: А, Б - намерены") stays with the verb it belongs to.
"""
from __future__ import annotations

from newsgraph.doc import Token

BOUNDARIES = frozenset(", ; : — – - …".split())
VERBAL = frozenset({"VERB", "AUX"})
_SUBJECT_GROUP = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM"})


def _joins_verbs(tokens: list[Token], start: int, i: int) -> bool:
    """"и" between two finite verbs: "уволил Якунина и назначил Мишарина" reports two
    happenings, each with its own object and the subject they share; so does "и" before a
    subject and verb of their own ("закончился срок ареста, и власти выпустили ...")."""
    if tokens[i].text.lower() != "и" or not any(_finite(t) for t in tokens[start:i]):
        return False
    if not any(_finite(t) and t.feats.get("VerbForm") == "Fin" for t in tokens[start:i]) and not any(
            t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON") for t in tokens[start:i]):
        # "освобожден от должности и уволен с военной службы начальник ПВО": participles
        # whose one subject comes after both tell one happening of it
        return False
    # the verb right after "и", or after a subject of its own ("и власти Мьянмы выпустили")
    for j in range(i + 1, min(i + 5, len(tokens))):
        if _finite(tokens[j]):
            return j == i + 1 or any(tokens[k].feats.get("Case") == "Nom" for k in range(i + 1, j))
        if tokens[j].pos not in _SUBJECT_GROUP:
            return False
    return False


def _finite(tok: Token) -> bool:
    """A finite verb, or a short passive participle, which is the predicate of its clause
    ("был арестован на Мальдивах и экстрадирован в США": two happenings)."""
    return tok.pos == "VERB" and (tok.feats.get("VerbForm") == "Fin" or tok.feats.get("Variant") == "Short")


def split_clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    """Clauses as inclusive (first, last) token indexes, boundary punctuation left out.

    >>> from newsgraph.doc import Token
    >>> words = [("Казахстан", "PROPN"), (",", "PUNCT"), ("Китай", "PROPN"), ("подписали", "VERB"),
    ...          (",", "PUNCT"), ("сообщил", "VERB"), ("он", "PRON")]
    >>> split_clauses([Token(0, 0, w, pos) for w, pos in words])
    [(0, 3), (5, 6)]
    """
    pieces: list[tuple[int, int, str | None]] = []
    start = 0
    for i, tok in enumerate(tokens):
        if tok.text in BOUNDARIES or _joins_verbs(tokens, start, i):
            if i > start:
                pieces.append((start, i - 1, tok.text))
            start = i + 1
    if start < len(tokens):
        pieces.append((start, len(tokens) - 1, None))
    out: list[tuple[int, int]] = []
    carry: tuple[int, int] | None = None
    for first, last, sep in pieces:
        if carry is not None:
            first, carry = carry[0], None
        verbal = any(tokens[j].pos in VERBAL for j in range(first, last + 1))
        if not verbal and sep in (",", "—", "–", "-", ":"):
            carry = (first, last)
            continue
        out.append((first, last))
    if carry is not None:
        out.append(carry)
    return out
