"""URLs on the command line → articles: pages, RSS/Atom feeds (an entry without text is
fetched from its link), and feed lists (plain text, one URL a line, or OPML)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from xml.etree import ElementTree

from ..model import Article
from .failure import Failure
from .feed import articles_from_feed
from .http import Fetcher, FetchError, is_url
from .sniff import sniff
from .sources import articles_from_bytes


def read_url(url: str, fetcher: Fetcher, published: date | None = None) -> Iterator[Article | Failure]:
    """Articles behind one URL; a fetch failure is one :class:`Failure` with a counted kind."""
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        yield Failure(url, exc.reason, exc.kind)
        return
    if sniff(response.body[:65536], url) == "feed":
        yield from _feed_articles(response.body, url, fetcher, published)
    else:
        yield from articles_from_bytes(response.body, url, url, published=published)


def _feed_articles(body: bytes, url: str, fetcher: Fetcher, published: date | None) -> Iterator[Article | Failure]:
    for item in articles_from_feed(body, url, published):
        if isinstance(item, Failure) and item.link:
            yield from _entry_page(item.link, fetcher, published)
        else:
            yield item


def _entry_page(link: str, fetcher: Fetcher, published: date | None) -> Iterator[Article | Failure]:
    for item in read_url(link, fetcher, published):
        if isinstance(item, Article) and item.url is None:
            item = item.model_copy(update={"url": link})
        yield item


def feed_urls(data: bytes, source: str) -> list[str]:
    """URLs of a feed list: OPML (``xmlUrl`` of each outline) or one URL a line (``#`` comments)."""
    text = data.decode("utf-8", errors="replace")
    if "<opml" in text[:2000].lower():
        try:
            root = ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            raise ValueError(f"{source}: broken OPML ({exc})") from None
        return [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]
    urls = []
    for line in text.splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls


def read_urls(urls: Iterable[str], published: date | None = None,
              fetcher: Fetcher | None = None) -> Iterator[Article | Failure]:
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for url in urls:
            if not is_url(url):
                yield Failure(url, "not an http(s) URL", "bad URL")
                continue
            yield from read_url(url, fetcher, published)
    finally:
        if own:
            fetcher.close()
