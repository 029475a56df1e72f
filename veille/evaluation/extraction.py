"""HTML main-text extraction scored against reference bodies (``veille eval extraction``).

Three benchmark sets in ``eval-corpus/``: Mozilla Readability's test pages (reference =
expected.html as text), Zyte's article-extraction benchmark (reference = articleBody),
scored by bag-of-tokens precision/recall/F1; and trafilatura's pages, scored by the
share of "with" snippets found and "without" snippets absent. The body compared is
the extracted article text without the title paragraph veille puts first.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..ingest.html import article_from_html, html_to_text

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def token_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of predicted text against a reference."""
    p, r = tokens(predicted), tokens(reference)
    overlap = sum((p & r).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(r.values()) if r else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def extracted(data: bytes, source: str) -> tuple[str, str | None, str | None]:
    """(body, title, ISO date) veille extracts from a page (body '' when it finds none)."""
    try:
        article = article_from_html(data, source)
    except InputError:
        return "", None, None
    text = article.text
    if article.title and text.startswith(article.title + "\n\n"):
        text = text[len(article.title) + 2 :]
    return text, article.title, article.published.isoformat() if article.published else None


def extracted_body(data: bytes, source: str) -> str:
    return extracted(data, source)[0]


@dataclass
class SetScore:
    name: str
    pages: int = 0
    empty: int = 0
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    snippets_ok: int = 0
    snippets: int = 0
    titles_ok: int = 0
    titles: int = 0
    dates_ok: int = 0
    dates: int = 0

    def row(self) -> dict:
        mean = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
        return {"set": self.name, "pages": self.pages, "no_text": self.empty, "precision": mean(self.precision),
                "recall": mean(self.recall), "f1": mean(self.f1),
                "snippet_accuracy": round(self.snippets_ok / self.snippets, 3) if self.snippets else None,
                "title_accuracy": round(self.titles_ok / self.titles, 3) if self.titles else None,
                "date_accuracy": round(self.dates_ok / self.dates, 3) if self.dates else None}


def _readability(root: Path) -> Iterator[tuple[str, bytes, str, dict]]:
    for page in sorted((root / "html-readability").glob("*/source.html")):
        expected = (page.parent / "expected.html").read_text(encoding="utf-8")
        meta_path = page.parent / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        yield str(page), page.read_bytes(), html_to_text(expected), meta


def _scrapinghub(root: Path) -> Iterator[tuple[str, bytes, str, dict]]:
    base = root / "html-scrapinghub"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    for key, record in sorted(truth.items()):
        path = base / "html" / f"{key}.html.gz"
        if path.exists():
            yield str(path), gzip.decompress(path.read_bytes()), record.get("articleBody") or "", record


def evaluate(root: str | Path) -> list[dict]:
    """Scores per benchmark set found under ``root`` (the eval-corpus folder)."""
    root = Path(root)
    results = []
    for name, pages in (("html-readability", _readability), ("html-scrapinghub", _scrapinghub)):
        if not (root / name).is_dir():
            continue
        score = SetScore(name)
        for source, data, reference, meta in pages(root):
            body, title, published = extracted(data, source)
            if meta.get("title"):
                score.titles += 1
                score.titles_ok += " ".join((title or "").split()) == " ".join(meta["title"].split())
            if meta.get("publishedTime"):
                score.dates += 1
                score.dates_ok += published == meta["publishedTime"][:10]
            score.pages += 1
            score.empty += not body
            p, r, f = token_prf(body, reference)
            score.precision.append(p)
            score.recall.append(r)
            score.f1.append(f)
        results.append(score.row())
    base = root / "html-trafilatura"
    if base.is_dir():
        score = SetScore("html-trafilatura")
        gold = json.loads((base / "evaldata_subset.json").read_text(encoding="utf-8"))
        for file_name, record in sorted(gold.items()):
            path = base / "html" / file_name
            if not path.exists() or not (record.get("with") or record.get("without")):
                continue
            body = extracted_body(path.read_bytes(), str(path))
            score.pages += 1
            score.empty += not body
            folded = " ".join(body.split())
            for snippet in record.get("with") or []:
                score.snippets += 1
                score.snippets_ok += " ".join(snippet.split()) in folded
            for snippet in record.get("without") or []:
                score.snippets += 1
                score.snippets_ok += " ".join(snippet.split()) not in folded
        results.append(score.row())
    return results
