"""Argument tokens of a nominal trigger: genitives, adjectives, the verb it hangs on."""

from __future__ import annotations

from .. import roles
from ..engine import Candidate, rule
from .common import objects


@rule("noun_roles")
def noun_arguments(c: Candidate, k) -> bool:
    """Genitive, agent, partner and recipient complements of the noun."""
    if c.verbal:
        return False
    c.found = roles.nominal_roles(c.token, c.trigger, k.preps)
    return False


@rule("noun_roles")
def demonym_doer(c: Candidate, k) -> bool:
    """"les sanctions américaines", "des frappes russes": French writes demonyms in lower case."""
    if c.verbal or c.found.sources:
        return False
    c.found.sources = [ch for ch in c.token.children if ch.dep_ == "amod" and ch.pos_ == "ADJ" and ch.is_lower
                       and c.actors._demonym(ch)][:1]
    return bool(c.found.sources)


@rule("noun_roles")
def speaker_not_doer(c: Candidate, k) -> bool:
    """"la télévision a qualifié les frappes d'agression": whoever speaks of an act is not its doer;
    only light verbs ("a mené des frappes", "exprime son soutien") pass it on."""
    tok, passing = c.token, k.lex.passing_verbs
    if c.verbal or not passing or tok.dep_ not in ("obj", "dobj") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    own = any("Yes" in ch.morph.get("Poss") for ch in tok.children if ch.dep_ == "det")  # "leur accord"
    if own or tok.head.lemma_.lower() in passing | k.lex.receiving_verbs:
        return False
    doers = set(roles.subject_of(tok.head))
    before = len(c.found.sources)
    c.found.sources = [t for t in c.found.sources if t not in doers]
    return len(c.found.sources) < before


@rule("noun_roles")
def receiver_recipient(c: Candidate, k) -> bool:
    """"bénéficiant du soutien de Merkel, Juncker…": who receives is the recipient, not the doer."""
    tok = c.token
    if c.verbal or tok.head.lemma_.lower() not in k.lex.receiving_verbs or tok.head == tok:
        return False
    recipients = roles.expand(k.subject_or_patient(tok.head))
    c.found.sources = [t for t in c.found.sources if t not in recipients]
    c.found.targets = c.found.targets or recipients
    return True


@rule("noun_roles")
def light_noun_doer(c: Candidate, k) -> bool:
    """"a annoncé l'ouverture d'une enquête", "le lancement d'une offensive par l'armée"."""
    tok = c.token
    if c.verbal or c.found.sources or tok.dep_ != "nmod" or tok.head.lemma_.lower() not in k.lex.light_nouns:
        return False
    c.found.sources = (roles.nominal_roles(tok.head, c.trigger, k.preps).sources
                       or roles.governing_actor(tok.head))
    return bool(c.found.sources)


@rule("noun_roles")
def opposing_sides(c: Candidate, k) -> bool:
    """"des affrontements ont opposé les forces de sécurité à des manifestants"."""
    tok = c.token
    if c.verbal or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in k.lex.opposing_verbs:
        return False
    sides = objects(tok.head)
    c.found.sources = roles.expand(sides)
    c.found.targets = roles.expand([n for t in [tok.head] + sides for p, n in roles.prep_args(t)
                                    if p in k.preps.target | k.preps.partner][:1])
    return True


@rule("noun_roles")
def responsible_doer(c: Candidate, k) -> bool:
    """"cette branche est responsable de plusieurs attentats", "X, l'auteur de l'attaque"."""
    tok = c.token
    holder = tok.head
    if (c.verbal or c.found.sources or holder.lemma_.lower() not in k.lex.responsible_nouns or holder == tok
            or not tok.dep_.startswith(("nmod", "obl"))):
        return False
    c.found.sources = roles.expand(([holder.head] if holder.dep_ == "appos" else []) or roles.subject_of(holder))
    return bool(c.found.sources)


@rule("noun_roles")
def targeting_participle(c: Candidate, k) -> bool:
    """"une enquête visant douze personnalités", "des sanctions visant des responsables russes"."""
    if c.verbal:
        return False
    aimed = [o for ch in c.token.children if ch.dep_ == "acl" and ch.lemma_.lower() in k.lex.targeting_verbs
             for o in objects(ch)]
    if not aimed:
        return False
    c.found.targets = roles.expand(aimed[:1])
    return True


@rule("noun_roles")
def recipient_complement(c: Candidate, k) -> bool:
    """"son soutien à May", "une aide aux réfugiés": a party after "à" is the recipient, also when the
    parser hangs it on the light verb that carries the noun."""
    if c.verbal or c.found.targets:
        return False
    tok = c.token
    args = roles.prep_args(tok)
    if tok.dep_ in ("obj", "dobj") and tok.head.lemma_.lower() in k.lex.light_verbs:
        args += roles.prep_args(tok.head)  # "a apporté son soutien au directeur": hung on the light verb
    c.found.targets = [n for p, n in args if p in k.preps.target
                       and any(c.actors.is_actor(x) for x in c.actors.resolve(n))][:1]
    return bool(c.found.targets)


@rule("noun_roles")
def state_of_arrest(c: Candidate, k) -> bool:
    """"X, who is under house arrest", "placed X under house arrest", "placé en détention": whoever is
    in the state is the target; the one who put them there, if named, the source."""
    from .parties import PERSONAL_MODES

    tok = c.token
    if c.verbal or c.mode not in PERSONAL_MODES:
        return False
    case = tok.head if tok.dep_ == "pobj" else next((ch for ch in tok.children if ch.dep_ == "case"), None)
    if case is None or case.lower_ not in k.lex.state_preps:
        return False
    verb = case.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    held = objects(verb)
    if held:
        c.found.sources, c.found.targets = roles.expand(roles.subject_of(verb)), roles.expand(held)
    else:
        c.found.sources, c.found.targets = [], roles.expand(roles.subject_of(verb))
    return True


@rule("noun_roles")
def measure_patient(c: Candidate, k) -> bool:
    """"five officials were targeted with travel bans by the EU", "visés par des sanctions": the measure
    a verb of attack takes as instrument is done to the verb's patient, by the verb's doer."""
    from .. import triggers

    tok = c.token
    prep = tok.head if tok.dep_ == "pobj" else next((ch for ch in tok.children if ch.dep_ == "case"), None)
    if c.verbal or prep is None or prep.lower_ not in k.lex.instrument_preps:
        return False
    verb = prep.head if tok.dep_ == "pobj" else tok.head
    act = triggers.choose(verb, "VERB", k.table, k.repairs) if verb.pos_ == "VERB" else None
    if act is None or act.type != "ASSAULT":
        return False
    patients = [ch for ch in verb.children if ch.dep_ in roles.SUBJECTS and roles.is_passive(verb)] or objects(verb)
    if not patients:
        return False
    c.found.targets = roles.expand(patients)
    if not c.found.sources and not roles.is_passive(verb):
        c.found.sources = roles.expand(roles.subject_of(verb))
    return True


def _conjuncts(tok) -> list:
    """The nouns coordinated with ``tok``, first one first: "l'interpellation et l'arrestation". The
    parser may hang the second noun on the verb of the first: it is still its conjunct."""
    first = tok
    while first.dep_ == "conj" and first.head != first and first.head.pos_ == "NOUN":
        first = first.head
    verb = first.head if first.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and first.dep_ == "conj":
        prior = [ch for ch in verb.children if ch.pos_ == "NOUN" and ch.i < first.i and ch.dep_.startswith(("obl", "obj"))]
        first = prior[-1] if prior else first
    group = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "NOUN"]
    if verb is not None:
        group += [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ == "NOUN" and ch.i > first.i
                  and ch not in group]
    return sorted(group, key=lambda t: t.i)


@rule("noun_roles")
def coordinated_acts(c: Candidate, k) -> bool:
    """"a procédé à l'interpellation et à l'arrestation du président", "the detention and arrest of X":
    coordinated acts share the complement written once and the doer named once before the first one;
    the merge then makes them one happening."""
    if c.verbal:
        return False
    group = _conjuncts(c.token)
    if len(group) < 2:
        return False
    changed = False
    if not c.found.targets:
        for other in reversed([t for t in group if t != c.token]):
            c.found.targets = roles.nominal_roles(other, c.trigger, k.preps).targets
            if c.found.targets:
                changed = True
                break
    first = group[0]
    if not c.found.sources and first != c.token:
        c.found.sources = roles.nominal_roles(first, c.trigger, k.preps).sources or roles.governing_actor(first)
        changed = changed or bool(c.found.sources)
    return changed
