"""A small WARC writer (response records, one gzip member each, as Common Crawl writes them),
for test fixtures and benchmarks; reading is :mod:`veille.ingest.warc`."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone


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
