"""The ``veille_entities`` component: mentions, within-article coreference, canonical ids.

Pipeline per Doc:
1. candidates = spaCy NER spans (boundaries repaired) + KB gazetteer matches, de-overlapped;
2. each candidate is linked to a KB entry (names, acronyms, demonyms, capitals used as
   the government's name, surnames) or becomes an unknown entity with a stable id;
3. titles and role descriptions are resolved to people at the article's date;
4. generic actors (police, migrants, rebels…) get sector + country ids;
5. unknown people named by surname alone join the full name that ends with it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import importlib
import json
import re
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from ..kb import KB, KBEntry, get_kb
from ..kb.cities import find_city, iso2, iso3
from ..kb.loader import CAPITAL, DEMONYM, SURNAME
from ..model import Entity, Mention
from ..nlp.registry import language_data
from .actors import ActorFinder
from .data import check_names
from .gazetteer import Gazetteer
from .junk import JunkFilter, inside_longer_name as _inside_longer_name
from .mentions import Candidate, NameWords, from_kb, from_ner, select, trim
from .normalize import entity_id, fold
from .sectors import SECTORS, actor_id, actor_name, country_word
from .titles import TitleFinder, TitleMatch, holders, parse_date, window

MENTION_KINDS = "veille_entities.mention_kinds"
_INITIAL = re.compile(r"^(\w)\.\s*(\S.*)$")
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "nsubj:caus"}


@Language.factory("veille_entities", assigns=["doc._.entities"], default_config={})
def make_entities(nlp: Language, name: str) -> "EntityLinker":
    return EntityLinker(nlp)


def _lang_module(lang: str, name: str):
    try:
        return importlib.import_module(f"veille.lang.{lang}.{name}")
    except ModuleNotFoundError:
        return None


class EntityLinker:
    """Groups the mentions of one actor into one :class:`Entity` with a canonical id."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        data = language_data(nlp.lang)
        self.labels: dict[str, str] = getattr(data, "NER_LABELS", {}) if data else {}
        self._kb: KB | None = None
        edata = _lang_module(nlp.lang, "entities")
        if edata is not None:
            check_names(edata)
        self.titles = (
            TitleFinder(nlp, edata.TITLE_PATTERNS, set(edata.GENERIC_COMPLEMENTS), dict(edata.COUNT_WORDS))
            if edata
            else None
        )
        self.actors = ActorFinder(nlp, nlp.lang)
        self.of_words = frozenset(getattr(edata, "OF_WORDS", ()))
        self.place_words = frozenset(getattr(edata, "PLACE_WORDS", ()))
        # Folded as the spans they are compared with: "République" and "États" must meet "république", "états".
        self.not_names = frozenset(fold(w) for w in getattr(edata, "NOT_NAMES", ()))
        self.former_words = frozenset(getattr(edata, "FORMER_WORDS", ()))
        self.honorifics = frozenset(getattr(edata, "HONORIFICS", ()))
        self.name_heads = frozenset(getattr(edata, "NAME_HEAD_NOUNS", ()))
        self.stance_prefixes = frozenset(getattr(edata, "STANCE_PREFIXES", ()))
        self.institutions = frozenset(getattr(edata, "INSTITUTION_NOUNS", ()))
        self.name_words = NameWords(self.honorifics, self.name_heads, self.stance_prefixes, self.institutions,
                                    frozenset(getattr(edata, "CAPTION_WORDS", ())),
                                    frozenset(getattr(edata, "OFFICE_NOUNS", ())))
        self.junk = JunkFilter(edata)

    def _setup(self) -> KB:
        # Matchers follow the KB in use, which a user's --kb files may have extended.
        kb = get_kb()
        if kb is not self._kb:
            self.gazetteer = Gazetteer(self.nlp, kb)
            self._kb = kb
        return kb

    def __call__(self, doc: Doc) -> Doc:
        kb = self._setup()
        day = parse_date(doc._.published)
        doc._.entities = _Article(doc, kb, day, self).link()
        return doc


class _Article:
    """The linking state of one Doc."""

    def __init__(self, doc: Doc, kb: KB, day: dt.date | None, linker: EntityLinker) -> None:
        self.doc, self.kb, self.day, self.linker = doc, kb, day, linker
        self.entities: dict[str, Entity] = {}
        self.token_key: dict[int, str] = {}  # token index → entity id, for named mentions
        self.people: list[tuple[int, str]] = []  # (token index, KB key) of people, in text order
        # How each mention was found (name, demonym, title, actor…): read by the evaluation.
        self.kinds: dict[tuple[int, int], str] = {}
        self._gpe_tokens: set[int] | None = None

    # -- steps -------------------------------------------------------------------
    def link(self) -> list[Entity]:
        doc = self.doc
        titles = self.linker.titles(doc) if self.linker.titles else []
        raw = from_kb(doc, self.linker.gazetteer(doc))
        demonyms = {i for c in raw if all(r.kind == DEMONYM for r in c.refs) for i in range(c.start, c.end)}
        ner = from_ner(doc, self.linker.labels, self.kb, self.linker.name_words)
        ner = _drop_titles(_after_titles(doc, ner, titles, demonyms, self.kb), titles, demonyms)
        ner = _given_name_people(doc, ner, self.kb, self.linker.junk.calendar)
        ner = [c for c in ner if c.refs or (fold(c.text) not in self.linker.not_names and _has_capital(c.text))]
        ner = [c for c in ner if not self.linker.junk(doc, c)]
        raw = [c for c in raw if not _inside_longer_name(doc, c) and not self.linker.junk.adjective(doc, c)]
        candidates = select(raw + ner)
        named_people: dict[str, list[int]] = {}  # KB key → token positions where named in full
        for c in candidates:
            for key in {r.key for r in c.refs if r.kind not in (SURNAME, DEMONYM, CAPITAL)}:
                named_people.setdefault(key, []).append(c.start)
        linked: list[tuple[int, int, str]] = []
        for cand in candidates:
            key = self._link(cand, named_people)
            if key:
                self._mention(key, cand.start, cand.end, _kind(cand))
                self._parent_inside(key, cand, raw)
                linked.append((cand.start, cand.end, key))
        self._repeat_names(linked)
        self.appositions = self._appositions(titles)
        for title in titles:
            self._title(title)
        for actor in self.linker.actors(doc):
            self._actor(actor)
        self._merge_acronyms(candidates)
        self._honorific_people()
        entities = _merge_surnames(_merge_types(list(self.entities.values())))
        doc.user_data[MENTION_KINDS] = self.kinds
        for e in entities:
            e.mentions.sort(key=lambda m: (m.start, m.end))
        return sorted(entities, key=lambda e: e.mentions[0].start if e.mentions else 0)

    def _link(self, cand: Candidate, named_people: dict[str, list[int]]) -> str | None:
        refs = cand.refs
        if not refs:
            if cand.ner_type is None:
                return None
            return self._unknown(cand)
        kinds = {r.kind for r in refs}
        if kinds <= {SURNAME}:
            key = self._surname(cand, named_people)
            return key or (self._unknown(cand) if cand.ner_type else None)
        if kinds <= {CAPITAL}:
            entry = self.kb.entries[refs[0].key]
            if entry.parent and self._is_subject(cand):
                return self._kb_entity(self.kb.entries[entry.parent])
            return self._kb_entity(entry)
        strong = [r for r in refs if r.kind not in (SURNAME, CAPITAL)] or refs
        entry = self._choose([self.kb.entries[r.key] for r in strong], cand.ner_type)
        return self._kb_entity(entry)

    def _repeat_names(self, linked: list[tuple[int, int, str]]) -> None:
        """A name the article uses once as a name is that name where it recurs and NER missed it
        ("Daniel Montalvo … Montalvo said"): the words of each named mention, and the family name of
        each person named in full, are looked up at every other capitalised proper noun."""
        doc = self.doc
        family: dict[str, set[str]] = {}  # family name → the people named in full with it
        for start, end, key in linked:
            last = doc[end - 1]
            if (end - start > 1 and self.entities[key].type == "PERSON" and last.is_title and last.is_alpha
                    and len(last.text) > 2 and fold(last.text) not in _given_names()):
                family.setdefault(last.text, set()).add(key)
        names: dict[tuple[str, ...], set[str]] = {(w,): set(keys) for w, keys in family.items()}
        for start, end, key in linked:
            words = tuple(t.text for t in doc[start:end])
            # A family name NER found alone is the person named in full, as _merge_surnames will make it.
            names.setdefault(words, set()).update(family.get(words[0], {key}) if len(words) == 1 else {key})
        # A one-word name the article also writes in lower case is a common noun where it recurs
        # ("Interview" as a heading, "interview" in the text).
        # Token texts read once as plain strings: the scan below touches every token of the article.
        texts = [t.text for t in doc]
        lower = {w for w in texts if w.islower()}
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, keys in sorted(names.items(), key=lambda item: -len(item[0])):
            if len(words) == 1 and words[0].lower() in lower:
                continue
            if len(keys) == 1:  # a family name two people share names neither
                by_first.setdefault(words[0], []).append((words, next(iter(keys))))
        if not by_first:
            return
        done = 0  # tokens before this index are part of a repeated name just added
        for i, word in enumerate(texts):
            if i < done or word not in by_first:
                continue
            match = next((m for m in by_first[word] if self._free_name(i, m[0])), None)
            if match is not None:
                self._mention(match[1], i, i + len(match[0]), "repeat")
                done = i + len(match[0])

    def _free_name(self, i: int, words: tuple[str, ...]) -> bool:
        """The proper nouns at ``i`` spell ``words``, are no part of a mention, and stand alone: no
        capitalised proper noun runs on before or after them (they would be part of a longer name), and
        no word in capitals."""
        doc, end = self.doc, i + len(words)
        if end > len(doc) or any(j in self.token_key for j in range(i, end)):
            return False
        if any(doc[j].text != w or doc[j].pos_ != "PROPN" for j, w in zip(range(i, end), words)):
            return False
        before = doc[i - 1] if i > 0 else None
        after = doc[end] if end < len(doc) else None
        # In a line written in capitals ("PROVIDED AS IS") every word looks like a name.
        return not any(t is not None and ((t.pos_ == "PROPN" and t.text[:1].isupper()) or (t.is_upper and t.is_alpha))
                       for t in (before, after))

    def _honorific_people(self) -> None:
        """An unknown name once written after "M.", "Mme" or "Mr" is a person, whatever NER said."""
        doc, honorifics = self.doc, self.linker.honorifics
        for entity in self.entities.values():
            if entity.kb_id or entity.generic or entity.type == "PERSON":
                continue
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.start > 0 and doc[span.start - 1].lower_ in honorifics:
                    entity.type = "PERSON"
                    break

    def _merge_acronyms(self, candidates: list[Candidate]) -> None:
        """An acronym defined in the text ("Forces démocratiques syriennes (FDS)") is that entity."""
        doc = self.doc
        defined: dict[str, str] = {}
        for cand in candidates:
            eid = self.token_key.get(cand.start)
            end = cand.end
            if not eid or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            short = doc[end + 1].text
            if short.isupper() and 1 < len(short) <= 10:
                defined[short] = eid
        for short, target in defined.items():
            other = self.entities.get(self._unknown_id(short))
            if other is None or other.id == target or other.kb_id:
                continue
            entity = self.entities[target]
            entity.mentions.extend(other.mentions)
            if not entity.kb_id and other.type == "ORG":  # NER sees acronyms as organisations more reliably
                entity.type = "ORG"
            del self.entities[other.id]

    def _unknown_id(self, text: str) -> str:
        for type_ in ("ORG", "GPE", "LOC", "OTHER", "PERSON", "NORP"):
            eid = entity_id(type_, text)
            if eid in self.entities:
                return eid
        return ""

    def _parent_inside(self, key: str, cand: Candidate, raw: list[Candidate]) -> None:
        """A sub-body named with its parent ("groupe de Minsk de l'OSCE") also mentions the parent."""
        entry = self.kb.entries.get(key)
        parent = entry.parent if entry else None
        if not parent or not parent.startswith("org:"):
            return
        for inner in raw:
            if cand.start <= inner.start and inner.end <= cand.end and (inner.start, inner.end) != (cand.start, cand.end):
                if any(r.key == parent for r in inner.refs):
                    self._kb_entity(self.kb.entries[parent])
                    self._mention(parent, inner.start, inner.end, "name")

    def _choose(self, entries: list[KBEntry], ner_type: str | None) -> KBEntry:
        entries = list({e.key: e for e in entries}.values())
        if len(entries) == 1:
            return entries[0]
        best = min(e.rank for e in entries)
        entries = [e for e in entries if e.rank == best]
        active = [e for e in entries if e.type == "PERSON" and e.role_at(self.day)]
        if active:
            return active[0]
        typed = [e for e in entries if ner_type and e.type == ner_type]
        return (typed or entries)[0]

    def _surname(self, cand: Candidate, named_people: dict[str, list[int]]) -> str | None:
        """A bare surname is a KB person when the full name is in the article or NER saw a name.

        Two people of one surname in the article ("Bill Clinton", "Hillary Clinton"): the one
        named in full most recently before it, else the first named after it.
        """
        keys = list(dict.fromkeys(r.key for r in cand.refs))
        in_article = [k for k in keys if k in named_people]
        if in_article:
            def distance(key: str) -> tuple[int, int]:
                before = [p for p in named_people[key] if p < cand.start]
                return (0, cand.start - max(before)) if before else (1, min(named_people[key]) - cand.start)

            return self._kb_entity(self.kb.entries[min(in_article, key=distance)])
        if cand.ner_type is None:
            return None
        entries = [self.kb.entries[k] for k in keys]
        active = [e for e in entries if e.role_at(self.day)]
        if len(active) == 1:
            return self._kb_entity(active[0])
        if len(entries) == 1 and cand.ner_type == "PERSON":
            return self._kb_entity(entries[0])
        return None

    def _is_subject(self, cand: Candidate) -> bool:
        """A capital that is the subject of a verb stands for its government ("Minsk a déclaré")."""
        root = self.doc[cand.start : cand.end].root
        if root.dep_ == "conj" and root.head.i < root.i:  # "Washington and Moscow disagree"
            root = root.head
        return root.dep_ in _SUBJECT_DEPS and root.head.pos_ in ("VERB", "AUX", "ADJ")

    # -- entities ------------------------------------------------------------------
    def _kb_entity(self, entry: KBEntry) -> str:
        if entry.key not in self.entities:
            role = entry.role_at(self.day) if entry.type == "PERSON" else None
            sector = entry.sector
            country = entry.country
            if role is not None:
                in_country = role.where in self.kb.iso3
                sector = sector or self._role_sector(role.where)
                country = country or (role.where if in_country else None)
            self.entities[entry.key] = Entity(
                id=entry.key, name=entry.name, type=entry.type, kb_id=entry.qid or entry.key, country=country,
                role=f"{role.office}:{role.where}" if role else None, sector=sector,
                lat=entry.lat, lon=entry.lon,
            )
            if entry.type == "GPE" and entry.lat is None and entry.key.startswith("city:"):
                self._locate(self.entities[entry.key], entry.name, iso2(entry.country))
        return entry.key

    @staticmethod
    def _locate(entity: Entity, name: str, iso2: str | None = None) -> bool:
        """Coordinates (and country) of a city from the GeoNames gazetteer."""
        city = find_city(name, iso2, _MIN_POPULATION if iso2 is None else 0)
        if city is None:
            return False
        entity.lat, entity.lon = city.lat, city.lon
        entity.country = entity.country or iso3(city.iso2)
        return True

    def _unknown(self, cand: Candidate) -> str:
        type_ = cand.ner_type or "OTHER"
        if type_ in ("GPE", "LOC"):
            city = find_city(cand.text, min_population=_MIN_POPULATION)
            if city is not None:  # a city NER found that the KB lacks: one id per city, in any language
                eid = "city:" + fold(city.name).replace(" ", "-").replace(".", "")
                if eid not in self.entities:
                    self.entities[eid] = Entity(id=eid, name=city.name, type="GPE", lat=city.lat, lon=city.lon,
                                                country=iso3(city.iso2))
                return eid
        eid = entity_id(type_, cand.text)
        if eid not in self.entities:
            self.entities[eid] = Entity(id=eid, name=" ".join(cand.text.split()), type=type_)
        return eid

    def _mention(self, eid: str, start: int, end: int, kind: str) -> None:
        span = self.doc[start:end]
        self.kinds[(span.start_char, span.end_char)] = kind
        entity = self.entities[eid]
        if any(m.start == span.start_char and m.end == span.end_char for m in entity.mentions):
            return
        entity.mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
        for i in range(start, end):
            self.token_key.setdefault(i, eid)
        if entity.type == "PERSON" and entity.kb_id:
            bisect.insort(self.people, (start, eid))

    # -- titles --------------------------------------------------------------------
    def _title(self, title: TitleMatch) -> None:
        doc = self.doc
        inside = {self.token_key[i] for i in range(title.start, title.end) if i in self.token_key}
        institution = None
        for eid in inside - {e for e in inside if e.startswith("gpe:")}:
            entry = self.kb.entries.get(eid)
            if entry is None or not entry.office or not entry.country:
                return  # part of a name already linked ("Prime Minister's Office")
            institution = entry  # "le chef de la diplomatie russe": the head of that institution
        lo, hi = window(doc, title, self.linker.of_words, names=self._country_tokens())
        if institution is not None:
            where, where_span = institution.country, None
            title = TitleMatch(title.start, title.end, institution.office, title.plural)
        else:
            where, where_span = self._where(title, lo, hi)
            where = where or title.country
        # A title in apposition to a name describes that name: "le président biélorusse Alexandre Loukachenko".
        after = max(title.end, where_span[1] if where_span else title.end)
        named = self.token_key.get(after)
        former = any(t.lower_ in self.linker.former_words for t in doc[max(0, title.start - 2) : title.start])
        if named and self.entities[named].type == "PERSON":
            self._mention(named, *self._title_span(title, where_span), "title")
            if not former:
                self._role_from_title(self.entities[named], title, where)
            return
        if former:
            return  # "l'ancien président": not the holder at the article's date
        if self._qualified(title):
            return  # "Senate majority leader": another office than the bare title's
        named = self.appositions.get((title.office, where))
        if named and not title.plural and title.office not in ("counterpart", "leader"):
            # The article names a holder of this title ("la ministre des Armées Anne X"): the bare
            # title is that person, not whoever the KB says held it at the date.
            self._mention(named, *self._title_span(title, where_span), "title")
            return
        targets = self._resolve(title, where)
        for key in targets:
            self._kb_entity(self.kb.entries[key])
            self._mention(key, *self._title_span(title, where_span), "title")

    def _appositions(self, titles: list[TitleMatch]) -> dict[tuple[str, str | None], str]:
        """(office, country) → the one person the article names right after that title."""
        found: dict[tuple[str, str | None], set[str]] = {}
        for title in titles:
            lo, hi = window(self.doc, title, self.linker.of_words, names=self._country_tokens())
            where, where_span = self._where(title, lo, hi)
            after = max(title.end, where_span[1] if where_span else title.end)
            named = self.token_key.get(after)
            if named and self.entities[named].type == "PERSON":
                found.setdefault((title.office, where or title.country), set()).add(named)
        return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}

    def _qualified(self, title: TitleMatch) -> bool:
        """A title narrowed by a noun before it that is no country ("Senate majority leader")."""
        if title.start == 0 or title.office != "leader":
            return False
        before = self.doc[title.start - 1]
        return before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("compound", "amod", "nmod") \
            and title.start - 1 not in self._country_tokens()

    def _country_tokens(self) -> set[int]:
        # Country mentions are all linked before titles and actors: computed once.
        if self._gpe_tokens is None:
            self._gpe_tokens = {i for i, eid in self.token_key.items() if eid.startswith("gpe:")}
        return self._gpe_tokens

    def _role_sector(self, where: str) -> str:
        """Sector of a role's holder: a state's or a national institution's is GOV, an IGO's IGO."""
        if where in self.kb.iso3:
            return "GOV"
        entry = self.kb.entries.get(where)
        if entry is not None and entry.country:
            return entry.sector or "GOV"
        return "IGO"

    def _role_from_title(self, entity: Entity, title: TitleMatch, where: str | None) -> None:
        """A person the KB has no role for takes the one their title states ("le ministre
        de l'Intérieur Gérald Darmanin" → minister; "la Première ministre lituanienne X")."""
        if entity.role or title.office in ("counterpart", "leader") or title.plural:
            return
        if title.office == "minister" or not where:
            entity.sector = entity.sector or "GOV"
            return
        entity.role = f"{title.office}:{where}"
        in_country = where in self.kb.iso3
        entity.country = entity.country or (where if in_country else None)
        entity.sector = entity.sector or self._role_sector(where)

    def _where(self, title: TitleMatch, lo: int, hi: int) -> tuple[str | None, tuple[int, int] | None]:
        """The country (ISO3) or organisation a title is about, from names around it."""
        best = None
        for i in list(range(title.start, hi)) + list(range(title.start - 1, lo - 1, -1)):
            eid = self.token_key.get(i)
            if not eid:
                continue
            entity = self.entities[eid]
            if eid.startswith("gpe:") and entity.country:
                best = (entity.country, eid)
            elif entity.type == "ORG" and entity.kb_id and (entity.sector == "IGO" or title.office == "spokesperson"):
                best = (eid, eid)  # an organisation, or the institution a spokesperson speaks for
            if best:
                span = [j for j in range(lo, hi) if self.token_key.get(j) == eid]
                return best[0], (min(span), max(span) + 1)
        return None, None

    def _title_span(self, title: TitleMatch, where_span: tuple[int, int] | None) -> tuple[int, int]:
        start = title.start
        if title.plural and start > 0 and (self.doc[start - 1].like_num or
                                           self.doc[start - 1].lower_ in self.linker.titles.counts):
            start -= 1
        title = TitleMatch(start, title.end, title.office, title.plural)
        if not where_span:
            return title.start, title.end
        return min(title.start, where_span[0]), max(title.end, where_span[1])

    def _resolve(self, title: TitleMatch, where: str | None) -> list[str]:
        office = title.office
        before = [key for pos, key in self.people if pos < title.start]
        if office == "counterpart":
            if not where or not before:
                return []
            role = self.kb.entries[before[-1]].role_at(self.day)
            if not role or role.where == where:
                return []
            office = role.office
        if where:
            if title.plural:
                return []
            found = holders(self.kb, office, where, self.day)
            if self.day is None:
                # An undated article may be old: a holder of that office, past or present, whom the
                # article names is likelier than today's holder ("Trudeau made the comments … The
                # prime minister said", read years later).
                current = [h.role_at(None) for h in found]
                offices = {office} | {r.office for r in current if r is not None and r.where == where}
                named = {key for key in before
                         if any(r.office in offices and r.where == where for r in self.kb.entries[key].roles)}
                if len(named) == 1:
                    return [named.pop()]
            return [found[0].key] if len(found) == 1 else []
        if self.linker.titles.has_foreign_complement(self.doc, title):
            return []
        # No country: the most salient holders of that office already named in the article.
        wanted = self.linker.titles.count(self.doc, title) if title.plural else 1
        if not wanted:
            return []
        salience: dict[str, int] = {}
        for key in before:
            role = self.kb.entries[key].role_at(self.day)
            if role and _holds(role, office):
                salience[key] = salience.get(key, 0) + 1
        ranked = sorted(salience, key=lambda k: (-salience[k], before.index(k)))
        return ranked[:wanted] if len(ranked) >= wanted else []

    # -- generic actors ------------------------------------------------------------
    def _actor(self, actor) -> None:
        doc = self.doc
        if any(i in self.token_key for i in range(actor.start, actor.end)):
            return
        preps = self.linker.of_words | self.linker.place_words
        lo, hi = window(doc, TitleMatch(actor.start, actor.end, "", False), preps, 2, 3, self._country_tokens())
        country, span = None, (actor.start, actor.end)
        for i in list(range(actor.end, hi)) + list(range(actor.start - 1, lo - 1, -1)):
            eid = self.token_key.get(i)
            # The country must modify the actor noun itself (amod, nmod, poss, compound, or the object of
            # "in"/"from": "officials in Turkey"), or be the adjective right next to it when the parse
            # attached it elsewhere.
            head = doc[i].head
            if head.lower_ in self.linker.place_words and head.i != i:
                head = head.head
            attached = actor.start <= head.i < actor.end or i in (actor.end, actor.start - 1)
            if eid and eid.startswith("gpe:") and self.entities[eid].country and attached:
                country = self.entities[eid].country
                span = (min(actor.start, i), max(actor.end, i + 1))
                break
        if country is None and actor.needs_country:
            return
        eid = actor_id(actor.sector, country, actor.label)
        self._name_actor(eid, actor, country)
        # Only the actor noun marks tokens as taken: its country stays a country mention too.
        start_char, end_char = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        entity = self.entities[eid]
        if not any(m.start == start_char for m in entity.mentions):
            self.kinds[(start_char, end_char)] = "actor" if country is None else "national_actor"
            # The span's own text: Doc.text rebuilds the whole article at each access.
            text = doc[span[0] : span[1]].text
            entity.mentions.append(Mention(text=text, start=start_char, end=end_char))

    def _name_actor(self, eid: str, actor, country: str | None) -> None:
        """Create the actor, named as the text names the group ("les manifestants" → protesters, "l'armée
        russe" → Russian army): protesters and the opposition, soldiers and their army are different actors
        of one sector, and an event reads as its sentence does."""
        if eid in self.entities:
            return
        where = self.kb.entries[f"gpe:{country}"] if country else None
        name = actor_name(actor.sector, where and country_word(where.name, where.demonym), actor.label)
        type_ = SECTORS.get(actor.sector, ("", "ORG"))[1]
        self.entities[eid] = Entity(id=eid, name=name, type=type_, country=country, sector=actor.sector,
                                    generic=True)


# A name NER calls a place is taken for a city of the gazetteer only when that city is large:
# small towns share their names with people and words.
_MIN_POPULATION = 100_000


def _has_capital(text: str) -> bool:
    """Names are capitalised in cased scripts; "fort tremblement de terre" is not a name."""
    cased = [ch for ch in text if ch.lower() != ch.upper()]
    return not cased or any(ch.isupper() for ch in cased)


def _holds(role, office: str) -> bool:
    """Whether a role answers a title with no country ("le chef de l'État", "the leader")."""
    if office == "head_of_state":
        return role.office in ("president", "monarch", "supreme_leader") and ":" not in role.where
    if office == "leader":
        return role.office != "foreign_minister"
    return role.office == office


def _kind(cand: Candidate) -> str:
    if not cand.refs:
        return "ner"
    kinds = {r.kind for r in cand.refs}
    return "demonym" if kinds == {DEMONYM} else sorted(kinds)[0]


def _after_titles(doc: Doc, ner: list[Candidate], titles: list[TitleMatch], demonyms: set[int],
                  kb: KB) -> list[Candidate]:
    """A NER span that opens with a title holds the title and the name in apposition to it
    ("Premier ministre David Cameron", "Président Trump"): the name starts after the title and
    its demonyms or adjectives ("Premier ministre britannique …"), and names a person."""
    ends = {i: t.end for t in titles for i in range(t.start, t.end)}
    out = []
    for cand in ner:
        j = ends.get(cand.start)
        if j is None or j >= cand.end or cand.refs:
            out.append(cand)
            continue
        while j < cand.end and (j in demonyms or (doc[j].is_lower and doc[j].pos_ == "ADJ")):
            j += 1
        name = trim(doc[j:cand.end]) if j < cand.end and doc[j].text[:1].isupper() else None
        if name is None or not name[0].text[:1].isupper() or not any(t.pos_ == "PROPN" for t in name):
            out.append(cand)
            continue
        out.append(Candidate(name.start, name.end, name.start_char, name.end_char, name.text,
                             ner_type="PERSON", refs=list(kb.lookup(name.text))))
    return out


def _given_name_people(doc: Doc, ner: list[Candidate], kb: KB, calendar: frozenset[str]) -> list[Candidate]:
    """A given name next to capitalised proper nouns is one person's name, whatever the words name
    elsewhere: NER, which knows "Paris" as a city, splits "Valeska Paris" into two places, and leaves
    out a given name the line opens with ("– Michel | Rocard"). A weekday or month after a given name
    is a date ("Virginia Saturday")."""
    given = _given_names()
    taken = {i for c in ner for i in range(c.start, c.end)}
    out: list[Candidate] = []
    absorbed = -1  # tokens before this index were taken into a person's name
    for cand in ner:
        if cand.start < absorbed:
            continue
        if _given_and_place(doc, cand, given, kb):
            out.append(Candidate(cand.start, cand.end, cand.start_char, cand.end_char, cand.text,
                                 ner_type="PERSON", refs=cand.refs))
            continue
        start, end = cand.start, cand.end
        # A KB surname that is also a given name ("Michel") opens a longer name like any given name.
        if end - start == 1 and all(r.kind == SURNAME for r in cand.refs) and fold(cand.text) in given:
            end = _name_run(doc, end, calendar)
        elif cand.ner_type == "PERSON" and start > 0 and start - 1 not in taken and _given_word(doc[start - 1], given):
            start -= 1
        if (start, end) == (cand.start, cand.end):
            out.append(cand)
            continue
        span = doc[start:end]
        out.append(Candidate(span.start, span.end, span.start_char, span.end_char, span.text,
                             ner_type="PERSON", refs=list(kb.lookup(span.text))))
        absorbed = end
    return [c for c in out if not (c.ner_type != "PERSON" and any(o.start < c.start < o.end for o in out))]


def _given_word(token, given: frozenset[str]) -> bool:
    """A capitalised given name on the same line as the word after it."""
    return token.is_title and token.is_alpha and fold(token.text) in given and "\n" not in token.whitespace_


def _name_run(doc: Doc, end: int, calendar: frozenset[str]) -> int:
    """The end of the capitalised proper nouns from ``end``. The parser may open a sentence inside a
    name ("– Béatrice | Négrier ,"): only a line break ends it."""
    while (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha
           and "\n" not in doc[end - 1].whitespace_ and fold(doc[end].text) not in calendar):
        end += 1
    return end


def _given_and_place(doc: Doc, cand: Candidate, given: frozenset[str], kb: KB) -> bool:
    """A two-word name made of a given name and a place ("Sophie Berlin"), which NER types a place."""
    if cand.end - cand.start != 2 or cand.refs or cand.ner_type not in ("GPE", "LOC"):
        return False
    first, second = doc[cand.start], doc[cand.start + 1]
    return fold(first.text) in given and second.is_title and any(
        kb.entries[r.key].type == "GPE" for r in kb.lookup(second.text))


def _drop_titles(ner: list[Candidate], titles: list[TitleMatch], demonyms: set[int]) -> list[Candidate]:
    """NER spans that are only a title are not names: "Président de la République",
    "Premier ministre britannique" (a title plus demonyms)."""
    title_tokens = {i for t in titles for i in range(t.start, t.end)}
    kept = []
    for cand in ner:
        tokens = set(range(cand.start, cand.end))
        if not cand.refs and tokens & title_tokens and tokens <= title_tokens | demonyms:
            continue
        kept.append(cand)
    return kept


def _merge_types(entities: list[Entity]) -> list[Entity]:
    """One unknown name tagged with several types by NER is one entity, of its majority type."""
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        if not e.kb_id and not e.id.startswith("actor:"):
            groups.setdefault(fold(e.name), []).append(e)
    drop = set()
    for group in groups.values():
        if len(group) > 1:
            keep = max(group, key=lambda e: (len(e.mentions), e.type == "PERSON"))
            for other in group:
                if other is not keep:
                    keep.mentions.extend(other.mentions)
                    drop.add(other.id)
    return [e for e in entities if e.id not in drop]


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names (any gender) from the shared list: a bare given name is not a family name."""
    rows = json.loads(resources.files("veille.lang").joinpath("first_names.json").read_text(encoding="utf-8"))
    return frozenset(fold(n) for key, names in rows.items() if not key.startswith("_") for n in names)


def _family_part_of_one(entity: Entity, by_last: dict[str, list[tuple[Entity, str]]]) -> bool:
    """A family name of several words ("Ben Mbarek", "Van der Bellen") is the one person named in full
    with it ("Jawher Ben Mbarek"): fold it into them."""
    if entity.type != "PERSON" or entity.kb_id or " " not in entity.name:
        return False
    short = fold(entity.name)
    full = [p for p, folded in by_last.get(short.split(" ")[-1], ()) if p is not entity and folded.endswith(" " + short)]
    if len(full) != 1:
        return False
    full[0].mentions.extend(entity.mentions)
    return True


def _merge_surnames(entities: list[Entity]) -> list[Entity]:
    """Fold an unknown one-word name into the one person whose full name ends with it.

    NER often labels a surname alone as a place or organisation ("Erdogan" LOC); when the
    article names that person in full, the surname is theirs whatever its label.
    """
    # Full names indexed by their folded last and first words: a long article names many
    # people, and scanning them all for each one-word name grew with the square of its length.
    by_last: dict[str, list[tuple[Entity, str]]] = {}
    by_first: dict[str, list[tuple[Entity, str]]] = {}
    for p in entities:
        if p.type == "PERSON" and " " in p.name:
            folded = fold(p.name)
            words = folded.split(" ")
            by_last.setdefault(words[-1], []).append((p, folded))
            # A particle joined by a hyphen is not part of the surname used alone: "Burhan" for "al-Burhan".
            for particle in ("al-", "el-"):
                if words[-1].startswith(particle):
                    by_last.setdefault(words[-1][len(particle):], []).append((p, folded))
            by_first.setdefault(words[0], []).append((p, folded))
    kept = []
    for entity in entities:
        initial = _INITIAL.match(entity.name) if entity.type == "PERSON" and not entity.kb_id else None
        if initial:  # "B. Obama" → the one person named "B… Obama"
            rest, first = fold(initial[2]), fold(initial[1])
            full = [p for p, folded in by_last.get(rest.split(" ")[-1], ())
                    if p is not entity and folded.endswith(" " + rest) and folded.startswith(first)]
            if len(full) == 1:
                full[0].mentions.extend(entity.mentions)
                continue
        if _family_part_of_one(entity, by_last):
            continue
        if " " not in entity.name and not entity.kb_id and entity.type in ("PERSON", "LOC", "ORG", "GPE", "OTHER"):
            word = fold(entity.name)
            full = [p for p, folded in by_last.get(word, ()) if folded.endswith((" " + word, "-" + word))]
            if not full and word not in _given_names():
                # Family name first (Chinese, Korean, Hungarian usage): "Lai" for "Lai Ching-te".
                full = [p for p, folded in by_first.get(word, ()) if folded.startswith(word + " ")]
            if len(full) == 1:
                full[0].mentions.extend(entity.mentions)
                continue
        kept.append(entity)
    return kept
