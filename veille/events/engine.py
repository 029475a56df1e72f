"""The rule engine: a candidate event passes through named, ordered rule lists.

A trigger found in the text becomes a :class:`Candidate` (trigger, type, mode, argument tokens,
then entity ids for sources and targets, and flags). Each rule is a small function
``rule(candidate, coder) -> bool`` registered under a name in one stage; it returns True when it
fired (changed the candidate or vetoed it) and calls :meth:`Candidate.drop` to veto. The language
module's ``RULE_ORDER`` lists, stage by stage, which rules run and in which order; the event keeps
the names of the rules that fired (``Event.rules``), so an error can be traced to a rule.

Stages, in order: ``vetoes`` (no happening: an aim, a headline, a description), ``reclassify``
(hypothetical, intended, negated, stopped acts change type or are dropped), ``verb_roles`` and
``noun_roles`` (argument tokens of a verbal or nominal trigger), ``parties`` (tokens to entity ids,
who acts and who is acted on), ``targets`` (fallbacks for a recipient the trigger does not name),
``checks`` (the last word: a party is required, the doer's sector refines the type).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .actors import ActorIndex
from .roles import Roles
from .triggers import Trigger

STAGES = ("vetoes", "reclassify", "verb_roles", "noun_roles", "parties", "targets", "checks")

Rule = Callable[["Candidate", object], bool]
REGISTRY: dict[str, tuple[str, Rule]] = {}


def rule(stage: str) -> Callable[[Rule], Rule]:
    """Register a rule function under its own name in ``stage``."""
    if stage not in STAGES:
        raise ValueError(f"unknown rule stage {stage!r}")

    def register(fn: Rule) -> Rule:
        if fn.__name__ in REGISTRY:
            raise ValueError(f"rule {fn.__name__} registered twice")
        REGISTRY[fn.__name__] = (stage, fn)
        return fn

    return register


@dataclass
class Candidate:
    """One trigger on its way to becoming an event."""

    doc: Doc
    token: Token
    trigger: Trigger
    actors: ActorIndex
    type: str
    mode: str | None
    found: Roles = field(default_factory=Roles)  # argument tokens
    source: list[str] = field(default_factory=list)  # entity ids
    target: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    naming: set[str] = field(default_factory=set)  # entities whose name contains the trigger
    withdrawn: set[str] = field(default_factory=set)  # the doer's own forces or envoys withdrawn
    inferred: bool = False  # the target was borrowed from the clause
    placed: bool = False  # the target is only the place where it happened
    refusal: bool = False  # an announced refusal: not a negated event
    settled: bool = False  # the recipient is decided: no target fallback runs
    dropped: str | None = None
    rules: list[str] = field(default_factory=list)

    @property
    def verbal(self) -> bool:
        return self.trigger.pos == "VERB"

    @property
    def lemma(self) -> str:
        return self.token.lemma_.lower()

    def drop(self, reason: str) -> bool:
        self.dropped = reason
        return True


def compile_order(order: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, str, Rule], ...]:
    """The language's rule order as (name, function) pairs; an unknown rule or a rule listed under
    another stage than its own is an error, and stages must come in the engine's order."""
    out = []
    positions = [STAGES.index(stage) if stage in STAGES else -1 for stage, _ in order]
    if -1 in positions:
        raise ValueError(f"RULE_ORDER: unknown stage {order[positions.index(-1)][0]!r}")
    if positions != sorted(positions):
        raise ValueError(f"RULE_ORDER: stages must come in the order {', '.join(STAGES)}")
    for stage, names in order:
        for name in names:
            if name not in REGISTRY:
                raise ValueError(f"RULE_ORDER: unknown rule {name!r}")
            if REGISTRY[name][0] != stage:
                raise ValueError(f"RULE_ORDER: rule {name!r} belongs to stage {REGISTRY[name][0]!r}, not {stage!r}")
            out.append((name, stage, REGISTRY[name][1]))
    return tuple(out)


def run(candidate: Candidate, rules: tuple[tuple[str, str, Rule], ...], coder) -> bool:
    """Apply the rules in order; False when one vetoed the candidate. Once a rule has settled the
    recipient, the target fallbacks are skipped."""
    for name, stage, fn in rules:
        if stage == "targets" and candidate.settled:
            continue
        if fn(candidate, coder):
            candidate.rules.append(name)
            if candidate.dropped is not None:
                return False
    return True
