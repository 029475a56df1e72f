"""The ``veille_events`` component: PLOVER events with their actors, qualifiers and evidence."""

from __future__ import annotations

import bisect
import re
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Event, SentenceSpan, Span, content_id
from ..nlp.extensions import doc_text
from ..nlp.matching import TokenMatcher
from ..nlp.syntax import sentence_starts
from . import conventions, dates, engine, ontology, qualifiers, roles, rules, triggers  # noqa: F401 (rules register)
from .actors import ActorIndex, generic
from .engine import Candidate
from .lexicon import EventLexicon, language_module, lexicon
from .merge import event_id, merge
from .rules import ids

# Arguments of a verb searched for a recipient as a last resort, and the clauses that stop the search.
_COMPLEMENTS = ("obj", "dobj", "iobj", "dative", "prep", "obl", "obl:arg", "nmod")
_CLAUSES = ("relcl", "acl:relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "appos", "punct")
# Types whose object is a prospect: the act threatened, asked for, promised or refused.
_PROSPECTIVE = {"THREATEN", "REQUEST", "AGREE", "REJECT"}


def events_data(lang: str) -> ModuleType | None:
    """``veille.lang.<lang>.events``, or None when veille has no event cues for the language."""
    return language_module(lang)


@Language.factory("veille_events", assigns=["doc._.events"], default_config={"min_confidence": 0.5})
def make_events(nlp: Language, name: str, min_confidence: float) -> "EventCoder":
    return EventCoder(nlp, min_confidence)


class EventCoder:
    """Finds triggers with a token matcher, codes each through the language's rules, merges repeated mentions."""

    def __init__(self, nlp: Language, min_confidence: float = 0.5) -> None:
        self.lex: EventLexicon | None = lexicon(nlp.lang)
        self.data = events_data(nlp.lang)
        self.min_confidence = min_confidence
        self.lang = nlp.lang
        self._doc_starts = None
        self._sentences: dict[int, tuple] = {}
        self._bylines: dict[int, bool] = {}
        if self.lex is None:
            return
        lex = self.lex
        self.rules = engine.compile_order(lex.rule_order)
        self.table = triggers.lexicon(self.data)
        self.repairs = lex.lemma_repairs
        self.matcher = triggers.build_matcher(nlp.vocab, self.table, self.repairs)
        self.noun_lemma = triggers.noun_lemmatizer(nlp)
        self.speech = TokenMatcher(nlp.vocab)
        self.speech.add("SPEECH", [[{"LEMMA": {"IN": sorted(lex.speech_verbs)}, "POS": "VERB"}]])
        self.preps = roles.Preps(set(lex.agent_preps), set(lex.partner_preps), set(lex.target_preps),
                                 set(lex.genitive_preps), set(lex.origin_preps), set(lex.adversative_preps),
                                 set(lex.nominal_target_preps))
        self.date_words = dates.date_words(nlp.lang)
        extra = self.date_words.date_patterns if self.date_words else ()
        # The date words' patterns first: their longer spans ("vendredi prochain") win over the event cues' ones.
        self.date_patterns = tuple(re.compile(p, re.I) for p in extra + lex.date_patterns)
        self.bylines = tuple(re.compile(p, re.I) for p in lex.byline_patterns)

    def __call__(self, doc: Doc) -> Doc:
        if self.lex is None or not doc.has_annotation("DEP"):
            doc._.events = []
            return doc
        text = doc_text(doc)
        actors = self._actor_index(doc, text)
        self._sentences: dict[int, tuple] = {}
        self._bylines = {}
        self._placed: set[int] = set()  # events whose recipient is only the place where they happened
        chosen, seen = self._triggers(doc)
        covered = self._covered(chosen)
        found: list[Event] = []
        for token, trigger in chosen:
            if token.i in covered or not trigger.type:
                continue
            event = self._event(doc, token, trigger, actors)
            if event is not None:
                found.append(event)
        found += self._speech_events(doc, actors, seen)
        found = conventions.protest_recipients(doc, found, self._placed)
        _rank_framed(doc, found, self.lex.intent_heads)
        found.sort(key=lambda e: e.trigger.start)
        events = merge([e for e in found if e.confidence >= self.min_confidence])
        key = content_id(text)
        for event in events:
            event.id = event_id(key, event)
            event.confidence = round(event.confidence, 3)
        doc._.events = events
        doc._.entities = actors.entities
        return doc

    def trace(self, doc: Doc) -> list[Candidate]:
        """Every uncovered trigger of an analysed doc as a candidate after the rules, vetoed ones
        included (``dropped`` says why, ``rules`` which rules fired): what debugging reads."""
        if self.lex is None or not doc.has_annotation("DEP"):
            return []
        actors = self._actor_index(doc, doc_text(doc))
        self._sentences, self._bylines, self._placed = {}, {}, set()
        chosen, _ = self._triggers(doc)
        covered = self._covered(chosen)
        out = []
        for token, trigger in chosen:
            if token.i not in covered and trigger.type:
                c = Candidate(doc, token, trigger, actors, trigger.type, trigger.mode)
                engine.run(c, self.rules, self)
                out.append(c)
        return out

    def _actor_index(self, doc: Doc, text: str) -> ActorIndex:
        lex = self.lex
        actors = ActorIndex(doc, self.preps.genitive, set(lex.dual_words), set(lex.actor_nouns),
                            set(lex.person_titles), text)
        self._dates = qualifiers.date_expressions(doc.ents, text, self.date_patterns)
        self._date_starts = [x[0] for x in self._dates]  # in text order: a sentence's dates by bisection
        actors.dates = [(s, e) for s, e, _ in self._dates]
        actors.quantities = set(lex.quantity_nouns)
        actors.origin_preps = self.preps.origin
        actors.pronouns = set(lex.person_pronouns)
        actors.subject_pronouns = set(lex.subject_pronouns)
        actors.first_person = set(lex.first_person_pronouns)
        actors.victims = set(lex.victim_nouns)
        actors.members = set(lex.member_nouns)
        actors.impersonal = set(lex.impersonal_verbs)
        return actors

    def _triggers(self, doc: Doc) -> tuple[list[tuple[Token, triggers.Trigger]], set[int]]:
        """Each matched token with its narrowest trigger record, outside names, stopped acts reversed."""
        chosen: list[tuple[Token, triggers.Trigger]] = []
        seen: set[int] = set()
        opening = triggers.openings(doc, self.table, self.noun_lemma)  # before matching: repairs their tags
        found = [(doc[start], doc.vocab.strings[match_id]) for match_id, start, _ in self.matcher(doc)]
        for token, pos in sorted(found + [(tok, "NOUN") for tok in opening], key=lambda x: x[0].i):
            if token.i in seen or token.dep_ in ("prep", "case", "mark", "aux", "auxpass"):
                continue
            trigger = triggers.choose(token, pos, self.table, self.repairs, self.lex.extent_nouns)
            if trigger is not None:
                seen.add(token.i)
                chosen.append((token, trigger))
        chosen = [(tok, conventions.spoken(tok, t)) for tok, t in chosen if not conventions.in_name(tok, t)]
        return conventions.stopped(chosen, set(self.lex.stopping_verbs)), seen

    def _covered(self, chosen: list[tuple[Token, triggers.Trigger]]) -> set[int]:
        """Triggers another trigger already codes.

        A verb event covers a nominal trigger it takes as object ("imposed sanctions", "a ratifié
        l'accord"), and a stopping verb reverses it ("lifted the curfew", "cesser ses frappes")."""
        lex = self.lex
        nominal = {tok.i for tok, t in chosen if t.pos == "NOUN" and t.type}
        # "a ordonné une frappe": the act ordered is the event, its orderer the doer.
        delegated = {tok.i for tok, t in chosen if t.pos == "VERB" and tok.lemma_.lower() in lex.delegating_verbs
                     and any(c.i in nominal for c in tok.children if c.dep_ in ("obj", "dobj"))}
        # A generated verb default ("organized") says less than the hand-written act it takes as object
        # ("organized a general strike"): it covers nothing; nor does a generated record keyed on the
        # object cover an act named as that object's modifier ("launched a mediation effort").
        verbs = {tok.i: t for tok, t in chosen if t.pos == "VERB" and t.type and (t.specificity or not t.generated)
                 and tok.i not in delegated}
        # What is threatened, asked, promised or refused is not a happening: "menacé l'Italie de sanctions".
        prospective = {i for i, t in verbs.items() if t.type in _PROSPECTIVE}
        verb_types = {i: t.type for i, t in verbs.items()}
        covered = delegated | {
            tok.i for tok, t in chosen
            if t.pos == "NOUN" and (_under(tok, prospective)
                                    # "tué dans un attentat": the verb already reports the attack
                                    or tok.dep_.startswith("obl") and verb_types.get(tok.head.i) == t.type
                                    or tok.dep_ == "nmod" and tok.head.lemma_.lower() in lex.stopping_nouns)
        }
        for tok, t in chosen:
            obj = conventions.object_of(tok) if t.pos == "NOUN" else None
            if obj is not None and (obj.head.i in verbs and (obj == tok or not verbs[obj.head.i].generated)
                                    or obj.head.lemma_.lower() in lex.stopping_verbs):
                covered.add(tok.i)
        return covered | _defaulted(chosen)

    def _event(self, doc: Doc, token: Token, trigger: triggers.Trigger, actors: ActorIndex) -> Event | None:
        """The trigger's event after the language's rules, or None when one of them vetoes it."""
        c = Candidate(doc, token, trigger, actors, trigger.type, trigger.mode)
        if not engine.run(c, self.rules, self):
            return None
        actors.note_event(c.source + c.target)
        confidence = _confidence(c)
        confidence += _prominence(token)
        if qualifiers.is_conditional(token):
            confidence *= 0.6
        event = self._make(doc, token, c.type, c.mode, c.source, c.target, actors, confidence)
        event.negated = event.negated and not c.refusal
        event.rules = list(c.rules)
        if c.placed:
            self._placed.add(id(event))
        return event

    def armed_object(self, verb: Token, actors: ActorIndex) -> bool:
        """A mobilisation moves armed forces or weapons ("deployed troops", "dispatched warships"); with no
        object, or one the parse gives no sector, it is taken as such."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        if not objects:
            return True
        # "staged two days of war games": an extent stands for the noun of its complement
        objects += [n for o in objects if o.lemma_.lower() in self.lex.extent_nouns for _, n in roles.prep_args(o)]
        for obj in objects:
            if obj.lemma_.lower() in self.lex.armed_nouns:
                return True
            sectors = {actors.sector(e) for e in actors.resolve(obj)}
            if sectors & {"MIL", "COP", "REB", "SPY"}:
                return True
        return False

    def withdrawal(self, token: Token) -> bool:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN"
        return any(t.mode == "withdraw" for t in self.table.get((token.lemma_.lower(), pos), ()))

    def left_behind(self, token: Token) -> bool:
        """A treaty named as what a withdrawal leaves: "se retirer de l'accord", "le retrait du traité"."""
        if token.lemma_.lower() not in self.lex.treaty_nouns or token.head == token:
            return False
        case = next((c.lower_.replace("’", "'") for c in token.children if c.dep_ == "case"), "")
        head = token.head
        if head.dep_.startswith("nmod") and not self.withdrawal(head):
            head = head.head  # "le retrait du pays du statut de Rome": hung on the first complement
        return case in self.preps.origin and self.withdrawal(head)

    def left_treaty(self, token: Token) -> bool:
        return any(self.left_behind(n) for _, n in roles.prep_args(token, depth=2))

    def aim(self, token: Token) -> bool:
        """The verb states an aim ("afin de suspendre…", "… et suspendre" after "afin de")."""
        for verb in (token, token.head) if token.dep_ == "conj" else (token,):
            if any(c.lower_ in self.lex.purpose_marks for c in verb.children if c.dep_ in ("mark", "case", "advmod")):
                return True
            # "pour qu'ils empêchent…": "pour" before a finite clause is a purpose; "pour avoir tué" is a cause.
            if "Fin" in verb.morph.get("VerbForm") and any(
                    c.lower_ in self.lex.purpose_subordinators for c in verb.children if c.dep_ == "mark"):
                return True
        # The parser often makes the purpose word the head of its clause.
        return any(a.lower_ in self.lex.purpose_marks for a in list(token.ancestors)[:3])

    @staticmethod
    def subject_or_patient(verb: Token) -> list[Token]:
        """The verb's subject, or the subject of the passive clause it depends on."""
        found = roles.subject_of(verb)
        if not found and verb.head != verb:
            found = [c for c in verb.head.children if c.dep_ in roles.SUBJECTS]
        return found[:1]

    def condition_subjects(self, token: Token, any_subject: bool = False) -> list[Token]:
        verb = qualifiers.governing_verb(token)
        for tok in verb.subtree:
            if tok.dep_ == "advcl" and any(c.lower_ in self.lex.conditions_threatening for c in tok.children if c.dep_ in ("mark", "fixed")):
                subjects = roles.expand([c for c in tok.children if c.dep_ in roles.SUBJECTS])
                return subjects or ([tok] if any_subject else [])
        return []

    def clause_actor(self, verb: Token, actors: ActorIndex, taken: set[str]) -> list[str]:
        """Last resort for a verb's recipient: the first other actor named inside its object or
        prepositional complements ("denied land allocation for the construction of an Alewite
        temple"), without entering clauses of their own, dates or places where it happened."""
        # "réclamaient dans la capitale l'expulsion…": where it happened is no recipient, first level included.
        stack = [c for c in reversed(list(verb.children)) if c.dep_ in _COMPLEMENTS and not self._placed_at(c)]
        while stack:
            tok = stack.pop()
            if tok.lower_ in self.lex.location_preps or actors.in_date(tok):
                continue
            if tok.pos_ in ("PROPN", "NOUN", "ADJ"):
                for entity in actors.overlapping(tok.idx, tok.idx + len(tok)):
                    # "a military aid program": an adjective names a generic group only as a word
                    if tok.pos_ == "ADJ" and generic(entity) and tok.head.lemma_.lower() not in (
                            self.lex.actor_nouns | self.lex.quantity_nouns) and any(
                            m.start == tok.idx and m.end == tok.idx + len(tok) for m in entity.mentions):
                        continue
                    if entity.id not in taken and entity.type in ("PERSON", "ORG", "GPE", "NORP") and actors.is_actor(entity.id):
                        return [entity.id]
            stack += [c for c in reversed(list(tok.children)) if c.dep_ not in _CLAUSES and not self._placed_at(c)]
        return []

    def _placed_at(self, tok: Token) -> bool:
        """An oblique or nominal complement introduced by a preposition of place ("dans la capitale")."""
        return tok.dep_.startswith(("obl", "nmod")) and any(
            g.lower_ in self.lex.location_preps for g in tok.children if g.dep_ == "case")

    def _speech_events(self, doc: Doc, actors: ActorIndex, seen: set[int]) -> list[Event]:
        """Events carried by reported speech itself.

        A speech verb over a negated clause is a denial ("Minsk a déclaré qu'ils n'étaient pas…" →
        REJECT); over a clause of obligation it is a demand ("said the US must withdraw" → REQUEST
        with the clause's subject as target).
        """
        out = []
        for _, start, _ in self.speech(doc):
            verb = doc[start]
            clause = [c for c in verb.children if c.dep_ == "ccomp"]
            if not clause or verb.i in seen or qualifiers.is_negated(verb):
                continue
            sources = roles.expand(roles.subject_of(verb))
            source = ids(sources, actors)
            if not source:
                continue
            inner = clause[0]
            subject = roles.subject_of(inner)
            if self._obliges(inner):
                # "la colère des policiers ne doit pas…": the subject itself must be an actor, not a thing of one.
                named = ids(subject[:1], actors) if subject else []
                target = [t for t in ids(roles.expand(subject), actors) if t not in source] if named else []
                if target:  # "a déclaré que les deux économies se devaient de…" asks nobody
                    out.append(self._make(doc, verb, "REQUEST", None, source, target, actors, 0.6 + _prominence(verb)))
            elif (inner.i not in seen and qualifiers.is_negated(inner)
                  and "Fut" not in inner.morph.get("Tense")  # "qu'elles ne feront pas…" announces, denies nothing
                  and self._about_speaker(inner, source, actors)):
                # A denial is about the speaker's side ("ils n'étaient pas les organisateurs"), not about
                # a thing ("les baisses ne seront pas systématiques") nor a third party ("que Trump ne
                # comprend pas la Russie").
                out.append(self._make(doc, verb, "REJECT", None, source, [], actors, 0.6 + _prominence(verb)))
        return out

    @staticmethod
    def _about_speaker(clause: Token, source: list[str], actors: ActorIndex) -> bool:
        """The reported clause is about the speaker's side: a personal pronoun ("ils n'étaient pas…")
        or a name for the speaker, not a thing ("cela ne s'applique pas") nor a third party."""
        own = [c for c in clause.children if c.dep_ in roles.SUBJECTS]
        if not own:
            return True
        if own[0].pos_ == "PRON":
            return bool(own[0].morph.get("Person")) and "Dem" not in own[0].morph.get("PronType")
        return bool(set(ids(roles.expand(own[:1]), actors)) & set(source))

    def _obliges(self, clause: Token) -> bool:
        if any(c.lower_ in self.lex.obligation for c in clause.children if c.dep_.startswith("aux")):
            return True
        return clause.lemma_.lower() in self.lex.obligation  # "la Russie doit retirer…": devoir heads the clause

    def _make(self, doc, token, type_, mode, source, target, actors, confidence) -> Event:
        sent = self.sentence(doc, token)
        span = Span(text=token.text, start=token.idx, end=token.idx + len(token))
        event = Event(
            type=type_, mode=mode, quad=ontology.quad(type_), source=source, target=target,
            trigger=span, mentions=[span], sentence=SentenceSpan(start=sent.start_char, end=sent.end_char, text=sent.text),
            negated=qualifiers.is_negated(token), confidence=round(min(max(confidence, 0.0), 0.95), 3),
        )
        expressions = self._sentences[sent.start][1]
        nearest = qualifiers.nearest_date(token, expressions)
        if nearest is not None and self.date_words is not None:
            planned = dates.announced(token, self.date_words) or dates.is_planned(nearest[2], self.date_words)
            found = qualifiers.resolve_date(nearest[2], doc._.published, self.lang, planned)
            if found is not None:
                event.date, event.date_precision = found
        event.location = self.location(token, actors, set(source) | set(target))
        return event

    def sentence(self, doc: Doc, token: Token):
        """The token's sentence and its date expressions, computed once per sentence."""
        starts = self._starts(doc)
        i = bisect.bisect_right(starts, token.i) - 1
        start = starts[i]
        if start not in self._sentences:
            end = starts[i + 1] if i + 1 < len(starts) else len(doc)
            sent = doc[start:end]
            lo, hi = sent.start_char, sent.end_char
            at = self._date_starts
            self._sentences[start] = (sent, self._dates[bisect.bisect_left(at, lo) : bisect.bisect_left(at, hi)])
        return self._sentences[start][0]

    def in_byline(self, doc: Doc, token: Token) -> bool:
        """Whether the token's sentence matches a byline pattern; read once per sentence."""
        sent = self.sentence(doc, token)
        if sent.start not in self._bylines:
            text = doc_text(doc)[sent.start_char : sent.end_char]  # Span.text joins its tokens again
            self._bylines[sent.start] = any(p.search(text) for p in self.bylines)
        return self._bylines[sent.start]

    def _starts(self, doc: Doc) -> list[int]:
        if self._doc_starts is None or self._doc_starts[0] is not doc:
            self._doc_starts = (doc, sentence_starts(doc))
        return self._doc_starts[1]

    def location(self, token: Token, actors: ActorIndex, taken: set[str]) -> str | None:
        anchor = token if token.pos_ in ("VERB", "AUX") else token.head
        pairs = roles.prep_args(anchor) + roles.prep_args(token)
        # "lifted a curfew in Montenegro", "fired shells at targets in Jericho": the place hangs on the object.
        for obj in (c for c in anchor.children if c.dep_ in ("obj", "dobj") and c != token):
            pairs += roles.prep_args(obj)
        for prep, noun in pairs:
            if prep.split(" ")[-1] in self.lex.location_preps:
                # "in Montenegro province", "in the city of Kirkuk": the name inside the place's phrase
                words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "flat", "flat:name", "amod")]
                words += [a for p, a in roles.prep_args(noun) if p in self.preps.genitive]
                # "at targets in Jericho", "in the eastern town in Soroti": a place inside the place
                words += [a for p, a in roles.prep_args(noun) if p.split(" ")[-1] in self.lex.location_preps]
                for word in words:
                    for entity in actors.overlapping(word.idx, word.idx + len(word)):
                        if entity.type in ("GPE", "LOC") and entity.id not in taken:
                            return entity.id
        return None


def _under(noun: Token, verbs: set[int]) -> bool:
    """The noun is a complement of one of these verbs, directly or through the noun it hangs on
    ("menacé l'Italie de sanctions": the parser hangs the sanctions on Italy)."""
    tok = noun
    for _ in range(2):
        if tok.dep_ not in ("obj", "dobj", "obl", "obl:arg", "nmod", "pobj", "prep") or tok.head == tok:
            return False
        tok = tok.head
        if tok.i in verbs:
            return True
    return False


def _rank_framed(doc: Doc, events: list[Event], intent_heads: set[str]) -> None:
    """An event inside another's frame ranks below it: "demanded that Israel ease…", "urged X to
    support…", "said the US must withdraw…" report the outer act (what PLOVER codes per sentence).
    A frame of intention is the other way round: "decided to allow X", "plans to impose restrictions"
    are coded by what is intended (already turned into AGREE, THREATEN…), which names its recipient."""
    by_start = {e.trigger.start: e for e in events}
    for event in events:
        span = doc.char_span(event.trigger.start, event.trigger.end)
        if span is None:
            continue
        outer = next((by_start[a.idx] for a in span.root.ancestors if a.idx in by_start), None)
        if outer is None:
            continue
        head = doc.char_span(outer.trigger.start, outer.trigger.end)
        if head is not None and head.root.lemma_.lower() in intent_heads and span.root.head == head.root:
            outer.confidence = max(0.0, outer.confidence - 0.1)
        else:
            event.confidence = max(0.0, event.confidence - 0.1)


def _defaulted(chosen: list[tuple[Token, triggers.Trigger]]) -> set[int]:
    """Generated verb defaults whose object is a hand-written act ("reimposed sanctions", "organized a
    general strike"): the act named by the noun is the event, the verb only carries it out; coding the
    verb as well gives a second event, of a guessed type, for one happening."""
    acts = {tok.i for tok, t in chosen if t.pos == "NOUN" and t.type and not t.generated}
    return {tok.i for tok, t in chosen
            if t.pos == "VERB" and t.generated and not t.specificity
            and any(ch.i in acts for ch in tok.children if ch.dep_ in ("obj", "dobj"))}


def _confidence(c: Candidate) -> float:
    """How likely the event is right, before the clause's prominence: measured on whole articles, an
    event with both sides named is right three to four times as often as one with a side missing, an
    event whose only actors are generic groups ("les manifestants", "officials") or a meeting, attack or
    arrest with nobody on the receiving end are almost never right."""
    both = bool(c.source) and bool(c.target)
    confidence = 0.45 if c.trigger.generated else 0.55
    confidence += 0.1 * bool(c.source) + 0.05 * bool(c.target) + 0.15 * both - 0.15 * c.inferred
    if not any(_named(c.actors, i) for i in c.source + c.target):
        confidence -= 0.3
    # Parties acting together ("les deux présidents ont confirmé leur accord") are each other's counterpart.
    joint = len(c.source) > 1 and ontology.is_symmetric(c.type)
    if not c.target and not joint and ontology.needs_counterpart(c.type):
        confidence -= 0.3
    return confidence


def _named(actors: ActorIndex, entity_id: str) -> bool:
    """A person, organisation or country the text names, not a generic group."""
    entity = actors.entity(entity_id)
    return entity is not None and not generic(entity)


def _prominence(token: Token) -> float:
    """Main-clause events rank above those in subordinate clauses and adjuncts (used to pick the main event)."""
    if token.pos_ == "NOUN" and token.dep_ in ("obj", "dobj") and token.head.pos_ == "VERB":
        # The object of a support verb carries its clause: "staged demonstrations", "a eu une conversation".
        return _prominence(token.head)
    if token.dep_ == "ROOT":
        return 0.12
    if token.dep_ == "ccomp" and token.head.dep_ == "ROOT":
        return 0.08
    if token.dep_ in ("advcl", "acl", "relcl", "acl:relcl") or token.dep_.startswith(("obl", "nmod", "pobj")):
        return -0.05
    return 0.0
