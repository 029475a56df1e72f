"""Name normalisation shared by the KB, linking and ids: accent and case folding, slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form of a name.

    Cached: linking folds the same few thousand words and names again and again, and each fold
    walks the text character by character.
    """
    if text.isascii():  # nothing to decompose: the same result, without the walk
        return text.replace("`", "'").casefold().strip()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()


def slug(text: str) -> str:
    return _NON_WORD.sub("-", fold(text)).strip("-")


def entity_id(type_: str, name: str) -> str:
    """Stable id for an entity with no knowledge-base entry: type + normalised name."""
    return f"{type_.lower()}:{slug(name)}"


def is_described(entity) -> bool:
    """An actor named by a lower-case description, not a name ("a senior official", "les
    manifestants"), as the quotes and events stages create for speakers and actors: generic."""
    if entity.generic or entity.kb_id:
        return bool(entity.generic)
    letters = [ch for ch in entity.name if ch.lower() != ch.upper()]
    return bool(letters) and not any(ch.isupper() for ch in letters)
