"""From argument tokens to entity ids: char-offset overlap with the entities stage's mentions.

The entities stage owns actor identity. This module only looks up which entity a syntactic
argument names, in this order: a mention over the argument's head word; a mention inside its
noun phrase (flat names, appositions, adjectives, genitive complements such as "les
gardes-frontières de Biélorussie"); a name the parser left just after the phrase ("son homologue
russe Vladimir Poutine"); "les deux présidents" → the last two people named. Only when all of these
fail is a plain entity added, for a proper noun or a noun the language lists as naming actors
(``ACTOR_NOUNS``: "des migrants", "la police"), so the event still names its actor.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ..entities.coref import Coref, coref_data
from ..entities.index import MentionIndex
from ..entities.normalize import entity_id
from ..model import Entity, Mention
from ..nlp.extensions import doc_text

# Dependencies that stay inside an argument's noun phrase (both UD and ClearNLP labels).
_PHRASE_DEPS = {"det", "amod", "compound", "flat", "flat:name", "flat:foreign", "fixed", "appos",
                "nummod", "poss", "nmod:poss", "case"}
_NAME_DEPS = {"amod", "compound", "flat", "flat:name", "fixed"}
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")
_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "OTHER", "LOC")
# spaCy entity labels that never name an actor (dates, amounts).
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


class ActorIndex:
    """Entity mentions of one document, searchable by character range."""

    def __init__(
        self, doc: Doc, genitive_preps: set[str], dual_words: set[str], actor_nouns: set[str] = frozenset(),
        titles: set[str] = frozenset(), text: str | None = None,
    ) -> None:
        self.actor_nouns = actor_nouns
        self.titles = titles
        self.quantities: set[str] = set()
        self.origin_preps: set[str] = set()
        self.pronouns: set[str] = set()
        # Subject pronouns that continue the topic of the clause before ("ils démentent…").
        self.subject_pronouns: set[str] = set()
        # First-person pronouns, which inside a quote stand for its speaker; and the quotes (start,
        # end, speaker entity id) the quotes stage found.
        self.first_person: set[str] = set()
        # Nouns for people an act is done to, never named by who holds them ("les otages de X").
        self.victims: set[str] = set()
        # Nouns of membership: "les États membres de l'UE", "les membres du Conseil" act as the body.
        self.members: set[str] = set()
        # Verbs whose subject pronoun stands for nobody ("il s'agit de…").
        self.impersonal: set[str] = set()
        self.quotes: list[tuple[int, int, str | None]] = [
            (q.start, q.end, q.speaker) for q in (getattr(doc._, "quotes", None) or []) if q.speaker]
        # Character ranges of date expressions ("lundi", "Wednesday"): never actors.
        self.dates: list[tuple[int, int]] = []
        # The two parties of the last two-person event: what "les deux présidents" most often means.
        self.recent_pair: list[str] = []
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.entities: list[Entity] = list(doc._.entities or [])
        self.genitive_preps = genitive_preps
        self.dual_words = dual_words
        self._rebuild()

    def _rebuild(self) -> None:
        self.mentions = MentionIndex.of(self.entities)
        # The entities stage's coreference layer, over this index: titles, genders, antecedents.
        self.coref = Coref(self.doc, self.text, self.mentions, coref_data(self.doc.lang_))
        self._by_id = {e.id: e for e in self.entities}
        self._actor: dict[str, bool] = {}

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention overlapping [start, end), leftmost first."""
        return self.mentions.entities_overlapping(start, end)

    def entity(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def sector(self, entity_id: str) -> str | None:
        entity = self._by_id.get(entity_id)
        return entity.sector if entity else None

    def is_actor(self, entity_id: str) -> bool:
        """Whether the entity can act or be acted on as a party: not a place where things happen
        (a city, a region, a river)."""
        if entity_id not in self._actor:
            entity = self._by_id.get(entity_id)
            self._actor[entity_id] = entity is None or not is_place(entity) or (
                entity.type == "LOC" and self._with_article(entity))
        return self._actor[entity_id]

    def _with_article(self, entity: Entity) -> bool:
        """A region or bloc written with a definite article ("l'Occident", "la Catalogne", "the West")
        is a polity; towns and villages never take one ("Kayseri", "Chibok"), and a street or a square
        is named by a common noun ("la rue du Dries")."""
        for m in entity.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.start > 0 and span[0].pos_ == "PROPN":
                prev = self.doc[span.start - 1]
                if "Def" in prev.morph.get("Definite") and "Art" in prev.morph.get("PronType"):
                    return True
        return False

    def entity_type(self, entity_id: str) -> str | None:
        entity = self._by_id.get(entity_id)
        return entity.type if entity else None

    def in_date(self, token: Token) -> bool:
        return self.in_date_at(token.idx)

    def in_date_at(self, offset: int) -> bool:
        i = bisect.bisect_right(self.dates, (offset, 1 << 62)) - 1
        return i >= 0 and self.dates[i][0] <= offset < self.dates[i][1]

    def note_event(self, participants: list[str]) -> None:
        if len(participants) == 2 and all(
                (e := self._by_id.get(p)) is not None and e.type == "PERSON" for p in participants):
            self.recent_pair = list(participants)

    def starting_at(self, start: int, slack: int = 3) -> Entity | None:
        """The entity named right after ``start``, with at most spaces and a comma between."""
        row = self.mentions.first_from(start)
        if row is not None and row[0] - start <= slack and not self.text[start : row[0]].strip(" ,\n"):
            return row[2]
        return None

    def people_before(self, pos: int, n: int) -> list[Entity]:
        people: list[Entity] = []
        for _, _, entity in self.mentions.before(pos):
            if entity.type == "PERSON" and entity not in people:
                people.append(entity)
                if len(people) == n:
                    break
        return people if len(people) == n else []

    def resolve(self, token: Token) -> list[str]:
        """Entity ids named by the argument headed by ``token`` (empty when it names none)."""
        for step in (self._special, self._titled, self._mentioned):
            found = step(token)
            if found is not None:
                return found
        if token.pos_ == "PRON":
            return self._pronoun(token)
        return self._in_noun_phrase(token)

    def _titled(self, token: Token) -> list[str] | None:
        """A definite title with no name in its phrase stands for the person named before with it:
        "le diplomate Paul Mercier … le diplomate a dénoncé" is Paul Mercier, not diplomats at
        large (the generic actor the entities stage reads on the bare noun)."""
        # The definite-title test first: it reads two tokens, the name test the whole subtree.
        if not self.coref.definite_singular(token) or any(t.pos_ == "PROPN" for t in token.subtree):
            return None
        if not all(generic(e) for e in self.overlapping(token.idx, token.idx + len(token))):
            return None
        person = self.coref.titled_person(token)
        return [person.id] if person is not None else None

    def _special(self, token: Token) -> list[str] | None:
        """Counted nouns, dates and figures, pairs ("les deux présidents"), member states; None when
        the argument is none of these."""
        if token.like_num or token.lemma_.lower() in self.quantities:
            # "thousands of Iraqi Kurds", "des milliers de personnes": the counted noun is the actor.
            counted = [a for p, a in _genitives(token, self.genitive_preps)]
            if counted:
                return self.resolve(counted[0])
            if token.like_num:
                return []
            # "the Hizbollah group", "a group of Yoruba leaders" without its "of": the group is the actor
        if token.ent_type_ in _NOT_ACTORS or self.in_date(token):
            return []
        if (any(c.lower_ in self.dual_words for c in token.children) and token.pos_ == "NOUN" and token.tag_ != "NN"
                and (not self.titles or token.lemma_.lower() in self.titles)):  # "deux manifestants" are others
            # "les deux présidents", "both leaders": the pair just spoken of, not one named person.
            pair = list(self.recent_pair) or [e.id for e in self.people_before(token.idx, 2)]
            if pair:
                return pair
        if self.members and token.pos_ == "NOUN" and (token.lemma_.lower() in self.members or any(
                c.lemma_.lower() in self.members and c.dep_ in ("nmod", "amod", "compound", "appos")
                and not _case(c) for c in token.children)):
            body = next((e for _, g in _genitives(token, self.genitive_preps)
                         for e in self.overlapping(g.idx, g.idx + len(g)) if e.type == "ORG" and not generic(e)), None)
            if body is not None:
                return [body.id]
        return None

    def _mentioned(self, token: Token) -> list[str] | None:
        """A mention over the head word itself; None when there is none."""
        hits = self.overlapping(token.idx, token.idx + len(token))
        if token.pos_ == "PROPN" and len(hits) > 1:
            # A name inside a group's mention names itself: "Syrie" in "ses troupes de Syrie".
            hits.sort(key=lambda e: e.id.startswith("actor:"))
        if token.lemma_.lower() in self.victims and token.pos_ == "NOUN":
            # "les otages de Boko Haram" are held by it, not part of it
            return [hits[0].id] if hits else self._fallback(token, _phrase(token, self.genitive_preps))
        if hits and generic(hits[0]):
            # "Red Cross officials", "activists from the Fatah Party": a generic group named
            # by the organisation it belongs to is that organisation, as actor codes have it.
            owner = self._named_owner(token)
            if owner is not None:
                return [owner.id]
        if hits:
            return self._with_coordinated(token, [hits[0].id])
        return None

    def _pronoun(self, token: Token) -> list[str]:
        """A pronoun: the quote's speaker, the previous subject, the last person named, or nobody."""
        if token.lower_.replace("’", "'") in self.first_person:
            # "« Nous soutenons… » a déclaré Matthew Rycroft": the speaker of the quote.
            for start, end, speaker in self.quotes:
                if start <= token.idx < end and speaker:
                    return [speaker]
            return []
        if token.head.lemma_.lower() in self.impersonal:
            return []  # "il s'agit d'une attaque", "il faut": nobody
        antecedent = self.coref.relative_antecedent(token)
        if antecedent is not None and antecedent.pos_ != "PRON":
            # "le ministre X, qui a accusé Y": the relative pronoun is the noun its clause hangs on.
            return self.resolve(antecedent)
        if token.lower_ in self.pronouns | self.subject_pronouns and token.dep_ in _SUBJECT_DEPS:
            found = self._subject_before(token)
            if found:
                return found
        if token.lower_ in self.pronouns:
            # The last person named whose gender agrees: "elle" skips the man named since.
            gender, _ = self.coref.pronoun_agreement(token)
            person = self.coref.person_before(token.idx, gender, window=1 << 30)
            return [person.id] if person is not None else []
        return []

    def _in_noun_phrase(self, token: Token) -> list[str]:
        """A name inside the argument's noun phrase, one just after it, or a plain entity."""
        phrase = _phrase(token, self.genitive_preps)
        start = min(t.idx for t in phrase)
        end = max(t.idx + len(t) for t in phrase)
        # A lower-case adjective qualifies the thing, it names nobody ("military exercises", "aide
        # militaire"); capitalised ones do ("Russian troops").
        # A thing's apposition is its own name ("une entente de libre-échange (AECG)"), not a party.
        thing = token.pos_ == "NOUN" and token.lemma_.lower() not in self.actor_nouns | self.titles | self.quantities
        named = [t for t in phrase if t != token and t.ent_type_ not in _NOT_ACTORS and not self.in_date(t)
                 and not (t.pos_ == "ADJ" and t.dep_ == "amod" and t.is_lower)
                 and not (thing and t.dep_ == "appos" and t.head == token)]
        # A person named in the phrase is the actor ("l'ex-agent russe Sergueï Skripal" is Skripal,
        # not Russia); otherwise the first name in text order.
        people = [t for t in named if any(e.type == "PERSON" for e in self.overlapping(t.idx, t.idx + len(t)))]
        # A thing's phrase names its place or its title, not a party: "l'accord de Paris".
        # A name beats a common noun beside it: "l'organisation armée État islamique" is the group,
        # not an army.
        named = sorted(named, key=lambda t: (not self._names_someone(t), t.i))
        for tok in people[:1] + named:
            hits = [e for e in self.overlapping(tok.idx, tok.idx + len(tok)) if e.type in _ACTOR_TYPES]
            if thing and tok != token:
                hits = [e for e in hits if self.is_actor(e.id)]
            if tok in people:
                hits = [e for e in hits if e.type == "PERSON"]
            if hits:
                # "Hungarian and Romanian officials": coordinated modifiers name one actor each.
                ids = [hits[0].id]
                # ... and so do names coordinated inside the phrase ("les armées du Nigeria, du Cameroun…").
                for conj in [*tok.conjuncts, *(t for t in phrase if t.dep_ == "conj" and t.i > tok.i)]:
                    more = [e for e in self.overlapping(conj.idx, conj.idx + len(conj)) if e.type in _ACTOR_TYPES]
                    if more and more[0].id not in ids and conj in phrase:
                        ids.append(more[0].id)
                return ids
        after = self.starting_at(end, slack=3)
        if after is not None and after.type == "PERSON" and token.pos_ == "NOUN" and self._in_phrase(after, token):
            return [after.id]
        return self._fallback(token, phrase)

    def _demonym(self, tok: Token) -> bool:
        """A lower-case adjective that names a country ("des frappes russes", "sanctions américaines")."""
        return any(e.type == "GPE" and not is_place(e) for e in self.overlapping(tok.idx, tok.idx + len(tok)))

    def _names_someone(self, tok: Token) -> bool:
        return any(e.type in _ACTOR_TYPES and not generic(e) and self.is_actor(e.id)
                   for e in self.overlapping(tok.idx, tok.idx + len(tok)))

    def _subject_before(self, pronoun: Token) -> list[str]:
        """A subject pronoun most often continues the topic: the subject of the main clause before it
        in its sentence, else of the sentence before ("L'armée a pris le contrôle… Elle a confiné…"),
        when number and gender agree."""
        sent = pronoun.sent
        candidates = [t for t in sent if t.i < pronoun.i and t.dep_ in _SUBJECT_DEPS and t.pos_ != "PRON"]
        for _ in range(2):  # the sentence before, or the one before it when the parser cut a fragment off
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            main = [t for t in sent if t.dep_ in _SUBJECT_DEPS and t.pos_ != "PRON" and t.head.dep_ in ("ROOT", "root")]
            if main:
                candidates += main[:1]
                break
        gender, _ = self.coref.pronoun_agreement(pronoun)
        for cand in candidates:
            if any(cand.morph.get(f) and pronoun.morph.get(f) and cand.morph.get(f) != pronoun.morph.get(f)
                   for f in ("Number", "Gender")) and not self._person_agrees(cand, gender):
                continue
            found = self.resolve(cand)
            if found and all(self.coref.agrees(e, gender) for e in map(self._by_id.get, found) if e is not None):
                return found
        return []

    def _person_agrees(self, cand: Token, gender: str | None) -> bool:
        """A title whose tagger gender is wrong ("la ministre" tagged masculine) agrees when the
        person named in its phrase has the pronoun's gender."""
        if gender is None:
            return False
        people = [e for t in cand.subtree for e in self.overlapping(t.idx, t.idx + len(t)) if e.type == "PERSON"]
        return bool(people) and self.coref.gender(people[0]) == gender

    def _named_owner(self, token: Token) -> Entity | None:
        words = [c for c in token.children if c.dep_ in ("compound", "flat", "flat:name")
                 or c.dep_ == "nmod" and c.i < token.i and not _case(c)]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in self.origin_preps | self.genitive_preps:
                words += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_.startswith("nmod") and _case(child) in self.origin_preps | self.genitive_preps:
                words.append(child)
        for tok in words:
            for entity in self.overlapping(tok.idx, tok.idx + len(tok)):
                # "the military government of President Avril", "the government of Sindh province"
                # A city names where a body sits, not whose it is: "le tribunal central de Séoul".
                if (entity.type in ("ORG", "PERSON", "GPE") and not generic(entity)
                        and not (entity.kb_id or "").startswith("city:")):
                    return entity
        return None

    def _fallback(self, token: Token, phrase: list[Token]) -> list[str]:
        name = token.pos_ == "PROPN" and token.is_title
        # An office named without its holder acts too: "le ministre de l'économie a promis…" (a bare
        # "la présidente" points back to someone already named, which is the entities stage's job).
        office = token.lemma_.lower() in self.titles and bool(_genitives(token, self.genitive_preps))
        if token.lemma_.lower() not in self.actor_nouns and not name and not office:
            # "la ligne du parti qui soutient…": a thing's owner named by an actor noun acts for it.
            owners = [a for _, a in _genitives(token, self.genitive_preps) if a.lemma_.lower() in self.actor_nouns]
            return self._fallback(owners[0], phrase) if owners else []
        # The plain entity is the head with its name parts and adjectives, in one stretch of text.
        words = [token] + [t for t in token.children if t.dep_ in _NAME_DEPS]
        words = [t for t in words if abs(t.i - token.i) <= 3]
        first, last = min(t.i for t in words), max(t.i for t in words)
        span = self.doc[first : last + 1]
        type_ = "ORG" if token.pos_ == "PROPN" else "OTHER"
        eid = entity_id(type_, span.text)
        mention = Mention(text=span.text, start=span.start_char, end=span.end_char)
        for entity in self.entities:
            if entity.id == eid:
                if all(m.start != mention.start for m in entity.mentions):
                    self._add_mention(entity, mention)
                return [eid]
        entity = Entity(id=eid, name=span.text, type=type_)
        self.entities.append(entity)
        self._add_mention(entity, mention)
        return [eid]

    def _add_mention(self, entity: Entity, mention: Mention) -> None:
        # Inserted in place: rebuilding the index for each new actor made long texts quadratic.
        entity.mentions.append(mention)
        self.mentions.add(mention.start, mention.end, entity)
        self._by_id[entity.id] = entity
        self._actor = {}

    def _in_phrase(self, entity: Entity, token: Token) -> bool:
        """The name right after the phrase belongs to it ("son homologue russe Vladimir Poutine"), not
        to the next clause ("arresting political opponents, a spokeswoman … said")."""
        for m in entity.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.start_char >= token.idx:
                return span.root.head == token or span.root in token.subtree
        return False

    def _with_coordinated(self, token: Token, ids: list[str]) -> list[str]:
        """"Hungarian and Romanian officials": each coordinated modifier names an actor of its own."""
        for child in token.children:
            if child.dep_ not in ("amod", "compound", "nmod") or not child.conjuncts:
                continue
            for tok in sorted((child, *child.conjuncts), key=lambda t: t.i):
                found = [e for e in self.overlapping(tok.idx, tok.idx + len(tok)) if e.type in _ACTOR_TYPES]
                if found and not any(e.id in ids for e in found):
                    ids.append(found[0].id)
        return ids


def is_place(entity: Entity) -> bool:
    """A place rather than a polity: a city or a region (countries are GPEs with a country code;
    capitals standing for their government are already resolved to the country)."""
    return entity.type == "LOC" or entity.type == "GPE" and (entity.kb_id or "").startswith("city:")


def generic(entity: Entity) -> bool:
    """A group named by a common noun, with no country nor identity of its own ("officials")."""
    return entity.type == "OTHER" or (entity.sector is not None and entity.country is None
                                      and entity.kb_id is None and entity.type != "PERSON")


def _phrase(token: Token, genitive_preps: set[str]) -> list[Token]:
    """The head word with its name parts, modifiers and genitive complements (not its clauses)."""
    out = [token]
    stack = [token]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            keep = child.dep_ in _PHRASE_DEPS
            if not keep and child.dep_ in ("nmod", "prep"):
                keep = _case(child) in genitive_preps or child.lower_ in genitive_preps
                # a modifier before its head is part of the name: "European Community foreign ministers"
                keep = keep or child.dep_ == "nmod" and child.i < tok.i and not _case(child)
            if not keep and child.dep_ == "pobj" and tok.lower_ in genitive_preps:
                keep = True
            if not keep and child.dep_ == "nmod" and child.pos_ == "PROPN" and not _case(child):
                keep = True  # a name set beside the noun: "les réseaux sociaux Twitter et Facebook"
            if not keep and child.dep_ == "conj" and (tok.dep_ in ("amod", "compound", "nmod:poss", "poss")
                                                       or tok.dep_ == "nmod" and not _case(tok)):
                keep = True
            if not keep and child.dep_ == "conj" and tok.dep_ == "nmod" and _case(tok) in genitive_preps \
                    and _case(child) in genitive_preps:
                keep = True  # "les armées du Nigeria, du Cameroun et du Tchad"
            if keep and len(out) < 12:
                out.append(child)
                stack.append(child)
    return out


def _genitives(token: Token, genitive_preps: set[str]) -> list[tuple[str, Token]]:
    """(preposition, noun) for the token's genitive complements, in both parse styles."""
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in genitive_preps:
            out += [(child.lower_, g) for g in child.children if g.dep_ == "pobj"]
        elif child.dep_.startswith("nmod") and _case(child) in genitive_preps:
            out.append((_case(child), child))
    return out


def _case(token: Token) -> str:
    for child in token.children:
        if child.dep_ == "case":
            return child.lower_.replace("’", "'")
    return ""
