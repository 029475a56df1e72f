"""The names a language's ``veille/lang/<code>/entities.py`` may define, checked when it is loaded."""

from __future__ import annotations

import re
from types import ModuleType

# Each list the entities stage reads, and what it is for.
ENTITY_LISTS = {
    "TITLE_PATTERNS": "token patterns of titles and role descriptions",
    "GENERIC_COMPLEMENTS": "complements that keep a title generic",
    "COUNT_WORDS": "number words before a plural title",
    "OF_WORDS": "prepositions that keep a country inside a title phrase",
    "PLACE_WORDS": "prepositions that place a group in its country (officials in Turkey)",
    "NOT_NAMES": "capitalised common nouns that are no names alone",
    "FORMER_WORDS": "words that make a title a former office",
    "HONORIFICS": "honorifics cut from a name",
    "CALENDAR_WORDS": "weekday and month words",
    "ADJECTIVE_SUFFIXES": "suffixes that make a name an adjective",
    "NAME_HEAD_NOUNS": "nouns that make one name with their complement",
    "INSTITUTION_NOUNS": "head nouns of names of institutions, which are organisations, not places",
    "STANCE_PREFIXES": "prefixes of a stance adjective made from a name (pro-Beijing), cut from the next name",
    "COMPASS_WORDS": "compass points, which with an of-complement name a part of a place, not a place",
    "OFFICE_NOUNS": "offices written between an organisation and its holder (NASA Administrator Jim Bridenstine)",
    "CAPTION_WORDS": "caption, credit and page-furniture words NER runs into the name before them (Image:)",
}
_PUBLIC = re.compile(r"^[A-Z][A-Z0-9_]*$")


def check_names(module: ModuleType) -> ModuleType:
    """A misspelled list name would be read as empty and silently turn its rule off: refuse it."""
    unknown = sorted(n for n in dir(module) if _PUBLIC.match(n) and n not in ENTITY_LISTS)
    if unknown:
        raise ValueError(f"{module.__name__}: unknown entity list {', '.join(unknown)}")
    return module
