"""JSON and JSONL records → articles, with configurable field names.

A record's fields are looked up by the names in ``fields`` (defaults ``text``,
``title``, ``url``, ``date``, ``language``); a dotted name reaches into nested
objects (``meta.published``). Text that holds HTML is reduced to plain text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from .. import settings
from ..errors import InputError
from ..model import Article
from .failure import Failure
from .html import html_to_text, join_title, looks_like_markup

DEFAULT_FIELDS: dict[str, str] = {
    "text": "text", "title": "title", "url": "url", "date": "date", "language": "language"}


def parse_fields(pairs: Iterable[str]) -> dict[str, str]:
    """``["text=body", "date=meta.published"]`` → field map over the defaults."""
    fields = dict(DEFAULT_FIELDS)
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or ours.strip() not in DEFAULT_FIELDS or not theirs.strip():
            raise InputError(f"bad field mapping {pair!r} (expected one of {', '.join(DEFAULT_FIELDS)}=NAME)")
        fields[ours.strip()] = theirs.strip()
    return fields


def _get(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def parse_date(value: Any) -> date | None:
    """A date from an ISO string, a datetime string, or a Unix timestamp; None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.utcfromtimestamp(value / 1000 if value > 1e11 else value).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()  # RFC 822, as in feeds and mail
    except (TypeError, ValueError, IndexError):
        return None


def article_from_record(record: Any, source: str, fields: Mapping[str, str] | None = None,
                        published: date | None = None) -> Article:
    """One JSON object as an article; raise :class:`InputError` when it holds no usable text."""
    fields = fields or DEFAULT_FIELDS
    if not isinstance(record, Mapping):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object")
    body = _get(record, fields["text"])
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"record has no text (field {fields['text']!r})")
    limit = settings.get("max_article_bytes")
    if len(body) > limit:
        raise InputError(f"text too large ({len(body):,} characters; limit {limit:,} bytes)")
    if looks_like_markup(body):
        body = html_to_text(body)
    title = _get(record, fields["title"])
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    url = _get(record, fields["url"])
    lang = _get(record, fields["language"])
    return Article.from_text(
        join_title(title, body), source=source, title=title,
        url=url if isinstance(url, str) and url else None,
        published=parse_date(_get(record, fields["date"])) or published,
        language=lang.lower()[:2] if isinstance(lang, str) and lang else None,
    )


def articles_from_jsonl(lines: Iterable[bytes], source: str, fields: Mapping[str, str] | None = None,
                        published: date | None = None) -> Iterator[Article | Failure]:
    """One article per line; a line that is not JSON or has no text is a named failure."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Failure(where, f"line is not JSON ({exc.msg})", "not JSON")
            continue
        try:
            yield article_from_record(record, where, fields, published)
        except InputError as exc:
            yield Failure(where, str(exc), _kind(str(exc)))


def articles_from_json(data: bytes, source: str, fields: Mapping[str, str] | None = None,
                       published: date | None = None) -> Iterator[Article | Failure]:
    """A JSON document: a list of records, one record, or an object holding a list of records."""
    try:
        doc = json.loads(data)
    except ValueError as exc:
        yield Failure(source, f"not valid JSON ({exc})", "not JSON")
        return
    if isinstance(doc, Mapping):
        lists = [v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], Mapping)]
        records = lists[0] if (lists and _get(doc, (fields or DEFAULT_FIELDS)["text"]) is None) else [doc]
    elif isinstance(doc, list):
        records = doc
    else:
        yield Failure(source, f"JSON {type(doc).__name__} holds no records", "no text")
        return
    for number, record in enumerate(records, start=1):
        where = f"{source}#{number}" if len(records) > 1 else source
        try:
            yield article_from_record(record, where, fields, published)
        except InputError as exc:
            yield Failure(where, str(exc), _kind(str(exc)))


def _kind(reason: str) -> str:
    if "no text" in reason:
        return "no text"
    if "too large" in reason:
        return "too large"
    return "bad record"
