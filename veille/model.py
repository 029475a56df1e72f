"""The data contract between veille's stages.

Every stage reads these objects and adds to them; nothing here imports the rest
of veille. Offsets are Python ``str`` indices into ``Article.text``.
"""

from __future__ import annotations

import hashlib
import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER"]
QuoteKind = Literal["direct", "indirect", "mixed"]
DatePrecision = Literal["day", "month", "year"]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]


def content_id(text: str) -> str:
    """Stable id of an article: a hash of its text, whatever the source."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Span):
    """One place in the text where an entity is named or described."""


class Entity(_Model):
    """One real-world actor, however many times and ways the article names it."""

    id: str
    name: str
    type: EntityType
    kb_id: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    role: str | None = Field(default=None, description="role held at the article's date")
    sector: str | None = Field(default=None, description="actor sector code (GOV, MIL, REF…)")
    lat: float | None = Field(default=None, description="latitude, for places the KB locates")
    lon: float | None = Field(default=None, description="longitude, for places the KB locates")
    generic: bool = Field(default=False, description="a class of actors named by a common noun (police, students)")
    mentions: list[Mention] = Field(default_factory=list)


class Quote(_Model):
    """A reported statement: its content span, its kind and who said it."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="entity id")
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


class SentenceSpan(_Model):
    """The sentence an event was read from: its evidence, ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = None


class Event(_Model):
    """A PLOVER event: who did what to whom, with its evidence in the text."""

    id: str | None = None
    type: str
    mode: str | None = None
    quad: str | None = None
    source: list[str] = Field(default_factory=list, description="entity ids")
    target: list[str] = Field(default_factory=list, description="entity ids")
    trigger: Span
    mentions: list[Span] = Field(default_factory=list, description="every trigger of this happening")
    negated: bool = False
    date: dt.date | None = Field(default=None, description="when it happened; the first day of the month or year "
                                 "when only that is known (see date_precision)")
    date_precision: DatePrecision | None = Field(default=None, description="how much of the date the text gives")
    location: str | None = Field(default=None, description="entity id")
    sentence: SentenceSpan
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    # The coding rules that fired for this event, in order: for debugging (`veille eval events --errors`),
    # not part of the output record.
    _rules: list[str] = PrivateAttr(default_factory=list)

    @property
    def rules(self) -> list[str]:
        return self._rules

    @rules.setter
    def rules(self, names: list[str]) -> None:
        self._rules = list(names)


class Article(_Model):
    """One news article as it came in; ``text`` is what every offset indexes."""

    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None
    language_confidence: float | None = Field(default=None, description="language detector's probability")
    text: str

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> "Article":
        return cls(id=content_id(text), text=text, **fields)


class Analysis(_Model):
    """An article with everything veille found in it."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def to_record(self, with_text: bool = False) -> dict[str, Any]:
        """The output contract shared by every format, the store and the API."""
        a = self.article
        record: dict[str, Any] = {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "language": a.language,
            "language_confidence": a.language_confidence,
            "text_length": len(a.text),
        }
        if with_text:
            record["text"] = a.text
        record["entities"] = [e.model_dump(mode="json") for e in self.entities]
        record["quotes"] = [q.model_dump(mode="json") for q in self.quotes]
        record["events"] = [_with_evidence(e.model_dump(mode="json"), a.text) for e in self.events]
        return record


def _with_evidence(event: dict[str, Any], text: str) -> dict[str, Any]:
    """An event record always shows its sentence: cut from the article when the stage left it out."""
    sentence = event["sentence"]
    if sentence.get("text") is None:
        sentence["text"] = text[sentence["start"]:sentence["end"]]
    return event


class Record(_Model):
    """The published shape of one analysed article (``veille schema``)."""

    id: str
    source: str | None
    url: str | None
    title: str | None
    published: dt.date | None
    language: str | None
    language_confidence: float | None = None
    text_length: int
    text: str | None = Field(default=None, description="only with --with-text")
    entities: list[Entity]
    quotes: list[Quote]
    events: list[Event]
