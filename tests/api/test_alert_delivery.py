"""Alerts end to end: ``veille watch`` over a local feed fires an alert given in French on an
English article; the hit appears once in its Atom feed, once on its webhook, once on the page."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))

from feedserver import FeedServer, Route, page, rss  # noqa: E402

from veille import settings  # noqa: E402
from veille.api import app_for_db  # noqa: E402
from veille.cli import app  # noqa: E402

runner = CliRunner()
STORY = ("\"We do not want war, but we will defend our interests,\" Russian President Vladimir Putin said on "
         "Tuesday in Moscow. Putin added that NATO must stop its expansion to the east.")
OTHER = "The harbour master said on Monday that the port of Dunmore would reopen after the storm repairs. " * 3


class Receiver:
    """A webhook endpoint that fails its first ``failures`` calls with a 500, then records bodies."""

    def __init__(self, failures: int = 1) -> None:
        self.bodies: list[dict] = []
        self.calls = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.calls += 1
                ok = receiver.calls > failures
                if ok:
                    receiver.bodies.append(json.loads(data))
                self.send_response(200 if ok else 500)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def receiver():
    r = Receiver()
    yield r
    r.close()


def test_an_alert_in_french_fires_once_on_an_english_article(tmp_path, receiver, monkeypatch):
    monkeypatch.setitem(settings.DEFAULTS, "http_host_delay", 0.0)
    db, feeds = str(tmp_path / "v.db"), tmp_path / "feeds.txt"
    with FeedServer() as server:
        feeds.write_text(server.url + "/feed\n")
        server.routes["/feed"] = Route(rss([("Harbour", f"{server.url}/harbour", "")]), "application/rss+xml",
                                       etag='"1"')
        server.routes["/harbour"] = Route(page("Harbour to reopen", OTHER))
        assert runner.invoke(app, ["watch", str(feeds), "--once", "--db", db]).exit_code == 0
        added = runner.invoke(app, ["alert", "add", "poutine", "--speaker", "Poutine", "--webhook", receiver.url,
                                    "--db", db])
        assert added.exit_code == 0, added.output
        server.routes["/feed"] = Route(rss([("Putin warns the West", f"{server.url}/putin", ""),
                                            ("Harbour", f"{server.url}/harbour", "")]),
                                       "application/rss+xml", etag='"2"')
        server.routes["/putin"] = Route(page("Putin warns the West", STORY))
        fired = runner.invoke(app, ["watch", str(feeds), "--once", "--db", db])
        assert fired.exit_code == 0, fired.output
        again = runner.invoke(app, ["watch", str(feeds), "--once", "--db", db])
    assert fired.stdout.count("alert poutine: Putin warns the West") == 1
    assert "alert poutine" not in again.stdout
    assert receiver.calls == 2  # a 500 first, retried
    assert [b["article"]["title"] for b in receiver.bodies] == ["Putin warns the West"]
    assert receiver.bodies[0]["criteria"] == {"speaker": "Poutine"}
    with TestClient(app_for_db(db)) as client:
        answer = client.get("/alerts/poutine.atom")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
        parsed = feedparser.parse(answer.content)
        assert not parsed.bozo and parsed.version == "atom10"
        assert [e.title for e in parsed.entries] == ["Putin warns the West"]
        assert parsed.entries[0].link.endswith("/putin")
        listing = client.get("/alerts", headers={"accept": "text/html"})
        assert listing.status_code == 200 and listing.text.count("Putin warns the West") == 1
        assert client.get("/alerts/nope.atom").status_code == 404
