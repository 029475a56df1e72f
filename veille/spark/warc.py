"""WARC files: response records out as (record id, url, date, content type, bytes), and a small writer.

Reading streams the file record by record (Common Crawl News files are ~1 GB); a record that
cannot be parsed ends that file with one :class:`RecordFailure`, since a damaged gzip member or a
wrong length leaves no reliable place to resume from.
"""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import BinaryIO


@dataclass
class WarcPayload:
    record_id: str
    url: str | None
    date: str | None  # WARC-Date, ISO 8601
    content_type: str | None
    charset: str | None
    data: bytes


@dataclass
class RecordFailure:
    record_id: str
    reason: str


def iter_warc(stream: BinaryIO) -> Iterator[WarcPayload | RecordFailure]:
    """Payloads of the ``response`` and ``resource`` records of a WARC (gzip or plain)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    types = WarcRecordType.response | WarcRecordType.resource
    position = 0
    record_id = "offset 0"
    try:
        for record in ArchiveIterator(stream, record_types=types, parse_http=True, auto_decode="all"):
            position = record.stream_pos
            record_id = record.record_id or f"offset {position}"
            headers = record.headers
            if record.is_http:
                content_type = record.http_content_type
                charset = record.http_charset
            else:
                content_type = (headers.get("Content-Type") or "").split(";")[0].strip() or None
                charset = None
            data = record.reader.read()
            if len(data) < record.content_length:
                # A cut-off file or member: fastwarc hands back what is there.
                yield RecordFailure(record_id, f"truncated record ({len(data)} of {record.content_length} bytes)")
                continue
            yield WarcPayload(
                record_id=record_id,
                url=headers.get("WARC-Target-URI"),
                date=headers.get("WARC-Date"),
                content_type=content_type,
                charset=charset,
                data=data,
            )
    except (OSError, ValueError) as exc:
        yield RecordFailure(f"after {record_id}", f"corrupt WARC data: {exc}")


def _record(url: str, payload: bytes, content_type: str, date: str) -> bytes:
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode("ascii") + payload
    head = (
        "WARC/1.0\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>\r\n"
        f"WARC-Date: {date}\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode("utf-8")
    return head + http + b"\r\n\r\n"


def write_warc(
    path: str, pages: Iterable[tuple[str, bytes, str]], compress: bool = True, date: datetime | None = None
) -> int:
    """Write ``(url, payload, content type)`` triples as WARC response records; returns the count.

    With ``compress`` each record is its own gzip member, as in Common Crawl.
    """
    stamp = (date or datetime(2020, 1, 1, tzinfo=timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    count = 0
    with open(path, "wb") as out:
        for url, payload, content_type in pages:
            data = _record(url, payload, content_type, stamp)
            out.write(gzip.compress(data, mtime=0) if compress else data)
            count += 1
    return count
