"""Direct, indirect and mixed quotes with their speakers."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("veille_quotes", assigns=["doc._.quotes"], default_config={})
def make_quotes(nlp: Language, name: str):
    def quotes(doc: Doc) -> Doc:
        doc._.quotes = []
        return doc

    return quotes
