"""``/api/trending`` and the dashboard's "Rising" section over a store of dated articles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_samples import DAY, build_dated as build  # noqa: E402

from veille.api import app_for_db  # noqa: E402
from veille.store import open_store  # noqa: E402


@pytest.fixture()
def client(tmp_path):
    db = tmp_path / "v.db"
    with open_store(db) as store:
        build(store)
    with TestClient(app_for_db(db)) as live:
        yield live


def test_api_trending(client):
    answer = client.get("/api/trending", params={"until": DAY.isoformat(), "window": 1, "baseline": 7})
    assert answer.status_code == 200
    body = answer.json()
    assert [e["name"] for e in body["entities"]] == ["Newtown", "Kelby"]
    assert body["entities"][1]["ratio"] == 28.0 and len(body["entities"][1]["articles"]) == 2
    assert [e["key"] for e in body["event_types"]] == ["PROTEST"]
    bad = client.get("/api/trending", params={"window": "week"})
    assert bad.status_code == 422 and bad.json()["detail"] == "window: 'week' is not a whole number"


def test_the_dashboard_says_what_is_rising_and_why(client):
    page = client.get("/", params={"until": DAY.isoformat()}, headers={"accept": "text/html"})
    assert page.status_code == 200
    assert "Rising" in page.text and "Newtown" in page.text and "×28.0" in page.text
    assert f"Mentions over the 1-day window ending {DAY.isoformat()}, against the daily mean of the 7 days before" in page.text
    french = client.get("/", params={"until": DAY.isoformat(), "lang": "fr"})
    assert "En hausse" in french.text and "nouveau" in french.text
