"""``veille_paragraphs``: a line break starts a sentence, before the parser runs.

Statistical parsers sometimes run a sentence across a paragraph break (a headline into
the first line, a quotation into the next paragraph); the parser keeps boundaries set
before it, so marking them here keeps subjects and cues in their own paragraph.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc


_BREAK = re.compile(r"\n\s*(?=\S)")


@Language.component("veille_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    text = doc.text
    if "\n" not in text:
        return doc
    # The first token after each line break starts a sentence.
    for m in _BREAK.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            span[0].is_sent_start = True
    return doc
