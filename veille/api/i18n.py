"""UI language: ``?lang=`` (remembered in a cookie), else the browser's Accept-Language.

Messages live in ``locales/<code>.json``, one file per UI language; a key missing in
one language falls back to English.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

DEFAULT = "en"
COOKIE = "veille_lang"


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    folder = resources.files(__package__) / "locales"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")))


@lru_cache(maxsize=None)
def messages(code: str) -> dict[str, str]:
    base = json.loads((resources.files(__package__) / "locales" / f"{DEFAULT}.json").read_text("utf-8"))
    if code != DEFAULT:
        base.update(json.loads((resources.files(__package__) / "locales" / f"{code}.json").read_text("utf-8")))
    return base


def from_accept_language(header: str | None) -> str | None:
    """The supported language the browser prefers most, by q-value, or None."""
    if not header:
        return None
    ranked = []
    for i, part in enumerate(header.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        q = 1.0
        for p in pieces[1:]:
            p = p.strip()
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        code = tag.split("-")[0]
        if code in languages() and q > 0:
            ranked.append((-q, i, code))
    return min(ranked)[2] if ranked else None


def choose(query_lang: str | None, cookie: str | None, accept: str | None) -> str:
    for candidate in (query_lang, cookie):
        if candidate and candidate in languages():
            return candidate
    return from_accept_language(accept) or DEFAULT


class Translator:
    """``t("key")`` in templates; unknown keys show as themselves, so a gap is visible."""

    def __init__(self, code: str):
        self.code = code
        self._messages = messages(code)

    def __call__(self, key: str, **values: object) -> str:
        text = self._messages.get(key, key)
        return text.format(**values) if values else text
