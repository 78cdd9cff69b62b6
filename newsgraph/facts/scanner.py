"""One pass over a sentence's tokens that hands each trigger word to the fact readers.

A `Scanner` is the view the readers share: tokens, their lookup keys, the document
text for surface strings, and `floor`, the first token no earlier fact has taken, so a
reader looking back for a qualifier never reaches into a previous fact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.doc import Token
from newsgraph.facts.lexicon import ABBREVIATIONS, Lexicon, norm

SPACES = {" ", "\u00a0", "\u2009", "\u202f", "\u2007"}
DIGITS_START = tuple("0123456789")
# Phone numbers and clock times look like numbers but are neither amounts nor dates.
_PHONE = re.compile(r"(?:\+\d{1,3}[\s\-]?)?\(\d{2,5}\)[\s\-]?\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}"
                    r"|\+\d{1,3}[\s\-]?\d{3}[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2}"
                    r"|\b\d{3}-\d{2}-\d{2}\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


# Minus signs as news text writes them: hyphen, minus, en dash.
SIGNS = {"-", "\u2212", "\u2013"}


def _split_punct(toks: list[Token]) -> list[Token]:
    """razdel keeps the comma in "1958, 1962" with the first number and the sign in
    "до -28°C" with the digits; split both off, so a number is always its own token."""
    if not any(len(t.text) > 1 and ((t.text[-1] in ",." and t.text[0].isdigit())
                                    or (t.text[0] in SIGNS and t.text[1].isdigit())) for t in toks):
        return toks
    out = []
    for t in toks:
        if len(t.text) > 1 and t.text[0] in SIGNS and t.text[1].isdigit():
            out.append(Token(t.start, t.start + 1, t.text[0], "PUNCT", {}, t.text[0]))
            rest = t.text[1:]
            t = Token(t.start + 1, t.end, rest, t.pos, t.feats, rest)
        if t.text[-1] in ",." and t.text[0].isdigit() and len(t.text) > 1 and t.text[-2].isdigit():
            out.append(Token(t.start, t.end - 1, t.text[:-1], t.pos, t.feats, t.text[:-1]))
            out.append(Token(t.end - 1, t.end, t.text[-1], "PUNCT", {}, t.text[-1]))
        else:
            out.append(t)
    return out


@dataclass(eq=False)
class Scanner:
    """Tokens of one sentence with their lookup keys and the readers' shared state."""

    text: str
    toks: list[Token]
    lex: Lexicon
    norms: list[str] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    numbers: dict = field(default_factory=dict)  # token index -> Number | None, see read_number
    floor: int = 0
    last_money: tuple[int, str] | None = None  # (index after it, currency) of the latest money
    published: str | None = None  # the document's publication date, for two-digit years

    def __post_init__(self):
        self.toks = _split_punct(self.toks)
        self.norms = [norm(t.text) for t in self.toks]
        self._block_lookalikes()

    def _block_lookalikes(self) -> None:
        if not self.toks:
            return
        start, end = self.toks[0].start, self.toks[-1].end
        chunk = self.text[start:end]
        if ":" not in chunk and "(" not in chunk and "+" not in chunk and "-" not in chunk:
            return
        spans = [m.span() for m in _PHONE.finditer(chunk)] + [m.span() for m in _TIME.finditer(chunk)]
        for s, e in spans:
            s += start
            e += start
            for k, t in enumerate(self.toks):
                if t.start < e and t.end > s:
                    self.blocked.add(k)

    def __len__(self) -> int:
        return len(self.toks)

    def at(self, k: int) -> str:
        """Lookup key of token k, or '' past either end."""
        return self.norms[k] if 0 <= k < len(self.norms) else ""

    def is_digit(self, k: int) -> bool:
        return 0 <= k < len(self.toks) and self.toks[k].text.startswith(DIGITS_START)

    def glued(self, k: int) -> bool:
        """True when token k follows token k-1 with no space between."""
        return 0 < k < len(self.toks) and self.toks[k - 1].end == self.toks[k].start

    def spaced(self, k: int) -> bool:
        """True when one space-like character separates token k from token k-1."""
        if not 0 < k < len(self.toks):
            return False
        gap = self.text[self.toks[k - 1].end:self.toks[k].start]
        return len(gap) == 1 and gap in SPACES

    def pos(self, k: int) -> str | None:
        return self.toks[k].pos if 0 <= k < len(self.toks) else None

    def skip_dot(self, k: int) -> int:
        """Index after an abbreviation's full stop at k (glued to k-1), else k."""
        # The sentence's own full stop stays out: "составили €40 млн."
        if k < len(self.toks) - 1 and self.toks[k].text == "." and self.glued(k) \
                and self.norms[k - 1] in ABBREVIATIONS:
            return k + 1
        return k

    def surface(self, start: int, end: int) -> str:
        return self.text[start:end]
