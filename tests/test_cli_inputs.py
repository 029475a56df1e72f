"""What the CLI does with careless input: language codes, missing paths, project files, Ctrl-C, --kb."""

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from veille.ingest.files import is_article_file

FR = "Le président français Emmanuel Macron a rencontré Angela Merkel à Berlin lundi.\n"


def run_cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "veille", *args], capture_output=True, text=True,
                          timeout=300, **kw)


def one_line_error(result) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    return " ".join(lines)


def test_lang_not_a_code_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = run_cli("analyze", str(tmp_path / "a.txt"), "--lang", "french")
    assert result.returncode == 2
    message = one_line_error(result)
    assert "ISO 639-1" in message and "fr" in message and "en" in message
    assert result.stdout == ""


def test_lang_not_a_code_on_ingest_stores_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    db = tmp_path / "v.db"
    result = run_cli("ingest", str(tmp_path / "a.txt"), "--lang", "french", "--db", str(db))
    assert result.returncode == 2 and not db.exists()


def test_lang_code_without_pipeline_warns_once(tmp_path):
    (tmp_path / "a.txt").write_text("Il governo italiano ha approvato la legge ieri sera a Roma.\n", encoding="utf-8")
    result = run_cli("analyze", str(tmp_path / "a.txt"), "--lang", "it")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("no analysis pipeline for 'it'") == 1
    assert json.loads(result.stdout)["language"] == "it"


def test_lang_not_a_code_on_spark_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("spark", str(tmp_path / "a.txt"), "--out", str(out), "--lang", "french")
    assert result.returncode == 2
    message = one_line_error(result)
    assert "ISO 639-1" in message and "fr" in message and "en" in message
    assert not out.exists()


@pytest.mark.parametrize("command", [["query", "quotes"], ["query", "articles"], ["import-parquet", "."]])
def test_lang_filter_not_a_code_is_a_usage_error(tmp_path, command):
    db = tmp_path / "v.db"
    result = run_cli(*command, "--lang", "english", "--db", str(db))
    assert result.returncode == 2
    assert "ISO 639-1" in one_line_error(result)
    assert not db.exists()


def test_lang_filter_code_selects_articles(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    db = tmp_path / "v.db"
    assert run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(db)).returncode == 0
    found = run_cli("query", "articles", "--lang", "FR", "--db", str(db), "--format", "jsonl")
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 1
    other = run_cli("query", "articles", "--lang", "de", "--db", str(db), "--format", "jsonl")
    assert other.returncode == 0 and other.stdout.strip() == "" and "warning" not in other.stderr


def test_lang_upper_case_code_is_accepted(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = run_cli("analyze", str(tmp_path / "a.txt"), "--lang", "FR")
    assert result.returncode == 0 and json.loads(result.stdout)["language"] == "fr"


def test_missing_path_creates_no_database(tmp_path):
    db = tmp_path / "v.db"
    result = run_cli("ingest", str(tmp_path / "nothing-here"), "--db", str(db))
    assert result.returncode == 1
    message = one_line_error(result)
    assert "no such file or directory" in message and "no articles found" in message
    assert not db.exists()


@pytest.mark.parametrize("name", ["LICENSE", "LICENSE.txt", "README", "README.md", "readme.txt", "CHANGELOG",
                                  "COPYING", "notes.md", "NOTICE.txt", "CONTRIBUTING.md"])
def test_project_files_are_not_articles(name):
    assert not is_article_file(name)


@pytest.mark.parametrize("name", ["article.txt", "licensing-deal.txt", "readmission.html", "feed.xml",
                                  "dump.jsonl.gz", "2024-05-01"])
def test_news_files_are_articles(name):
    assert is_article_file(name)


def test_folder_ingest_skips_license_and_readme(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FR, encoding="utf-8")
    (corpus / "LICENSE").write_text("MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted.\n")
    (corpus / "README.md").write_text("# Corpus\n\nSome articles.\n")
    db = tmp_path / "v.db"
    result = run_cli("ingest", str(corpus), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    titles = [r[0] for r in sqlite3.connect(db).execute("SELECT title FROM articles")]
    assert len(titles) == 1 and not any("MIT" in (t or "") for t in titles)


def test_ingest_records_user_kb(tmp_path):
    (tmp_path / "a.txt").write_text("Zorblat Quenn met Emmanuel Macron in Paris on Monday.\n", encoding="utf-8")
    kb = tmp_path / "kb.yaml"
    kb.write_text("- name: Zorblat Quenn\n  type: PERSON\n  aliases: [Quenn]\n", encoding="utf-8")
    db = tmp_path / "v.db"
    result = run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--kb", str(kb), "-q")
    assert result.returncode == 0, result.stderr
    (value,) = sqlite3.connect(db).execute("SELECT value FROM meta WHERE key = 'user_kb'").fetchone()
    recorded = json.loads(value)
    assert recorded[0]["path"] == str(kb.resolve()) and len(recorded[0]["sha256"]) == 64


def test_ingest_bad_kb_is_one_line_and_no_database(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    kb = tmp_path / "kb.yaml"
    kb.write_text("- [not: an entry\n", encoding="utf-8")
    db = tmp_path / "v.db"
    result = run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--kb", str(kb))
    assert result.returncode == 1 and "veille: error:" in one_line_error(result)
    assert not db.exists()


def test_ctrl_c_finishes_the_article_and_says_how_to_resume(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"{i:03}.txt").write_text(f"Article {i}. " + FR * 3, encoding="utf-8")
    db = tmp_path / "v.db"
    proc = subprocess.Popen([sys.executable, "-m", "veille", "ingest", str(corpus), "--db", str(db),
                             "--batch-size", "1", "--no-dedupe", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 240
    stored = 0
    while time.time() < deadline and stored == 0:
        time.sleep(0.5)
        try:
            stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
    assert stored, "ingest never stored an article"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert "run the same command again to resume" in err
    first = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < first < 400
    again = run_cli("ingest", str(corpus), "--db", str(db), "--no-dedupe", "-q")
    assert again.returncode == 0, again.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 400


def test_piped_tables_are_not_cut_at_80_columns(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    db = tmp_path / "v.db"
    result = run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q", env=env)
    assert result.returncode == 0, result.stderr
    from veille.cli.app import PIPE_WIDTH

    widths = [len(line) for line in result.stdout.splitlines()]
    assert max(widths) <= PIPE_WIDTH
    assert str(db) in result.stdout.replace("\n", "")  # the title with the long path is whole
    title = next(line for line in result.stdout.splitlines() if "Ingest into" in line)
    assert str(db) in title


@pytest.mark.parametrize("command", ["spark", "ingest", "export"])
def test_help_piped_keeps_option_names_whole(command):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "TERMINAL_WIDTH", "LINES")}
    result = run_cli(command, "--help", env=env)
    assert result.returncode == 0
    options = [line for line in result.stdout.splitlines() if "--" in line]
    assert options and not any("--" in part and "…" in part for line in options for part in line.split())
    if command == "spark":
        assert "--no-near-duplicates" in result.stdout
