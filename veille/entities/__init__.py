"""Entity mentions, within-article coreference and canonical linking."""

from .component import EntityLinker
from .resolve import resolve_name

__all__ = ["EntityLinker", "resolve_name"]
