"""Nominative forms of names: people word by word, places and organisations by their head.

Natasha inflects each word of a span on its own, which breaks multi-word organisations
("Совместная межправительственной комиссия"), leaves hyphenated names as they stand
("Алма-Атой") and writes ё as е. Here adjectives agree with the head noun, the words after
the head (genitive dependents: "Совет Безопасности ООН") stay as written, hyphenated parts
are inflected one by one, and the text's own letter case and ё are restored.
"""
from __future__ import annotations

from functools import lru_cache

from newsgraph.doc import Token
from newsgraph.resources import Resources
from newsgraph.russian import name_parse, nominative, restore_case

NAME_GRAMMEMES = {"PER": ("Name", "Surn", "Patr"), "LOC": ("Geox",), "ORG": ("Orgn",)}


def normalize_mention(tokens: list[Token], start: int, type_: str, res: Resources) -> str:
    """The nominative form of the mention whose tokens (with morphology) are given; `start`
    is the mention's start, from which the tokens' offsets keep the spacing as written."""
    if not tokens:
        return ""
    # The same name in the same form recurs in a document and across a corpus.
    key = tuple((t.text, t.pos, tuple(sorted(t.feats.items())), t.start - start) for t in tokens)
    return _normalize_cached(key, type_, res)


@lru_cache(maxsize=100_000)
def _normalize_cached(key: tuple, type_: str, res: Resources) -> str:
    tokens = [Token(offset, offset + len(text), text, pos, dict(feats)) for text, pos, feats, offset in key]
    if type_ == "PER":
        words = [_inflect_token(t, res, type_, None) for t in tokens]
    else:
        words = _normalize_phrase(tokens, res, type_)
    out, prev_end = [], None
    for tok, word in zip(tokens, words):
        if prev_end is not None:
            out.append(" " if tok.start > prev_end else "")
        out.append(word)
        prev_end = tok.end
    return "".join(out)


def _normalize_phrase(tokens: list[Token], res: Resources, type_: str) -> list[str]:
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN") and not _fixed(t.text)), None)
    if head is None or tokens[head].feats.get("Case") == "Nom":
        return [t.text for t in tokens]
    head_parse = _choose_parse(tokens[head], res, type_)
    agree = None
    if head_parse is not None:
        number = "plur" if "plur" in head_parse.tag else "sing"
        gender = head_parse.tag.gender if number == "sing" else None
        agree = {g for g in (number, gender) if g}
    words = []
    for i, tok in enumerate(tokens):
        if i < head and tok.pos in ("ADJ", "DET", "NUM"):
            # An adjective agrees with its head: where the tagger left its case out or
            # disagrees, the head's case is the better evidence.
            feats = dict(tok.feats, Case=tokens[head].feats["Case"])
            words.append(_inflect_token(Token(tok.start, tok.end, tok.text, tok.pos, feats), res, None, agree))
        elif i == head:
            words.append(_inflect_token(tok, res, type_, None))
        else:
            words.append(tok.text)
    return words


def _inflect_token(tok: Token, res: Resources, type_: str | None, agree: set | None) -> str:
    if _fixed(tok.text) or tok.feats.get("Case") in (None, "Nom"):
        return tok.text
    if "-" in tok.text.strip("-"):
        return _inflect_hyphenated(tok, res, type_)
    parse = _choose_parse(tok, res, type_)
    return restore_case(tok.text, nominative(parse, agree) or tok.text)


def _inflect_hyphenated(tok: Token, res: Resources, type_: str | None) -> str:
    # "Алма-Атой": every capitalised part agrees in case; stop at a lowercase link
    # ("Ростове-на-Дону"), after which parts are dependents and stay as written.
    parts = tok.text.split("-")
    out, inflecting = [], True
    for part in parts:
        if inflecting and part[:1].isupper() and part.isalpha():
            sub = Token(0, len(part), part, "PROPN", tok.feats)
            parse = _choose_parse(sub, res, type_)
            out.append(restore_case(part, nominative(parse) or part))
        else:
            inflecting = inflecting and not part[:1].islower()
            out.append(part)
    return "-".join(out)


def _choose_parse(tok: Token, res: Resources, type_: str | None):
    return name_parse(res.parse(tok.text), tok.pos, tok.feats, NAME_GRAMMEMES.get(type_, ()))


def _fixed(word: str) -> bool:
    """Words that never inflect as written: abbreviations, Latin, digits."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return True
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return True
    return not any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in letters)
