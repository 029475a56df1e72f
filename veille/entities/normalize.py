"""Name normalisation (accent and case folding, slugs, ids); lives with the KB, which needs it first."""

from ..kb.names import entity_id, fold, slug

__all__ = ["entity_id", "fold", "slug"]
