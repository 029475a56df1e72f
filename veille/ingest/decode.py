"""Bytes → text: BOM, then strict UTF-8, then charset detection; refuse binary data."""

from __future__ import annotations

import codecs

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of formats people drop into news folders by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "a SQLite database",
}
# Single-byte encodings seen in Western European news; Windows-1252 is a superset of Latin-1's printables.
_LATIN_FALLBACK = "cp1252"


def binary_kind(data: bytes) -> str | None:
    """A description of the binary format ``data`` is in, or None if it may be text."""
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data"
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode article bytes; raise :class:`InputError` when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    kind = binary_kind(data)
    if kind:
        raise InputError(f"not a text file ({kind})")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    candidates = [_LATIN_FALLBACK] + ([best.encoding] if best is not None else [])
    decoded = []
    for encoding in candidates:
        try:
            decoded.append(data.decode(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    if not decoded:
        raise InputError("undecodable text (no known encoding fits)")
    text = max(decoded, key=_plausibility)
    if _plausibility(text) < 0.5:
        raise InputError("undecodable text (looks like binary data)")
    return text


def _plausibility(text: str) -> float:
    """Share of characters that are letters, digits, punctuation or spaces of Latin text."""
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ch.isascii() and (ch.isprintable() or ch in "\r\n\t")
        or ("\u00c0" <= ch <= "\u017f" and ch.isalpha())
        or ch in "«»“”‘’–—…€ "
    )
    return good / len(text)
