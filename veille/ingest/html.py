"""Web pages → articles: trafilatura main text, title, htmldate date, canonical URL, language.

Headlines carry quotes and events, so the analysed text is the title as its own
paragraph, then the body.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from ..errors import InputError
from ..model import Article
from .decode import decode

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
_CLOSING = re.compile(rb"</(html|body)\s*>", re.I)
_DOCUMENT = re.compile(rb"<(html|body|head)[\s>]", re.I)
# A fragment (an article body without <html>) is read whole when it has at least this much text.
MIN_FRAGMENT_CHARS = 200
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
           "article", "header", "footer", "ul", "ol", "table", "pre", "figure", "figcaption", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg"}


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (meta charset or XML declaration)."""
    head = data[:4096]
    found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


def decode_markup(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    return decode(data, declared_charset(data))


def looks_like_markup(text: str) -> bool:
    """Whether a text field holds HTML rather than plain text."""
    return len(_TAG.findall(text[:2000])) >= 2


def join_title(title: str | None, body: str) -> str:
    """The analysed text: the title as its own paragraph (unless the body opens with it), then the body."""
    body = body.strip()
    title = " ".join(title.split()) if title else ""
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}" if body else title


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry, a JSON field): block elements become paragraphs."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml refuses some fragments (e.g. only a comment)
        return _TAG.sub(" ", fragment).strip()
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            if el.tail:
                parts.append(el.tail)
            return
        if tag in _BLOCKS:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    paragraphs = (" ".join(p.split()) for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_from_html(data: bytes | str, source: str, url: str | None = None,
                      published: date | None = None) -> Article:
    """One page as an article; raise :class:`InputError` when it holds no main text.

    Args:
        data (bytes | str): the page; bytes are decoded by its declared charset, else detected.
        source (str): where it came from (path, path#record).
        url (str | None): the address it was fetched from (a WARC target URI), if known.
        published (date | None): the date to use when the page carries none.
    """
    from trafilatura import bare_extraction

    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    fragment = _DOCUMENT.search(raw[:65536]) is None
    truncated = not fragment and _CLOSING.search(raw[-4096:]) is None
    markup = decode_markup(data)
    try:
        doc = bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # lxml/trafilatura failures on mangled markup
        raise InputError(f"unparsable HTML ({type(exc).__name__})") from None
    body = (doc.text or "") if doc is not None else ""
    if not body.strip() and fragment:
        # A clean body with no page around it: trafilatura sees no page, but all of it is the text.
        body = html_to_text(markup)
        body = body if len(body) >= MIN_FRAGMENT_CHARS else ""
    if not body.strip():
        if truncated:
            raise InputError("truncated HTML (no main text before the cut)")
        raise InputError("no main text found in the HTML page")
    title = " ".join(doc.title.split()) if doc is not None and doc.title else None
    # trafilatura puts one paragraph per line; a blank line between them keeps paragraphs apart.
    body = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    text = join_title(title, body)
    page_date = (_iso_date(doc.date) if doc is not None else None) or published
    canonical = (doc.url if doc is not None else None) or url
    from ..nlp.langid import detect

    return Article.from_text(text, source=source, url=canonical, title=title, published=page_date,
                             language=detect(text))
