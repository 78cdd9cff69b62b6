"""Texts on disk: each text once, a near-duplicate's as edits of the text it repeats.

A text is found again by the hash of its whitespace-normalised form. The text of a document
that repeats another is kept as a list of edits of that text while the edits stay small
(`MAX_DELTA_SHARE`), else whole; edits are always taken against a whole text, never chained.
"""
from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from itertools import accumulate

from newsgraph.store.db import Database

# A near-duplicate's text is kept as edits of the text it repeats while the edits stay this
# small a share of it; beyond that the text is stored whole (the link is kept either way).
MAX_DELTA_SHARE = 0.3
# Word and non-word runs: the units the edits are computed over.
PIECE = re.compile(r"\w+|\W+")


def load_text(db: Database, text_id: int) -> str:
    """The whole text stored under `text_id`."""
    body, base, delta = db.one("SELECT body, base, delta FROM texts WHERE id = ?", (text_id,))
    if body is not None:
        return body
    return apply_delta(load_text(db, base), json.loads(delta))


def load_texts(db: Database, text_ids: list[int]) -> dict[int, str]:
    """The whole texts stored under `text_ids`, by id: the stored rows in one statement, the
    texts that near-duplicates repeat in one more."""
    wanted = sorted(set(text_ids))
    if not wanted:
        return {}
    rows = db.all(f"SELECT id, body, base, delta FROM texts WHERE id IN ({', '.join('?' * len(wanted))})", wanted)
    bases = {base for _, body, base, _ in rows if body is None}
    whole = load_texts(db, list(bases)) if bases else {}
    return {text_id: body if body is not None else apply_delta(whole[base], json.loads(delta))
            for text_id, body, base, delta in rows}


def save_text(db: Database, text: str, content_hash: str, near_text: int | None) -> int:
    """Store `text` (as edits of `near_text` when that is cheaper) and return its id."""
    if near_text is not None:
        delta = cheap_delta(db, text, near_text)
        if delta is not None:
            return db.one("INSERT INTO texts (hash, body, base, delta) VALUES (?, NULL, ?, ?) RETURNING id",
                          (content_hash, *delta))[0]
    return db.one("INSERT INTO texts (hash, body) VALUES (?, ?) RETURNING id", (content_hash, text))[0]


def rebase_text(db: Database, text_id: int, near_text: int) -> None:
    """Keep a text stored whole as edits of `near_text` when that is cheaper, as `save_text`
    would have stored it had the text it repeats been known then."""
    delta = cheap_delta(db, load_text(db, text_id), near_text)
    if delta is not None:
        db.run("UPDATE texts SET body = NULL, base = ?, delta = ? WHERE id = ?", (*delta, text_id))


def cheap_delta(db: Database, text: str, near_text: int) -> tuple[int, str] | None:
    """(base, edits as JSON) that give `text` from the whole text behind `near_text`, when the
    edits are small enough to keep instead of the text (`MAX_DELTA_SHARE`); else None."""
    root = near_text
    row = db.one("SELECT base FROM texts WHERE id = ?", (root,))
    if row and row[0] is not None:
        root = row[0]  # deltas are always taken against a whole text, never chained
    ops = text_delta(load_text(db, root), text)
    cost = sum(len(rep) + end - start for start, end, rep in ops)
    return (root, json.dumps(ops, ensure_ascii=False)) if cost <= MAX_DELTA_SHARE * len(text) else None


def text_delta(base: str, text: str) -> list:
    """Edits that turn `base` into `text`: [[start, end, replacement], ...] in `base` offsets,
    computed over word and space runs so it stays quick on news-length texts."""
    a, b = PIECE.findall(base), PIECE.findall(text)
    a_pos = [0, *accumulate(len(p) for p in a)]
    b_pos = [0, *accumulate(len(p) for p in b)]
    ops = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            ops.append([a_pos[i1], a_pos[i2], text[b_pos[j1]:b_pos[j2]]])
    return ops


def apply_delta(base: str, ops: list) -> str:
    """The text that `text_delta(base, text)` described.

    >>> apply_delta("one two three", text_delta("one two three", "one 2 three!"))
    'one 2 three!'
    """
    out, pos = [], 0
    for start, end, replacement in ops:
        out += [base[pos:start], replacement]
        pos = end
    out.append(base[pos:])
    return "".join(out)
