"""The ``veille_events`` component: PLOVER events with their actors, qualifiers and evidence."""

from __future__ import annotations

import bisect
import importlib
import re
from functools import lru_cache
from types import ModuleType

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from ..model import Event, SentenceSpan, Span, content_id
from . import conventions, ontology, qualifiers, roles, triggers
from .actors import ActorIndex, generic
from .merge import event_id, merge

# Arguments of a verb searched for a recipient as a last resort, and the clauses that stop the search.
_COMPLEMENTS = ("obj", "dobj", "iobj", "dative", "prep", "obl", "obl:arg", "nmod")
_CLAUSES = ("relcl", "acl:relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "appos", "punct")
# Modes of acts with no recipient: the office one resigns from is no party.
_SELF_MODES = {"resign"}
# Modes whose patient is a person or a group: a thing stopped or held is no arrest nor abduction.
_PERSONAL_MODES = {"arrest", "release", "abduct"}
# Types whose object is a prospect: the act threatened, asked for, promised or refused.
_PROSPECTIVE = {"THREATEN", "REQUEST", "AGREE", "REJECT"}
# Sectors of armed forces: what a withdrawal moves, not whom it concerns.
_ARMED = {"MIL", "COP"}
# Types PLOVER codes with a recipient: when the trigger names none, the clause subject is borrowed.
_NEEDS_RECIPIENT = {"SANCTION", "COOPERATE", "AID"}
# Types whose object is the actor's own force ("mobilized army reservists"), never the recipient: that
# is whom the force is raised against ("for a possible war against Iraq").
_OWN_OBJECT = {"MOBILIZE"}


@lru_cache(maxsize=None)
def events_data(lang: str) -> ModuleType | None:
    """``veille.lang.<lang>.events``, or None when veille has no event cues for the language."""
    if not lang.isalpha():
        return None
    try:
        return importlib.import_module(f"veille.lang.{lang}.events")
    except ModuleNotFoundError:
        return None


@Language.factory("veille_events", assigns=["doc._.events"], default_config={"min_confidence": 0.0})
def make_events(nlp: Language, name: str, min_confidence: float) -> "EventCoder":
    return EventCoder(nlp, min_confidence)


class EventCoder:
    """Finds triggers with a Matcher, reads their arguments from the parse, merges repeated mentions."""

    def __init__(self, nlp: Language, min_confidence: float = 0.0) -> None:
        self.data = events_data(nlp.lang)
        self.min_confidence = min_confidence
        self._doc_starts = None
        self._sentences: dict[int, tuple] = {}
        if self.data is None:
            return
        d = self.data
        self.table = triggers.lexicon(d)
        self.repairs = tuple(getattr(d, "LEMMA_REPAIRS", ()))
        self.matcher = triggers.build_matcher(nlp.vocab, self.table, self.repairs)
        self.speech = Matcher(nlp.vocab)
        self.speech.add("SPEECH", [[{"LEMMA": {"IN": sorted(d.SPEECH_VERBS)}, "POS": "VERB"}]])
        self.speech_lemmas = set(d.SPEECH_VERBS)
        self.preps = roles.Preps(d.AGENT_PREPS, d.PARTNER_PREPS, d.TARGET_PREPS, d.GENITIVE_PREPS, d.ORIGIN_PREPS, d.ADVERSATIVE_PREPS,
                                 d.NOMINAL_TARGET_PREPS)
        self.negations = set(d.NEGATIONS)
        self.hyp_heads = set(d.HYPOTHETICAL_HEADS)
        self.hyp_aux = set(getattr(d, "HYPOTHETICAL_AUX", ()))
        self.location_preps = set(d.LOCATION_PREPS)
        self.stative = set(getattr(d, "STATIVE_PARTICIPLES", ()))
        self.grievance = set(getattr(d, "GRIEVANCE_PREPS", ()))
        self.transfer = set(getattr(d, "TRANSFER_VERBS", ()))
        self.armed = set(getattr(d, "ARMED_NOUNS", ()))
        self.date_patterns = tuple(re.compile(p, re.I) for p in d.DATE_PATTERNS)
        self.lang = nlp.lang
        self.intent_heads = set(d.INTENT_HEADS)
        self.future_aux = set(d.FUTURE_AUX)
        self.obligation = set(d.OBLIGATION)
        self.stopping = set(d.STOPPING_VERBS)
        self.titles = set(d.PERSON_TITLES)
        self.quantities = set(d.QUANTITY_NOUNS)
        self.pronouns = set(d.PERSON_PRONOUNS)
        self.subject_pronouns = set(getattr(d, "SUBJECT_PRONOUNS", ()))
        self.first_person = set(getattr(d, "FIRST_PERSON_PRONOUNS", ()))
        self.victims = set(getattr(d, "VICTIM_NOUNS", ()))
        self.members = set(getattr(d, "MEMBER_NOUNS", ()))
        self.responsible = set(getattr(d, "RESPONSIBLE_NOUNS", ()))
        self.prospects = set(getattr(d, "PROSPECT_NOUNS", ()))
        self.treaties = set(getattr(d, "TREATY_NOUNS", ()))
        self.opposing = set(getattr(d, "OPPOSING_VERBS", ()))
        self.conditions = set(d.CONDITION_MARKERS)
        # Conditions whose subject is the one threatened ("…if the United States goes ahead").
        self.threat_conditions = set(getattr(d, "THREAT_CONDITIONS", d.CONDITION_MARKERS))
        self.dual_words = set(d.DUAL_WORDS)
        self.actor_nouns = set(getattr(d, "ACTOR_NOUNS", ()))
        self.hyp_modifiers = set(getattr(d, "HYPOTHETICAL_MODIFIERS", ()))
        self.receiving = set(getattr(d, "RECEIVING_VERBS", ()))
        self.predicative = set(getattr(d, "PREDICATIVE_MARKS", ()))
        self.delegating = set(getattr(d, "DELEGATING_VERBS", ()))
        self.stopping_nouns = set(getattr(d, "STOPPING_NOUNS", ()))
        self.purpose = set(getattr(d, "PURPOSE_MARKS", ()))
        self.hyp_marks = set(getattr(d, "HYPOTHETICAL_MARKS", ()))
        self.alleging = set(getattr(d, "ALLEGING_HEADS", ()))
        self.targeting = set(getattr(d, "TARGETING_VERBS", ()))
        self.light_nouns = set(getattr(d, "LIGHT_NOUNS", ()))
        self.impersonal = set(getattr(d, "IMPERSONAL_VERBS", ()))
        self.light_verbs = set(getattr(d, "LIGHT_VERBS", ())) | self.delegating

    def __call__(self, doc: Doc) -> Doc:
        if self.data is None or not doc.has_annotation("DEP"):
            doc._.events = []
            return doc
        text = doc.text  # Doc.text rebuilds the string on each access: read it once
        actors = ActorIndex(doc, self.preps.genitive, self.dual_words, self.actor_nouns, self.titles, text)
        self._dates = qualifiers.date_expressions(doc.ents, text, self.date_patterns)
        actors.dates = [(s, e) for s, e, _ in self._dates]
        self._sentences: dict[int, tuple] = {}
        self._placed: set[int] = set()  # events whose recipient is only the place where they happened
        actors.quantities = self.quantities
        actors.origin_preps = self.preps.origin
        actors.pronouns = self.pronouns
        actors.subject_pronouns = self.subject_pronouns
        actors.first_person = self.first_person
        actors.victims = self.victims
        actors.members = self.members
        actors.impersonal = self.impersonal
        chosen: list[tuple[Token, triggers.Trigger]] = []
        seen: set[int] = set()
        for match_id, start, _ in self.matcher(doc):
            token = doc[start]
            if token.i in seen or token.dep_ in ("prep", "case", "mark", "aux", "auxpass"):
                continue
            trigger = triggers.choose(token, doc.vocab.strings[match_id], self.table, self.repairs)
            if trigger is not None:
                seen.add(token.i)
                chosen.append((token, trigger))
        chosen = [(tok, conventions.spoken(tok, t)) for tok, t in chosen if not conventions.in_name(tok, t)]
        chosen = conventions.stopped(chosen, self.stopping)
        # A verb event covers a nominal trigger it takes as object ("imposed sanctions", "a ratifié
        # l'accord"), and a stopping verb reverses it ("lifted the curfew", "cesser ses frappes").
        nominal = {tok.i for tok, t in chosen if t.pos == "NOUN" and t.type}
        # "a ordonné une frappe": the act ordered is the event, its orderer the doer.
        delegated = {tok.i for tok, t in chosen if t.pos == "VERB" and tok.lemma_.lower() in self.delegating
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
                                    or tok.dep_ == "nmod" and tok.head.lemma_.lower() in self.stopping_nouns)
        }
        for tok, t in chosen:
            obj = conventions.object_of(tok) if t.pos == "NOUN" else None
            if obj is not None and (obj.head.i in verbs and (obj == tok or not verbs[obj.head.i].generated)
                                    or obj.head.lemma_.lower() in self.stopping):
                covered.add(tok.i)
        found: list[Event] = []
        for token, trigger in chosen:
            if token.i in covered or not trigger.type:
                continue
            event = self._event(doc, token, trigger, actors)
            if event is not None:
                found.append(event)
        found += self._speech_events(doc, actors, seen)
        found = conventions.protest_recipients(doc, found, self._placed)
        _rank_framed(doc, found, self.intent_heads)
        found.sort(key=lambda e: e.trigger.start)
        events = merge([e for e in found if e.confidence >= self.min_confidence])
        key = content_id(text)
        for event in events:
            event.id = event_id(key, event)
            event.confidence = round(event.confidence, 3)
        doc._.events = events
        doc._.entities = actors.entities
        return doc

    def _event(self, doc: Doc, token: Token, trigger: triggers.Trigger, actors: ActorIndex) -> Event | None:
        if self._aim(token):
            return None  # "afin de suspendre Rousseff": an aim
        if qualifiers.is_conditional(token):
            return None  # "aurait rencontré": not established as having happened
        if trigger.pos == "NOUN" and any(c.dep_ == "amod" and c.lemma_.lower() in self.hyp_modifiers for c in token.children):
            return None  # "une possible opération militaire", "sa prochaine visite"
        if trigger.pos == "NOUN" and not any(t.pos_ in ("VERB", "AUX") for t in self._sentence(doc, token)):
            return None  # a verbless headline or caption ("Canada : fin des frappes…") announces what the body reports
        if trigger.pos == "NOUN" and token.dep_.startswith("nmod") and token.head.lemma_.lower() in self.prospects:
            return None  # "à la veille du sommet": it has not taken place yet
        if trigger.pos == "NOUN" and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and getattr(
                triggers.choose(token.head, "VERB", self.table, self.repairs), "type", None) == trigger.type:
            return None  # "des frappes russes ont tué vingt civils": the verb codes the one act
        if trigger.pos == "NOUN" and self._left_behind(token):
            return None  # "se retirer de l'accord de Paris": the agreement left is no new agreement
        if trigger.pos == "NOUN" and token.dep_ == "appos":
            return None  # a description of someone: "le député Yann Galut, soutien de Benoît Hamon"
        if trigger.pos == "NOUN" and (any(c.lower_ in self.predicative for c in token.children) or any(
                c.dep_ == "cop" for c in token.children) and _ids([c for c in token.children if c.dep_ in roles.SUBJECTS], actors)):
            # An attribute of an actor describes it ("considérée comme un soutien de…", "X est un allié
            # de Y"); "la raison est l'empoisonnement de Skripal" still reports the poisoning.
            return None
        type_, mode = trigger.type, trigger.mode
        if qualifiers.is_hypothetical(token, self.hyp_heads, self.hyp_aux, self.hyp_marks, self.repairs,
                                      self.alleging):
            # "pourrait sanctionner" is no happening; "may halt mediation efforts if cooperation
            # founders", a conditioned act of conflict, is a warning (THREATEN).
            if not (ontology.quad(type_) in ("material-conflict", "verbal-conflict") and type_ != "THREATEN"
                    and self._condition_subjects(token, any_subject=True)):
                return None
            type_, mode = "THREATEN", None
        refusal = False
        if qualifiers.is_intended(token, self.intent_heads, self.future_aux, self.repairs):
            # PLOVER codes announced intentions as AGREE (cooperation) or THREATEN (conflict).
            quad = ontology.quad(type_)
            conditional = any(t.lower_ in self.conditions for t in token.subtree if t.dep_ in ("mark", "advmod", "fixed"))
            if conditional and type_ != "THREATEN":
                type_, mode = "THREATEN", None
            elif quad in ("verbal-cooperation", "material-cooperation") and qualifiers.is_negated(token, self.negations):
                # An announced refusal is a rejection: "will not accept refugees", "ne participera pas".
                type_, mode, refusal = "REJECT", None, True
            elif quad in ("verbal-cooperation", "material-cooperation"):
                type_, mode = "AGREE", None
            elif quad == "material-conflict":
                type_, mode = "THREATEN", None
        if trigger.pos == "VERB":
            found = roles.verbal_roles(token, trigger, self.preps)
            if not found.sources and token.lemma_.lower() in self.stative and roles.is_passive(token):
                found.sources, found.targets = found.targets, []  # "Israel is opposed to…"
            if token.lemma_.lower() in self.transfer and not roles.is_passive(token):
                # "contribute 4,000 troops to a force in Liberia": what is given, not who receives it
                dative = [c for c in token.children if c.dep_ in ("iobj", "dative") and c.pos_ in ("NOUN", "PROPN")]
                dative += [g for c in token.children if c.dep_ == "dative" and c.pos_ == "ADP"
                           for g in c.children if g.dep_ == "pobj"]  # "providing intelligence to Macedonia"
                pairs = roles.prep_args(token) + [pair for o in token.children if o.dep_ in ("obj", "dobj")
                                                  for pair in roles.prep_args(o)]
                given = [n for p, n in pairs if p.split(" ")[-1] in self.preps.target]
                found.targets = dative or given[:1] or [t for t in found.targets if t.dep_ not in ("obj", "dobj")]
            if type_ in _OWN_OBJECT and self.armed and not self._armed_object(token, actors):
                return None  # "mobilized pressure groups", "dispatched inspectors": no show of force
            if type_ in _OWN_OBJECT and not roles.is_passive(token):
                found.targets = [n for p, n in roles.prep_args(token, depth=3)
                                 if p.split(" ")[-1] in self.preps.adversative][:1]
            if trigger.obj:
                for obj in (c for c in token.children if c.dep_ in ("obj", "dobj")):
                    extra = roles.nominal_roles(obj, trigger, self.preps)
                    found.partners += extra.partners
                    # The object's own complement names the recipient ("rompre les relations avec X")
                    # unless the object already names one ("rejected Israeli changes to the deal").
                    if extra.targets and len(found.targets) < 2 and not any(actors.resolve(t) for t in found.targets):
                        found.targets = extra.targets
                    if found.targets == [obj] and not actors.resolve(obj):
                        found.targets = []  # the object is the act itself ("rompre les relations")
        else:
            found = roles.nominal_roles(token, trigger, self.preps)
            if not found.sources:
                # "les sanctions américaines", "des frappes russes": French writes demonyms in lower case.
                found.sources = [c for c in token.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower
                                 and actors._demonym(c)][:1]
            own = any("Yes" in c.morph.get("Poss") for c in token.children if c.dep_ == "det")  # "leur accord"
            if (self.light_verbs and token.dep_ in ("obj", "dobj") and token.head.pos_ in ("VERB", "AUX") and not own
                    and token.head.lemma_.lower() not in self.light_verbs | self.receiving):
                # "la télévision a qualifié les frappes d'agression": whoever speaks of an act is not
                # its doer; only light verbs ("a mené des frappes", "exprime son soutien") pass it on.
                doers = set(roles.subject_of(token.head))
                found.sources = [t for t in found.sources if t not in doers]
            if token.head.lemma_.lower() in self.receiving and token.head != token:
                # "bénéficiant du soutien de Merkel, Juncker…": who receives is the recipient, not the doer.
                recipients = roles.expand(self._subject_or_patient(token.head))
                found.sources = [t for t in found.sources if t not in recipients]
                found.targets = found.targets or recipients
            if not found.sources and token.dep_ == "nmod" and token.head.lemma_.lower() in self.light_nouns:
                # "a annoncé l'ouverture d'une enquête", "le lancement d'une offensive par l'armée"
                found.sources = roles.nominal_roles(token.head, trigger, self.preps).sources or roles.governing_actor(token.head)
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in self.opposing:
                # "des affrontements ont opposé les forces de sécurité à des manifestants"
                sides = [c for c in token.head.children if c.dep_ in ("obj", "dobj")]
                found.sources = roles.expand(sides)
                found.targets = roles.expand([n for t in [token.head] + sides for p, n in roles.prep_args(t)
                                              if p in self.preps.target | self.preps.partner][:1])
            holder = token.head
            if (not found.sources and holder.lemma_.lower() in self.responsible and holder != token
                    and token.dep_.startswith(("nmod", "obl"))):
                # "cette branche est responsable de plusieurs attentats", "X, l'auteur de l'attaque"
                found.sources = roles.expand(([holder.head] if holder.dep_ == "appos" else [])
                                             or roles.subject_of(holder))
            aimed = [o for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in self.targeting
                     for o in c.children if o.dep_ in ("obj", "dobj")]
            if aimed:
                # "une enquête visant douze personnalités", "des sanctions visant des responsables russes"
                found.targets = roles.expand(aimed[:1])
            if not found.targets:
                # "son soutien à May", "une aide aux réfugiés": a party after "à" is the recipient.
                found.targets = [n for p, n in roles.prep_args(token) if p in self.preps.target
                                 and any(actors.is_actor(x) for x in actors.resolve(n))][:1]
        if mode in _PERSONAL_MODES and found.targets and not _ids(found.targets, actors):
            return None  # "leur voiture a été arrêtée": only people are arrested, freed or abducted
        source = _ids(found.sources, actors)
        if not source and trigger.pos == "VERB":
            # "des frappes russes ont tué…": the act named as the subject carries its doer's demonym.
            source = _ids([c for t in found.sources if (t.lemma_.lower(), "NOUN") in self.table
                           for c in t.children if c.dep_ == "amod" and c.is_lower and actors._demonym(c)][:1], actors)
        document = (token.dep_ == "acl" and token.head.pos_ == "NOUN" and token.head.dep_ in ("obj", "dobj")
                    and token.head.lemma_.lower() not in self.actor_nouns | self.titles)
        if (not source or document) and trigger.pos == "VERB" and token.dep_ in ("acl", "advcl") and token.head.head != token.head:
            # "issued a declaration demanding…": the one who issued it demands.
            source = _ids(roles.expand(roles.subject_of(token.head.head)), actors) or source
        if (not source and trigger.pos == "VERB" and found.sources and not roles.is_passive(token)
                and all(t.pos_ == "NOUN" and t.lemma_.lower() not in self.titles | self.quantities
                        and not any("Yes" in c.morph.get("Poss") for c in t.children)  # "their forces"
                        and (t.lemma_.lower(), "NOUN") not in self.table  # "a roadside bombing killed…"
                        for t in found.sources)):
            return None  # the doer is a thing, not an actor: "un conflit qui a tué 310 000 personnes"
        # A name that contains the trigger is the event's own name ("l'attentat de Nice"), not a party.
        naming = {e.id for e in actors.overlapping(token.idx, token.idx + len(token))}
        source = [s for s in source if s not in naming]
        target = [t for t in _ids(found.targets, actors) if t not in naming]
        if mode == "withdraw":
            # The treaty a withdrawal leaves is no party: "le retrait du pays du statut de Rome".
            left = set(_ids([n for _, n in roles.prep_args(token, depth=2) if self._left_behind(n)], actors))
            source = [s for s in source if s not in left]
            target = [t for t in target if t not in left]
        if not target and found.targets:
            # "investigation into alleged crimes committed by Croat forces": the deed's doer
            doers = [n for t in found.targets[:1] for p, n in roles.prep_args(t, depth=2)
                     if p.split(" ")[-1] in self.preps.agent]
            target = [t for t in _ids(doers, actors) if t not in _ids(found.sources, actors) and t not in naming]
        if ontology.quad(type_) == "verbal-conflict" and trigger.pos == "VERB" and self.grievance:
            # "complained to the UN over Israeli air raids": the accused, not the one addressed
            accused = [n for p, n in roles.prep_args(token) if p.split(" ")[-1] in self.grievance]
            target = [t for t in _ids(accused, actors) if t not in _ids(found.sources, actors)] or target
        withdrawn: set[str] = set()
        if trigger.mode == "withdraw" and trigger.type == "RETREAT":
            # "retirer ses soldats d'Haïti": the troops withdrawn are the doer's own, the place left is
            # the recipient.
            withdrawn = {t for t in _ids([c for c in token.children if c.dep_ in ("obj", "dobj")], actors)
                         if actors.sector(t) in _ARMED or not actors.sector(t)}
        elif mode == "withdraw" and type_ == "SANCTION" and trigger.pos == "VERB":
            # "rappeler Markus Ederer, leur ambassadeur à Moscou": the envoy recalled is the doer's own,
            # the country of the post is the recipient.
            withdrawn = {t for t in _ids([c for c in token.children if c.dep_ in ("obj", "dobj")], actors)
                         if actors.entity_type(t) == "PERSON" or actors.sector(t) == "GOV"}
        target = [t for t in target if t not in withdrawn]
        partners = _ids(found.partners, actors)
        if ontology.is_symmetric(type_) and partners:
            # "évoquer avec Poutine les efforts…": the partner is the participant, the object the topic.
            target = partners
        elif ontology.is_symmetric(type_) and not target and trigger.pos == "VERB":
            # One's own counterpart is still the other party of a meeting: "a reçu son homologue".
            target = [t for t in _ids([c for c in token.children if c.dep_ in ("obj", "dobj")], actors)
                      if actors.entity_type(t) == "PERSON" and t not in source]
        elif partners and not target and ontology.quad(type_) == "material-conflict":
            # A clash's other side is its target: "une fusillade avec la police", "des affrontements
            # entre les manifestants et la police"; with one side named, the clause's subject is the other.
            if not source and len(partners) > 1:
                source, partners = partners[:1], partners[1:]
            elif not source and trigger.pos == "NOUN":
                verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
                subjects = [c for c in verb.children if c.dep_ in roles.SUBJECTS] if verb is not None else []
                source = [s for s in _ids(roles.expand(subjects), actors) if s not in partners]
            target = [p for p in partners if p not in source]
        elif not target and partners and trigger.pos == "NOUN":
            target = partners  # "a suspension of air links with Serbia": the other party is the recipient
        if type_ == "CONSULT" and trigger.pos == "NOUN" and mode is None and len(set(source + target)) < 2:
            return None  # a talk with one party is an interview or a meeting of one body: "dans son entretien"
        inferred = placed = False
        if not target and trigger.pos == "VERB":
            for candidate in roles.complement_targets(token, found.sources, self.preps):
                # "a ratifié l'accord de Paris": a place in a genitive names the thing, not a party.
                genitive = all(any(c.dep_ == "case" and c.lower_.replace("’", "'") in self.preps.genitive
                                   for c in t.children) for t in candidate)
                target = [t for t in _ids(candidate, actors) if t not in source and t not in withdrawn
                          and not (genitive and not actors.is_actor(t))]
                if target:
                    break
        if not target and type_ == "THREATEN":
            # "threatened to strike unless Israel rescinded…": whoever must comply is the one threatened,
            # when the threat itself names nobody ("to break relations with Russia unless…" → Russia).
            target = [t for t in _ids(self._condition_subjects(token), actors) if t not in source]
        if not target and source and trigger.pos == "VERB":
            # "granted asylum to five officers": the object names no actor, its recipient does.
            for prep, noun in roles.prep_args(token):
                last = prep.split(" ")[-1]
                if last in self.preps.target and last not in self.location_preps:
                    target = [t for t in _ids(roles.expand([noun]), actors) if t not in source]
                    if target:
                        break
        if not target and trigger.obj and trigger.pos == "VERB":
            # The object a trigger requires is part of the act, but people are still its target:
            # "ont pris vingt otages".
            target = [t for t in _ids([c for c in token.children if c.dep_ in ("obj", "dobj") and not roles._own(c)],
                                      actors) if t not in source and actors.is_actor(t)]
        if not target and type_ in _NEEDS_RECIPIENT and trigger.pos == "NOUN":
            target = _ids(roles.clause_subject(token), actors)
            inferred = bool(target)
        if not target and source and (type_ != "RETREAT" or mode == "withdraw"):
            # PLOVER's recipient of a one-sided act is the place it targets: a visit's host ("arrived in
            # Amman"), the country of a protest or a curfew ("demonstrated in Serbia", "lifted a curfew
            # in Montenegro"). Only for an act with a known doer: a place alone makes no event; nor
            # for a retreat, whose recipient is whom it is from, not where it happens.
            place = self._location(token, actors, set(source))
            target = [place] if place else []
            placed = bool(place)
        target = [t for t in target if t not in source and t not in withdrawn]
        if not target and (withdrawn or type_ == "SANCTION" and mode == "withdraw" and trigger.pos == "VERB"):
            # "retirer les soldats de la mission en Haïti": the place named inside what is withdrawn;
            # "a rappelé son ambassadeur en Allemagne": the country of the post.
            objects = [c for c in token.children if c.dep_ in ("obj", "dobj")]
            places = [n for obj in objects for p, n in roles.prep_args(obj, depth=2)
                      if p.split(" ")[-1] in self.location_preps | self.preps.origin]
            target = [e.id for n in places for e in actors.overlapping(n.idx, n.idx + len(n))
                      if e.type in ("GPE", "LOC") and e.id not in source][:1]
        if (not target and trigger.pos == "VERB" and not roles.is_passive(token) and mode not in _SELF_MODES
                and type_ not in _OWN_OBJECT and token.lemma_.lower() not in self.transfer):
            target = self._clause_actor(token, actors, set(source) | withdrawn)
        if trigger.pos == "NOUN":
            # "l'accord de Paris", "les négociations de la COP21": a place or an event's name is no party.
            source = [s for s in source if actors.is_actor(s)]
        if type_ == "RETREAT" and mode == "withdraw" and (any(actors.entity_type(t) == "ORG" for t in target)
                                                          or self._left_treaty(token)):
            # leaving an organisation or a treaty is a sanction in PLOVER, leaving a territory a retreat
            type_ = "SANCTION"
        if type_ == "MOBILIZE" and not source and trigger.pos == "VERB" and roles.is_passive(token):
            # "les réservistes sont mobilisés", "les partisans sont mobilisés": with no one named as
            # calling them up, those mobilised are the side that mobilises.
            source, target = target, []
        if not any(actors.is_actor(x) for x in source + target):
            return None  # an event names at least one party; a place alone is where it happened
        if source:
            sectors = [actors.sector(s) for s in source]
            type_, mode = ontology.for_source_sectors(type_, mode, sectors)
        actors.note_event(source + target)
        confidence = 0.5 if trigger.generated else 0.65
        confidence += 0.15 * bool(source) + 0.1 * bool(target) - 0.15 * inferred
        confidence += _prominence(token)
        if qualifiers.is_conditional(token):
            confidence *= 0.6
        event = self._make(doc, token, type_, mode, source, target, actors, confidence)
        event.negated = event.negated and not refusal
        if placed:
            self._placed.add(id(event))
        return event

    def _armed_object(self, verb: Token, actors: ActorIndex) -> bool:
        """A mobilisation moves armed forces or weapons ("deployed troops", "dispatched warships"); with no
        object, or one the parse gives no sector, it is taken as such."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        if not objects:
            return True
        for obj in objects:
            if obj.lemma_.lower() in self.armed:
                return True
            sectors = {actors.sector(e) for e in actors.resolve(obj)}
            if sectors & {"MIL", "COP", "REB", "SPY"}:
                return True
        return False

    def _withdrawal(self, token: Token) -> bool:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN"
        return any(t.mode == "withdraw" for t in self.table.get((token.lemma_.lower(), pos), ()))

    def _left_behind(self, token: Token) -> bool:
        """A treaty named as what a withdrawal leaves: "se retirer de l'accord", "le retrait du traité"."""
        if token.lemma_.lower() not in self.treaties or token.head == token:
            return False
        case = next((c.lower_.replace("’", "'") for c in token.children if c.dep_ == "case"), "")
        head = token.head
        if head.dep_.startswith("nmod") and not self._withdrawal(head):
            head = head.head  # "le retrait du pays du statut de Rome": hung on the first complement
        return case in self.preps.origin and self._withdrawal(head)

    def _left_treaty(self, token: Token) -> bool:
        return any(self._left_behind(n) for _, n in roles.prep_args(token, depth=2))

    def _aim(self, token: Token) -> bool:
        """The verb states an aim ("afin de suspendre…", "… et suspendre" after "afin de")."""
        for verb in (token, token.head) if token.dep_ == "conj" else (token,):
            if any(c.lower_ in self.purpose for c in verb.children if c.dep_ in ("mark", "case", "advmod")):
                return True
        # The parser often makes the purpose word the head of its clause.
        return any(a.lower_ in self.purpose for a in list(token.ancestors)[:3])

    @staticmethod
    def _subject_or_patient(verb: Token) -> list[Token]:
        """The verb's subject, or the subject of the passive clause it depends on."""
        found = roles.subject_of(verb)
        if not found and verb.head != verb:
            found = [c for c in verb.head.children if c.dep_ in roles.SUBJECTS]
        return found[:1]

    def _condition_subjects(self, token: Token, any_subject: bool = False) -> list[Token]:
        verb = qualifiers.governing_verb(token)
        for tok in verb.subtree:
            if tok.dep_ == "advcl" and any(c.lower_ in self.threat_conditions for c in tok.children if c.dep_ in ("mark", "fixed")):
                subjects = roles.expand([c for c in tok.children if c.dep_ in roles.SUBJECTS])
                return subjects or ([tok] if any_subject else [])
        return []

    def _clause_actor(self, verb: Token, actors: ActorIndex, taken: set[str]) -> list[str]:
        """Last resort for a verb's recipient: the first other actor named inside its object or
        prepositional complements ("denied land allocation for the construction of an Alewite
        temple"), without entering clauses of their own, dates or places where it happened."""
        stack = [c for c in reversed(list(verb.children)) if c.dep_ in _COMPLEMENTS]
        while stack:
            tok = stack.pop()
            if tok.lower_ in self.location_preps or actors.in_date(tok):
                continue
            if tok.pos_ in ("PROPN", "NOUN", "ADJ"):
                for entity in actors.overlapping(tok.idx, tok.idx + len(tok)):
                    # "a military aid program": an adjective names a generic group only as a word
                    if tok.pos_ == "ADJ" and generic(entity) and tok.head.lemma_.lower() not in (
                            self.actor_nouns | self.quantities) and any(
                            m.start == tok.idx and m.end == tok.idx + len(tok) for m in entity.mentions):
                        continue
                    if entity.id not in taken and entity.type in ("PERSON", "ORG", "GPE", "NORP") and actors.is_actor(entity.id):
                        return [entity.id]
            stack += [c for c in reversed(list(tok.children)) if c.dep_ not in _CLAUSES and not (
                c.dep_.startswith(("obl", "nmod")) and any(g.lower_ in self.location_preps for g in c.children if g.dep_ == "case"))]
        return []

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
            if not clause or verb.i in seen or qualifiers.is_negated(verb, self.negations):
                continue
            sources = roles.expand(roles.subject_of(verb))
            source = _ids(sources, actors)
            if not source:
                continue
            inner = clause[0]
            subject = roles.subject_of(inner)
            if self._obliges(inner):
                target = [t for t in _ids(roles.expand(subject), actors) if t not in source]
                if target:  # "a déclaré que les deux économies se devaient de…" asks nobody
                    out.append(self._make(doc, verb, "REQUEST", None, source, target, actors, 0.6 + _prominence(verb)))
            elif (inner.i not in seen and qualifiers.is_negated(inner, self.negations)
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
        return bool(set(_ids(roles.expand(own[:1]), actors)) & set(source))

    def _obliges(self, clause: Token) -> bool:
        if any(c.lower_ in self.obligation for c in clause.children if c.dep_.startswith("aux")):
            return True
        return clause.lemma_.lower() in self.obligation  # "la Russie doit retirer…": devoir heads the clause

    def _make(self, doc, token, type_, mode, source, target, actors, confidence) -> Event:
        sent = self._sentence(doc, token)
        span = Span(text=token.text, start=token.idx, end=token.idx + len(token))
        event = Event(
            type=type_, mode=mode, quad=ontology.quad(type_), source=source, target=target,
            trigger=span, mentions=[span], sentence=SentenceSpan(start=sent.start_char, end=sent.end_char),
            negated=qualifiers.is_negated(token, self.negations), confidence=round(min(confidence, 0.95), 3),
        )
        expressions = self._sentences[sent.start][1]
        nearest = qualifiers.nearest_date(token, expressions)
        if nearest is not None:
            event.date = qualifiers.resolve_date(nearest[2], doc._.published, self.lang)
        event.location = self._location(token, actors, set(source) | set(target))
        return event

    def _sentence(self, doc: Doc, token: Token):
        """The token's sentence and its date expressions, computed once per sentence."""
        starts = self._starts(doc)
        i = bisect.bisect_right(starts, token.i) - 1
        start = starts[i]
        if start not in self._sentences:
            end = starts[i + 1] if i + 1 < len(starts) else len(doc)
            sent = doc[start:end]
            lo, hi = sent.start_char, sent.end_char
            self._sentences[start] = (sent, [x for x in self._dates if lo <= x[0] < hi])
        return self._sentences[start][0]

    def _starts(self, doc: Doc) -> list[int]:
        if self._doc_starts is None or self._doc_starts[0] is not doc:
            self._doc_starts = (doc, [s.start for s in doc.sents])
        return self._doc_starts[1]

    def _location(self, token: Token, actors: ActorIndex, taken: set[str]) -> str | None:
        anchor = token if token.pos_ in ("VERB", "AUX") else token.head
        pairs = roles.prep_args(anchor) + roles.prep_args(token)
        # "lifted a curfew in Montenegro", "fired shells at targets in Jericho": the place hangs on the object.
        for obj in (c for c in anchor.children if c.dep_ in ("obj", "dobj") and c != token):
            pairs += roles.prep_args(obj)
        for prep, noun in pairs:
            if prep.split(" ")[-1] in self.location_preps:
                # "in Montenegro province", "in the city of Kirkuk": the name inside the place's phrase
                words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "flat", "flat:name", "amod")]
                words += [a for p, a in roles.prep_args(noun) if p in self.preps.genitive]
                # "at targets in Jericho", "in the eastern town in Soroti": a place inside the place
                words += [a for p, a in roles.prep_args(noun) if p.split(" ")[-1] in self.location_preps]
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


def _ids(tokens: list[Token], actors: ActorIndex) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        for eid in actors.resolve(tok):
            if eid not in out:
                out.append(eid)
    return out
