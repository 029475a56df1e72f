"""Faster drop-ins for spaCy's ``Matcher`` on the two pattern shapes veille's stages use.

spaCy's ``Matcher`` tries every pattern at every token and calls a Python predicate per
token for each ``{"IN": [...]}`` set; with a few dozen patterns that costs more than the
stage's own logic. Both classes here give the same ``(match_id, start, end)`` triples as
the ``Matcher`` with the same patterns (tests/nlp/test_matching.py checks it):

- :class:`TokenMatcher`: one-token patterns (a lemma or a word form among a list, with a
  part of speech), looked up on arrays of the Doc's attribute hashes;
- :class:`AnchoredMatcher`: longer patterns whose first token is a fixed word (or one of
  a list); the spaCy ``Matcher`` only runs on the stretches that start with such a word.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

_ARRAY_ATTRS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "NORM")
_WORD_ATTRS = ("ORTH", "LOWER")


def _value_set(value) -> set[int]:
    if isinstance(value, dict):
        if set(value) != {"IN"}:
            raise ValueError(f"only {{'IN': [...]}} is supported, not {value!r}")
        value = value["IN"]
    else:
        value = [value]
    if not all(isinstance(v, str) for v in value):
        raise ValueError(f"pattern values must be strings: {value!r}")
    return {get_string_id(v) for v in value}


def _sorted_array(values: set[int]) -> numpy.ndarray:
    return numpy.sort(numpy.fromiter(values, dtype="uint64", count=len(values)))


def _among(column: numpy.ndarray, allowed: numpy.ndarray) -> numpy.ndarray:
    """Which values of ``column`` are in the sorted array ``allowed`` (a binary search each:
    ``numpy.isin`` would sort a lexicon of thousands of words again at every call)."""
    if not len(allowed):
        return numpy.zeros(len(column), dtype=bool)
    at = numpy.searchsorted(allowed, column).clip(max=len(allowed) - 1)
    return allowed[at] == column


class TokenMatcher:
    """Patterns of one token each, e.g. ``[{"LEMMA": {"IN": [...]}, "POS": "VERB"}]``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # key → its patterns, each a list of (attribute name, allowed hashes)
        self._keys: dict[int, list[list[tuple[str, numpy.ndarray]]]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, patterns: Iterable[list[dict]]) -> None:
        compiled = []
        for pattern in patterns:
            if len(pattern) != 1:
                raise ValueError(f"TokenMatcher patterns have one token: {pattern!r}")
            tests = []
            for attr, value in pattern[0].items():
                if attr not in _ARRAY_ATTRS:
                    raise ValueError(f"TokenMatcher cannot test {attr!r}")
                tests.append((attr, _sorted_array(_value_set(value))))
            compiled.append(tests)
        self._keys.setdefault(self.vocab.strings.add(key), []).extend(compiled)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self._keys or not len(doc):
            return []
        attrs = sorted({attr for pats in self._keys.values() for p in pats for attr, _ in p})
        table = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))
        column = {a: table[:, n] for n, a in enumerate(attrs)}
        found = []
        # The Matcher's order: by token, then by the order the keys were added.
        for rank, (key, patterns) in enumerate(self._keys.items()):
            hit = numpy.zeros(len(doc), dtype=bool)
            for tests in patterns:
                ok = numpy.ones(len(doc), dtype=bool)
                for attr, allowed in tests:
                    ok &= _among(column[attr], allowed)
                hit |= ok
            found.extend((int(i), rank, key) for i in numpy.flatnonzero(hit))
        found.sort()
        return [(key, i, i + 1) for i, _, key in found]


class AnchoredMatcher:
    """A spaCy ``Matcher`` run only where a pattern can start.

    Each pattern needs an anchor: a token requiring an exact ``ORTH`` or ``LOWER`` (a word
    or ``{"IN": [...]}``) with only required single tokens before it ("Defence Minister":
    any title-case word, then "minister"). A match only reads the ``longest`` tokens from
    its start, so matching the merged stretches around each anchor word finds exactly the
    matches of the whole Doc.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.vocab = vocab
        # (attribute, tokens before the anchor) → the anchor words' hashes
        self._anchors: dict[tuple[str, int], set[int]] = {}
        self._arrays: dict[tuple[str, int], numpy.ndarray] = {}
        self._longest = 0

    def __len__(self) -> int:
        return len(self.matcher)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            attr, offset = _anchor(pattern)
            self._anchors.setdefault((attr, offset), set()).update(_value_set(pattern[offset][attr]))
            self._arrays = {}
            self._longest = max(self._longest, sum(1 if tok.get("OP") in (None, "?", "!") else 10_000 for tok in pattern))
        self.matcher.add(key, patterns)

    def _stretches(self, doc: Doc) -> list[tuple[int, int]]:
        attrs = sorted({attr for attr, _ in self._anchors})
        table = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))
        if not self._arrays:
            self._arrays = {key: _sorted_array(words) for key, words in self._anchors.items()}
        starts: set[int] = set()
        for (attr, offset), words in self._arrays.items():
            hits = _among(table[:, attrs.index(attr)], words)
            starts.update(int(i) - offset for i in numpy.flatnonzero(hits) if i >= offset)
        stretches: list[tuple[int, int]] = []
        for i in sorted(starts):
            end = min(len(doc), i + self._longest)
            if stretches and i <= stretches[-1][1]:
                stretches[-1] = (stretches[-1][0], max(stretches[-1][1], end))
            else:
                stretches.append((i, end))
        return stretches

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(self.matcher) or not len(doc):
            return []
        found = []
        for lo, hi in self._stretches(doc):
            found.extend((key, lo + s, lo + e) for key, s, e in self.matcher(doc[lo:hi]))
        # The Matcher's order: by where a match ends, then by where it starts.
        found.sort(key=lambda m: (m[2], m[1]))
        return found


def _anchor(pattern: list[dict]) -> tuple[str, int]:
    for offset, tok in enumerate(pattern):
        if "OP" in tok:
            break
        attr = next((a for a in _WORD_ATTRS if a in tok), None)
        if attr is not None:
            return attr, offset
    raise ValueError(f"no anchor word (a required ORTH or LOWER after required tokens only): {pattern!r}")
