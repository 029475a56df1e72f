"""Readable labels of entity roles for people: "president:USA" → "President of the United States"
in English, "président des États-Unis" in French.

A role is stored as ``office:where`` (``where`` an ISO3 code or an organisation key); records
keep that code, and interfaces show :func:`role_label` beside or instead of it. Offices and
the way a place follows them are per-language data (``veille/lang/<code>/roles.py``).
"""

from __future__ import annotations

import importlib
import json
import re
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from .loader import read_yaml

_HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def _words(lang: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"veille.lang.{lang}.roles")
    except ImportError:
        return None


@lru_cache(maxsize=None)
def _place_names(lang: str) -> dict[str, str]:
    """Country (ISO3) and organisation keys → their name in ``lang`` (else English)."""
    names: dict[str, str] = {}
    for row in json.loads((_HERE / "countries.json").read_text(encoding="utf-8")):
        names[row["iso3"]] = (row.get("names", {}).get(lang) or [row["name"]])[0]
    for file in ("igos.yaml", "institutions.yaml"):
        for row in read_yaml(_HERE / file) or ():
            if isinstance(row, dict) and row.get("key"):
                names[row["key"]] = ((row.get("names") or {}).get(lang) or [row.get("name") or row["key"]])[0]
    return names


def _complement(words: ModuleType, where: str, lang: str) -> str:
    if where in words.COMPLEMENTS:
        return words.COMPLEMENTS[where]
    name = _place_names(lang).get(where)
    if name is None:
        return f"({where})"
    rules = getattr(words, "ORG_RULES", words.PLACE_RULES) if where.startswith("org:") else words.PLACE_RULES
    for pattern, template in rules:
        if re.search(pattern, name):
            return template.format(name=name)
    return f"({name})"


def role_label(role: str | None, lang: str = "en") -> str | None:
    """The role in words in ``lang`` (English for a language without role words); None for none."""
    if not role:
        return None
    words = _words(lang)
    if words is None:  # no role words in that language: the English label, English place names too
        words, lang = _words("en"), "en"
    office, _, where = role.partition(":")
    title = words.OFFICES.get(office, office.replace("_", " "))
    return f"{title} {_complement(words, where, lang)}" if where else title
