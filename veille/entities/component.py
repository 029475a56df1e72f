"""The ``veille_entities`` component: spaCy NER mentions grouped into entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Entity, Mention
from ..nlp.registry import language_data
from .normalize import entity_id, fold


@Language.factory("veille_entities", assigns=["doc._.entities"], default_config={})
def make_entities(nlp: Language, name: str) -> "EntityLinker":
    return EntityLinker(nlp.lang)


class EntityLinker:
    """Groups the mentions of one actor into one :class:`Entity`."""

    def __init__(self, lang: str) -> None:
        data = language_data(lang)
        self.labels: dict[str, str] = getattr(data, "NER_LABELS", {}) if data else {}

    def __call__(self, doc: Doc) -> Doc:
        by_key: dict[tuple[str, str], Entity] = {}
        for ent in doc.ents:
            type_ = self.labels.get(ent.label_)
            if type_ is None:
                continue
            text = ent.text
            key = (type_, fold(text))
            entity = by_key.get(key)
            if entity is None:
                entity = Entity(id=entity_id(type_, text), name=text, type=type_)
                by_key[key] = entity
            entity.mentions.append(Mention(text=text, start=ent.start_char, end=ent.end_char))
        doc._.entities = _merge_surnames(list(by_key.values()))
        return doc


def _merge_surnames(entities: list[Entity]) -> list[Entity]:
    """Fold a person named by surname alone into the full name that ends with it."""
    people = [e for e in entities if e.type == "PERSON" and " " in e.name]
    kept = []
    for entity in entities:
        if entity.type == "PERSON" and " " not in entity.name:
            full = [p for p in people if fold(p.name).endswith(" " + fold(entity.name))]
            if len(full) == 1:
                full[0].mentions.extend(entity.mentions)
                full[0].mentions.sort(key=lambda m: m.start)
                continue
        kept.append(entity)
    return kept
