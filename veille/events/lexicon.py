"""Per-language event knowledge, loaded once per process from ``veille/lang/<code>/events.py``.

Every UPPER_CASE list of the language module is a field of :class:`EventLexicon` (lower-cased): a
list the lexicon does not declare is an error, so a misspelled name cannot silently switch a rule
off. Lists a language leaves out are empty, which turns the rules reading them off on purpose.
``RULE_ORDER`` names the coding rules in the order they run (see :mod:`veille.events.engine`).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from types import ModuleType

_WORDS = frozenset[str]


@dataclass(frozen=True)
class EventLexicon:
    # Triggers and their sources (read by :mod:`veille.events.triggers`).
    triggers: tuple = ()
    frames: tuple = ()  # support verb + noun constructions (``triggers.Frame``)
    extent_nouns: _WORDS = frozenset()  # "two days of war games": read through to the complement's noun
    trigger_files: tuple[str, ...] = ()
    lemma_repairs: tuple = ()
    speech_verbs: _WORDS = frozenset()
    # Prepositions of the roles.
    agent_preps: _WORDS = frozenset()
    partner_preps: _WORDS = frozenset()
    target_preps: _WORDS = frozenset()
    genitive_preps: _WORDS = frozenset()
    origin_preps: _WORDS = frozenset()
    adversative_preps: _WORDS = frozenset()
    nominal_target_preps: _WORDS = frozenset()
    location_preps: _WORDS = frozenset()
    grievance_preps: _WORDS = frozenset()
    # Qualifiers: hypothesis, intention, obligation, conditions, aims (negation: ``veille.nlp.syntax``).
    hypothetical_heads: _WORDS = frozenset()
    hypothetical_aux: _WORDS = frozenset()
    hypothetical_marks: _WORDS = frozenset()
    hypothetical_modifiers: _WORDS = frozenset()
    alleging_heads: _WORDS = frozenset()
    intent_heads: _WORDS = frozenset()
    future_aux: _WORDS = frozenset()
    obligation: _WORDS = frozenset()
    condition_markers: _WORDS = frozenset()
    threat_conditions: _WORDS | None = None  # None: the condition markers
    purpose_marks: _WORDS = frozenset()
    predicative_marks: _WORDS = frozenset()
    prospect_nouns: _WORDS = frozenset()
    date_patterns: tuple[str, ...] = ()
    # Verb and noun classes the role rules read.
    stopping_verbs: _WORDS = frozenset()
    stopping_nouns: _WORDS = frozenset()
    stative_participles: _WORDS = frozenset()
    transfer_verbs: _WORDS = frozenset()
    receiving_verbs: _WORDS = frozenset()
    delegating_verbs: _WORDS = frozenset()
    light_verbs: _WORDS = frozenset()
    light_nouns: _WORDS = frozenset()
    opposing_verbs: _WORDS = frozenset()
    targeting_verbs: _WORDS = frozenset()
    impersonal_verbs: _WORDS = frozenset()
    non_event_verbs: _WORDS = frozenset()
    treaty_nouns: _WORDS = frozenset()
    armed_nouns: _WORDS = frozenset()
    responsible_nouns: _WORDS = frozenset()
    # Who can be a party.
    actor_nouns: _WORDS = frozenset()
    person_titles: _WORDS = frozenset()
    quantity_nouns: _WORDS = frozenset()
    person_pronouns: _WORDS = frozenset()
    subject_pronouns: _WORDS = frozenset()
    first_person_pronouns: _WORDS = frozenset()
    victim_nouns: _WORDS = frozenset()
    member_nouns: _WORDS = frozenset()
    dual_words: _WORDS = frozenset()
    # Trigger senses checked against their arguments (see ``rules/senses.py``).
    expletive_pronouns: _WORDS = frozenset()  # "it" in "it is striking that…"
    naming_verbs: _WORDS = frozenset()  # "called the bill a disgrace": naming, not calling
    person_object_senses: _WORDS = frozenset()  # "fired the commander": a dismissal, not a shooting
    state_preps: _WORDS = frozenset()  # "under house arrest": a state the clause subject is in
    party_object_verbs: _WORDS = frozenset()  # "defended the minister", not "defended the borders of X"
    conviction_verbs: _WORDS = frozenset()  # "condamné à deux ans de prison": a conviction
    penalty_nouns: _WORDS = frozenset()  # what a conviction imposes: prison, a fine, years
    penalty_preps: _WORDS = frozenset()  # "à", "to": the preposition of the penalty
    ruling_out_verbs: _WORDS = frozenset()  # "exclure une hausse": a rejection, "exclure un membre": a sanction
    instrument_preps: _WORDS = frozenset()  # "targeted with sanctions": a measure, not an attack
    munition_nouns: _WORDS = frozenset()  # "abattu des missiles": an interception, not an attack
    weapon_modifiers: _WORDS = frozenset()  # "air strikes", "drone strikes": an attack, not a walk-out
    purpose_subordinators: _WORDS = frozenset()  # "pour qu'ils empêchent…": an aim (with a finite verb)
    # Senses decided by the trigger's arguments (evsense block, ``rules/senses.py`` and ``reclassify.py``).
    warning_verbs: _WORDS = frozenset()  # "warned that X was arming…": a reported conduct is an accusation
    upholding_verbs: _WORDS = frozenset()  # "the court upheld the ban": supporting another's measure
    measure_nouns: _WORDS = frozenset()  # what is upheld or what targets: a ban, a sanction, a measure
    aiming_verbs: _WORDS = frozenset()  # "target", "cibler": an attack or a measure by what aims
    retaliation_words: _WORDS = frozenset()  # "vowed retaliation", "promis des représailles": a threat
    refusing_verbs: _WORDS = frozenset()  # "refused to…": the refusal of what the infinitive names
    closing_verbs: _WORDS = frozenset()  # "refused to close the door": refusing a closing rejects nothing
    welcoming_verbs: _WORDS = frozenset()  # "accueilli à coups de sifflets": a welcome…
    jeering_nouns: _WORDS = frozenset()  # …given with jeers is a protest
    byline_patterns: tuple[str, ...] = ()  # "X contributed reporting": the article's credits
    # Reported claims (see ``rules/claims.py``): morphological features ("Tense=Imp") of a clause that
    # asserts an ongoing conduct, and the auxiliaries that make it a completed act instead.
    conduct_tenses: _WORDS = frozenset()
    perfect_aux: _WORDS = frozenset()
    authored_nouns: _WORDS = frozenset()
    background_aux: _WORDS = frozenset()  # pluperfect auxiliaries: "qui avait promis" recalls, not reports  # "les propos de X", "X's proposal": a criticised thing points to X
    # The coding rules, stage by stage, in the order they run.
    rule_order: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def conditions_threatening(self) -> _WORDS:
        return self.condition_markers if self.threat_conditions is None else self.threat_conditions

    @property
    def passing_verbs(self) -> _WORDS:
        """Verbs that pass their subject on to the act their object names (light and delegating)."""
        return self.light_verbs | self.delegating_verbs


_FIELDS = {f.name: f for f in fields(EventLexicon)}
_PUBLIC = re.compile(r"^[A-Z][A-Z0-9_]*$")


def from_module(module: ModuleType) -> EventLexicon:
    """The lexicon a language module declares; a list name the lexicon does not know is an error."""
    values = {}
    for name in dir(module):
        if not _PUBLIC.match(name):
            continue
        key = name.lower()
        if key not in _FIELDS:
            raise ValueError(f"{module.__name__}: unknown event list {name}")
        value = getattr(module, name)
        if key == "rule_order":
            value = tuple((stage, tuple(names)) for stage, names in value.items())
        elif key in ("triggers", "frames", "trigger_files", "lemma_repairs", "date_patterns", "byline_patterns"):
            value = tuple(value)
        elif isinstance(value, (set, frozenset, list, tuple)):
            value = frozenset(value)
        values[key] = value
    return EventLexicon(**values)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> EventLexicon | None:
    """The event lexicon of ``lang``, or None when veille has no event cues for the language."""
    module = language_module(lang)
    return None if module is None else from_module(module)


@lru_cache(maxsize=None)
def language_module(lang: str) -> ModuleType | None:
    if not lang.isalpha():
        return None
    try:
        return importlib.import_module(f"veille.lang.{lang}.events")
    except ModuleNotFoundError:
        return None
