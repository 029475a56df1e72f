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
    """ISO 639-1 code of the text's language, or None when there is too little text.

    Short texts full of names are ambiguous (an English sentence can score Dutch);
    when the winner is uncertain, a language veille has a pipeline for that scores at
    least half the winner's probability is preferred.
    """
    sample = text[: settings.get("langid_chars")]
    if sum(ch.isalpha() for ch in sample[:200]) < 3:
        return None
    ranked = _identifier().rank(sample)
    best, best_p = ranked[0]
    if best_p < 0.5:
        known = set(supported_languages())
        for lang, p in ranked[:5]:
            if p < best_p / 2:
                break
            if lang in known:
                return lang
    return best
