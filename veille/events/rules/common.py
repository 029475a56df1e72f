"""Small helpers the rules share."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorIndex


def ids(tokens: list[Token], actors: ActorIndex) -> list[str]:
    """Entity ids the tokens name, in order, without repeats."""
    out: list[str] = []
    for tok in tokens:
        for eid in actors.resolve(tok):
            if eid not in out:
                out.append(eid)
    return out


def objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("obj", "dobj")]


def last_word(prep: str) -> str:
    return prep.split(" ")[-1]


def names_party(obj, c, k) -> bool:
    """The object itself names an actor ("the governor", "Paris", "them"), not a thing of one ("the borders
    of Poland": the genitive's owner is no object)."""
    if obj.pos_ in ("PRON", "PROPN") or obj.lemma_.lower() in k.lex.actor_nouns | k.lex.person_titles:
        return True
    if any(ch.dep_ in ("appos", "flat", "flat:name", "compound", "nmod") and ch.pos_ == "PROPN"
           and not any(g.dep_ == "case" for g in ch.children) for ch in obj.children):
        return True  # "le préfet Jean Marc"
    return any(c.actors.is_actor(e.id) for e in c.actors.overlapping(obj.idx, obj.idx + len(obj)))
