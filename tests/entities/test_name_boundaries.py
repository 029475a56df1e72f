"""Where a name starts: descriptions before it, titles that open a NER span, the lists that drive them."""

from __future__ import annotations

import datetime as dt
import types

import pytest
import spacy
from spacy.tokens import Doc

from veille.entities.data import check_names
from veille.entities.mentions import NameWords, cut_description, cut_stance, from_ner
from veille.model import Article
from veille.nlp import analyze_one


_VOCAB = spacy.blank("xx").vocab


def _span(words: list[str], pos: list[str]):
    doc = Doc(_VOCAB, words=words, pos=pos)
    return doc[0 : len(doc)]


def test_a_noun_and_its_of_complement_describe_the_name():
    span = _span(["stade", "de", "Grenoble"], ["NOUN", "ADP", "PROPN"])
    assert cut_description(span).text == "Grenoble"
    span = _span(["town", "of", "Harrogate"], ["NOUN", "ADP", "PROPN"])
    assert cut_description(span).text == "Harrogate"


def test_adjectives_and_articles_belong_to_the_description():
    span = _span(["troisième", "circonscription", "de", "la", "Somme"], ["ADJ", "NOUN", "ADP", "DET", "PROPN"])
    assert cut_description(span).text == "Somme"


def test_a_noun_that_forms_the_name_is_kept():
    span = _span(["rue", "de", "la", "Paix"], ["NOUN", "ADP", "DET", "PROPN"])
    assert cut_description(span, frozenset({"rue"})).text == "rue de la Paix"


def test_a_noun_in_apposition_is_not_cut():
    # "lycée Victor-Hugo": the noun is often the name's own first word.
    span = _span(["lycée", "Victor-Hugo"], ["NOUN", "PROPN"])
    assert cut_description(span).text == "lycée Victor-Hugo"


def test_a_particle_name_is_not_a_description():
    span = _span(["de", "Villepin"], ["ADP", "PROPN"])
    assert cut_description(span).text == "de Villepin"


def _mentions(text: str, lang: str) -> dict[str, set[str]]:
    article = Article.from_text(text, published=dt.date(2023, 5, 4), language=lang)
    return {e.id: {m.text for m in e.mentions} for e in analyze_one(article).entities}


def test_the_airport_of_a_city_mentions_the_city():
    found = _mentions("Un colis suspect a été découvert à l'aéroport de Lyon mardi soir.", "fr")
    texts = set().union(*found.values())
    assert "Lyon" in texts and "aéroport de Lyon" not in texts


def test_a_misspelled_list_name_is_refused():
    module = types.ModuleType("veille.lang.xx.entities")
    module.NAME_HEAD_NOUN = {"rue"}
    with pytest.raises(ValueError, match="NAME_HEAD_NOUN"):
        check_names(module)
    module = types.ModuleType("veille.lang.xx.entities")
    module.NAME_HEAD_NOUNS = {"rue"}
    assert check_names(module) is module


def test_a_name_after_a_title_in_one_ner_span_is_a_person():
    article = Article.from_text("Le Premier ministre Jacques Verdier a également annoncé sa démission prochaine.",
                                published=dt.date(2023, 5, 4), language="fr")
    entities = analyze_one(article).entities
    people = [e for e in entities if e.type == "PERSON"]
    assert any("Jacques Verdier" in {m.text for m in e.mentions} for e in people)
    assert not any(m.text.startswith("Premier ministre J") for e in entities for m in e.mentions)


def test_a_stance_prefix_is_cut_from_the_name_after_it():
    from veille.lang.en import entities as en
    from veille.lang.fr import entities as fr

    span = _span(["Pro", "-", "Moscow", "Unity", "League"], ["ADJ", "PUNCT", "PROPN", "PROPN", "PROPN"])
    assert cut_stance(span, frozenset(en.STANCE_PREFIXES)).text == "Unity League"
    span = _span(["anti-Washington", "Ligue", "verte"], ["ADJ", "PROPN", "ADJ"])
    assert cut_stance(span, frozenset(fr.STANCE_PREFIXES)).text == "Ligue verte"


def test_a_stance_prefix_alone_or_before_a_common_word_stays():
    span = _span(["pro", "-", "Moscow"], ["ADJ", "PUNCT", "PROPN"])
    assert cut_stance(span, frozenset({"pro"})).text == "pro - Moscow"
    span = _span(["Pro-Am", "tournament"], ["PROPN", "NOUN"])
    assert cut_stance(span, frozenset({"pro"})).text == "Pro-Am tournament"
    # Without the language's prefixes, nothing is cut.
    span = _span(["Pro", "-", "Moscow", "Unity"], ["ADJ", "PUNCT", "PROPN", "PROPN"])
    assert cut_stance(span).text == "Pro - Moscow Unity"


class _NoKB:
    def lookup(self, text):
        return []


def _ner_types(words, pos, ents, institutions):
    from spacy.tokens import Span

    doc = Doc(_VOCAB, words=words, pos=pos)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    labels = {"LOC": "LOC", "GPE": "GPE", "ORG": "ORG"}
    return {c.text: c.ner_type for c in from_ner(doc, labels, _NoKB(), NameWords(institutions=institutions))}


def test_a_name_headed_by_an_institution_noun_is_an_organisation():
    from veille.lang.en import entities as en
    from veille.lang.fr import entities as fr

    words = ["La", "Cour", "constitutionnelle", "de", "Lituanie", "siège", "à", "Vilnius", "."]
    pos = ["DET", "PROPN", "ADJ", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    types = _ner_types(words, pos, [(1, 5, "LOC"), (7, 8, "LOC")], frozenset(fr.INSTITUTION_NOUNS))
    assert types == {"Cour constitutionnelle de Lituanie": "ORG", "Vilnius": "LOC"}
    words = ["The", "Senate", "met", "in", "Ottawa", "."]
    pos = ["DET", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    types = _ner_types(words, pos, [(1, 2, "GPE"), (4, 5, "GPE")], frozenset(en.INSTITUTION_NOUNS))
    assert types == {"Senate": "ORG", "Ottawa": "GPE"}
    # Without the language's nouns, NER's type stands.
    assert _ner_types(words, pos, [(1, 2, "GPE")], frozenset()) == {"Senate": "GPE"}


def test_an_unclosed_parenthesis_ends_the_name():
    from veille.entities.mentions import trim

    span = _span(["Northern", "Rail", "Authority", "(", "NRA"], ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN"])
    assert trim(span).text == "Northern Rail Authority"
    span = _span(["Radio", "(", "FM", ")", "Bremen"], ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN"])
    assert trim(span).text == "Radio ( FM ) Bremen"


def test_adjectives_before_a_place_qualify_it():
    from veille.entities.mentions import trim_lower_qualifiers

    span = _span(["reunited", "Korea"], ["VERB", "PROPN"])
    assert trim_lower_qualifiers(span).text == "Korea"
    span = _span(["ancienne", "Yougoslavie"], ["ADJ", "PROPN"])
    assert trim_lower_qualifiers(span).text == "Yougoslavie"
    # A noun is often the place name's own first word.
    span = _span(["mont", "Ventoux"], ["NOUN", "PROPN"])
    assert trim_lower_qualifiers(span).text == "mont Ventoux"


def _doc(words: list[str], pos: list[str], spaces: list[bool] | None = None):
    return Doc(_VOCAB, words=words, pos=pos, spaces=spaces)


def test_a_caption_credit_word_is_cut_from_the_name_before_it():
    from veille.lang.en import entities as en
    from veille.lang.fr import entities as fr
    from veille.entities.mentions import cut_caption

    doc = _doc(["in", "Lower", "Saxony", "Photo", ":", "Jo", "Brandt"], ["ADP", "PROPN", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN"])
    assert cut_caption(doc[1:4], frozenset(en.CAPTION_WORDS)).text == "Lower Saxony"
    doc = _doc(["la", "Haute-Vienne", "Photo", ":", "AFP"], ["DET", "PROPN", "NOUN", "PUNCT", "PROPN"])
    assert cut_caption(doc[1:3], frozenset(fr.CAPTION_WORDS)).text == "Haute-Vienne"
    # Inside a sentence the word is a name's own ("Photo Club").
    doc = _doc(["the", "Image", "Works", "studio"], ["DET", "PROPN", "PROPN", "NOUN"])
    assert cut_caption(doc[1:2], frozenset(en.CAPTION_WORDS)).text == "Image"
    doc = _doc(["the", "Leeds", "Photo", "Club"], ["DET", "PROPN", "PROPN", "PROPN"])
    assert cut_caption(doc[1:3], frozenset(en.CAPTION_WORDS)).text == "Leeds Photo"


def test_a_score_is_no_part_of_a_team_name():
    from veille.entities.mentions import cut_score

    doc = _doc(["Norway", "2", "–", "1", "Chile"], ["PROPN", "NUM", "SYM", "NUM", "PROPN"])
    assert cut_score(doc[0:2]).text == "Norway"
    doc = _doc(["Norway", "2", "–", "1", "Chile"], ["PROPN", "NUM", "SYM", "NUM", "PROPN"])
    assert cut_score(doc[3:5]).text == "Chile"
    # A number that is part of a name stays ("Canal 9 reported").
    doc = _doc(["Canal", "9", "reported"], ["PROPN", "NUM", "VERB"])
    assert cut_score(doc[0:2]).text == "Canal 9"


def test_a_stance_adjective_alone_names_no_one():
    from veille.entities.mentions import is_stance

    doc = _doc(["the", "pro", "-", "Ankara", "bloc"], ["DET", "ADJ", "PUNCT", "PROPN", "NOUN"])
    assert is_stance(doc[1:4], frozenset({"pro"}))
    doc = _doc(["les", "anti-Bruxelles", "ont", "gagné"], ["DET", "ADJ", "AUX", "VERB"])
    assert is_stance(doc[1:2], frozenset({"anti"}))
    # A name after the adjective is the mention ("pro-Ankara Unity League"): cut_stance keeps it.
    doc = _doc(["pro", "-", "Ankara", "Unity", "League"], ["ADJ", "PUNCT", "PROPN", "PROPN", "PROPN"])
    assert not is_stance(doc[0:5], frozenset({"pro"}))


@pytest.mark.parametrize("text,lang,name", [
    ("Hier soir, Florence Lyon a présenté son dernier roman à Bordeaux.", "fr", "Florence Lyon"),
    ("Yesterday, Sophie Berlin presented her first novel in Leeds.", "en", "Sophie Berlin"),
])
def test_a_given_name_and_a_city_name_after_it_are_one_person(text, lang, name):
    article = Article.from_text(text, published=dt.date(2023, 5, 4), language=lang)
    entities = analyze_one(article).entities
    person = [e for e in entities if name in {m.text for m in e.mentions}]
    assert person and person[0].type == "PERSON"


@pytest.mark.parametrize("text,lang", [
    ("Le texte contredit la Constitution, selon plusieurs juristes.", "fr"),
    ("The bill breaches the Constitution, several lawyers said.", "en"),
])
def test_the_constitution_is_no_organisation(text, lang):
    article = Article.from_text(text, published=dt.date(2023, 5, 4), language=lang)
    assert not any(m.text == "Constitution" for e in analyze_one(article).entities for m in e.mentions)


def test_a_given_name_before_a_weekday_is_no_longer_name():
    from veille.entities.component import _given_name_people
    from veille.entities.mentions import Candidate

    doc = _doc(["in", "Georgia", "Monday", "night"], ["ADP", "PROPN", "PROPN", "NOUN"])
    cand = Candidate(1, 2, doc[1].idx, doc[1].idx + 7, "Georgia", ner_type="GPE")
    kept = _given_name_people(doc, [cand], _NoKB(), frozenset({"monday"}))
    assert [(c.text, c.ner_type) for c in kept] == [("Georgia", "GPE")]


@pytest.mark.parametrize("text,lang,full,short", [
    ("Daniel Montavel left the group in May. Montavel was charged with theft. Friends helped Montavel with his defence.",
     "en", "Daniel Montavel", "Montavel"),
    ("Le maire Octave Brunelière a inauguré le pont. Selon Brunelière, les travaux ont duré deux ans. "
     "Brunelière a ensuite rencontré les riverains.", "fr", "Octave Brunelière", "Brunelière"),
])
def test_a_family_name_that_recurs_is_the_person_named_in_full(text, lang, full, short):
    article = Article.from_text(text, published=dt.date(2023, 5, 4), language=lang)
    entities = analyze_one(article).entities
    person = next(e for e in entities if full in {m.text for m in e.mentions})
    # Every recurrence is the person, including those NER left out ("Montavel was charged").
    assert sum(m.text == short for m in person.mentions) == text.count(short) - 1


def test_a_one_word_name_also_written_in_lower_case_does_not_recur():
    article = Article.from_text("Interview\n\nThe interview took place in Leeds. Interview questions were sent by Jane Holm.",
                                published=dt.date(2023, 5, 4), language="en")
    kinds = {m.text for e in analyze_one(article).entities for m in e.mentions}
    assert "Interview" not in kinds


def test_an_accented_common_noun_is_no_name_alone():
    # NOT_NAMES holds "république", "états": spans are folded before the comparison, so must the list be.
    article = Article.from_text("Les résultats arrivent États après États, au nom de la République laïque.",
                                published=dt.date(2023, 5, 4), language="fr")
    texts = {m.text for e in analyze_one(article).entities for m in e.mentions}
    assert "États" not in texts and "République" not in texts


@pytest.mark.parametrize("text,lang,word", [
    ("Les combats ont repris dans le Nord-Ouest de la Syrie, près d'Alep.", "fr", "Nord-Ouest"),
])
def test_a_compass_point_with_a_complement_is_no_place(text, lang, word):
    article = Article.from_text(text, published=dt.date(2023, 5, 4), language=lang)
    texts = {m.text for e in analyze_one(article).entities for m in e.mentions}
    assert word not in texts


def test_a_lone_letter_is_no_name():
    article = Article.from_text("Le nombre de demandeurs d'emploi en catégorie A a baissé à Lille.",
                                published=dt.date(2023, 5, 4), language="fr")
    texts = {m.text for e in analyze_one(article).entities for m in e.mentions}
    assert "A" not in texts and "Lille" in texts


def _ner_candidates(words, pos, ents, office_nouns):
    from spacy.tokens import Span

    doc = Doc(_VOCAB, words=words, pos=pos)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    labels = {"ORG": "ORG", "PERSON": "PERSON", "GPE": "GPE"}
    return {c.text: c.ner_type for c in from_ner(doc, labels, _NoKB(), NameWords(office_nouns=office_nouns))}


def test_an_office_between_an_organisation_and_its_holder_splits_the_span():
    from veille.lang.en import entities as en

    offices = frozenset(en.OFFICE_NOUNS)
    words, pos = ["Acme", "CEO", "Ann", "Lee", "spoke"], ["PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    assert _ner_candidates(words, pos, [(0, 4, "PERSON")], offices) == {"Acme": "ORG", "Ann Lee": "PERSON"}
    words, pos = ["Jo", "Hart", ",", "Orbitex", "Administrator", ",", "spoke"], ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    assert _ner_candidates(words, pos, [(0, 2, "PERSON"), (3, 5, "ORG")], offices) == {"Jo Hart": "PERSON", "Orbitex": "ORG"}
    # An office after an article or a preposition is part of the organisation's name.
    words, pos = ["the", "Office", "of", "the", "President"], ["DET", "PROPN", "ADP", "DET", "PROPN"]
    assert _ner_candidates(words, pos, [(1, 5, "ORG")], offices) == {"Office of the President": "ORG"}
