"""PLOVER event coding: the ``veille_events`` spaCy component and its parts.

- ``ontology``: PLOVER's 16 event types, modes and quad classes (``data/plover.json``)
- ``triggers``: per-language trigger records and their Matcher
- ``roles``: source/target/partner heads from the dependency parse
- ``actors``: argument heads → entity ids by character overlap with the entities stage
- ``qualifiers``: negation, hypotheticals, dates, places
- ``merge``: one record per happening
"""

from .component import EventCoder, make_events

__all__ = ["EventCoder", "make_events"]
