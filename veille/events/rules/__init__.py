"""The event coding rules, one small function each, registered by stage (see ``veille.events.engine``).

Importing this package registers every rule; each language's ``RULE_ORDER`` picks and orders them.
"""

from . import checks, claims, noun_roles, parties, reclassify, senses, targets, verb_roles, vetoes  # noqa: F401
from .common import ids

__all__ = ["ids"]
