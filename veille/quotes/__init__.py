"""Direct, indirect and mixed quotes with their speakers."""

from .component import QuoteFinder, make_quotes
from .marks import Quoted, scan
from .paragraphs import paragraph_breaks

__all__ = ["QuoteFinder", "Quoted", "make_quotes", "paragraph_breaks", "scan"]
