"""Sources → :class:`veille.model.Article`: text, HTML, JSON/JSONL, RSS/Atom, WARC, gzip, stdin."""

from .failure import Failure
from .files import read_paths
from .html import article_from_html
from .records import DEFAULT_FIELDS, article_from_record, parse_fields
from .sources import articles_from_bytes, articles_from_stream
from .warc import articles_from_warc, html_responses

__all__ = [
    "DEFAULT_FIELDS",
    "Failure",
    "article_from_html",
    "article_from_record",
    "articles_from_bytes",
    "articles_from_stream",
    "articles_from_warc",
    "html_responses",
    "parse_fields",
    "read_paths",
]
