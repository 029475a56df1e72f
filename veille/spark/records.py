"""A raw record (file, WARC payload, JSON line) → :class:`veille.model.Article`.

Text goes through the same decoding and title rule as ``veille analyze``; HTML through trafilatura.
Raises :class:`veille.errors.InputError` for a record that holds no article.
"""

from __future__ import annotations

import json
from datetime import date

from .. import settings
from ..errors import InputError
from ..ingest.decode import decode
from ..ingest.files import looks_like_title
from ..model import Article
from .sources import RawRecord

# Keys accepted in a JSON line for each article field, first found wins.
JSON_KEYS = {
    "text": ("text", "content", "body"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at"),
    "language": ("language", "lang"),
    "source": ("source",),
}


def to_article(record: RawRecord, default_date: date | None = None) -> Article:
    """The article in ``record``; ``default_date`` (``--date``) stands in for a missing date."""
    size = len(record.data)
    limit = settings.get("max_article_bytes")
    if size > limit and record.kind != "json":
        raise InputError(f"record too large ({size:,} bytes; limit {limit:,})")
    if record.kind == "json":
        article = _json_article(record)
    elif record.kind == "html":
        article = _html_article(record)
    else:
        article = _text_article(record)
    if article.published is None:
        fallback = _iso_date(record.date) or default_date
        if fallback is not None:
            article = article.model_copy(update={"published": fallback})
    return article


def _source(record: RawRecord) -> str:
    return f"{record.source}#{record.record_id}" if record.record_id else record.source


def _text_article(record: RawRecord) -> Article:
    if not record.data:
        raise InputError("empty record")
    text = decode(record.data, record.charset)
    if not text.strip():
        raise InputError("empty record (whitespace only)")
    first, _, rest = text.lstrip().partition("\n")
    title = first.strip() if rest.strip() and looks_like_title(first) else None
    return Article.from_text(text, source=_source(record), url=record.url, title=title)


def _html_article(record: RawRecord) -> Article:
    import trafilatura

    html = decode(record.data, record.charset)
    doc = trafilatura.bare_extraction(html, url=record.url, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    return Article.from_text(
        text, source=_source(record), url=record.url or getattr(doc, "url", None),
        title=getattr(doc, "title", None), published=_iso_date(getattr(doc, "date", None)),
    )


def _json_article(record: RawRecord) -> Article:
    try:
        item = json.loads(record.data)
    except ValueError as exc:
        raise InputError(f"not JSON ({exc})") from None
    if not isinstance(item, dict):
        raise InputError("a JSON line must be an object")
    fields = {name: next((item[k] for k in keys if item.get(k) is not None), None) for name, keys in JSON_KEYS.items()}
    text = fields.pop("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text' in the JSON object")
    if len(text.encode("utf-8", "surrogatepass")) > settings.get("max_article_bytes"):
        raise InputError("article text too large")
    published = fields.pop("published")
    fields["published"] = _iso_date(published) if isinstance(published, str) else None
    fields["source"] = fields["source"] or _source(record)
    return Article.from_text(text, **{k: v if v is None or isinstance(v, (str, date)) else str(v)
                                      for k, v in fields.items()})


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
