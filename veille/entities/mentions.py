"""Name mentions: spaCy NER spans and knowledge-base matches, cleaned and de-overlapped.

NER boundaries are repaired with part-of-speech tags, not word lists: leading
determiners and prepositions ("l’Arménie", "de Biélorussie") and trailing function
words or punctuation ("… pour les réfugiés et l’") are cut off.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..kb import NameRef
from .gazetteer import KBMatch

_LEAD_POS = {"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART"}
_TRAIL_POS = {"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "SPACE"}


@dataclass
class Candidate:
    """One stretch of text that names something; ``refs`` are its KB readings."""

    start: int  # token indexes
    end: int
    start_char: int
    end_char: int
    text: str
    ner_type: str | None = None  # veille type from NER, when NER found it
    refs: list[NameRef] = field(default_factory=list)
    from_kb: bool = False

    @property
    def length(self) -> int:
        return self.end_char - self.start_char


def trim(span: Span, honorifics: frozenset[str] = frozenset()) -> Span | None:
    """The span without leading/trailing function words, punctuation and honorifics."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and doc[start].lower_ in honorifics:
        start += 1
    # A capitalised article inside a sentence belongs to the name ("Les Républicains", "Le Monde").
    while start < end and (doc[start].is_space or (
        doc[start].pos_ in _LEAD_POS and (not doc[start].text[:1].isupper() or doc[start].is_sent_start
                                          or doc[start].text[-1:] in "'’"))):
        start += 1
    # An opening parenthesis without its closing one starts an aside NER ran into ("World Health
    # Organisation (WHO"): the name ends before it.
    opened = next((i for i in range(start, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened
    while end > start and (doc[end - 1].pos_ in _TRAIL_POS or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


_QUALIFIER_POS = {"ADJ", "VERB", "ADV"}


def trim_lower_qualifiers(span: Span) -> Span:
    """A place name opens with a capital: lower-case adjectives and participles before it qualify the
    place and are no part of its name ("a united Germany", "l'ancienne Yougoslavie" → "Germany",
    "Yougoslavie"). Nouns are kept: they are often the name's own first word ("mont Blanc")."""
    doc = span.doc
    first = next((t.i for t in span if t.text[:1].isupper()), None)
    if first is None or first == span.start:
        return span
    if all(t.is_alpha and t.is_lower and t.pos_ in _QUALIFIER_POS for t in doc[span.start:first]):
        return doc[first:span.end]
    return span


def cut_caption(span: Span, caption_words: frozenset[str] = frozenset()) -> Span:
    """A caption's credit line follows the name it shows ("… in Washington D.C. Image: US Navy"), and
    page furniture closes an article ("… Environment Canada Archived"): NER runs the two together.
    The word is cut when a colon or the end of the line follows it."""
    doc = span.doc
    last = span[-1]
    if len(span) < 2 or last.lower_ not in caption_words or not last.text[:1].isupper():
        return span
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.text == ":" or "\n" in nxt.text or "\n" in last.whitespace_:
        return doc[span.start:last.i]
    return span


def _is_digits(token) -> bool:
    return token.text.isdigit()


def cut_score(span: Span) -> Span:
    """A match score sits between two team names ("Sweden 1 – 0 Korea"): a number on the edge of a name,
    with a dash and a number on its other side, is the score, not part of the name."""
    doc = span.doc
    start, end = span.start, span.end
    if (end - start > 1 and _is_digits(doc[end - 1]) and end + 1 < len(doc)
            and doc[end].text in _DASHES and _is_digits(doc[end + 1])):
        end -= 1
    if (end - start > 1 and _is_digits(doc[start]) and start >= 2
            and doc[start - 1].text in _DASHES and _is_digits(doc[start - 2])):
        start += 1
    return doc[start:end]


_DASHES = {"-", "–", "—"}


# Lower-case words that may open a person's name ("al-Burhan", "van der Berg", "de Villepin").
_NAME_PARTICLES = frozenset({"al", "el", "ibn", "bin", "ben", "van", "von", "der", "de", "da", "di", "del",
                             "della", "dos", "das", "du", "le", "la"})


def trim_lower_lead(span: Span) -> Span:
    """A name opens with a capital: lower-case words NER ran in from the clause before are cut
    ("a lâché avec assurance Burhan" → "Burhan"), when a capitalised word follows in the span."""
    doc = span.doc
    first = next((t.i for t in span if t.text[:1].isupper()), None)
    if first is None or first == span.start:
        return span
    lead = doc[span.start:first]
    if all(t.is_alpha and t.is_lower and t.lower_.split("-")[0] not in _NAME_PARTICLES for t in lead):
        return doc[first:span.end]
    return span


_DESCRIPTION_POS = {"NOUN", "ADJ", "NUM"}


def cut_description(span: Span, name_heads: frozenset[str] = frozenset()) -> Span:
    """A name opens with a capital: a lower-case common noun whose complement is the name is a
    description of what the name names, not part of it ("l'aéroport de Bruxelles" → "Bruxelles",
    "le ministère de l'Économie" → "Économie", "the city of Leeds" → "Leeds").

    Only the noun + preposition construction is cut: a noun in apposition to the name ("place
    Jean-Jaurès", "lycée Victor-Hugo") is often the name's own first word. Nouns in ``name_heads``
    make one name with their complement, which names nothing alone ("place de la République",
    "ministère de l'Intérieur"): they are kept.
    """
    doc = span.doc
    first = next((t.i for t in span if t.text[:1].isupper()), None)
    if first is None or first == span.start:
        return span
    lead = doc[span.start:first]
    words = [t for t in lead if t.pos_ not in ("ADP", "DET")]
    tail = lead[-1] if lead[-1].pos_ == "ADP" else lead[-2] if len(lead) > 1 else None
    if (any(t.pos_ == "NOUN" for t in words) and tail is not None
            and tail.pos_ == "ADP" and tail.i > words[-1].i
            and all(t.is_lower and t.pos_ in _DESCRIPTION_POS for t in words)
            and not any(t.lower_ in name_heads for t in words)):
        return doc[first:span.end]
    return span


def cut_stance(span: Span, prefixes: frozenset[str] = frozenset()) -> Span:
    """A stance prefix with its name ("pro-Beijing", "anti-Kremlin") qualifies the name after it,
    the way an adjective does, and is no part of it: "pro-Beijing DAB" names DAB. The prefix is one
    token ("pro-Pékin") or three ("pro", "-", "Beijing") depending on the tokenizer."""
    doc = span.doc
    first = span[0]
    if len(span) > 3 and first.lower_ in prefixes and span[1].text == "-":
        cut = span.start + 3
    elif len(span) > 1 and "-" in first.text and first.lower_.split("-")[0] in prefixes:
        cut = span.start + 1
    else:
        return span
    return doc[cut:span.end] if doc[cut].text[:1].isupper() else span


def is_stance(span: Span, prefixes: frozenset[str] = frozenset()) -> bool:
    """The span is only a stance adjective ("the pro-Beijing camp", "les anti-Kremlin"): no name."""
    first = span[0]
    if len(span) == 3 and first.lower_ in prefixes and span[1].text == "-":
        return True
    return len(span) == 1 and "-" in first.text and first.lower_.split("-")[0] in prefixes


@dataclass(frozen=True)
class NameWords:
    """One language's words that shape NER spans (see ``veille/lang/<code>/entities.py``)."""

    honorifics: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    caption_words: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()


def _repair(ent: Span, type_: str, words: NameWords) -> Span | None:
    span = cut_stance(cut_description(ent, words.name_heads), words.stance_prefixes)
    if type_ in ("PERSON", "ORG"):
        span = trim_lower_lead(span)
    elif type_ in ("GPE", "LOC"):
        span = trim_lower_qualifiers(span)
    return trim(cut_score(cut_caption(span, words.caption_words)), words.honorifics)


def split_office(span: Span, office_nouns: frozenset[str] = frozenset()) -> tuple[Span, Span | None]:
    """An office written between an organisation and its holder ("NASA Administrator Jim Bridenstine",
    "Acme CEO Ann Lee") is no part of either name: the organisation before it, and the person after it
    when one follows. The office must follow a proper noun ("the Office of the President" is one name)."""
    doc = span.doc
    cut = next((t.i for t in span[1:] if t.lower_ in office_nouns and t.text[:1].isupper()
                and doc[t.i - 1].pos_ == "PROPN"), None)
    if cut is None:
        return span, None
    holder = doc[cut + 1:span.end]
    holder = holder if len(holder) and holder[0].text[:1].isupper() else None
    return doc[span.start:cut], holder


def from_ner(doc: Doc, labels: dict[str, str], kb, words: NameWords = NameWords()) -> list[Candidate]:
    out = []
    for ent in doc.ents:
        type_ = labels.get(ent.label_)
        if type_ is None:
            continue
        span = _repair(ent, type_, words)
        if span is None or not any(ch.isalpha() for ch in span.text) or is_stance(span, words.stance_prefixes):
            continue
        repaired = span
        span, holder = split_office(repaired, words.office_nouns)
        if len(span) < len(repaired) and type_ == "PERSON":
            type_ = "ORG"  # NER typed the whole by its holder; before the office stands the organisation
        # A name headed by an institution noun ("Cour suprême", "the Senate") names the body, not
        # its seat: NER, which reads the place in it, types it a location.
        if type_ in ("GPE", "LOC") and span[0].lower_ in words.institutions:
            type_ = "ORG"
        out.append(_candidate(span, type_, kb))
        if holder is not None:
            out.append(_candidate(holder, "PERSON", kb))
    return out


def _candidate(span: Span, type_: str, kb) -> Candidate:
    return Candidate(span.start, span.end, span.start_char, span.end_char, span.text,
                     ner_type=type_, refs=list(kb.lookup(span.text)))


def from_kb(doc: Doc, matches: list[KBMatch]) -> list[Candidate]:
    out = []
    for m in matches:
        span = doc[m.start : m.end]
        out.append(Candidate(m.start, m.end, span.start_char, span.end_char, span.text,
                             refs=m.refs, from_kb=True))
    return out


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer spans first, KB matches before NER at equal length.

    NER that overlaps a chosen KB match lends it its type (the linker uses it to accept
    a bare surname, which only counts as a person where NER saw a name).
    """
    ranked = sorted(candidates, key=lambda c: (-c.length, not c.from_kb, c.start_char))
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for cand in ranked:
        tokens = set(range(cand.start, cand.end))
        if tokens & occupied:
            continue
        taken.append(cand)
        occupied |= tokens
    # For each token, the first NER candidate over it: a lookup per KB match instead of a scan
    # of all NER candidates, which grew with the square of the article's length.
    first_ner: dict[int, Candidate] = {}
    order: dict[int, int] = {}
    for n, other in enumerate(c for c in candidates if c.ner_type and not c.from_kb):
        for i in range(other.start, other.end):
            if i not in first_ner:
                first_ner[i], order[i] = other, n
    for cand in taken:
        if cand.from_kb and cand.ner_type is None:
            over = [i for i in range(cand.start, cand.end) if i in first_ner]
            if over:
                cand.ner_type = first_ner[min(over, key=order.__getitem__)].ner_type
    return sorted(taken, key=lambda c: c.start_char)
