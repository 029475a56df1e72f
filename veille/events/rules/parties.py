"""Parties: argument tokens become entity ids; who acts, who is acted on, who takes part."""

from __future__ import annotations

from .. import ontology, roles
from ..engine import Candidate, rule
from .common import ids, last_word, objects

# Modes whose patient is a person or a group: a thing stopped or held is no arrest nor abduction.
PERSONAL_MODES = {"arrest", "release", "abduct"}
# Sectors of armed forces: what a withdrawal moves, not whom it concerns.
ARMED = {"MIL", "COP"}


@rule("parties")
def personal_patient(c: Candidate, k) -> bool:
    """"leur voiture a été arrêtée": only people are arrested, freed or abducted."""
    return (c.mode in PERSONAL_MODES and bool(c.found.targets) and not ids(c.found.targets, c.actors)
            and c.drop("not a person"))


@rule("parties")
def resolve_sources(c: Candidate, k) -> bool:
    c.source = ids(c.found.sources, c.actors)
    return False


@rule("parties")
def act_subject_demonym(c: Candidate, k) -> bool:
    """"des frappes russes ont tué…": the act named as the subject carries its doer's demonym."""
    if c.source or not c.verbal:
        return False
    c.source = ids([ch for t in c.found.sources if (t.lemma_.lower(), "NOUN") in k.table
                    for ch in t.children if ch.dep_ == "amod" and ch.is_lower and c.actors._demonym(ch)][:1], c.actors)
    return bool(c.source)


@rule("parties")
def issuer_source(c: Candidate, k) -> bool:
    """"issued a declaration demanding…": the one who issued it demands."""
    tok, lex = c.token, k.lex
    document = (tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("obj", "dobj")
                and tok.head.lemma_.lower() not in lex.actor_nouns | lex.person_titles)
    if not ((not c.source or document) and c.verbal and tok.dep_ in ("acl", "advcl") and tok.head.head != tok.head):
        return False
    if c.found.sources and roles.labelled_by_agent(tok, k.preps):
        return False  # "des propos dénoncés par des ONG": the agent named is the doer, named or not
    issuer = ids(roles.expand(roles.subject_of(tok.head.head)), c.actors)
    c.source = issuer or c.source
    return bool(issuer)


@rule("parties")
def thing_doer(c: Candidate, k) -> bool:
    """The doer is a thing, not an actor: "un conflit qui a tué 310 000 personnes"."""
    lex = k.lex
    if c.source or not c.verbal or not c.found.sources or roles.is_passive(c.token):
        return False
    things = all(t.pos_ == "NOUN" and t.lemma_.lower() not in lex.person_titles | lex.quantity_nouns
                 and not any("Yes" in ch.morph.get("Poss") for ch in t.children)  # "their forces"
                 and (t.lemma_.lower(), "NOUN") not in k.table  # "a roadside bombing killed…"
                 for t in c.found.sources)
    return things and c.drop("thing")


@rule("parties")
def resolve_targets(c: Candidate, k) -> bool:
    """A name that contains the trigger is the event's own name ("l'attentat de Nice"), not a party."""
    tok = c.token
    c.naming = {e.id for e in c.actors.overlapping(tok.idx, tok.idx + len(tok))}
    before = len(c.source)
    c.source = [s for s in c.source if s not in c.naming]
    c.target = [t for t in ids(c.found.targets, c.actors) if t not in c.naming]
    return len(c.source) < before


@rule("parties")
def treaty_not_party(c: Candidate, k) -> bool:
    """The treaty a withdrawal leaves is no party: "le retrait du pays du statut de Rome"."""
    if c.mode != "withdraw":
        return False
    left = set(ids([n for _, n in roles.prep_args(c.token, depth=2) if k.left_behind(n)], c.actors))
    if not left:
        return False
    c.source = [s for s in c.source if s not in left]
    c.target = [t for t in c.target if t not in left]
    return True


@rule("parties")
def deed_doer(c: Candidate, k) -> bool:
    """"investigation into alleged crimes committed by Croat forces": the deed's doer."""
    if c.target or not c.found.targets:
        return False
    doers = [n for t in c.found.targets[:1] for p, n in roles.prep_args(t, depth=2) if last_word(p) in k.preps.agent]
    own = ids(c.found.sources, c.actors)
    c.target = [t for t in ids(doers, c.actors) if t not in own and t not in c.naming]
    return bool(c.target)


@rule("parties")
def grievance_accused(c: Candidate, k) -> bool:
    """"complained to the UN over Israeli air raids": the accused, not the one addressed."""
    if ontology.quad(c.type) != "verbal-conflict" or not c.verbal or not k.lex.grievance_preps:
        return False
    accused = [n for p, n in roles.prep_args(c.token) if last_word(p) in k.lex.grievance_preps]
    own = ids(c.found.sources, c.actors)
    found = [t for t in ids(accused, c.actors) if t not in own]
    c.target = found or c.target
    return bool(found)


@rule("parties")
def own_withdrawn(c: Candidate, k) -> bool:
    """"retirer ses soldats d'Haïti": the troops withdrawn are the doer's own, the place left is the
    recipient; "rappeler leur ambassadeur à Moscou": the envoy recalled is the doer's own."""
    actors = c.actors
    if c.trigger.mode == "withdraw" and c.trigger.type == "RETREAT":
        c.withdrawn = {t for t in ids(objects(c.token), actors) if actors.sector(t) in ARMED or not actors.sector(t)}
    elif c.mode == "withdraw" and c.type == "SANCTION" and c.verbal:
        c.withdrawn = {t for t in ids(objects(c.token), actors)
                       if actors.entity_type(t) == "PERSON" or actors.sector(t) == "GOV"}
    before = len(c.target)
    c.target = [t for t in c.target if t not in c.withdrawn]
    return len(c.target) < before


@rule("parties")
def resolve_partners(c: Candidate, k) -> bool:
    c.partners = ids(c.found.partners, c.actors)
    return False


@rule("parties")
def partner_participant(c: Candidate, k) -> bool:
    """"évoquer avec Poutine les efforts…": the partner is the participant, the object the topic. Talks
    "between the army and the rebels" or "among Iran, Britain and France" name every party: with no
    doer, the first is the source and the others the target (the act is mutual)."""
    if not (ontology.is_symmetric(c.type) and c.partners):
        return False
    if not c.source and len(c.partners) > 1:
        c.source = c.partners[:1]
    c.target = [p for p in c.partners if p not in c.source]
    return True


@rule("parties")
def counterpart(c: Candidate, k) -> bool:
    """One's own counterpart is still the other party of a meeting: "a reçu son homologue"."""
    if not ontology.is_symmetric(c.type) or c.partners or c.target or not c.verbal:
        return False
    c.target = [t for t in ids(objects(c.token), c.actors)
                if c.actors.entity_type(t) == "PERSON" and t not in c.source]
    return bool(c.target)


@rule("parties")
def clash_sides(c: Candidate, k) -> bool:
    """A clash's other side is its target: "une fusillade avec la police", "des affrontements entre
    les manifestants et la police"; with one side named, the clause's subject is the other."""
    if ontology.is_symmetric(c.type) or not c.partners or c.target or ontology.quad(c.type) != "material-conflict":
        return False
    partners = c.partners
    if not c.source and len(partners) > 1:
        c.source, partners = partners[:1], partners[1:]
    elif not c.source and not c.verbal:
        verb = next((a for a in c.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subjects = [ch for ch in verb.children if ch.dep_ in roles.SUBJECTS] if verb is not None else []
        c.source = [s for s in ids(roles.expand(subjects), c.actors) if s not in partners]
    c.target = [p for p in partners if p not in c.source]
    return True


@rule("parties")
def nominal_partner(c: Candidate, k) -> bool:
    """"a suspension of air links with Serbia": the other party is the recipient."""
    if (ontology.is_symmetric(c.type) or not c.partners or c.target or c.verbal
            or ontology.quad(c.type) == "material-conflict"):
        return False
    c.target = c.partners
    return True


@rule("parties")
def one_party_talk(c: Candidate, k) -> bool:
    """A talk with one party is an interview or a meeting of one body: "dans son entretien"."""
    return (c.type == "CONSULT" and not c.verbal and c.mode is None and len(set(c.source + c.target)) < 2
            and c.drop("one party"))


@rule("parties")
def accused_act(c: Candidate, k) -> bool:
    """"condemned the arrest of the opposition leader", "condemned the attack in Washington": an act
    condemned points to its doer, never to its victim nor to where it happened."""
    from .. import triggers

    if not c.verbal or ontology.quad(c.type) != "verbal-conflict":
        return False
    for obj in objects(c.token):
        act = triggers.choose(obj, "NOUN", k.table, k.repairs)
        # "issued a warning to X": the object a record is keyed on is the act coded, not one condemned.
        if act is None or not act.type or obj.lemma_.lower() == c.trigger.obj:
            continue
        own = roles.nominal_roles(obj, act, k.preps)
        # The act's own doer; when that is only the speaker borrowed from the clause ("a rejeté les
        # sanctions américaines"), its demonym; "l'arrestation des opposants par la police": the agent
        # may hang on the patient.
        for doers in (own.sources, [ch for ch in obj.children if ch.dep_ == "amod" and ch.is_lower
                                    and c.actors._demonym(ch)][:1],
                      [n for p, n in roles.prep_args(obj, depth=2) if last_word(p) in k.preps.agent]):
            found = [t for t in ids(doers, c.actors) if t not in c.source and t not in c.naming]
            if found:
                break
        if found:
            c.target, c.settled = found, True
            return True
        victims = set(ids(own.targets + [obj], c.actors))
        if c.target and set(c.target) <= victims:
            c.target, c.settled = [], True  # the act's victims are not whom the speaker blames
            return True
    return False
