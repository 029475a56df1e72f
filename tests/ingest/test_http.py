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


# -- the remaining fetch cases, through ``veille ingest`` and ``veille analyze`` -----------------
import json  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402

from feedserver import Route, atom, opml, page, rss  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from veille import settings  # noqa: E402
from veille.cli import app  # noqa: E402

runner = CliRunner()
HARBOUR = "The harbour master said on Monday that the port of Dunmore would reopen after the storm repairs. " * 4
BRIDGE = "Engineers told the council that the old river bridge would close for inspection in the spring. " * 4
SCHOOL = "The mayor of Kelby announced that the new school would open its doors to pupils in September. " * 4


@pytest.fixture()
def fast_http(monkeypatch):
    """No politeness delay, short timeouts and waits: the fetch tests stay fast."""
    for name, value in (("http_host_delay", 0.0), ("http_timeout", 0.5), ("http_retries", 2),
                        ("http_max_retry_wait", 2.0)):
        monkeypatch.setitem(settings.DEFAULTS, name, value)


def ingest(*args) -> tuple[int, dict[str, int], str]:
    result = runner.invoke(app, ["ingest", "--quiet", *map(str, args)])
    counts = {}
    for line in result.stdout.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            counts[cells[0]] = int(cells[1])
    return result.exit_code, counts, result.output


def test_analyze_reads_a_page_url(feed_server, fast_http):
    feed_server.routes["/news/harbour"] = Route(page("Harbour to reopen", HARBOUR))
    result = runner.invoke(app, ["analyze", feed_server.url + "/news/harbour", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["url"] == feed_server.url + "/news/harbour"
    assert any(e["name"] == "Dunmore" for e in record["entities"])


def test_analyze_reports_a_failed_url_in_one_line(feed_server, fast_http):
    result = runner.invoke(app, ["analyze", feed_server.url + "/gone"])
    assert result.exit_code == 1
    assert "HTTP 404" in result.output and "Traceback" not in result.output


def test_rss_feed_entries_are_stored_and_link_only_entries_fetched(feed_server, fast_http, tmp_path):
    base = feed_server.url
    feed_server.routes["/rss"] = Route(rss([("Harbour", f"{base}/harbour", HARBOUR),
                                            ("Bridge", f"{base}/bridge", "")]), "application/rss+xml")
    feed_server.routes["/bridge"] = Route(page("Bridge to close", BRIDGE))
    code, counts, output = ingest(base + "/rss", "--db", tmp_path / "v.db")
    assert code == 0, output
    assert counts["new"] == 2
    assert len(feed_server.hits_to("/bridge")) == 1 and not feed_server.hits_to("/harbour")


def test_atom_feed_and_an_opml_list(feed_server, fast_http, tmp_path):
    base = feed_server.url
    feed_server.routes["/atom"] = Route(atom([("School", f"{base}/school", SCHOOL)]), "application/atom+xml")
    feed_server.routes["/rss"] = Route(rss([("Harbour", f"{base}/harbour", HARBOUR)]), "application/rss+xml")
    listing = tmp_path / "feeds.opml"
    listing.write_bytes(opml([base + "/atom", base + "/rss"]))
    code, counts, output = ingest("--feeds", listing, "--db", tmp_path / "v.db")
    assert code == 0, output
    assert counts["new"] == 2
    assert [h.path for h in feed_server.hits if h.path != "/robots.txt"] == ["/atom", "/rss"]


def test_a_feed_list_may_itself_be_a_url(feed_server, fast_http, tmp_path):
    base = feed_server.url
    feed_server.routes["/rss"] = Route(rss([("Harbour", f"{base}/harbour", HARBOUR)]), "application/rss+xml")
    feed_server.routes["/feeds.opml"] = Route(opml([base + "/rss"]), "text/x-opml")
    code, counts, output = ingest("--feeds", base + "/feeds.opml", "--db", tmp_path / "v.db")
    assert code == 0, output
    assert counts["new"] == 1


def test_a_feed_whose_entries_change_between_two_runs(feed_server, fast_http, tmp_path):
    base, db = feed_server.url, tmp_path / "v.db"
    feed_server.routes["/rss"] = Route(rss([("Harbour", f"{base}/harbour", HARBOUR),
                                            ("Bridge", f"{base}/bridge", BRIDGE)]), "application/rss+xml")
    assert ingest(base + "/rss", "--db", db)[1]["new"] == 2
    feed_server.routes["/rss"] = Route(rss([("School", f"{base}/school", SCHOOL),
                                            ("Harbour", f"{base}/harbour", HARBOUR)]), "application/rss+xml")
    code, counts, output = ingest(base + "/rss", "--db", db)
    assert code == 0, output
    assert (counts["new"], counts["unchanged"]) == (1, 1)


def test_conditional_get_of_an_unchanged_resource_is_a_304(feed_server):
    feed_server.routes["/rss"] = Route(rss([("Harbour", "/harbour", HARBOUR)]), "application/rss+xml",
                                       etag='"v1"', last_modified="Mon, 30 Nov 2026 08:00:00 GMT")
    with Fetcher(delay=0, timeout=2, retries=0) as fetcher:
        first = fetcher.get(feed_server.url + "/rss")
        again = fetcher.get(feed_server.url + "/rss", etag=first.etag, last_modified=first.last_modified)
        by_date = fetcher.get(feed_server.url + "/rss", last_modified=first.last_modified)
    assert (first.status, first.etag) == (200, '"v1"') and first.body
    assert (again.status, again.body, by_date.status) == (304, b"", 304)
    assert [h.conditional for h in feed_server.hits_to("/rss")] == [False, True, True]


@pytest.mark.parametrize("status", [500, 429])
def test_a_server_error_is_retried_then_succeeds(feed_server, fast_http, tmp_path, status):
    feed_server.routes["/page"] = Route(page("Harbour to reopen", HARBOUR), statuses=[status],
                                        headers={"Retry-After": "1"})
    started = time.monotonic()
    code, counts, output = ingest(feed_server.url + "/page", "--db", tmp_path / "v.db")
    assert code == 0, output
    assert counts["new"] == 1
    assert [h.status for h in feed_server.hits_to("/page")] == [status, 200]
    assert time.monotonic() - started >= 1.0  # Retry-After: 1 was waited for


@pytest.mark.parametrize("status,retry_after,reason", [(500, None, "HTTP 500"), (429, "3600", "HTTP 429")])
def test_a_server_that_keeps_failing_is_counted_by_its_status(feed_server, fast_http, tmp_path,
                                                             status, retry_after, reason):
    headers = {"Retry-After": retry_after} if retry_after else {}
    feed_server.routes["/page"] = Route(b"busy", "text/plain", status=status, headers=headers)
    code, counts, output = ingest(feed_server.url + "/page", "--db", tmp_path / "v.db")
    assert code == 1
    assert counts[f"failed: {reason}"] == 1
    # 500: the first try and two retries; 429 asking for an hour: given up at once.
    assert len(feed_server.hits_to("/page")) == (3 if status == 500 else 1)
    if retry_after:
        assert "retry after 3600 s" in output


def test_a_slow_server_times_out(feed_server, fast_http, tmp_path, monkeypatch):
    monkeypatch.setitem(settings.DEFAULTS, "http_retries", 0)
    feed_server.routes["/slow"] = Route(page("Late", HARBOUR), delay=1.5)
    code, counts, output = ingest(feed_server.url + "/slow", "--db", tmp_path / "v.db")
    assert code == 1
    assert counts["failed: timeout"] == 1


def test_an_oversize_body_is_refused(feed_server, fast_http, tmp_path, monkeypatch):
    monkeypatch.setitem(settings.DEFAULTS, "http_max_body_bytes", 1000)
    feed_server.routes["/big"] = Route(page("Long", HARBOUR * 20))
    code, counts, output = ingest(feed_server.url + "/big", "--db", tmp_path / "v.db")
    assert code == 1
    assert counts["failed: too large"] == 1
    assert "body too large" in output


def test_the_suite_refuses_any_host_but_the_test_server(network_guard):
    with Fetcher(delay=0, timeout=1, retries=0) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get("http://192.0.2.1/page")  # a documentation-only address
    assert err.value.kind == "connection failed"
    assert set(network_guard.refused) == {"192.0.2.1"}  # robots.txt, then the page
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    network_guard.refused.clear()  # refused as expected: this test passes
