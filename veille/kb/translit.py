"""Latin spellings of Cyrillic names, the way English and French newsrooms write them."""

from __future__ import annotations

from functools import lru_cache

import iuliia

# Wikipedia and BGN/PCGN are what English news uses; MVD 310 FR is the French scheme.
_SCHEMES = (iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.MVD_310_FR, iuliia.ICAO_DOC_9303, iuliia.SCIENTIFIC)


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@lru_cache(maxsize=4096)
def cyrillic_variants(name: str) -> tuple[str, ...]:
    """Latin transliterations of a Cyrillic name, one per scheme, without duplicates."""
    seen: dict[str, None] = {}
    for scheme in _SCHEMES:
        try:
            seen.setdefault(scheme.translate(name), None)
        except Exception:  # a scheme may not cover every letter (Ukrainian і, ї)
            continue
    return tuple(v for v in seen if v and not is_cyrillic(v))
