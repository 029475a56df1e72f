"""Polite, bounded HTTP fetching: robots.txt, one request at a time per host with a delay,
timeouts, retries with backoff (Retry-After honoured), a redirect limit, a body size cap
enforced while streaming and a content-type check.

Every failure is a :class:`FetchError` whose ``kind`` is a short name the ingest summary counts.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from .. import settings

USER_AGENT = "veille/0.1 (+https://github.com/veille; news monitoring)"
# What a news page, a feed or a feed list is served as.
ACCEPTED_TYPES = (
    "text/", "application/xhtml", "application/xml", "application/rss", "application/atom",
    "application/rdf", "application/json", "application/x-ndjson", "application/octet-stream",
    "application/gzip", "application/x-gzip",
)
_RETRY_STATUSES = {429, 500, 502, 503, 504}


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


class FetchError(Exception):
    """A URL that could not be fetched: ``reason`` for stderr, ``kind`` for counts."""

    def __init__(self, reason: str, kind: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for an unchanged resource
    body: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetcher:
    """One client shared by a run; holds robots.txt answers and each host's last request time."""

    delay: float = field(default_factory=lambda: settings.get("http_host_delay"))
    timeout: float = field(default_factory=lambda: settings.get("http_timeout"))
    retries: int = field(default_factory=lambda: settings.get("http_retries"))
    max_redirects: int = field(default_factory=lambda: settings.get("http_max_redirects"))
    max_bytes: int = field(default_factory=lambda: settings.get("http_max_body_bytes"))
    max_wait: float = field(default_factory=lambda: settings.get("http_max_retry_wait"))
    transport: httpx.BaseTransport | None = None

    def __post_init__(self) -> None:
        # trust_env: HTTP(S)_PROXY / NO_PROXY from the environment are used.
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.timeout), follow_redirects=False, trust_env=True,
            transport=self.transport)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """Fetch ``url`` (raise :class:`FetchError`); with ``etag``/``last_modified`` the request
        is conditional and an unchanged resource comes back with status 304 and no body."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            if not is_url(current):
                raise FetchError(f"unsupported URL scheme: {current}", "bad URL")
            if not self._allowed(current):
                raise FetchError("disallowed by robots.txt", "robots.txt")
            response = self._with_retries(current, headers)
            if isinstance(response, str):
                current = response
                continue
            return response
        raise FetchError(f"more than {self.max_redirects} redirects", "redirect loop")

    def _with_retries(self, url: str, headers: dict) -> Response | str:
        attempt = 0
        while True:
            try:
                return self._once(url, headers)
            except _Retry as retry:
                attempt += 1
                if attempt > self.retries:
                    raise FetchError(retry.reason, retry.kind) from None
                wait = retry.after if retry.after is not None else self.delay * 2 ** attempt
                if wait > self.max_wait:
                    raise FetchError(f"{retry.reason} (retry after {wait:.0f} s)", retry.kind) from None
                time.sleep(wait)

    def _once(self, url: str, headers: dict) -> Response | str:
        """One request; a redirect comes back as the next URL, a retryable failure as :class:`_Retry`."""
        with self._host_turn(url):
            try:
                with self.client.stream("GET", url, headers=headers) as resp:
                    return self._read(url, resp)
            except httpx.TimeoutException:
                raise _Retry("timed out", "timeout") from None
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                raise _Retry(f"connection failed ({exc})", "connection failed") from None
            except httpx.DecodingError as exc:
                raise FetchError(f"undecodable content encoding ({exc})", "bad encoding") from None
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL ({exc})", "bad URL") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"HTTP error ({exc})", "HTTP error") from None

    def _read(self, url: str, resp: httpx.Response) -> Response | str:
        status = resp.status_code
        if status in (301, 302, 303, 307, 308):
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {status} without Location", f"HTTP {status}")
            return urljoin(url, location)
        meta = dict(url=url, status=status, body=b"", content_type=resp.headers.get("content-type", ""),
                    etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"))
        if status == 304:
            return Response(**meta)
        if status in _RETRY_STATUSES:
            raise _Retry(f"HTTP {status}", f"HTTP {status}", _retry_after(resp.headers.get("retry-after")))
        if status != 200:
            raise FetchError(f"HTTP {status}", f"HTTP {status}")
        ctype = meta["content_type"].split(";")[0].strip().lower()
        if ctype and not ctype.startswith(ACCEPTED_TYPES):
            raise FetchError(f"unsupported content type {ctype}", "content type")
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes and not resp.headers.get("content-encoding"):
            raise FetchError(f"body too large ({int(declared):,} bytes; limit {self.max_bytes:,})", "too large")
        chunks, size = [], 0
        for chunk in resp.iter_bytes():  # decoded (gzip/deflate) bytes: the cap applies to them
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"body too large (over {self.max_bytes:,} bytes)", "too large")
            chunks.append(chunk)
        return Response(**{**meta, "body": b"".join(chunks)})

    def _host_turn(self, url: str):
        host = urlsplit(url).netloc.lower()
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        return _Turn(self, host, lock)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        parser = self._robots[root]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt; a missing or unreadable one allows everything."""
        try:
            with self._host_turn(root):
                resp = self.client.get(root + "/robots.txt")
        except httpx.HTTPError:
            return None
        if resp.status_code != 200:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(resp.text.splitlines())
        return parser


class _Turn:
    """Holds the host's lock for one request and keeps the minimum delay since its last one."""

    def __init__(self, fetcher: Fetcher, host: str, lock: threading.Lock) -> None:
        self.fetcher, self.host, self.lock = fetcher, host, lock

    def __enter__(self) -> None:
        self.lock.acquire()
        last = self.fetcher._last.get(self.host)
        if last is not None:
            wait = self.fetcher.delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)

    def __exit__(self, *exc) -> None:
        self.fetcher._last[self.host] = time.monotonic()
        self.lock.release()


class _Retry(Exception):
    def __init__(self, reason: str, kind: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.kind, self.after = reason, kind, after


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
