"""Segmentation and morphology of the article body.

`segment_body(doc, res)` reads `doc.body` and fills `doc.sents`: sentences (razdel) with
tokens carrying part of speech, grammatical features (slovnet) and a lemma (pymorphy).
It is the only place that turns Natasha's markup into our records.
"""
from __future__ import annotations

from functools import lru_cache

from newsgraph.doc import Document, Sentence, Token
from newsgraph.resources import Resources, analysable


def sentences_of(doc: Document, res: Resources) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Sentences of the body as (start, end, tokens), tokens as (start, end, text)."""
    from razdel import sentenize, tokenize

    out = []
    for bstart, bend in doc.body:
        block = doc.text[bstart:bend]
        for sent in sentenize(block):
            toks = [(bstart + sent.start + t.start, bstart + sent.start + t.stop, t.text)
                    for t in tokenize(sent.text)]
            if toks:
                out.append((bstart + sent.start, bstart + sent.stop, toks))
    return out


def segment_body(doc: Document, res: Resources) -> Document:
    """Fill `doc.sents` with the body's sentences, tokens, morphology and lemmas."""
    raw = sentences_of(doc, res)
    markups = res.morph_tagger.map([[t[2] for t in toks] for _, _, toks in raw]) if raw else []
    doc.sents = []
    for (start, end, toks), markup in zip(raw, markups):
        tokens = []
        for (ts, te, text), mt in zip(toks, markup.tokens):
            feats = dict(mt.feats)
            tokens.append(Token(ts, te, text, mt.pos, feats, lemmatize(res, text, mt.pos, feats)))
        doc.sents.append(Sentence(start, end, doc.text[start:end], tokens))
    return doc


def lemmatize(res: Resources, word: str, pos: str, feats: dict) -> str:
    """The dictionary form of `word` given its tagged part of speech and features."""
    return _lemma(res.morph, word, pos, tuple(sorted(feats.items())))


@lru_cache(maxsize=300_000)
def _lemma(morph, word: str, pos: str, feats: tuple) -> str:
    if not any(ch.isalpha() for ch in word) or not analysable(word):
        return word.lower()
    return morph.lemmatize(word, pos, dict(feats))
