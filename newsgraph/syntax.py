"""Dependency parses of chosen sentences, on demand.

The analysis does not parse every sentence: a stage that needs grammatical relations (the
subject of a verb of speech, the object of an event's verb) asks for the sentences it cares
about, and `parse_sentences` runs them through slovnet's syntax model in one batch, filling
`Sentence.heads` and `Sentence.rels`. A sentence parsed once is not parsed again.
"""
from __future__ import annotations

from collections.abc import Iterable

from newsgraph.doc import Sentence
from newsgraph.resources import Resources


def parse_sentences(sents: Iterable[Sentence], res: Resources) -> None:
    """Fill `heads` and `rels` of every sentence in `sents` that has none yet."""
    todo = [s for s in sents if s.heads is None and s.tokens]
    if not todo:
        return
    markups = res.syntax_parser.map([[t.text for t in s.tokens] for s in todo])
    for sent, markup in zip(todo, markups):
        heads, rels = [], []
        for tok in markup.tokens:
            # slovnet numbers tokens from 1 and gives 0 as the root's head
            heads.append(int(tok.head_id) - 1)
            rels.append(tok.rel)
        sent.heads, sent.rels = heads, rels


def children(sent: Sentence, index: int, rels: tuple[str, ...] | None = None) -> list[int]:
    """Indices of the tokens whose head is token `index` (with one of `rels`, if given)."""
    if sent.heads is None:
        return []
    return [i for i, h in enumerate(sent.heads)
            if h == index and (rels is None or sent.rels[i] in rels)]


def subtree(sent: Sentence, index: int) -> list[int]:
    """Token `index` and every token below it, in text order."""
    if sent.heads is None:
        return [index]
    below, frontier = {index}, [index]
    while frontier:
        head = frontier.pop()
        for i, h in enumerate(sent.heads):
            if h == head and i not in below:
                below.add(i)
                frontier.append(i)
    return sorted(below)
