"""A quotation as the finders see it, before its speaker is resolved to an entity."""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.quotes.speakers import Subject


@dataclass(eq=False)
class Attribution:
    """The cue of one or more quotations and the subject standing with it.

    `same_as` points to another attribution whose speaker this one shares ("…, — сказал он,
    добавив, что …": the converb speaks for the verb before it)."""

    cue: int  # token index of the cue (of the colon, for a headline's "Имя: «…»")
    cue_text: str | None
    subject: Subject
    same_as: "Attribution | None" = None
    speaker: int | None = None
    resolved: bool = False
    we: bool = False  # a direct quotation of it speaks as "мы" ("В заявлении говорится: «Мы …»")


@dataclass(eq=False)
class Candidate:
    """Content span [start, end) of a quotation, its kind and its attribution."""

    start: int
    end: int
    kind: str
    attribution: Attribution
    back: bool = False  # "Об этом сообщил X": the sentence before is the content
    # The piece of the same report before an attribution set off by commas ("Установление
    # летнего времени, подчеркнул президент, будет полезным"): (start, end), or None.
    head: tuple[int, int] | None = None
