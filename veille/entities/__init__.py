"""Entity mentions, within-article coreference and canonical linking."""

from .component import EntityLinker

__all__ = ["EntityLinker"]
