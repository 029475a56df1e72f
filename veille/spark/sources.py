"""Inputs of a Spark run: listed on the driver, read file by file on the executors.

Listing goes through Hadoop's FileSystem (globs, folders, any Hadoop URI: ``file:``, ``hdfs://``,
``s3a://``…). Executors open each file with Python: local paths directly, other URIs through
``pyarrow.fs`` (S3, HDFS, GCS), so a 1 GB WARC streams instead of landing in memory whole.
Parsing is veille's ingest readers (:mod:`veille.ingest`), the same as ``veille ingest``.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import PurePosixPath
from typing import BinaryIO

# Suffixes read inside folders (as `veille ingest` reads them); files named explicitly are sniffed.
READABLE_SUFFIXES = {
    "", ".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom",
    ".warc", ".gz",
}
WARC_SUFFIXES = (".warc", ".warc.gz")

# What a file task yields: ("article", Article, order) | ("html", (where, url, payload), order)
# | ("error", (source, record id, reason)). ``order`` is (file index, record number): input order,
# which decides what "first" means for duplicates and entity names, as in a sequential ingest.
ARTICLE, HTML, ERROR = "article", "html", "error"


def readable(path: str) -> bool:
    """Whether a file found inside a folder is one veille reads."""
    name = PurePosixPath(path).name
    if name.startswith((".", "_")):
        return False
    return PurePosixPath(name.lower()).suffix in READABLE_SUFFIXES


def local_form(uri: str) -> str:
    """``file:/x`` → ``/x``, so local sources are named as ``veille ingest`` names them."""
    for prefix in ("file://", "file:"):
        if uri.startswith(prefix):
            return uri[len(prefix):]
    return uri


def list_inputs(spark, inputs: Iterable[str]) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Files behind each input (file, folder, glob) via the session's Hadoop FileSystem, and
    (source, "", reason) for inputs that hold nothing."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files: list[str] = []
    failures: list[tuple[str, str, str]] = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        try:
            fs = path.getFileSystem(conf)
            statuses = fs.globStatus(path)
        except Exception as exc:  # py4j wraps Java exceptions: no filesystem for the scheme, auth…
            failures.append((given, "", f"cannot list: {str(exc).strip().splitlines()[0]}"))
            continue
        if not statuses:
            failures.append((given, "", "no such file or directory"))
            continue
        found = []
        for status in statuses:
            if status.isDirectory():
                it = fs.listFiles(status.getPath(), True)
                while it.hasNext():
                    name = it.next().getPath().toString()
                    inside = name[len(status.getPath().toString()):]
                    if readable(name) and not any(p.startswith(".") for p in inside.split("/")[:-1]):
                        found.append(local_form(name))
            else:
                found.append(local_form(status.getPath().toString()))
        if not found:
            failures.append((given, "", "directory holds no readable articles"))
        files.extend(sorted(found))
    # An input named twice (a file and a glob that matches it) is read once.
    return list(dict.fromkeys(files)), failures


def open_input(uri: str) -> BinaryIO:
    """A seekable binary file of a local path or of any URI pyarrow.fs knows (s3a:// read as s3://)."""
    if "://" not in uri:
        return open(uri, "rb")
    from pyarrow import fs

    for alias in ("s3a://", "s3n://"):
        if uri.startswith(alias):
            uri = "s3://" + uri[len(alias):]
    filesystem, path = fs.FileSystem.from_uri(uri)
    return filesystem.open_input_file(path)


def _error(uri: str, failure) -> tuple:
    where = failure.source
    record = where[len(uri):].lstrip("#") if where.startswith(uri) else where
    return (ERROR, (uri, record, failure.reason), None)


def read_file(index: int, uri: str, published: date | None = None) -> Iterator[tuple]:
    """Every record of one input file. WARC pages come out as raw HTML, to be extracted after
    they are spread over the partitions; other formats come out as articles."""
    from ..ingest import Failure, articles_from_stream, html_responses

    try:
        with open_input(uri) as stream:
            if uri.lower().endswith(WARC_SUFFIXES):
                number = 0  # numbered as veille.ingest.warc.articles_from_warc numbers them
                for item in html_responses(stream, uri):
                    if isinstance(item, Failure):
                        yield _error(uri, item)
                        continue
                    number += 1
                    url, payload = item
                    yield (HTML, (f"{uri}#{number}", url or None, payload), (index, number))
                return
            for number, item in enumerate(articles_from_stream(stream, uri, uri, published=published)):
                yield _error(uri, item) if isinstance(item, Failure) else (ARTICLE, item, (index, number))
    except OSError as exc:
        yield (ERROR, (uri, "", f"cannot read: {exc.strerror or exc}"), None)


def extract(item: tuple, published: date | None = None) -> tuple:
    """A WARC page's HTML → ("article", Article, order), or an error; other items unchanged."""
    kind, payload, order = item
    if kind != HTML:
        return item
    from ..errors import VeilleError
    from ..ingest import article_from_html

    where, url, html = payload
    try:
        return (ARTICLE, article_from_html(html, where, url=url, published=published), order)
    except VeilleError as exc:
        source, _, record = where.rpartition("#")
        return (ERROR, (source, record, str(exc)), None)
    except Exception as exc:  # an extractor bug must not stop the run
        source, _, record = where.rpartition("#")
        return (ERROR, (source, record, f"{type(exc).__name__}: {exc}"), None)


_RECORD_SOURCE = re.compile(r"#\d+$")


def identity(article) -> str:
    """What a newer text replaces an older one under, as in the SQLite store: the URL; with no
    URL, a one-article file's path; a record of a multi-record file (``dump.jsonl#12``) without a
    URL replaces nothing, so it stands for itself."""
    if article.url:
        return "url:" + article.url
    if article.source and article.source != "-" and not _RECORD_SOURCE.search(article.source):
        return "source:" + article.source
    return "id:" + article.id


def corpus_row(item: tuple) -> tuple:
    """An extracted item as a row of :func:`veille.spark.schema.corpus_schema`: an article with
    its identity, MinHash signature and LSH bands and itself pickled for the analysis, or an error."""
    from ..ingest.dedupe import signature
    from .minhash import band_keys, signed

    kind, payload, order = item
    if kind != ARTICLE:
        return (kind, None, None, None, None, None, None, None, None, None, None, None, payload)
    a = payload
    sig = signature(a.text)
    hashes, bands = (signed(sig), band_keys(sig)) if sig is not None else (None, None)
    return (kind, a.id, list(order), identity(a), a.source, a.url, a.title, a.published, sig, hashes, bands,
            pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL), None)
