"""Name folding for filters, and the bridge to the knowledge base's name resolution.

``--speaker Poutine`` must find Putin's quotes whatever the article's language: the
store matches the folded name against entity ids, canonical names and every mention
text it has stored, and adds the ids the entity linker's knowledge base gives for the
name (``veille.entities.resolve_name``) when that function exists.
"""

from __future__ import annotations

import logging
import unicodedata

log = logging.getLogger(__name__)

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe- and space-normalised form of a name."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(text.split())


def kb_ids(name: str) -> set[str]:
    """Entity ids the knowledge base resolves ``name`` to (empty when no resolver exists)."""
    try:
        from ..entities import resolve_name  # type: ignore[attr-defined]
    except ImportError:
        return set()
    try:
        return set(resolve_name(name) or ())
    except Exception as exc:  # a KB problem must not break a query
        log.warning("name resolution failed for %r: %s", name, exc)
        return set()
