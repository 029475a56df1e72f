"""Reported claims: what a speaker says another party does is the speaker's act, not the other's.

"Kinshasa a réaffirmé que Kigali soutenait le M23", "Taipei said Beijing is arming the rebels": the
clause after the speech verb describes a conduct the speaker asserts, in an ongoing tense; the
happening is the assertion. When the conduct is hostile (or helps an armed party), the assertion is
an accusation by the speaker against the doer; any other asserted conduct is no event. A reported
completed act ("said the police had arrested…") stays an event, but the speaker is not its doer.
"""

from __future__ import annotations

from .. import ontology, roles
from ..engine import Candidate, rule
from .common import ids

# Conduct whose assertion blames its doer; helping an armed party is blamed too ("soutenait le M23").
_HOSTILE_QUADS = {"verbal-conflict", "material-conflict"}
_HELPING = {"SUPPORT", "AID", "COOPERATE"}
_ARMED = {"MIL", "REB"}


def _claim_head(tok, k):
    """The speech verb whose complement clause the trigger heads, and the clause's own subject."""
    if tok.dep_ != "ccomp" or tok.head == tok or tok.head.lemma_.lower() not in k.lex.speech_verbs:
        return None, []
    subjects = [ch for ch in tok.children if ch.dep_ in roles.SUBJECTS]
    return tok.head, subjects


def _ongoing(tok, k) -> bool:
    """The clause asserts a conduct, not a dated act: imperfect or present, or progressive, and no
    perfect auxiliary ("soutenait", "supports", "is arming"; not "a soutenu", "had attacked")."""
    feats = {f"{key}={value}" for key, value in tok.morph.to_dict().items()}
    perfect = any(ch.dep_.startswith("aux") and ch.lemma_.lower() in k.lex.perfect_aux for ch in tok.children)
    return bool(feats & k.lex.conduct_tenses) and not perfect


def _armed(c: Candidate) -> bool:
    """The recipient is an armed party, by its name or by the noun that heads it ("les rebelles du FLA")."""
    heads = [e.id for t in c.found.targets for e in c.actors.overlapping(t.idx, t.idx + len(t))]
    return any(c.actors.sector(t) in _ARMED for t in c.target + heads)


@rule("parties")
def reported_claim(c: Candidate, k) -> bool:
    """A conduct asserted in a speech verb's clause: an accusation by the speaker when hostile, else none."""
    tok = c.token
    if not c.verbal or not k.lex.conduct_tenses:
        return False
    speech, subjects = _claim_head(tok, k)
    if speech is None or not subjects or subjects[0].pos_ == "PRON" or any(
            "Yes" in ch.morph.get("Poss") for ch in subjects[0].children):
        return False  # "X said it had arrested…", "said their forces had…": the speaker's own act
    speaker = ids(roles.expand(roles.subject_of(speech)), c.actors)
    doers = [s for s in c.source if s not in speaker]
    if not _ongoing(tok, k):
        if len(doers) == len(c.source):
            return False
        c.source = doers
        return True
    if not speaker or not doers:
        return c.drop("reported conduct")
    hostile = ontology.quad(c.type) in _HOSTILE_QUADS or (c.type in _HELPING and _armed(c))
    if not hostile:
        return c.drop("reported conduct")
    c.type, c.mode = "ACCUSE", "allege"
    c.source, c.target, c.settled = speaker, doers, True
    return True


def _authors(noun, c: Candidate, k) -> list:
    """Who said or put forward a thing: its genitive, its possessor, its demonym ("les propos du
    président", "Moscow's proposal", "les sanctions américaines")."""
    owners = [n for p, n in roles.prep_args(noun) if p in k.preps.genitive]
    owners += [ch for ch in noun.children if ch.dep_ in ("poss", "nmod:poss") and ch.pos_ in ("PROPN", "NOUN")]
    owners += [ch for ch in noun.children if ch.dep_ in ("amod", "compound")
               and (ch.pos_ == "PROPN" or ch.is_lower and c.actors._demonym(ch))]
    found = ids(roles.expand(owners[:1]), c.actors)
    if not found and owners and owners[0].lemma_.lower() in k.lex.person_titles | k.lex.actor_nouns:
        # "les propos du président tunisien": an unnamed office-holder speaks for the country its
        # demonym names.
        found = ids([ch for ch in owners[0].children if ch.dep_ in ("amod", "compound")], c.actors)
    return [a for a in found if a not in c.source and c.actors.is_actor(a)]


@rule("parties")
def authored_object(c: Candidate, k) -> bool:
    """"a condamné les propos du président tunisien sur les migrants", "rejected Moscow's proposal": a
    statement or a proposal criticised or rejected points to its author, not to its topic."""
    if not c.verbal or ontology.quad(c.type) != "verbal-conflict" or not k.lex.authored_nouns:
        return False
    tok = c.token
    said = [o for o in tok.children if o.dep_ in ("obj", "dobj")]
    if tok.dep_ == "acl" and roles.labelled_by_agent(tok, k.preps):
        said = [tok.head]  # "des propos dénoncés par des ONG"
    for obj in said:
        if obj.lemma_.lower() not in k.lex.authored_nouns:
            continue
        found = _authors(obj, c, k)
        if not found and obj.dep_ in ("obj", "dobj") and obj.head != tok:
            # "X a tenu des propos dénoncés par…", "X made remarks condemned by…": the one who made them
            found = [a for a in ids(roles.expand(roles.subject_of(obj.head)), c.actors) if a not in c.source]
        if found:
            c.target, c.settled = found, True
            return True
    return False
