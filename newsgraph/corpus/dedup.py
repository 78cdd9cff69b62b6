"""Exact and near duplicates: content hashes and MinHash signatures over word shingles.

Two documents are the same content when their whitespace-normalised texts hash alike. They are
near-duplicates (one text republished with small edits, another headline or a trimmed ending)
when the Jaccard similarity of their 4-word shingle sets, estimated from 64-permutation MinHash
signatures (datasketch), is at least `NEAR_DUPLICATE`. Candidates are found by LSH banding:
the signature is cut into 16 bands of 4 values and any shared band makes two documents candidates.
"""
from __future__ import annotations

import hashlib

import numpy as np

from newsgraph.corpus.lemmas import WORD, fold

NUM_PERM = 64
BANDS, ROWS = 16, 4
SHINGLE = 4
# 16 bands of 4 catch pairs above ~0.5 similarity; the estimate then keeps those that are
# really the same text (edits of a sentence or two in a news item stay above 0.7).
NEAR_DUPLICATE = 0.7


def content_hash(text: str) -> str:
    """SHA-1 (hex) of the text with runs of whitespace collapsed to one space.

    >>> content_hash("a \\n b") == content_hash("a b")
    True
    """
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(fold(text))
    if len(words) <= SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of `text` as NUM_PERM little-endian uint32 values."""
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=1)
    grams = shingles(text)
    if grams:
        mh.update_batch(list(grams))
    return mh.hashvalues.astype("<u4").tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One signed 63-bit key per LSH band (the band number is part of the key)."""
    keys = []
    width = ROWS * 4
    for band in range(BANDS):
        digest = hashlib.blake2b(bytes([band]) + sig[band * width:(band + 1) * width], digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True) >> 1)
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal values)."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if len(va) != len(vb) or not len(va):
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)


def similarities(sig: bytes, others: list[bytes]) -> list[float]:
    """`similarity(sig, other)` for each of `others` at once (0.0 for a signature of another length)."""
    va = np.frombuffer(sig, dtype="<u4")
    same = [i for i, o in enumerate(others) if len(o) == len(sig)]
    out = [0.0] * len(others)
    if same and len(va):
        block = np.frombuffer(b"".join(others[i] for i in same), dtype="<u4").reshape(len(same), len(va))
        for i, equal in zip(same, np.count_nonzero(block == va, axis=1).tolist()):
            out[i] = equal / len(va)
    return out


def text_delta(base: str, text: str) -> list:
    """Edits that turn `base` into `text`: [[start, end, replacement], ...] in `base` offsets,
    computed over word and space runs so it stays quick on news-length texts."""
    from difflib import SequenceMatcher

    a, b = _pieces(base), _pieces(text)
    a_pos = np.cumsum([0] + [len(p) for p in a]).tolist()
    b_pos = np.cumsum([0] + [len(p) for p in b]).tolist()
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


def _pieces(text: str) -> list[str]:
    import re

    return re.findall(r"\w+|\W+", text)
