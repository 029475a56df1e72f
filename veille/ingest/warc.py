"""WARC and WARC.gz archives (e.g. Common Crawl News) → one article per HTML response.

Reading uses fastwarc. A corrupt record (bad gzip member, mangled header) stops
fastwarc, so the reader resumes at the next record boundary it can find (the next
gzip member, or the next ``WARC/1.`` header line), counting the skipped stretch as
one named failure.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from .. import settings
from ..errors import InputError
from ..model import Article
from .failure import Failure
from .html import article_from_html

log = logging.getLogger(__name__)

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def html_responses(stream: BinaryIO, source: str) -> Iterator[tuple[str, bytes] | Failure]:
    """(target URI, HTML payload) of each HTML response in a WARC (gzipped or not), or a
    :class:`Failure` for each corrupt stretch skipped. ``stream`` must be seekable."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    start = stream.tell()
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(start)
    gzipped = stream.read(2) == b"\x1f\x8b"
    marker = _GZIP_MEMBER if gzipped else _WARC_START
    base = start
    number = 0
    limit = settings.get("max_article_bytes")
    kind = "corrupt gzip" if gzipped else "corrupt WARC record"
    # One corrupt stretch, however many false starts it holds, is one failure: (offset, error).
    corrupt: tuple[int, str] | None = None

    def stretch_failure(until: int | None) -> Failure:
        at, error = corrupt
        resumed = f"resumed at byte {until}" if until is not None else "nothing readable after it"
        return Failure(f"{source}@{at}", f"{kind} ({error}) after the record at byte {at}; {resumed}", kind)

    while base < size:
        stream.seek(base)
        last_start = base
        try:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                if corrupt is not None:
                    yield stretch_failure(record.stream_pos)
                    corrupt = None
                number += 1
                last_start = record.stream_pos  # fastwarc reports absolute offsets
                uri = record.headers.get("WARC-Target-URI") or ""
                where = f"{source}#{number}"
                ctype = (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
                status = record.http_headers.status_code if record.http_headers else 0
                if "html" not in ctype.lower() or not 200 <= (status or 0) < 300:
                    continue  # images, scripts, redirects: not news pages
                payload = record.reader.read(limit + 1)
                if len(payload) > limit:
                    yield Failure(where, f"page too large (over {limit:,} bytes)", "too large")
                    continue
                yield uri, payload
            if corrupt is not None:
                yield stretch_failure(None)
            return
        except OSError as exc:  # fastwarc's error for a bad gzip member or a mangled header
            if corrupt is None:
                corrupt = (last_start, str(exc))
            resume = _next_boundary(stream, last_start + 1, size, marker)
            if resume is None:
                yield stretch_failure(None)
                return
            base = resume


def _next_boundary(stream: BinaryIO, offset: int, size: int, marker: bytes) -> int | None:
    """Offset of the next ``marker`` at or after ``offset`` (a WARC header must start a line)."""
    position = offset
    while position < size:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + len(marker))
        if not chunk:
            return None
        at = chunk.find(marker)
        while at != -1:
            absolute = position + at
            if marker != _WARC_START or absolute == 0 or chunk[at - 1 : at] == b"\n":
                return absolute
            at = chunk.find(marker, at + 1)
        position += _SCAN_CHUNK
    return None


def articles_from_warc(stream: BinaryIO, source: str, published: date | None = None) -> Iterator[Article | Failure]:
    """Articles from the HTML responses of a WARC; pages without main text are failures."""
    number = 0
    for item in html_responses(stream, source):
        if isinstance(item, Failure):
            yield item
            continue
        number += 1
        uri, payload = item
        where = f"{source}#{number}"
        try:
            yield article_from_html(payload, where, url=uri or None, published=published)
        except InputError as exc:
            yield Failure(where, str(exc), _html_kind(str(exc)))


def _html_kind(reason: str) -> str:
    if reason.startswith("truncated"):
        return "truncated HTML"
    if reason.startswith("no main text"):
        return "no text"
    return reason.split(" (")[0]
