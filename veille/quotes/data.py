"""Per-language quote knowledge, loaded once per process from ``veille/lang/<code>/quotes.py``."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from types import ModuleType

# Straight and curly double quotes: what a language without its own data still recognises.
DEFAULT_PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“”"}


@dataclass(frozen=True)
class QuoteData:
    quote_pairs: dict[str, str]
    speech_verbs: frozenset[str] = frozenset()
    speech_verb_forms: dict[str, str] = field(default_factory=dict)  # form -> lemma
    object_content_verbs: frozenset[str] = frozenset()
    attribution_phrases: tuple[tuple[str, ...], ...] = ()
    opinion_openers: tuple[tuple[str, ...], ...] = ()
    document_nouns: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    org_nouns: frozenset[str] = frozenset()
    pronouns: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    complementizers: frozenset[str] = frozenset()
    topic_words: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    gendered_words: dict[str, str] = field(default_factory=dict)
    agreeing_aux: frozenset[str] = frozenset()
    min_direct_words: int = 4
    naming_verbs: frozenset[str] = frozenset()
    genitive_prepositions: frozenset[str] = frozenset()
    as_clause_marks: frozenset[str] = frozenset()
    # Verbs of judgement whose object with an attribute is the view reported ("a jugé la paix possible").
    attribute_verbs: frozenset[str] = frozenset()
    # Reporting phrases of several words, verb lemma first ("faire savoir" -> ("faire", "savoir")).
    phrase_cues: tuple[tuple[str, ...], ...] = ()


_PUBLIC = re.compile(r"^[A-Z][A-Z0-9_]*$")


def check_names(module: ModuleType) -> None:
    """Every UPPER_CASE name of a language's quotes module must be a :class:`QuoteData` field:
    a misspelled list would otherwise be read as empty and silently turn its rule off."""
    known = {f.name.upper() for f in fields(QuoteData)}
    unknown = sorted(n for n in dir(module) if _PUBLIC.match(n) and n not in known)
    if unknown:
        raise ValueError(f"{module.__name__}: unknown quote list {', '.join(unknown)}")


@lru_cache(maxsize=None)
def quote_data(lang: str) -> QuoteData:
    """The quote data of ``lang``; punctuation only when veille has no data for it."""
    try:
        mod = importlib.import_module(f"veille.lang.{lang}.quotes") if lang.isalpha() else None
    except ModuleNotFoundError:
        mod = None
    if mod is None:
        return QuoteData(quote_pairs=dict(DEFAULT_PAIRS))
    check_names(mod)

    def words(name: str) -> frozenset[str]:
        # Reflexives ("se_féliciter", "s'inquiéter") match their verb's lemma; phrasal verbs written
        # with "_" ("point_out") match their head.
        out = set()
        for w in getattr(mod, name, ()):
            for prefix in ("se_", "s'", "s’"):
                if w.startswith(prefix):
                    w = w[len(prefix) :]
            out.add(w.split("_")[0])
        return frozenset(out)

    return QuoteData(
        quote_pairs=dict(mod.QUOTE_PAIRS),
        speech_verbs=words("SPEECH_VERBS"),
        speech_verb_forms=dict(getattr(mod, "SPEECH_VERB_FORMS", {})),
        object_content_verbs=words("OBJECT_CONTENT_VERBS"),
        attribution_phrases=tuple(tuple(p) for p in getattr(mod, "ATTRIBUTION_PHRASES", ())),
        opinion_openers=tuple(tuple(p) for p in getattr(mod, "OPINION_OPENERS", ())),
        document_nouns=frozenset(getattr(mod, "DOCUMENT_NOUNS", ())),
        role_nouns=frozenset(getattr(mod, "ROLE_NOUNS", ())),
        org_nouns=frozenset(getattr(mod, "ORG_NOUNS", ())),
        pronouns=dict(getattr(mod, "PRONOUNS", {})),
        complementizers=frozenset(getattr(mod, "COMPLEMENTIZERS", ())),
        topic_words=frozenset(getattr(mod, "TOPIC_WORDS", ())),
        question_words=frozenset(getattr(mod, "QUESTION_WORDS", ())),
        gendered_words=dict(getattr(mod, "GENDERED_WORDS", {})),
        agreeing_aux=frozenset(getattr(mod, "AGREEING_AUX", ())),
        min_direct_words=getattr(mod, "MIN_DIRECT_WORDS", 4),
        naming_verbs=words("NAMING_VERBS"),
        genitive_prepositions=frozenset(getattr(mod, "GENITIVE_PREPOSITIONS", ())),
        as_clause_marks=frozenset(getattr(mod, "AS_CLAUSE_MARKS", ())),
        # Split as the tokenizer does: an elided word keeps its apostrophe ("d'alarme" -> "d'", "alarme").
        attribute_verbs=words("ATTRIBUTE_VERBS"),
        phrase_cues=tuple(tuple(re.findall(r"[^\s'’]+['’]?", p)) for p in getattr(mod, "PHRASE_CUES", ())),
    )
