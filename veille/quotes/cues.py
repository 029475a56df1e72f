"""Reporting cues in a parsed doc: the verb, what it reports and who is its subject.

Dependency labels of both schemes spaCy's pipelines use are listed (Universal
Dependencies for French, ClearNLP for English); nothing here depends on the language,
which comes in through :class:`~veille.quotes.data.QuoteData`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp.matching import AnchoredMatcher, TokenMatcher
from ..nlp.syntax import is_negated, is_passive  # noqa: F401 (read by the quote finder)
from .data import QuoteData

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_DEPS = {"nsubj:pass", "nsubjpass", "aux:pass", "auxpass", "csubj:pass", "csubjpass"}
CLAUSE_DEPS = {"ccomp"}
OBJECT_DEPS = {"obj", "dobj"}
# Dependents that carry on what is reported after the object ("la réduction … à la frontière").
CONTENT_TAIL_DEPS = {"obl", "obl:mod", "obl:arg", "nmod", "prep", "advcl", "xcomp", "ccomp", "iobj", "dative"}
# Parts of a subject phrase that are not the speaker's name (appositions, relative clauses).
SPEAKER_DROP_DEPS = {"appos", "acl", "acl:relcl", "relcl", "parataxis", "punct", "advcl"}
# Verbs that inherit their subject from the verb they hang on ("…, adding that", "et a ajouté").
INHERIT_DEPS = {"conj", "xcomp", "advcl", "dep"}
# Dependents of the cue that end its reported content: coordinated verbs, side remarks.
TAIL_STOP_DEPS = {"punct", "conj", "cc", "parataxis", "nsubj", "dep"}
STRIP_CHARS = " \t\r\n,;:.—–-"
# Entity labels of dates and times (both schemes): never a speaker.
TIME_ENTITIES = {"DATE", "TIME"}


@dataclass
class Claim:
    """A reported statement found by a cue or an attribution phrase."""

    start: int
    end: int
    cue: Token | None
    speaker: Span | None
    speaker_head: Token | None


def sentence(tok: Token) -> Span:
    """The sentence holding ``tok``, found from the sentence starts around it.

    ``Token.sent`` checks the whole doc for sentence annotation at each call; walking to the
    nearest boundaries costs only the sentence's length.
    """
    doc = tok.doc
    i = tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    j = tok.i + 1
    while j < len(doc) and not doc[j].is_sent_start:
        j += 1
    return doc[i:j]


def build_matchers(nlp_vocab, data: QuoteData) -> tuple[TokenMatcher, AnchoredMatcher]:
    cues = TokenMatcher(nlp_vocab)
    if data.speech_verbs:
        cues.add("CUE", [[{"LEMMA": {"IN": sorted(data.speech_verbs)}, "POS": {"IN": ["VERB"]}}]])
    if data.speech_verb_forms:
        # Inflected forms, for when the lemmatizer leaves a verb as written ("indique").
        cues.add("CUE_FORM", [[{"LOWER": {"IN": sorted(data.speech_verb_forms)}, "POS": {"IN": ["VERB"]}}]])
    if data.phrase_cues:
        # "a mis en garde", "pointed out": the verb is the cue; the words after it are checked on
        # each match (``phrase_length``).
        cues.add("CUE_PHRASE", [[{"LEMMA": {"IN": sorted({w[0] for w in data.phrase_cues})}, "POS": {"IN": ["VERB"]}}]])
    phrases = AnchoredMatcher(nlp_vocab)
    for n, words in enumerate(data.attribution_phrases):
        phrases.add(f"ATTR{n}", [[{"LOWER": w} for w in words]])
    for n, words in enumerate(data.opinion_openers):
        # "Pour Erdogan, …": only opening a sentence, and only before a name (checked below).
        phrases.add(f"OPEN{n}", [[{"LOWER": w, "IS_SENT_START": i == 0} if i == 0 else {"LOWER": w} for i, w in enumerate(words)]])
    return cues, phrases


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in STRIP_CHARS:
        start += 1
    while end > start and text[end - 1] in STRIP_CHARS:
        end -= 1
    return start, end


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the paragraph (line) holding ``pos``: reported content never crosses one."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def content_of(cue: Token, data: QuoteData, text: str, quoted=None) -> tuple[int, int] | None:
    """Character span of what ``cue`` reports, clipped to its paragraph, or None.

    ``quoted(pos)``, when given, tells whether a character lies inside a quotation."""
    span = _content_of(cue, data, quoted)
    if span is None:
        return None
    lo, hi = paragraph_of(text, cue.idx)
    start, end = max(span[0], lo), min(span[1], hi)
    return (start, end) if end > start else None


def _content_of(cue: Token, data: QuoteData, quoted=None) -> tuple[int, int] | None:
    doc = cue.doc
    sent = sentence(cue)
    if _inverted(cue, quoted):
        return _inverted_content(cue, sent)
    clauses = [c for c in cue.children if c.dep_ in CLAUSE_DEPS and not _absolute(c, cue)]
    if not clauses and cue.dep_ == "parataxis" and cue.head.i < cue.i and cue.left_edge.i > 0 and (
        doc[cue.left_edge.i - 1].text == ","
    ):
        # "Talks will resume next week, the minister says": the statement is the clause before.
        left = _left_of(cue)
        if left:
            return _span_chars(left)
    after = [c for c in clauses if c.i > cue.i]
    if after:
        clause = after[0]
        first = clause.left_edge.i
        for c in cue.children:  # "said too often, the ER …": adverbs before the clause belong to it
            if cue.i < c.i < clause.i and c.dep_ == "advmod":
                first = min(first, c.left_edge.i)
        # What follows the clause under the same verb carries on the statement ("… because …").
        last = max(c.right_edge.i for c in cue.children if c.i >= clause.i and c.dep_ not in TAIL_STOP_DEPS)
        return _span_chars(list(doc[first : last + 1]))
    if clauses:
        return _span_chars(list(clauses[-1].subtree))
    phrase = _phrase_content(cue, data)
    if phrase is not None:
        return phrase
    # "urged residents to conserve water", "a appelé les habitants à rester chez eux".
    directive = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i]
    objects = [c for c in cue.children if c.dep_ in OBJECT_DEPS and directive and c.i < directive[0].i]
    if objects:
        if "Part" in directive[0].morph.get("VerbForm"):
            # A participle after the object describes it ("a jugé la mesure dépassée", or a word the
            # tagger took for one): the object is part of what is reported.
            return _span_chars(list(cue.doc[objects[0].left_edge.i : directive[0].right_edge.i + 1]))
        return _span_chars(list(directive[0].subtree))
    attribute = _reflexive_attribute(cue)
    if attribute is not None:
        return attribute
    infinitive = _infinitive_content(cue) or _object_infinitive(cue, data) or _object_attribute(cue, data)
    if infinitive is not None:
        return infinitive
    reported = _object_content(cue, data)
    if reported is not None:
        return reported
    cut = _content_after_cut(cue, sent)
    if cut is not None:
        return cut
    # "… that …" the parser failed to attach: the first complementizer close after the verb.
    for t in doc[cue.i + 1 : min(cue.i + 12, sent.end)]:
        if t.lower_ in data.complementizers and t.head.i > t.i:
            return t.idx, sent[-1].idx + len(sent[-1])
        if t.dep_ in SUBJECT_DEPS or t.text in ".;!?":
            break
    return None


def _absolute(clause: Token, cue: Token) -> bool:
    """'"…," he said, eyes welling up with tears': a gerund with no auxiliary set off by a comma
    after the verb describes the speaker as they speak (an absolute construction), not what they
    said."""
    doc = cue.doc
    set_off = clause.i > cue.i and doc[clause.left_edge.i - 1].text == "," and clause.left_edge.i - 1 > cue.i - 1
    return set_off and clause.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _inverted_content(cue: Token, sent: Span) -> tuple[int, int] | None:
    """"« … » , a indiqué l'Élysée": what is reported comes before; what follows is the speaker."""
    if cue.dep_ in ("parataxis", "conj") and cue.head.i < cue.i:
        left = _left_of(cue)
        if left:
            return _span_chars(left)
    clauses = [c for c in cue.children if c.dep_ in CLAUSE_DEPS and c.i < cue.i]
    if clauses:
        return _span_chars(list(clauses[-1].subtree))
    return _clause_before_comma(cue, sent)


def cue_lemma(cue: Token, data: QuoteData) -> str:
    """The lemma of a reporting verb, also when the lemmatizer left it as written ("réclame",
    frequent in present-tense press copy): the verb lists are read with it."""
    return data.speech_verb_forms.get(cue.lower_, cue.lemma_.lower())


def _object_content(cue: Token, data: QuoteData) -> tuple[int, int] | None:
    """"a noté la réduction des flux à la frontière": for verbs whose object can be what was said,
    the object and what follows it under the verb."""
    if cue_lemma(cue, data) not in data.object_content_verbs:
        return None
    objs = [c for c in cue.children if c.dep_ in OBJECT_DEPS and c.pos_ not in ("PRON", "PROPN")]
    tail = [c for c in cue.children if c.i > cue.i and c.dep_ in CONTENT_TAIL_DEPS]
    parts = objs + [c for c in tail if not objs or c.i > objs[0].i]
    if not objs and not any(t.lower_ in data.topic_words for c in tail for t in c.subtree):
        return None  # "a déclaré devant sa résidence": a circumstance, not what was said
    if not parts:
        return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    return _span_chars(list(cue.doc[first : last + 1])) if last - first >= 3 else None


def _content_after_cut(cue: Token, sent: Span) -> tuple[int, int] | None:
    """"Les Européens accusent depuis des mois | X de nourrir la crise": the parser may end a
    sentence where no punctuation does, leaving a reporting verb with nothing after it but
    adverbials; what it reports is the piece cut off."""
    doc = cue.doc
    last = doc[sent.end - 1]
    if sent.end >= len(doc) or last.is_punct or last.is_space or doc[sent.end].is_punct or doc[sent.end].is_space:
        return None
    if any(c.i > cue.i and c.dep_ not in ("obl:mod", "advmod", "obl") for c in cue.children):
        return None
    rest = sentence(doc[sent.end])
    if len(rest) < 4:
        return None
    return _span_chars(list(rest))


def phrase_length(cue: Token, data: QuoteData) -> int:
    """How many words after ``cue`` belong to its reporting phrase ("mis [en garde]"); 0 for none."""
    doc = cue.doc
    for words in data.phrase_cues:
        n = len(words) - 1
        if cue.lemma_.lower() == words[0] and cue.i + n < len(doc) and all(
            doc[cue.i + k].lower_ == w for k, w in enumerate(words[1:], 1)
        ):
            return n
    return 0


def _phrase_content(cue: Token, data: QuoteData) -> tuple[int, int] | None:
    """What a reporting phrase reports when it has no clause: the words hanging on the phrase after
    it ("a fait part [de son inquiétude]", "warned [against a hasty vote]")."""
    n = phrase_length(cue, data)
    if not n:
        return None
    last = cue.i + n
    members = {cue.i + k for k in range(n + 1)}
    parts = [c for m in members for c in cue.doc[m].children
             if c.i > last and c.i not in members and c.dep_ not in TAIL_STOP_DEPS]
    if not parts:
        return None
    first, end = min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)
    if end - first < 3:
        return None  # "a fait part de son indignation": a feeling named, nothing stated
    return _span_chars(list(cue.doc[first : end + 1]))


def _reflexive_attribute(cue: Token) -> tuple[int, int] | None:
    """"s'est déclaré confiant en vue du scrutin", "se dit prête à négocier", "se sont dits
    « satisfaits » de l'échange": a reflexive reporting verb with an adjective or participle
    describing its subject reports that description (from the word after the verb, so that an
    opening quotation mark belongs to it)."""
    attribute = reflexive_attribute_of(cue)
    if attribute is None:
        return None
    # What the parser hung on the verb after the attribute goes on describing it ("soulagés | par
    # le report de la taxe").
    tail = [c.right_edge.i for c in cue.children if c.i > attribute.i and c.dep_ in CONTENT_TAIL_DEPS]
    return _span_chars(list(cue.doc[cue.i + 1 : max([attribute.right_edge.i] + tail) + 1]))


def reflexive_attribute_of(cue: Token) -> Token | None:
    """The attribute of a reflexive reporting verb, or None. The parser hangs it on the verb
    ("se dit prête": xcomp or advmod) or makes the verb hang on it ("se sont dits satisfaits":
    the participle heads the clause), so both are read; the reflexive pronoun stands before the
    verb in either case."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].is_quote:
        i += 1  # 'se sont dits « satisfaits »'
    if i >= len(doc):
        return None
    attribute = doc[i]
    if not (attribute.pos_ == "ADJ" or attribute.pos_ == "VERB" and "Part" in attribute.morph.get("VerbForm")):
        return None
    if attribute.head.i == cue.i and attribute.dep_ in ("xcomp", "advmod", "amod", "acl"):
        host = cue
    elif cue.head.i == attribute.i:
        host = attribute
    else:
        return None
    if not any("Yes" in c.morph.get("Reflex") and c.i < cue.i for c in host.children):
        return None
    return attribute


def _clause_before_comma(cue: Token, sent: Span) -> tuple[int, int] | None:
    """"Ce n'est pas une question de budget, estime la fédération.": an inverted cue heading its
    sentence reports all that comes before its comma, whatever the parser made of it (often
    the verb's subject)."""
    if cue.head.i != cue.i:
        return None
    i = cue.i - 1
    while i > sent.start and cue.doc[i].pos_ in ("AUX", "ADV"):
        i -= 1
    if cue.doc[i].text != "," or i - sent.start < 3:
        return None
    return _span_chars(list(cue.doc[sent.start : i]))


def _object_infinitive(cue: Token, data: QuoteData) -> tuple[int, int] | None:
    """"a accusé le préfet de mentir …", "a pressé X de partir": an infinitive clause the parser
    hung on the verb's object is what the verb reports about it (not for verbs whose object is
    itself the content: "a annoncé la décision de fermer" reports the decision)."""
    if cue_lemma(cue, data) in data.object_content_verbs:
        return None
    for obj in (c for c in cue.children if c.dep_ in OBJECT_DEPS and c.i > cue.i):
        for c in cue.children:
            # "accuse Poutine d'orchestrer …" with the infinitive mistagged as a noun: a complement
            # opened by the genitive preposition right after the object is still the infinitive.
            opener = cue.doc[c.i - 1]
            if c.dep_ == "xcomp" and c.i == obj.right_edge.i + 2 and opener.lower_ in data.genitive_prepositions and (
                opener.head.i == c.i and c.right_edge.i - c.i >= 2
            ):
                return _span_chars([opener] + list(c.subtree))
        for c in obj.children:
            marked = any(m.dep_ == "mark" for m in c.children)
            if c.dep_ == "acl" and c.i > obj.i and marked and "Inf" in c.morph.get("VerbForm") and (
                c.right_edge.i - c.left_edge.i >= 2
            ):
                return _span_chars(list(c.subtree))
            # English "accused the board of betraying …": a gerund behind the object's "of".
            gerund = c.dep_ == "prep" and c.lower_ in data.genitive_prepositions and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            if gerund and c.i > obj.i and c.right_edge.i - c.i >= 3:
                return _span_chars(list(c.subtree))
    return None


def _object_attribute(cue: Token, data: QuoteData) -> tuple[int, int] | None:
    """"L'Azerbaïdjan a jugé mardi une paix possible avec l'Arménie en cas de retrait": a verb of
    judgement whose object carries an adjective reports the object so judged, with what the verb
    adds after it (the condition, the reason)."""
    if cue_lemma(cue, data) not in data.attribute_verbs:
        return None
    for obj in (c for c in cue.children if c.dep_ in OBJECT_DEPS and c.i > cue.i and c.pos_ == "NOUN"):
        attributes = [c for c in obj.children if c.i > obj.i and c.pos_ == "ADJ" and c.dep_ in ("amod", "xcomp")]
        attributes += [c for c in cue.children if c.i > obj.i and c.pos_ == "ADJ" and c.dep_ in ("xcomp", "obl:mod", "advmod")]
        if not attributes:
            continue
        tail = [c for c in cue.children if c.i > obj.i and c.dep_ in CONTENT_TAIL_DEPS]
        last = max(p.right_edge.i for p in [obj] + attributes + tail)
        return _span_chars(list(cue.doc[obj.left_edge.i : last + 1]))
    return None


def _left_of(cue: Token) -> list[Token]:
    """The tokens of the clause ``cue`` hangs on that come before the cue's own phrase."""
    return [t for t in cue.head.subtree if t.i < cue.left_edge.i]


def _infinitive_content(cue: Token) -> tuple[int, int] | None:
    """"a annoncé avoir abattu …", "a juré de se venger …", "a dit attendre …": a reporting verb
    whose complement is an infinitive clause (no object of its own) reports that clause."""
    if any(c.dep_ in OBJECT_DEPS for c in cue.children):
        return None
    for c in cue.children:
        if c.dep_ != "xcomp" or c.i <= cue.i or c.pos_ not in ("VERB", "AUX"):
            continue
        infinitive = "Inf" in c.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in c.children)
        if infinitive and _nominalised(c):
            continue  # "au sortir du commissariat": an infinitive with an article is a noun of time
        if infinitive and c.right_edge.i - c.left_edge.i >= 2:
            return _span_chars(list(c.subtree))
    return None


def _nominalised(verb: Token) -> bool:
    """An infinitive introduced by a word carrying an article ("au sortir", "du vivant"): used as a
    noun, it says when or where, not what was said."""
    return any(c.i < verb.i and c.dep_ in ("mark", "case", "det") and c.morph.get("Definite") for c in verb.children)


def parenthetical(cue: Token, head: Token | None) -> list[tuple[int, int]]:
    """Content around a cue set off by commas: "The drugs, he says, are overused." → both sides.

    Returns the character spans before and after the cue clause (the one after only when the
    sentence goes on past a second comma), or [] when the cue is not parenthetical.
    """
    doc, sent = cue.doc, sentence(cue)
    if head is not None and (head.i > cue.i or head.right_edge.i - head.left_edge.i > 5):
        return []  # "…, a déclaré X, le directeur …" is an inverted cue; a long subject is a clause of its own
    if head is not None and head.head.i != cue.i and cue.dep_ == "xcomp":
        return []  # "…, les négociations peinent à avancer": the subject is the main verb's, no side remark
    if any(c.i > cue.i and c.dep_ in OBJECT_DEPS | CLAUSE_DEPS | {"xcomp"} for c in cue.children):
        return []  # the verb reports what follows it: not a side remark
    parts = [cue] + [c for c in cue.children if c.dep_.startswith("aux") or c.dep_ in ("neg", "advmod") and c.i < cue.i]
    if head is not None:
        parts.append(head)
    first = min(min(p.left_edge.i for p in parts if p is head) if head is not None else cue.i, *(p.i for p in parts))
    last = max(head.right_edge.i if head is not None and head.i > cue.i else cue.i, cue.i)
    before, after = first - 1, last + 1
    if before <= sent.start or after >= sent.end + 1 or doc[before].text != ",":
        return []
    if after >= len(doc) or doc[after].text not in (",", ".", ";", "!", "?") or after >= sent.end:
        return []
    spans = [(sent.start_char, doc[before].idx)]
    if doc[after].text == "," and after + 1 < sent.end:
        spans.append((doc[after + 1].idx, sent.end_char))
    return spans


def as_clause(cue: Token, data: QuoteData) -> tuple[tuple[int, int], Token | None] | None:
    """"Le projet sera abandonné, comme l'a annoncé la ministre" / "The plant will close, as the
    minister said": a reporting verb in a side clause opened by "comme"/"as", with nothing reported
    of its own, vouches for the clause it hangs on. Returns that host clause's span and the side
    clause's speaker token (None when the parse gives none), or None."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in data.as_clause_marks for c in cue.children):
        return None
    later = [c for c in cue.children if c.i > cue.i and c.dep_ in OBJECT_DEPS | CLAUSE_DEPS | {"xcomp"}]
    # A clitic object before the verb ("comme l'a dit X") stands for the host clause: the noun
    # phrase after the verb, often parsed as an object, is the inverted subject.
    clitic = any(c.i < cue.i and c.dep_ in OBJECT_DEPS and c.pos_ == "PRON" for c in cue.children)
    if later and not (clitic and all(c.dep_ in OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in later)):
        return None  # "as she told him that …" reports its own content
    if any(c.i > cue.i and c.dep_ in ("prep", "obl", "obl:arg", "dative", "iobj") and not _when(c) for c in cue.children):
        return None  # "as X agreed to more talks": a verb with a complement tells what X did, at that time
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), later[0] if later else None)
    host = cue.head
    lo, hi = cue.left_edge.i, cue.right_edge.i
    before = [t for t in host.subtree if t.i < lo]
    after = [t for t in host.subtree if t.i > hi]
    # The host's words on the side with more of them: the clause before "…, comme l'a dit X" or
    # after "Comme l'a dit X, …".
    part = before if len(before) >= len(after) else after
    part = [t for t in part if not (t.is_punct and t.i in (lo - 1, hi + 1))]
    if len([t for t in part if not t.is_punct]) < 3:
        return None
    return _span_chars(part), subject


def agent_report(cue: Token, data: QuoteData) -> tuple[tuple[int, int], Token] | None:
    """"Le maire, accusé par l'opposition de mentir, …" / "the mayor, accused by the opposition of
    lying": a reporting participle qualifying a noun reports what its agent said about that noun.
    Returns the reported clause's span and the agent, or None."""
    if cue.dep_ not in ("acl", "advcl") or "Part" not in cue.morph.get("VerbForm") and cue.tag_ != "VBN":
        return None
    if any(c.dep_.startswith("aux") for c in cue.children):
        return None  # a participle with its auxiliary is a finite clause, read by the other rules
    agent = next((c for c in cue.children if c.dep_ in ("obl:agent", "agent")), None)
    if agent is None:
        return None
    if agent.dep_ == "agent":  # English: "by" heads the phrase, the noun hangs on it
        agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if agent is None:
            return None
    for host in (cue, agent):
        for c in host.children:
            if c.i <= agent.i:
                continue
            marked = any(m.dep_ == "mark" for m in c.children)
            if c.dep_ in ("acl", "xcomp", "advcl") and marked and "Inf" in c.morph.get("VerbForm"):
                return _span_chars(list(c.subtree)), agent
            gerund = c.dep_ == "prep" and c.lower_ in data.genitive_prepositions and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            if gerund:
                return _span_chars(list(c.subtree)), agent
    return None


def _when(phrase: Token) -> bool:
    """A phrase saying when ("on Monday", "lundi"): it leaves a verb without a complement."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree)


def subject_of(cue: Token, data: QuoteData, quoted=None, depth: int = 0) -> Token | None:
    """The token heading the speaker phrase of ``cue`` (its subject, inverted or not).

    ``quoted(pos)`` tells whether a character lies inside a quotation: a subject found
    there is a misparse (the quotation is not who speaks).
    """
    def ok(tok: Token) -> bool:
        # A date is never who speaks ("warned Monday of …": the parser may take the day for the subject).
        return (quoted is None or not quoted(tok.idx)) and tok.ent_type_ not in TIME_ENTITIES

    if _inverted(cue, quoted):
        inverted = _inverted_subject(cue, data, ok)
        if inverted is not None:
            return inverted
    active = not is_passive(cue)
    for child in cue.children:
        if (child.dep_ in SUBJECT_DEPS or active and child.dep_ in PASSIVE_DEPS and "subj" in child.dep_) and ok(child):
            if child.lower_ == "-t":
                # "a-t-il conclu": the euphonic "-t" is not the subject; the pronoun beside it is.
                clitic = [c for c in cue.children if c.lower_ in data.pronouns and c.text[:1] == "-"]
                if clitic:
                    return clitic[0]
            return _antecedent_of_relative(cue, child)
    for child in cue.children:  # "estime-t-il", "a-t-elle ajouté": clitic pronouns the parser leaves loose
        if child.lower_ in data.pronouns and (child.i > cue.i or child.text[:1] == "-"):
            return child
    attribute = reflexive_attribute_of(cue)
    if attribute is not None and attribute.i == cue.head.i:
        # "les syndicats se sont dits satisfaits": the parse hangs the subject on the attribute.
        subject = next((c for c in attribute.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i and ok(c)), None)
        if subject is not None:
            return _antecedent_of_relative(cue, subject)
    dangling = _dangling_subject(cue)
    if dangling is not None and ok(dangling):
        return dangling
    stranded = _stranded_participle_subject(cue, ok, data)
    if stranded is not None:
        return stranded
    # "en lui répondant", "adding that": a gerund or bare participle takes the subject of the
    # verb it hangs on, whatever relation the parser gave it.
    loose = (cue.tag_ == "VBG" or bool({"Ger", "Part"} & set(cue.morph.get("VerbForm")))) and cue.dep_ in ("obl", "obl:mod")
    if depth < 3 and (cue.dep_ in INHERIT_DEPS or loose) and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX"):
        host = cue.head
        if host.dep_ == "acl" and "Part" in cue.morph.get("VerbForm") and host.head.head.pos_ in ("VERB", "AUX"):
            # "a surpris les diplomates réunis à Genève en demandant …": the parser hangs the gerund
            # on the participle modifying the object; who asks is the subject of the main verb.
            host = host.head.head
        return subject_of(host, data, quoted, depth + 1)
    return _word_before_verb(cue, data, ok) if depth == 0 else None


def _inverted_subject(cue: Token, data: QuoteData, ok) -> Token | None:
    """"…, indique le communiqué de l'Élysée": the subject follows, often misread as an object.
    Words may stand between the verb and the speaker ("a lâché avec assurance X", "a déclaré jeudi
    X"): a subject comes first, then a name, then a noun with no preposition."""
    after = [c for c in cue.children if c.i > cue.i and ok(c)]
    loose = [c for c in after if c.dep_ in OBJECT_DEPS | {"obl", "nmod", "npadvmod", "obl:mod"}]
    ranked = (
        [c for c in after if c.dep_ in SUBJECT_DEPS]
        + [c for c in loose if c.pos_ == "PROPN"]
        + [c for c in loose if c.pos_ == "NOUN" and not _in_prepositional_phrase(c, strict=True)]
    )
    if ranked:
        return ranked[0]
    behind = _name_behind_adverbial(cue, data, ok)
    if behind is not None:
        return behind
    return next((c for c in loose if c.pos_ == "NOUN"), None)


def _word_before_verb(cue: Token, data: QuoteData, ok) -> Token | None:
    """"Vickers said …" the parser left loose: the name or pronoun right before the verb."""
    i = cue.i - 1
    sent_start = sentence(cue).start
    if sent_start > 0 and cue.doc[sent_start - 1].pos_ in ("PROPN", "PRON"):
        sent_start -= 1  # the splitter cut "Vickers | said …" where no punctuation ends a sentence
    while i >= sent_start and cue.doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    tok = cue.doc[i] if i >= sent_start else None
    if tok is not None and tok.pos_ in ("PROPN", "NOUN", "PRON") and ok(tok) and not _in_prepositional_phrase(tok):
        if tok.lower_ not in data.complementizers:
            return tok
    return None


def _name_behind_adverbial(cue: Token, data: QuoteData, ok) -> Token | None:
    """The speaker of an inverted cue that the parser hung on an adverbial standing between them
    ("…, a lâché avec assurance X", "…, estime quant à elle la fédération"): the first name, title
    or organisation noun after the verb that no preposition governs, before the clause ends."""
    for tok in cue.doc[cue.i + 1 : sentence(cue).end]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
        named = tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in data.role_nouns | data.org_nouns or tok.lower_ in data.role_nouns | data.org_nouns)
        if named and ok(tok) and not any(c.dep_ == "case" for c in tok.children):
            while tok.head.i != tok.i and tok.head.i > cue.i and tok.dep_ in ("flat:name", "flat", "compound", "appos"):
                tok = tok.head  # "la FGTB", "le syndicat CGT": the phrase's own head
            return tok
    return None


def _dangling_subject(cue: Token) -> Token | None:
    """"Paul Magnette, | interrogé sur ces propos, a assuré …": after a long subject the parser may
    end a sentence at a comma, leaving the subject a sentence of its own and the verb without one.
    The noun phrase standing alone before the cut is the subject of the verb heading the rest."""
    sent = sentence(cue)
    if cue.head.i != cue.i or any(c.dep_ in SUBJECT_DEPS | PASSIVE_DEPS or c.dep_ == "expl:subj" for c in cue.children if c.i < cue.i):
        return None
    for clause in (c for c in cue.children if c.i < cue.i and c.dep_ in ("advcl", "acl", "acl:relcl", "parataxis")):
        # "L'Allemagne, qui a accusé X …, a demandé …": the relative clause the parser hung on the
        # verb speaks of the verb's subject, the noun before its pronoun.
        relative = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and _relative(c)), None)
        if relative is not None and _noun_before(relative) is not None:
            return _noun_before(relative)
    if sent.start < 2 or cue.doc[sent.start - 1].text != ",":
        return None
    before = sentence(cue.doc[sent.start - 1])
    root = before.root
    if root.pos_ not in ("PROPN", "NOUN") or any(c.dep_ == "case" for c in root.children):
        return None
    return root


def _antecedent_of_relative(cue: Token, subject: Token) -> Token:
    """ "Anil Prasad, who said …", "le ministère, qui a indiqué …": a relative pronoun speaks for
    the noun its clause hangs on, else (a parse that lost the clause's attachment) for the noun
    right before it."""
    if not _relative(subject):
        return subject
    if cue.dep_ in ("relcl", "acl:relcl") and cue.head.pos_ in ("NOUN", "PROPN"):
        return cue.head
    return _noun_before(subject) or subject


def _relative(tok: Token) -> bool:
    return tok.tag_ in ("WP", "WDT") or "Rel" in tok.morph.get("PronType")


def _noun_before(relative: Token) -> Token | None:
    """The noun a relative pronoun follows ("l'Allemagne, qui"), at the head of its name."""
    i = relative.i - 1
    if i >= 0 and relative.doc[i].text == ",":
        i -= 1
    while i > 0 and relative.doc[i].ent_type_ in TIME_ENTITIES and relative.doc[i - 1].pos_ in ("PROPN", "NOUN"):
        i -= 1  # "the advisory Monday that warned …": the day is when, the noun before it is the antecedent
    if i < 0 or relative.doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    tok = relative.doc[i]
    while tok.dep_ in ("flat:name", "flat", "compound") and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _stranded_participle_subject(cue: Token, ok, data: QuoteData) -> Token | None:
    """The subject of a participle cut from its auxiliary: in "L'armée a de son côté assuré …" or
    "Il avait plus tôt dans la journée dénoncé …" the parser hangs the participle on the
    adverbial in between; the subject is the one of the auxiliary before it."""
    if "Part" not in cue.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in cue.children):
        return None
    if cue.dep_ not in ("acl", "amod", "nmod", "obl", "obl:mod", "appos", "dep"):
        return None
    sent = sentence(cue)
    lo = sent.start
    if lo > 0 and not (cue.doc[lo - 1].is_punct or cue.doc[lo - 1].is_space):
        lo = sentence(cue.doc[lo - 1]).start  # "Il avait | plus tôt … dénoncé": a sentence cut where nothing ends one
    for i in range(cue.i - 1, max(lo, cue.i - 10) - 1, -1):
        tok = cue.doc[i]
        if tok.pos_ == "VERB" or tok.is_quote or tok.text in ",;:":
            return None  # another clause, or an inverted cue ("…», a encore dit X")
        if tok.pos_ == "AUX":
            owners = [tok] + ([tok.head] if tok.head.i != tok.i else [])
            for owner in owners:
                for child in owner.children:
                    # A personal pronoun the parser took for an impersonal one ("Il avait plus tôt …").
                    subject = child.dep_ in SUBJECT_DEPS or child.dep_ == "expl:subj" and child.lower_ in data.pronouns
                    if subject and child.i < tok.i and ok(child):
                        return child
            return None
    return None


def _in_prepositional_phrase(tok: Token, strict: bool = False) -> bool:
    """"de son côté", "dans la journée": a noun behind a preposition is never a subject.

    ``strict``: only a preposition counts, not the relation (an inverted subject is often
    labelled ``obl``)."""
    return any(c.dep_ == "case" for c in tok.children) or not strict and tok.dep_ in ("obl", "obl:mod", "obl:arg")


def _inverted(cue: Token, quoted=None) -> bool:
    """The verb follows a comma or closing quote mark (auxiliaries skipped): "…», a dit X".

    Not when a subject precedes it ("X, a co-author, says") or when it is a bare participle
    ("…, saying that", "…, ajoutant que"), which takes its subject from the main clause. A
    "subject" inside a quotation ("« …, cette colère » , a déclaré X") is the parser hanging
    the quoted words on the verb: the words are what is said, not who says it.
    """
    if any(c.dep_ in SUBJECT_DEPS | {"nsubj:pass", "nsubjpass"} and c.i < cue.i and not _heads_clause(c)
           and not (quoted is not None and quoted(c.idx)) for c in cue.children):
        return False  # a subject before the verb, even one mislabelled passive ("X, a surpris …")
    if _dangling_subject(cue) is not None:
        return False
    bare = cue.tag_ == "VBG" or "Ger" in cue.morph.get("VerbForm") or (
        "Part" in cue.morph.get("VerbForm") and not any(c.pos_ == "AUX" for c in cue.children)
    )
    if bare:
        return False
    i = cue.i - 1
    while i >= 0 and cue.doc[i].pos_ in ("AUX", "ADV", "SPACE"):
        i -= 1
    return i >= 0 and (cue.doc[i].text in (",", ":") or cue.doc[i].is_quote)


def _heads_clause(tok: Token) -> bool:
    """A "subject" with a copula or a subject of its own ("Ce n'est pas une question de budget, estime
    X"): the statement before an inverted cue, which the parser took for the verb's subject."""
    return any(c.dep_ in ("cop", "nsubj", "expl:subj") and c.i < tok.i for c in tok.children)


def speaker_span(head: Token, data: QuoteData | None = None) -> Span:
    """The speaker phrase headed by ``head``, without appositions, relative clauses or the
    place where it spoke ("le chef de l'État à Paris": a place behind any preposition but the
    genitive one is a circumstance, not part of the title)."""
    genitive = data.genitive_prepositions if data is not None else frozenset()
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in SPEAKER_DROP_DEPS or genitive and place_circumstance(child, genitive):
            drop.update(t.i for t in child.subtree)
    keep = [t.i for t in head.subtree if t.i not in drop]
    # Keep the contiguous stretch around the head.
    start = end = head.i
    keep_set = set(keep)
    while start - 1 in keep_set:
        start -= 1
    while end + 1 in keep_set:
        end += 1
    while end > start and head.doc[end].is_punct:
        end -= 1
    return head.doc[start : end + 1]


def place_circumstance(tok: Token, genitive: frozenset[str]) -> bool:
    """A place hanging on a speaker behind a non-genitive preposition: where it spoke."""
    cases = [c.lower_ for c in tok.children if c.dep_ == "case"]
    return tok.ent_type_ in ("LOC", "GPE") and bool(cases) and not any(c in genitive for c in cases)


def phrase_source(doc: Doc, end: int) -> Span | None:
    """The noun phrase after an attribution phrase ending at token ``end`` ("selon [le ministre]")."""
    sent_end = sentence(doc[end - 1]).end if end > 0 else len(doc)
    stop = end
    while stop < min(sent_end, end + 12) and not doc[stop].is_punct and doc[stop].pos_ not in ("VERB", "AUX"):
        stop += 1
    if stop == end or "Rel" in doc[end].morph.get("PronType"):
        return None  # "selon lesquelles": a relative clause, not a source
    span = doc[end:stop]
    return span


def apposition_end(doc: Doc, i: int, stop: int, data: QuoteData) -> int:
    """Token index after an apposition opening at the comma ``i`` ("Selon X, porte-parole du
    ministre, …"): a bare noun or a title, up to the next comma, with no verb or quotation;
    ``i`` itself when there is none. A parenthesis right after the source ("Selon X (MR), …") is
    part of it."""
    if i < stop and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(stop, i + 8)) if doc[j].text == ")"), None)
        if close is not None:
            i = close + 1
    if i + 1 >= stop or doc[i].text != ",":
        return i
    first = doc[i + 1]
    title = first if first.pos_ != "DET" or i + 2 >= stop else doc[i + 2]
    if not (first.pos_ == "NOUN" or title.lower_ in data.role_nouns or title.lemma_.lower() in data.role_nouns):
        return i
    for j in range(i + 1, min(stop, i + 12)):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.is_quote:
            return i
        if tok.text == ",":
            return j if j + 3 < stop else i
    return i


def _opinion_source(doc: Doc, source: Span, data: QuoteData) -> bool:
    """"Pour Erdogan, …", "Pour la toxicologue, « … »": a name, or a title before a quotation,
    set off by a comma (else "pour" is only a preposition)."""
    after = source.end
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    if any(t.pos_ == "PROPN" for t in source):
        return True
    root = source.root
    return doc[after + 1].is_quote and (root.lower_ in data.role_nouns or root.lemma_.lower() in data.role_nouns)


def _rejoined(sent: Span) -> Span:
    """"Selon la présidence | , 13 civils ont été blessés": a sentence the parser cut on the comma
    after an attribution's source goes on with the next piece."""
    doc = sent.doc
    last = doc[sent.end - 1]
    if sent.end >= len(doc) or last.is_punct or last.is_space or doc[sent.end].text != ",":
        return sent
    return doc[sent.start : sentence(doc[sent.end]).end]


def attribution_claims(doc: Doc, phrases: AnchoredMatcher, text: str, data: QuoteData) -> list[Claim]:
    """Claims made through "selon X" / "according to X": the rest of the sentence is the content."""
    claims = []
    for match_id, s, e in phrases(doc):
        source = phrase_source(doc, e)
        if source is None:
            continue
        if doc.vocab.strings[match_id].startswith("OPEN"):
            if not _opinion_source(doc, source, data):
                continue
        sent = sentence(doc[s])
        if source.end >= sent.end:
            sent = _rejoined(sent)  # nothing left after the source: the parser cut its sentence short
        src_end = apposition_end(doc, source.end, sent.end, data)
        if s == sent.start or (s > sent.start and all(t.is_punct for t in doc[sent.start : s])):
            # "Selon X, content." — content after the source phrase.
            start, end = trim(text, doc[src_end].idx if src_end < sent.end else sent.end_char, sent.end_char)
        else:
            # "Content, selon X." or "Content, according to X, goes on." — the whole sentence minus the phrase.
            before = trim(text, sent.start_char, doc[s].idx)
            after = trim(text, doc[src_end].idx if src_end < sent.end else sent.end_char, sent.end_char)
            start, end = (before[0], after[1]) if after[1] - after[0] > 0 else before
        if end - start < 10:
            continue
        head = source.root
        claims.append(Claim(start, end, None, source, head))
    return claims


def set_off_verb(doc: Doc, i: int, data: QuoteData) -> tuple[Token, Token] | None:
    """(verb, speaker head) of '« … », a-t-il mis en garde', '« … », tranche la ministre', '"…,"
    she fumed': right after a quotation set off by a comma, a verb with its subject inverted (a
    clitic pronoun or a person's or organisation's noun) or, in English, a subject and a verb
    that end the sentence, is what introduces the quotation, whatever the verb. ``i`` is the
    first token after the closing mark."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    elif not (2 <= i <= len(doc) and doc[i - 2].text in (",", "!", "?")):
        return None  # not set off: a title or a term in running text
    j = i
    while j < len(doc) and doc[j].pos_ == "AUX":
        j += 1
    clitic_at = j if j > i else j + 1  # "a-t-il mis" / "tranche-t-elle"
    k, clitic = clitic_at, None
    while k < len(doc) and doc[k].text[:1] == "-" and (doc[k].lower_ in data.pronouns or doc[k].lower_ == "-t"):
        clitic = doc[k] if doc[k].lower_ in data.pronouns else clitic
        k += 1
    if clitic is not None and j > i:
        return (doc[k], clitic) if k < len(doc) and doc[k].pos_ == "VERB" else None
    if clitic is not None:
        return doc[j], clitic
    if j < len(doc) and doc[j].pos_ == "VERB" and j + 1 < len(doc):
        noun = _speaking_noun(doc[j + 1], data)
        if noun is not None:
            return doc[j], noun  # "a tranché la ministre"
    return _subject_then_verb(doc, i, data)


def _speaking_noun(tok: Token, data: QuoteData) -> Token | None:
    """In the noun phrase starting at ``tok``, the first word naming who may speak: a person, an
    organisation, a role ("le conseiller fédéral Marc Blum": "Marc")."""
    doc = tok.doc
    for k in range(tok.i, min(tok.i + 5, len(doc))):
        word = doc[k]
        if word.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            return None
        named = word.ent_type_ in ("PER", "PERSON", "ORG", "NORP")
        role = word.lemma_.lower() in data.role_nouns | data.org_nouns or word.lower_ in data.role_nouns | data.org_nouns
        if named or role:
            return word
    return None


def _subject_then_verb(doc: Doc, i: int, data: QuoteData) -> tuple[Token, Token] | None:
    """'"…," she fumed.', '"…," the minister scoffed.': a subject, then a verb ending the sentence."""
    for k in range(i, min(i + 5, len(doc))):
        tok = doc[k]
        if tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm") and k > i:
            end = doc[k + 1] if k + 1 < len(doc) else None
            if end is not None and end.text not in (".", "!", "?") and not end.is_space:
                return None
            subject = doc[i] if doc[i].lower_ in data.pronouns else _speaking_noun(doc[i], data)
            return (tok, subject) if subject is not None and subject.i < k else None
        if tok.pos_ not in ("PRON", "DET", "ADJ", "NOUN", "PROPN"):
            return None
    return None
