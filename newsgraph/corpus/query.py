"""The search language, one parser for the CLI, the API and the reader.

    переговоры Токаев          every word, each in any of its forms
    "мирные переговоры"        a phrase: these words one after another, each in any form («…» too)
    суд OR арест, суд | арест  either (OR binds tighter than the space between words)
    -суд, NOT суд, -"…"        exclusion: documents without it (beside something to search for)
    прези*                     lemmas starting with "прези" (at least two letters)
    (суд OR арест) -Москва     a group

`parse_query(text)` gives the tree of `newsgraph.store.query` with the words as typed, or None
when the text holds no word at all; a query it cannot read raises QueryError with one line
saying why. `lemmatise(tree, res)` fills in each word's dictionary forms for the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsgraph.errors import QueryError
from newsgraph.russian import fold
from newsgraph.store.query import AllOf, AnyOf, Node, Term, terms_of

# A word as the index splits it ([^\W_]+), hyphenated parts kept together ("Алма-Ата").
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_PART = re.compile(r"[^\W_]+")
_CLOSING = {'"': '"', "«": "»", "“": "”", "„": "“"}
OPERATORS = ("OR", "AND", "NOT")
MIN_PREFIX = 2
MAX_TERMS = 32
MAX_DEPTH = 8


@dataclass(frozen=True)
class _Token:
    kind: str                      # word, (, ), OR, AND, NOT
    at: int
    typed: str = ""
    words: tuple[str, ...] = ()
    prefix: bool = False


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _CLOSING:
            end = text.find(_CLOSING[ch], i + 1)
            if ch == "„" and end < 0:
                end = text.find("”", i + 1)
            if end < 0:
                raise QueryError(f"unbalanced quote: the phrase opened by {ch} at character {i + 1} is never closed")
            words = tuple(_PART.findall(text[i + 1:end]))
            if not words:
                raise QueryError(f"an empty phrase at character {i + 1}: put words between the quotes")
            i = end + 1
            prefix = i < n and text[i] == "*"
            i += prefix
            out.append(_Token("word", end, "", words, prefix))
        elif ch == "(" or ch == ")":
            out.append(_Token(ch, i, ch))
            i += 1
        elif ch == "|":
            out.append(_Token("OR", i, ch))
            i += 1
        elif ch == "-" and (i == 0 or text[i - 1].isspace() or text[i - 1] in "(|") and i + 1 < n and (
                _PART.match(text, i + 1) or text[i + 1] in "(" or text[i + 1] in _CLOSING):
            out.append(_Token("NOT", i, ch))
            i += 1
        elif ch == "*":
            raise QueryError(f"a * at character {i + 1} must end a word, as in прези*")
        elif m := _WORD.match(text, i):
            i = m.end()
            prefix = i < n and text[i] == "*"
            i += prefix
            if m.group() in OPERATORS and not prefix:
                out.append(_Token(m.group(), m.start(), m.group()))
            else:
                out.append(_Token("word", m.start(), "", tuple(_PART.findall(m.group())), prefix))
        else:
            i += 1  # punctuation and spaces separate words, as in the index
    return out


class _Parser:
    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.pos = 0
        self.terms = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def group(self, depth: int, opened: _Token | None) -> tuple[list[Node], list[Node]]:
        include: list[Node] = []
        exclude: list[Node] = []
        while True:
            tok = self.peek()
            if tok is None:
                if opened is not None:
                    raise QueryError(f"unbalanced parenthesis: the ( at character {opened.at + 1} is never closed")
                return include, exclude
            if tok.kind == ")":
                if opened is None:
                    raise QueryError(f"unbalanced parenthesis: a ) at character {tok.at + 1} without its (")
                self.take()
                return include, exclude
            if tok.kind == "AND":
                self.take()
            elif tok.kind == "OR":
                raise QueryError(f"{tok.typed} at character {tok.at + 1} needs a word, phrase or group on each side")
            elif tok.kind == "NOT":
                self.take()
                exclude.append(self.primary(depth, tok))
                after = self.peek()
                if after is not None and after.kind == "OR":
                    raise QueryError(f"an exclusion cannot be one side of OR (character {after.at + 1}); "
                                     f"group the choices: -(a OR b)")
            else:
                include.append(self.either(depth))

    def either(self, depth: int) -> Node:
        options = [self.primary(depth, None)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is not None and nxt.kind == "NOT":
                raise QueryError(f"an exclusion cannot be one side of OR (character {nxt.at + 1}); "
                                 f"group the choices: -(a OR b)")
            options.append(self.primary(depth, tok))
        flat: list[Node] = []
        for option in options:
            flat += option.options if isinstance(option, AnyOf) else [option]
        return flat[0] if len(flat) == 1 else AnyOf(tuple(flat))

    def primary(self, depth: int, after: _Token | None) -> Node:
        tok = self.peek()
        if tok is None or tok.kind not in ("word", "("):
            if after is not None:
                raise QueryError(f"{after.typed} at character {after.at + 1} needs a word, phrase or group after it")
            raise QueryError(f"{tok.typed} at character {tok.at + 1} needs a word before it")
        self.take()
        if tok.kind == "word":
            self.terms += 1
            if self.terms > MAX_TERMS:
                raise QueryError(f"too many words: a query takes at most {MAX_TERMS}")
            if tok.prefix and len(fold(tok.words[-1])) < MIN_PREFIX:
                raise QueryError(f"a prefix needs at least {MIN_PREFIX} letters before the * "
                                 f"(character {tok.at + 1})")
            return Term(tok.words, prefix=tok.prefix)
        if depth >= MAX_DEPTH:
            raise QueryError(f"parentheses nested deeper than {MAX_DEPTH}")
        include, exclude = self.group(depth + 1, tok)
        return _all(include, exclude, tok)


def _all(include: list[Node], exclude: list[Node], opened: _Token | None) -> Node:
    where = f" in the group at character {opened.at + 1}" if opened is not None else ""
    if not include and not exclude:
        raise QueryError(f"an empty group () at character {opened.at + 1}")
    if not include:
        raise QueryError(f"only exclusions{where}: add a word to search for (-суд alone excludes from nothing)")
    if len(include) == 1 and not exclude:
        return include[0]
    return AllOf(tuple(include), tuple(exclude))


def parse_query(text: str) -> Node | None:
    """The query tree of `text`, its words as typed; None when it holds no word. Raises
    QueryError (one line) for what it cannot read.

    >>> parse_query('"мирные переговоры" суд | арест -Москва')  # doctest: +NORMALIZE_WHITESPACE
    AllOf(include=(Term(words=('мирные', 'переговоры'), forms=(), prefix=False),
                   AnyOf(options=(Term(words=('суд',), forms=(), prefix=False),
                                  Term(words=('арест',), forms=(), prefix=False)))),
          exclude=(Term(words=('Москва',), forms=(), prefix=False),))
    >>> parse_query("!?") is None
    True
    """
    parser = _Parser(_tokens(text))
    include, exclude = parser.group(0, None)
    if not include and not exclude:
        return None
    return _all(include, exclude, None)


def word_forms(word: str, res) -> tuple[str, ...]:
    """The folded `word` first, then each index token of its dictionary forms."""
    forms = [fold(word)]
    for parse in res.parse(word):
        for part in _PART.findall(fold(parse.normal_form)):
            if part not in forms:
                forms.append(part)
    return tuple(forms)


def lemmatise(node: Node | None, res) -> Node | None:
    """The tree with each term's `forms` filled in: every dictionary form of each word (the word
    itself for a prefix's last word, which matches the start of lemmas as typed)."""
    if node is None:
        return None
    if isinstance(node, AllOf):
        return AllOf(tuple(lemmatise(n, res) for n in node.include), tuple(lemmatise(n, res) for n in node.exclude))
    if isinstance(node, AnyOf):
        return AnyOf(tuple(lemmatise(n, res) for n in node.options))
    forms = [word_forms(w, res) for w in node.words]
    if node.prefix:
        forms[-1] = (fold(node.words[-1]),)
    return replace(node, forms=tuple(forms))


def marked_terms(node: Node | None) -> list[Term]:
    """The terms a snippet marks: those searched for, not those excluded."""
    return [] if node is None else [t for t, excluded in terms_of(node) if not excluded]
