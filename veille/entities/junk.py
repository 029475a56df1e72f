"""What looks like a name but is not one: dates, web addresses, page furniture, common words.

Rules on the form of a span and its place in the sentence, with the words of each language
(weekdays, months) in ``veille/lang/<code>/entities.py``:

- a span made only of weekday, month and number words ("jeudi", "March 3");
- a web address or a handle ("t.co/xyz", "@user", "EXEMPLE.FR");
- several all-capital words, as in navigation bars and banners ("LIRE AUSSI SUR …");
- a span whose only capital is the sentence's first letter and whose words are not proper
  nouns ("À cette occasion", "Televised"), or such a word modifying the noun after it
  ("Deficit hawks", "Budget talks");
- a place name joined to a suffix that makes it an adjective ("Washington-based").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .mentions import Candidate
from .normalize import fold

_WEB = re.compile(r"(?i)(https?://|www\.|^@\w|\w\.(com|org|net|fr|be|ch|co|uk|info|io|ly|ca)\b|/\w)")
_MODIFIER_DEPS = {"compound", "amod", "nmod"}


class JunkFilter:
    """Tells NER spans that are not names, with one language's calendar words."""

    def __init__(self, edata) -> None:
        self.calendar = frozenset(fold(w) for w in getattr(edata, "CALENDAR_WORDS", ()))
        self.adjective_suffixes = tuple(getattr(edata, "ADJECTIVE_SUFFIXES", ()))
        self.stance_prefixes = frozenset(getattr(edata, "STANCE_PREFIXES", ()))
        self.compass = frozenset(fold(w) for w in getattr(edata, "COMPASS_WORDS", ()))
        self.of_words = frozenset(getattr(edata, "OF_WORDS", ()))
        self._doc: Doc | None = None  # the doc whose word counts are held in _texts
        self._texts: Counter[str] = Counter()

    def __call__(self, doc: Doc, cand: Candidate) -> bool:
        if self.adjective(doc, cand):
            return True
        if cand.refs:
            return False  # a KB name is a name
        span = doc[cand.start : cand.end]
        words = [t for t in span if t.is_alpha]
        if words and all(fold(t.text) in self.calendar or t.like_num for t in span if not t.is_punct):
            return True
        if _WEB.search(cand.text):
            return True
        # A lone letter is a category or a grade ("catégorie A", "plan B"), not a name.
        if len(span) == 1 and len(cand.text) == 1:
            return True
        if self.direction(doc, cand):
            return True
        if len(words) >= 2 and all(t.is_upper for t in words):
            return True
        # A demonym or group adjective names a people even at the start of a sentence
        # ("Islamic fundamentalists…", "American officials…").
        return cand.ner_type != "NORP" and _sentence_word(span, self._word_counts(doc))

    def direction(self, doc: Doc, cand: Candidate) -> bool:
        """A compass point with an "of" complement is a part of the place after it ("le Nord-Est de la
        Syrie", "the North of England"), not a name of its own."""
        nxt = doc[cand.end] if cand.end < len(doc) else None
        return (nxt is not None and nxt.lower_ in self.of_words
                and all(fold(t.text) in self.compass or t.text == "-" for t in doc[cand.start:cand.end]))

    def _word_counts(self, doc: Doc) -> Counter[str]:
        # Counted once per doc: scanning the doc for each candidate grew with its length squared.
        if self._doc is not doc:
            self._doc, self._texts = doc, Counter(t.text for t in doc)
        return self._texts

    def adjective(self, doc: Doc, cand: Candidate) -> bool:
        """A name made an adjective by a suffix ("Washington-based analysts") or a stance prefix ("the
        pro-Beijing camp"): the adjective qualifies the noun after it and mentions no one."""
        if cand.start >= 2 and doc[cand.start - 1].text == "-" and doc[cand.start - 2].lower_ in self.stance_prefixes:
            return True
        nxt = doc[cand.end] if cand.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "‑") and cand.end + 1 < len(doc):
            nxt = doc[cand.end + 1]
            return fold(nxt.text).startswith(self.adjective_suffixes) if self.adjective_suffixes else False
        if not self.adjective_suffixes:
            return False
        folded = fold(cand.text)
        return any(folded.endswith("-" + s) for s in self.adjective_suffixes)


_FUNCTION_POS = {"ADP", "DET", "ADV", "VERB", "ADJ", "PRON", "AUX", "SCONJ", "CCONJ", "PART", "NUM"}


def _sentence_word(span, texts: Counter[str]) -> bool:
    """Capitalised only because it starts the sentence, and not a name: a function word, verb or
    adjective ("Televised", "À cette occasion"), a common noun the text also writes in lower case,
    or a word modifying the lower-case noun after it ("Deficit hawks")."""
    first = span[0]
    if not first.is_sent_start and not (first.i > 0 and first.nbor(-1).text in ("«", '"', "“", "—", "–", ":")):
        return False
    if any(t.text[:1].isupper() for t in span[1:]):
        return False
    if len(span) == 1:
        nxt = first.nbor(1) if first.i + 1 < len(first.doc) else None
        if (nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and first.head.i == nxt.i
                and first.dep_ in _MODIFIER_DEPS):
            return True
    if first.pos_ in _FUNCTION_POS:
        return True
    lower = first.lower_
    # ``texts`` counts the doc's token texts: the word in lower case elsewhere than here.
    return first.pos_ == "NOUN" and texts[lower] - (first.text == lower) > 0


def inside_longer_name(doc: Doc, cand: Candidate) -> bool:
    """A KB name that is part of a longer proper name is not that entity: "Douglas" in
    "Douglas Hurley", "Santiago" in "Santiago de Compostela", "Colombo" in "Cristoforo Colombo"."""
    if not cand.from_kb or any(r.kind == "acronym" for r in cand.refs):
        return False
    before = doc[cand.start - 1] if cand.start > 0 else None
    after = doc[cand.end] if cand.end < len(doc) else None
    if after is not None and _name_word(after) and after.ent_iob_ == "I":
        return True
    if after is not None and after.is_lower and after.pos_ == "ADP" and cand.end + 1 < len(doc):
        if _name_word(doc[cand.end + 1]) and doc[cand.end + 1].ent_iob_ == "I":
            return True  # "Santiago de Compostela": NER holds the whole as one name
    return before is not None and _name_word(before) and not before.is_sent_start and before.ent_iob_ != "O" \
        and doc[cand.start].ent_iob_ == "I"


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper and token.is_alpha
