"""When an event happened: a date expression read against the article's publication date.

A date keeps its precision: "in 2009" is the year 2009 (stored as 2009-01-01, precision ``year``), "in
March 2019" the month, "Dec. 12" a day. News reports the past, so an expression without a year is read
as its most recent occurrence not after the publication date ("Wednesday" in a Wednesday article is
that very day), and nothing is dated after the article unless the event is announced as planned (the
future tense, "next", "scheduled", « prochain », « doit se tenir »…): a planned event takes the nearest
occurrence on or after the publication date instead. A date after the article that the text does not
announce ("2047" in a 2019 report of what happened) is dropped rather than kept wrong.

Per-language words are in ``veille/lang/<code>/dates.py``; every UPPER_CASE name there is a field of
:class:`DateWords`, so a misspelled list is an error.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from types import ModuleType
from typing import Literal

from spacy.tokens import Token

log = logging.getLogger(__name__)

Precision = Literal["day", "month", "year"]
# A year, not a decade ("the 1990s") nor part of a number ("2,000").
_YEAR = re.compile(r"(?<![\d,.])((?:1[5-9]|20)\d{2})(?![\d,]|'?s\b)")
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|e)?"


@dataclass(frozen=True)
class DateWords:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_offsets: dict[str, int]
    month_offsets: dict[str, int]
    year_offsets: dict[str, int]
    next_words: frozenset[str]
    last_words: frozenset[str]
    planned_cues: tuple[str, ...]
    future_aux: frozenset[str]
    future_endings: tuple[str, ...] = ()
    date_patterns: tuple[str, ...] = ()
    ago_patterns: tuple[str, ...] = ()

    @property
    def planned(self) -> re.Pattern:
        return _alternation(self.planned_cues)

    @property
    def month_name(self) -> str:
        """A regex alternation of the month names, longest first ("september" before "sept")."""
        return "|".join(re.escape(m) for m in sorted(self.months, key=len, reverse=True))


@lru_cache(maxsize=None)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.I)


_FIELDS = {f.name: f for f in fields(DateWords)}


@lru_cache(maxsize=None)
def date_words(lang: str) -> DateWords | None:
    """The date words of ``lang`` (``veille/lang/<lang>/dates.py``), or None when veille has none."""
    if not lang.isalpha():
        return None
    try:
        module = importlib.import_module(f"veille.lang.{lang}.dates")
    except ModuleNotFoundError:
        return None
    return from_module(module)


def from_module(module: ModuleType) -> DateWords:
    """The date words a language module declares; a list name :class:`DateWords` lacks is an error."""
    values = {}
    for name in dir(module):
        if not re.match(r"^[A-Z][A-Z0-9_]*$", name):
            continue
        key = name.lower()
        if key not in _FIELDS:
            raise ValueError(f"{module.__name__}: unknown date list {name}")
        value = getattr(module, name)
        if isinstance(value, (set, frozenset)):
            value = frozenset(value)
        elif isinstance(value, list):
            value = tuple(value)
        values[key] = value
    return DateWords(**values)


def is_planned(text: str, words: DateWords) -> bool:
    """The text carries one of the language's cues of what is still to come ("will", « prochain »)."""
    return words.planned.search(text) is not None


def announced(token: Token, words: DateWords) -> bool:
    """The event at ``token`` is announced as planned: its clause is in the future tense, has a
    future auxiliary, or carries a planned cue ("the election scheduled for…", « doit se tenir »)."""
    clause = _clause(token)
    for verb in {token, clause}:
        if verb.pos_ in ("VERB", "AUX") and "Fut" in verb.morph.get("Tense"):
            return True
        if (verb.pos_ == "VERB" and words.future_endings and verb.lower_.endswith(words.future_endings)
                and not any(c.dep_.startswith("aux") for c in verb.children)):
            return True
        if any(c.lower_ in words.future_aux or "Fut" in c.morph.get("Tense")
               for c in verb.children if c.dep_.startswith("aux")):
            return True
    if clause.dep_ == "xcomp" and clause.head.lower_ in words.future_aux:
        return True  # « va rencontrer », parsed as a verb over its infinitive
    # The words the clause hangs from count too: "is due to meet", "plans to sign", « est prévu de… ».
    head = clause
    for _ in range(2):
        if head.dep_ != "xcomp" or head.head == head:
            break
        head = head.head
    return is_planned(_own_words(head, clause), words)


# Clauses of their own inside a clause: their words say nothing of when the clause's event happens
# ("accused X, which will…").
_OTHER_CLAUSES = {"relcl", "acl:relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "csubj", "appos", "dep"}


def _own_words(head: Token, clause: Token) -> str:
    """The text from ``head`` through ``clause``'s subtree, without the clauses of their own it holds."""
    skipped: set[int] = set()
    for tok in clause.subtree:
        if tok is not clause and tok.dep_ in _OTHER_CLAUSES and tok.head.i not in skipped:
            skipped.update(t.i for t in tok.subtree)
    kept = [t for t in clause.subtree if t.i not in skipped]
    if head is not clause:
        kept = [t for t in head.doc[head.i:clause.i] if t.i not in skipped and t not in kept] + kept
    kept.sort(key=lambda t: t.i)
    return "".join(t.text_with_ws for t in kept)


def _clause(token: Token) -> Token:
    """The verb heading the clause of a trigger: itself when verbal, else the verb a noun hangs on
    ("the election is due on…" → is), within three steps."""
    tok = token
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return tok
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else token


@lru_cache(maxsize=8192)
def resolve(expression: str, published: dt.date | None, lang: str,
            planned: bool = False) -> tuple[dt.date, Precision] | None:
    """The date an expression names and its precision, read from the publication date; None when
    it names no date veille can place, or a date after the article that is not announced as planned."""
    words = date_words(lang)
    if words is None:
        return None
    text = " ".join(expression.lower().replace("’", "'").split())
    found = _absolute(text, words)
    if found is not None:
        day, precision = found
        if published is not None and not planned and _after(day, precision, published):
            return None  # "2047" in a report of what happened: not this event's date
        return found
    if published is None:
        return None  # "lundi", "Dec. 12" mean nothing without the article's date
    return _relative(text, words, published, planned)


def _after(day: dt.date, precision: Precision, published: dt.date) -> bool:
    if precision == "year":
        return day.year > published.year
    if precision == "month":
        return (day.year, day.month) > (published.year, published.month)
    return day > published


def _absolute(text: str, words: DateWords) -> tuple[dt.date, Precision] | None:
    """An expression with its year: "12 December 2019", "March 2019", "in 2009"."""
    year = _YEAR.search(text)
    if year is None:
        return None
    y = int(year.group(1))
    month = _month(text, words)
    if month is None:
        return dt.date(y, 1, 1), "year"
    m, d = month
    if d is None:
        return dt.date(y, m, 1), "month"
    return _day(y, m, d)


def _month(text: str, words: DateWords) -> tuple[int, int | None] | None:
    """(month, day or None) of "Dec. 12", "12 décembre", "le 1er mars", "March"."""
    names = words.month_name
    after = re.search(rf"\b({names})\b\.?\s+{_DAY}\b(?!\d)", text)
    if after and not _YEAR.fullmatch(after.group(2)):
        return words.months[after.group(1)], int(after.group(2))
    before = re.search(rf"(?<!\d){_DAY}\s+(?:of\s+)?({names})\b", text)
    if before:
        return words.months[before.group(2)], int(before.group(1))
    alone = re.search(rf"\b({names})\b", text)
    if alone:
        return words.months[alone.group(1)], None
    return None


def _day(y: int, m: int, d: int) -> tuple[dt.date, Precision] | None:
    try:
        return dt.date(y, m, d), "day"
    except ValueError:
        return None  # "30 février"


def _relative(text: str, words: DateWords, published: dt.date, planned: bool) -> tuple[dt.date, Precision] | None:
    """An expression read from the publication date: a day, weekday, day of a month, month, or offset."""
    for word, offset in words.day_offsets.items():
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            return published + dt.timedelta(days=offset), "day"
    for pattern, offset in words.year_offsets.items():
        if re.search(pattern, text):
            return dt.date(published.year + offset, 1, 1), "year"
    for pattern, offset in words.month_offsets.items():
        if re.search(pattern, text):
            y, m = divmod(published.year * 12 + published.month - 1 + offset, 12)
            return dt.date(y, m + 1, 1), "month"
    month = _month(text, words)
    if month is not None:
        return _nearest_month(month, published, planned)
    weekday = next((n for w, n in words.weekdays.items() if re.search(rf"\b{w}\b", text)), None)
    if weekday is not None:
        tokens = set(re.findall(r"\w+", text))
        named_next, named_last = bool(tokens & words.next_words), bool(tokens & words.last_words)
        forward = named_next or (planned and not named_last)
        return _weekday(weekday, published, forward, strictly=named_next or named_last), "day"
    if words.ago_patterns and _alternation(words.ago_patterns).search(text):
        return _ago(text, published, planned)
    return None


def _nearest_month(month: tuple[int, int | None], published: dt.date,
                   planned: bool) -> tuple[dt.date, Precision] | None:
    """The occurrence of "Dec. 12" (or "in March") nearest the article on the side the event can be:
    on or after the publication date when planned, else on or before it."""
    m, d = month
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        found = _day(y, m, d) if d is not None else (dt.date(y, m, 1), "month")
        if found is not None:
            candidates.append(found)
    pub = published if d is not None else published.replace(day=1)
    side = [c for c in candidates if (c[0] >= pub if planned else c[0] <= pub)]
    if not side:
        return None
    return min(side, key=lambda c: abs((c[0] - pub).days))


def _weekday(weekday: int, published: dt.date, forward: bool, strictly: bool) -> dt.date:
    """The last such day on or before publication (the same day counts), or the next on or after it;
    ``strictly`` when the text says "next" or "last" ("next Friday" on a Friday is a week later)."""
    step = 7 if strictly else 0
    if forward:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or step)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7 or step)


def _ago(text: str, published: dt.date, planned: bool) -> tuple[dt.date, Precision] | None:
    """"three days ago", « il y a deux ans »: read by dateparser from the publication date."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    base = dt.datetime(published.year, published.month, published.day)
    parser = DateDataParser(settings={"PREFER_DATES_FROM": "future" if planned else "past",
                                      "RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False})
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises many kinds of errors on odd text
        log.debug("could not parse date %r", text)
        return None
    if data is None or data.date_obj is None or data.period not in ("day", "month", "year"):
        return None  # a week or an hour is no precision veille stores
    day = data.date_obj.date()
    if data.period == "month":
        day = day.replace(day=1)
    elif data.period == "year":
        day = day.replace(month=1, day=1)
    return None if day > published and not planned else (day, data.period)
