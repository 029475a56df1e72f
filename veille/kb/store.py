"""The process-wide knowledge base: shipped data plus the user's extension files."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import KBError
from .loader import KB, build_kb



_user_files: tuple[Path, ...] = ()


@lru_cache(maxsize=4)
def _kb_for(files: tuple[Path, ...]) -> KB:
    kb = build_kb()
    if files:
        from .user import load_user_file

        for path in files:
            load_user_file(kb, path)
        kb.finish()
    return kb


def get_kb() -> KB:
    """The knowledge base in use: shipped data plus the files given to :func:`use_files`."""
    return _kb_for(_user_files)


def use_files(paths) -> KB:
    """Extend the knowledge base with user files (YAML, JSON or CSV); errors raise KBError."""
    global _user_files
    files = tuple(Path(p) for p in paths)
    kb = _kb_for(files)  # validates before switching
    _user_files = files
    return kb
