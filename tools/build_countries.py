"""Build ``veille/kb/countries.json`` from mledoze/countries (ODbL) and babel's CLDR names.

    python tools/build_countries.py ../shared/data/mledoze-countries/countries.json

Keeps, per country: ISO codes, English/French/Russian/German/Spanish/Italian names,
English and French demonyms (m/f), the English capital name and the country's
coordinates. The output is a derived database of mledoze/countries: it ships with
its attribution (veille/kb/ATTRIBUTION.md) under the ODbL.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "veille" / "kb" / "countries.json"
LANGS = {"fra": "fr", "rus": "ru", "deu": "de", "spa": "es", "ita": "it"}


def build(source: Path) -> list[dict]:
    rows = json.loads(source.read_text(encoding="utf-8"))
    cldr = {code: Locale(code).territories for code in ("en", "fr", "ru", "de", "es", "it")}
    out = []
    for row in rows:
        names: dict[str, list[str]] = {"en": [row["name"]["common"], row["name"]["official"]]}
        for key, code in LANGS.items():
            tr = row.get("translations", {}).get(key)
            if tr:
                names.setdefault(code, []).extend([tr["common"], tr["official"]])
        for code, territories in cldr.items():
            cldr_name = territories.get(row["cca2"])
            if cldr_name:
                names.setdefault(code, []).append(cldr_name)
        # Longer alternative spellings only: two-letter codes and short forms are too ambiguous.
        alt = [a for a in row.get("altSpellings", []) if len(a) > 3]
        names["en"].extend(a for a in alt if a.isascii())
        names.setdefault("ru", []).extend(a for a in alt if not a.isascii() and _is_cyrillic(a))
        demonyms = {
            code: sorted({v for v in row.get("demonyms", {}).get(key, {}).values() if v})
            for key, code in (("eng", "en"), ("fra", "fr"))
        }
        lat, lon = (row.get("latlng") or [None, None])[:2]
        out.append(
            {
                "iso3": row["cca3"],
                "iso2": row["cca2"],
                "name": row["name"]["common"],
                "independent": bool(row.get("independent")),
                "names": {k: _unique(v) for k, v in names.items()},
                "demonyms": {k: v for k, v in demonyms.items() if v},
                "capital": (row.get("capital") or [None])[0],
                "lat": lat,
                "lon": lon,
            }
        )
    return sorted(out, key=lambda r: r["iso3"])


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item.strip(), None)
    return [s for s in seen if s]


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/mledoze-countries/countries.json")
    data = build(source)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data)} countries -> {OUT}")


if __name__ == "__main__":
    main()
