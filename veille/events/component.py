"""The ``veille_events`` component: PLOVER events with their actors, qualifiers and evidence."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from types import ModuleType

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from ..model import Event, SentenceSpan, Span, content_id
from . import ontology, qualifiers, roles, triggers
from .actors import ActorIndex
from .merge import event_id, merge

# Types PLOVER codes with a recipient: when the trigger names none, the clause subject is borrowed.
_NEEDS_RECIPIENT = {"SANCTION", "COOPERATE", "AID"}


@lru_cache(maxsize=None)
def events_data(lang: str) -> ModuleType | None:
    """``veille.lang.<lang>.events``, or None when veille has no event cues for the language."""
    if not lang.isalpha():
        return None
    try:
        return importlib.import_module(f"veille.lang.{lang}.events")
    except ModuleNotFoundError:
        return None


@Language.factory("veille_events", assigns=["doc._.events"], default_config={"min_confidence": 0.0})
def make_events(nlp: Language, name: str, min_confidence: float) -> "EventCoder":
    return EventCoder(nlp, min_confidence)


class EventCoder:
    """Finds triggers with a Matcher, reads their arguments from the parse, merges repeated mentions."""

    def __init__(self, nlp: Language, min_confidence: float = 0.0) -> None:
        self.data = events_data(nlp.lang)
        self.min_confidence = min_confidence
        if self.data is None:
            return
        d = self.data
        self.table = triggers.lexicon(d)
        self.matcher = triggers.build_matcher(nlp.vocab, self.table)
        self.speech = Matcher(nlp.vocab)
        self.speech.add("SPEECH", [[{"LEMMA": {"IN": sorted(d.SPEECH_VERBS)}, "POS": "VERB"}]])
        self.preps = roles.Preps(d.AGENT_PREPS, d.PARTNER_PREPS, d.TARGET_PREPS, d.GENITIVE_PREPS)
        self.negations = set(d.NEGATIONS)
        self.hyp_heads = set(d.HYPOTHETICAL_HEADS)
        self.hyp_aux = set(getattr(d, "HYPOTHETICAL_AUX", ()))
        self.location_preps = set(d.LOCATION_PREPS)
        self.date_patterns = tuple(re.compile(p, re.I) for p in d.DATE_PATTERNS)
        self.lang = nlp.lang
        self.dual_words = set(d.DUAL_WORDS)
        self.actor_nouns = set(getattr(d, "ACTOR_NOUNS", ()))

    def __call__(self, doc: Doc) -> Doc:
        if self.data is None or not doc.has_annotation("DEP"):
            doc._.events = []
            return doc
        actors = ActorIndex(doc, self.preps.genitive, self.dual_words, self.actor_nouns)
        found: list[Event] = []
        seen: set[int] = set()
        for match_id, start, _ in self.matcher(doc):
            token = doc[start]
            if token.i in seen:
                continue
            pos = doc.vocab.strings[match_id]
            trigger = triggers.choose(token, pos, self.table)
            if trigger is None:
                continue
            seen.add(token.i)
            event = self._event(doc, token, trigger, actors)
            if event is not None:
                found.append(event)
        found += self._denials(doc, actors, seen)
        found.sort(key=lambda e: e.trigger.start)
        events = merge([e for e in found if e.confidence >= self.min_confidence])
        key = content_id(doc.text)
        for event in events:
            event.id = event_id(key, event)
        doc._.events = events
        doc._.entities = actors.entities
        return doc

    def _event(self, doc: Doc, token: Token, trigger: triggers.Trigger, actors: ActorIndex) -> Event | None:
        if qualifiers.is_hypothetical(token, self.hyp_heads, self.hyp_aux):
            return None
        if trigger.pos == "VERB":
            found = roles.verbal_roles(token, trigger, self.preps)
        else:
            found = roles.nominal_roles(token, trigger, self.preps)
        source = _ids(found.sources, actors)
        target = _ids(found.targets, actors)
        partners = _ids(found.partners, actors)
        symmetric = ontology.is_symmetric(trigger.type)
        if symmetric and partners:
            # "évoquer avec Poutine les efforts…": the partner is the participant, the object the topic.
            target = partners
        inferred = False
        if not target and trigger.type in _NEEDS_RECIPIENT and trigger.pos == "NOUN":
            target = _ids(roles.clause_subject(token), actors)
            inferred = bool(target)
        target = [t for t in target if t not in source]
        if not source and not target:
            return None
        actors.note_event(source + target)
        confidence = 0.5 if trigger.generated else 0.65
        confidence += 0.15 * bool(source) + 0.1 * bool(target) - 0.15 * inferred
        if qualifiers.is_conditional(token):
            confidence *= 0.6
        return self._make(doc, token, trigger.type, trigger.mode, source, target, actors, confidence)

    def _denials(self, doc: Doc, actors: ActorIndex, seen: set[int]) -> list[Event]:
        """A speech verb over a negated clause ("Minsk a déclaré qu'ils n'étaient pas…") is a REJECT."""
        out = []
        for _, start, _ in self.speech(doc):
            verb = doc[start]
            clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i not in seen]
            if not clause or not qualifiers.is_negated(clause[0], self.negations):
                continue
            if qualifiers.is_negated(verb, self.negations):
                continue
            source = _ids(roles.expand(roles.subject_of(verb)), actors)
            if source:
                out.append(self._make(doc, verb, "REJECT", None, source, [], actors, 0.6))
        return out

    def _make(self, doc, token, type_, mode, source, target, actors, confidence) -> Event:
        sent = token.sent
        span = Span(text=token.text, start=token.idx, end=token.idx + len(token))
        event = Event(
            type=type_, mode=mode, quad=ontology.quad(type_), source=source, target=target,
            trigger=span, mentions=[span], sentence=SentenceSpan(start=sent.start_char, end=sent.end_char),
            negated=qualifiers.is_negated(token, self.negations), confidence=round(min(confidence, 0.95), 3),
        )
        expressions = qualifiers.date_expressions(sent, self.date_patterns)
        nearest = qualifiers.nearest_date(token, expressions)
        if nearest is not None:
            event.date = qualifiers.resolve_date(nearest[2], doc._.published, self.lang)
        event.location = self._location(token, actors, set(source) | set(target))
        return event

    def _location(self, token: Token, actors: ActorIndex, taken: set[str]) -> str | None:
        anchor = token if token.pos_ in ("VERB", "AUX") else token.head
        for prep, noun in roles.prep_args(anchor) + roles.prep_args(token):
            if prep.split(" ")[-1] in self.location_preps:
                for entity in actors.overlapping(noun.idx, noun.idx + len(noun)):
                    if entity.type in ("GPE", "LOC") and entity.id not in taken:
                        return entity.id
        return None


def _ids(tokens: list[Token], actors: ActorIndex) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        for eid in actors.resolve(tok):
            if eid not in out:
                out.append(eid)
    return out
