"""User knowledge-base files (``--kb FILE``): YAML, JSON or CSV records that add or override entries.

A record has the fields of a shipped entry::

    key: person:jean-dupont        # optional; default: <type>:<slug of name>
    type: PERSON                   # PERSON ORG GPE LOC NORP EVENT OTHER
    name: Jean Dupont              # display name
    aliases: [J. Dupont, Dupont]   # or {fr: [...], en: [...]}
    acronyms: []                   # matched with their case
    country: FRA                   # ISO 3166-1 alpha-3
    sector: GOV                    # actor sector code
    lat: 48.85
    lon: 2.35
    parent: org:un                 # organisation a sub-body belongs to
    roles: [[mayor, FRA, 2020-07-03, null]]   # [office, where, start, end]

CSV files have these as columns; ``aliases``/``acronyms`` are ``|``-separated and
``roles`` are ``|``-separated ``office;where;start;end``. A record whose key exists
replaces that entry and keeps its names. Any error names the file and line.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import yaml

from .names import entity_id
from ..errors import KBError
from ..model import ENTITY_TYPES
from .loader import ACRONYM, KB, NAME, KBEntry, alias_forms, parse_roles, person_names

FIELDS = {"key", "id", "type", "name", "aliases", "acronyms", "country", "sector", "lat", "lon",
          "parent", "office", "roles", "qid"}
_ISO3 = re.compile(r"^[A-Z]{3}$")


def load_user_file(kb: KB, path: Path) -> None:
    """Add the records of one file to ``kb``; raise KBError naming file and line on any fault."""
    if not path.is_file():
        raise KBError(f"{path}: knowledge-base file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KBError(f"{path}: cannot read: {exc}") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records = _csv_records(path, text)
    elif suffix in (".json", ".yaml", ".yml"):
        records = _tree_records(path, text, suffix == ".json")
    else:
        raise KBError(f"{path}: unknown knowledge-base format (use .yaml, .yml, .json or .csv)")
    for line, record in records:
        try:
            _add_record(kb, record)
        except (KeyError, ValueError, TypeError) as exc:
            raise KBError(f"{path}:{line}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


def _tree_records(path: Path, text: str, is_json: bool) -> list[tuple[int, Any]]:
    if is_json:
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise KBError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    # The YAML composer keeps each record's line (JSON is YAML too, for this purpose);
    # records are then built one by one so a bad value (a date like 2020-13-45) has a line.
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise KBError(f"{path}{where}: invalid {'JSON' if is_json else 'YAML'}: {problem}") from None
    entities = _child(node, "entities")
    if entities is not None:
        node = entities
    if not isinstance(node, yaml.SequenceNode):
        raise KBError(f"{path}:1: expected a list of records (or {{entities: [...]}})")
    out = []
    for item in node.value:
        line = item.start_mark.line + 1
        try:
            out.append((line, yaml.SafeLoader("").construct_document(item)))
        except (ValueError, yaml.YAMLError) as exc:
            raise KBError(f"{path}:{line}: invalid value: {exc}") from None
    return out


def _child(node, key: str):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
    return None


def _csv_records(path: Path, text: str) -> list[tuple[int, dict]]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames:
        raise KBError(f"{path}:1: empty CSV file")
    unknown = [f for f in reader.fieldnames if f not in FIELDS]
    if unknown:
        raise KBError(f"{path}:1: unknown column(s) {', '.join(unknown)}")
    out = []
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise KBError(f"{path}:{line}: more cells than columns")
            record: dict[str, Any] = {k: v for k, v in row.items() if v not in (None, "")}
            for key in ("aliases", "acronyms"):
                if key in record:
                    record[key] = [a.strip() for a in record[key].split("|") if a.strip()]
            if "roles" in record:
                record["roles"] = [
                    [(p.strip() or None) for p in r.split(";")] for r in record["roles"].split("|") if r.strip()
                ]
            out.append((line, record))
    except csv.Error as exc:
        raise KBError(f"{path}:{reader.line_num}: invalid CSV: {exc}") from None
    return out


def _add_record(kb: KB, record: Any) -> None:
    if not isinstance(record, dict):
        raise ValueError("a record must be a mapping of fields")
    unknown = sorted(set(record) - FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}")
    type_ = str(record["type"]).upper()
    if type_ not in ENTITY_TYPES:
        raise ValueError(f"type {record['type']!r} is not one of {' '.join(ENTITY_TYPES)}")
    name = str(record["name"]).strip()
    if not name:
        raise ValueError("empty name")
    country = record.get("country")
    if country is not None and not _ISO3.match(str(country)):
        raise ValueError(f"country {country!r} is not an ISO 3166-1 alpha-3 code")
    lat, lon = _coord(record, "lat", 90), _coord(record, "lon", 180)
    roles = parse_roles(record.get("roles"))
    key = str(record.get("key") or record.get("id") or entity_id(type_, name))
    aliases = alias_forms(record.get("aliases"))
    names = person_names(name, aliases) if type_ == "PERSON" else [(n, NAME) for n in [name] + aliases]
    names += [(a, ACRONYM) for a in alias_forms(record.get("acronyms"))]
    old = kb.entries.get(key)
    if old is not None:  # an override keeps the names the entry already had
        names += [(r.form, r.kind) for refs in kb.names.values() for r in refs if r.key == key]
    kb.add(
        KBEntry(key=key, type=type_, name=name, country=country or (old.country if old else None),
                sector=record.get("sector") or (old.sector if old else None), lat=lat, lon=lon,
                qid=record.get("qid"), parent=record.get("parent"), office=record.get("office"),
                roles=roles or (old.roles if old else []), source="user"),
        names,
    )


def _coord(record: dict, field: str, bound: float) -> float | None:
    value = record.get(field)
    if value in (None, ""):
        return None
    number = float(value)
    if not -bound <= number <= bound:
        raise ValueError(f"{field} {value} is out of range")
    return number
