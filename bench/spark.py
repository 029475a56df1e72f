"""Spark throughput: local[1] vs local[2] vs single-process ingest, over one generated WARC.

    python bench/spark.py [--limit N] [--partitions P] [--skip-ingest]

Builds a WARC.gz of news pages from the French and English texts of ../shared/eval-corpus
(examples/ repeated with a line number when ../shared is absent), then times, on the same file:
``veille ingest`` with 1 and 2 analysis workers (fresh SQLite each time) and ``veille spark`` on
local[1] and local[2], each as a command in a fresh process (interpreter start, JVM start and
model loading included, as a user would see them, and no run warmed up by the one before).
Prints articles/s, the 1→2 core scaling of Spark, Spark's overhead over ``ingest --workers 2``,
and what ``veille spark`` says of its Python workers (count, pipeline loads, peak memory of one).
Wall times depend on what else runs on the machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

from veille.spark.warc import write_warc  # noqa: E402

VEILLE = [sys.executable, "-m", "veille"]


def texts(limit: int, corpus: Path) -> list[str]:
    from corpus import text_paths

    found = [path.read_text(encoding="utf-8") for path in text_paths(corpus)]
    if len(found) < limit:  # examples/ repeated, each copy made distinct by a closing line
        base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
        i = 0
        while len(found) < limit:
            found.append(base[i % len(base)] + f"\n(copy {i})\n")
            i += 1
    return found[:limit]


def page(text: str) -> bytes:
    title, _, body = text.strip().partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>\n{paragraphs}</article></body></html>").encode("utf-8")


def timed(command: list[str]) -> tuple[float, str]:
    """Wall time of one command in a fresh process, as a user runs it, and its output."""
    t0 = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYSPARK_PYTHON": sys.executable})
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
    return seconds, done.stdout


def run_ingest(warc: str, workers: int, tmp: Path) -> tuple[int, float]:
    db = tmp / f"ingest-{workers}.db"
    seconds, _ = timed([*VEILLE, "ingest", warc, "--db", str(db), "--workers", str(workers), "--quiet"])
    with sqlite3.connect(db) as con:
        return con.execute("select count(*) from articles").fetchone()[0], seconds


def run_spark(warc: str, cores: int, partitions: int, tmp: Path) -> tuple[int, float, str]:
    seconds, out = timed([*VEILLE, "spark", warc, "--out", str(tmp / f"spark-{cores}"), "--master", f"local[{cores}]",
                          "--partitions", str(partitions)])
    line = out.strip().splitlines()[-1]
    return int(line.split()[0]), seconds, line[line.rindex("(") + 1:-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=520, help="articles in the generated WARC")
    parser.add_argument("--partitions", type=int, default=8, help="Spark analysis partitions")
    parser.add_argument("--skip-ingest", action="store_true", help="time the Spark runs only")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval-corpus", help="eval-corpus folder")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="veille-bench-spark-"))
    try:
        warc = str(tmp / "news.warc.gz")
        n = write_warc(warc, ((f"https://bench.example/{i}", page(t), "text/html; charset=utf-8")
                              for i, t in enumerate(texts(args.limit, args.corpus))))
        print(f"{n} pages in {warc}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at start")
        results: dict[str, tuple[int, float]] = {}
        print(f"{'mode':24} {'articles':>8} {'seconds':>8} {'articles/s':>10}", flush=True)

        def report(name: str, count: int, seconds: float) -> None:
            results[name] = (count, seconds)
            print(f"{name:24} {count:8d} {seconds:8.1f} {count / seconds:10.2f}", flush=True)

        # Most telling first, so a run cut short still says something.
        if not args.skip_ingest:
            count, seconds = run_ingest(warc, 2, tmp)
            report("ingest --workers 2", count, seconds)
        for cores in (2, 1):
            count, seconds, detail = run_spark(warc, cores, args.partitions, tmp)
            report(f"spark local[{cores}]", count, seconds)
            print(f"  ({detail})", flush=True)
        if not args.skip_ingest:
            count, seconds = run_ingest(warc, 1, tmp)
            report("ingest --workers 1", count, seconds)
        rate = {k: c / s for k, (c, s) in results.items()}
        print(f"Spark scaling local[1] → local[2]: {rate['spark local[2]'] / rate['spark local[1]']:.2f}x (goal ≥ 1.8x)")
        if not args.skip_ingest:
            overhead = results["spark local[2]"][1] / results["ingest --workers 2"][1] - 1
            print(f"Spark local[2] overhead over ingest --workers 2: {overhead:+.0%} of wall time (goal < 25%)")
            print(f"ingest scaling 1 → 2 workers: {rate['ingest --workers 2'] / rate['ingest --workers 1']:.2f}x")
        print(f"load average {os.getloadavg()[0]:.1f} at end")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
