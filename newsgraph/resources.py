"""Models and dictionaries, built once per process and shared by every stage.

Nothing is loaded at import: `get_resources()` builds the Natasha models on first use
(they ship inside the PyPI packages, so nothing is downloaded) and caches them.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache


@dataclass(eq=False)
class Resources:
    """Lazy holder of the Natasha segmenter, morphology, syntax and NER models."""

    @cached_property
    def segmenter(self):
        from natasha import Segmenter
        return Segmenter()

    @cached_property
    def embedding(self):
        from natasha import NewsEmbedding
        return NewsEmbedding()

    @cached_property
    def morph_tagger(self):
        from natasha import NewsMorphTagger
        return NewsMorphTagger(self.embedding)

    @cached_property
    def ner_tagger(self):
        from natasha import NewsNERTagger
        return NewsNERTagger(self.embedding)

    @cached_property
    def syntax_parser(self):
        """Slovnet's dependency parser for news (shipped in the natasha package)."""
        from natasha import NewsSyntaxParser
        return NewsSyntaxParser(self.embedding)

    @cached_property
    def morph(self):
        """pymorphy analyser with Natasha's lemmatisation helpers (`MorphVocab`)."""
        from natasha import MorphVocab
        return MorphVocab()

    def build(self) -> None:
        """Build every model now, so that the first document does not pay for them."""
        for name in ("segmenter", "morph_tagger", "syntax_parser", "ner_tagger", "morph"):
            getattr(self, name)

    def parse(self, word: str):
        """pymorphy parses of one word, cached."""
        return _parse(self.morph, word)


@lru_cache(maxsize=200_000)
def _parse_cached(morph_id: int, word: str):
    if not analysable(word):
        return []
    return _MORPHS[morph_id].parse(word)


def analysable(word: str) -> bool:
    """False for words pymorphy cannot look at: it asks every letter for its Unicode name,
    and some letters (Tangut, Khitan, Nushu ideographs...) have none in Python's database."""
    return all(ch.isascii() or unicodedata.name(ch, None) is not None for ch in word if ch.isalpha())


_MORPHS: dict[int, object] = {}


def _parse(morph, word: str):
    _MORPHS.setdefault(id(morph), morph)
    return _parse_cached(id(morph), word)


@lru_cache(maxsize=1)
def get_resources() -> Resources:
    """The process-wide `Resources`."""
    return Resources()
