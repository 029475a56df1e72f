"""``veille watch``: conditional polling, only new entries fetched, backoff, kill -9 safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from feedserver import FeedServer, Route, page, rss
from typer.testing import CliRunner

from veille import settings
from veille.cli import app
from veille.store import open_store

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
STORIES = {
    "harbour": "The harbour master said on Monday that the port of Dunmore would reopen after the storm repairs. ",
    "bridge": "Engineers told the council of Arlow that the old river bridge would close for inspection in spring. ",
    "school": "The mayor of Kelby announced that the new school would open its doors to pupils in September. ",
    "market": "Traders in Penfold said the covered market would stay open late during the winter festival. ",
    "ferry": "The ferry company said its crossing to Lindholm would resume once the winds dropped. ",
    "clinic": "Health officials in Marrow said a new clinic would serve the valley villages from next month. ",
}


@pytest.fixture()
def fast_http(monkeypatch):
    monkeypatch.setitem(settings.DEFAULTS, "http_host_delay", 0.0)
    monkeypatch.setitem(settings.DEFAULTS, "http_retries", 0)


def publish(server: FeedServer, names: list[str], version: str) -> None:
    """The feed lists ``names`` as link-only entries; each page holds its story."""
    server.routes["/feed"] = Route(rss([(n.title(), f"{server.url}/news/{n}", "") for n in names]),
                                   "application/rss+xml", etag=f'"{version}"')
    for name in names:
        server.routes[f"/news/{name}"] = Route(page(name.title(), STORIES[name] * 4))


def watch_once(feeds: Path, db: Path):
    result = runner.invoke(app, ["watch", str(feeds), "--once", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def requests(server: FeedServer, since: int) -> list[tuple[str, int, bool]]:
    return [(h.path, h.status, h.conditional) for h in server.hits[since:] if h.path != "/robots.txt"]


def test_unchanged_feed_costs_a_304_and_only_new_entries_are_fetched(feed_server, fast_http, tmp_path):
    feeds, db = tmp_path / "feeds.txt", tmp_path / "v.db"
    feeds.write_text(f"# local wire\n{feed_server.url}/feed\n")
    publish(feed_server, ["harbour", "bridge"], "v1")
    first = watch_once(feeds, db)
    assert "2 new, 0 unchanged, 0 failed" in first.stdout
    mark = len(feed_server.hits)
    second = watch_once(feeds, db)
    assert requests(feed_server, mark) == [("/feed", 304, True)]
    assert "1 not modified" in second.stdout and "0 new" in second.stdout
    mark = len(feed_server.hits)
    publish(feed_server, ["school", "harbour", "bridge"], "v2")
    third = watch_once(feeds, db)
    assert requests(feed_server, mark) == [("/feed", 200, True), ("/news/school", 200, False)]
    assert "1 new, 2 unchanged" in third.stdout
    with open_store(db) as store:
        assert store.counts()["articles"] == 3
        state = store.feed_state(f"{feed_server.url}/feed")
    assert state["etag"] == '"v2"' and state["errors"] == 0 and state["last_success"]


def test_a_failing_feed_backs_off_and_a_failed_entry_is_tried_again(feed_server, fast_http, tmp_path):
    feeds, db = tmp_path / "feeds.txt", tmp_path / "v.db"
    feeds.write_text(f"{feed_server.url}/down\n{feed_server.url}/feed\n")
    feed_server.routes["/down"] = Route(b"oops", "text/plain", status=500)
    publish(feed_server, ["harbour", "bridge"], "v1")
    feed_server.routes["/news/bridge"].statuses = [404]
    result = runner.invoke(app, ["watch", str(feeds), "--once", "--db", str(db)])
    assert "1 failed, 1 new" not in result.stdout
    assert "1 new, 0 unchanged, 2 failed" in result.stdout  # the feed /down and the page /news/bridge
    assert "HTTP 500" in result.output and "Traceback" not in result.output
    with open_store(db) as store:
        down = store.feed_state(f"{feed_server.url}/down")
        assert down["errors"] == 1 and down["next_check"] > down["last_check"] and down["last_error"] == "HTTP 500"
        assert store.feed_state(f"{feed_server.url}/feed")["etag"] is None  # an entry failed
    mark = len(feed_server.hits)
    again = watch_once(feeds, db)
    assert "1 waiting after errors" in again.stdout and "1 new, 1 unchanged, 0 failed" in again.stdout
    assert requests(feed_server, mark) == [("/feed", 200, False), ("/news/bridge", 200, False)]


@pytest.mark.parametrize("args,message", [
    (["--every", "soon"], "--every: 'soon' is not a period"),
    (["--every", "0s"], "is not a period"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path, args, message):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed\n")
    result = runner.invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "v.db"), *args])
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_an_unreadable_feeds_file_is_one_line(tmp_path):
    result = runner.invoke(app, ["watch", str(tmp_path / "none.txt"), "--once", "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 1 and "none.txt" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not (tmp_path / "v.db").exists()


def _rows(db: Path) -> dict[str, int]:
    with open_store(db) as store:
        assert store.integrity() == "ok"
        return store.counts()


def test_kill_9_during_a_cycle_then_once_again_gives_the_same_rows(feed_server, tmp_path):
    names = list(STORIES)
    publish(feed_server, names, "v1")
    for name in names:  # slow pages: the kill lands between two stored entries
        feed_server.routes[f"/news/{name}"].delay = 0.3
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{feed_server.url}/feed\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "veille", "watch", str(feeds), "--once", "--batch-size", "1", "--db"]
    full, killed = tmp_path / "full.db", tmp_path / "killed.db"
    subprocess.run([*command, str(full)], env=env, capture_output=True, timeout=300, check=True)
    proc = subprocess.Popen([*command, str(killed)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    stored, deadline = 0, time.time() + 240
    while time.time() < deadline and proc.poll() is None and stored < 2:
        try:
            conn = sqlite3.connect(f"file:{killed}?mode=ro", uri=True, timeout=1)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            stored = 0
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 2 <= stored < len(names), "the kill must land in the middle of the cycle"
    subprocess.run([*command, str(killed)], env=env, capture_output=True, timeout=300, check=True)
    assert _rows(killed) == _rows(full)
    with open_store(killed) as store:
        assert store.feed_state(f"{feed_server.url}/feed")["etag"] == '"v1"'


def test_ctrl_c_stops_after_the_article_in_hand_with_a_resume_hint(feed_server, tmp_path):
    names = list(STORIES)
    publish(feed_server, names, "v1")
    for name in names:
        feed_server.routes[f"/news/{name}"].delay = 0.3
    feeds, db = tmp_path / "feeds.txt", tmp_path / "v.db"
    feeds.write_text(f"{feed_server.url}/feed\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "veille", "watch", str(feeds), "--every", "1h", "--batch-size", "1",
               "--db", str(db)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stored, deadline = 0, time.time() + 240
    while time.time() < deadline and proc.poll() is None and stored < 1:
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            stored = 0
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "run the same command again to resume" in err and "Traceback" not in err
    with open_store(db) as store:
        assert 1 <= store.counts()["articles"] < len(names)
        assert store.feed_state(f"{feed_server.url}/feed") is None  # read again in full next time
    result = watch_once(feeds, db)
    with open_store(db) as store:
        assert store.counts()["articles"] == len(names) and store.integrity() == "ok"
    assert "0 failed" in result.stdout
