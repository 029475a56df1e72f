"""Event locations with coordinates, for the map page and ``/api/locations``.

The store gives events with a location entity id; coordinates live on the entity
(``lat``/``lon`` for places the KB locates). Events are read page by page up to a
cap so one request stays bounded on a large corpus.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from ..store.base import Store

MAX_EVENTS_SCANNED = 5000
PAGE = 200


def event_locations(store: Store, *, type: str | None = None, since: date | None = None,
                    until: date | None = None) -> list[dict[str, Any]]:
    """[{id, name, type, lat, lon, events, types: {TYPE: n}}] for located places, most events first."""
    counts: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    offset = 0
    while offset < MAX_EVENTS_SCANNED:
        page = store.events(type=type, since=since, until=until, limit=PAGE, offset=offset)
        for ev in page:
            loc = ev.get("location")
            if loc:
                counts[loc] += 1
                by_type.setdefault(loc, Counter())[ev.get("type") or "?"] += 1
        if len(page) < PAGE:
            break
        offset += PAGE
    places = []
    for entity_id, n in counts.most_common():
        profile = store.entity(entity_id)
        if not profile:
            continue
        lat, lon = profile.get("lat"), profile.get("lon")
        if lat is None or lon is None:
            continue
        places.append({
            "id": entity_id, "name": profile.get("name") or entity_id, "type": profile.get("type"),
            "lat": float(lat), "lon": float(lon), "events": n, "types": dict(by_type[entity_id]),
        })
    return places
