"""French press constructions seen to fail on real articles: one invented sentence each."""

from __future__ import annotations

from veille.nlp.pipeline import VEILLE_COMPONENTS  # noqa: F401  (pipeline import registers factories)

from .helpers import name, quotes


def test_clitic_subject_between_auxiliary_and_participle(fr_nlp):
    text = ("Le maire Julien Vasseur a reçu les riverains. « Les travaux reprendront dès le mois prochain "
            "dans tout le quartier », a-t-il déclaré.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.text.startswith("Les travaux")]
    assert found and "Vasseur" in name(found[0][1])
    assert found[0][0].speaker_text == "il"


def test_name_inside_the_quotation_is_not_the_pronoun_antecedent(fr_nlp):
    text = ("L'avocate Claire Duval a reçu la presse. « Marc Lenoir a été interrogé toute la nuit par les "
            "enquêteurs », a-t-elle affirmé.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.text.startswith("Marc Lenoir")]
    assert found and "Duval" in name(found[0][1])


def test_adverbial_between_auxiliary_and_participle_is_not_the_speaker(fr_nlp):
    text = ("La compagnie ferroviaire a de son côté dénoncé la suppression de nombreux trains régionaux "
            "dans la vallée.")
    found = quotes(fr_nlp, text)
    assert found
    for q, who in found:
        assert q.speaker_text is None or "côté" not in q.speaker_text


def test_selon_with_a_stressed_pronoun(fr_nlp):
    text = ("La ministre Sophie Arnaud a visité le chantier. Selon elle, les délais de livraison seront "
            "tenus malgré la pénurie de matériaux.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "délais de livraison" in q.text]
    assert found and "Arnaud" in name(found[0][1])


def test_reaffirmer_que_is_an_indirect_quote(fr_nlp):
    text = "Le gouvernement malgache a réaffirmé mardi que les élections auraient lieu à la date prévue."
    [(q, who)] = quotes(fr_nlp, text)
    assert q.kind == "indirect" and "élections auraient lieu" in q.text and q.cue == "réaffirmer"


def test_reporting_verb_with_an_infinitive_is_an_indirect_quote(fr_nlp):
    text = "La préfecture de Bretagne a annoncé avoir fermé trois plages après une pollution au fioul."
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "fermé trois plages" in q.text]
    assert found and found[0][0].kind == "indirect" and found[0][0].cue == "annoncer"
    assert found[0][0].speaker_text and "préfecture" in found[0][0].speaker_text


def test_a_link_label_is_not_a_speaker(fr_nlp):
    doc = fr_nlp("Les étudiants tiennent le piquet. « Nous restons jusqu’à vendredi », annonce le programme "
                 "de la semaine https://t.co/Xy12AbCd9\n\nLes cours reprennent lundi.")
    assert all(q.speaker is None for q in doc._.quotes)
    assert not any("https" in e.name for e in doc._.entities)
