"""Ingest throughput: ``analyze`` alone vs ``ingest`` into a fresh SQLite DB, and 2 workers vs 1.

    python bench/ingest.py [PATH...] [--limit N] [--workers N] [--repeat R]

With no PATH it reads French and English Wikinews texts from ../shared/eval-corpus
(examples/ when ../shared is absent). Every mode reads the same files from disk;
models are loaded before timing. Wall time depends on what else runs on the machine,
so CPU seconds are printed too (workers' CPU included) and the load average with them.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.ingest import Failure, read_paths  # noqa: E402
from veille.ingest.runner import ingest  # noqa: E402
from veille.nlp import analyze  # noqa: E402
from veille.store import open_store  # noqa: E402


def default_paths(limit: int) -> list[str]:
    """Wikinews texts of ../shared/eval-corpus (examples/ repeats some of them), else examples/."""
    from corpus import text_entries

    paths: list[str] = []
    per_lang: dict[str, int] = {}
    for path, lang in text_entries(polnear=False):
        if per_lang.get(lang, 0) < limit // 2:
            per_lang[lang] = per_lang.get(lang, 0) + 1
            paths.append(str(path))
    return paths or sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))


def cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn) -> tuple[int, float, float]:
    c0, t0 = cpu(), time.perf_counter()
    n = fn()
    return n, time.perf_counter() - t0, cpu() - c0


def run_analyze(paths) -> int:
    return sum(1 for _ in analyze(a for a in read_paths(paths) if not isinstance(a, Failure)))


def run_ingest(paths, workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        summary = ingest(read_paths(paths), store, workers=workers)
        return summary.new + summary.replaced + summary.duplicates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--limit", type=int, default=80, help="eval-corpus articles to read (half French, half English)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2, help="best of R runs per mode")
    args = parser.parse_args()
    paths = args.paths or default_paths(args.limit)
    run_analyze(paths)  # load the models and fill spaCy's vocabulary before any timing

    def best(fn):
        runs = [timed(fn) for _ in range(args.repeat)]
        return min(runs, key=lambda r: r[1])

    results = {
        "analyze": best(lambda: run_analyze(paths)),
        "ingest --workers 1": best(lambda: run_ingest(paths, 1)),
        f"ingest --workers {args.workers}": best(lambda: run_ingest(paths, args.workers)),
    }
    print(f"{len(paths)} files; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'mode':<22} {'articles':>8} {'wall s':>8} {'art/s':>8} {'CPU s':>8} {'art/CPU s':>10}")
    for name, (n, wall, cpu_s) in results.items():
        print(f"{name:<22} {n:>8} {wall:>8.2f} {n / wall:>8.2f} {cpu_s:>8.2f} {n / cpu_s:>10.2f}")
    a, i1, i2 = results.values()
    print(f"storage cost (ingest 1 worker vs analyze): wall {i1[1] / a[1] - 1:+.1%}, CPU {i1[2] / a[2] - 1:+.1%}")
    print(f"speed-up with {args.workers} workers: {(i2[0] / i2[1]) / (i1[0] / i1[1]):.2f}x (wall)")


if __name__ == "__main__":
    main()
