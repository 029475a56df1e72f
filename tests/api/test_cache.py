"""The aggregate cache: one computation per key at a time, dropped when the data changes."""

from __future__ import annotations

import threading
import time

from veille.api.cache import AnswerCache, file_fingerprint


def test_concurrent_misses_compute_once():
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return {"n": len(calls)}

    cache = AnswerCache(lambda: "v1")
    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(("k",), slow))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and results == [{"n": 1}] * 6


def test_fingerprint_change_drops_answers():
    version = ["a"]
    cache = AnswerCache(lambda: version[0])
    assert cache.get("k", lambda: 1) == 1
    assert cache.get("k", lambda: 2) == 1
    version[0] = "b"
    assert cache.get("k", lambda: 3) == 3


def test_no_fingerprint_means_no_cache():
    cache = AnswerCache(None)
    assert cache.get("k", lambda: 1) == 1 and cache.get("k", lambda: 2) == 2


def test_file_fingerprint_sees_writes(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"one")
    fp = file_fingerprint(db)
    first = fp()
    (tmp_path / "x.db-wal").write_bytes(b"more")
    assert fp() != first


def test_warm_start_fills_the_cache(db_path):
    from fastapi.testclient import TestClient

    from veille.api import app_for_db

    app = app_for_db(db_path, warm=True)
    with TestClient(app):
        wanted = {"stats", "network-index", "network", "network-layout", "locations", "named-places"}
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            kinds = {key[0] if isinstance(key, tuple) else key for key in list(app.state.cache._answers)}
            if wanted <= kinds:
                break
            time.sleep(0.05)
    assert wanted <= kinds
