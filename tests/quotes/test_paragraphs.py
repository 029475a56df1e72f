"""Line breaks start sentences before the parser runs."""

from __future__ import annotations


def test_each_line_starts_a_sentence(en_nlp, fr_nlp):
    for nlp, text in (
        (en_nlp, "Markets fell sharply on Monday in Toronto\nThe mayor said the city would cope."),
        (fr_nlp, "Les marchés ont chuté lundi à Paris\nLe maire a déclaré que la ville tiendrait."),
    ):
        doc = nlp(text)
        second = text.index("\n") + 1
        assert any(s.start_char == second for s in doc.sents)
