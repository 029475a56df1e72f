"""The in-memory network gives the store's answer (event edges) for every filter."""

from __future__ import annotations

from datetime import date

import pytest

from veille.store import open_store
from veille.store.network_index import build_index

CASES = [
    {},
    {"limit": 3},
    {"limit": 200},
    {"type": "PERSON", "limit": 200},
    {"event_type": "ASSAULT"},
    {"event_type": "consult", "limit": 200},
    {"since": date(2024, 5, 14), "limit": 200},
    {"until": "2024-05-13", "limit": 200},
    {"since": "2024-03-01", "until": "2024-05-13", "limit": 200},
    {"since": date(2030, 1, 1)},
    {"event_type": "AID"},
]


@pytest.fixture(scope="module")
def store(db_path):
    s = open_store(db_path, readonly=True)
    yield s
    s.close()


@pytest.mark.parametrize("args", CASES, ids=[str(c) for c in CASES])
def test_same_answer_as_the_store(store, args):
    index = build_index(store)
    expected = store.network(co_mentions=False, **args)
    got = index.network(**args)
    assert got["nodes"] == expected["nodes"]

    def edges(net):
        return sorted((e["source"], e["target"], e["count"], e["cooperation"], e["conflict"]) for e in net["edges"])

    assert edges(got) == edges(expected)


def test_index_sees_events_between_located_actors(store):
    net = build_index(store).network(limit=200)
    assert any(e["conflict"] == 2 for e in net["edges"]) and any(e["cooperation"] == 1 for e in net["edges"])


def test_other_backends_get_none():
    assert build_index(object()) is None
