"""RSS and Atom feeds → one article per entry (its full content, else its summary)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Article
from .failure import Failure
from .html import html_to_text, join_title, looks_like_markup


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _entry_body(entry) -> str:
    """The longest of the entry's content blocks and summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return html_to_text(best) if looks_like_markup(best) else " ".join(best.split())


def articles_from_feed(data: bytes, source: str, published: date | None = None) -> Iterator[Article | Failure]:
    """Entries of a feed. Broken XML that yields no entry is one failure; entries without
    text are failures of their own; the rest are articles."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries", [])
    broken = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        # A wrong declared charset is recovered from; malformed XML is not.
        if not isinstance(exc, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
            broken = getattr(exc, "getMessage", lambda: str(exc))() if exc else "unknown error"
    if broken and not any(_entry_body(e).strip() for e in entries):
        yield Failure(source, f"broken feed XML ({broken})", "broken feed")
        return
    if not entries:
        yield Failure(source, "feed has no entries", "no text")
        return
    for number, entry in enumerate(entries, start=1):
        where = f"{source}#{number}"
        title = " ".join((entry.get("title") or "").split()) or None
        body = _entry_body(entry)
        if not body.strip():
            yield Failure(where, "feed entry has no text", "no text", link=entry.get("link") or "")
            continue
        yield Article.from_text(
            join_title(title, body), source=where, url=entry.get("link") or None, title=title,
            published=_entry_date(entry) or published,
            language=(entry.get("language") or parsed.feed.get("language") or "")[:2].lower() or None,
        )
