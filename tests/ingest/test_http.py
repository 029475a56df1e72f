import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from veille.ingest import Failure
from veille.ingest.files import read_paths
from veille.ingest.http import Fetcher, FetchError

PAGES = {
    "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private\n"),
    "/page": (200, "text/html", b"<html><head><title>Minister speaks</title></head><body><article><p>"
              + b"The minister said the harbour would reopen next week after repairs. " * 5 + b"</p></article></body></html>"),
    "/missing": (404, "text/plain", b"no"),
    "/image": (200, "image/png", b"\x89PNG"),
    "/loop": (302, "text/plain", b""),
    "/private/x": (200, "text/plain", b"secret"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        status, ctype, body = PAGES.get(self.path, (404, "text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if status == 302:
            self.send_header("Location", "/loop")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path,kind", [("/missing", "HTTP 404"), ("/image", "content type"),
                                       ("/loop", "redirect loop"), ("/private/x", "robots.txt")])
def test_each_failure_has_a_named_kind(server, path, kind):
    with Fetcher(delay=0, timeout=2, retries=0) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(server + path)
    assert err.value.kind == kind


def test_a_page_url_is_read_as_an_article_not_as_a_missing_file(server):
    items = list(read_paths([server + "/page"]))
    assert len(items) == 1 and not isinstance(items[0], Failure)
    assert "harbour" in items[0].text
