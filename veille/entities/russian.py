"""Case forms of Russian names, so an inflected mention ("Путина", "Путиным") matches the KB name.

Russian declines names by their ending; the six cases of the common patterns are enough for
news (masculine names in a consonant, -й or -ь; feminine names in -а/-я; names in -о, -е, -и, -у,
-ых/-их are not declined). Each word of a name takes the same case.
"""

from __future__ import annotations

_CONSONANT_ENDINGS = ("", "а", "у", "ом", "ым", "е")  # Путин → Путина, Путину, Путином/Путиным, Путине


def word_forms(word: str) -> list[str]:
    """The case forms of one name word, the word itself first (lower-case Cyrillic)."""
    w = word.lower()
    if len(w) < 3 or w.endswith(("о", "е", "и", "у", "ых", "их", "э", "ю")):
        return [w] * 6
    if w.endswith(("ий", "ый")):  # Юрий, Дмитрий
        stem = w[:-2]
        return [w, stem + w[-2] + "я" if w.endswith("ий") else stem + "ого", stem + "ию", stem + "ием",
                stem + "ием", stem + "ии"]
    if w.endswith("й"):  # Сергей
        stem = w[:-1]
        return [w, stem + "я", stem + "ю", stem + "ем", stem + "ем", stem + "е"]
    if w.endswith("ь"):  # Игорь
        stem = w[:-1]
        return [w, stem + "я", stem + "ю", stem + "ем", stem + "ем", stem + "е"]
    if w.endswith("а"):  # Мария, Захарова: feminine and -ов/-ин surnames
        stem = w[:-1]
        if stem.endswith(("ов", "ев", "ин", "ын")):
            return [w, stem + "ой", stem + "ой", stem + "ой", stem + "у", stem + "ой"]
        soft = stem[-1:] in "гкхжшчщ"
        return [w, stem + ("и" if soft else "ы"), stem + "е", stem + "ой", stem + "у", stem + "е"]
    if w.endswith("я"):
        stem = w[:-1]
        return [w, stem + "и", stem + "и", stem + "ей", stem + "ю", stem + "и"]
    if w[-1:].isalpha() and "\u0400" <= w[-1] <= "\u04ff":
        return [w + e for e in _CONSONANT_ENDINGS]
    return [w] * 6


def name_forms(name: str) -> set[str]:
    """Every case form of a (possibly multi-word) Cyrillic name, each word in the same case."""
    words = [word_forms(w) for w in name.split()]
    if not words:
        return set()
    return {" ".join(forms[case] for forms in words) for case in range(6)}
