"""Paths on the command line → articles, one result per file, failures included."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .. import settings
from ..errors import InputError
from ..model import Article
from .decode import decode


@dataclass
class Failure:
    """An input that could not be read, with the reason to show the user."""

    source: str
    reason: str


TEXT_SUFFIXES = {".txt", ".text", ""}


def iter_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Each file to read as (source as given, path, None), or (source, None, reason)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield given, None, "no such file or directory"
        elif path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                        continue
                    found = True
                    yield os.path.join(root, name), Path(root, name), None
            if not found:
                yield given, None, "directory holds no readable articles"
        else:
            yield given, path, None


def looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 200 and not line.endswith((".", ",", ";", ":"))


def read_text_file(source: str, path: Path, published: date | None = None) -> Article:
    """A plain-text article; ``text`` is the decoded content unchanged."""
    limit = settings.get("max_article_bytes")
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if size > limit:
        raise InputError(f"file too large ({size:,} bytes; limit {limit:,})")
    text = decode(path.read_bytes())
    if not text.strip():
        raise InputError("empty file (whitespace only)")
    first, _, rest = text.lstrip().partition("\n")
    title = first.strip() if rest.strip() and looks_like_title(first) else None
    return Article.from_text(text, source=source, title=title, published=published)


def read_paths(paths: Iterable[str], published: date | None = None) -> Iterator[Article | Failure]:
    """Articles from files and folders, in order; unreadable inputs come as :class:`Failure`."""
    for source, path, reason in iter_files(paths):
        if path is None:
            yield Failure(source, reason or "unreadable")
            continue
        try:
            yield read_text_file(source, path, published)
        except InputError as exc:
            yield Failure(source, str(exc))
        except OSError as exc:
            yield Failure(source, exc.strerror or str(exc))
