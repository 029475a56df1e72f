"""Argument tokens of a verbal trigger: subject, object, complements, read from the parse."""

from __future__ import annotations

from .. import roles
from ..engine import Candidate, rule
from .common import last_word, objects

# Types whose object is the actor's own force ("mobilized army reservists"), never the recipient: that
# is whom the force is raised against ("for a possible war against Iraq").
OWN_OBJECT = {"MOBILIZE"}


@rule("verb_roles")
def verb_arguments(c: Candidate, k) -> bool:
    """Subject, objects, agents and partners of the verb (across passives and coordination)."""
    if not c.verbal:
        return False
    c.found = roles.verbal_roles(c.token, c.trigger, k.preps)
    return False


@rule("verb_roles")
def stative_passive(c: Candidate, k) -> bool:
    """"Israel is opposed to…": a stative participle's subject is who holds the stance."""
    if not c.verbal or c.found.sources or c.lemma not in k.lex.stative_participles or not roles.is_passive(c.token):
        return False
    c.found.sources, c.found.targets = c.found.targets, []
    return True


@rule("verb_roles")
def transfer_recipient(c: Candidate, k) -> bool:
    """"contribute 4,000 troops to a force in Liberia": the recipient is who receives, not what is given."""
    tok = c.token
    if not c.verbal or c.lemma not in k.lex.transfer_verbs or roles.is_passive(tok):
        return False
    dative = [ch for ch in tok.children if ch.dep_ in ("iobj", "dative") and ch.pos_ in ("NOUN", "PROPN")]
    dative += [g for ch in tok.children if ch.dep_ == "dative" and ch.pos_ == "ADP"
               for g in ch.children if g.dep_ == "pobj"]  # "providing intelligence to Macedonia"
    pairs = roles.prep_args(tok) + [pair for o in objects(tok) for pair in roles.prep_args(o)]
    given = [n for p, n in pairs if last_word(p) in k.preps.target]
    c.found.targets = dative or given[:1] or [t for t in c.found.targets if t.dep_ not in ("obj", "dobj")]
    return True


@rule("verb_roles")
def unarmed_mobilization(c: Candidate, k) -> bool:
    """"mobilized pressure groups", "dispatched inspectors": no show of force."""
    return (c.verbal and c.type in OWN_OBJECT and bool(k.lex.armed_nouns) and not k.armed_object(c.token, c.actors)
            and c.drop("unarmed"))


@rule("verb_roles")
def force_adversary(c: Candidate, k) -> bool:
    """A mobilisation's recipient is whom the force is raised against, not the force itself."""
    if not c.verbal or c.type not in OWN_OBJECT or roles.is_passive(c.token):
        return False
    c.found.targets = [n for p, n in roles.prep_args(c.token, depth=3) if last_word(p) in k.preps.adversative][:1]
    return True


@rule("verb_roles")
def required_object(c: Candidate, k) -> bool:
    """A trigger that requires an object: the object's own complement names the recipient ("rompre les
    relations avec X") unless the object already names one; the object itself is the act."""
    if not c.verbal or not c.trigger.obj:
        return False
    fired = False
    for obj in objects(c.token):
        extra = roles.nominal_roles(obj, c.trigger, k.preps)
        c.found.partners += extra.partners
        if extra.targets and len(c.found.targets) < 2 and not any(c.actors.resolve(t) for t in c.found.targets):
            c.found.targets, fired = extra.targets, True
        if c.found.targets == [obj] and not c.actors.resolve(obj):
            c.found.targets, fired = [], True
    return fired


@rule("verb_roles")
def quoted_inversion(c: Candidate, k) -> bool:
    """"« Venez », a demandé le ministre": after a closing quote and a comma the subject follows its verb,
    and the parse often reads it as the object (and the verb as a conjunct of the quoted clause, whose
    subject it then borrows); that noun phrase is who acts, the quote what is said."""
    if not c.verbal or len(c.found.targets) != 1:
        return False
    tok, doer = c.token, c.found.targets[0]
    before = [t for t in tok.doc[tok.sent.start:tok.i] if not (t.head.i == tok.i and t.dep_.startswith("aux"))]
    if doer.i < tok.i or len(before) < 2 or not _quote_then_comma(before[-2], before[-1]):
        return False
    if any(s.i > before[-2].i for s in c.found.sources):
        return False  # a subject of its own outside the quote
    if any(not t.is_punct for t in tok.doc[doer.right_edge.i + 1:tok.sent.end]):
        return False  # the inverted subject closes the sentence: "…, a demandé M. X."
    c.found.sources, c.found.targets = [doer], []
    return True


def _quote_then_comma(first, second) -> bool:
    """« … », (French) or …," (English): a closing quote and a comma in either order."""
    return {first.is_quote, second.is_quote} == {True, False} and "," in (first.text, second.text)
