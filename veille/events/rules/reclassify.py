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


@rule("reclassify")
def warning_of_conduct(c: Candidate, k) -> bool:
    """"warned that Beijing was trying to…", "a averti que Moscou préparait…": a warning whose clause
    reports what another party does or did is an accusation of that party; a warning of what will
    happen ("warned that it would retaliate", "warned of consequences") stays a threat."""
    lex = k.lex
    if not c.verbal or c.type != "THREATEN" or c.lemma not in lex.warning_verbs:
        return False
    clause = next((ch for ch in c.token.children if ch.dep_ == "ccomp"), None)
    if clause is None or not _reported_conduct(clause, lex):
        return False
    from .. import roles
    from .common import ids

    own = set(ids(roles.expand(roles.subject_of(c.token)), c.actors))
    subjects = [ch for ch in clause.children if ch.dep_ in roles.SUBJECTS]
    if not [d for d in ids(roles.expand(subjects), c.actors) if d not in own]:
        return False  # "warned that prices were rising": no party's conduct
    c.type, c.mode = "ACCUSE", "allege"
    return True


def _reported_conduct(clause, lex) -> bool:
    """A finite clause of fact: no future, conditional or modal, no condition ("if", "unless", "si")."""
    verbs = [clause] + [ch for ch in clause.children if ch.dep_.startswith("aux")]
    if not any("Fin" in v.morph.get("VerbForm") for v in verbs):
        return False
    if any("Fut" in v.morph.get("Tense") or "Cnd" in v.morph.get("Mood") for v in verbs):
        return False
    if any(v.lower_ in lex.future_aux | lex.hypothetical_aux for v in verbs[1:]):
        return False
    conditions = lex.conditions_threatening | lex.hypothetical_marks
    return not any(t.lower_ in conditions for t in clause.subtree if t.dep_ in ("mark", "advmod"))


@rule("reclassify")
def upheld_measure(c: Candidate, k) -> bool:
    """"the Supreme Court upheld the president's travel ban": upholding a measure someone else took
    supports it (and its author); a party that upholds its own ban refuses to ease it, as the record
    codes ("the government upheld its ban"). French "confirmer", "maintenir" are no triggers: the
    measure they take is coded as a noun."""
    lex = k.lex
    if not c.verbal or c.lemma not in lex.upholding_verbs:
        return False
    verb = c.token
    measures = [o for o in verb.children if o.dep_ in ("obj", "dobj") and o.lemma_.lower() in lex.measure_nouns]
    if not measures or any(ch.dep_ in ("poss", "nmod:poss", "det:poss") and ch.pos_ in ("PRON", "DET")
                           or "Yes" in ch.morph.get("Poss") for m in measures for ch in m.children):
        return False  # "upheld its ban", "a maintenu son interdiction": its own measure
    from .. import roles
    from .claims import _authors
    from .common import ids

    upholders = set(ids(roles.expand(roles.subject_of(verb)), c.actors))
    if upholders & {a for m in measures for a in _authors(m, c, k)}:
        return False
    c.type, c.mode = "SUPPORT", None
    return True


@rule("reclassify")
def aimed_measure(c: Candidate, k) -> bool:
    """"the sanctions target officials", "les sanctions frappent dix banques", "The UK has also
    targeted X" after a list of sanctions: a verb of aiming names a measure when a measure aims, or
    when an unarmed party aims in a passage about sanctions; troops, strikes or weapons attack."""
    lex = k.lex
    if not c.verbal or c.type != "ASSAULT" or c.lemma not in lex.aiming_verbs:
        return False
    from .. import roles

    subjects = roles.subject_of(c.token)
    if subjects and all(s.lemma_.lower() in lex.measure_nouns for s in subjects):
        c.type, c.mode = "SANCTION", None
        return True
    armed = any(s.lemma_.lower() in lex.armed_nouns or s.lemma_.lower() in lex.munition_nouns
                or any(c.actors.sector(e) in ("MIL", "REB") for e in c.actors.resolve(s)) for s in subjects)
    weapon = any(t.lemma_.lower() in lex.armed_nouns | lex.munition_nouns | lex.weapon_modifiers
                 for t in c.token.subtree)
    parties = [e for s in subjects for e in c.actors.resolve(s) if c.actors.is_actor(e)]
    if not parties or armed or weapon or not _sanctions_before(c, k):
        return False
    c.type, c.mode = "SANCTION", None
    return True


def _sanctions_before(c: Candidate, k, span: int = 2) -> bool:
    """A sanction is named in the trigger's sentence or in one of the ``span`` sentences before it."""
    from .. import triggers

    sent = c.token.sent
    start = sent.start
    for _ in range(span):
        if start == 0:
            break
        start = c.doc[start - 1].sent.start
    for tok in c.doc[start:sent.end]:
        if tok.i == c.token.i or tok.pos_ not in ("NOUN", "VERB"):
            continue
        found = triggers.choose(tok, "NOUN" if tok.pos_ == "NOUN" else "VERB", k.table, k.repairs)
        if found is not None and found.type == "SANCTION":
            return True
    return False


@rule("reclassify")
def vowed_retaliation(c: Candidate, k) -> bool:
    """"vowed retaliation", "pledged stronger countermeasures", "a promis une riposte": a promise of
    retaliation is a threat (PLOVER codes announced conflict as THREATEN), not an agreement."""
    lex = k.lex
    if not c.verbal or c.type != "AGREE" or c.lemma not in lex.intent_heads or not lex.retaliation_words:
        return False
    taken = [ch for ch in c.token.children if ch.dep_ in ("obj", "dobj", "xcomp", "ccomp")]
    if not any(t.lemma_.lower() in lex.retaliation_words for t in taken):
        return False
    c.type, c.mode = "THREATEN", None
    return True


@rule("reclassify")
def hostile_welcome(c: Candidate, k) -> bool:
    """"ont accueilli le ministre à coups de sifflets", "greeted the minister with boos": a welcome
    given with jeers is a protest against the one received, not a visit."""
    lex = k.lex
    if not c.verbal or c.lemma not in lex.welcoming_verbs or not lex.jeering_nouns:
        return False
    taken = {o.i for o in c.token.children if o.dep_ in ("obj", "dobj") for o in o.subtree}
    manner = [t for t in c.token.subtree if t.i not in taken and t.lemma_.lower() in lex.jeering_nouns]
    if not manner:
        return False
    c.type, c.mode = "PROTEST", "demo"
    return True
