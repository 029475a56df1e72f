"""Speaker resolution: from a speaker phrase to an entity of ``doc._.entities``.

In order: an entity mention on the phrase's head; the owner of a document noun
("le communiqué de l'Élysée"); any mention inside the phrase; a pronoun or role noun
("il", "the minister") resolved to the most recent compatible entity, French gender
read from the morphology around its mentions; else a new entity for the description.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from ..entities.coref import ANTECEDENT_WINDOW, Coref, CorefData, first_names
from ..entities.index import MentionIndex
from ..entities.normalize import entity_id, fold
from ..model import Entity, Mention
from .cues import place_circumstance
from .data import QuoteData

# Distance (characters) over which a mention's weight as an antecedent halves.
HALF_LIFE = 150
_DETERMINERS = {"DET"}
# Entity types that name places: never a speaker standing beside another.
_PLACES = {"GPE", "LOC"}
# Words of a name; the initials of its capitalised ones may make an acronym.
_WORDS = re.compile(r"\w+")


class SpeakerResolver:
    """Maps speaker phrases onto the entities of one doc (adds new ones when nothing matches)."""

    def __init__(self, doc: Doc, data: QuoteData, text: str, quoted: list[tuple[int, int]] = ()) -> None:
        self.doc = doc
        # Quotations: a name inside one is what a speaker talks about, not who speaks after it.
        self.quoted = sorted(quoted)
        self._quoted_starts = [q[0] for q in self.quoted]
        self.text = text
        self.data = data
        if doc._.entities is None:
            doc._.entities = []
        self.entities: list[Entity] = doc._.entities
        # Titles, genders and antecedents are the entities stage's coreference layer, read over
        # this resolver's own index (where a surname typed apart stands for its person).
        self.coref = Coref(doc, text, MentionIndex([]), CorefData(
            role_nouns=data.role_nouns, pronouns=data.pronouns, gendered_words=data.gendered_words,
            agreeing_aux=data.agreeing_aux))
        self._index()
        self.speakers: list[tuple[int, Entity]] = []  # (position, entity) of speakers found so far

    def _index(self) -> None:
        # A surname the NER typed apart ("Vickers" as ORG after "Kevin Vickers") is that person:
        # the one of that surname named last before it, or the first one named when none was.
        surnames: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.type == "PERSON" and " " in e.name.strip():
                surnames.setdefault(fold(e.name).split()[-1], []).append(e)
        self.alias: dict[str, Entity] = _acronyms(self.entities)
        rows = []
        for e in self.entities:
            people = surnames.get(fold(e.name), []) if e.type != "PERSON" and " " not in e.name.strip() else []
            if len(people) == 1 and e.id not in self.alias:
                self.alias[e.id] = people[0]
            for m in e.mentions:
                owner = self.alias.get(e.id, e)
                if len(people) > 1:
                    owner = _named_last(people, m.start)
                rows.append((m.start, m.end, owner))
        self.mentions = MentionIndex(rows)
        self.coref.mentions = self.mentions
        self._surnames = surnames

    def _add_mention(self, entity: Entity, mention: Mention) -> None:
        """Count a speaker's new mention as an antecedent from now on.

        Rebuilding the whole index for each speaker created made long articles quadratic: the
        row is inserted in place unless the mention can change who an alias stands for.
        """
        entity.mentions.append(mention)
        name = entity.name.strip()
        words = [w for w in _WORDS.findall(name) if w[0].isupper()]
        key = fold(name).split()[-1] if name else ""
        reshapes = (
            (name.isupper() and name.isalpha()) or (entity.type != "PERSON" and len(words) >= 2)
            or (entity.type == "PERSON" and " " in name
                and any(fold(e.name) == key and e.type != "PERSON" for e in self.entities if e is not entity))
            or (entity.type != "PERSON" and " " not in name and self._surnames.get(fold(name)))
        )
        if reshapes:
            self._index()
            return
        self.mentions.add(mention.start, mention.end, self.alias.get(entity.id, entity))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        return self.mentions.overlapping(start, end, limit=8)

    # -- public ---------------------------------------------------------------------------

    def resolve(self, phrase: Span, head: Token) -> tuple[Entity | None, Span]:
        """Entity for the speaker phrase, and the phrase to report as the speaker mention."""
        on_head = self.overlapping(head.idx, head.idx + len(head))
        lemma = head.lemma_.lower()
        # The first step that decides gives the answer (an entity, or None for "nobody known").
        for step in (self._title_holder, self._name_beside, self._apposed_name, self._described):
            decided = step(phrase, head, on_head, lemma)
            if decided is not None:
                return decided
        if on_head:
            return self._pick(on_head), phrase
        return self._unnamed(phrase, head, lemma)

    def _title_holder(self, phrase: Span, head: Token, on_head, lemma: str):
        if not (lemma in self.data.role_nouns or head.lower_ in self.data.role_nouns):
            return None
        # "le directeur général de Sprint, Marcelo Claure": the person the title belongs to.
        # Not the one it works for: "a spokeswoman for Trudeau", "le porte-parole de Macron".
        people = [
            r for t in head.subtree if t.pos_ == "PROPN" and t.i != head.i and not _governed_by_preposition(t)
            for r in self.overlapping(t.idx, t.idx + len(t)) if r[2].type == "PERSON"
        ]
        if not people:
            return None
        last = max(t.i for t in head.subtree)
        whole = head.doc[min(phrase.start, head.left_edge.i) : max(phrase.end, last + 1)]
        return self._pick(people), whole if len(whole) <= 12 else phrase

    def _name_beside(self, phrase: Span, head: Token, on_head, lemma: str):
        if not (on_head and head.pos_ == "NOUN"):
            return None
        # "le syndicat CGT", "the company Facebook": the name beside a common noun says more.
        for child in head.children:
            if child.pos_ == "PROPN" and child.dep_ in ("appos", "flat:name", "flat", "compound", "nmod", "nummod"):
                # "police in the capital Abuja": a place beside a speaker is where it is, not who.
                named = [r for r in self.overlapping(child.idx, child.idx + len(child)) if r[2].type not in _PLACES]
                if named:
                    return self._pick(named), phrase
        return None

    def _apposed_name(self, phrase: Span, head: Token, on_head, lemma: str):
        # "Le président biélorusse Alexandre Loukachenko", "l'agence de presse syrienne Sana": a name
        # in apposition to a title or a common noun says who it is.
        for child in head.children if not on_head or head.pos_ == "NOUN" else ():
            if child.dep_ in ("appos", "flat:name", "flat", "compound", "nmod") and child.i > head.i and child.pos_ == "PROPN" and (
                not place_circumstance(child, self.data.genitive_prepositions)
            ):
                named = self.overlapping(child.idx, child.idx + len(child))
                if on_head:
                    named = [r for r in named if r[2].type not in _PLACES]
                if named:
                    whole = head.doc[phrase.start : max(phrase.end, child.right_edge.i + 1)]
                    return self._pick(named), whole
        return None

    def _described(self, phrase: Span, head: Token, on_head, lemma: str):
        if lemma in self.data.document_nouns or head.lower_ in self.data.document_nouns:
            return self._owner(head), phrase
        if not on_head and head.pos_ == "NOUN" and _indefinite(head):
            # "a indiqué un officier", "one former director said": an indefinite description
            # brings in someone new, never one met before.
            return self.create(phrase), phrase
        # "the Kentucky Republican said": a nationality or a party member named by a definite
        # description is a person of the article too.
        norp = bool(on_head) and all(r[2].type == "NORP" for r in on_head) and head.pos_ in ("NOUN", "PROPN")
        if not ((self._definite_description(head) or norp and self._definite(head)) and (
            not on_head or norp or all(_generic(r[2]) for r in on_head)
        )):
            return None
        # "the company said", "the bow-tied maverick says": a definite description that speaks
        # names someone already in the article — one described with the same noun first
        # ("un officier de police" … "l'officier"), else the most salient organisation or person.
        same = self._described_before(head) or self._described_after(head)
        if same is not None:
            return same, phrase
        if self._new_role(head):
            return self.create(phrase), phrase
        wanted = "ORG" if lemma in self.data.org_nouns else "PERSON"
        gender = (head.morph.get("Gender") or [None])[0] if wanted == "PERSON" else None
        found = self.antecedent(head.idx, gender, "Sing", wanted={wanted})
        return (found, phrase) if found is not None else None

    def _unnamed(self, phrase: Span, head: Token, lemma: str) -> tuple[Entity | None, Span]:
        """A speaker phrase with no name on its head: a pronoun, a title, a surname, a description."""
        low = head.lower_
        if low not in self.data.pronouns:
            # "a-t-elle": the parser may head the subject with "-t" and hang the pronoun on it.
            clitic = [c for c in head.children if c.lower_ in self.data.pronouns]
            if clitic and not head.is_alpha:
                head, low = clitic[0], clitic[0].lower_
                phrase = head.doc[head.i : head.i + 1]
        if low in self.data.pronouns:
            gender, number = self.data.pronouns[low]
            return self.antecedent(head.idx, gender, number), phrase
        if (lemma in self.data.role_nouns or low in self.data.role_nouns) and "Plur" not in head.morph.get("Number"):
            gender = (head.morph.get("Gender") or [None])[0]
            found = self._described_after(head) or self.coref.titled_before(head) or self.antecedent(head.idx, gender, "Sing")
            if found is not None:
                return found, phrase
        inside = [r for r in self.overlapping(phrase.start_char, phrase.end_char) if self._may_speak_inside(r, head)]
        if inside:
            return self._pick(inside), phrase
        if head.pos_ == "PROPN":
            # "M. Schultz" after "Howard Schultz": a surname alone names the person met before.
            person = self._by_surname(head.text, head.idx)
            if person is not None:
                return person, phrase
        if head.pos_ in ("NOUN", "PROPN") and not any(t.like_url or t.like_email for t in phrase):
            # A phrase holding a web address is a link's label ("le programme ⤵️ https://…"), not a speaker.
            return self.create(phrase), phrase
        return None, phrase

    def note_speaker(self, pos: int, entity: Entity | None) -> None:
        if entity is not None:
            self.speakers.append((pos, entity))

    def last_speaker(self, before: int, window: int = ANTECEDENT_WINDOW) -> Entity | None:
        for pos, entity in reversed(self.speakers):
            if pos < before and before - pos <= window:
                return entity
        return None

    def antecedent(self, pos: int, gender: str | None, number: str, wanted: set[str] | None = None) -> Entity | None:
        """Most recent entity before ``pos`` compatible in number and (when known) gender.

        A singular pronoun looks for a person; a plural one for an organisation, a place
        standing for its government, or a group. A recent speaker wins over a mere mention,
        as reported speech continues with the same voice.
        """
        if wanted is None and number == "Neut":
            # "it said": an organisation first, a place standing for its government only failing that.
            # OTHER is what the NER could not type; it is more often an organisation than a place.
            return self.antecedent(pos, None, "Plur", {"ORG", "OTHER"}) or self.antecedent(pos, None, "Plur", {"GPE", "NORP"})
        if wanted is None:
            wanted = {"PERSON"} if number == "Sing" else {"ORG", "GPE", "NORP", "OTHER", "LOC"}
        # Salience, in the manner of Lappin and Leass: each earlier mention adds weight that
        # halves every HALF_LIFE characters; subjects and quoted speakers weigh more, so the
        # person the passage is about wins over one named in passing.
        scores: dict[str, float] = {}
        by_id: dict[str, Entity] = {}
        newest_subject: tuple[int, str] | None = None  # the latest compatible subject: (start, key)
        for start, end, entity in self.mentions.before(pos):
            if pos - start > ANTECEDENT_WINDOW:
                break
            if end > pos or self._in_quotation(start) or not self._compatible(entity, pos, gender, number, wanted):
                continue
            weight = 0.5 ** ((pos - start) / HALF_LIFE)
            if number != "Sing" and entity.type in ("GPE", "LOC") and len(wanted) > 1:
                weight *= 0.5  # "they said": a group or an organisation more often than a country
            role = self._role_weight(start, end)
            weight *= role
            if role > 1.0 and newest_subject is None:
                newest_subject = (start, fold(entity.name))
            # Entities of the same name ("Facebook" typed ORG here, OTHER there) share their weight.
            key = fold(entity.name)
            scores[key] = scores.get(key, 0.0) + weight
            by_id.setdefault(key, entity)  # the one named last
        for p, entity in self.speakers:
            key = fold(entity.name)
            if key not in by_id and p < pos and pos - p <= ANTECEDENT_WINDOW and self._compatible(entity, pos, gender, number, wanted):
                # A speaker whose mention was read as another entity ("Patrice Lindsay" typed ORG
                # but resolved to the person "Lindsay") still counts.
                by_id[key], scores[key] = entity, 0.0
            if newest_subject is not None and p < newest_subject[0] and key != newest_subject[1]:
                # "X a dit … Y, allié de X, s'est indigné. « … », a-t-il ajouté": a person made the
                # subject since the quote breaks its voice; the pronoun follows the new subject.
                continue
            if key in by_id and p < pos and pos - p <= ANTECEDENT_WINDOW:
                scores[key] += 3.0 * 0.5 ** ((pos - p) / HALF_LIFE)  # a quoted speaker is the likeliest voice
        if not scores:
            return None
        return by_id[max(scores, key=scores.get)]

    def create(self, phrase: Span) -> Entity:
        """A new entity for a speaker the entities stage does not know ("les autorités")."""
        words = list(phrase)
        while words and words[0].pos_ in _DETERMINERS:
            words = words[1:]
        name = self.text[words[0].idx : phrase.end_char] if words else phrase.text
        # A group speaks as OTHER; an organisation noun as ORG; a singular description as a person.
        head = phrase.root
        if head.lemma_.lower() in self.data.org_nouns or head.lower_ in self.data.org_nouns:
            type_ = "ORG"
        elif head.pos_ == "NOUN" and "Plur" not in head.morph.get("Number") and head.tag_ not in ("NNS", "NNPS"):
            type_ = "PERSON"
        else:
            type_ = "OTHER"
        new_id = entity_id(type_, name)
        mention = Mention(text=phrase.text, start=phrase.start_char, end=phrase.end_char)
        for entity in self.entities:
            if entity.id == new_id:
                self._add_mention(entity, mention)
                return entity
        entity = Entity(id=new_id, name=name, type=type_)
        self.entities.append(entity)
        self._add_mention(entity, mention)
        return entity

    # -- helpers --------------------------------------------------------------------------

    def _in_quotation(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _compatible(self, entity: Entity, pos: int, gender: str | None, number: str, wanted: set[str]) -> bool:
        """Whether ``entity`` may be the antecedent sought (type, then gender when known)."""
        if _generic(entity):
            return False
        if entity.type not in wanted and not ("PERSON" in wanted and self._person_like(entity, pos)):
            return False
        if gender and number == "Sing":
            g = self.coref.gender(entity)
            if g and g != gender and not (self.coref.guessed.get(entity.id) and self._spoke_recently(entity, pos)):
                # A gender guessed from a name's spelling does not rule out the person just quoted:
                # "…», a réagi Tidjane Thiam. « … », a-t-il ajouté."
                return False
        return True

    def _spoke_recently(self, entity: Entity, pos: int) -> bool:
        return any(e is entity and p < pos and pos - p <= ANTECEDENT_WINDOW for p, e in self.speakers)

    def _person_like(self, entity: Entity, pos: int) -> bool:
        """A name the NER did not type as a person but that acts as one: it opens with a given
        name ("Patrice Lindsay" as ORG), or it is a bare name quoted as a speaker ("Laurin said")."""
        if entity.type == "PERSON" or entity.kb_id or entity.type not in ("ORG", "OTHER", "LOC"):
            return False
        words = entity.name.split()
        if len(words) > 1 and words[0].lower() in first_names() and all(w[:1].isupper() for w in words):
            return True
        spoke = any(e is entity and p < pos for p, e in self.speakers)
        if len(words) > 1 and spoke and entity.type != "LOC":
            # "Kazem Gharibabadi … wrote", then '"…," he added': a quoted full name is a person's
            # unless a word of it names an organisation.
            return all(w[:1].isupper() for w in words) and not any(fold(w) in self.data.org_nouns for w in words)
        return len(words) == 1 and entity.type == "OTHER" and spoke

    def _pick(self, rows: list[tuple[int, int, Entity]]) -> Entity:
        # Prefer people, then organisations, then anything; the first in the text among equals.
        order = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
        return min(rows, key=lambda r: (order.get(r[2].type, 4), r[0]))[2]

    def _described_before(self, head: Token) -> Entity | None:
        """The latest entity, before ``head``, with a mention or a title holding the same noun
        ("Senator Mark Stone" … "the senator": the nearest senator, not the last person named)."""
        keys = {fold(head.text), fold(head.lemma_)}
        for start, end, entity in self.mentions.before(head.idx):
            if keys & set(fold(self.text[start:end]).split()) or self.coref.bears_title(entity, head):
                return entity
        return None

    def _may_speak_inside(self, row: tuple[int, int, Entity], head: Token) -> bool:
        """Whether a name inside a speaker phrase headed by a common noun speaks for it. Not one
        in a modifier of place or topic ("hawks in the House"), nor a person in compound or
        possessive position ("Trump supporters", "Deficit hawks"): the phrase is about them."""
        if head.pos_ != "NOUN":
            return True
        span = self.doc.char_span(row[0], row[1], alignment_mode="expand")
        if span is None or not len(span) or span.root.i == head.i:
            return True
        tok = span.root
        while tok.i != head.i and tok.head.i != tok.i:
            if tok.dep_ in ("prep", "pobj", "case", "nmod") and tok.head.i != head.i or tok.dep_ == "prep":
                return False
            if tok.head.i == head.i and tok.dep_ in ("compound", "poss", "amod") and row[2].type == "PERSON":
                return False
            tok = tok.head
        return True

    def _new_role(self, head: Token) -> bool:
        """A description by a role in some setting ("the debate moderator", "the Nova Scotia judge"),
        not met before: someone new, not the person the passage is about."""
        words = {head.lemma_.lower(), head.lower_}
        if words & self.data.org_nouns:
            return False
        # A named setting only with a role ("the Nova Scotia judge"); "the Kentucky Republican",
        # "the Cambridge resident" are epithets of someone met before.
        named_ok = bool(words & self.data.role_nouns)
        return any(
            c.dep_ == "compound" and (c.pos_ == "NOUN" and c.is_lower or c.pos_ == "PROPN" and named_ok) and c.i < head.i
            for c in head.children
        )

    def _described_after(self, head: Token) -> Entity | None:
        """For a description in the headline ("Foreign minister says …"), the first person the
        body names with that title ("Foreign Minister Abbas Araqchi said")."""
        if "\n" in self.text[: head.idx] or not self.text[head.idx :].count("\n"):
            return None  # only the first line of a text of several, where nothing comes before
        for start, end, entity in self.mentions.after(head.idx + len(head)):
            if self.coref.bears_title(entity, head):
                return entity
        return None

    def _definite(self, head: Token) -> bool:
        return "Plur" not in head.morph.get("Number") and head.tag_ not in ("NNPS", "NNS") and any(
            c.dep_ == "det" and ("Def" in c.morph.get("Definite") or c.lemma_ == "le") for c in head.children
        )

    def _definite_description(self, head: Token) -> bool:
        """A singular common noun with a definite determiner: "the company", "la ministre"."""
        if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number"):
            return False
        if head.lemma_.lower() in self.data.document_nouns:
            return False
        return any(
            c.dep_ == "det" and ("Def" in c.morph.get("Definite") or c.lower_ in ("the", "this") or c.lemma_ == "le")
            for c in head.children
        )

    def _by_surname(self, word: str, pos: int) -> Entity | None:
        key = fold(word)
        found = [e for e in self.entities if e.type == "PERSON" and fold(e.name).split()[-1:] == [key]]
        return _named_last(found, pos) if found else None

    def _owner(self, head: Token) -> Entity | None:
        for child in head.subtree:
            if child.i == head.i:
                continue
            found = self.overlapping(child.idx, child.idx + len(child))
            if found:
                return self._pick(found)
        return None

    def _role_weight(self, start: int, end: int) -> float:
        """Salience of a mention by its role: a subject counts double, a name inside a
        prepositional phrase ("le parti de Maurice Kamto") half, as in Lappin and Leass."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return 1.0
        if span.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") or self._cleft_focus(span.root):
            return 2.0
        return 0.5 if _governed_by_preposition(span.root) else 1.0

    def _cleft_focus(self, tok: Token) -> bool:
        """"C'est X, vice-président du parti, qui a confirmé", "It was X who confirmed": the name a
        cleft sentence puts in focus is the subject of the clause that follows it."""
        if tok.dep_ == "ROOT":  # French: "X" heads the sentence, with the copula and "ce" on it
            copula = any(c.dep_ == "cop" for c in tok.children)
            expletive = any(c.dep_ == "expl:subj" for c in tok.children)
            return copula and expletive
        if tok.dep_ == "attr" and tok.head.dep_ == "ROOT":  # English: "it" is the subject of "was"
            it = any(c.dep_ == "nsubj" and self.data.pronouns.get(c.lower_, (None, ""))[1] == "Neut" for c in tok.head.children)
            # The relative clause may hang on an apposition ("It was X, the party's chief, who …").
            return it and any(c.dep_ == "relcl" for t in tok.subtree for c in t.children)
        return False


def _indefinite(head: Token) -> bool:
    """A noun phrase with an indefinite determiner or the numeral one: "a judge", "un officier"."""
    # A cardinal on a singular noun can only be "one".
    return any(
        (c.dep_ == "det" and "Ind" in c.morph.get("Definite"))
        or (c.dep_ == "nummod" and "Card" in c.morph.get("NumType") and "Plur" not in head.morph.get("Number"))
        for c in head.children if c.i < head.i
    )


def _governed_by_preposition(token: Token) -> bool:
    """A name inside a prepositional phrase: "for Trudeau", "de Macron" (the head of a flat name counts)."""
    while token.dep_ in ("flat", "flat:name", "compound") and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" or any(c.dep_ == "case" for c in token.children)


def _acronyms(entities: list[Entity]) -> dict[str, Entity]:
    """An acronym standing for an organisation the article also names in full ("IRCC" for
    "Immigration, Refugees and Citizenship Canada"): the short form is the full one."""
    full: dict[str, Entity] = {}
    for e in entities:
        words = [w for w in _WORDS.findall(e.name) if w[0].isupper()]
        if e.type != "PERSON" and len(words) >= 2:
            full.setdefault("".join(w[0] for w in words), e)
    out = {}
    for e in entities:
        name = e.name.strip()
        if name.isupper() and name.isalpha() and 2 <= len(name) <= 8 and name in full and full[name] is not e:
            out[e.id] = full[name]
    return out


def _named_last(people: list[Entity], pos: int) -> Entity:
    """Of several people, the one whose mention comes last before ``pos`` (else the first named)."""
    def last_before(e: Entity) -> int:
        return max((m.start for m in e.mentions if m.start < pos), default=-1)

    best = max(people, key=last_before)
    if last_before(best) < 0:
        best = min(people, key=lambda e: min((m.start for m in e.mentions), default=0))
    return best


def _generic(entity: Entity) -> bool:
    """A generic actor ("officials", "the police"): a sector and no knowledge-base identity."""
    return entity.sector is not None and entity.kb_id is None and entity.type != "PERSON"
