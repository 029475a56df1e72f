"""Paths on the command line → articles, in order, failures included.

A path is a file (any format :mod:`veille.ingest.sources` knows), a folder (read
recursively) or ``-`` for standard input.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path

from .. import settings
from ..errors import InputError
from ..model import Article
from .failure import Failure
from .sniff import MULTI, sniff
from .sources import articles_from_stream
from .text import article_from_text, looks_like_title  # noqa: F401  (looks_like_title: public since 0.1)

# Files a folder walk picks up; files named on the command line are read whatever their name.
FOLDER_SUFFIXES = {
    "", ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".json", ".jsonl", ".ndjson",
    ".xml", ".rss", ".atom", ".rdf", ".warc", ".gz",
}
# Files a folder walk leaves out whatever their suffix: a project's own papers, not news
# (``LICENSE``, ``README.md``, ``CHANGELOG.txt`` …). Markdown is never read from a folder.
NOT_ARTICLES = {
    "license", "licence", "copying", "copyright", "readme", "notice", "authors", "contributors",
    "changelog", "changes", "history", "contributing", "manifest", "makefile", "install", "todo",
    "code_of_conduct", "security",
}
STDIN = "-"


def is_article_file(name: str) -> bool:
    """Whether a folder walk reads the file ``name`` (by suffix, and not a project file)."""
    if name.startswith("."):
        return False
    stem = name.split(".", 1)[0].lower().replace("-", "_")
    if stem in NOT_ARTICLES or stem.startswith(("license_", "licence_")):
        return False
    return Path(name).suffix.lower() in FOLDER_SUFFIXES


def iter_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Each input to read as (source as given, path, None), or (source, None, reason).
    ``-`` comes through as (``-``, None, None)."""
    for given in paths:
        if given == STDIN:
            yield given, None, None
            continue
        if given.lower().startswith(("http://", "https://")):
            yield given, None, None  # read by read_paths over HTTP
            continue
        path = Path(given)
        if not path.exists():
            yield given, None, "no such file or directory"
        elif path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not is_article_file(name):
                        continue
                    found = True
                    yield os.path.join(root, name), Path(root, name), None
            if not found:
                yield given, None, "directory holds no readable articles"
        else:
            yield given, path, None


def read_path(source: str, path: Path, published: date | None = None,
              fields: Mapping[str, str] | None = None) -> Iterator[Article | Failure]:
    """Articles of one file; a single-article file over the size limit is refused unread."""
    limit = settings.get("max_article_bytes")
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                kind = sniff(f.read(65536), source)
                f.seek(0)
                if kind not in MULTI and kind != "gzip":
                    yield Failure(source, f"file too large ({size:,} bytes; limit {limit:,})", "too large")
                    return
            yield from articles_from_stream(f, source, source, fields, published)
    except OSError as exc:
        yield Failure(source, exc.strerror or str(exc), "unreadable")


def read_text_file(source: str, path: Path, published: date | None = None) -> Article:
    """A plain-text file as one article (raise :class:`InputError` when unreadable)."""
    limit = settings.get("max_article_bytes")
    size = path.stat().st_size
    if size > limit:
        raise InputError(f"file too large ({size:,} bytes; limit {limit:,})")
    return article_from_text(path.read_bytes(), source, published)


def read_stdin(published: date | None = None, fields: Mapping[str, str] | None = None) -> Iterator[Article | Failure]:
    stream = io.BufferedReader(sys.stdin.buffer.raw, buffer_size=65536) if hasattr(sys.stdin.buffer, "raw") \
        else sys.stdin.buffer
    yield from articles_from_stream(stream, STDIN, "", fields, published)


def read_paths(paths: Iterable[str], published: date | None = None,
               fields: Mapping[str, str] | None = None) -> Iterator[Article | Failure]:
    """Articles from files, folders and stdin, in order; unreadable inputs come as :class:`Failure`."""
    from .http import Fetcher, is_url
    from .urls import read_url

    fetcher = None
    for source, path, reason in iter_files(paths):
        if is_url(source):
            fetcher = fetcher or Fetcher()
            yield from read_url(source, fetcher, published)
        elif source == STDIN and path is None and reason is None:
            yield from read_stdin(published, fields)
        elif path is None:
            yield Failure(source, reason or "unreadable")
        else:
            yield from read_path(source, path, published, fields)
    if fetcher is not None:
        fetcher.close()


def estimate_total(paths: Iterable[str]) -> int | None:
    """Number of articles when every input is a one-article file (text, HTML), else None."""
    total = 0
    for source, path, reason in iter_files(paths):
        if path is None:
            if reason is None:
                return None  # stdin: unknown
            total += 1
            continue
        try:
            with open(path, "rb") as f:
                kind = sniff(f.read(4096), source)
        except OSError:
            total += 1
            continue
        if kind in MULTI or kind == "gzip":
            return None
        total += 1
    return total
