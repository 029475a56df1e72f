"""``veille ingest`` end to end: statuses, idempotence, replacement, duplicates, faults, kill -9, workers."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.ingest import read_paths
from veille.ingest.runner import ingest
from veille.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / "tests" / "resources" / "ingest"
EXAMPLES = ROOT / "examples"
runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path):
    """Four example articles plus every fixture format."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("fr-wikinews-44337.txt", "fr-wikinews-45644.txt", "en-wikinews-afghan.txt",
                 "en-wikinews-peres.txt"):
        shutil.copy(EXAMPLES / name, folder / name)
    for name in ("feed.rss", "feed.atom", "pages.warc.gz", "page.html"):
        shutil.copy(RES / name, folder / name)
    return folder


def run_ingest(*args):
    result = runner.invoke(app, ["ingest", "--quiet", *map(str, args)])
    return result


def summary_of(output: str) -> dict[str, int]:
    counts = {}
    for line in output.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            counts[cells[0]] = int(cells[1])
    return counts


def test_ingest_twice_second_run_all_unchanged(corpus, tmp_path):
    db = tmp_path / "v.db"
    first = run_ingest(corpus, "--db", db)
    assert first.exit_code == 0, first.output
    counts = summary_of(first.stdout)
    # 4 texts, 2 Atom summaries (too short to compare) then 4 RSS entries, two of which have the Atom
    # entries' URLs and replace them; the WARC pages and the HTML page are copies of RSS entries.
    assert (counts["new"], counts["replaced"], counts["duplicates"], counts["failed"]) == (8, 2, 3, 0)
    with open_store(db) as s:
        rows = s.counts()
    second = run_ingest(corpus, "--db", db)
    assert second.exit_code == 0
    again = summary_of(second.stdout)
    assert again["unchanged"] == sum(counts[k] for k in ("new", "unchanged", "duplicates", "replaced"))
    assert again["new"] == again["duplicates"] == again["replaced"] == 0
    with open_store(db) as s:
        assert s.counts() == rows
        assert s.integrity() == "ok"


def test_changed_text_replaces_and_copies_are_linked(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    original = (EXAMPLES / "en-wikinews-peres.txt").read_text(encoding="utf-8")
    (folder / "peres.txt").write_text(original, encoding="utf-8")
    db = tmp_path / "v.db"
    assert summary_of(run_ingest(folder, "--db", db).stdout)["new"] == 1
    # A wire copy elsewhere: same story, another outlet's byline.
    (folder / "wire-copy.txt").write_text("By our correspondent (AP)\n\n" + original + "\nCopyright AP.",
                                          encoding="utf-8")
    counts = summary_of(run_ingest(folder, "--db", db).stdout)
    assert counts["duplicates"] == 1 and counts["unchanged"] == 1
    # The same file edited: its stored article is replaced, not duplicated.
    (folder / "peres.txt").write_text(original.replace("peace", "calm"), encoding="utf-8")
    counts = summary_of(run_ingest(folder / "peres.txt", "--db", db).stdout)
    assert counts["replaced"] == 1
    with open_store(db) as s:
        assert s.counts()["articles"] == 1
        [article] = s.articles()
        assert "calm" in s.get_article(article["id"])["text"]


def test_bad_inputs_are_counted_by_reason_and_the_rest_stored(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(EXAMPLES / "en-wikinews-korea.txt", folder / "good.txt")
    lines = (RES / "records.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "dump.jsonl").write_text("\n".join([lines[0], "{oops", '{"title": "no text"}']) + "\n",
                                       encoding="utf-8")
    (folder / "broken.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><item><tit')
    (folder / "cut.html").write_bytes((RES / "page.html").read_bytes()[:300])
    (folder / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "v.db"
    result = run_ingest(folder, "--db", db)
    assert result.exit_code == 1
    counts = summary_of(result.stdout)
    assert counts["new"] == 2 and counts["failed"] == 6
    for reason in ("not JSON", "no text", "broken feed", "truncated HTML", "corrupt gzip", "empty"):
        assert counts[f"failed: {reason}"] == 1, reason
    assert "Traceback" not in result.output


def test_refuses_a_foreign_database(tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "veille", "ingest", str(EXAMPLES / "fr-wikinews-44337.txt"),
                           "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "not a veille database" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_kill_9_mid_ingest_then_rerun_gives_the_same_rows(tmp_path):
    corpus = [str(EXAMPLES), str(RES), "--batch-size", "2"]  # small batches: saves spread over the run
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = tmp_path / "full.db"
    subprocess.run([sys.executable, "-m", "veille", "ingest", *corpus, "--db", str(full), "-q"],
                   env=env, capture_output=True, timeout=600)
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "veille", "ingest", *corpus, "--db", str(killed), "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(f"file:{killed}?mode=ro", uri=True, timeout=1)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            stored = 0
        if stored >= 3:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(full) as s:
        expected = s.counts()
    assert 3 <= stored < expected["articles"], "the kill must land in the middle of the ingest"
    subprocess.run([sys.executable, "-m", "veille", "ingest", *corpus, "--db", str(killed), "-q"],
                   env=env, capture_output=True, timeout=600)
    with open_store(killed) as s:
        assert s.integrity() == "ok"
        assert s.counts() == expected


def test_two_workers_store_what_one_worker_stores(corpus, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    with open_store(one) as s:
        a = ingest(read_paths([str(corpus)]), s, workers=1)
    with open_store(two) as s:
        b = ingest(read_paths([str(corpus)]), s, workers=2)
    assert a.as_dict() == b.as_dict()
    with open_store(one) as s1, open_store(two) as s2:
        assert s1.counts() == s2.counts()
        assert [x["id"] for x in s1.entities(limit=30)] == [x["id"] for x in s2.entities(limit=30)]


def test_stdin_and_analyze_read_every_format(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    db = tmp_path / "v.db"
    proc = subprocess.run([sys.executable, "-m", "veille", "ingest", "-", "--db", str(db), "-q"],
                          input=(RES / "records.jsonl").read_bytes(), env=env, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    with open_store(db) as s:
        assert s.counts()["articles"] == 4
        assert {a["source"] for a in s.articles()} == {"-#1", "-#2", "-#3", "-#4"}
    result = runner.invoke(app, ["analyze", str(RES / "feed.rss"), str(RES / "pages.warc.gz"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == [
        "feed.rss#1", "feed.rss#2", "feed.rss#3", "feed.rss#4", "pages.warc.gz#1", "pages.warc.gz#2"]


def test_articles_stored_without_dedupe_still_catch_later_copies(tmp_path):
    from veille.model import Article

    original = (EXAMPLES / "en-wikinews-korea.txt").read_text(encoding="utf-8")
    copy = Article.from_text("(AFP) " + original + "\n© AFP", source="copy.txt")
    with open_store(tmp_path / "v.db") as s:
        first = ingest(read_paths([str(EXAMPLES / "en-wikinews-korea.txt")]), s, dedupe=False)
        second = ingest([copy], s)
    assert first.new == 1 and second.duplicates == 1
