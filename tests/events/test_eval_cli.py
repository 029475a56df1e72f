"""``veille eval events`` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from veille.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_eval_events_on_french_gold(fr_nlp):
    result = runner.invoke(app, ["eval", "events", "--dataset", str(ROOT / "gold" / "events-fr-heldout"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["docs"] == 15 and scores["gold_events"] == 44
    assert 0.0 <= scores["triples"]["f1"] <= 1.0 and 0.0 <= scores["type_accuracy"] <= 1.0


def test_eval_events_bad_dataset_is_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["eval", "events", "--dataset", str(tmp_path / "missing")])
    assert result.exit_code == 2


def test_eval_events_on_plover(shared, en_nlp):
    result = runner.invoke(app, ["eval", "events", "--dataset", "plover", "--shared", str(shared), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["docs"] == 322


def test_eval_events_errors_by_rule(en_nlp):
    result = runner.invoke(app, ["eval", "events", "--dataset", str(ROOT / "gold" / "events-en-heldout"),
                                 "--errors", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert sum(found["misses"].values()) > 0 and sum(found["false_positives"].values()) > 0
    # every miss is filed under a veto rule, a rule that came out wrong, or a trigger not found
    assert all(k == "no trigger" or k.startswith(("vetoed: ", "wrong: ")) for k in found["misses"])
