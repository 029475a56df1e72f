"""Build gold/events-fr/ from the hand annotations and the Wikinews texts in ../shared.

    python scripts/build_events_gold.py [gold/events-fr-heldout | gold/events-en-heldout]

``annotations.jsonl`` holds one event per line as annotated by reading each article: document,
PLOVER type and mode, source and target actors as written in the text, the trigger word and which
occurrence of it (0-based, default 0) is meant. This script copies each article's text, checks that
every actor and trigger occurs in it, and writes ``documents.jsonl`` and ``events.jsonl`` with the
trigger's character offset.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
CORPUS = SHARED / "eval-corpus"
GOLD = ROOT / "gold" / "events-fr"
if len(sys.argv) > 1:
    GOLD = (Path.cwd() / sys.argv[1]).resolve()


def main() -> int:
    index = {}
    for line in (CORPUS / "index.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["source"] in ("wikinews-fr-winer", "gum-wikinews-en"):  # Wikinews texts, CC BY 2.5
            index[Path(row["path"]).stem] = row
    notes = [json.loads(l) for l in (GOLD / "annotations.jsonl").read_text("utf-8").splitlines() if l.strip()]
    (GOLD / "texts").mkdir(exist_ok=True)
    docs, events, errors = {}, [], []
    for note in notes:
        doc = note["doc"]
        row = index[doc]
        if doc not in docs:
            text = (CORPUS / row["path"]).read_text(encoding="utf-8")
            (GOLD / "texts" / f"{doc}.txt").write_text(text, encoding="utf-8")
            docs[doc] = {"id": doc, "lang": row["lang"], "published": row["date"], "title": row["title"],
                         "url": row["url"], "licence": "CC BY 2.5 (Wikinews)"}
        text = (GOLD / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        start, n = -1, note.get("occurrence", 0)
        for _ in range(n + 1):
            start = text.find(note["trigger"], start + 1)
        if start < 0:
            errors.append(f"{doc}: trigger {note['trigger']!r} #{n} not found")
            continue
        for actor in note["source"] + note["target"]:
            if actor.lower() not in text.lower():
                errors.append(f"{doc}: actor {actor!r} not found")
        event = {k: note[k] for k in ("doc", "type", "mode", "source", "target", "trigger")}
        event["trigger_start"] = start
        events.append(event)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    (GOLD / "documents.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs.values()), encoding="utf-8")
    (GOLD / "events.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    print(f"{len(docs)} documents, {len(events)} events -> {GOLD}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
