"""Exact and near duplicates: content hashes and MinHash signatures over word shingles.

Two documents are the same content when their whitespace-normalised texts hash alike. They are
near-duplicates (one text republished with small edits, another headline or a trimmed ending)
when the Jaccard similarity of their 4-word shingle sets, estimated from 64-permutation MinHash
signatures (datasketch), is at least `NEAR_DUPLICATE`. Candidates are found by LSH banding:
the signature is cut into 16 bands of 4 values and any shared band makes two documents candidates.
`near_duplicate` applies the rule to a new document while it is saved.
"""
from __future__ import annotations

import hashlib

import numpy as np

from newsgraph.corpus.lemmas import WORD
from newsgraph.russian import fold
from newsgraph.store import NearDuplicate, Writer

NUM_PERM = 64
BANDS, ROWS = 16, 4
SHINGLE = 4
# 16 bands of 4 catch pairs above ~0.5 similarity; the estimate then keeps those that are
# really the same text (edits of a sentence or two in a news item stay above 0.7).
NEAR_DUPLICATE = 0.7
# Documents sharing the most LSH bands are compared first; beyond this many the rest are
# ignored (a text republished dozens of times needs only one earlier copy to be linked).
NEAR_CANDIDATES = 50


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


def near_duplicate(tx: Writer, bands: list[int], sig: bytes) -> NearDuplicate | None:
    """The most similar stored document at or above NEAR_DUPLICATE (the earliest stored among
    equals), found through shared LSH `bands`; None when there is none."""
    rows = tx.near_candidates(bands, NEAR_CANDIDATES)
    best, best_sim = None, NEAR_DUPLICATE
    for (key, doc_id, text_id, story, _), sim in zip(rows, similarities(sig, [r[4] for r in rows])):
        if sim > best_sim or (sim == best_sim and best is None):
            best, best_sim = NearDuplicate(key, doc_id, text_id, story), sim
    return best
