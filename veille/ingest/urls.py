"""URLs on the command line → articles: pages, RSS/Atom feeds (an entry without text is
fetched from its link), and feed lists (plain text, one URL a line, or OPML)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
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
        yield from feed_entries(response.body, url, fetcher, published)
        return
    for item in articles_from_bytes(response.body, url, url, published=published):
        # A page is known by the URL it was asked for, unless it names its own.
        if isinstance(item, Article) and item.url is None:
            item = item.model_copy(update={"url": url})
        yield item


def feed_entries(body: bytes, url: str, fetcher: Fetcher, published: date | None,
                 skip: Callable[[str], bool] | None = None) -> Iterator[Article | Failure]:
    """A feed's entries; one without text is read from its link, unless ``skip(link)`` says
    that page is already stored."""
    for item in articles_from_feed(body, url, published):
        if isinstance(item, Failure) and item.link:
            if skip is None or not skip(item.link):
                yield from _entry_page(item.link, fetcher, published)
        else:
            yield item


def _entry_page(link: str, fetcher: Fetcher, published: date | None) -> Iterator[Article | Failure]:
    yield from read_url(link, fetcher, published)


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


def read_feed_list(where: str) -> list[str]:
    """The feed URLs listed by a file or a URL (see :func:`feed_urls`), or the URL itself when it
    is a feed; raise ``ValueError`` with a one-line reason when it cannot be read."""
    if is_url(where):
        with Fetcher() as fetcher:
            try:
                data = fetcher.get(where).body
            except FetchError as exc:
                raise ValueError(f"{where}: {exc.reason}") from None
        if sniff(data[:65536], where) == "feed":
            return [where]  # the URL of one feed, not a list of them
    else:
        try:
            with open(where, "rb") as f:
                data = f.read()
        except OSError as exc:
            raise ValueError(f"{where}: {exc.strerror or exc}") from None
    return feed_urls(data, where)


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
