"""Every setting veille has, declared once: name, default, help.

The CLI reads defaults from here and a test checks each one is documented in the README.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Setting(NamedTuple):
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("max_article_bytes", 10_000_000, "largest article text accepted, in bytes"),
    Setting("batch_size", 16, "articles per spaCy nlp.pipe batch"),
    Setting("langid_chars", 2000, "characters of text used for language identification"),
    Setting("default_db", "veille.db", "SQLite database used when --db is not given"),
    Setting("near_duplicate_threshold", 0.8, "estimated Jaccard similarity (word 5-grams) above which an article is a copy"),
)

DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


def get(name: str) -> Any:
    return DEFAULTS[name]
