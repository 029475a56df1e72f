"""Embedded social-media posts: "<text> pic.twitter.com/… — Name (@handle) December 30, 2018".

Pages that embed a post keep, once reduced to text, the post's words followed by a dash, the
author's display name, the handle in parentheses and the date. The words are the author's
statement: a direct quote whose speaker is the display name. The signature is the platform's
own layout, not a language's, so it needs no per-language data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "— Rory Medcalf (@Rory_Medcalf) December 30, 2018" / "— BC Hydro (@bchydro) 22 décembre 2018"
_SIGNATURE = re.compile(r"[—–-]\s*([^\n—–()@]{2,60}?)\s*\(@\w{1,30}\)\s*[^\n]{0,30}?\d{4}")
# Links and media ends that close a post's text.
_TRAILING = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|\S*pic\.twitter\.com/\S+))+\s*$")
# A post is short: more than this many characters back to the line break is not one post.
MAX_POST = 600


@dataclass(frozen=True)
class Post:
    start: int  # the post's words
    end: int
    author_start: int  # the display name
    author_end: int


def embedded_posts(text: str) -> list[Post]:
    """The embedded posts of ``text``, each with its words and its author's name."""
    posts = []
    for m in _SIGNATURE.finditer(text):
        dash = m.start()
        line = text.rfind("\n", 0, dash) + 1
        if dash - line > MAX_POST:
            continue
        body = text[line:dash]
        trailing = _TRAILING.search(body)
        end = line + (trailing.start() if trailing else len(body.rstrip()))
        start = line + (len(body) - len(body.lstrip()))
        if end - start < 10:
            continue
        posts.append(Post(start, end, m.start(1), m.end(1)))
    return posts
