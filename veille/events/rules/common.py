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
