"""Throughput of ``veille analyze`` against the bare spaCy pipelines it uses, in one process.

    python bench/throughput.py [--limit N] [--repeat R]

Articles: the bundled examples plus, when ../shared is present, French and English
Wikinews articles from its eval corpus. Prints articles/second of bare spaCy and of
veille (language id, every veille stage and the output records), their ratio, and the
share of veille's time each of its own components takes.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from itertools import zip_longest
from pathlib import Path

import spacy

from corpus import text_paths
from veille.ingest import Failure, read_paths
from veille.model import Article
from veille.nlp import analyze, build_nlp
from veille.nlp.pipeline import VEILLE_COMPONENTS, load_spacy, resolve_language
from veille.nlp.registry import pipeline_name

ROOT = Path(__file__).resolve().parent.parent


def load_articles(limit: int) -> list[Article]:
    paths = [str(ROOT / "examples")] + [str(p) for p in text_paths()]
    articles = [a for a in read_paths(paths) if not isinstance(a, Failure)]
    # Interleave languages so a limit keeps both French and English.
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_lang[resolve_language(a, None).language].append(a)
    mixed = [a for group in zip_longest(*by_lang.values()) for a in group if a is not None]
    return mixed[:limit]


def run_spacy(models: dict[str, spacy.Language], groups: dict[str, list[str]]) -> float:
    start = time.perf_counter()
    for lang, texts in groups.items():
        for _ in models[lang].pipe(texts, batch_size=16):
            pass
    return time.perf_counter() - start


def run_veille(articles: list[Article]) -> float:
    start = time.perf_counter()
    for analysis in analyze(articles):
        json.dumps(analysis.to_record())
    return time.perf_counter() - start


def stage_shares(articles: list[Article]) -> dict[str, float]:
    """Seconds spent in each veille component, run one doc at a time."""
    spent: dict[str, float] = defaultdict(float)
    for article in articles:
        nlp = build_nlp(article.language)
        doc = nlp.make_doc(article.text)
        doc._.published = article.published.isoformat() if article.published else None
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to use")
    parser.add_argument("--repeat", type=int, default=2, help="timed rounds; the best is kept")
    args = parser.parse_args()

    articles = [resolve_language(a, None) for a in load_articles(args.limit)]
    groups: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        groups[a.language].append(a.text)
    models = {lang: load_spacy(lang) for lang in groups}
    for lang in groups:  # load veille's pipelines before timing; warm both
        build_nlp(lang)
    run_spacy(models, {k: v[:5] for k, v in groups.items()})
    run_veille(articles[:5])

    spacy_s, veille_s = [], []
    for _ in range(args.repeat):
        spacy_s.append(run_spacy(models, groups))
        veille_s.append(run_veille(articles))
    n = len(articles)
    chars = sum(len(a.text) for a in articles)
    spacy_rate, veille_rate = n / min(spacy_s), n / min(veille_s)
    langs = ", ".join(f"{k}: {len(v)} ({pipeline_name(k) or 'blank'})" for k, v in groups.items())
    print(f"articles: {n} ({chars:,} characters; {langs})")
    print(f"bare spaCy : {spacy_rate:8.2f} articles/s")
    print(f"veille     : {veille_rate:8.2f} articles/s")
    print(f"ratio veille/spaCy: {veille_rate / spacy_rate:.3f}  (budget: >= 0.8)")
    spent = stage_shares(articles)
    total = sum(spent.values())
    own = {k: v for k, v in spent.items() if k in VEILLE_COMPONENTS}
    print("share of veille pipeline time per veille component:")
    for name, secs in own.items():
        print(f"  {name:16s} {100 * secs / total:6.2f}%")


if __name__ == "__main__":
    main()
