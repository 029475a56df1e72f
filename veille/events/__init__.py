"""PLOVER event coding."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("veille_events", assigns=["doc._.events"], default_config={})
def make_events(nlp: Language, name: str):
    def events(doc: Doc) -> Doc:
        doc._.events = []
        return doc

    return events
