"""What is rising: counts in a recent window against the daily mean of the days before."""

from __future__ import annotations

from datetime import timedelta

import pytest
from store_samples import DAY, build_dated as build

from veille.store import open_store

@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "v.db") as s:
        build(s)
        yield s


def test_rising_entities_and_event_types_with_their_articles(store):
    answer = store.trending(until=DAY, window=1, baseline=7, min_count=3)
    by_name = {e["name"]: e for e in answer["entities"]}
    # Newtown was never mentioned before (new); Kelby: 4 against a mean of 1/7 a day; Harbourland: twice
    # its usual once a day, under 3×; Onceville: one mention, under the minimum count.
    assert list(by_name) == ["Newtown", "Kelby"]
    assert by_name["Newtown"]["ratio"] is None and by_name["Newtown"]["count"] == 3
    assert by_name["Kelby"]["count"] == 4 and by_name["Kelby"]["ratio"] == 28.0
    assert by_name["Kelby"]["daily_mean"] == round(1 / 7, 3)
    assert sorted(a["title"] for a in by_name["Kelby"]["articles"]) == [f"Bulletin {DAY} 1", f"Bulletin {DAY} 2"]
    assert [(e["key"], e["count"]) for e in answer["event_types"]] == [("PROTEST", 3)]
    assert (answer["until"], answer["window"], answer["baseline"]) == (DAY.isoformat(), 1, 7)


def test_the_window_ends_by_default_on_the_latest_day_stored(store):
    answer = store.trending(min_count=5)
    assert answer["until"] == (DAY + timedelta(days=1)).isoformat()
    assert [e["name"] for e in answer["entities"]] == ["Latertown"]


def test_a_longer_window_compares_like_with_like(store):
    # Two days to DAY: Harbourland 3 mentions against 1/day × 2 days = 1.5×, not rising.
    answer = store.trending(until=DAY, window=2, baseline=6, min_count=3)
    assert "Harbourland" not in {e["name"] for e in answer["entities"]}
    assert {e["name"] for e in answer["entities"]} == {"Kelby", "Newtown"}
