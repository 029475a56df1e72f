"""Language identification with py3langid (offline, fast, 97 languages)."""

from __future__ import annotations

from functools import lru_cache

from .. import settings
from .registry import supported_languages


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    return detect_with_confidence(text)[0]


def detect_with_confidence(text: str, title: str | None = None) -> tuple[str | None, float | None]:
    """ISO 639-1 code of the text's language, or None when there is too little text.

    Short texts full of names are ambiguous (an English sentence can score Dutch);
    when the winner is uncertain, a language veille has a pipeline for that scores at
    least half the winner's probability is preferred.
    """
    limit = settings.get("langid_chars")
    sample = text[:limit]
    if title and not text.startswith(title):
        sample = f"{title}\n\n{text}"[:limit]  # a short text gains what its title adds
    if sum(ch.isalpha() for ch in sample[:200]) < 3:
        return None, None
    ranked = _identifier().rank(sample)
    best, best_p = ranked[0]
    if best_p < 0.5:
        known = set(supported_languages())
        for lang, p in ranked[:5]:
            if p < best_p / 2:
                break
            if lang in known:
                return lang, round(float(p), 3)
    return best, round(float(best_p), 3)
