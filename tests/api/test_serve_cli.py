"""``veille serve``: refuses unusable databases at start-up, serves a good one on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _veille(*args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "veille", *args], capture_output=True, text=True, env=env,
                          timeout=60, **kw)


def _not_sqlite(tmp: Path) -> Path:
    p = tmp / "notes.db"
    p.write_text("hello")
    return p


def _foreign(tmp: Path) -> Path:
    p = tmp / "other.db"
    with sqlite3.connect(p) as conn:
        conn.execute("CREATE TABLE t (x)")
    return p


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda tmp: tmp / "missing.db", "no such database"),
        (_not_sqlite, "not a SQLite database"),
        (_foreign, "not a veille database"),
        (lambda tmp: tmp, "not a database file"),
    ],
)
def test_unusable_database_is_one_line_at_start(tmp_path, make, message):
    r = _veille("serve", "--db", str(make(tmp_path)), "--port", "1")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("veille: error:") and message in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_bad_port_is_a_usage_error(db_path):
    r = _veille("serve", "--db", str(db_path), "--port", "70000")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_serves_the_database_on_localhost(db_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", str(db_path), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert f"http://127.0.0.1:{port}/" in proc.stderr.readline()
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["articles"] == 6
        assert "Dashboard" in httpx.get(f"http://127.0.0.1:{port}/", headers={"Accept-Language": "en"}).text
    finally:
        proc.terminate()
        proc.wait(timeout=10)
