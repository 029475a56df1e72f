"""Plain-text articles: the decoded content unchanged, the first line as title when it looks like one."""

from __future__ import annotations

from datetime import date

from ..errors import InputError
from ..model import Article
from .decode import decode


def looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 200 and not line.endswith((".", ",", ";", ":"))


def article_from_text(data: bytes | str, source: str, published: date | None = None) -> Article:
    """A plain-text article; ``text`` is the decoded content unchanged, so offsets index the file."""
    if not data:
        raise InputError("empty file")
    text = decode(data) if isinstance(data, bytes) else data
    if not text.strip():
        raise InputError("empty file (whitespace only)")
    first, _, rest = text.lstrip().partition("\n")
    title = first.strip() if rest.strip() and looks_like_title(first) else None
    return Article.from_text(text, source=source, title=title, published=published)
