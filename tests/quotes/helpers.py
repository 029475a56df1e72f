"""Running a text through a pipeline and reading its quotes, for the per-language quote tests."""

from __future__ import annotations


def quotes(nlp, text):
    """(quote, speaker entity or None) pairs, each quote's offsets checked against the text."""
    doc = nlp(text)
    entities = {e.id: e for e in doc._.entities}
    out = []
    for q in doc._.quotes:
        assert doc.text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text
        out.append((q, entities.get(q.speaker)))
    return out


def name(entity):
    return entity.name if entity is not None else ""
