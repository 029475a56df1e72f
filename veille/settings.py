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
    Setting("api_max_page", 200, "largest page size the HTTP API returns (limit=)"),
    Setting("api_max_body_bytes", 1_000_000, "largest request body POST /api/analyze accepts, in bytes"),
    Setting("http_host_delay", 1.0, "minimum seconds between two requests to the same host"),
    Setting("http_timeout", 20.0, "connect and read timeout of one HTTP request, in seconds"),
    Setting("http_retries", 3, "retries of a request that failed with 429, 5xx, a timeout or a lost connection"),
    Setting("http_max_retry_wait", 120.0, "longest wait before a retry (Retry-After above it fails the request), in seconds"),
    Setting("http_max_redirects", 5, "redirects followed before a URL fails as a redirect loop"),
    Setting("http_max_body_bytes", 20_000_000, "largest HTTP response body read (decoded), in bytes"),
)

DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


def get(name: str) -> Any:
    return DEFAULTS[name]
