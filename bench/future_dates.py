"""Events dated after their article: a check over the HTML pages of ../shared/eval-corpus (html-*).

News reports what happened; an event dated after the article that reports it is either announced as
planned ("the election will be held on…") or a wrong date. The script reads every HTML page the corpus
index lists (the page's own date, else the index's), analyses it and counts the events whose date falls
after the publication date, split by whether their sentence announces them as planned (the language's
planned cues, ``veille/lang/<code>/dates.py``). With ``--verbose`` each one is printed with its sentence.

usage: python bench/future_dates.py [--corpus DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from veille.events.dates import date_words, is_planned
from veille.ingest import Failure, read_paths
from veille.nlp import analyze

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "eval-corpus"


def html_articles(corpus: Path):
    """The index's html-* pages as articles, with the index's date when the page carries none."""
    for line in (corpus / "index.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row["source"].startswith("html-"):
            continue
        for item in read_paths([str(corpus / row["path"])]):
            if isinstance(item, Failure):
                print(f"skipped {row['id']}: {item.reason}", file=sys.stderr)
                continue
            if item.published is None and row.get("date"):
                item = item.model_copy(update={"published": dt.date.fromisoformat(row["date"][:10])})
            yield item


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    pages = dated = events = with_date = future = planned = 0
    for analysis in analyze(html_articles(args.corpus)):
        a = analysis.article
        pages += 1
        dated += a.published is not None
        for event in analysis.events:
            events += 1
            with_date += event.date is not None
            if event.date is None or a.published is None or event.date <= a.published:
                continue
            future += 1
            sentence = a.text[event.sentence.start:event.sentence.end]
            words = date_words(a.language or "")
            announced = words is not None and is_planned(sentence, words)
            planned += announced
            if args.verbose:
                mark = "planned" if announced else "NOT PLANNED"
                print(f"{a.source}: {a.published} → {event.date} [{mark}] {event.type} «{event.trigger.text}»: "
                      f"{' '.join(sentence.split())[:200]}")
    print(f"pages {pages} (with a publication date: {dated}), events {events}, dated {with_date}")
    print(f"dated after their article: {future} (announced as planned: {planned}, not announced: {future - planned})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
