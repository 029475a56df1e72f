"""Alerts: saved searches over new articles, names resolved across languages, each hit once."""

from __future__ import annotations

import pytest
from store_samples import make_en, make_fr
from typer.testing import CliRunner

from veille import alerts
from veille.cli import app
from veille.errors import InputError, StoreError
from veille.store import open_store

runner = CliRunner()


@pytest.fixture()
def empty(tmp_path):
    with open_store(tmp_path / "v.db") as store:
        yield store


def test_a_speaker_given_in_french_fires_once_on_an_english_article(empty):
    empty.add_alert("poutine", {"speaker": "Poutine"})
    assert alerts.check(empty) == []
    empty.save(make_en())
    hits = alerts.check(empty)
    assert [(h.alert, h.article["id"]) for h in hits] == [("poutine", make_en().article.id)]
    assert alerts.check(empty) == []  # recorded once
    assert [h["id"] for h in empty.alert_hits("poutine")] == [make_en().article.id]
    assert empty.alert("poutine")["hits"] == 1


def test_an_alert_matches_only_articles_stored_after_it(empty):
    empty.save(make_en())
    empty.add_alert("putin", {"speaker": "Putin"})
    assert alerts.check(empty) == []
    empty.save(make_fr())
    assert [h.article["id"] for h in alerts.check(empty)] == [make_fr().article.id]
    # ``veille alert test`` looks at every stored article.
    assert len(alerts.matches(empty, {"speaker": "Putin"})) == 2


@pytest.mark.parametrize("criteria,matched", [
    ({"event_type": "THREATEN", "source": "Poutine"}, True),
    ({"event_type": "THREATEN", "target": "Poutine"}, False),
    ({"entity": "Ukraine", "lang": "en"}, True),
    ({"entity": "Ukraine", "lang": "fr"}, False),
    ({"text": "interests"}, True),
    ({"speaker": "Macron"}, False),
    ({"speaker": "Nobody Known"}, False),
])
def test_every_criterion_must_hold(empty, criteria, matched):
    empty.add_alert("a", criteria)
    empty.save(make_en())
    assert bool(alerts.check(empty)) is matched


def test_bad_alerts_are_refused(empty):
    with pytest.raises(InputError):
        alerts.clean_criteria({"speaker": " "})
    with pytest.raises(InputError):
        alerts.clean_criteria({"colour": "red"})
    empty.add_alert("a", {"text": "war"})
    with pytest.raises(StoreError):
        empty.add_alert("a", {"text": "peace"})
    assert empty.remove_alert("a") and not empty.remove_alert("a")


def test_alert_commands(tmp_path):
    db = str(tmp_path / "v.db")
    added = runner.invoke(app, ["alert", "add", "poutine", "--speaker", "Poutine", "--db", db])
    assert added.exit_code == 0, added.output
    with open_store(db) as store:
        store.save(make_en())
    listed = runner.invoke(app, ["alert", "list", "--db", db, "--format", "json"])
    assert '"speaker": "Poutine"' in listed.stdout
    tested = runner.invoke(app, ["alert", "test", "poutine", "--db", db, "--format", "jsonl"])
    assert tested.exit_code == 0 and make_en().article.id in tested.stdout
    for args in (["test", "nope"], ["remove", "nope"], ["add", "x"], ["add", "poutine", "--text", "a"],
                 ["add", "bad name", "--text", "a"], ["add", "w", "--text", "a", "--webhook", "ftp://x"]):
        result = runner.invoke(app, ["alert", *args, "--db", db])
        assert result.exit_code == 1, args
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert runner.invoke(app, ["alert", "remove", "poutine", "--db", db]).exit_code == 0


def test_query_articles_takes_the_alert_filters(tmp_path):
    db = str(tmp_path / "v.db")
    with open_store(db) as store:
        store.save(make_en())
        store.save(make_fr())
    result = runner.invoke(app, ["query", "articles", "--speaker", "Poutine", "--event-type", "THREATEN",
                                 "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0 and result.stdout.count("\n") == 1 and make_en().article.id in result.stdout
