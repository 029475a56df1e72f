"""Builds the gold JSON files of this folder from annotations.yaml and the Wikinews texts.

    python gold/quotes-fr/build.py [WIKINEWS_DIR]

WIKINEWS_DIR defaults to ../shared/eval-corpus/wikinews-fr-winer next to the repository.
Each quote's content is located by exact search (in order, after the previous quote, or
after the ``after`` words when given); its speaker mention is the occurrence nearest the
content. Stops with a message when a string is not in the text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def pattern(needle: str) -> re.Pattern[str]:
    # Spaces in the annotation match any run of spaces in the text (thin and non-breaking ones too).
    return re.compile(r"\s+".join(re.escape(part) for part in needle.split()))


def locate(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    m = pattern(needle).search(text, start) or pattern(needle).search(text)
    if m is None:
        sys.exit(f"not found: {needle[:60]!r}")
    return m.start(), m.end()


def nearest(text: str, needle: str, start: int, end: int) -> tuple[int, int]:
    """Occurrence of ``needle`` as a whole word closest to [start, end), outside it."""
    best = None
    for m in pattern(needle).finditer(text):
        i, j = m.start(), m.end()
        whole = (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum())
        if whole:
            # An attribution inside the content ("…, selon X, …") is taken only when none is outside.
            d = start - j if j <= start else i - end if i >= end else 10**6
            if best is None or d < best[0]:
                best = (d, i, j)
    if best is None:
        sys.exit(f"speaker not found: {needle!r}")
    return best[1], best[2]


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "eval-corpus" / "wikinews-fr-winer"
    rows = yaml.safe_load((HERE / "annotations.yaml").read_text(encoding="utf-8"))
    for row in rows:
        text = (root / row["path"]).read_text(encoding="utf-8")
        pos, quotes = 0, []
        for q in row["quotes"]:
            from_ = locate(text, q["after"])[0] if q.get("after") else pos
            start, end = locate(text, q["q"], from_)
            s, s_end = nearest(text, q["s"], start, end)
            quotes.append({
                "start": start, "end": end, "text": text[start:end], "kind": q["kind"],
                "speaker_start": s, "speaker_end": s_end, "speaker_text": text[s:s_end],
                "reference": q["ref"],
            })
            pos = start
        doc_id = Path(row["path"]).stem
        y, m, d = doc_id.split("-")[0].split("_")  # files are named YYYY_MM_DD-NNN
        out = {"id": doc_id, "source": "fr.wikinews.org (WiNER-fr)", "path": row["path"], "language": "fr",
               "published": f"{y}-{m}-{d}", "text": text, "quotes": quotes}
        (HERE / f"{doc_id}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} articles, {sum(len(r['quotes']) for r in rows)} quotes")


if __name__ == "__main__":
    main()
