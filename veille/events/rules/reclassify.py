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
    elif quad in _COOPERATION and qualifiers.is_negated(c.token, lex.negations):
        c.type, c.mode, c.refusal = "REJECT", None, True
    elif quad in _COOPERATION:
        c.type, c.mode = "AGREE", None
    elif quad == "material-conflict":
        c.type, c.mode = "THREATEN", None
    else:
        return False
    return True
