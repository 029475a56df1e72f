"""Plain-text articles: the decoded content unchanged, the first line as title when it looks like one."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

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
    if published is None:
        published = dateline_date(rest if title else text)
    return Article.from_text(text, source=source, title=title, published=published)


# A full date (day, month, year) near the start of a line: "24 juin 2012. -",
# "Friday, August 21, 2015", "PARIS, 15 nov. 2021 (AFP) -", "2021-11-15".
_DATELINE = re.compile(
    r"\b(\d{1,2}(?:er|st|nd|rd|th)?\.?\s+\w{3,10}\.?,?\s+(?:19|20)\d{2}"
    r"|\w{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})\b"
)


def dateline_date(body: str, lines: int = 3) -> date | None:
    """The publication date of a wire-style text: a full date within a line's first
    60 characters, among the first few non-empty lines."""
    seen = 0
    for line in body.splitlines():
        if not line.strip():
            continue
        match = _DATELINE.search(line[:60])
        if match and _is_dateline(line, match):
            found = _parse_date(match.group(1))
            if found:
                return found
        seen += 1
        if seen >= lines:
            break
    return None


_PREFIX = re.compile(r"[^\W\d][\w\s.'’-]{0,30},\s*")  # "PARIS, ", "Friday, "
_SUFFIX = re.compile(r"\.?\s*(?:$|[-–—(|:])")  # end of line, or a dateline separator


def _is_dateline(line: str, match: re.Match) -> bool:
    """A date that stands as a dateline, not one inside a sentence ("On 15 March 2003, …")."""
    prefix = line[: match.start()]
    return (not prefix.strip() or _PREFIX.fullmatch(prefix) is not None) and bool(
        _SUFFIX.match(line, match.end())
    )


@lru_cache(maxsize=1024)
def _parse_date(expression: str) -> date | None:
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    parsed = dateparser.parse(expression, settings=settings)
    return parsed.date() if parsed else None
