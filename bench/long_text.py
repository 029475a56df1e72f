"""Time and peak memory of one long article against bare spaCy on the same pieces.

    python bench/long_text.py [--lang fr] [--sizes 250000,1000000,5000000] [--profile]

The text is made of real paragraphs (the corpus's Wikinews articles of that language, in
index order, repeated when the corpus is shorter) joined by blank lines up to each size.
Each measurement runs in a fresh process so its peak RSS is its own. Prints seconds and
peak RSS of bare spaCy (``nlp.pipe`` over the same paragraph pieces veille parses) and of
veille's ``analyze`` on the whole text, then the ratios veille/spaCy; the last column,
seconds per million characters, stays flat when time grows linearly with the text.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

from corpus import text_entries

HERE = Path(__file__).resolve().parent


def paragraphs(lang: str) -> list[str]:
    out = []
    for path, code in text_entries(polnear=False):
        if code != lang or not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        out.extend(p.strip() for p in text.split("\n") if len(p.strip()) > 40)
    if not out:
        sys.exit("no corpus paragraphs found for %r (../shared/eval-corpus is needed)" % lang)
    return out


def long_text(lang: str, size: int) -> str:
    paras = paragraphs(lang)
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        para = paras[i % len(paras)]
        parts.append(para)
        total += len(para) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(mode: str, lang: str, size: int, profile: str | None) -> dict:
    from veille.model import Article
    from veille.nlp import analyze, build_nlp
    from veille.nlp.pipeline import load_spacy, pieces

    text = long_text(lang, size)
    nlp = load_spacy(lang) if mode == "spacy" else build_nlp(lang)
    nlp.max_length = len(text) + 1
    if mode == "spacy":
        # Warm-up on a short text, as veille's build is warmed below.
        list(nlp.pipe(["Un texte court."]))
        work = lambda: sum(len(d) for d in nlp.pipe(pieces(text), batch_size=1))  # noqa: E731
    else:
        next(analyze([Article(id="warm", text="Un texte court.", language=lang)]))
        article = Article(id="long", text=text, language=lang)
        work = lambda: next(analyze([article]))  # noqa: E731
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    result = work()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - start
    out = {"mode": mode, "size": size, "seconds": seconds, "rss_mib": peak_rss_mib()}
    if mode == "veille":
        out.update(entities=len(result.entities), quotes=len(result.quotes), events=len(result.events))
    if profiler:
        profiler.dump_stats(profile)
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
    return out


def child(mode: str, lang: str, size: int, profile: str | None) -> dict:
    cmd = [sys.executable, str(Path(__file__)), "--child", mode, "--lang", lang, "--sizes", str(size)]
    if profile:
        cmd += ["--profile", str(Path(profile).resolve())]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, cwd=HERE, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--sizes", default="250000,1000000,5000000")
    parser.add_argument("--only", choices=["spacy", "veille"])
    parser.add_argument("--profile", metavar="FILE", help="cProfile veille's run: top functions to stderr, stats to FILE")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.child:
        print(json.dumps(measure(args.child, args.lang, sizes[0], args.profile)))
        return
    modes = [args.only] if args.only else ["spacy", "veille"]
    print(f"{'chars':>9} {'mode':>7} {'seconds':>8} {'peak MiB':>9} {'s/Mchar':>8}  records")
    for size in sizes:
        rows = {m: child(m, args.lang, size, args.profile if m == "veille" else None) for m in modes}
        for mode, row in rows.items():
            records = (f"{row['entities']} entities, {row['quotes']} quotes, {row['events']} events"
                       if mode == "veille" else "")
            print(f"{size:>9} {mode:>7} {row['seconds']:>8.1f} {row['rss_mib']:>9.0f} "
                  f"{row['seconds'] / size * 1e6:>8.1f}  {records}", flush=True)
        if len(rows) == 2:
            s, v = rows["spacy"], rows["veille"]
            print(f"{size:>9} {'ratio':>7} {v['seconds'] / s['seconds']:>8.2f} "
                  f"{v['rss_mib'] / s['rss_mib']:>9.2f}", flush=True)


if __name__ == "__main__":
    main()
