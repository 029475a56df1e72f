"""Direct, indirect and mixed quotes with their speakers."""

from .component import QuoteFinder, make_quotes
from .marks import Quoted, scan

__all__ = ["QuoteFinder", "Quoted", "make_quotes", "scan"]
