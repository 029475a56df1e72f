"""Clause-level facts read off the dependency parse, shared by every analysis stage.

Quotes and events both ask whether a verb is passive or negated; they ask here, so that one
parser slip is handled once for both. Handles both parse styles veille's pipelines produce:
Universal Dependencies (French: ``nsubj:pass``, ``aux:pass``) and ClearNLP (English:
``nsubjpass``, ``auxpass``, ``neg``). Per-language words come from ``veille/lang/<code>/syntax.py``.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, fields
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Token

PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass")
PASSIVE_MARKS = ("aux:pass", "auxpass")
# Arguments whose negative determiner negates the clause: "aucun soldat n'a été tué", "no talks".
_ARGUMENTS = ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj")
_PUBLIC = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True)
class SyntaxData:
    negations: frozenset[str] = frozenset()
    active_auxiliaries: frozenset[str] = frozenset()
    passive_copulas: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def syntax_data(lang: str) -> SyntaxData:
    """The language's syntax words; empty for a language veille has none for.

    A list the dataclass does not declare is an error: a misspelled name would be read as empty and
    silently turn a check off."""
    try:
        module = importlib.import_module(f"veille.lang.{lang}.syntax")
    except ModuleNotFoundError:
        return SyntaxData()
    known = {f.name for f in fields(SyntaxData)}
    names = [n for n in dir(module) if _PUBLIC.match(n)]
    unknown = sorted(n for n in names if n.lower() not in known)
    if unknown:
        raise ValueError(f"{module.__name__}: unknown syntax list {', '.join(unknown)}")
    return SyntaxData(**{n.lower(): frozenset(getattr(module, n)) for n in names})


def _data(token: Token) -> SyntaxData:
    return syntax_data(token.doc.lang_)


def is_passive(verb: Token) -> bool:
    """"a été arrêté", "were detained", "six agents étaient gardés à vue"."""
    if any(c.dep_ in PASSIVE_MARKS for c in verb.children):
        return True
    data = _data(verb)
    # Hyphenated clitics ("a-t-il conclu") are sometimes labelled passive subjects: they don't count.
    if any(c.dep_ in PASSIVE_SUBJECTS and not c.text.startswith("-") for c in verb.children):
        # "Il a également demandé…" labelled passive: an active auxiliary never builds a passive.
        return not any(c.dep_.startswith("aux") and c.lemma_.lower() in data.active_auxiliaries
                       for c in verb.children)
    # The parser sometimes labels the passive auxiliary a copula.
    participle = verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
    return participle and any(c.dep_ == "cop" and c.lemma_.lower() in data.passive_copulas for c in verb.children)


def governing_verb(token: Token) -> Token:
    """The token itself when verbal, else the verb a noun is the object of ("imposer des sanctions")."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return token.head  # "imposer des sanctions", "un couvre-feu serait mis en place"
    return token


def is_negated(token: Token, negations: frozenset[str] | set[str] | None = None) -> bool:
    """"n'a pas rencontré", "did not meet", "aucune sanction", "no talks"."""
    negations = _data(token).negations if negations is None else negations
    if any(c.lower_ in negations for c in token.children):
        return True
    # "sans qu'aucun soldat ne soit tué", "no soldier was killed": a negative determiner on an argument.
    if any(g.lower_ in negations and g.dep_ == "det" for c in token.children if c.dep_ in _ARGUMENTS
           for g in c.children):
        return True
    verb = governing_verb(token)
    if verb != token and any(c.lower_ in negations for c in verb.children):
        return True
    if token.pos_ not in ("VERB", "AUX") and token.dep_.startswith("obl") and token.head.pos_ in ("VERB", "AUX") and any(
            c.lower_ in negations for c in token.head.children if c.dep_ in ("advmod", "neg")):
        return True  # "ne participent pas à l'offensive"
    # "n'avaient pas permis aux civils d'évacuer", "did not manage to free": the act did not happen.
    head = verb.head
    return verb.dep_ == "xcomp" and head != verb and head.pos_ in ("VERB", "AUX") and any(
        c.lower_ in negations for c in head.children if c.dep_ in ("advmod", "neg", "det"))


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start, read from the attribute array: ``doc.sents`` builds a
    Token object for every word of the text."""
    return [0] + [int(i) for i in numpy.flatnonzero(doc.to_array("SENT_START") == 1) if i > 0]
