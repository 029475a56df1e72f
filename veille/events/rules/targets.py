"""Target fallbacks: a recipient the trigger's own arguments do not name."""

from __future__ import annotations

from .. import roles
from ..engine import Candidate, rule
from .common import ids, last_word, objects
from .verb_roles import OWN_OBJECT

# Modes of acts with no recipient: the office one resigns from is no party.
SELF_MODES = {"resign"}
# Types PLOVER codes with a recipient: when the trigger names none, the clause subject is borrowed.
NEEDS_RECIPIENT = {"SANCTION", "COOPERATE", "AID"}
# Speech acts aimed at someone: where the speaker or the deed was is never whom they blame
# ("condemned the attack in Washington").
VERBAL_ONLY = {"ACCUSE", "REJECT"}


@rule("targets")
def complement_target(c: Candidate, k) -> bool:
    """A complement of the verb names the recipient; "a ratifié l'accord de Paris": a place in a
    genitive names the thing, not a party."""
    if c.target or not c.verbal:
        return False
    genitive_preps = k.preps.genitive
    for candidate in roles.complement_targets(c.token, c.found.sources, k.preps):
        genitive = all(any(ch.dep_ == "case" and ch.lower_.replace("’", "'") in genitive_preps for ch in t.children)
                       for t in candidate)
        c.target = [t for t in ids(candidate, c.actors) if t not in c.source and t not in c.withdrawn
                    and not (genitive and not c.actors.is_actor(t))]
        if c.target:
            return True
    return False


@rule("targets")
def threatened_party(c: Candidate, k) -> bool:
    """"threatened to strike unless Israel rescinded…": whoever must comply is the one threatened."""
    if c.target or c.type != "THREATEN":
        return False
    c.target = [t for t in ids(k.condition_subjects(c.token), c.actors) if t not in c.source]
    return bool(c.target)


@rule("targets")
def recipient_preposition(c: Candidate, k) -> bool:
    """"granted asylum to five officers": the object names no actor, its recipient does."""
    if c.target or not c.source or not c.verbal:
        return False
    for prep, noun in roles.prep_args(c.token):
        last = last_word(prep)
        if last in k.preps.target and last not in k.lex.location_preps:
            c.target = [t for t in ids(roles.expand([noun]), c.actors) if t not in c.source]
            if c.target:
                return True
    return False


@rule("targets")
def people_in_required_object(c: Candidate, k) -> bool:
    """The object a trigger requires is part of the act, but people are still its target: "ont pris
    vingt otages"."""
    if c.target or not c.trigger.obj or not c.verbal:
        return False
    c.target = [t for t in ids([o for o in objects(c.token) if not roles._own(o)], c.actors)
                if t not in c.source and c.actors.is_actor(t)]
    return bool(c.target)


@rule("targets")
def clause_subject_recipient(c: Candidate, k) -> bool:
    """A sanction, a cooperation, an aid named by a noun: the clause subject is its recipient."""
    if c.target or c.type not in NEEDS_RECIPIENT or c.verbal:
        return False
    c.target = ids(roles.clause_subject(c.token), c.actors)
    c.inferred = bool(c.target)
    return c.inferred


@rule("targets")
def place_recipient(c: Candidate, k) -> bool:
    """PLOVER's recipient of a one-sided act is the place it targets: a visit's host ("arrived in
    Amman"), the country of a protest ("demonstrated in Serbia"); only for an act with a known doer,
    and not for a retreat, whose recipient is whom it is from."""
    if c.target or not c.source or (c.type == "RETREAT" and c.mode != "withdraw") or c.type in VERBAL_ONLY:
        return False
    place = k.location(c.token, c.actors, set(c.source))
    c.target = [place] if place else []
    c.placed = bool(place)
    return c.placed


@rule("targets")
def not_self(c: Candidate, k) -> bool:
    """No one is their own recipient, nor are the forces they withdraw."""
    before = len(c.target)
    c.target = [t for t in c.target if t not in c.source and t not in c.withdrawn]
    return len(c.target) < before


@rule("targets")
def withdrawn_post(c: Candidate, k) -> bool:
    """"retirer les soldats de la mission en Haïti": the place named inside what is withdrawn; "a
    rappelé son ambassadeur en Allemagne": the country of the post."""
    if c.target or not (c.withdrawn or c.type == "SANCTION" and c.mode == "withdraw" and c.verbal):
        return False
    places = [n for obj in objects(c.token) for p, n in roles.prep_args(obj, depth=2)
              if last_word(p) in k.lex.location_preps | k.preps.origin]
    c.target = [e.id for n in places for e in c.actors.overlapping(n.idx, n.idx + len(n))
                if e.type in ("GPE", "LOC") and e.id not in c.source][:1]
    return bool(c.target)


@rule("targets")
def actor_in_complements(c: Candidate, k) -> bool:
    """Last resort: the first other actor named inside the verb's object and complements."""
    if (c.target or not c.verbal or roles.is_passive(c.token) or c.mode in SELF_MODES or c.type in OWN_OBJECT
            or c.lemma in k.lex.transfer_verbs):
        return False
    c.target = k.clause_actor(c.token, c.actors, set(c.source) | c.withdrawn)
    return bool(c.target)
