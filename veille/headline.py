"""What to call an article that has no title: its first sentence, never its hash."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s|\n")
HEADLINE_CHARS = 120
# Enough of the text's start for a first sentence cut at HEADLINE_CHARS (what the store reads).
HEAD_CHARS = 400


def headline(title: str | None, text: str | None, fallback: str = "") -> str:
    """An article's title, else its first sentence (cut at a word near HEADLINE_CHARS), else ``fallback``."""
    if title and title.strip():
        return title
    first = _SENTENCE_END.split((text or "").strip(), maxsplit=1)[0].strip()
    if len(first) > HEADLINE_CHARS:
        first = first[:HEADLINE_CHARS].rsplit(" ", 1)[0] + " …"
    return first or fallback
