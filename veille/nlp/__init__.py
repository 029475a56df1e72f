"""Language identification and the per-language spaCy pipelines."""

from .langid import detect
from .pipeline import analyze, analyze_one, build_nlp

__all__ = ["analyze", "analyze_one", "build_nlp", "detect"]
