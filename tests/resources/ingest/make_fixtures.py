"""Build the ingest fixtures from the Wikinews examples (CC BY 2.5; see SOURCES.md here).

Run from the repository root: ``python tests/resources/ingest/make_fixtures.py``.
Output is deterministic, so re-running it changes nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[2] / "examples"

# file → (published, url), from examples/SOURCES.md
ARTICLES = {
    "fr-wikinews-44940.txt": ("2012-08-17", "https://fr.wikinews.org/wiki/WikiLeaks_:_l%E2%80%99%C3%89quateur_accorde_l%27asile_politique_%C3%A0_Julian_Assange"),
    "fr-wikinews-44355.txt": ("2012-06-24", "https://fr.wikinews.org/wiki/%C3%89gypte_:_Mohamed_Morsi_%C3%A9lu_pr%C3%A9sident"),
    "en-wikinews-korea.txt": ("2015-08-21", "https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27"),
    "en-wikinews-asylum.txt": ("2015-05-18", "https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast"),
}


def split(name: str) -> tuple[str, list[str]]:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]
    return title.strip(), paragraphs


def page(name: str, lang: str) -> str:
    """A news page: navigation and footer around the article, metadata in the head."""
    title, paragraphs = split(name)
    published, url = ARTICLES[name]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - Wikinews</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{published}T10:00:00Z">
<link rel="canonical" href="{url}">
</head>
<body>
<nav><ul><li><a href="/">Main page</a></li><li><a href="/recent">Recent news</a></li></ul></nav>
<article>
<h1>{html.escape(title)}</h1>
<p class="date">{published}</p>
{body}
</article>
<footer><p>Content is available under Creative Commons Attribution 2.5.</p></footer>
</body>
</html>
"""


def warc_record(uri: str, payload: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
    block = http + payload
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2021-11-15T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{hashlib.sha1(uri.encode()).hexdigest()[:12]}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def main() -> None:
    langs = {name: name[:2] for name in ARTICLES}
    # One HTML page.
    (HERE / "page.html").write_text(page("fr-wikinews-44940.txt", "fr"), encoding="utf-8")
    # A WARC.gz: two pages, an image and a redirect (skipped), one page per gzip member.
    members = [
        warc_record(ARTICLES["en-wikinews-korea.txt"][1], page("en-wikinews-korea.txt", "en").encode()),
        warc_record("https://en.wikinews.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), ctype="image/png"),
        warc_record("https://en.wikinews.org/old", b"", status="301 Moved Permanently"),
        warc_record(ARTICLES["fr-wikinews-44355.txt"][1], page("fr-wikinews-44355.txt", "fr").encode()),
    ]
    (HERE / "pages.warc.gz").write_bytes(b"".join(gz(m) for m in members))
    # RSS 2.0 with the articles as HTML content, and an Atom feed with summaries only.
    items = []
    for name, (published, url) in ARTICLES.items():
        title, paragraphs = split(name)
        content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        items.append(
            f"<item><title>{html.escape(title)}</title><link>{url}</link>"
            f"<pubDate>{published}T08:00:00Z</pubDate>"
            f"<description><![CDATA[{content}]]></description></item>"
        )
    (HERE / "feed.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Wikinews</title>'
        "<link>https://wikinews.org/</link><description>Latest news</description>\n"
        + "\n".join(items) + "\n</channel></rss>\n", encoding="utf-8")
    entries = []
    for name in ("en-wikinews-korea.txt", "en-wikinews-asylum.txt"):
        published, url = ARTICLES[name]
        title, paragraphs = split(name)
        entries.append(
            f"<entry><title>{html.escape(title)}</title><link href=\"{url}\"/><id>{url}</id>"
            f"<updated>{published}T08:00:00Z</updated><summary>{html.escape(paragraphs[0])}</summary></entry>"
        )
    (HERE / "feed.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Wikinews</title><id>urn:wikinews</id><updated>2015-08-21T08:00:00Z</updated>\n"
        + "\n".join(entries) + "\n</feed>\n", encoding="utf-8")
    # JSONL with the default field names, and JSONL with a publisher's own names.
    with open(HERE / "records.jsonl", "w", encoding="utf-8") as f:
        for name, (published, url) in ARTICLES.items():
            title, paragraphs = split(name)
            record = {"title": title, "text": "\n\n".join(paragraphs), "url": url, "date": published,
                      "language": langs[name]}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(HERE / "custom-fields.jsonl", "w", encoding="utf-8") as f:
        for name, (published, url) in list(ARTICLES.items())[:2]:
            title, paragraphs = split(name)
            record = {"headline": title, "body": "\n\n".join(paragraphs), "link": url,
                      "meta": {"published": published}}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
