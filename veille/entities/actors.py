"""Generic actors: noun phrases naming a group that acts ("les gardes-frontières biélorusses").

Sector nouns come from ``veille/lang/<code>/actors.json``; the country comes from a
demonym or country name inside the same noun phrase.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .sectors import SECTORS


_META_KEYS = frozenset({"_doc", "_needs_country", "_labels"})


@lru_cache(maxsize=None)
def _table(lang: str) -> dict:
    try:
        text = resources.files(f"veille.lang.{lang}").joinpath("actors.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    return check_table(json.loads(text), f"veille/lang/{lang}/actors.json", english=lang == "en")


def check_table(table: dict, where: str, english: bool = False) -> dict:
    """A misspelled sector or key would silently drop its nouns: refuse it instead. Outside English every
    noun needs its English name, or an actor would be named by a word of another language."""
    unknown = sorted(k for k in table if k not in SECTORS and k not in _META_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown actor sector or key {', '.join(unknown)}")
    nouns = {noun for code, words in table.items() if not code.startswith("_") for noun in words}
    labels = set(table.get("_labels", {}))
    stray = sorted(labels - nouns)
    if stray:
        raise ValueError(f"{where}: _labels names nouns no sector lists: {', '.join(stray)}")
    unnamed = sorted(nouns - labels)
    if unnamed and not english:
        raise ValueError(f"{where}: nouns without an English name in _labels: {', '.join(unnamed)}")
    return table


def sector_nouns(lang: str) -> dict[str, str]:
    """``noun phrase (lower case) → sector code`` for a language; empty when it has none."""
    table = _table(lang)
    return {noun: code for code, nouns in table.items() if not code.startswith("_") for noun in nouns}


def noun_labels(lang: str) -> dict[str, str]:
    """``noun → English name of the group`` ("armée" → "army", "manifestants" → "protesters"); an English
    noun without an entry is its own name."""
    labels = dict(_table(lang).get("_labels", {}))
    if lang == "en":
        labels = {noun: labels.get(noun, noun) for noun in sector_nouns(lang)} | labels
    return labels


def needs_country(lang: str) -> frozenset[str]:
    """Nouns too common to name an actor unless a country qualifies them ("le pouvoir syrien")."""
    return frozenset(_table(lang).get("_needs_country", ()))


@dataclass
class ActorMatch:
    start: int
    end: int
    sector: str
    needs_country: bool = False
    label: str | None = None  # the group's English name ("protesters" for "manifestants")


class ActorFinder:
    def __init__(self, nlp: Language, lang: str) -> None:
        self.nouns = sector_nouns(lang)
        self.needs_country = needs_country(lang)
        self.labels = noun_labels(lang)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_code: dict[str, list[str]] = {}
        for noun, code in self.nouns.items():
            by_code.setdefault(code, []).append(noun)
        for code, nouns in by_code.items():
            self.matcher.add(code, list(nlp.tokenizer.pipe(nouns)))

    def __call__(self, doc: Doc) -> list[ActorMatch]:
        strings = doc.vocab.strings
        found = []
        for match_id, start, end in self.matcher(doc):
            first = doc[start]
            # Common nouns: a capitalised one mid-sentence is part of a name ("Marine Le Pen").
            if first.text[:1].isupper() and not first.is_sent_start and start > 0:
                continue
            noun = doc[start:end].text.lower()
            found.append(ActorMatch(start, end, strings[match_id], noun in self.needs_country, self.labels.get(noun)))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[ActorMatch] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept

