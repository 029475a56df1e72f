"""The knowledge base of countries, organisations, institutions, places and people.

``get_kb()`` loads the shipped data once per process; ``use_files()`` adds a user's
files (``--kb FILE``) on top of it.
"""

from __future__ import annotations

from .loader import KB, KBEntry, NameRef, Role
from .store import KBError, get_kb, use_files

__all__ = ["KB", "KBEntry", "KBError", "NameRef", "Role", "get_kb", "use_files"]
