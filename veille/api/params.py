"""Query parameters shared by the JSON API and the web pages, validated once.

Every bad value becomes a ``BadParam`` whose message names the parameter and what
was expected; the app turns it into a 422 (JSON) or an error banner (HTML).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import settings
from ..model import ENTITY_TYPES

# PLOVER 2.0 event types and quad classes: the ontology, not language knowledge.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUADS: tuple[str, ...] = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")

MAX_TEXT_PARAM = 500  # longest name or search string accepted in a query


class BadParam(ValueError):
    """A query parameter that cannot be used; ``str()`` is the message shown."""

    def __init__(self, name: str, message: str):
        super().__init__(f"{name}: {message}")
        self.name = name


def max_page() -> int:
    return int(settings.get("api_max_page"))


def parse_date(name: str, value: str | None) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadParam(name, f"{value[:40]!r} is not a date (expected YYYY-MM-DD)") from None


def parse_limit(value: int | str | None, default: int = 50, maximum: int | None = None) -> int:
    maximum = maximum or max_page()
    if value is None or value == "":
        return default
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise BadParam("limit", f"{str(value)[:40]!r} is not a whole number") from None
    if limit < 1 or limit > maximum:
        raise BadParam("limit", f"must be between 1 and {maximum} (got {limit})")
    return limit


def parse_offset(value: int | str | None) -> int:
    if value is None or value == "":
        return 0
    try:
        offset = int(value)
    except (TypeError, ValueError):
        raise BadParam("offset", f"{str(value)[:40]!r} is not a whole number") from None
    if offset < 0 or offset > 10_000_000:
        raise BadParam("offset", f"must be between 0 and 10000000 (got {offset})")
    return offset


def parse_event_type(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise BadParam("type", f"unknown event type {value[:40]!r} (one of {', '.join(EVENT_TYPES)})")
    return upper


def parse_entity_type(value: str | None, name: str = "type") -> str | None:
    if value is None or value == "":
        return None
    upper = value.strip().upper()
    if upper not in ENTITY_TYPES:
        raise BadParam(name, f"unknown entity type {value[:40]!r} (one of {', '.join(ENTITY_TYPES)})")
    return upper


def parse_text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT_PARAM:
        raise BadParam(name, f"longer than {MAX_TEXT_PARAM} characters")
    return value


def parse_lang(value: str | None) -> str | None:
    value = parse_text("lang", value)
    if value is None:
        return None
    if not (2 <= len(value) <= 3 and value.isalpha()):
        raise BadParam("lang", f"{value[:40]!r} is not a language code (e.g. fr, en)")
    return value.lower()


def parse_bool(name: str, value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise BadParam(name, f"{value[:40]!r} is not a yes/no value (true, false, 1, 0)")


@dataclass
class Window:
    """A date window; ``until`` before ``since`` is refused."""

    since: date | None
    until: date | None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> "Window":
        window = cls(parse_date("since", since), parse_date("until", until))
        if window.since and window.until and window.until < window.since:
            raise BadParam("until", f"{window.until} is before since={window.since}")
        return window


def parse_int(name: str, value: int | str | None, default: int, low: int, high: int) -> int:
    """A whole number between ``low`` and ``high``, ``default`` when absent."""
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadParam(name, f"{str(value)[:40]!r} is not a whole number") from None
    if not low <= number <= high:
        raise BadParam(name, f"must be between {low} and {high} (got {number})")
    return number


@dataclass
class Trend:
    """What ``/api/trending`` and the dashboard compare: a window against the days before it."""

    until: date | None = None
    window: int = 1
    baseline: int = 7
    min_count: int = 3

    @classmethod
    def parse(cls, until: str | None, window: str | None, baseline: str | None, min_count: str | None) -> Trend:
        return cls(parse_date("until", until), parse_int("window", window, 1, 1, 365),
                   parse_int("baseline", baseline, 7, 1, 3650), parse_int("min_count", min_count, 3, 1, 100_000))

    def asked(self, store) -> dict:
        return store.trending(until=self.until, window=self.window, baseline=self.baseline,
                              min_count=self.min_count)
