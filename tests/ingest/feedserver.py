"""A local HTTP server for fetch tests: routes set per test, every request counted."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What one path answers. ``statuses`` are served first, one per request (e.g. 500 then 200)."""

    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    statuses: list[int] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Hit:
    path: str
    status: int
    conditional: bool


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server._answer(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def hits_to(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def _answer(self, req: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(req.path)
        if route is None:
            self._send(req, Hit(req.path, 404, False), 404, {"Content-Type": "text/plain"}, b"")
            return
        conditional = bool(req.headers.get("If-None-Match") or req.headers.get("If-Modified-Since"))
        status = route.statuses.pop(0) if route.statuses else route.status
        unchanged = status == 200 and (
            (route.etag and req.headers.get("If-None-Match") == route.etag)
            or (route.last_modified and req.headers.get("If-Modified-Since") == route.last_modified))
        if unchanged:
            status = 304
        headers = {"Content-Type": route.ctype, **route.headers}
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if route.delay:
            time.sleep(route.delay)
        self._send(req, Hit(req.path, status, conditional), status, headers,
                   b"" if status == 304 else route.body)

    def _send(self, req, hit: Hit, status: int, headers: dict, body: bytes) -> None:
        self.hits.append(hit)
        try:
            req.send_response(status)
            for name, value in headers.items():
                req.send_header(name, value)
            req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            req.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout tests)

    def __enter__(self) -> FeedServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def page(title: str, sentences: str) -> bytes:
    """A news page with enough text to be read as an article."""
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{sentences}</p>"
            "</article></body></html>").encode()


def rss(items: list[tuple[str, str, str]], title: str = "Test wire") -> bytes:
    """An RSS 2.0 feed; each item is (title, link, text); an empty text makes a link-only entry."""
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>"
        + (f"<description>{text}</description>" if text else "") + "</item>"
        for t, link, text in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://127.0.0.1/</link><description>news</description>{body}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<entry><title>{t}</title><link href=\"{link}\"/><id>{link}</id><updated>2026-11-30T08:00:00Z</updated>"
        + (f"<summary>{text}</summary>" if text else "") + "</entry>"
        for t, link, text in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Test wire</title><id>urn:test</id><updated>2026-11-30T08:00:00Z</updated>{entries}</feed>").encode()


def opml(urls: list[str]) -> bytes:
    outlines = "".join(f'<outline type="rss" text="feed" xmlUrl="{u}"/>' for u in urls)
    return f'<?xml version="1.0"?><opml version="2.0"><head><title>feeds</title></head><body>{outlines}</body></opml>'.encode()
