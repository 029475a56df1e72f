"""Which spaCy pipeline serves which language.

Each language veille knows is a package under ``veille/lang/<code>/`` whose
``__init__`` names its pipeline (``PIPELINE``); adding a language is adding a folder.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

from .. import lang as _lang_pkg


@lru_cache(maxsize=None)
def language_data(code: str) -> ModuleType | None:
    """The ``veille.lang.<code>`` package, or None when veille has no data for it."""
    if not code.isalpha():
        return None
    try:
        return importlib.import_module(f"veille.lang.{code}")
    except ModuleNotFoundError:
        return None


def supported_languages() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(_lang_pkg.__path__) if m.ispkg)


def pipeline_name(code: str) -> str | None:
    """Name of the installed spaCy pipeline for a language, or None."""
    data = language_data(code)
    return getattr(data, "PIPELINE", None) if data else None
