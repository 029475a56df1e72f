"""Actor sectors (CAMEO/PLOVER style): the English label and entity type of each code."""

from __future__ import annotations

# code: (label used in generic actor names, entity type)
SECTORS: dict[str, tuple[str, str]] = {
    "GOV": ("government", "ORG"),
    "MIL": ("military", "ORG"),
    "COP": ("police", "ORG"),
    "SPY": ("intelligence services", "ORG"),
    "REB": ("rebels", "ORG"),
    "OPP": ("opposition", "NORP"),
    "CIV": ("civilians", "NORP"),
    "REF": ("refugees and migrants", "NORP"),
    "MED": ("media", "ORG"),
    "JUD": ("judiciary", "ORG"),
    "LEG": ("legislature", "ORG"),
    "BUS": ("business", "ORG"),
    "LAB": ("labour", "NORP"),
    "EDU": ("education", "NORP"),
    "HLH": ("health workers", "NORP"),
    "CRM": ("criminals", "NORP"),
    "REL": ("clergy", "NORP"),
    "NGO": ("non-governmental organisations", "ORG"),
    "IGO": ("international organisations", "ORG"),
}


def actor_id(sector: str, country: str | None) -> str:
    """Stable id of a generic actor: ``actor:mil-blr``, ``actor:ref``."""
    return f"actor:{sector.lower()}" + (f"-{country.lower()}" if country else "")


def actor_name(sector: str, country_name: str | None) -> str:
    label = SECTORS.get(sector, (sector.lower(), "ORG"))[0]
    return f"{country_name} {label}" if country_name else label
