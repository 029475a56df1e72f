"""Titles and role descriptions resolved to people with the KB at the article's date.

"le président français" → the president of France on that day; "son homologue russe"
→ the holder in Russia of the office of the person just mentioned; "the Russian
leader" → Russia's chief executive; a title without a country ("le Président de la
République", "les deux présidents") → the most salient holder(s) of that office already
named in the article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..kb import KB, KBEntry
from ..nlp.matching import AnchoredMatcher

_HEAD_OF_STATE = ("supreme_leader", "monarch", "president")
_STOP_POS = {"VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"}


@dataclass
class TitleMatch:
    start: int
    end: int
    office: str
    plural: bool
    country: str | None = None  # a title only one country uses ("ministre des Armées")


class TitleFinder:
    """The title patterns of one language, as an anchored spaCy Matcher."""

    def __init__(self, nlp: Language, patterns: list[dict], generic: set[str], counts: dict[str, int]):
        self.matcher = AnchoredMatcher(nlp.vocab)
        self.rules: dict[str, tuple[str, bool, str | None]] = {}
        for i, rec in enumerate(patterns):
            label = f"title{i}"
            self.rules[label] = (rec["office"], bool(rec.get("plural")), rec.get("country"))
            self.matcher.add(label, [rec["pattern"]])
        self.generic = generic
        self.counts = counts

    def __call__(self, doc: Doc) -> list[TitleMatch]:
        found = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            office, plural, country = self.rules[strings[match_id]]
            found.append(TitleMatch(start, end, office, plural, country))
        # Longest match wins where patterns overlap ("président de la République"); a known
        # office before the generic "minister".
        found.sort(key=lambda m: (m.start, -(m.end - m.start), m.office == "minister"))
        kept: list[TitleMatch] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept

    def count(self, doc: Doc, title: TitleMatch) -> int | None:
        """How many holders a plural title names ("les deux présidents" → 2)."""
        for tok in doc[max(0, title.start - 2) : title.start]:
            if tok.lower_ in self.counts:
                return self.counts[tok.lower_]
            if tok.like_num and tok.text.isdigit():
                return int(tok.text)
        return None

    def has_foreign_complement(self, doc: Doc, title: TitleMatch) -> bool:
        """A title followed by "de/of X" that is not the generic complement ("de la République")."""
        nxt = title.end
        if nxt < len(doc) and doc[nxt].pos_ == "ADP":
            for tok in doc[nxt + 1 : nxt + 4]:
                if tok.pos_ in ("NOUN", "PROPN"):
                    return tok.lower_ not in self.generic
        return False


def _inside(tok, of_words: frozenset[str]) -> bool:
    if tok.pos_ in _STOP_POS:
        return False
    return tok.pos_ != "ADP" or tok.lower_ in of_words


def window(
    doc: Doc, title: TitleMatch, of_words: frozenset[str], before: int = 2, after: int = 4,
    names: frozenset[int] | set[int] = frozenset(),
) -> tuple[int, int]:
    """Tokens around a title that can still belong to its noun phrase.

    The phrase stops at verbs, punctuation and prepositions other than the
    language's "of" ("les migrants par la Lituanie" is not Lithuania's migrants);
    tokens in ``names`` (known country mentions) never stop it, whatever their tag.
    """
    lo = title.start
    while lo > max(0, title.start - before) and (lo - 1 in names or _inside(doc[lo - 1], of_words)):
        lo -= 1
    hi = title.end
    while hi < min(len(doc), title.end + after) and (hi in names or _inside(doc[hi], of_words)):
        hi += 1
    return lo, hi


def holders(kb: KB, office: str, where: str, day: dt.date | None) -> list[KBEntry]:
    if office == "leader":
        return kb.executive(where, day)
    if office == "head_of_state":
        for o in _HEAD_OF_STATE:
            found = kb.holders(o, where, day)
            if found:
                return found
        return []
    return kb.holders(office, where, day)


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
