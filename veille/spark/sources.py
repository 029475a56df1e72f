"""Inputs of a Spark run: listed on the driver, read record by record on the executors.

Listing goes through Hadoop's FileSystem (globs, folders, any Hadoop URI: ``file:``, ``hdfs://``,
``s3a://``…). Executors open each file with Python: local paths directly, other URIs through
``pyarrow.fs`` (S3, HDFS, GCS), so a 1 GB WARC streams instead of landing in memory whole.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from .warc import RecordFailure, WarcPayload, iter_warc

# Suffix → how a file is read. Files in folders with other suffixes are skipped, as `veille analyze` does.
TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}


@dataclass
class RawRecord:
    """One article-to-be: where it came from and its bytes (or JSON line), not yet decoded."""

    source: str
    record_id: str
    kind: str  # "text" | "html" | "json"
    data: bytes
    url: str | None = None
    date: str | None = None  # ISO date hint (WARC-Date), used when the article carries none
    charset: str | None = None


@dataclass
class RawFailure:
    source: str
    record_id: str
    reason: str


def suffix(path: str) -> str:
    name = PurePosixPath(path.rstrip("/")).name.lower()
    parts = name.split(".")
    if len(parts) >= 3 and parts[-1] == "gz":
        return "." + ".".join(parts[-2:])
    return "." + parts[-1] if len(parts) > 1 else ""


def readable(path: str) -> bool:
    """Whether a file found inside a folder is one veille reads."""
    name = PurePosixPath(path).name
    if name.startswith((".", "_")):
        return False
    return suffix(path) in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def local_form(uri: str) -> str:
    """``file:/x`` → ``/x``, so local sources read the same as in ``veille analyze``."""
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if uri.startswith("file:"):
        return uri[len("file:"):]
    return uri


def list_inputs(spark, inputs: Iterable[str]) -> tuple[list[str], list[RawFailure]]:
    """Files behind each input (file, folder, glob), via the Hadoop FileSystem of the session."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files: list[str] = []
    failures: list[RawFailure] = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        try:
            fs = path.getFileSystem(conf)
            statuses = fs.globStatus(path)
        except Exception as exc:  # py4j wraps Java exceptions: no filesystem for the scheme, auth…
            failures.append(RawFailure(given, "", f"cannot list: {str(exc).splitlines()[0]}"))
            continue
        if not statuses:
            failures.append(RawFailure(given, "", "no such file or directory"))
            continue
        found = []
        for status in statuses:
            if status.isDirectory():
                it = fs.listFiles(status.getPath(), True)
                while it.hasNext():
                    name = it.next().getPath().toString()
                    if readable(name) and not any(p.startswith(".") for p in name.split("/")[-8:-1]):
                        found.append(local_form(name))
            else:
                found.append(local_form(status.getPath().toString()))
        if not found:
            failures.append(RawFailure(given, "", "directory holds no readable articles"))
        files.extend(sorted(found))
    # An input named twice (a file and a glob that matches it) is read once.
    return list(dict.fromkeys(files)), failures


def open_input(uri: str) -> BinaryIO:
    """A binary stream of a local path or of any URI pyarrow.fs knows (s3a:// is read as s3://)."""
    if "://" not in uri:
        return open(uri, "rb")
    from pyarrow import fs

    for alias in ("s3a://", "s3n://"):
        if uri.startswith(alias):
            uri = "s3://" + uri[len(alias):]
    filesystem, path = fs.FileSystem.from_uri(uri)
    return filesystem.open_input_stream(path)


def read_file(uri: str) -> Iterator[RawRecord | RawFailure]:
    """Every record of one input file; read errors become :class:`RawFailure` and the run goes on."""
    kind = suffix(uri)
    try:
        with open_input(uri) as stream:
            if kind in WARC_SUFFIXES:
                yield from _warc_records(uri, stream)
            elif kind in JSONL_SUFFIXES:
                yield from _jsonl_records(uri, stream)
            else:
                yield RawRecord(uri, "", "html" if kind in HTML_SUFFIXES else "text", stream.read())
    except OSError as exc:
        yield RawFailure(uri, "", f"cannot read: {exc.strerror or exc}")


def _warc_records(uri: str, stream: BinaryIO) -> Iterator[RawRecord | RawFailure]:
    for item in iter_warc(stream):
        if isinstance(item, RecordFailure):
            yield RawFailure(uri, item.record_id, item.reason)
            continue
        assert isinstance(item, WarcPayload)
        content_type = (item.content_type or "").lower()
        if content_type in HTML_TYPES:
            kind = "html"
        elif content_type in TEXT_TYPES:
            kind = "text"
        else:
            continue  # images, scripts, feeds: not articles, not faults
        yield RawRecord(uri, item.record_id, kind, item.data, url=item.url, date=item.date, charset=item.charset)


def _jsonl_records(uri: str, stream: BinaryIO) -> Iterator[RawRecord | RawFailure]:
    if uri.endswith(".gz"):
        stream = gzip.GzipFile(fileobj=stream)
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield RawRecord(uri, f"line {number}", "json", line)


def parse_json_line(data: bytes) -> dict:
    record = json.loads(data)
    if not isinstance(record, dict):
        raise ValueError("a JSON line must be an object")
    return record
