"""The knowledge base: shipped data files turned into lookup tables, once per process.

An entry is a :class:`KBEntry` keyed by its stable key (``gpe:BLR``, ``org:osce``,
``person:vladimir-putin``). ``KB.names`` maps a folded name to the entries it may
name and how (full name, acronym, demonym, capital, surname); ``KB.roles`` answers
"who held this office in this country on this date".
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from .names import fold
from .translit import cyrillic_variants, is_cyrillic

DATA = Path(__file__).resolve().parent
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# How a name refers to its entry; the gazetteer treats each kind differently.
NAME, ACRONYM, DEMONYM, CAPITAL, SURNAME = "name", "acronym", "demonym", "capital", "surname"


@dataclass
class Role:
    office: str
    where: str  # ISO3 or an organisation key
    start: dt.date | None
    end: dt.date | None

    def active(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class KBEntry:
    key: str
    type: str  # PERSON ORG GPE LOC NORP EVENT OTHER
    name: str
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    qid: str | None = None
    parent: str | None = None
    office: str | None = None  # for institutions: the office of the person who leads it
    roles: list[Role] = field(default_factory=list)
    source: str | None = None
    rank: int = 0  # lower is preferred when a name is shared (sovereign states before territories)
    demonym: str | None = None  # countries: the English adjective ("Russian"), for names like "Russian army"

    def role_at(self, day: dt.date | None) -> Role | None:
        active = [r for r in self.roles if r.active(day)]
        return active[-1] if active else None


@dataclass
class NameRef:
    key: str
    kind: str
    form: str  # the name as written in the data (case matters for acronyms)


class KB:
    """Entries plus the indexes linking and roles need."""

    def __init__(self) -> None:
        self.entries: dict[str, KBEntry] = {}
        self.names: dict[str, list[NameRef]] = defaultdict(list)
        self.roles: dict[tuple[str, str], list[tuple[dt.date, KBEntry, Role]]] = defaultdict(list)
        self.executives: dict[str, str] = {}
        self.iso3: set[str] = set()

    # -- building --------------------------------------------------------------
    def add(self, entry: KBEntry, names: Iterable[tuple[str, str]]) -> None:
        """Add (or replace) an entry with its ``(form, kind)`` names."""
        if entry.key in self.entries:
            self._forget(entry.key)
        self.entries[entry.key] = entry
        for form, kind in names:
            self.add_name(entry.key, form, kind)
        for role in entry.roles:
            self.roles[(role.office, role.where)].append((role.start or dt.date.min, entry, role))

    def add_name(self, key: str, form: str, kind: str) -> None:
        form = " ".join(form.split())
        if not form:
            return
        folded = fold(form)
        refs = self.names[folded]
        if not any(r.key == key and r.kind == kind for r in refs):
            refs.append(NameRef(key, kind, form))

    def _forget(self, key: str) -> None:
        for refs in self.names.values():
            refs[:] = [r for r in refs if r.key != key]
        for holders in self.roles.values():
            holders[:] = [h for h in holders if h[1].key != key]

    def finish(self) -> None:
        for holders in self.roles.values():
            holders.sort(key=lambda h: h[0])

    # -- lookups ---------------------------------------------------------------
    def lookup(self, name: str) -> list[NameRef]:
        return self.names.get(fold(" ".join(name.split())), [])

    def holders(self, office: str, where: str, day: dt.date | None) -> list[KBEntry]:
        """Who held ``office`` in ``where`` on ``day`` (today's holders when no date)."""
        holders = self.roles.get((office, where), [])
        if not holders:
            return []
        if day is not None:
            # Only roles started by that day can be active.
            idx = bisect.bisect_right([h[0] for h in holders], day)
            holders = holders[:idx]
        return [entry for _, entry, role in holders if role.active(day)]

    def executive(self, where: str, day: dt.date | None) -> list[KBEntry]:
        """The leader of a country or organisation on a date ("the Russian leader", "le chef de l'ONU")."""
        office = self.executives.get(where)
        if office:
            return self.holders(office, where, day)
        offices = _ORG_HEADS if ":" in where else ("president", "prime_minister")
        for office in offices:
            found = self.holders(office, where, day)
            if found:
                return found
        return []


# Offices that head an organisation, most senior first.
_ORG_HEADS = ("president", "secretary_general", "director_general", "managing_director",
              "high_commissioner", "high_representative")


# -- shipped data ----------------------------------------------------------------


def read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def _date(value: Any) -> dt.date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def parse_roles(raw: Any) -> list[Role]:
    """Roles from ``[office, where, start, end]`` lists or ``{office, where, start, end}`` maps."""
    roles = []
    for item in raw or []:
        if isinstance(item, dict):
            office, where = item["office"], item["where"]
            start, end = item.get("start"), item.get("end")
        else:
            office, where, start, end = (list(item) + [None, None])[:4]
        roles.append(Role(str(office), str(where), _date(start), _date(end)))
    return roles


def alias_forms(raw: Any) -> list[str]:
    """Aliases given as a list or as ``{lang: [names]}``."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, dict):
        return [str(a) for v in raw.values() for a in (v if isinstance(v, list) else [v]) if a]
    return [str(a) for a in raw if a]


def person_names(name: str, aliases: list[str]) -> list[tuple[str, str]]:
    """Full names, their transliterations, and surnames (last word) of a person."""
    forms = [name] + aliases
    for form in list(forms):
        if is_cyrillic(form):
            forms.extend(cyrillic_variants(form))
    names = [(f, NAME) for f in forms]
    for form in forms:
        words = form.split()
        if len(words) > 1:
            names.append((words[-1], SURNAME))
    return names


def _demonym_forms(forms: list[str]) -> set[str]:
    # Data gives masculine/feminine singular; news uses plurals and lower-case adjectives too.
    out = set()
    for form in forms:
        out.add(form)
        if not form.endswith(("s", "x")):
            out.add(form + "s")
    return out


def load_countries(kb: KB) -> None:
    capitals = read_yaml(DATA / "capitals.yaml") or {}
    extra_names = read_yaml(DATA / "countries_extra.yaml") or {}
    for row in json.loads((DATA / "countries.json").read_text(encoding="utf-8")):
        iso3 = row["iso3"]
        kb.iso3.add(iso3)
        names = [(n, NAME) for forms in row["names"].values() for n in forms]
        for forms in row.get("demonyms", {}).values():
            names.extend((d, DEMONYM) for d in _demonym_forms(forms))
        more = extra_names.get(iso3) or {}
        names += [(n, NAME) for n in alias_forms(more.get("names"))]
        names += [(a, ACRONYM) for a in more.get("acronyms") or []]
        kb.add(
            KBEntry(
                key=f"gpe:{iso3}", type="GPE", name=row["name"], country=iso3,
                lat=row.get("lat"), lon=row.get("lon"), source="mledoze-countries",
                rank=0 if row.get("independent") else 1, qid=row.get("qid"),
                demonym=(row.get("demonyms", {}).get("en") or [None])[0],
            ),
            names,
        )
        capital = row.get("capital")
        extra = capitals.get(iso3) or {}
        if capital:
            cap_names = {capital} | set(alias_forms({k: v for k, v in extra.items() if k not in ("lat", "lon")}))
            kb.add(
                KBEntry(
                    key=f"city:{fold(capital).replace(' ', '-').replace('.', '')}", type="GPE",
                    name=capital, country=iso3, lat=extra.get("lat"), lon=extra.get("lon"),
                    parent=f"gpe:{iso3}", source="mledoze-countries",
                ),
                [(c, CAPITAL) for c in cap_names],
            )


def _org_names(row: dict) -> list[tuple[str, str]]:
    names = [(row["name"], NAME)] + [(n, NAME) for n in alias_forms(row.get("names"))]
    names += [(a, ACRONYM) for a in row.get("acronyms") or []]
    return names


def load_orgs(kb: KB) -> None:
    for row in read_yaml(DATA / "igos.yaml"):
        kb.add(
            KBEntry(key=row["key"], type="ORG", name=row["name"], sector="IGO",
                    parent=row.get("parent"), source="curated"),
            _org_names(row),
        )
    for row in read_yaml(DATA / "institutions.yaml"):
        kb.add(
            KBEntry(key=row["key"], type="ORG", name=row["name"], country=row.get("country"),
                    sector=row.get("sector"), office=row.get("office"), source="curated"),
            _org_names(row),
        )
    for row in read_yaml(DATA / "armed_groups.yaml"):
        kb.add(
            KBEntry(key=row["key"], type="ORG", name=row["name"], country=row.get("country"),
                    sector=row.get("sector"), parent=row.get("parent"), source="curated"),
            _org_names(row),
        )
    for row in read_yaml(DATA / "regions.yaml"):
        kb.add(
            KBEntry(key=row["key"], type="LOC", name=row["name"], country=row.get("country"),
                    sector=row.get("code"), lat=row.get("lat"), lon=row.get("lon"), source="curated"),
            _org_names(row),
        )


PEOPLE_FILES = ("people.yaml", "people_more.yaml")


def load_people(kb: KB) -> None:
    rows = [row for name in PEOPLE_FILES for row in read_yaml(DATA / name)]
    for row in rows:
        aliases = alias_forms(row.get("aliases"))
        kb.add(
            KBEntry(key=row["key"], type="PERSON", name=row["name"], country=row.get("country"),
                    roles=parse_roles(row.get("roles")), qid=row.get("qid"),
                    source=row.get("source", "curated")),
            person_names(row["name"], aliases),
        )


def build_kb() -> KB:
    kb = KB()
    load_countries(kb)
    load_orgs(kb)
    load_people(kb)
    kb.executives = {str(k): str(v) for k, v in (read_yaml(DATA / "executives.yaml") or {}).items()}
    kb.finish()
    return kb
