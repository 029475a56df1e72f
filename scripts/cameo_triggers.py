"""Build veille/lang/en/events_cameo.jsonl from the CAMEO verb dictionary and the CAMEO→PLOVER table.

Run from the repository root with ../shared present:

    python scripts/cameo_triggers.py

Each CAMEO verb block gives its verbs a default code; simple patterns ``- * WORD [code]`` and
``- * (PREP WORD) [code]`` add an object or prepositional cue. Codes go through the 2021
CAMEO→PLOVER table; CAMEO 01 and 02 (statements, appeals) have no PLOVER event and are dropped.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
CAMEO = SHARED / "data" / "phoenix-cameo" / "CAMEO.2.0.txt"
MAPPING = ROOT / "veille" / "events" / "data" / "cameo2plover.txt"
OUT = ROOT / "veille" / "lang" / "en" / "events_cameo.jsonl"

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
WORD = re.compile(r"^[A-Z]+$")


def load_mapping() -> dict[str, tuple[str, str | None]]:
    table = {}
    for line in MAPPING.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            mode = m.group(3).strip() or None
            table[m.group(1)] = (m.group(2), mode)
    return table


def plover(code: str, table) -> tuple[str, str | None] | None:
    code = next((c for c in code.split(":") if c.strip()), "").strip()
    if not code or code == "---" or code.startswith(("01", "02")):
        return None
    while code and code not in table:
        code = code[:-1]  # a 4-digit code without its own row takes its 3-digit parent
    return table.get(code)


def main() -> int:
    table = load_mapping()
    records: dict[tuple, dict] = {}
    verbs: list[str] = []
    block_code = None
    started = False
    for raw in CAMEO.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            started = True
            continue
        if not started or not line.strip():
            continue
        head = HEADER.match(line)
        if head:
            verbs, block_code = [], head.group(2)
            continue
        pat = PATTERN.match(line)
        if pat:
            body, code = pat.group(1), pat.group(2)
            mapped = plover(code, table)
            if not mapped or not body.startswith("*"):
                continue
            rest = body[1:].strip()
            m1 = re.fullmatch(r"([A-Z]+)", rest)
            m2 = re.fullmatch(r"\(([A-Z]+) ([A-Z]+)\)", rest)
            m3 = re.fullmatch(r"\(([A-Z]+)\)", rest)
            for verb in verbs:
                if m1:
                    key = (verb, "obj", m1.group(1).lower())
                elif m2:
                    key = (verb, "prep", f"{m2.group(1).lower()} {m2.group(2).lower()}")
                elif m3:
                    key = (verb, "prep", m3.group(1).lower())
                else:
                    continue
                rec = {"lemma": verb, "pos": "VERB", key[1]: key[2],
                       "type": mapped[0], "mode": mapped[1], "cameo": code}
                records.setdefault(key, rec)
            continue
        word = line.strip().split()[0]
        if word.startswith(("+", "&", "{")) or not WORD.match(word):
            continue
        verbs.append(word.lower())
        mapped = plover(block_code or "---", table)
        if mapped:
            key = (word.lower(), None, None)
            records.setdefault(key, {"lemma": word.lower(), "pos": "VERB", "type": mapped[0],
                                     "mode": mapped[1], "cameo": block_code})
    # A cue that codes like its verb's default adds nothing: keep only the ones that change the event.
    defaults = {k[0]: (r["type"], r["mode"]) for k, r in records.items() if k[1] is None}
    records = {k: r for k, r in records.items()
               if k[1] is None or defaults.get(k[0]) != (r["type"], r["mode"])}
    rows = sorted(records.values(), key=lambda r: (r["lemma"], r.get("obj", ""), r.get("prep", "")))
    # One record per line, so the file diffs and greps well.
    lines = [json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) for r in rows]
    OUT.with_suffix(".jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} records -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
