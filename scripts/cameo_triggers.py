"""Build veille/lang/en/events_cameo.jsonl from the CAMEO verb dictionary and the CAMEO→PLOVER table.

Run from the repository root with ../shared present:

    python scripts/cameo_triggers.py

How the dictionary is read:

- A verb block ``--- VERB [code] ---`` lists synonyms; a synonym with its own ``[code]`` keeps it
  (``BEAT [182]``, ``HOLD [---]``), the others take the block's. Phrasal entries ``+CALL_OFF`` are
  the verb with its particle as a condition.
- A pattern ``- * WORDS (PREP WORDS) [code]  # VERB`` is the verb with its object and/or
  prepositional complement. The comment names the verb the pattern was written for (the file's
  header says so); the pattern applies to that verb only, not to every synonym of the block ("break
  the deadlock" is an agreement, "beat the deadlock" nothing); when it names only verbs of another
  block, to none. Without such a comment it applies to the whole block. Synonym sets (``&WEAPON``) expand to their members; objects are lemmatised the
  way the parser lemmatises them ("houses" → "house").
- Codes go through the 2021 CAMEO→PLOVER table. CAMEO 02 (appeals) is REQUEST, which PLOVER
  defines as "all requests, demands, and orders". A pattern coded ``---`` or CAMEO 01 (statements:
  no PLOVER event) becomes a blocking record (no type) when its verb otherwise has an event:
  "seized the opportunity" is no seizure.
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
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$")
ENTRY = re.compile(r"^(\+?[A-Z][A-Z_\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*(\{[^}]*\})?")
CODE = re.compile(r"\[([^\]]*)\]")
# Particles of phrasal verbs: read as a prepositional condition on the verb ("called off").
PARTICLES = set("up off down out in away back over on at for forward after about around along through".split())
NO_EVENT = "-"  # a pattern or entry that codes nothing
# Codes whose row in the 2021 table contradicts the manual's own definitions: CONCEDE covers
# "easing of administrative or legal restrictions, removing curfews" ("the lifting of a curfew").
MANUAL = {"0813": ("CONCEDE", None), "0814": ("CONCEDE", None)}


def load_mapping() -> dict[str, tuple[str, str | None]]:
    table = {}
    for line in MAPPING.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            mode = m.group(3).strip() or None
            table[m.group(1)] = (m.group(2), mode)
    return table


def plover(code: str, table) -> tuple[str, str | None] | str | None:
    """(type, mode); NO_EVENT for ``---`` and the statement/appeal codes; None when unknown."""
    code = next((c for c in code.split(":") if c.strip()), "").strip()
    if not code or code.startswith("---"):
        return NO_EVENT
    if code.startswith("01"):
        return NO_EVENT
    if code.startswith("02"):
        # PLOVER drops CAMEO's APPEAL category but defines REQUEST as "all requests, demands, and orders".
        return ("REQUEST", None)
    if code in MANUAL:
        return MANUAL[code]
    while code and code not in table:
        code = code[:-1]  # a 4-digit code without its own row takes its 3-digit parent
    return table.get(code)


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` → member phrases (lower case, words separated by spaces)."""
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if "VERB PATTERNS" in raw:
            break
        if line.startswith("&"):
            current = line.split()[0]
            sets[current] = []
        elif line.startswith("+") and current:
            word = line.split()[0][1:].strip("_").replace("_", " ").lower()
            if word:
                sets[current].append(word)
        elif not line:
            current = None
    return sets


def _inflections(word: str) -> set[str]:
    w = word.upper()
    forms = {w, w + "S", w + "ES", w + "ED", w + "D", w + "ING"}
    if w.endswith("E"):
        forms |= {w[:-1] + "ING"}
    if w.endswith("Y"):
        forms |= {w[:-1] + "IES", w[:-1] + "IED"}
    if len(w) > 2 and w[-1] not in "AEIOUWXY" and w[-2] in "AEIOU":
        forms |= {w + w[-1] + "ED", w + w[-1] + "ING"}  # "stopped", "stopping"
    return forms


def entry_key(word: str) -> tuple[str, str | None, str | None] | None:
    """(lemma, condition kind, condition) of a block entry; None when veille cannot match it."""
    parts = word.lstrip("+").lower().split("_")
    if any(not p or "-" in p for p in parts) or parts[0] == "re":
        return None
    if len(parts) == 1:
        return parts[0], None, None
    if len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0], "prep", parts[1]
    if len(parts) == 2 and parts[1] not in ("and", "by", "to", "of", "not"):
        return parts[0], "obj", parts[1]
    return None


def main() -> int:
    import spacy

    from veille.lang.en import PIPELINE
    from veille.lang.en.events import TRIGGERS

    table = load_mapping()
    lines = CAMEO.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    blocks: list[dict] = []
    block = None
    started = False
    for raw in lines:
        if "VERB PATTERNS" in raw:
            started = True
            continue
        if not started:
            continue
        line = raw.rstrip()
        head = HEADER.match(line)
        if head:
            block = {"code": head.group(2), "entries": {}, "forms": {}, "patterns": []}
            blocks.append(block)
            continue
        if block is None or not line.strip() or line.startswith(("#", "~")):
            continue
        pat = PATTERN.match(line)
        if pat:
            block["patterns"].append((pat.group(1), pat.group(2), pat.group(3) or ""))
            continue
        if line.startswith("-"):
            continue
        body = line.split("#", 1)[0]
        m = ENTRY.match(body.strip())
        if not m or body.strip().startswith(("&", "{")):
            continue
        word = m.group(1).lstrip("+")
        code = CODE.search(body)
        block["entries"][word] = code.group(1) if code else None
        forms = set()
        for brace in (m.group(2), m.group(4)):
            if brace:
                forms |= {f.lstrip("+") for f in brace.strip("{}").split()}
        parts = word.split("_")
        forms |= {"_".join([f] + parts[1:]) for f in _inflections(parts[0])}
        for form in forms | {word}:
            block["forms"].setdefault(form.upper(), word)

    # Objects are matched on the parser's lemma: lemmatise every object word the same way.
    nouns: set[str] = set()
    raw_records: list[tuple[str, str | None, str | None, str | None, object, str]] = []

    def add(key, obj, mapped, code):
        lemma, kind, cond = key
        rec_prep = cond if kind == "prep" else None
        rec_obj = cond if kind == "obj" else None
        if obj is not None:
            if obj[0] == "prep":
                rec_prep = " ".join(x for x in (rec_prep, obj[1]) if x)
            else:
                if rec_obj:
                    return  # "take_leave" with a second object: no such construction
                rec_obj = obj[1]
                if len(obj) > 2:
                    rec_prep = " ".join(x for x in (rec_prep, obj[2]) if x)
        for word in (rec_obj, *(rec_prep or "").split()[1:]):
            if word:
                nouns.add(word)
        raw_records.append((lemma, rec_obj, rec_prep, None, mapped, code))

    for block in blocks:
        defaults = {}
        for word, code in block["entries"].items():
            key = entry_key(word)
            if key is None:
                continue
            mapped = plover(code if code is not None else block["code"], table)
            defaults[word] = mapped
            if mapped is not None:
                add(key, None, mapped, code if code is not None else block["code"])
        for body, code, comment in block["patterns"]:
            mapped = plover(code, table)
            if mapped is None or not body.startswith("*"):
                continue
            words = [t for t in re.split(r"[\s,]+", comment.strip()) if t]
            named = [block["forms"].get(t.upper()) for t in words]
            verbs = [v for v in dict.fromkeys(named) if v]
            if not verbs and words and re.fullmatch(r"[A-Z][A-Z_\-]*", words[0]):
                continue  # written for a verb of another block ("# WRAPPED_UP" under CANCEL): not these
            verbs = verbs or list(block["entries"])
            conditions = _conditions(body[1:].strip(), synsets)
            for verb in verbs:
                key = entry_key(verb)
                if key is None:
                    continue
                for cond in conditions:
                    add(key, cond, mapped, code)

    nlp = spacy.load(PIPELINE, disable=["ner", "parser"])
    words = sorted(nouns)
    docs = nlp.pipe(f"They saw the {w} ." for w in words)
    # A hyphenated word is split by the tokenizer: it stays as written.
    lemma_of = {w: d[-2].lemma_.lower() for w, d in zip(words, docs) if len(d) == 5}
    hand = {(r["lemma"], r.get("obj"), r.get("prep")) for r in TRIGGERS if r.get("pos", "VERB") == "VERB"}
    hand_lemmas = {k[0] for k in hand}

    records: dict[tuple, dict] = {}
    for lemma, obj, prep, _, mapped, code in raw_records:
        if obj:
            obj = lemma_of.get(obj, obj)
        if prep:
            words_ = prep.split()
            prep = " ".join([words_[0]] + [lemma_of.get(w, w) for w in words_[1:]])
        key = (lemma, obj, prep)
        if key in records:
            continue  # the first pattern for a construction wins, as in CAMEO
        rec = {"lemma": lemma, "pos": "VERB", "obj": obj, "prep": prep}
        if mapped == NO_EVENT:
            rec.update(type=None, cameo=code)
        else:
            rec.update(type=mapped[0], mode=mapped[1], cameo=code)
        records[key] = rec
    defaults = {k[0]: r["type"] and (r["type"], r.get("mode")) for k, r in records.items() if k[1:] == (None, None)}
    kept = {}
    for key, rec in records.items():
        lemma = key[0]
        if key[1:] == (None, None):
            if rec["type"]:
                kept[key] = rec
            continue
        has_event = bool(defaults.get(lemma)) or lemma in hand_lemmas
        if rec["type"] is None and not has_event:
            continue  # nothing to block
        if rec["type"] and defaults.get(lemma) == (rec["type"], rec.get("mode")):
            continue  # a cue that codes like its verb's default adds nothing (or would undo a hand record)
        if rec["cameo"].startswith("175") and (defaults.get(lemma) or ("",))[0] == "COERCE":
            continue  # CAMEO's "violent repression" by arrests or raids: PLOVER codes the arrest (COERCE)
        kept[key] = rec
    rows = sorted(kept.values(), key=lambda r: (r["lemma"], r.get("obj") or "", r.get("prep") or ""))
    # One record per line, so the file diffs and greps well.
    out = [json.dumps({k: v for k, v in r.items() if v is not None or k == "type"}, ensure_ascii=False) for r in rows]
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(rows)} records -> {OUT}", file=sys.stderr)
    return 0


def _conditions(rest: str, synsets: dict[str, list[str]]) -> list[tuple]:
    """Conditions a pattern's right-hand side puts on the verb: ("obj", noun[, "prep noun"]) or
    ("prep", "prep noun"); several when a synonym set is named. Empty when veille cannot check it."""
    tokens = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", rest)
    bare = [t for t in tokens if not t.startswith("(")]
    groups = [t[1:-1].split() for t in tokens if t.startswith("(")]
    if any(t.startswith("(") for t in tokens[: len(bare)]) and bare:
        return []  # an object after a prepositional phrase: word order veille does not check
    prep_conds: list[str | None] = [None]
    if groups:
        words = " ".join(groups[0]).replace("{", "").replace("}", "").split()
        if not words or not all(w.lstrip("&").rstrip("_").isalpha() for w in words):
            return []  # "^", "-" and other placeholders veille cannot check
        prep = words[0].lower()
        prep_conds = [prep] if len(words) == 1 else [f"{prep} {h}" for h in _heads(words[-1], synsets)]
    particle = None
    if bare and bare[0].lower() in PARTICLES:
        particle = bare[0].lower()
        bare = bare[1:]
    if particle and not bare:
        return [("prep", " ".join(x for x in (particle, p) if x)) for p in prep_conds]
    if not bare:
        return [("prep", p) for p in prep_conds if p]
    if " " in bare[-1]:
        return []  # "{FOREIGN &PEOPLE}": the object's own modifier cannot be checked, and it matters
    last = bare[-1].strip("{}").split()[-1]
    if last.endswith("LY") or not re.fullmatch(r"&?[A-Z][A-Z\-]*_?", last):
        return []  # adverbs ("bitterly") and odd tokens are no object
    out = []
    for head in _heads(last, synsets):
        for p in prep_conds:
            prep = " ".join(x for x in (particle, p) if x) or None
            out.append(("obj", head, prep) if prep else ("obj", head))
    return out


def _heads(token: str, synsets: dict[str, list[str]]) -> list[str]:
    if token.startswith("&"):
        return [m.split()[-1] for m in synsets.get(token.rstrip("_"), synsets.get(token, []))]
    return [token.strip("_").lower()]


if __name__ == "__main__":
    raise SystemExit(main())
