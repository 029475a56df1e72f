"""Which format a file or record is in, judged by its first bytes (the name only breaks ties)."""

from __future__ import annotations

import codecs
import json
import re

from .decode import binary_kind

GZIP_MAGIC = b"\x1f\x8b"
# Formats with one article per file vs. several records per file.
SINGLE = {"text", "html"}
MULTI = {"warc", "jsonl", "json", "feed"}

_FEED = re.compile(rb"<(rss|feed|rdf:RDF|channel)[\s>]", re.I)
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article|script|link)[\s>/]", re.I)
_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_FEED_NAMES = (".rss", ".atom", ".xml", ".rdf")


def _strip_bom(head: bytes) -> bytes:
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom):]
            if bom != codecs.BOM_UTF8:
                # UTF-16 markup: drop the NULs so the ASCII patterns below still see the tags.
                head = head.replace(b"\x00", b"")
            break
    return head


def sniff(head: bytes, name: str = "") -> str:
    """``gzip``, ``warc``, ``feed``, ``html``, ``jsonl``, ``json``, ``text`` or ``binary``.

    Args:
        head (bytes): the first bytes of the content (64 KiB is plenty).
        name (str): file name or URL, consulted only when the content is ambiguous.
    """
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    raw = head
    head = _strip_bom(head)
    if head is raw and binary_kind(head):
        return "binary"
    body = head.lstrip()
    lower = name.lower()
    if body.startswith(b"<"):
        # A page that embeds a feed link is still a page: the root element decides.
        root = re.search(rb"<(?![?!])([\w:]+)", body)
        root_name = root.group(1).lower() if root else b""
        if root_name in (b"rss", b"feed", b"rdf:rdf"):
            return "feed"
        if _HTML.search(body[:4096]) or lower.endswith(_HTML_NAMES):
            return "html"
        if _FEED.search(body) or lower.endswith(_FEED_NAMES):
            return "feed"
        return "html"
    if body.startswith(b"["):
        return "json"
    if body.startswith(b"{"):
        first = body.split(b"\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"  # the first line is a whole object
        except ValueError:
            lines = body.split(b"\n", 2)
            if lower.endswith((".jsonl", ".ndjson")) or (len(lines) > 2 and lines[1].lstrip().startswith(b"{")):
                return "jsonl"  # a broken first line in a file of records
            return "json"  # one object over several lines
    if lower.endswith(_HTML_NAMES) and b"<" in body[:4096] and _HTML.search(body[:4096]):
        return "html"
    return "text"
