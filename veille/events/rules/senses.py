"""Trigger senses checked against their arguments: the same word names an act or not depending on
what it takes ("strike" a target or "striking that…", "call" someone or "call X a disgrace")."""

from __future__ import annotations

from .. import ontology, roles
from ..engine import Candidate, rule
from .common import ids, names_party, objects

_CLAUSES = ("ccomp", "csubj", "csubjpass")


@rule("vetoes")
def byline(c: Candidate, k) -> bool:
    """"Anna Berg contributed reporting from Oslo": the article's credits, not news."""
    if not k.bylines:
        return False
    return k.in_byline(c.doc, c.token) and c.drop("byline")


@rule("vetoes")
def expletive_clause(c: Candidate, k) -> bool:
    """"It is striking that…": an impersonal subject over a clause is a comment, not an act."""
    tok = c.token
    if not c.verbal:
        return False
    words = list(tok.children)
    if tok.dep_ in ("acomp", "attr") and tok.head != tok:
        words += list(tok.head.children)  # "it is striking that…" with the copula as head
    subjects = [ch for ch in words if ch.dep_ in roles.SUBJECTS or ch.dep_.startswith("expl")]
    clauses = [ch for ch in words if ch.dep_ in _CLAUSES]
    return (bool(subjects) and all(s.lower_ in k.lex.expletive_pronouns for s in subjects) and bool(clauses)
            and c.drop("impersonal comment"))


@rule("vetoes")
def nominal_participle(c: Candidate, k) -> bool:
    """"dont il était l'invité", "est l'exécutant de l'attaque": a participle with a determiner or a
    copula is used as a noun or an adjective (the guest, the one who carried it out), not as the verb."""
    if not c.verbal or c.token.pos_ not in ("VERB", "AUX"):
        return False
    tok = c.token
    determined = any(ch.dep_ == "det" and ch.i < tok.i for ch in tok.children)
    present = "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")
    copular = present and any(ch.dep_ == "cop" for ch in tok.children)
    return (determined or copular) and c.drop("participle used as a noun")


@rule("vetoes")
def interception_sense(c: Candidate, k) -> bool:
    """"a abattu 31 missiles", "shot down two drones": an attack verb whose object is a munition in flight
    names its interception, a defence; no party was attacked."""
    # A record keyed on its object ("jeter des projectiles") names the throwing itself: an attack.
    if not c.verbal or c.type != "ASSAULT" or c.trigger.obj or not k.lex.munition_nouns:
        return False
    taken = objects(c.token) or [ch for ch in c.token.children if ch.dep_ in ("nsubj:pass", "nsubjpass")]
    # A date the parse took for an object or hung the object on ("abattu jeudi 31 missiles") is no object;
    # what hangs on it is.
    dates = [ch for ch in c.token.children if c.actors.in_date(ch)]
    taken = [o for o in taken if not c.actors.in_date(o)] + [
        ch for d in dates for ch in d.children if ch.dep_ == "nmod" and ch.pos_ == "NOUN"]
    if bool(taken) and all(o.lemma_.lower() in k.lex.munition_nouns for o in taken):
        return c.drop("interception")
    # "abattu jeudi à l'aube 31 missiles": the parse may hang the object on a time adjunct; the first
    # bare noun after the verb, past the dates, is what was shot down.
    first = _first_bare_noun(c)
    return first is not None and first.lemma_.lower() in k.lex.munition_nouns and c.drop("interception")


def _first_bare_noun(c: Candidate):
    """The first noun after the verb in its clause that no preposition introduces and no date holds."""
    for tok in c.token.subtree:
        if tok.i <= c.token.i or tok.pos_ not in ("NOUN", "PROPN") or c.actors.in_date(tok):
            continue
        if tok.dep_ in ("pobj",) or any(ch.dep_ == "case" for ch in tok.children):
            continue
        if any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors if a.i > c.token.i and a in c.token.subtree):
            return None  # inside a clause of its own
        return tok
    return None


@rule("vetoes")
def naming_sense(c: Candidate, k) -> bool:
    """"called the deficit 'the defining problem'", "whom Beijing calls a separatist": naming someone or
    something, not calling them."""
    if not c.verbal or c.lemma not in k.lex.naming_verbs:
        return False
    return any(ch.dep_ in ("oprd", "xcomp", "attr") for ch in c.token.children) and c.drop("naming")


@rule("vetoes")
def figurative_conflict(c: Candidate, k) -> bool:
    """"a battle to win the election", "une lutte pour convaincre": a contest, not a fight, when the
    conflict noun takes the goal as an infinitive."""
    if c.verbal and not c.trigger.obj or ontology.quad(c.type) not in ("material-conflict", "verbal-conflict"):
        return False
    # "faces a battle to win…": a verb keyed on its object is read through that object.
    nouns = [o for o in objects(c.token) if o.lemma_.lower() == c.trigger.obj] if c.verbal else [c.token]
    goal = [ch for n in nouns for ch in n.children if ch.dep_ in ("acl", "advcl") and ch.pos_ == "VERB"
            and "Inf" in ch.morph.get("VerbForm") and any(g.dep_ in ("aux", "mark") and g.pos_ in ("PART", "ADP") for g in ch.children)
            and not _conflict(ch, k)]
    return bool(goal) and c.drop("figurative")


def _conflict(verb, k) -> bool:
    """The verb names an act of conflict itself ("a campaign to attack…")."""
    from .. import triggers

    found = triggers.choose(verb, "VERB", k.table, k.repairs)
    return found is not None and ontology.quad(found.type) in ("material-conflict", "verbal-conflict")


@rule("vetoes")
def showing_sense(c: Candidate, k) -> bool:
    """"as demonstrated by his departure", "demonstrated that…": showing, not demonstrating."""
    if not c.verbal or c.type != "PROTEST":
        return False
    tok = c.token
    shown = roles.is_passive(tok) or any(ch.dep_ in _CLAUSES + ("agent", "obl:agent") for ch in tok.children)
    return shown and c.drop("showing")


@rule("vetoes")
def dismissal_sense(c: Candidate, k) -> bool:
    """"fired the commander": a person as the object of "fire" is dismissed, not shot at."""
    if not c.verbal or c.lemma not in k.lex.person_object_senses or ontology.quad(c.type) != "material-conflict":
        return False
    for obj in objects(c.token):
        people = [e for e in ids([obj], c.actors) if c.actors.entity_type(e) == "PERSON"]
        if people or obj.lemma_.lower() in k.lex.person_titles:
            return c.drop("dismissal")
    return False


@rule("vetoes")
def stative_seizure(c: Candidate, k) -> bool:
    """"elle occupe un logement social": a seizure takes a party or a place; holding a thing is a state."""
    if not c.verbal or c.type != "COERCE" or c.mode != "seize" or roles.is_passive(c.token):
        return False
    tok = c.token
    if "Pres" not in tok.morph.get("Tense") or any(ch.dep_.startswith("aux") for ch in tok.children):
        return False  # "a pris le contrôle de…", "seized": an act, not a state
    taken = objects(tok)
    named = [t for o in taken for t in o.subtree if c.actors.resolve(t)]
    return bool(taken) and not named and c.drop("state")


@rule("vetoes")
def cause_object(c: Candidate, k) -> bool:
    """"défendre les frontières du pays", "defend the sovereignty of the nation", "les frontières
    défendues par l'armée": supporting a cause or a thing, not a party; these verbs code an act only
    when what they take (or the noun their participle qualifies) is an actor."""
    if not c.verbal or c.lemma not in k.lex.party_object_verbs:
        return False
    taken = objects(c.token)
    if not taken and c.token.dep_ == "acl" and roles.is_passive(c.token) | _participle(c.token):
        taken = [c.token.head]  # "les difficultés rencontrées": the noun the participle qualifies
    if not taken:
        return False
    return not any(names_party(o, c, k) for o in taken) and c.drop("cause, not party")


def _participle(tok) -> bool:
    return "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")


@rule("vetoes")
def measure_instrument(c: Candidate, k) -> bool:
    """"targeted with travel bans", "visés par des sanctions": a verb of attack whose instrument is a
    measure names that measure, which the noun codes itself; no one was attacked."""
    if not c.verbal or c.type != "ASSAULT" or not k.lex.instrument_preps:
        return False
    from .. import triggers

    for noun in _instruments(c.token, k.lex.instrument_preps):
        found = triggers.choose(noun, "NOUN", k.table, k.repairs)
        if found is not None and found.type not in ("ASSAULT", "THREATEN"):
            return c.drop("measure, not attack")
    return False


def _instruments(tok, preps):
    """The nouns a verb takes with an instrument preposition ("with sanctions", "par des sanctions")."""
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in preps:
            yield from (g for g in ch.children if g.dep_ == "pobj")
        elif ch.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in preps for g in ch.children):
            yield ch


@rule("vetoes")
def refused_closing(c: Candidate, k) -> bool:
    """"a refusé de fermer toutes les portes", "refused to rule out talks": refusing to close, break
    off or exclude keeps a course open; that is no rejection of anyone."""
    lex = k.lex
    if not c.verbal or c.type != "REJECT" or c.lemma not in lex.refusing_verbs or not lex.closing_verbs:
        return False
    done = [ch for ch in c.token.children if ch.dep_ in ("xcomp", "ccomp", "advcl") and ch.pos_ == "VERB"]
    return any(v.lemma_.lower() in lex.closing_verbs for v in done) and c.drop("refusal to close")
