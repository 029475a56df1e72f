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


def actor_id(sector: str, country: str | None, label: str | None = None) -> str:
    """Stable id of a generic actor: ``actor:mil-blr``, ``actor:ref``; a group named otherwise than its
    sector adds its name (``actor:mil-rus:army``, ``actor:opp:protesters``)."""
    base = f"actor:{sector.lower()}" + (f"-{country.lower()}" if country else "")
    if label and label.lower() != SECTORS.get(sector, ("",))[0]:
        base += ":" + "-".join(label.lower().split())
    return base


def actor_name(sector: str, country_name: str | None, label: str | None = None) -> str:
    """"Russian army" from the institution's label and the country's demonym (or its name when it has none);
    the sector's label ("Russian military") when the noun names no particular institution."""
    label = label or SECTORS.get(sector, (sector.lower(), "ORG"))[0]
    return f"{country_name} {label}" if country_name else label


def country_word(name: str, demonym: str | None) -> str:
    """The word naming the country in an actor's name: the demonym when it still reads as the country's name
    ("Russian", "Ukrainian", "Senegalese"), so a search for the country finds its army; the name otherwise
    ("United States", not "American"; "France", not "French")."""
    if demonym and demonym.lower().startswith(name.lower()[: max(4, len(name) - 1)]):
        return demonym
    return name
