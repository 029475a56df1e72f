"""Checks: the last word on a candidate (a party is required; the doer's sector refines the type)."""

from __future__ import annotations

from .. import ontology, roles
from ..engine import Candidate, rule
from .common import names_party, objects


@rule("checks")
def nominal_places_not_parties(c: Candidate, k) -> bool:
    """"l'accord de Paris", "les négociations de la COP21": a place or an event's name is no party."""
    if c.verbal:
        return False
    before = len(c.source)
    c.source = [s for s in c.source if c.actors.is_actor(s)]
    return len(c.source) < before


@rule("checks")
def leaving_organisation(c: Candidate, k) -> bool:
    """Leaving an organisation or a treaty is a sanction in PLOVER, leaving a territory a retreat."""
    if c.type != "RETREAT" or c.mode != "withdraw":
        return False
    if not (any(c.actors.entity_type(t) == "ORG" for t in c.target) or k.left_treaty(c.token)):
        return False
    c.type = "SANCTION"
    return True


@rule("checks")
def mobilised_side(c: Candidate, k) -> bool:
    """"les réservistes sont mobilisés": with no one named as calling them up, those mobilised are the
    side that mobilises."""
    if c.type != "MOBILIZE" or c.source or not c.verbal or not roles.is_passive(c.token):
        return False
    c.source, c.target = c.target, []
    return True


@rule("checks")
def needs_party(c: Candidate, k) -> bool:
    """An event names at least one party; a place alone is where it happened."""
    return not any(c.actors.is_actor(x) for x in c.source + c.target) and c.drop("no party")


@rule("checks")
def source_sector(c: Candidate, k) -> bool:
    """The doer's sector refines the type ("mobilised" civilians protest)."""
    if not c.source:
        return False
    before = (c.type, c.mode)
    c.type, c.mode = ontology.for_source_sectors(c.type, c.mode, [c.actors.sector(s) for s in c.source])
    return (c.type, c.mode) != before


def political(entity_id: str, c: Candidate) -> bool:
    """A person, an organisation, a country or a group (the actor nouns the language lists: "les
    manifestants", "des fonctionnaires"); not a place, nor a name the entities stage found inside a
    date or a figure ("le 14 Juillet")."""
    actors = c.actors
    entity = actors.entity(entity_id)
    if entity is None or not actors.is_actor(entity_id):
        return False
    return not all(actors.in_date_at(m.start) or m.text[:1].isdigit() for m in entity.mentions)


@rule("checks")
def political_side(c: Candidate, k) -> bool:
    """An event needs an actor on at least one side: a place, a date or a figure alone is none."""
    return not any(political(x, c) for x in c.source + c.target) and c.drop("no political actor")


# Acts whose doer the news often withholds, the one acted on being the news: "l'arrestation de X",
# "two civilians were killed", "Y was sentenced to…". Any other act needs someone who does it.
_DOERLESS = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def _patient_form(token) -> bool:
    """A passive or a past participle hung on its patient ("Minsk a été accusée", "souvent accusées, les
    autorités…"): the construction itself withholds the doer."""
    if roles.is_passive(token):
        return True
    return (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
            and token.dep_ in ("acl", "advcl", "amod", "conj"))


@rule("checks")
def doer_required(c: Candidate, k) -> bool:
    """An event needs its doer. Without one it stands only for an act done to a named party: told in the
    passive ("the minister was accused"), or an arrest, an attack or a sentence done to a person, an
    organisation or a group (not a country alone): not "a mobilisation against the reforms" nor
    "defending the country's borders"."""
    if c.source:
        return False
    parties = [t for t in c.target if political(t, c)]
    if parties and c.verbal and _patient_form(c.token):
        return False
    if c.type in _DOERLESS and any(c.actors.entity_type(t) != "GPE" for t in parties):
        return False
    return c.drop("no doer")


# Acts whose recipient may be a thing: a city attacked, a treaty ratified or left, a decision backed.
_THING_RECIPIENTS = frozenset({"ASSAULT", "SUPPORT", "SANCTION"})


@rule("checks")
def recipient_required(c: Candidate, k) -> bool:
    """A dyadic act names the one it is done to: "agreed", "the attack", "a withdrawal" with no argument
    on the other side is a mention whose recipient the clause does not give, and coding it alone
    would put a wrong event on record. Acts done together need two participants, on either side
    ("Czechia and China signed…"). Only the acts declared as a type or "TYPE:mode" stand
    alone: speech acts ("dénonce une élection tronquée"), a protest, a resignation (``stand_alone`` in
    ``plover.json``: a property of the act, the same in every language)."""
    if ontology.stands_alone(c.type, c.mode):
        return False
    if len(set(c.source + c.target + c.partners)) > 1 or c.found.partners:
        return False  # two parties, on either side: "Czechia and China signed…"
    if c.target or _required_complement(c):
        return False
    if any(c.type in _THING_RECIPIENTS or names_party(t, c, k) for t in c.found.targets):
        return False  # a party, named or not ("l'ancien ministre"); a thing is none ("banned protests")
    return c.drop("no recipient")


def _required_complement(c: Candidate) -> bool:
    """The object a trigger requires carries the recipient: "a pris le contrôle de la capitale"."""
    required = c.trigger.obj
    return bool(required and c.verbal and any(
        roles.prep_args(o) for o in objects(c.token) if o.lemma_.lower() == required))


# Acts addressed to someone: a request needs the one asked. Without a party on that side, "demander
# des explications" is speech; a request for an act ("réclamer le retrait des troupes", "demanded new
# sanctions") stands alone. Support over a clause, "soutient que la réforme…", is a claim.
_CLAUSES = ("ccomp", "csubj")


@rule("checks")
def addressee_required(c: Candidate, k) -> bool:
    """A request names a political actor as its addressee, or the act it asks for; support that takes
    a clause and no beneficiary is an opinion."""
    if c.type not in ("REQUEST", "SUPPORT") or c.partners or any(political(t, c) for t in c.target):
        return False
    if c.type == "SUPPORT":
        claim = c.verbal and any(ch.dep_ in _CLAUSES for ch in c.token.children) and not objects(c.token)
        return claim and c.drop("claim, not support")
    return not _asks_for_act(c.token, k) and c.drop("no addressee")


def _asks_for_act(token, k) -> bool:
    """A noun the request takes (not its subject) is itself an event trigger: "le retrait", "sanctions"."""
    from .. import triggers

    taken = [t for ch in token.children if ch.dep_ not in roles.SUBJECTS for t in ch.subtree]
    return any(t.pos_ == "NOUN" and triggers.choose(t, "NOUN", k.table, k.repairs) is not None for t in taken)
