"""The ``veille_quotes`` component: direct, indirect and mixed quotes with their speakers.

1. Quotation marks are scanned on the raw text (every pipeline, parser or not).
2. With a parser, each reporting verb gives a claim: what it reports (its clausal
   complement, the clause it hangs on when inverted, or its object for verbs like
   "noter"), and its subject. "selon X" / "according to X" give claims too.
3. A claim whose content holds a quotation is a mixed quote; a quotation inside no
   claim is a direct quote, attributed to the cue of its sentence (before or after it),
   of the sentence before when that one ends with ":", or else to the voice of the
   quote just before (the continued quotes of news style).
4. Speakers are mapped onto entities by :class:`~veille.quotes.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Quote
from ..nlp.extensions import doc_text
from . import cues as cue_rules
from .data import QuoteData, quote_data
from .marks import Quoted, scan
from .posts import embedded_posts
from .speakers import SpeakerResolver

# A quotation with no cue is still a quote when it reads as a sentence of its own.
_SENTENCE_END = re.compile(r"[.!?…]\W*$")
_WORD = re.compile(r"\w+")
# How far (characters) a continued quotation may be from the previous quote to take its speaker.
CONTINUATION_WINDOW = 600


@Language.factory("veille_quotes", assigns=["doc._.quotes"], default_config={})
def make_quotes(nlp: Language, name: str) -> "QuoteFinder":
    return QuoteFinder(nlp)


@dataclass
class _Found:
    """What one doc's quote search has found so far."""

    quotes: list[tuple[int, Quote]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # quotations taken into a mixed quote
    by_cue: dict[int, int] = field(default_factory=dict)  # cue token index -> its quote in ``quotes``
    attributed: dict = field(default_factory=dict)  # quotation index -> the "selon X" claim it makes up


class QuoteFinder:
    """Finds the reported statements of a doc and writes them on ``doc._.quotes``."""

    def __init__(self, nlp: Language) -> None:
        self.data: QuoteData = quote_data(nlp.lang)
        self.cue_matcher, self.phrase_matcher = cue_rules.build_matchers(nlp.vocab, self.data)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._text = text
        quoted = scan(text, self.data.quote_pairs)
        parsed = doc.has_annotation("DEP") and bool(self.data.speech_verbs)
        self._starts = doc.to_array("IDX").tolist() if parsed else []
        q_starts = [q.start for q in quoted]
        self._q_starts = q_starts
        self._quoted = lambda pos: _in_quoted(pos, quoted, q_starts)
        # Quotations and cues are in text order: the ones near a claim are found by bisection
        # (scanning them all for each claim made long articles quadratic).
        self._q_reach = list(itertools.accumulate((q.close_at for q in quoted), max))
        resolver = SpeakerResolver(doc, self.data, text, [(q.start, q.end) for q in quoted])
        found = _Found()
        cue_tokens: list[Token] = []
        if parsed:
            cue_tokens = self._cues(doc, quoted)
            self._cue_tokens, self._cue_idx = cue_tokens, [t.idx for t in cue_tokens]
            self._claim_quotes(doc, quoted, resolver, found)
        for n, q in enumerate(quoted):
            if n not in found.used:
                self._quotation(doc, n, quoted, cue_tokens if parsed else None, resolver, found)
        quotes = self._post_quotes(doc, text, found.quotes, resolver)
        quotes.sort(key=lambda x: x[0])
        doc._.quotes = _resolve_continuations(text, [q for _, q in quotes], resolver)
        return doc

    def _claim_quotes(self, doc: Doc, quoted: list[Quoted], resolver, found: "_Found") -> None:
        """Indirect and mixed quotes from the cues' and introducers' claims."""
        text, q_starts = self._text, self._q_starts
        claims = self._claims(doc, self._cue_tokens, quoted)
        claims += cue_rules.attribution_claims(doc, self.phrase_matcher, text, self.data)
        for claim in _drop_nested(claims):
            inner = []
            for n in range(bisect.bisect_left(q_starts, claim.start), len(quoted)):
                if quoted[n].start > claim.end:
                    break
                if quoted[n].end <= claim.end:
                    inner.append(n)
            if _inside_quotation(text, claim, quoted, q_starts, self._q_reach):
                if claim.cue is None:
                    # "Pour X, « … »": the quotation is X's words, a direct quote.
                    found.attributed.update((n, claim) for n in inner)
                continue  # the cue of a direct quote, handled below
            found.used.update(inner)
            kind = "mixed" if inner else "indirect"
            found.quotes.append((claim.start, self._quote(text, claim.start, claim.end, kind, claim, resolver)))
            found.by_cue[claim.cue.i if claim.cue is not None else -1] = len(found.quotes) - 1

    def _quotation(self, doc: Doc, n: int, quoted: list[Quoted], cue_tokens: list[Token] | None,
                   resolver, found: "_Found") -> None:
        """The quotation ``n`` as a direct quote, as the end of a claim's quote, or nothing."""
        text, q, parsed = self._text, quoted[n], cue_tokens is not None
        claim = self._direct_claim(doc, q, quoted, cue_tokens) if parsed else None
        if claim is None and parsed and not q.closed and n + 1 < len(quoted):
            # A paragraph of a longer quotation: its cue comes with the piece that closes it.
            claim = self._direct_claim(doc, quoted[n + 1], quoted, cue_tokens)
        if claim is None and n in found.attributed:
            claim = cue_rules.Claim(q.start, q.end, None, found.attributed[n].speaker, found.attributed[n].speaker_head)
        host = found.by_cue.get(claim.cue.i) if claim is not None and claim.cue is not None else None
        if host is not None and _same_paragraph(text, found.quotes[host][1].end, q.start):
            # "a noté que … : il n'y a «ni argent, ni effort»": the quotation ends that claim.
            prior = found.quotes[host][1]
            if q.close_at > prior.end:
                found.quotes[host] = (prior.start, prior.model_copy(
                    update={"end": q.close_at, "text": text[prior.start : q.close_at], "kind": "mixed"}
                ))
            return
        named = self._naming_claim(doc, q) if parsed and self.data.naming_verbs else None
        if named is None and parsed and claim is None:
            named = self._predicate_claim(doc, q)
        if named is not None:
            # 'called the conclusion "bold"': a characterisation in someone's words, however short.
            found.quotes.append((q.start, self._quote(text, q.start, q.end, "direct", named, resolver)))
            return
        if self._statement(q, claim, parsed):
            found.quotes.append((q.start, self._quote(text, q.start, q.end, "direct", claim, resolver)))

    def _statement(self, q: Quoted, claim, parsed: bool) -> bool:
        """Whether a quotation is a statement, not a scare-quoted term or a title."""
        text = self._text
        words = len(_WORD.findall(text[q.start : q.end]))
        right_after_cue = claim is not None and claim.cue is not None and 0 <= q.open_at - (
            claim.cue.idx + len(claim.cue)) <= 3  # 'chanted "Trudeau must go!"': the verb's own object
        short_ok = words >= 2 and (_whole_sentence(text, q) or right_after_cue)
        if words < self.data.min_direct_words and not (short_ok or _attributed_quotation(text, q, claim)):
            return False
        if claim is None and not _reads_as_sentence(text, q) and (parsed or not _attributed_by_punctuation(text, q)):
            return False
        # Straight single quotes with no cue: as often a title or a term as a statement.
        return claim is not None or text[q.open_at] != "'"

    def _post_quotes(self, doc: Doc, text: str, found: list, resolver) -> list:
        """Embedded social-media posts: the post's words are its author's, whatever cues lie inside."""
        for post in embedded_posts(text) if "(@" in text else ():
            found = [f for f in found if not (post.start <= f[1].start and f[1].end <= post.end + 2)]
            author = doc.char_span(post.author_start, post.author_end, alignment_mode="expand")
            claim = cue_rules.Claim(post.start, post.end, None, author, author.root) if author is not None else None
            found.append((post.start, self._quote(text, post.start, post.end, "direct", claim, resolver)))
        return found

    # -- claims -----------------------------------------------------------------------------

    def _cues(self, doc: Doc, quoted: list[Quoted]) -> list[Token]:
        starts = [q.start for q in quoted]
        tokens = []
        phrase = doc.vocab.strings["CUE_PHRASE"] if self.data.phrase_cues else None
        matches = self.cue_matcher(doc)
        single = {s for key, s, _e in matches if key != phrase}
        # A phrase's verb is a cue only followed by the rest of the phrase ("fait part", not "fait").
        several = {s for key, s, _e in matches if key == phrase and cue_rules.phrase_length(doc[s], self.data)}
        for s in sorted(single | several):
            tok = doc[s]
            if _in_quoted(tok.idx, quoted, starts) or cue_rules.is_passive(tok):
                continue
            tokens.append(tok)
        return tokens

    def _claims(self, doc: Doc, cue_tokens: list[Token], quoted: list[Quoted]) -> list[cue_rules.Claim]:
        claims = []
        for cue in cue_tokens:
            head = cue_rules.subject_of(cue, self.data, self._quoted)
            host = cue_rules.as_clause(cue, self.data) or cue_rules.agent_report(cue, self.data)
            if host is not None:
                # The side clause's own subject; one inherited from the host clause is not its speaker.
                own = host[1] or (head if head is not None and cue.left_edge.i <= head.i <= cue.right_edge.i else None)
                claim = self._claim(doc, cue, own, host[0])
                if claim is not None and claim.speaker is not None:
                    claim.speaker = _before_content(claim.speaker, claim.start)
                claims += [claim] if claim is not None else []
                continue
            if any(cue_rules.as_clause(c, self.data) for c in cue.children if c in cue_tokens):
                continue  # "on regrette X, comme l'a expliqué Y": Y's side clause says who reports X
            around = cue_rules.parenthetical(cue, head)
            # The part after a side remark must not hold another cue ("…, précise-t-elle, tandis qu'une
            # autre source a suggéré …"): that one reports its own statement.
            around = [c for c in around if not any(o is not cue for o in self._cues_between(c[0], c[1]))]
            if len(around) == 2 and (self._quoted(around[0][0]) or _opens_with_subordinator(doc, self._starts, around[1][0])):
                # '"I love you too," he said, eyes welling up' / '…, he said, though …': the cue's
                # statement is before it; what follows is narration.
                around = around[:1]
            contents = around or [cue_rules.content_of(cue, self.data, self._text, self._quoted)]
            for content in contents:
                claim = self._claim(doc, cue, head, content)
                if claim is not None:
                    claims.append(claim)
        return claims

    def _claim(self, doc: Doc, cue: Token, head: Token | None, content) -> cue_rules.Claim | None:
        """A claim for ``cue`` reporting ``content`` (a character span), unless it reports nothing."""
        if content is None:
            return None
        text = self._text
        start, end = cue_rules.trim(text, *content)
        if len(_WORD.findall(text[start:end])) < 3:
            return None
        if cue_rules.is_negated(cue) or _token_at(doc, self._starts, start).lower_ in self.data.question_words:
            return None  # "did not say whether …": nothing was reported
        if _headline(text, cue.idx) and not _title_report(text, cue):
            return None  # a headline or a link title, not the article's reporting
        if head is not None and start <= head.idx < end:
            cut = _speaker_after_comma(doc, cue, start)
            if cut is None:
                return None  # the parse put the speaker inside the content: not trustworthy
            end, speaker = cut
            return cue_rules.Claim(start, end, cue, speaker, speaker.root)
        if head is None and (cue.tag_ == "VB" or "Imp" in cue.morph.get("Mood")):
            return None  # "Tell him that …": an instruction to the reader, nobody reported
        phrase = cue_rules.speaker_span(head, self.data) if head is not None else None
        return cue_rules.Claim(start, end, cue, phrase, head)

    def _direct_claim(self, doc: Doc, q: Quoted, quoted: list[Quoted], cue_tokens: list[Token]):
        """The cue and speaker of a quotation: its sentence's cue, or the previous sentence's."""
        text = self._text
        if not len(doc):
            return None
        first = _token_at(doc, self._starts, q.open_at)
        last = _token_at(doc, self._starts, max(q.close_at - 1, q.open_at))
        first_sent, last_sent = cue_rules.sentence(first), cue_rules.sentence(last)
        lo, hi = first_sent.start_char, last_sent.end_char
        para_lo, para_hi = cue_rules.paragraph_of(text, max(q.close_at - 1, 0))
        own_end = hi
        if not text[q.close_at:hi].strip(" ,.;:!?»”\"\n") and last_sent.end < len(doc):
            # The quotation ends its sentence: ", indique le communiqué." comes in the next one.
            hi = cue_rules.sentence(doc[last_sent.end]).end_char
        lo = max(lo, cue_rules.paragraph_of(text, q.open_at)[0])
        hi = min(hi, para_hi)
        starts = self._q_starts
        best = None
        for cue in self._cues_between(lo, hi):
            if _in_quoted(cue.idx, quoted, starts):
                continue
            head = cue_rules.subject_of(cue, self.data, self._quoted)
            content = cue_rules.content_of(cue, self.data, self._text, self._quoted)
            if content is not None and (content[1] <= q.open_at or content[0] >= q.close_at):
                # The cue reports something else ("…, he said, adding that …"), unless nothing closer.
                rank = 2
            else:
                rank = 0
            if cue.idx >= own_end:
                rank += 1  # in the next sentence: only as a last resort
            distance = cue.idx - q.close_at if cue.idx >= q.close_at else q.open_at - cue.idx + 1
            key = (rank, head is None, distance)
            if best is None or key < best[0]:
                best = (key, cue, head)
        if best is None and q.closed and "\n" not in text[q.close_at : q.close_at + 3]:
            claim = self._set_off_claim(doc, q)
            if claim is not None:
                return claim
        if best is None and _colon_before(text, q.open_at):
            best, claim = self._colon_claim(doc, q, cue_tokens, quoted)
            if claim is not None:
                return claim
        if best is None:
            return None
        _, cue, head = best
        phrase = cue_rules.speaker_span(head, self.data) if head is not None else None
        return cue_rules.Claim(q.start, q.end, cue, phrase, head)

    def _set_off_claim(self, doc: Doc, q: Quoted) -> cue_rules.Claim | None:
        """'« … », a-t-il mis en garde': a verb set off after the quotation, whatever the verb."""
        found = cue_rules.set_off_verb(doc, bisect.bisect_left(self._starts, q.close_at), self.data)
        if found is None or self._quoted(found[1].idx) or cue_rules.is_negated(found[0]):
            return None
        verb, head = found
        # A clitic is its own mention; the parser may hang the verb on it ("tranche-t-elle").
        phrase = doc[head.i : head.i + 1] if head.text[:1] == "-" else cue_rules.speaker_span(head, self.data)
        return cue_rules.Claim(q.start, q.end, verb, phrase, head)

    def _colon_claim(self, doc: Doc, q: Quoted, cue_tokens: list[Token], quoted: list[Quoted]):
        """"X told reporters:" then the quotation, possibly as a sentence of its own: the best cue of
        the clause before the colon, or (with none) a claim by the person the clause is about."""
        colon = self._text.rfind(":", 0, q.open_at)
        sent = cue_rules.sentence(_token_at(doc, self._starts, colon))
        best = self._cue_in(sent, cue_tokens, quoted)
        if best is not None:
            return best, None
        # "Martell, the addictions doctor, is more blunt: "…"": with no reporting verb,
        # a person or organisation the clause is about speaks.
        clause = _token_at(doc, self._starts, max(colon - 1, 0))
        while clause.head.i != clause.i and sent.start_char <= clause.head.idx < colon:
            clause = clause.head  # the clause before the colon (the parse may hang it on the quotation)
        head = next((c for c in clause.children if c.dep_ in cue_rules.SUBJECT_DEPS and c.idx < colon), None)
        if head is not None and head.pos_ in ("PROPN", "PRON") and not self._quoted(head.idx):
            return None, cue_rules.Claim(q.start, q.end, None, cue_rules.speaker_span(head, self.data), head)
        return None, None

    def _naming_claim(self, doc: Doc, q: Quoted) -> cue_rules.Claim | None:
        """The claim of a quotation governed by a naming verb with a subject ('X called it "a farce"')."""
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = span.root.head
        for _ in range(3):  # 'called it "a farce"', 'described as "…"', 'what he called "…"'
            if verb.i >= span.start or verb.lemma_.lower() in self.data.naming_verbs:
                break
            verb = verb.head
        if verb.i >= span.start or verb.lemma_.lower() not in self.data.naming_verbs or verb.pos_ != "VERB":
            return None
        if cue_rules.is_passive(verb) or cue_rules.is_negated(verb) or q.open_at - verb.idx > 120:
            return None
        own_subject = any(c.dep_ in cue_rules.SUBJECT_DEPS for c in verb.children)
        if verb.dep_.startswith("acl") and not own_subject:
            return None  # 'an app called "Screenwise Meter"': a name, nobody's words
        head = cue_rules.subject_of(verb, self.data, self._quoted)
        if head is not None and head.i > verb.i and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            # '…, calling it a "global takeover"': "it" is what is named; the namer is the
            # subject of the clause the participle hangs on.
            head = cue_rules.subject_of(verb.head, self.data, self._quoted)
        if head is None or head.i > verb.i:
            return None  # "the so-called …": nobody's words
        return cue_rules.Claim(q.start, q.end, verb, cue_rules.speaker_span(head, self.data), head)

    def _predicate_claim(self, doc: Doc, q: Quoted) -> cue_rules.Claim | None:
        """'X, « condamne fermement les propos … »', 'Mr Roe "regrets the decision"': a quotation
        that opens on a finite verb whose subject stands outside it is that subject's words."""
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) < 3:
            return None
        verb = next((t for t in span if not t.is_punct), None)
        if verb is None or verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm"):
            return None
        subject = next((c for c in verb.children if c.dep_ in cue_rules.SUBJECT_DEPS and c.idx < q.open_at), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self._quoted(subject.idx):
            return None
        return cue_rules.Claim(q.start, q.end, verb, cue_rules.speaker_span(subject, self.data), subject)

    def _cue_in(self, sent, cue_tokens: list[Token], quoted: list[Quoted]):
        starts = self._q_starts
        for cue in self._cues_between(sent.start_char, sent.end_char):
            if not _in_quoted(cue.idx, quoted, starts):
                return ((0, False, 0), cue, cue_rules.subject_of(cue, self.data, self._quoted))
        return None

    def _cues_between(self, lo: int, hi: int) -> list[Token]:
        """Cue tokens starting at characters lo..hi-1, in text order."""
        idx = self._cue_idx
        return self._cue_tokens[bisect.bisect_left(idx, lo) : bisect.bisect_left(idx, hi)]

    def _lemma(self, cue: Token) -> str:
        n = cue_rules.phrase_length(cue, self.data)
        if n:
            return cue.lemma_ + " " + cue.doc[cue.i + 1 : cue.i + n + 1].text.lower()
        return self.data.speech_verb_forms.get(cue.lower_, cue.lemma_)

    def _quote(self, text, start, end, kind, claim, resolver: SpeakerResolver) -> Quote:
        entity, span = None, None
        if claim is not None and claim.speaker is not None:
            entity, phrase = resolver.resolve(claim.speaker, claim.speaker_head)
            if entity is not None:
                s, e = phrase.start_char, phrase.end_char
                if text[s : s + 3] == "-t-":
                    s += 3  # "a-t-elle": the mention is "elle"
                elif text[s : s + 1] == "-" and e - s > 1:
                    s += 1  # "dit-il": the mention is "il"
                span = (s, e)
            resolver.note_speaker(max(start, span[0]) if span else start, entity)
        return Quote(
            text=text[start:end],
            start=start,
            end=end,
            kind=kind,
            speaker=entity.id if entity else None,
            speaker_text=text[span[0] : span[1]] if span else None,
            speaker_start=span[0] if span else None,
            speaker_end=span[1] if span else None,
            cue=self._lemma(claim.cue) if claim is not None and claim.cue is not None else None,
        )


def _uncovered_words(text: str, claim, q: Quoted) -> int:
    return len(_WORD.findall(text[claim.start : q.open_at])) + len(_WORD.findall(text[q.close_at : claim.end]))


def _in_quoted(pos: int, quoted: list[Quoted], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quoted[i].start <= pos < quoted[i].end


def _inside_quotation(text: str, claim, quoted: list[Quoted], starts: list[int], reach: list[int]) -> bool:
    """The claim's content is quotations but for a word or two: those are direct quotes.

    ``reach[i]`` is the furthest close_at of quoted[:i+1]: the scan back from the claim's end stops
    where no earlier quotation reaches into the claim."""
    inner = []
    k = bisect.bisect_left(starts, claim.end)
    while k < len(quoted) and quoted[k].open_at < claim.end:  # opened before the end, content after it
        k += 1
    for i in range(k - 1, -1, -1):
        if reach[i] <= claim.start:
            break
        if quoted[i].close_at > claim.start:
            inner.append(quoted[i])
    inner.reverse()
    if not inner:
        return False
    words, pos = 0, claim.start
    for q in inner:
        words += len(_WORD.findall(text[pos : max(pos, q.open_at)]))
        pos = max(pos, q.close_at)
    words += len(_WORD.findall(text[pos : claim.end]))
    return words < 3


def _before_content(speaker, start: int):
    """The speaker phrase cut where the content begins, without the preposition that marks it as
    an agent ("par les syndicats de bafouer …" → "les syndicats")."""
    toks = [t for t in speaker if t.idx < start]
    while len(toks) > 1 and toks[0].dep_ == "case" or len(toks) > 1 and toks[-1].is_punct:
        toks = toks[1:] if toks[0].dep_ == "case" else toks[:-1]
    return speaker.doc[toks[0].i : toks[-1].i + 1] if toks else speaker


def _drop_nested(claims):
    """Keep the outermost of claims whose contents nest (a cue inside another's content)."""
    claims = sorted(claims, key=lambda c: (c.start, -(c.end - c.start)))
    kept = []
    for c in claims:
        if kept and c.start >= kept[-1].start and c.end <= kept[-1].end:
            if kept[-1].speaker is None and c.speaker is not None and c.start == kept[-1].start:
                kept[-1] = c
            continue
        kept.append(c)
    return kept


def _token_at(doc: Doc, starts: list[int], pos: int) -> Token:
    """The token covering (or last before) character ``pos``; ``starts`` are the token offsets."""
    i = bisect.bisect_right(starts, pos) - 1
    return doc[min(max(i, 0), len(doc) - 1)]


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b) : max(a, b)]


def _colon_before(text: str, pos: int) -> bool:
    before = text[max(0, pos - 200) : pos].rstrip()
    return before.endswith(":")


def _reads_as_sentence(text: str, q: Quoted) -> bool:
    """A quotation standing as a sentence: starts one and ends with sentence punctuation."""
    raw = text[max(0, q.open_at - 3) : q.open_at]
    before = raw.strip()
    starts_sentence = not before or before[-1] in ".!?:…»”\"" or "\n" in raw or q.open_at == 0
    after = text[q.close_at : q.close_at + 3].lstrip()
    ends_sentence = bool(_SENTENCE_END.search(text[q.start : q.end])) or (after[:1] in (".", "!", "?"))
    return starts_sentence and ends_sentence or not q.closed


def _opens_with_subordinator(doc: Doc, starts: list[int], pos: int) -> bool:
    return _token_at(doc, starts, pos).pos_ == "SCONJ"


def _headline(text: str, pos: int) -> bool:
    """The line holding ``pos`` has no final punctuation: a headline or a "READ MORE" link."""
    lo, hi = cue_rules.paragraph_of(text, pos)
    line = text[lo:hi].rstrip()
    return bool(line) and line[-1] not in ".!?…:;»”\"'’)" and len(line) < 200


def _speaker_after_comma(doc: Doc, cue: Token, start: int):
    """ "…, killing nine people, police and a witness said.": the parser hung the speakers on the
    statement; the words between its last comma and the cue are who speaks. Returns the
    statement's end and the speaker phrase, or None."""
    i = cue.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    last = i
    while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM") and last - i < 6:
        i -= 1
    if i < 0 or doc[i].text != "," or i == last or doc[i].idx <= start:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[i + 1 : last + 1]):
        return None
    return doc[i].idx, doc[i + 1 : last + 1]


def _title_report(text: str, cue: Token) -> bool:
    """The article's own headline reporting in the present ("Minister says talks will resume"):
    the first line of a text of several, its cue in the headline's present tense."""
    first = len(text) - len(text.lstrip())
    return cue_rules.paragraph_of(text, cue.idx)[0] == first and "\n" in text[cue.idx :] and cue.tag_ == "VBZ"


def _whole_sentence(text: str, q: Quoted) -> bool:
    """A short quotation that is a sentence of its own: "“We have nothing.”" (capital, final stop)."""
    content = text[q.start : q.end]
    return content[:1].isupper() and _reads_as_sentence(text, q)


def _attributed_quotation(text: str, q: Quoted, claim) -> bool:
    """A quotation set off for its cue, as a statement is whatever its length: '"We will act,"
    said X', '"No," she said', 'X said: "Never."' (a scare-quoted term mid-sentence is not)."""
    cue = claim.cue if claim is not None else None
    if cue is None or not _WORD.search(text[q.start : q.end]):
        return False
    if _headline(text, q.open_at):
        return False  # "READ MORE: 'Domestic realities,' not … to blame": a link's title
    if cue.idx >= q.close_at:
        gap = text[q.close_at : cue.idx]
        set_off = text[q.start : q.end][-1:] in ",?!" or gap.lstrip()[:1] == ","
        # Between the quotation and its cue only the speaker may stand: '," the new mayor said'.
        speaker_only = len(_WORD.findall(gap)) <= 6 and "," not in gap.lstrip(" ,")
        return set_off and speaker_only and "\n" not in gap and not any(c in gap for c in "\"“”«»'‘’")
    return _colon_before(text, q.open_at) and "\n" not in text[cue.idx : q.open_at]


def _attributed_by_punctuation(text: str, q: Quoted) -> bool:
    """Without a parser: "«…», said X" or "X: «…»" — the punctuation of an attributed quotation."""
    after = text[q.close_at : q.close_at + 3].lstrip()
    return after[:1] in (",", "—", "–") or _colon_before(text, q.open_at)


def _resolve_continuations(text: str, quotes: list[Quote], resolver: SpeakerResolver) -> list[Quote]:
    """Quotes with no cue of their own take the speaker of the quote just before."""
    out = []
    prev = None
    for q in quotes:
        near = prev is not None and q.start - prev.end <= CONTINUATION_WINDOW
        # A cue with no subject of its own ("…, et ajouté que …") goes on with the voice just before.
        same_breath = prev is not None and q.cue is not None and "\n" not in text[prev.end : q.start]
        if q.speaker is None and near and (q.cue is None or same_breath):
            q = q.model_copy(
                update={
                    "speaker": prev.speaker,
                    "speaker_text": prev.speaker_text,
                    "speaker_start": prev.speaker_start,
                    "speaker_end": prev.speaker_end,
                }
            )
        out.append(q)
        if q.speaker is not None:
            prev = q
    return out
