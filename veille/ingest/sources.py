"""Any input → articles: the format is sniffed from the content, gzip is unwrapped.

These functions hold no state, so they can run anywhere (a Spark executor calls
:func:`articles_from_bytes` on one file's or record's bytes).
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator, Mapping
from datetime import date
from typing import BinaryIO

from .. import settings
from ..errors import InputError
from ..model import Article
from .decode import binary_kind
from .failure import Failure
from .feed import articles_from_feed
from .html import article_from_html
from .records import articles_from_json, articles_from_jsonl
from .sniff import sniff
from .text import article_from_text
from .warc import articles_from_warc

_HEAD = 65536
# gzip of gzip is legal but two levels is all a news dump ever needs.
_MAX_GZIP_DEPTH = 2


def articles_from_bytes(data: bytes, source: str, hint: str = "", fields: Mapping[str, str] | None = None,
                        published: date | None = None) -> Iterator[Article | Failure]:
    """Articles in one file's or record's bytes, whatever the format (text, HTML, JSON,
    JSONL, RSS/Atom, WARC, and gzip of any of them).

    Args:
        data (bytes): the raw content.
        source (str): its name (path or URL) for ``Article.source`` and failures.
        hint (str): a file name or URL consulted only when the content is ambiguous.
        fields (Mapping | None): JSON field names (see ``records.DEFAULT_FIELDS``).
        published (date | None): date for articles that carry none.
    """
    yield from articles_from_stream(io.BytesIO(data), source, hint or source, fields, published)


def articles_from_stream(stream: BinaryIO, source: str, hint: str = "", fields: Mapping[str, str] | None = None,
                         published: date | None = None, _depth: int = 0) -> Iterator[Article | Failure]:
    """As :func:`articles_from_bytes`, reading from a binary stream (a file, stdin)."""
    try:
        yield from _dispatch(stream, source, hint or source, fields, published, _depth)
    except InputError as exc:
        yield Failure(source, str(exc), _kind(str(exc)))
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Failure(source, f"corrupt gzip data ({exc or type(exc).__name__})", "corrupt gzip")


def _dispatch(stream: BinaryIO, source: str, hint: str, fields, published, depth: int):
    head = _peek(stream)
    if not head:
        raise InputError("empty file")
    kind = sniff(head, hint)
    limit = settings.get("max_article_bytes")
    if kind == "gzip":
        if depth >= _MAX_GZIP_DEPTH:
            raise InputError("gzip nested too deeply")
        inner = hint[:-3] if hint.lower().endswith(".gz") else hint
        if _is_warc_gzip(stream):
            # WARC.gz is read member by member, so a corrupt record can be skipped.
            yield from articles_from_warc(_seekable(stream), source, published)
            return
        yield from articles_from_stream(gzip.GzipFile(fileobj=stream), source, inner, fields, published, depth + 1)
    elif kind == "warc":
        yield from articles_from_warc(_seekable(stream), source, published)
    elif kind == "jsonl":
        yield from articles_from_jsonl(stream, source, fields, published)
    elif kind == "binary":
        raise InputError(f"not a text file ({binary_kind(head)})")
    else:
        data = _read_limited(stream, limit if kind in ("text", "html") else limit * 100)
        if kind == "json":
            if not _parses(data) and not hint.lower().endswith(".json") and len(data) <= limit:
                # "[Update] Minister resigns…": a text that merely opens with a bracket.
                yield article_from_text(data, source, published)
                return
            yield from articles_from_json(data, source, fields, published)
        elif kind == "feed":
            yield from articles_from_feed(data, source, published)
        elif kind == "html":
            yield article_from_html(data, source, published=published)
        else:
            yield article_from_text(data, source, published)


def _peek(stream: BinaryIO) -> bytes:
    if stream.seekable():
        at = stream.tell()
        head = stream.read(_HEAD)
        stream.seek(at)
        return head
    if hasattr(stream, "peek"):  # a pipe: look at what is buffered without consuming it
        return stream.peek(_HEAD)[:_HEAD]
    raise InputError("unreadable stream")


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"file too large (over {limit:,} bytes)")
    return data


def _parses(data: bytes) -> bool:
    try:
        json.loads(data)
        return True
    except ValueError:
        return False


def _is_warc_gzip(stream: BinaryIO) -> bool:
    at = stream.tell()
    try:
        first = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(4096), 16)
    except zlib.error:
        first = b""
    stream.seek(at)
    return first.startswith(b"WARC/")


def _seekable(stream: BinaryIO) -> BinaryIO:
    if stream.seekable():
        return stream
    return io.BytesIO(stream.read())


def _kind(reason: str) -> str:
    for prefix, kind in (("empty", "empty"), ("not a text file", "binary"), ("undecodable", "undecodable"),
                         ("file too large", "too large"), ("truncated", "truncated HTML"),
                         ("no main text", "no text"), ("unparsable HTML", "bad HTML")):
        if reason.startswith(prefix):
            return kind
    return reason
