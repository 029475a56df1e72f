"""Trigger lexicons: per-language records (lemma + condition → PLOVER type and mode) and their matcher.

Records come from ``veille/lang/<code>/events.py`` (``TRIGGERS``, hand-written, first; then
``FRAMES``, support verb + noun constructions, see :class:`Frame`) and the files it names in
``TRIGGER_FILES`` (generated, after). A token matcher (``veille.nlp.matching``) finds every token whose lemma has a
record; :func:`choose` then picks, for one token, the narrowest record whose condition holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..nlp.matching import TokenMatcher
from ..nlp.syntax import sentence_starts
from . import ontology

# Parts of speech a trigger may carry; participles and nominalised verbs are tagged loosely.
_POS = {"VERB": ("VERB", "AUX", "ADJ"), "NOUN": ("NOUN", "PROPN")}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: str | None
    obj: str | None = None
    prep: str | None = None
    with_: str | None = None
    genitive: str = "source"
    generated: bool = False

    @property
    def specificity(self) -> int:
        return int(bool(self.obj)) + int(bool(self.prep)) + int(bool(self.with_))


@dataclass(frozen=True)
class Frame:
    """A support verb and the noun that names the act ("faire pression sur", "put pressure on", "issue a
    warning to"): the verb alone says nothing, the noun alone has no doer. The frame codes the verb with
    the noun as its object, or, with ``case``, inside a fixed prepositional phrase ("mettre en garde",
    "take into custody"); the verb's subject is the source. ``preps``, when given, are the prepositions
    (space-separated) one of which must introduce the target ("pression sur X"): without its recipient the verb and
    noun are too common to code ("faire pression" is also a plain phrase). The noun, when it is a
    trigger of its own, is covered by the verb event (one record per happening)."""
    verb: str
    noun: str
    type: str
    mode: str | None = None
    case: str | None = None
    preps: str = ""
    particle: str | None = None  # "carry out", "step up": the verb's particle is part of the frame

    def rows(self) -> list[dict]:
        base = {"lemma": self.verb, "pos": "VERB", "type": self.type, "mode": self.mode}
        fixed = " ".join(w for w in (self.particle, self.case, self.case and self.noun) if w) or None
        conditions = [{"prep": " ".join(w for w in (fixed, p) if w)} for p in self.preps.split()] or [{"prep": fixed}]
        if not self.case:
            conditions = [dict(c, obj=self.noun) for c in conditions]
        return [dict(base, **{k: v for k, v in c.items() if v}) for c in conditions]


def frame_rows(frames) -> list[dict]:
    """Trigger rows of a language's frames; a frame given as a mapping with an unknown key is an error."""
    out = []
    for frame in frames:
        out += (frame if isinstance(frame, Frame) else Frame(**frame)).rows()
    return out


def _record(row: dict, generated: bool) -> Trigger | None:
    # A record with no type blocks its lemma under its condition ("à l'aide de" is no aid).
    event_type = ontology.current_name(row["type"]) if row["type"] else ""
    if event_type and ontology.quad(event_type) is None:
        return None
    return Trigger(
        lemma=row["lemma"].lower(),
        pos=row.get("pos", "VERB"),
        type=event_type,
        mode=ontology.valid_mode(event_type, row.get("mode")),
        obj=row.get("obj"),
        prep=row.get("prep"),
        with_=row.get("with"),
        genitive=row.get("genitive", "source"),
        generated=generated,
    )


@lru_cache(maxsize=None)
def lexicon(data: ModuleType) -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, pos) → records, narrowest first, hand-written before generated at equal width; loaded once."""
    rows: list[tuple[dict, bool]] = [(r, False) for r in getattr(data, "TRIGGERS", [])]
    rows += [(r, False) for r in frame_rows(getattr(data, "FRAMES", []))]
    for name in getattr(data, "TRIGGER_FILES", []):
        text = resources.files(data.__package__).joinpath(name).read_text("utf-8")
        rows += [(json.loads(line), True) for line in text.splitlines() if line.strip()]
    table: dict[tuple[str, str], list[Trigger]] = {}
    for row, generated in rows:
        trigger = _record(row, generated)
        if trigger is None:
            continue
        entries = table.setdefault((trigger.lemma, trigger.pos), [])
        # A generated record never shadows a hand-written one for the same lemma and condition.
        same = [t for t in entries if (t.obj, t.prep, t.with_) == (trigger.obj, trigger.prep, trigger.with_)]
        if not same:
            entries.append(trigger)
    for entries in table.values():
        # The narrowest condition wins ("block roads" over "block"); at equal width the hand-written record.
        entries.sort(key=lambda t: (-t.specificity, t.generated))
    return table


def build_matcher(vocab: Vocab, table: dict[tuple[str, str], list[Trigger]],
                  repairs: tuple[tuple[str, str], ...] = ()) -> TokenMatcher:
    matcher = TokenMatcher(vocab)
    for pos, tags in _POS.items():
        lemmas = sorted({lemma for lemma, p in table if p == pos and " " not in lemma})
        if lemmas:
            patterns = [[{"LOWER": {"IN": lemmas}, "POS": {"IN": list(tags)}}],
                        [{"LEMMA": {"IN": lemmas}, "POS": {"IN": list(tags)}}]]
            if pos == "VERB":
                wrong = sorted({w for lemma in lemmas for w in _unrepaired(lemma, repairs)})
                if wrong:
                    patterns.append([{"LEMMA": {"IN": wrong}, "POS": {"IN": list(tags)}}])
            matcher.add(pos, patterns)
    return matcher


_DASHES = {"-", "–", "—"}


def noun_lemmatizer(nlp: Language):
    """The pipeline's own lemma for a word read as a common noun ("Talks" → "talk"), cached per word."""
    if not nlp.has_pipe("lemmatizer") or not hasattr(nlp.get_pipe("lemmatizer"), "rule_lemmatize"):
        return lambda word: word
    lemmatizer = nlp.get_pipe("lemmatizer")

    @lru_cache(maxsize=4096)
    def lemma(word: str) -> str:
        found = lemmatizer.rule_lemmatize(Doc(nlp.vocab, words=[word], pos=["NOUN"])[0])
        return (found[0] if found else word).lower()

    return lemma


def opening_word(sent: Span) -> Token | None:
    """The first word of a sentence, after its dateline when it has one ("CAIRO -", "PARIS (AFP) -"),
    past a determiner ("Les négociations…"). Only the first few tokens are read: this runs on every
    sentence."""
    doc, end = sent.doc, min(sent.end, sent.start + 10)
    start = sent.start
    opened = closed = False  # a "(" seen, and a ")" after it: inside an agency's brackets "(Reuters)"
    for i in range(sent.start, end):
        tok = doc[i]
        glued = tok.text[:1] in _DASHES and tok.text[1:2].isalpha()  # "(Reuters) -Talks": one token
        if tok.text in _DASHES or glued:
            start = i if glued else i + 1
            break
        if not (tok.is_upper or tok.is_punct or opened and not closed):
            break  # a word no dateline has: a dash after it ends no dateline
        if tok.text == "(":
            opened = True
        elif tok.text == ")" and opened:
            closed = True
    while start < end and (doc[start].is_punct or doc[start].pos_ == "DET"):
        start += 1
    return doc[start] if start < end else None


def openings(doc: Doc, table: dict[tuple[str, str], list[Trigger]], lemmatize) -> list[Token]:
    """Sentence-opening words the parser took for names only because of their capital ("CAIRO - Talks
    between…", "Négociations à Genève"): a PROPN outside any named entity whose lower-case lemma is a
    noun trigger is that common noun; its tag and lemma are repaired so that the rules read it as one."""
    if not len(doc):
        return []
    found = []
    starts = sentence_starts(doc)
    for start, end in zip(starts, starts[1:] + [len(doc)]):
        tok = opening_word(doc[start:end])
        if tok is None or tok.pos_ != "PROPN" or tok.ent_type_ or tok.is_upper:
            continue
        word = tok.lower_.lstrip("".join(_DASHES))
        if not word.isalpha():
            continue
        lemma = lemmatize(word)
        if (lemma, "NOUN") in table:
            tok.pos_, tok.lemma_ = "NOUN", lemma
            found.append(tok)
    return found


def _unrepaired(lemma: str, repairs: tuple[tuple[str, str], ...]) -> list[str]:
    """The wrong lemmas a lemmatizer gives for this verb (French "reproche" for "reprocher")."""
    return [lemma[: -len(right)] + wrong for wrong, right in repairs if lemma.endswith(right)]


def _repaired(lemma: str, repairs: tuple[tuple[str, str], ...]) -> list[str]:
    return [lemma[: -len(wrong)] + right for wrong, right in repairs if lemma.endswith(wrong)]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _heads_of(token: Token, deps: tuple[str, ...]) -> list[str]:
    return [_lemma(c) for c in token.children if c.dep_ in deps]


def _preps(token: Token) -> set[str]:
    """Prepositions heading the token's arguments, in both parse styles (UD ``case``, ClearNLP ``prep``)."""
    found = set()
    for child in token.children:
        if child.dep_ == "case":
            found.add(child.lower_)  # the word's own preposition: "à l'aide de"
        if child.dep_ in ("prep", "agent", "dative"):
            found.add(child.lower_)
            found.update(_lemma(g) for g in child.children if g.dep_ == "pobj")
        found.update(c.lower_ for c in child.children if c.dep_ in ("case", "mark"))
        if child.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "prt", "compound:prt"):
            found.add(_lemma(child))
        if child.dep_ == "dobj":
            # "imposed a ban on imports": the parser hangs the complement on the object as often as on the verb
            for prep in (c for c in child.children if c.dep_ == "prep"):
                found.add(prep.lower_)
                found.update(_lemma(g) for g in prep.children if g.dep_ == "pobj")
        if child.dep_ == "obj":  # the same in UD: "présenté ses excuses à la Corée" (nmod of the object)
            found.update(g.lower_ for n in child.children if n.dep_ == "nmod" for g in n.children if g.dep_ == "case")
    return found


def _objects(token: Token, extents: frozenset[str] = frozenset()) -> set[str]:
    objects = set(_heads_of(token, ("obj", "dobj")))
    # "staged two days of war games", "a series of attacks": an extent or a count is not what is done;
    # the noun of its complement is ("game", "attack").
    for obj in (c for c in token.children if c.dep_ in ("obj", "dobj") and _lemma(c) in extents):
        objects.update(_lemma(g) for p in obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
        objects.update(_lemma(n) for n in obj.children if n.dep_ == "nmod" and any(g.dep_ == "case" for g in n.children))
    # The French parser sometimes labels the object of a light verb xcomp: "avoir pris le pouvoir".
    objects.update(_lemma(c) for c in token.children if c.dep_ == "xcomp" and c.pos_ == "NOUN")
    return objects


def _modifiers(token: Token, pos: str) -> set[str]:
    # Modifiers, and the predicate a verb attributes to its object ("jugé la Russie responsable").
    modifiers = {_lemma(c) for c in token.children if c.dep_ in ("amod", "compound", "nmod", "obl:mod")
                 or c.dep_ in ("xcomp", "acomp", "oprd") and c.pos_ == "ADJ"}
    if pos == "VERB":  # the parser often hangs that predicate on the object itself
        modifiers.update(_lemma(g) for c in token.children if c.dep_ in ("obj", "dobj")
                         for g in c.children if g.dep_ == "amod" and g.pos_ == "ADJ")
    return modifiers


def choose(token: Token, pos: str, table: dict[tuple[str, str], list[Trigger]],
           repairs: tuple[tuple[str, str], ...] = (), extents: frozenset[str] = frozenset()) -> Trigger | None:
    """The narrowest record for this token whose object, preposition or modifier condition holds
    (``extents``: nouns of quantity or duration read through to their complement as the object)."""
    entries = table.get((_lemma(token), pos)) or table.get((token.lower_, pos))
    if not entries and pos == "VERB":
        entries = next((table[(r, pos)] for r in _repaired(_lemma(token), repairs) if (r, pos) in table), None)
    if not entries:
        return None
    objects = _objects(token, extents) if any(t.obj for t in entries) else set()
    modifiers = _modifiers(token, pos) if any(t.with_ for t in entries) else set()
    preps = None
    for trigger in entries:
        if trigger.obj and trigger.obj not in objects:
            continue
        if trigger.with_ and trigger.with_ not in modifiers:
            continue
        if trigger.prep:
            preps = _preps(token) if preps is None else preps
            if not set(trigger.prep.split()) <= preps:
                continue
        return trigger
    return None
