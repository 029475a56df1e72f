"""User knowledge-base files: formats, overrides and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.errors import KBError
from veille.kb.loader import build_kb
from veille.kb.user import load_user_file


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_adds_people_with_roles(tmp_path):
    path = write(tmp_path, "kb.yaml", "- {type: PERSON, name: Jean Dupont, country: FRA, aliases: {fr: [Jeannot Dupont]},\n"
                                      "   roles: [[mayor, FRA, 2020-07-03, null]]}\n")
    kb = build_kb()
    load_user_file(kb, path)
    entry = kb.entries["person:jean-dupont"]
    assert entry.roles[0].office == "mayor" and entry.source == "user"
    assert {r.key for r in kb.lookup("Jeannot Dupont")} == {"person:jean-dupont"}
    assert "person:jean-dupont" in {r.key for r in kb.lookup("Dupont")}  # surname


def test_json_with_entities_key_and_csv(tmp_path):
    kb = build_kb()
    load_user_file(kb, write(tmp_path, "kb.json", '{"entities": [{"key": "org:acme", "type": "ORG", "name": "Acme",'
                                                  ' "acronyms": ["ACME"], "sector": "BUS"}]}'))
    load_user_file(kb, write(tmp_path, "kb.csv", "type,name,aliases,country,roles\n"
                                                 "PERSON,Marie Curie,M. Curie|Curie,FRA,minister;FRA;1900-01-01;1901-01-01\n"))
    assert kb.entries["org:acme"].sector == "BUS"
    assert {r.key for r in kb.lookup("ACME")} == {"org:acme"}
    assert kb.entries["person:marie-curie"].roles[0].where == "FRA"


def test_override_keeps_shipped_names(tmp_path):
    kb = build_kb()
    load_user_file(kb, write(tmp_path, "o.yaml", "- {key: gpe:BLR, type: GPE, name: Belarus (user), aliases: [Bélarus]}\n"))
    assert kb.entries["gpe:BLR"].name == "Belarus (user)"
    assert "gpe:BLR" in {r.key for r in kb.lookup("Biélorussie")}
    assert "gpe:BLR" in {r.key for r in kb.lookup("Bélarus")}


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("t.yaml", "- {type: PERSON, name: A}\n- {type: PERSN, name: B}\n", "t.yaml:2: type 'PERSN'"),
        ("s.yaml", "- {type: PERSON, name: A\n- x: [\n", "s.yaml:2: invalid YAML"),
        ("m.json", '[\n {"type": "ORG", "name": "X"},\n {"type": "ORG"}\n]\n', "m.json:3: missing field 'name'"),
        ("b.json", '[{"type": "ORG", "name": "X",}]', "b.json:1: invalid JSON"),
        ("c.csv", "type,name,country\nPERSON,A,FRA\nORG,B,France\n", "c.csv:3: country 'France'"),
        ("u.csv", "type,name,colour\nORG,B,red\n", "u.csv:1: unknown column"),
        ("f.yaml", "- {type: ORG, name: X, colour: red}\n", "f.yaml:1: unknown field(s) colour"),
        ("d.yaml", "- {type: PERSON, name: X, roles: [[president, FRA, 2020-13-45, null]]}\n", "d.yaml:1:"),
        ("l.yaml", "- {type: LOC, name: X, lat: 123}\n", "l.yaml:1: lat 123 is out of range"),
        ("n.yaml", "type: ORG\n", "n.yaml:1: expected a list"),
        ("x.txt", "whatever", "unknown knowledge-base format"),
    ],
)
def test_malformed_files_name_file_and_line(tmp_path, name, text, expected):
    path = write(tmp_path, name, text)
    with pytest.raises(KBError) as err:
        load_user_file(build_kb(), path)
    assert expected in str(err.value)
    assert str(path) in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(KBError, match="not found"):
        load_user_file(build_kb(), tmp_path / "nope.yaml")


def test_cli_kb_option_links_user_entries_and_reports_bad_files(tmp_path):
    from veille.cli import app
    from veille.kb import use_files

    article = write(tmp_path, "a.txt", "Jean Dupont a rencontré les dirigeants d'ACME à Lyon hier matin.")
    good = write(tmp_path, "kb.yaml", "- {type: PERSON, name: Jean Dupont, country: FRA}\n"
                                      "- {key: org:acme, type: ORG, name: Acme, acronyms: [ACME]}\n")
    bad = write(tmp_path, "bad.yaml", "- {type: ORG}\n")
    runner = CliRunner()
    try:
        result = runner.invoke(app, ["analyze", str(article), "--kb", str(good), "--format", "json"])
        assert result.exit_code == 0, result.output
        assert '"org:acme"' in result.output and '"person:jean-dupont"' in result.output
        result = runner.invoke(app, ["analyze", str(article), "--kb", str(bad)])
        assert result.exit_code == 1
        assert "bad.yaml:1: missing field 'name'" in result.output
    finally:
        use_files([])
