"""A search query as the store takes it, and its two full-text dialects.

The tree (`Term`, `AllOf`, `AnyOf`) arrives with its words already turned into the lemmas to look
for (`newsgraph.corpus.query` parses what a reader types and finds the forms); here it becomes
an FTS5 MATCH expression (`to_fts5`) or a PostgreSQL tsquery (`to_tsquery`).
"""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Union

# A phrase whose words have several lemmas each is, for FTS5, one phrase per combination; past
# this many the rarer alternatives (the surface forms beyond the dictionary's) are dropped.
MAX_PHRASE_VARIANTS = 64


@dataclass(frozen=True)
class Term:
    """Consecutive words (one word, or a phrase in quotes): `words` as typed, `forms` the
    alternative lemmas of each word (any of them matches at its place; the first is the
    word's own folded form), `prefix` when the last word is the start of a lemma (`прези*`)."""

    words: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...] = ()
    prefix: bool = False


@dataclass(frozen=True)
class AllOf:
    """Every node of `include` and none of `exclude`; `include` is never empty."""

    include: tuple["Node", ...]
    exclude: tuple["Node", ...] = field(default=())


@dataclass(frozen=True)
class AnyOf:
    """At least one of `options`."""

    options: tuple["Node", ...]


Node = Union[Term, AllOf, AnyOf]


def terms_of(node: Node, excluded: bool = False) -> Iterator[tuple[Term, bool]]:
    """Each term of a query, left to right, with whether it is excluded."""
    if isinstance(node, Term):
        yield node, excluded
    elif isinstance(node, AllOf):
        for child in node.include:
            yield from terms_of(child, excluded)
        for child in node.exclude:
            yield from terms_of(child, not excluded)
    else:
        for child in node.options:
            yield from terms_of(child, excluded)


def _forms(term: Term) -> tuple[tuple[str, ...], ...]:
    return term.forms or tuple((w,) for w in term.words)


def _phrase_variants(term: Term) -> list[tuple[str, ...]]:
    forms = [list(alts) for alts in _forms(term)]
    while _product(forms) > MAX_PHRASE_VARIANTS:
        widest = max(range(len(forms)), key=lambda i: len(forms[i]))
        forms[widest].pop()
    return list(itertools.product(*forms))


def _product(forms: list[list[str]]) -> int:
    n = 1
    for alts in forms:
        n *= len(alts)
    return n


def to_fts5(node: Node) -> str:
    """The FTS5 MATCH expression of a query.

    >>> to_fts5(AllOf((Term(("суд",), (("суд",),)), Term(("a", "b"), (("a",), ("b", "c")))),
    ...               (Term(("x",), (("x",),), prefix=True),)))
    '((("суд") AND ("a b" OR "a c")) NOT ("x" *))'
    """
    if isinstance(node, Term):
        star = " *" if node.prefix else ""
        return "(" + " OR ".join(f'"{" ".join(v)}"{star}' for v in _phrase_variants(node)) + ")"
    if isinstance(node, AnyOf):
        return "(" + " OR ".join(to_fts5(n) for n in node.options) + ")"
    inner = "(" + " AND ".join(to_fts5(n) for n in node.include) + ")"
    for n in node.exclude:
        inner = f"({inner} NOT {to_fts5(n)})"
    return inner


def to_tsquery(node: Node) -> str:
    """The tsquery text of a query (for `to_tsquery('simple', ...)`).

    >>> to_tsquery(AllOf((Term(("a", "b"), (("a",), ("b", "c"))),), (Term(("x",), (("x",),), prefix=True),)))
    "((('a') <-> ('b' | 'c')) & !(('x':*)))"
    """
    if isinstance(node, Term):
        forms = _forms(node)
        parts = []
        for i, alts in enumerate(forms):
            star = ":*" if node.prefix and i == len(forms) - 1 else ""
            parts.append("(" + " | ".join(f"'{a}'{star}" for a in alts) + ")")
        return "(" + " <-> ".join(parts) + ")"
    if isinstance(node, AnyOf):
        return "(" + " | ".join(to_tsquery(n) for n in node.options) + ")"
    return "(" + " & ".join([to_tsquery(n) for n in node.include] + [f"!{to_tsquery(n)}" for n in node.exclude]) + ")"
