"""The Document and its records (schema `newsgraph.document/1`).

Every stage reads and fills fields of one `Document`. Spans are character offsets
into `Document.text` (Python string indices, end-exclusive); records never copy or
re-tokenize the text beyond the `text` surface string the schema asks for.
`Document.to_dict()` gives exactly the JSON object of the schema and
`Document.from_dict()` reads it back, so a document can travel between processes.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields

from newsgraph import SCHEMA


@dataclass(slots=True)
class Chrome:
    start: int
    end: int
    kind: str  # related | nav | ad | other


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    type: str  # PER | LOC | ORG
    text: str
    normal: str
    entity: int | None = None


@dataclass(slots=True)
class Title:
    """A role of an entity as data: "первый президент Узбекистана" is the `office` "президент"
    of the entity `of` (Узбекистан), held formerly. `office` is the office in the nominative
    without its place, organisation, or the words saying former or acting ("министр
    иностранных дел", "первый заместитель министра"); `text` is the role as `Entity.roles` has it."""

    text: str
    office: str
    of: int | None = None  # index into the Document's entities of the place or organisation
    of_name: str | None = None  # its nominative name, also where no entity of the text is it
    former: bool = False
    acting: bool = False


@dataclass(slots=True)
class Entity:
    id: int
    type: str
    name: str
    roles: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)  # one per role, in the same order

    @classmethod
    def from_dict(cls, data: dict) -> "Entity":
        """An entity from its dict; a document written before titles existed has none."""
        titles = [Title(**t) for t in data.get("titles", [])]
        return cls(**{**data, "titles": titles})


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    speaker: int | None
    cue: str | None


@dataclass(slots=True)
class Money:
    start: int
    end: int
    text: str
    amount: float | int
    currency: str
    approx: bool


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    qualifier: str  # exact | about | more_than | less_than | at_least | up_to


@dataclass(slots=True)
class DateFact:
    start: int
    end: int
    text: str
    value: str | None
    relative: str | None


@dataclass(slots=True)
class Event:
    """One reported happening (docs/events.md): `actors` all take part, `source` acts on
    `target` (entity indexes, GDELT's Actor1 and Actor2); `modality` is actual, planned,
    negated or conditional; `mentions` are the spans of every clause that reports it, the
    first being `start`/`end`; `money` and `quantities` index the amounts of those clauses."""

    type: str
    cameo_root: str
    start: int
    end: int
    actors: list[int] = field(default_factory=list)
    place: int | None = None
    date: str | None = None
    summary: str = ""
    modality: str = "actual"
    source: list[int] = field(default_factory=list)
    target: list[int] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)
    money: list[int] = field(default_factory=list)
    quantities: list[int] = field(default_factory=list)


# The fields of an Event beyond its first columns, which the store keeps as one JSON object.
EVENT_ARGUMENTS = ("source", "target", "mentions", "money", "quantities")


@dataclass(slots=True)
class Token:
    """A word of the body as segmentation and morphology see it (not serialised)."""

    start: int
    end: int
    text: str
    pos: str | None = None
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str | None = None


@dataclass(slots=True)
class Sentence:
    """A sentence of the body with its tokens (not serialised)."""

    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    # Dependency parse, filled on demand by `newsgraph.syntax.parse_sentences`: for each token
    # the index of its head in `tokens` (-1 for the root) and the relation's label.
    heads: list[int] | None = None
    rels: list[str] | None = None


_LISTS = {
    "chrome": Chrome,
    "mentions": Mention,
    "references": Mention,
    "entities": Entity,
    "quotes": Quote,
    "money": Money,
    "quantities": Quantity,
    "dates": DateFact,
    "events": Event,
}


@dataclass
class Document:
    id: str
    text: str
    source: dict = field(default_factory=dict)
    title: str | None = None
    published: str | None = None
    body: list[list[int]] = field(default_factory=list)
    chrome: list[Chrome] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # words that point at an entity without naming it ("российские": Россия), shaped as mentions
    references: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Filled by the segmentation stage and used by later stages; never serialised.
    sents: list[Sentence] = field(default_factory=list, repr=False, compare=False)

    def to_dict(self) -> dict:
        out = {"schema": SCHEMA, "id": self.id, "source": dict(self.source), "title": self.title,
               "published": self.published, "text": self.text,
               "body": [[s, e] for s, e in self.body]}
        for name in _LISTS:
            out[name] = [asdict(item) for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        kwargs = {f.name: data[f.name] for f in fields(cls) if f.name in data and f.name not in _LISTS}
        kwargs.pop("sents", None)
        doc = cls(**kwargs)
        doc.body = [list(span) for span in data.get("body", [])]
        for name, record in _LISTS.items():
            setattr(doc, name, [record.from_dict(item) if hasattr(record, "from_dict") else record(**item)
                                for item in data.get(name, [])])
        return doc

    def body_text(self) -> str:
        return "\n".join(self.text[s:e] for s, e in self.body)


def content_id(text: str) -> str:
    """A stable id for a document that has none: the first 16 hex digits of the SHA-1
    of its text with whitespace collapsed.

    >>> content_id("a  b") == content_id("a b")
    True
    """
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]
