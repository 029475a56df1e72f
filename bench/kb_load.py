"""Knowledge-base load time against reading its data files alone, in one process.

usage: python bench/kb_load.py [--repeat N]

Prints the time to build the KB (parsing plus indexing every name) and the time to parse the same
YAML and JSON files without indexing, and their ratio: what the index costs on top of the files.
"""

from __future__ import annotations

import argparse
import json
import time

from veille.kb.loader import DATA, build_kb, read_yaml


def parse_only() -> None:
    for path in sorted(DATA.glob("*.yaml")):
        read_yaml(path)
    json.loads((DATA / "countries.json").read_text(encoding="utf-8"))


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    build_kb()  # warm imports and the YAML parser
    files = best_of(parse_only, args.repeat)
    kb = best_of(build_kb, args.repeat)
    print(f"parse data files : {files * 1000:8.1f} ms")
    print(f"build the KB     : {kb * 1000:8.1f} ms")
    print(f"ratio KB/files   : {kb / files:8.2f}")


if __name__ == "__main__":
    main()
