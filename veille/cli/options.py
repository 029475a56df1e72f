"""Options shared by several commands, checked once (``--lang``, ``--kb``)."""

from __future__ import annotations

import pkgutil

import typer

from .app import console_err


def known_codes() -> set[str]:
    """ISO 639-1 codes veille can tell apart: those of the language identifier and of spaCy."""
    import spacy.lang

    from ..nlp.langid import _identifier

    codes = {m.name for m in pkgutil.iter_modules(spacy.lang.__path__) if len(m.name) == 2}
    codes.update(c for c in _identifier().nb_classes if len(c) == 2)
    codes.discard("xx")
    return codes


def check_lang(value: str) -> str | None:
    """``--lang`` as given: None for ``auto``, else an ISO 639-1 code (usage error otherwise).

    A known code without a full pipeline is accepted with one warning: it gets a tokenizer only.
    """
    from ..nlp.registry import supported_languages

    code = value.strip().lower()
    if code == "auto":
        return None
    supported = supported_languages()
    if code not in known_codes() and code not in supported:
        raise typer.BadParameter(
            f"{value!r} is not an ISO 639-1 language code; use 'auto' or one of {', '.join(supported)} "
            "(other two-letter codes get a tokenizer only)", param_hint="'--lang'")
    if code not in supported:
        console_err.print(f"veille: warning: no analysis pipeline for {code!r}; "
                          f"entities, quotes and events need one of {', '.join(supported)}", markup=False)
    return code


def check_lang_filter(value: str | None) -> str | None:
    """A ``--lang`` that only selects stored articles: None when not given, else an ISO 639-1
    code (usage error otherwise). Any known code may select articles, pipeline or not."""
    from ..nlp.registry import supported_languages

    if value is None:
        return None
    code = value.strip().lower()
    if code not in known_codes() and code not in supported_languages():
        raise typer.BadParameter(
            f"{value!r} is not an ISO 639-1 language code (e.g. {', '.join(supported_languages())})",
            param_hint="'--lang'")
    return code
