"""Vetoes: the trigger reports no happening (an aim, a prospect, a headline, a description)."""

from __future__ import annotations

from .. import qualifiers, roles, triggers
from ..engine import Candidate, rule
from .common import ids


@rule("vetoes")
def aim(c: Candidate, k) -> bool:
    """"afin de suspendre Rousseff": an aim."""
    return k.aim(c.token) and c.drop("aim")


@rule("vetoes")
def conditional_mood(c: Candidate, k) -> bool:
    """"aurait rencontré": not established as having happened."""
    return qualifiers.is_conditional(c.token) and c.drop("conditional")


@rule("vetoes")
def prospective_modifier(c: Candidate, k) -> bool:
    """"une possible opération militaire", "sa prochaine visite"."""
    return (not c.verbal and any(ch.dep_ == "amod" and ch.lemma_.lower() in k.lex.hypothetical_modifiers
                                 for ch in c.token.children) and c.drop("prospect"))


@rule("vetoes")
def verbless_headline(c: Candidate, k) -> bool:
    """A verbless headline or caption ("Canada : fin des frappes…") announces what the body reports."""
    return (not c.verbal and not any(t.pos_ in ("VERB", "AUX") for t in k.sentence(c.doc, c.token))
            and c.drop("headline"))


@rule("vetoes")
def prospect_complement(c: Candidate, k) -> bool:
    """"à la veille du sommet": it has not taken place yet."""
    tok = c.token
    return (not c.verbal and tok.dep_.startswith("nmod") and tok.head.lemma_.lower() in k.lex.prospect_nouns
            and c.drop("prospect"))


@rule("vetoes")
def subject_of_same_act(c: Candidate, k) -> bool:
    """"des frappes russes ont tué vingt civils": the verb codes the one act."""
    tok = c.token
    if c.verbal or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return False
    head = triggers.choose(tok.head, "VERB", k.table, k.repairs)
    return getattr(head, "type", None) == c.trigger.type and c.drop("covered")


@rule("vetoes")
def treaty_left(c: Candidate, k) -> bool:
    """"se retirer de l'accord de Paris": the agreement left is no new agreement."""
    return not c.verbal and k.left_behind(c.token) and c.drop("left")


@rule("vetoes")
def apposition(c: Candidate, k) -> bool:
    """A description of someone: "le député Yann Galut, soutien de Benoît Hamon"."""
    return not c.verbal and c.token.dep_ == "appos" and c.drop("description")


@rule("vetoes")
def attribute(c: Candidate, k) -> bool:
    """An attribute of an actor describes it ("considérée comme un soutien de…", "X est un allié de
    Y"); "la raison est l'empoisonnement de Skripal" still reports the poisoning."""
    if c.verbal:
        return False
    children = list(c.token.children)
    if any(ch.lower_ in k.lex.predicative_marks for ch in children):
        return c.drop("attribute")
    subjects = [ch for ch in children if ch.dep_ in roles.SUBJECTS]
    return any(ch.dep_ == "cop" for ch in children) and bool(ids(subjects, c.actors)) and c.drop("attribute")


@rule("vetoes")
def background_relative(c: Candidate, k) -> bool:
    """"Rishi Sunak, qui avait promis d'arrêter les bateaux, a indiqué…", "Petro, who had fought…": a
    relative clause in the pluperfect recalls who the party is, it does not report the article's news."""
    tok = c.token
    if not c.verbal or not tok.dep_.endswith("relcl") or not k.lex.background_aux:
        return False
    return (any(ch.dep_.startswith("aux") and ch.lower_ in k.lex.background_aux for ch in tok.children)
            and c.drop("background"))
