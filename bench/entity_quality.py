"""Entity quality checks that need no gold labels beyond dev-gold's entity lists.

1. Junk entities on the raw HTML pages of ../shared/eval-corpus/html-* (weekday and month names,
   web addresses, lower-case phrases, all-capital banners), and the share of events with a
   location whose place has coordinates.
2. Split people on ../shared/dev-gold: for each gold person of an article, how many veille
   entities carry one of its aliases (a split is more than one). Reported for the first two
   thirds of each language's articles (alphabetically) and for the last third apart.

Usage: python bench/entity_quality.py [--pages] [--splits] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.entities.normalize import fold  # noqa: E402
try:
    from veille.kb.names import is_described as described  # noqa: E402
except ImportError:  # older veille: described actors were not told apart
    def described(entity) -> bool:
        return False
from veille.ingest.html import article_from_html  # noqa: E402
from veille.model import Article  # noqa: E402
from veille.nlp import analyze_one  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CALENDAR = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split())
WEB = re.compile(r"(?i)(https?://|www\.|^@\w|\.(com|org|net|fr|co)\b)")


def junk_reason(entity) -> str | None:
    """Why an entity is junk, or None. KB entities are names by definition; generic actors are
    named by common nouns on purpose, and so are the described speakers of the quotes stage
    ("a senior official"), which the store marks generic."""
    if getattr(entity, "generic", False) or entity.kb_id or entity.id.startswith("actor:") or described(entity):
        return None
    texts = [entity.name] + [m.text for m in entity.mentions]
    for text in texts:
        words = fold(text).split()
        if words and all(w in CALENDAR or w.isdigit() for w in words):
            return "calendar"
        if WEB.search(text):
            return "web"
    cased = [w for w in entity.name.split() if any(ch.isalpha() for ch in w)]
    if cased and not any(ch.isupper() for ch in entity.name if ch.isalpha()):
        return "lower-case"
    if len(cased) >= 2 and all(w.isupper() for w in cased):
        return "banner"
    return None


def html_pages() -> list[Path]:
    pages = []
    for line in (SHARED / "eval-corpus" / "index.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["source"].startswith("html-"):
            pages.append(SHARED / "eval-corpus" / row["path"])
    return pages


def check_pages(limit: int | None) -> None:
    junk: list[tuple[str, str, str]] = []
    located = with_coords = articles = 0
    for path in html_pages()[:limit]:
        try:
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            article = article_from_html(data, source=str(path))
            analysis = analyze_one(article)
        except Exception as exc:  # a page veille cannot read is reported, not fatal
            print(f"skip {path.name}: {type(exc).__name__}", file=sys.stderr)
            continue
        articles += 1
        by_id = {e.id: e for e in analysis.entities}
        for e in analysis.entities:
            reason = junk_reason(e)
            if reason:
                junk.append((path.name, reason, f"{e.id} {e.name!r}"))
        for ev in analysis.events:
            if ev.location:
                located += 1
                place = by_id.get(ev.location)
                with_coords += bool(place is not None and place.lat is not None)
    for name, reason, text in junk:
        print(f"  junk {reason:10} {text:50} {name[:24]}")
    share = with_coords / located if located else 0.0
    print(f"pages: {articles} articles, junk entities {len(junk)}, events with a location {located}, "
          f"with coordinates {with_coords} ({share:.0%})")


def splits(lang: str) -> tuple[list[str], list[str]]:
    """(first two thirds, last third) of split reports for one language."""
    files = sorted((SHARED / "dev-gold" / lang).glob("*.json"))
    cut = len(files) * 2 // 3
    out: tuple[list[str], list[str]] = ([], [])
    for n, path in enumerate(files):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        lines = text.splitlines()
        article = Article.from_text(text, title=lines[0] if lines else None, language=lang,
                                    published=gold.get("published") or None)
        entities = analyze_one(article).entities
        for person in (g for g in gold["entities"] if g["type"] == "PERSON"):
            aliases = {fold(a) for a in person["aliases"] + [person["canonical"]]}
            hit = {e.id for e in entities for m in [e.name, *(x.text for x in e.mentions)] if fold(m) in aliases}
            if len(hit) > 1:
                out[n >= cut].append(f"{path.stem}: {person['canonical']} → {sorted(hit)}")
    return out


def check_splits() -> None:
    for lang in ("fr", "en"):
        dev, held = splits(lang)
        for line in dev:  # the held-out slice is only counted, never shown
            print("  split", line)
        print(f"splits[{lang}]: dev slice {len(dev)}, held-out slice {len(held)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true")
    parser.add_argument("--splits", action="store_true")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if args.pages or not args.splits:
        check_pages(args.limit)
    if args.splits or not args.pages:
        check_splits()


if __name__ == "__main__":
    main()
