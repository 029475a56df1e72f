"""PLOVER conventions applied to the triggers and events of a document, beyond reading each trigger.

Which words are no acts (a noun inside a name), which acts are coded as something else (a protest in
words is an accusation, stopping an act is its reversal), and how a protest and its demand make one
event. Each rule cites the PLOVER manual it follows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Event
from . import ontology, triggers

# Named-entity labels (OntoNotes and WikiNER) whose inner words are names, not acts.
_NAME_LABELS = {"ORG", "PERSON", "PER", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "EVENT", "MISC"}
# What a protest is for: the demand or the grievance whose recipient is the protest's.
_PURPOSES = {"REQUEST", "ACCUSE", "REJECT"}


def in_name(token: Token, trigger: triggers.Trigger) -> bool:
    """A noun inside a name is part of it: "Asia-Pacific Economic Cooperation", "Ceasefire Violations Committee"."""
    return trigger.pos == "NOUN" and token.ent_type_ in _NAME_LABELS and token.ent_iob_ == "I"


def spoken(token: Token, trigger: triggers.Trigger) -> triggers.Trigger:
    """"…, a human rights group protested that…": a protest in words is ACCUSE; PROTEST presumes
    "significant physical/material activity" (PLOVER manual)."""
    if trigger.type == "PROTEST" and trigger.pos == "VERB" and any(c.dep_ == "ccomp" for c in token.children):
        return triggers.Trigger(trigger.lemma, "VERB", "ACCUSE", "disapprove", generated=trigger.generated)
    return trigger


def object_of(noun: Token) -> Token | None:
    """The verb's object a nominal trigger is, or names as a modifier ("ended mediation efforts")."""
    if noun.dep_ == "compound" and noun.head.dep_ in ("obj", "dobj"):
        noun = noun.head
    return noun if noun.dep_ in ("obj", "dobj") else None


def stopped(chosen: list[tuple[Token, triggers.Trigger]], stopping: set[str]) -> list[tuple[Token, triggers.Trigger]]:
    """A stopping verb over a nominal trigger codes the reversal of that act on the verb: "lifted the
    curfew" → CONCEDE, "halted air strikes" → RETREAT, "suspended aid" → SANCTION. A verb record with
    its own object condition ("lift sanctions") keeps its type."""
    verbs = {tok.i: (k, t) for k, (tok, t) in enumerate(chosen) if t.pos == "VERB"}
    out = list(chosen)
    for tok, t in chosen:
        obj = object_of(tok)
        if t.pos != "NOUN" or not t.type or obj is None or obj.head.lemma_.lower() not in stopping:
            continue
        head = obj.head
        reversal = ontology.when_stopped(t.type)
        if reversal is None:
            continue
        new = triggers.Trigger(lemma=head.lemma_.lower(), pos="VERB", type=reversal[0], mode=reversal[1],
                               generated=t.generated)
        if head.i in verbs:
            k, own = verbs[head.i]
            if not own.specificity:
                out[k] = (head, new)
        else:
            verbs[head.i] = (len(out), new)
            out.append((head, new))
    return out


def protest_recipients(doc: Doc, events: list[Event], placed: set[int]) -> list[Event]:
    """A protest names its recipient through its purpose: "staged demonstrations to demand the
    resignation of X", "rioted … calling for the removal of X" → X, rather than the place where it
    happened. The demand itself is no separate event: "the topic of the protest—which will typically
    be a REQUEST—is not coded as a separate event" (PLOVER manual)."""
    tokens = {id(e): doc.char_span(e.trigger.start, e.trigger.end) for e in events}
    topics: set[int] = set()
    for event in events:
        span = tokens[id(event)]
        if event.type != "PROTEST" or span is None:
            continue
        root = span.root
        clause = root.head if root.pos_ == "NOUN" and root.dep_ in ("obj", "dobj") else root
        purposes = [
            other for other in events
            if other is not event and other.type in _PURPOSES | {"PROTEST"} and tokens[id(other)] is not None
            and clause in tokens[id(other)].root.ancestors
            and len(list(tokens[id(other)].root.ancestors)) - len(list(clause.ancestors)) <= 3
        ]
        if not event.target or id(event) in placed:
            place = list(event.target)
            for other in purposes:
                event.target = [t for t in other.target if t not in event.source]
                if event.target:
                    break
            event.target = event.target or place
        # "staged a hunger strike in protest against…": one protest, the strike
        topics |= {id(o) for o in purposes
                   if o.type in ("REQUEST", "PROTEST") and set(o.source) <= set(event.source)
                   and set(o.target) <= set(event.target)}
    return [e for e in events if id(e) not in topics]
