"""MinHash signatures of article texts and their LSH bands, for near-duplicate detection.

Shingles are 5-word windows of the case-folded words; 64 hash functions split into 16 bands of
4 rows put two texts in a common bucket with probability 1-(1-J⁴)¹⁶: ~1% at Jaccard 0.3,
~98% at 0.8. Candidates are then checked on the share of equal signature values.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE_WORDS = 5
NUM_HASHES = 64
BANDS = 16
ROWS = NUM_HASHES // BANDS
_PRIME = np.uint64((1 << 32) + 15)  # a prime above every 32-bit shingle hash: no uint64 overflow
_rng = np.random.RandomState(20260101)  # fixed seed: signatures are comparable across runs
_A = _rng.randint(1, 1 << 32, size=NUM_HASHES, dtype=np.uint64)
_B = _rng.randint(0, 1 << 32, size=NUM_HASHES, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> bytes | None:
    """The 64 minimum hash values of ``text``'s shingles (uint64 bytes), or None for an empty text."""
    found = shingles(text)
    if not found:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=4).digest(), "little")
         for s in found),
        dtype=np.uint64, count=len(found),
    )
    mins = ((_A[:, None] * hashes[None, :] + _B[:, None]) % _PRIME).min(axis=1)
    return mins.astype(np.uint64).tobytes()


def band_keys(sig: bytes) -> list[str]:
    """One bucket key per band: band number + a hash of its rows."""
    width = ROWS * 8
    return [f"{i}:{hashlib.blake2b(sig[i * width:(i + 1) * width], digest_size=8).hexdigest()}"
            for i in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: the share of equal signature values."""
    x = np.frombuffer(a, dtype=np.uint64)
    y = np.frombuffer(b, dtype=np.uint64)
    return float((x == y).mean())
