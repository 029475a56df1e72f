"""The benchmark corpus: French and English plain-text articles listed in ../shared/eval-corpus."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_CORPUS = ROOT.parent / "shared" / "eval-corpus"


def text_entries(corpus: Path = EVAL_CORPUS, polnear: bool = True) -> list[tuple[Path, str]]:
    """(path, language) of the corpus's French and English .txt articles, in index order; [] when absent."""
    index = corpus / "index.jsonl"
    if not index.exists():
        return []
    paths = []
    for line in index.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["lang"] in ("fr", "en") and row["path"].endswith(".txt"):
            if polnear or "polnear" not in row["source"]:
                paths.append((corpus / row["path"], row["lang"]))
    return paths


def text_paths(corpus: Path = EVAL_CORPUS, polnear: bool = True) -> list[Path]:
    return [path for path, _lang in text_entries(corpus, polnear)]
