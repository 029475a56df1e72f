"""The CLI, in-process with CliRunner for output and as a subprocess for exit behaviour."""

import json
import subprocess
import sys
import zipfile

import pytest
from typer.testing import CliRunner

from veille import __version__
from veille.cli import app

runner = CliRunner()
FR = "Le président français Emmanuel Macron a rencontré Angela Merkel à Berlin lundi.\n"
EN = "Joe Biden met Olaf Scholz in Washington on Friday, the White House said.\n"


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    return tmp_path


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "veille", *args], capture_output=True, text=True, timeout=300
    )


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_help_everywhere():
    for args in (["--help"], ["analyze", "--help"], ["schema", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout


def test_json_single_object(corpus):
    result = runner.invoke(app, ["analyze", str(corpus / "fr.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["language"] == "fr"
    assert record["text_length"] == len(FR)
    assert {"entities", "quotes", "events"} <= record.keys()
    names = {e["name"] for e in record["entities"]}
    assert any("Macron" in n for n in names)


def test_json_list_for_many(corpus):
    result = runner.invoke(app, ["analyze", str(corpus), "--format", "json"])
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 2


def test_jsonl_source_is_the_path_as_given(corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    result = runner.invoke(app, ["analyze", "fr.txt", "./en.txt", "--format", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in lines] == ["fr.txt", "./en.txt"]
    assert [r["language"] for r in lines] == ["fr", "en"]


def test_with_text_and_forced_lang_and_date(corpus):
    result = runner.invoke(
        app,
        ["analyze", str(corpus / "en.txt"), "--lang", "fr", "--date", "2021-11-15", "--with-text"],
    )
    record = json.loads(result.stdout)
    assert record["language"] == "fr" and record["published"] == "2021-11-15"
    assert record["text"] == EN


def test_table_format(corpus):
    result = runner.invoke(app, ["analyze", str(corpus / "fr.txt"), "--format", "table"])
    assert result.exit_code == 0
    assert "Entities" in result.stdout and "Macron" in result.stdout


def test_table_shows_each_event_with_its_date_and_sentence(corpus):
    result = runner.invoke(app, ["analyze", str(corpus / "en.txt"), "--format", "table", "--date", "2021-11-19"])
    assert result.exit_code == 0, result.output
    events = result.stdout[result.stdout.index("Events"):]
    assert "evidence" in events and "date" in events
    assert "2021-11-19" in events  # "on Friday" in an article of Friday 19 November: that day
    assert "in Washington on Friday, the White House said." in events


def test_bad_date_is_a_usage_error(corpus):
    result = runner.invoke(app, ["analyze", str(corpus / "fr.txt"), "--date", "15/11/2021"])
    assert result.exit_code == 2


def test_bad_format_is_a_usage_error(corpus):
    assert runner.invoke(app, ["analyze", str(corpus), "--format", "xml"]).exit_code == 2


def test_schema_is_valid_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["type"] == "object" and "entities" in schema["properties"]


def test_crlf_offsets_index_the_file_as_given(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Titre\r\n\r\nEmmanuel Macron a parlé à Paris.\r\n".encode())
    record = json.loads(runner.invoke(app, ["analyze", str(path)]).stdout)
    raw = path.read_bytes().decode()
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert raw[m["start"] : m["end"]] == m["text"]


# --- bad input: one line each, no traceback, the rest still processed ---------------


def bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with zipfile.ZipFile(tmp_path / "archive.txt", "w") as z:
        z.writestr("a.txt", "hello")
    (tmp_path / "garbage.txt").write_bytes(bytes(range(128, 256)) * 50)
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    (tmp_path / "emptydir").mkdir()
    return {
        "missing.txt": "no such file",
        "empty.txt": "empty",
        "image.txt": "PNG",
        "archive.txt": "zip",
        "garbage.txt": "undecodable",
        "huge.txt": "too large",
        "emptydir": "no readable articles",
    }


def test_bad_inputs_each_get_one_line_and_the_rest_is_processed(tmp_path):
    expected = bad_inputs(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(FR, encoding="utf-8")
    args = [str(tmp_path / name) for name in expected] + [str(good)]
    proc = run_cli("analyze", *args, "--format", "jsonl")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(expected)
    for line, (name, reason) in zip(lines, expected.items()):
        assert name in line and reason in line, line
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(good)]


def test_only_bad_input_exits_1_without_output(tmp_path):
    proc = run_cli("analyze", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1 and proc.stdout == ""
    assert "nope.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_latin1_file_comes_out_right(tmp_path):
    text = "Le ministre a déclaré à l'Élysée qu'il était « très déçu » par la décision.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    record = json.loads(runner.invoke(app, ["analyze", str(path), "--with-text"]).stdout)
    assert record["text"] == text


def test_usage_error_exit_code():
    proc = run_cli("analyze")
    assert proc.returncode == 2
