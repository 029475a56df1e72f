"""Knowledge-base names found in a Doc with spaCy PhraseMatchers built once per language.

Full names, demonyms, capitals and surnames match on the lower-cased text (and on an
accent-free copy), acronyms on the exact text. Each match carries the KB references
its name may stand for; which one it is, is decided by the linker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..kb import KB, NameRef
from ..kb.loader import ACRONYM, DEMONYM
from ..kb.translit import is_cyrillic
from .normalize import fold
from .russian import name_forms

_APOSTROPHES = ("'", "’")


@dataclass
class KBMatch:
    start: int  # token index
    end: int
    refs: list[NameRef]


def _variants(text: str) -> set[str]:
    """The name with both apostrophe styles; news mixes them."""
    out = {text}
    for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]):
        if a in text:
            out.add(text.replace(a, b))
    return out


def _shouting(doc: Doc, start: int, end: int) -> bool:
    """An acronym inside upper-case text ("THE SOFTWARE IS PROVIDED") is just a word."""
    words = [t for t in doc[max(0, start - 2) : start]] + [t for t in doc[end : end + 2]]
    words = [t for t in words if t.is_alpha and len(t) > 1]
    return bool(words) and all(t.is_upper for t in words)


class Gazetteer:
    """Every KB name, matchable in a Doc of one language."""

    def __init__(self, nlp: Language, kb: KB) -> None:
        self.kb = kb
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        lowered: dict[str, set[str]] = {}
        exact: dict[str, set[str]] = {}
        for folded, refs in kb.names.items():
            for ref in refs:
                if ref.kind == ACRONYM:
                    exact.setdefault(ref.form, set()).update(_variants(ref.form))
                else:
                    forms = lowered.setdefault(folded, set())
                    forms.update(_variants(ref.form.lower()))
                    forms.update(_variants(folded))
                    if ref.kind != DEMONYM and is_cyrillic(ref.form):
                        forms.update(name_forms(ref.form))  # "Путина", "Путиным" → "Путин"
        self._add(nlp, self.names, lowered)
        self._add(nlp, self.acronyms, exact)

    @staticmethod
    def _add(nlp: Language, matcher: PhraseMatcher, table: dict[str, set[str]]) -> None:
        labels = list(table)
        texts = [sorted(table[label]) for label in labels]
        flat = [t for group in texts for t in group]
        docs = iter(nlp.tokenizer.pipe(flat))
        for label, group in zip(labels, texts):
            matcher.add(label, [next(docs) for _ in group])

    def __call__(self, doc: Doc) -> list[KBMatch]:
        vocab = doc.vocab.strings
        found: list[KBMatch] = []
        for match_id, start, end in self.names(doc):
            refs = [r for r in self.kb.names.get(vocab[match_id], []) if r.kind != ACRONYM]
            # A name written with a capital must be so in the text: "Turkey" the country,
            # not "turkey"; demonyms are adjectives and may be lower-case ("biélorusse").
            if not doc[start].text[:1].isupper():
                refs = [r for r in refs if r.kind == DEMONYM or not r.form[:1].isupper()]
            if refs:
                found.append(KBMatch(start, end, refs))
        for match_id, start, end in self.acronyms(doc):
            if _shouting(doc, start, end):
                continue
            form = vocab[match_id]
            refs = [r for r in self.kb.names.get(fold(form), []) if r.kind == ACRONYM and r.form == form]
            if refs:
                found.append(KBMatch(start, end, refs))
        return found
