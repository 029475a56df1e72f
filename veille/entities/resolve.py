"""From a name a user types to the entity ids it may mean (``--speaker Poutine``)."""

from __future__ import annotations

from ..kb import get_kb
from ..kb.loader import ACRONYM, CAPITAL, DEMONYM, NAME, SURNAME
from ..model import ENTITY_TYPES
from .normalize import entity_id


def resolve_name(name: str) -> set[str]:
    """Entity ids ``name`` refers to: KB entries by any alias, in any language or script.

    A full name or acronym wins over a surname; a name the KB does not know gives the
    ids an unknown entity of that name gets, one per entity type.
    """
    name = " ".join(name.split())
    if not name:
        return set()
    kb = get_kb()
    words = name.split()
    # Try the whole name, then without leading titles ("President Putin", "M. Macron").
    for i in range(len(words)):
        refs = kb.lookup(" ".join(words[i:]))
        if refs:
            break
    else:
        refs = []
    for kinds in ((NAME, ACRONYM), (DEMONYM,), (SURNAME,), (CAPITAL,)):
        keys = {r.key for r in refs if r.kind in kinds}
        if keys:
            return keys
    return {entity_id(t, name) for t in ENTITY_TYPES}
