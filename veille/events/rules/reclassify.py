"""Reclassification: a hypothetical act is dropped or becomes a warning, an announced one an
agreement, a threat or a refusal (as PLOVER codes intentions)."""

from __future__ import annotations

from .. import ontology, qualifiers
from ..engine import Candidate, rule

_CONFLICT = ("material-conflict", "verbal-conflict")
_COOPERATION = ("verbal-cooperation", "material-cooperation")


@rule("reclassify")
def hypothetical(c: Candidate, k) -> bool:
    """"pourrait sanctionner" is no happening; "may halt mediation efforts if cooperation founders",
    a conditioned act of conflict, is a warning (THREATEN)."""
    lex = k.lex
    if not qualifiers.is_hypothetical(c.token, lex.hypothetical_heads, lex.hypothetical_aux, lex.hypothetical_marks,
                                      k.repairs, lex.alleging_heads):
        return False
    if not (ontology.quad(c.type) in _CONFLICT and c.type != "THREATEN"
            and k.condition_subjects(c.token, any_subject=True)):
        return c.drop("hypothetical")
    c.type, c.mode = "THREATEN", None
    return True


@rule("reclassify")
def intended(c: Candidate, k) -> bool:
    """PLOVER codes announced intentions as AGREE (cooperation) or THREATEN (conflict); an announced
    refusal is a rejection ("will not accept refugees", "ne participera pas")."""
    lex = k.lex
    if not qualifiers.is_intended(c.token, lex.intent_heads, lex.future_aux, k.repairs):
        return False
    quad = ontology.quad(c.type)
    conditional = any(t.lower_ in lex.condition_markers for t in c.token.subtree if t.dep_ in ("mark", "advmod", "fixed"))
    if conditional and c.type != "THREATEN":
        c.type, c.mode = "THREATEN", None
    elif quad in _COOPERATION and qualifiers.is_negated(c.token):
        c.type, c.mode, c.refusal = "REJECT", None, True
    elif quad in _COOPERATION:
        c.type, c.mode = "AGREE", None
    elif quad == "material-conflict":
        c.type, c.mode = "THREATEN", None
    else:
        return False
    return True


@rule("reclassify")
def conviction(c: Candidate, k) -> bool:
    """"condamné à deux ans de prison", "sentenced to five years": a verdict with its penalty is a
    conviction (SANCTION), not a reproach nor an arrest."""
    lex = k.lex
    if not c.verbal or c.lemma not in lex.conviction_verbs or (c.type, c.mode) == ("SANCTION", "convict"):
        return False
    taken = [t for ch in c.token.children if ch.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") for t in ch.subtree]
    if not any(_penalty(t, lex) for t in taken):
        return False
    c.type, c.mode = "SANCTION", "convict"
    return True


@rule("reclassify")
def armed_strike(c: Candidate, k) -> bool:
    """"air strikes", "drone strikes": a strike named by its weapon is an attack from the air, not a
    walk-out (English uses one word for both; French says "frappes" and "grève")."""
    modifiers = k.lex.weapon_modifiers
    if c.verbal or c.type != "PROTEST" or not modifiers:
        return False
    if not any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in modifiers for ch in c.token.children):
        return False
    c.type, c.mode = "ASSAULT", "aerial"
    return True


def _penalty(tok, lex) -> bool:
    """A penalty noun sentenced to ("à deux ans de prison", "to five years in prison"): it, or the noun
    it hangs on, takes the preposition of the penalty."""
    if tok.lemma_.lower() not in lex.penalty_nouns:
        return False
    heads = (tok, tok.head) if tok.head.pos_ in ("NOUN", "NUM") else (tok,)
    for h in heads:
        if any(ch.dep_ == "case" and ch.lower_ in lex.penalty_preps for ch in h.children):
            return True  # a UD case marker: "à deux ans"
        if h.dep_ == "pobj" and h.head.lower_ in lex.penalty_preps:
            return True  # a preposition over its object: "to five years"
    return False


@rule("reclassify")
def ruling_out(c: Candidate, k) -> bool:
    """"a exclu toute hausse des impôts": excluding a thing or a course is a rejection; only a party
    (a member, a country) is expelled."""
    if not c.verbal or c.lemma not in k.lex.ruling_out_verbs or c.type != "SANCTION":
        return False
    from .common import names_party, objects

    taken = objects(c.token)
    if not taken or any(names_party(o, c, k) for o in taken):
        return False
    c.type, c.mode = "REJECT", None
    return True
