"""Sources → :class:`veille.model.Article`."""

from .files import Failure, read_paths

__all__ = ["Failure", "read_paths"]
