"""One coreference layer for the pipeline: who a title, a description or a pronoun stands for.

Built once per doc from the doc, an index of its mentions and the language's :class:`CorefData`
(``veille/lang/<code>/coref.py``). It answers what both quotes and events ask: the titles a
person was named with ("Senator Mark Stone", "Mark Stone, a senator"), whether a definite
description ("the senator", "le diplomate") names a person met before with that title, a
person's grammatical gender from the words agreeing with their mentions, and the antecedent of
a relative pronoun ("le ministre X, qui a accusé…"). What only quotes know (the last speaker,
what lies inside a quotation) stays in the quotes stage.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from ..model import Entity
from .index import MentionIndex
from .normalize import fold

# How far back (characters) a title or a pronoun looks for the person it stands for.
ANTECEDENT_WINDOW = 1500
# How far back an epithet nobody bore ("le diplomate") looks for the last person named.
EPITHET_WINDOW = 600
_PUBLIC = re.compile(r"^[A-Z][A-Z0-9_]*$")
_RELATIVE_DEPS = ("acl:relcl", "relcl")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")


@dataclass(frozen=True)
class CorefData:
    """Per-language words of coreference."""

    # Nouns naming a person by role ("le ministre", "the senator").
    role_nouns: frozenset[str] = frozenset()
    # Personal pronouns: lower-case form -> (gender or None, number).
    pronouns: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    # Words giving a person's gender: titles ("Mme", "Mr.") and gendered pronouns ("he", "her").
    gendered_words: dict[str, str] = field(default_factory=dict)
    # Auxiliaries whose participle agrees with the subject ("elle est arrivée").
    agreeing_aux: frozenset[str] = frozenset()
    # Relative pronouns that stand for the noun their clause hangs on ("qui", "who").
    relative_pronouns: frozenset[str] = frozenset()
    # Nouns describing a person by occupation that a text uses as a later name for someone it
    # named with another title ("le ministre … Abdoulaye Diop" then "le diplomate").
    epithet_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def coref_data(lang: str) -> CorefData:
    """The coreference data of ``lang`` (empty for a language veille has none for)."""
    try:
        mod = importlib.import_module(f"veille.lang.{lang}.coref") if lang.isalpha() else None
    except ModuleNotFoundError:
        mod = None
    if mod is None:
        return CorefData()
    known = {f.name.upper() for f in fields(CorefData)}
    unknown = sorted(n for n in dir(mod) if _PUBLIC.match(n) and n not in known)
    if unknown:  # a misspelled list would otherwise be read as empty and turn its rule off
        raise ValueError(f"{mod.__name__}: unknown coreference list {', '.join(unknown)}")
    return CorefData(
        role_nouns=frozenset(getattr(mod, "ROLE_NOUNS", ())),
        pronouns=dict(getattr(mod, "PRONOUNS", {})),
        gendered_words=dict(getattr(mod, "GENDERED_WORDS", {})),
        agreeing_aux=frozenset(getattr(mod, "AGREEING_AUX", ())),
        relative_pronouns=frozenset(getattr(mod, "RELATIVE_PRONOUNS", ())),
        epithet_nouns=frozenset(getattr(mod, "EPITHET_NOUNS", ())),
    )


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name (lower case) -> "Masc" or "Fem", for names mostly borne by one sex."""
    rows = json.loads(resources.files("veille.lang").joinpath("first_names.json").read_text(encoding="utf-8"))
    return {name: gender for gender in ("Masc", "Fem") for name in rows[gender]}


class Coref:
    """Titles, genders and antecedents of the people of one doc.

    ``mentions`` is the caller's index of (start, end, entity); a caller that rebuilds its index
    assigns the new one to :attr:`mentions`.
    """

    def __init__(self, doc: Doc, text: str, mentions: MentionIndex, data: CorefData) -> None:
        self.doc = doc
        self.text = text
        self.mentions = mentions
        self.data = data
        self._gender: dict[str, str | None] = {}
        self.guessed: dict[str, bool] = {}  # entity id -> gender read from its name's spelling only
        self._title_cache: dict[str, set[str]] = {}
        self._votes: dict[str, Counter[str]] | None = None

    # -- titles ---------------------------------------------------------------------------

    def titles(self, entity: Entity) -> set[str]:
        """Nouns naming ``entity`` by its role: compounds before its name ("Senator Mark Stone"),
        and appositions either side ("Mark Stone, a senator", "the senator, Mark Stone")."""
        if entity.id in self._title_cache:
            return self._title_cache[entity.id]
        words: set[str] = set()
        for m in entity.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            for t in root.children:
                if t.i < span.start and t.dep_ == "compound":
                    words.update(fold(w.text) for w in t.subtree if w.pos_ in ("NOUN", "PROPN"))
                elif t.dep_ == "appos" and t.pos_ == "NOUN":
                    # "Jane Roe, CEO and founder of a hosting company": the role, not what it is of.
                    role = [t] + [c for c in t.children if c.dep_ in ("compound", "amod", "conj")]
                    words.update(fold(w.text) for w in role)
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                words.add(fold(root.head.text))
        self._title_cache[entity.id] = words
        return words

    def bears_title(self, entity: Entity, head: Token) -> bool:
        """Whether the person ``entity`` was named with the description headed by ``head``, its
        modifiers included: "the Nova Scotia judge" is not "District Attorney Jane Roe"."""
        if entity.type != "PERSON":
            return False
        titles = self.titles(entity)
        if not {fold(head.text), fold(head.lemma_)} & titles:
            return False
        modifiers = {fold(c.text) for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i}
        return modifiers <= titles

    def titled_before(self, head: Token, window: int = ANTECEDENT_WINDOW) -> Entity | None:
        """The nearest person before ``head`` bearing its title as a role ("the senator")."""
        for start, end, entity in self.mentions.before(head.idx):
            if head.idx - start > window:
                break
            if self.bears_title(entity, head):
                return entity
        return None

    def is_title(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.data.role_nouns or tok.lower_ in self.data.role_nouns)

    # -- relative pronouns ----------------------------------------------------------------

    def relative_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a relative pronoun stands for: "le ministre, qui a accusé…" -> "ministre".
        The parser hangs the relative clause's verb on that noun (``relcl``, ``acl:relcl``)."""
        if pronoun.lower_ not in self.data.relative_pronouns or pronoun.dep_ not in _SUBJECT_DEPS:
            return None
        verb = pronoun.head
        while verb.dep_ == "conj" and verb.head is not verb:  # "qui a accusé Y et menacé Z"
            verb = verb.head
        if verb.dep_ in _RELATIVE_DEPS and verb.head.i < pronoun.i:
            return verb.head
        return None

    # -- gender ---------------------------------------------------------------------------

    def pronoun_votes(self) -> dict[str, Counter[str]]:
        """Gendered pronouns ("he", "her") whose sentence so far names exactly one person vote for it."""
        if self._votes is not None:
            return self._votes
        self._votes = {}
        words = [w for w in self.data.gendered_words if w.isalpha()]
        if not words or not len(self.mentions):
            return self._votes
        text = self.text
        pattern = re.compile(r"\b(" + "|".join(sorted(words)) + r")\b", re.IGNORECASE)
        for m in pattern.finditer(text):
            pos = m.start()
            lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 250)
            people = {r[2].id: r[2] for r in itertools.islice(self.mentions.before(pos), 6) if r[0] >= lo and r[2].type == "PERSON"}
            if len(people) == 1:
                (eid,) = people
                self._votes.setdefault(eid, Counter())[self.data.gendered_words[m.group(1).lower()]] += 1
        return self._votes

    def gender(self, entity: Entity) -> str | None:
        """Grammatical gender of an entity from the words agreeing with its mentions."""
        if entity.id in self._gender:
            return self._gender[entity.id]
        votes: Counter[str] = Counter(self.pronoun_votes().get(entity.id, {}))
        spelling: Counter[str] = Counter()
        if entity.type == "PERSON":
            given = entity.name.split()[0].lower() if len(entity.name.split()) > 1 else ""
            if given in first_names():
                votes[first_names()[given]] += 3  # "Mary Nicholson": the given name says it, as a title does
        for m in entity.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            # The tagger's gender on a name itself is a guess from its spelling ("Tidjane" read as
            # feminine): it votes apart, as weak evidence. A participle before an inverted subject
            # ("a réagi X") takes no agreement: only titles, determiners and adjectives vote.
            if span.root.pos_ == "PROPN":
                spelling.update(span.root.morph.get("Gender"))
            near = [span.root] if span.root.pos_ == "NOUN" else []
            if span.root.dep_ in ("appos", "flat:name", "nmod", "compound") and self.is_title(span.root.head):
                near.append(span.root.head)  # "la ministre Élisabeth Borne": the title and its determiner
                near.extend(c for c in span.root.head.children if c.dep_ == "det")
            if span.start > 0:
                before = self.doc[span.start - 1]
                if before.pos_ in ("DET", "ADJ") or self.is_title(before) or before.lower_ in self.data.gendered_words:
                    near.append(before)
            if span.root.dep_ == "nsubj" and any(a.lemma_ in self.data.agreeing_aux for a in span.root.head.children):
                near.append(span.root.head)  # "elle est arrivée": participle agrees with the subject
            for tok in near:
                if tok.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "VERB"):
                    for g in tok.morph.get("Gender"):
                        votes[g] += 1
                title = self.data.gendered_words.get(tok.lower_)
                if title and tok.i == span.start - 1:
                    votes[title] += 3  # "Mme", "Mr.": a title says it outright
            if span.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
                # "Mary Nicholson wrote to her colleagues": a possessive in the subject's own clause.
                seen = {self.data.gendered_words.get(t.lower_) for t in span.root.head.subtree
                        if t.i >= span.end and t.pos_ == "PRON"} - {None}
                if len(seen) == 1:
                    votes[seen.pop()] += 1
        self.guessed[entity.id] = not votes and bool(spelling)
        chosen = votes or spelling
        self._gender[entity.id] = chosen.most_common(1)[0][0] if chosen else None
        return self._gender[entity.id]

    # -- definite descriptions and pronouns -----------------------------------------------

    def titled_person(self, head: Token, window: int = ANTECEDENT_WINDOW) -> Entity | None:
        """The person a definite singular title stands for ("le diplomate a dénoncé…" after "le
        diplomate Paul Mercier"): only one named before with that title, never someone new
        ("un diplomate") nor a title nobody bore."""
        if not self.definite_singular(head):
            return None
        dets = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
        found = self.titled_before(head, window)
        if found is None and head.lemma_.lower() in self.data.epithet_nouns:
            # An epithet nobody bore names the person the passage is about, of its gender: the
            # determiner's gender, as the tagger reads "ministre", "diplomate" either way.
            genders = [g for d in dets for g in d.morph.get("Gender")] or head.morph.get("Gender")
            found = self.person_before(head.idx, genders[0] if len(set(genders)) == 1 else None, EPITHET_WINDOW)
        return found

    def definite_singular(self, head: Token) -> bool:
        """A singular common noun with a definite determiner: "le diplomate", "the senator"."""
        if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number") or head.tag_ in ("NNS", "NNPS"):
            return False
        return any(self._definite_det(c) for c in head.children if c.dep_ == "det" and c.i < head.i)

    @staticmethod
    def _definite_det(det: Token) -> bool:
        return "Def" in det.morph.get("Definite") or det.lower_ in ("the", "this") or det.lemma_ == "le"

    def pronoun_agreement(self, pronoun: Token) -> tuple[str | None, str | None]:
        """(gender, number) a personal pronoun asks of its antecedent; (None, None) when not one."""
        return self.data.pronouns.get(pronoun.lower_, (None, None))

    def agrees(self, entity: Entity, gender: str | None) -> bool:
        """Whether a person may be the antecedent of a pronoun of ``gender`` (unknown agrees)."""
        if gender is None or entity.type != "PERSON":
            return True
        known = self.gender(entity)
        return known is None or known == gender

    def person_before(self, pos: int, gender: str | None, window: int = ANTECEDENT_WINDOW) -> Entity | None:
        """The last person named before ``pos`` whose gender does not disagree: "Claire Vasseur a
        rencontré Marc Lefort. Elle a accusé…" is Claire Vasseur."""
        for start, _, entity in self.mentions.before(pos):
            if pos - start > window:
                break
            if entity.type == "PERSON" and self.agrees(entity, gender):
                return entity
        return None
