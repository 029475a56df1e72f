"""Quotation-mark scanning: the stretches of text enclosed in quote marks.

Works on the raw text, so it serves pipelines without a parser too. The rules:

- pairs come from the language's ``QUOTE_PAIRS`` (opening mark -> closing marks);
- a mark that is also an apostrophe (’) only closes when a matching opener is pending and
  it is not between two letters, so "l’Élysée" or "don’t" never end a quote;
- symmetric marks (") open when they can (start, after a space or bracket, before a
  non-space) and close otherwise;
- a quotation never runs over a paragraph end unless the next paragraph reopens it with
  the same mark (the press convention for long quotes) or closes it; each paragraph then
  gives its own piece. An opener never closed is dropped, so an unbalanced mark cannot
  swallow the rest of the article;
- nested quotations stay inside the outer one; only outermost quotations are returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Longest stretch a quotation may span, in paragraphs, when its close is not in the same paragraph.
MAX_PARAGRAPHS = 4
_LETTER = re.compile(r"\w")


@dataclass(frozen=True)
class Quoted:
    """Quoted text: ``start``/``end`` bound the content without marks or surrounding spaces."""

    start: int
    end: int
    open_at: int  # index of the opening mark (or paragraph start for a continued piece)
    close_at: int  # index just after the closing mark (or paragraph end)
    closed: bool  # False for a piece ended by a paragraph break inside a longer quotation


@lru_cache(maxsize=None)
def _mark_pattern(pairs_key: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    chars = {o for o, _ in pairs_key} | {c for _, cs in pairs_key for c in cs}
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def _is_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and bool(_LETTER.match(text[i]))


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/'\"«“‘„") and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() or not _is_letter(text, i + 1) and after not in "([{"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    # Lines holding no words (blank, or a lone "." as some feeds insert) are not paragraphs.
    return [(s, e) for s, e in spans if _LETTER.search(text, s, e)]


def scan(text: str, pairs: dict[str, str]) -> list[Quoted]:
    """Outermost quotations of ``text``, in order, for the given opening -> closing marks."""
    key = tuple(sorted(pairs.items()))
    pattern = _mark_pattern(key)
    closers_of = dict(key)
    out: list[Quoted] = []
    paragraphs = _paragraphs(text)
    p = 0
    while p < len(paragraphs):
        found, stack = _scan_paragraph(text, paragraphs[p], pattern, closers_of)
        out.extend(found)
        if stack:
            opener, outer_start = stack[0]
            pieces = _continue_across(text, paragraphs, p, outer_start, opener, closers_of[opener])
            if pieces:
                out.extend(pieces[0])
                p = pieces[1]
                continue
        p += 1
    return out


def _scan_paragraph(text, paragraph, pattern, closers_of):
    """Closed outermost quotations of one paragraph, and the marks left open at its end.

    A straight apostrophe opening a quotation must close it in the same paragraph: one left
    open was an elision ("the '80s", "rock 'n' roll"), and the paragraph is read again
    without it, so it cannot swallow the quotations around it.
    """
    ignored: set[int] = set()
    while True:
        found, stack = _marks_of(text, paragraph, pattern, closers_of, ignored)
        elided = {i for ch, i in stack if ch in _ELISIONS}
        if not elided:
            return found, stack
        ignored |= elided


# Marks that are also apostrophes and may open a quotation only within one paragraph.
_ELISIONS = {"'"}
_APOSTROPHES = {"’", "'"}


def _marks_of(text, paragraph, pattern, closers_of, ignored):
    p_start, p_end = paragraph
    stack: list[tuple[str, int]] = []  # (opening mark, index)
    found: list[Quoted] = []
    for m in pattern.finditer(text, p_start, p_end):
        ch, i = m.group(), m.start()
        if i in ignored:
            continue
        while len(stack) > 1 and stack[-1][0] in _ELISIONS and ch not in closers_of[stack[-1][0]] and (
            ch in closers_of[stack[-2][0]] and _can_close(text, i)
        ):
            stack.pop()  # '"In the '80s we were happy," she said': the outer quotation closes
        top = stack[-1][0] if stack else None
        closes_top = top is not None and ch in closers_of[top]
        if closes_top and ch in _APOSTROPHES and _is_letter(text, i - 1) and _is_letter(text, i + 1):
            continue  # an apostrophe inside a word
        if closes_top and (ch != top or _can_close(text, i)):
            _, o_i = stack.pop()
            if not stack:
                s, e = _trim(text, o_i + 1, i)
                if e > s:
                    found.append(Quoted(s, e, o_i, i + 1, True))
            continue
        if ch in closers_of and (ch not in closers_of[ch] and ch not in _APOSTROPHES or _can_open(text, i)):
            stack.append((ch, i))
    return found, stack


def _closing_context(text: str, i: int) -> bool:
    """A symmetric mark at ``i`` reads as a closer: not followed by a word character."""
    return not _is_letter(text, i + 1)


def _continue_across(text, paragraphs, p, open_at, opener, closers):
    """Pieces of a quotation left open at the end of paragraph ``p``, or None when unbalanced.

    Returns (pieces, index of the paragraph to resume scanning from).
    """
    pieces = []
    start = open_at
    for q in range(p + 1, min(p + MAX_PARAGRAPHS, len(paragraphs))):
        prev_end = paragraphs[q - 1][1]
        q_start, q_end = paragraphs[q]
        first = q_start
        while first < q_end and text[first].isspace():
            first += 1
        pieces.append((start, prev_end))
        if first < q_end and text[first] in (opener + closers) and not text[first] in closers.replace(opener, ""):
            # The paragraph reopens the quotation: the convention for long quotations.
            start = first
            closed = _find_close(text, first + 1, q_end, opener, closers)
            if closed is not None:
                pieces.append((start, closed))
                return _build(text, pieces), q + 1
            continue
        if first < q_end and text[first] in closers:
            start = first  # "»" opening a continued paragraph, the French convention
            closed = _find_close(text, first + 1, q_end, opener, closers)
            if closed is not None:
                pieces.append((start, closed))
                return _build(text, pieces), q + 1
            continue
        closed = _find_close(text, q_start, q_end, opener, closers)
        if closed is not None:
            pieces.append((q_start - 1, closed))
            return _build(text, pieces), q + 1
        return None
    return None


def _find_close(text: str, start: int, end: int, opener: str, closers: str) -> int | None:
    """Index of the first mark in [start, end) that closes ``opener`` (no new opener before it)."""
    symmetric = opener in closers
    for i in range(start, end):
        ch = text[i]
        if symmetric and ch == opener:
            return i if _can_close(text, i) else None  # else a fresh opener: never closed
        if ch in closers:
            if _is_letter(text, i - 1) and _is_letter(text, i + 1):
                continue  # an apostrophe inside a word
            return i
        if ch == opener:
            return None
    return None


def _build(text: str, pieces: list[tuple[int, int]]) -> list[Quoted]:
    """Quoted pieces from (mark index, end) pairs; the last one ends on its closing mark."""
    out = []
    for n, (mark, end) in enumerate(pieces):
        last = n == len(pieces) - 1
        s, e = _trim(text, mark + 1, end)
        if e > s:
            out.append(Quoted(s, e, mark, end + 1 if last else end, last))
    return out
