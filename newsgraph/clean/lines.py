"""Lines of a page dump and the shape features chrome separation decides from.

A `Line` is one non-blank line of the dump, trimmed of surrounding whitespace, with
what a reader sees at a glance: how many words, how it ends, whether it starts with a
bullet, how many blank lines stand before it, and its content-word stems.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.russian import fold

# Line and paragraph breaks; "\r\n" counts once. Rarer control characters that
# str.splitlines() also breaks on stay inside a line (as whitespace when trimmed).
_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_SPACE = re.compile(r"\s")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Closing quotes and brackets that may follow a sentence's final punctuation.
_CLOSERS = "»\"”“'’)]}"
_BULLET = re.compile(r"^(?:[-–—•·*▪►●◦‣→✓✔]\s*|\d{1,2}[.)]\s+|[a-zа-я]\)\s+)")

# Function words of four letters or more: they say nothing about a line's topic, so two
# lines sharing them are not about the same thing.
_STOP = frozenset("""
этот этого этом эта эти этих этой этому эту также такой такие таким того тому
который которая которое которые которых котором которой которым после перед более менее
через между будет будут было были быть может могут свой своей свою своих свои своим
чтобы когда если однако кроме тоже только всех всего весь вся все всем года году годы
время сейчас уже ещё еще очень один одна одно одной двух трех три около почти
этого него нее неё них ними него ему нему сказал заявил отметил сообщил словам
news новости новость сегодня вчера завтра
""".split())


@dataclass(slots=True)
class Line:
    """One non-blank line: its trimmed span in the text and its shape."""

    index: int  # position among the non-blank lines
    number: int  # 1-based line number in the text
    start: int
    end: int
    text: str
    gap: int  # blank lines between this line and the previous non-blank one
    words: int
    letters: int  # letters among the non-space characters
    chars: int  # non-space characters
    ending: str  # stop | ask | colon | list | none
    bullet: bool
    upper_start: bool
    stems: frozenset = field(default_factory=frozenset)

    @property
    def letter_share(self) -> float:
        return self.letters / self.chars if self.chars else 0.0


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, each trimmed, with their shape features."""
    lines: list[Line] = []
    pos, number, last_number = 0, 1, 0
    for match in _BREAK.finditer(text):
        _add_line(lines, text, pos, match.start(), number, last_number)
        if lines and lines[-1].number == number:
            last_number = number
        pos, number = match.end(), number + 1
    _add_line(lines, text, pos, len(text), number, last_number)
    return lines


def _add_line(lines: list[Line], text: str, start: int, end: int, number: int, last_number: int) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return
    start += len(raw) - len(raw.lstrip())
    end = start + len(stripped)
    words = _WORD.findall(stripped)
    chars = len(stripped) - len(_SPACE.findall(stripped))
    letters = len(_LETTER.findall(stripped))
    first = next((ch for ch in stripped if ch.isalnum()), "")
    lines.append(Line(
        index=len(lines), number=number, start=start, end=end, text=stripped,
        gap=number - last_number - 1 if lines else 0,
        words=len(words), letters=letters, chars=chars, ending=_ending(stripped),
        bullet=bool(_BULLET.match(stripped)), upper_start=first.isupper() or first.isdigit(),
        stems=content_stems(words),
    ))


def _ending(line: str) -> str:
    """How a line ends: `stop` (. …), `ask` (! ?), `colon`, `list` (; ,) or `none`.

    >>> _ending("Он сказал: «Да».»"), _ending("О чем договорятся?"), _ending("Все новости")
    ('stop', 'ask', 'none')
    """
    core = line.rstrip(_CLOSERS + " ")
    if not core:
        return "none"
    last = core[-1]
    if last in ".…":
        return "stop"
    if last in "!?":
        return "ask"
    if last == ":":
        return "colon"
    if last in ";,":
        return "list"
    return "none"


def content_stems(words: list[str]) -> frozenset:
    """Five-letter prefixes of a line's content words: a cheap stand-in for lemmas that
    matches the case forms of one Russian noun ("Назарбаев", "Назарбаева")."""
    out = set()
    for word in words:
        low = fold(word)
        if len(low) >= 4 and low not in _STOP:
            out.add(low[:5])
    return frozenset(out)
