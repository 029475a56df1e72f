"""Within-article resolution, junk filters, linking discipline and city coordinates (invented sentences)."""

from __future__ import annotations

import pytest


def entities(nlp, text: str):
    return list(nlp(text)._.entities)


def names(nlp, text: str) -> set[str]:
    return {e.name for e in entities(nlp, text)}


def mention_texts(nlp, text: str) -> set[str]:
    return {m.text for e in entities(nlp, text) for m in e.mentions}


def test_honorific_makes_a_person_and_joins_the_full_name(fr_nlp):
    found = entities(fr_nlp, "Selon M. Ferrandou, le projet avance. Paul Ferrandou a été reçu à la mairie.")
    people = [e for e in found if "Ferrandou" in e.name]
    assert len(people) == 1 and people[0].type == "PERSON"
    assert {m.text for m in people[0].mentions} == {"Ferrandou", "Paul Ferrandou"}


def test_surname_merges_whatever_ner_type(en_nlp):
    found = entities(en_nlp, "Colonel Marten Voskuijl testified for hours. Voskuijl said the order was clear, "
                             "and Voskuijl repeated it later.")
    voskuijl = [e for e in found if "Voskuijl" in e.name]
    assert len(voskuijl) == 1 and voskuijl[0].type == "PERSON"


@pytest.mark.parametrize("text, junk", [
    ("Le conseil se réunira jeudi à Lyon.", "jeudi"),
    ("The board met on Monday in Leeds.", "Monday"),
    ("À cette occasion, la ministre a pris la parole.", "À cette occasion"),
    ("Deficit hawks in the chamber balked at the plan.", "Deficit"),
    ("Televised debates drew large audiences.", "Televised"),
    ("Read the thread at https://t.co/AbC123xyz before noon.", "https://t.co/AbC123xyz"),
    ("LIRE AUSSI SUR EXEMPLE.FR", "EXEMPLE.FR"),
])
def test_junk_is_not_an_entity(fr_nlp, en_nlp, text, junk):
    nlp = fr_nlp if any(w in text for w in ("Le ", "À ", "LIRE")) else en_nlp
    assert not any(junk in m for m in mention_texts(nlp, text))


def test_place_made_adjective_is_not_the_place(en_nlp):
    assert not any(e.id.startswith("city:washington") for e in entities(en_nlp, "Washington-based analysts disagreed."))


def test_gazetteer_name_inside_a_longer_name(en_nlp):
    found = entities(en_nlp, "The astronaut Douglas Hurley landed in Florida.")
    assert not any(e.kb_id and e.name == "Douglas" for e in found)
    assert "Douglas Hurley" in {e.name for e in found}


def test_news_agencies(en_nlp, fr_nlp):
    assert {e.id for e in entities(en_nlp, "LEEDS (AP) — The council voted, Reuters reported.")} >= {"org:ap", "org:reuters"}
    assert "org:afp" in {e.id for e in entities(fr_nlp, "Le conseil a voté, a indiqué l'AFP.")}


@pytest.mark.parametrize("lang, text, city", [
    ("fr", "Les négociateurs se retrouvent au Caire puis à Pékin.", "Cairo"),
    ("fr", "Le ministre arrive à Alger demain.", "Algiers"),
    ("en", "Talks resumed in Nairobi and Doha.", "Nairobi"),
])
def test_cities_have_coordinates_and_country(fr_nlp, en_nlp, lang, text, city):
    nlp = fr_nlp if lang == "fr" else en_nlp
    found = {e.name: e for e in entities(nlp, text)}
    assert city in found
    assert found[city].lat is not None and found[city].lon is not None and found[city].country


def test_generic_actors_are_marked(fr_nlp):
    found = entities(fr_nlp, "La police a dispersé les manifestants devant la préfecture.")
    actors = [e for e in found if e.id.startswith("actor:")]
    assert actors and all(e.generic for e in actors)


def test_russian_case_forms_link_to_the_kb_person():
    from veille.model import Article
    from veille.nlp import analyze_one

    article = Article.from_text("Переговоры с Путиным начались утром. Позиция Владимира Путина осталась прежней.",
                                language="ru")
    putin = [e for e in analyze_one(article).entities if e.id == "person:vladimir-putin"]
    assert putin and {m.text for m in putin[0].mentions} == {"Путиным", "Владимира Путина"}


def test_russian_word_forms():
    from veille.entities.russian import name_forms

    assert {"путина", "путиным", "путину"} <= name_forms("Путин")
    assert {"захаровой", "захарову"} <= name_forms("Захарова")
    assert name_forms("Порошенко") == {"порошенко"}


def _analysed(lang: str, text: str):
    import datetime as dt

    from veille.model import Article
    from veille.nlp import analyze_one

    return {e.id: e for e in analyze_one(Article.from_text(text, language=lang, published=dt.date(2022, 3, 1))).entities}


def test_bare_title_is_the_holder_the_article_names():
    found = _analysed("fr", "La ministre des Armées Odile Brassart a visité la base. "
                            "La ministre des Armées a ensuite salué les soldats.")
    assert "person:florence-parly" not in found
    assert sum(m.text == "ministre des Armées" for m in found["person:odile-brassart"].mentions) == 2


def test_qualified_leader_title_is_not_the_head_of_state():
    found = _analysed("en", "President Joe Biden met senators. The Senate majority leader said the bill would pass.")
    assert not any(m.text == "leader" for e in found.values() for m in e.mentions)


def test_family_name_first_joins_the_full_name(en_nlp):
    found = entities(en_nlp, "Premier Tseng Wen-hao visited the port. Tseng said the new terminal would open soon.")
    tseng = [e for e in found if "Tseng" in e.name]
    assert len(tseng) == 1 and {m.text for m in tseng[0].mentions} >= {"Tseng Wen-hao", "Tseng"}


def test_bare_given_name_does_not_join_by_first_word(en_nlp):
    found = entities(en_nlp, "Maria Kowalczyk and her sister met Anna. Later Anna went home.")
    assert not any(m.text == "Anna" for e in found if "Kowalczyk" in e.name for m in e.mentions)


def test_demonym_starting_a_sentence_stays_an_entity(en_nlp):
    doc = en_nlp("Islamic clerics gathered outside the parliament on Friday.")
    assert any(e.type == "NORP" for e in doc._.entities), [(e.name, e.type) for e in doc._.entities]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The minister met Pope Leo XIV on Friday. Later the Pope spoke of peace.", "Leo XIV"),
    ("fr", "La ministre a rencontré le pape Léon XIV vendredi. Le pape a ensuite parlé de paix.", "Léon XIV"),
])
def test_the_pope_is_the_pope_named_before_not_an_organisation(en_nlp, fr_nlp, lang, text, name):
    found = entities(en_nlp if lang == "en" else fr_nlp, text)
    people = [e.name for e in found if e.type == "PERSON"]
    assert len(people) == 1 and people[0].endswith(name)
    assert not any(e.name.lower() in ("pope", "pape") for e in found)


def test_lower_case_words_run_into_a_name_are_not_part_of_it(fr_nlp):
    found = entities(fr_nlp, "Le général Abdel Karim Moutawi a parlé aux soldats. « Nous gagnerons », a lancé "
                             "avec assurance Moutawi devant la caserne.")
    people = [e for e in found if "Moutawi" in e.name]
    assert len(people) == 1 and not any("assurance" in m.text for m in people[0].mentions)


def test_surname_alone_joins_the_name_with_its_hyphenated_particle(fr_nlp):
    found = entities(fr_nlp, "Le général Abdel Karim al-Moutawi a parlé aux soldats. Moutawi a promis la victoire.")
    people = [e for e in found if "Moutawi" in e.name]
    assert len(people) == 1 and {m.text for m in people[0].mentions} >= {"Moutawi"}


@pytest.mark.parametrize("text, lang, key, short", [
    ("L'opposant Jawher Ben Mbarek a été arrêté samedi. Ben Mbarek est un juriste connu.", "fr",
     "person:jawher-ben-mbarek", "Ben Mbarek"),
    ("George W. Bush and Jeb Bush met in Texas; W. Bush spoke first.", "en", "person:george-w-bush", "W. Bush"),
])
def test_a_family_name_of_several_words_is_the_person_named_in_full(fr_nlp, en_nlp, text, lang, key, short):
    found = {e.id: e for e in entities(fr_nlp if lang == "fr" else en_nlp, text)}
    assert short in {m.text for m in found[key].mentions}
    assert not any(e.name == short for e in found.values())
