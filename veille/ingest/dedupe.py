"""Near-duplicate detection: wire copies of one story linked to one canonical article.

Each text becomes a MinHash of its word 5-grams (accents and case folded); an LSH
index finds stored texts whose estimated Jaccard similarity passes the threshold.
Signatures are bytes so the store can keep them and detection spans runs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

from .. import settings

NUM_PERM = 128
SHINGLE = 5
# Below this many words, shingles are too few for a stable estimate: only exact copies count.
MIN_WORDS = 30
# datasketch's hashing scheme; stored signatures are only comparable within one scheme.
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(ch for ch in folded if not unicodedata.combining(ch)))


def signature(text: str) -> bytes | None:
    """MinHash signature of a text as bytes, or None when it is too short to compare."""
    from datasketch import MinHash

    words = _words(text)
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=_template().permutations, scheme=SCHEME)
    mh.update_batch(list(shingles))
    return mh.hashvalues.astype(np.uint64).tobytes()  # fixed width whatever the scheme


def _minhash(sig: bytes):
    from datasketch import MinHash

    values = np.frombuffer(sig, dtype=np.uint64).astype(_template().hashvalues.dtype)
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, permutations=_template().permutations,
                   scheme=SCHEME)


class NearDuplicates:
    """An LSH index of signatures; ``find`` gives the closest indexed article above the threshold."""

    def __init__(self, threshold: float | None = None) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold if threshold is not None else settings.get("near_duplicate_threshold")
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: bytes | None) -> None:
        if sig is None or article_id in self._sigs:
            return
        mh = _minhash(sig)
        self._lsh.insert(article_id, mh)
        self._sigs[article_id] = mh

    def remove(self, article_id: str) -> None:
        if self._sigs.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def find(self, sig: bytes | None) -> tuple[str, float] | None:
        """(canonical article id, estimated similarity) of the best match, or None."""
        if sig is None or not self._sigs:
            return None
        mh = _minhash(sig)
        best = None
        for candidate in self._lsh.query(mh):
            similarity = float(mh.jaccard(self._sigs[candidate]))
            if similarity >= self.threshold and (best is None or similarity > best[1]
                                                 or (similarity == best[1] and candidate < best[0])):
                best = (candidate, similarity)
        return best
