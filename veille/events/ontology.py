"""PLOVER's event ontology as data: the 16 event types, their modes and quad classes."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files(__package__).joinpath("data/plover.json").read_text("utf-8"))


def event_types() -> tuple[str, ...]:
    return tuple(_data()["types"])


def quad(event_type: str) -> str | None:
    entry = _data()["types"].get(event_type)
    return entry["quad"] if entry else None


def modes(event_type: str) -> tuple[str, ...]:
    entry = _data()["types"].get(event_type)
    return tuple(entry["modes"]) if entry else ()


def is_symmetric(event_type: str) -> bool:
    """Events whose participants act together ("X rencontre Y" is also "Y rencontre X")."""
    return event_type in _data()["symmetric"]


def needs_counterpart(event_type: str) -> bool:
    """Acts done to or with another party (meet, help, attack, arrest, sanction): a fragment without a target."""
    return event_type in _data()["need_counterpart"]


def stands_alone(event_type: str, mode: str | None) -> bool:
    """Acts coded with nobody on the receiving side: speech acts, a protest, a resignation."""
    listed = _data()["stand_alone"]
    return event_type in listed or f"{event_type}:{mode}" in listed


def current_name(event_type: str) -> str:
    """Today's name of an event type written with a pre-2021 PLOVER label (DEMAND → REQUEST)."""
    return _data()["legacy_names"].get(event_type, event_type)


def valid_mode(event_type: str, mode: str | None) -> str | None:
    """The mode if PLOVER defines it for this type, else None (CAMEO-era modes are dropped)."""
    return mode if mode in modes(event_type) else None


def for_source_sectors(event_type: str, mode: str | None, sectors: list[str | None]) -> tuple[str, str | None]:
    """The type and mode PLOVER gives an act when every source is a non-state actor (by sector)."""
    data = _data()
    if sectors and all(s in data["civilian_sectors"] for s in sectors):
        table = data["by_civilian_source"]
        swap = table.get(f"{event_type}:{mode or ''}") or table.get(f"{event_type}:*")
        if swap:
            return swap[0], swap[1]
    nonstate = set(data["nonstate_sectors"])
    if not sectors or not all(s in nonstate for s in sectors):
        return event_type, mode
    swap = data["by_nonstate_source"].get(f"{event_type}:{mode or ''}")
    return (swap[0], swap[1]) if swap else (event_type, mode)


def when_stopped(event_type: str) -> tuple[str, str | None] | None:
    """The type and mode of stopping an act of this type ("lifted the curfew" → CONCEDE), if any."""
    entry = _data().get("when_stopped", {}).get(event_type)
    return (entry[0], entry[1]) if entry else None
