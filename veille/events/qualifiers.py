"""What qualifies a happening: negation, hypothetical or conditional mood, its date and its place."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ..nlp.syntax import governing_verb, is_negated  # noqa: F401 (the events stage's qualifiers)

_CLAUSAL = ("xcomp", "ccomp", "advcl")


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a participle or a noun sits in: "pourraient faire partie des civils
    libérés" → faire (through the nouns it modifies, not through other clauses)."""
    tok = token
    for _ in range(4):
        if tok.dep_ in ("ROOT", "root") or tok.head == tok or tok.dep_ in _CLAUSAL + ("relcl", "acl:relcl", "conj"):
            return token
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return token


def is_hypothetical(token: Token, heads: set[str], aux: set[str], marks: set[str] = frozenset(),
                    repairs: tuple[tuple[str, str], ...] = (), alleging: set[str] = frozenset()) -> bool:
    """"pourrait sanctionner", "could impose sanctions", "wants to meet", "si la Russie nous aide":
    not (yet) a happening. ``alleging`` heads count only over an infinitive ("accusé d'avoir tué")."""
    verb = governing_verb(token)
    if marks and any(c.lower_ in marks for c in verb.children if c.dep_ == "mark"):
        return True
    if token.dep_ == "acl" or token.pos_ not in ("VERB", "AUX"):
        outer = _clause_verb(token)
        if outer is not token and outer is not governing_verb(token) and is_hypothetical(outer, heads, aux, marks, repairs, alleging):
            return True
    verb = governing_verb(token)
    if verb.dep_ == "acomp":
        verb = verb.head  # "must be ready to…": the copula carries the modal
    for tok in (verb, verb.head) if verb.dep_ in ("conj",) else (verb,):
        if any(c.lower_ in aux for c in tok.children if c.dep_.startswith("aux")):
            return True
        infinitive = "Inf" in tok.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children)
        # Only an infinitive adverbial clause is a complement of the head ("vise à capturer…"); a finite
        # one ("où des manifestants demandaient…", "qui a accusé…") or a participle adjunct ("tout en
        # condamnant…", "demanded calm, condemning the arrests") reports a happening of its own.
        clausal = (tok.dep_ in ("xcomp", "ccomp", "csubj", "dep") or tok.dep_ == "advcl" and infinitive
                   or tok.dep_ == "acl" and tok.head.pos_ == "NOUN")
        over = heads | alleging if infinitive else heads
        if (tok.dep_ == "acl" and infinitive and tok.head.dep_ in ("obj", "dobj") and tok.head.head != tok.head
                and any(c.dep_ == "mark" for c in tok.children)
                and _lemmas(tok.head.head, repairs) & over and not _realised(tok.head.head)):
            return True  # "accuse l'armée d'avoir tué…", "appelle les parties à cesser…": hung on the object
        if clausal and _lemmas(tok.head, repairs) & over and not _realised(tok.head):
            return True  # "il est impossible de rouvrir…" (the parser leaves the clause loosely attached)
    return False


# Modal heads whose past tense reports what happened: "a dû démissionner", "a pu s'enfuir".
_REALISED_IN_PAST = {"devoir", "pouvoir", "must", "can"}


def _realised(head: Token) -> bool:
    if head.lemma_.lower() not in _REALISED_IN_PAST or "Cnd" in head.morph.get("Mood"):
        return False
    compound_past = "Part" in head.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in head.children)
    return compound_past or ("Past" in head.morph.get("Tense") and "Fin" in head.morph.get("VerbForm"))


def is_intended(token: Token, heads: set[str], future_aux: set[str],
                repairs: tuple[tuple[str, str], ...] = ()) -> bool:
    """An announced intention: "promet de coopérer", "will impose sanctions", "sanctionnera"."""
    verb = governing_verb(token)
    outer = verb
    for _ in range(2):
        # "is willing to send material to help defend…": the intention covers the whole chain of infinitives
        infinitive = outer.dep_ == "advcl" and "Inf" in outer.morph.get("VerbForm")  # "to help", "pour aider"
        if not (outer.dep_ == "xcomp" or infinitive) or outer.head == outer:
            break
        outer = outer.head
        if outer.dep_ in ("xcomp", "acomp") + _CLAUSAL and outer.head.lemma_.lower() in heads:
            return True
    if verb.dep_ in _CLAUSAL and verb.head.lemma_.lower() in heads:
        return True
    before = token.doc[token.i - 1] if token.i else None
    if ("Inf" in token.morph.get("VerbForm") and before is not None and before.pos_ in ("VERB", "AUX")
            and before.head != token and _lemmas(before, repairs) & heads):
        return True  # "le Canada compte rapatrier…" with the head verb parsed apart from its infinitive
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in heads:
        return True  # "son intention de sanctionner la Russie"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in heads:
        return True
    if any(c.lower_ in future_aux or "Fut" in c.morph.get("Tense") for c in verb.children if c.dep_.startswith("aux")):
        return True  # "sera défendue", "aura signé"
    return "Fut" in verb.morph.get("Tense") and verb.pos_ == "VERB"


def _lemmas(token: Token, repairs: tuple[tuple[str, str], ...]) -> set[str]:
    """The token's lemma and the forms the language's lemma repairs give it ("compte" → "compter")."""
    lemma = token.lemma_.lower()
    return {lemma} | {lemma[: len(lemma) - len(a)] + b for a, b in repairs if lemma.endswith(a)}


def is_conditional(token: Token) -> bool:
    """French journalistic conditional ("aurait rencontré"): reported, not established."""
    verb = governing_verb(token)
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any("Cnd" in t.morph.get("Mood") for t in (verb, *auxiliaries))


def date_expressions(doc_ents, text: str, patterns: tuple[re.Pattern, ...]) -> list[tuple[int, int, str]]:
    """(start, end, text) of every date expression in a document: spaCy DATE entities and the
    language's patterns (which cover pipelines without a DATE label), found once per document.
    A pattern's match that overlaps one already found ("in 2009" around the entity "2009") is left out."""
    found = [(e.start_char, e.end_char, e.text) for e in doc_ents if e.label_ == "DATE"]
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), m.group(0)))
    return sorted(found)


def resolve_date(expression: str, published: str | dt.date | None, lang: str,
                 planned: bool = False) -> tuple[dt.date, str] | None:
    """The calendar date an expression names and its precision (day, month, year), read relative
    to the article's publication date (see :mod:`veille.events.dates`)."""
    from .dates import resolve

    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    return resolve(expression, published, lang, planned)


def nearest_date(token: Token, expressions: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The date expression inside the trigger's clause, else the one closest to the trigger."""
    if not expressions:
        return None
    verb = governing_verb(token)
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    inside = [x for x in expressions if lo <= x[0] < hi]
    pool = inside or expressions
    return min(pool, key=lambda x: abs(x[0] - token.idx))
