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


def test_inverted_cue_with_an_adverbial_before_the_speaker(fr_nlp):
    for text in ("« Nous tiendrons bon jusqu'au bout », a lâché avec assurance Paul Girard.",
                 "« Les stocks tiendront tout l'hiver », a déclaré jeudi Gérald Martin."):
        [(q, who)] = quotes(fr_nlp, text)
        assert q.kind == "direct" and q.speaker_text in ("Paul Girard", "Gérald Martin")
        assert name(who) == q.speaker_text


def test_place_after_an_inverted_title_is_not_the_speaker(fr_nlp):
    text = ("Le chef de l'État Paul Morin a reçu les syndicats. « Nous ne céderons sur aucun point de la "
            "négociation », a déclaré le chef de l'État à Lyon.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.text.startswith("Nous ne céderons")]
    assert found and "Lyon" not in (found[0][0].speaker_text or "")
    assert name(found[0][1]) != "Lyon"


def test_pour_a_name_before_a_quotation_is_a_direct_quote(fr_nlp):
    text = "Pour Marc Dubois, « la réforme des retraites arrive beaucoup trop tard pour les salariés »."
    [(q, who)] = quotes(fr_nlp, text)
    assert q.text.startswith("la réforme des retraites") and name(who) == "Marc Dubois"


def test_pour_a_title_before_a_quotation_is_a_direct_quote(fr_nlp):
    text = ("La toxicologue Marie Lenoir a étudié le dossier. Pour la toxicologue, « ce pesticide aurait dû "
            "être interdit depuis longtemps ».")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.text.startswith("ce pesticide")]
    assert found and name(found[0][1]) == "Marie Lenoir"


def test_pour_as_a_plain_preposition_reports_nothing(fr_nlp):
    assert quotes(fr_nlp, "Il a voté pour le maire, puis il est rentré chez lui en voiture.") == []


def test_apposition_after_selon_is_not_in_the_quote(fr_nlp):
    text = "Selon Anne Leroy, porte-parole du ministre Jean Roux, la France « doit revoir sa copie sur ce dossier »."
    found = quotes(fr_nlp, text)
    assert found and all("porte-parole" not in q.text for q, _ in found)
    assert any("revoir sa copie" in q.text and name(who) == "Anne Leroy" for q, who in found)


def test_short_quotation_set_off_for_an_inverted_cue_is_a_quote(fr_nlp):
    for text, who_name in (("« Nous agirons », a déclaré Émilie Carpentier.", "Émilie Carpentier"),
                           ("« Jamais », a répondu la ministre Claire Dupin.", "Claire Dupin")):
        [(q, who)] = quotes(fr_nlp, text)
        assert q.kind == "direct" and name(who) == who_name


def test_short_scare_quote_without_a_cue_stays_out(fr_nlp):
    text = "Le rapport parle d'une « erreur » de calcul dans le budget de la commune."
    assert quotes(fr_nlp, text) == []


def test_infinitive_hung_on_the_object_of_accuser_is_reported(fr_nlp):
    text = ("Le syndicat, qui a accusé la direction de mentir sur les comptes de l'entreprise, a quitté "
            "la réunion.")
    found = [q for q, _ in quotes(fr_nlp, text) if q.cue == "accuser"]
    assert found and found[0].text.startswith("de mentir sur les comptes")
    assert found[0].speaker_text and "syndicat" in found[0].speaker_text


def test_object_of_demander_is_what_was_asked(fr_nlp):
    text = "Le ministre a demandé de nouvelles sanctions contre le régime de Minsk."
    [(q, _)] = quotes(fr_nlp, text)
    assert q.kind == "indirect" and q.cue == "demander" and "nouvelles sanctions" in q.text


def test_gerund_hung_on_a_participle_takes_the_main_subject(fr_nlp):
    text = ("Le ministre Paul Diallo a surpris plusieurs diplomates réunis à Genève ce vendredi en demandant "
            "le « retrait sans délai » de la mission.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "retrait sans délai" in q.text]
    assert found and name(found[0][1]) == "Paul Diallo"


def test_words_of_the_quotation_hung_on_an_inverted_cue_are_not_its_subject(fr_nlp):
    text = ("« Je comprends cette inquiétude, cette lassitude, cette peine » des agriculteurs, a déclaré "
            "lundi Hervé Lambert au sortir d’une réunion à la préfecture.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.text.startswith("Je comprends")]
    assert found and "Lambert" in name(found[0][1])
    assert not any(q.text.startswith("au sortir") for q, _ in quotes(fr_nlp, text))


def test_inverted_speaker_behind_an_adverbial_phrase(fr_nlp):
    text = "« Nous tiendrons bon jusqu'au bout de cette grève », a lancé avec fermeté Nadia Berthier."
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.text.startswith("Nous tiendrons")]
    assert found and "Berthier" in name(found[0][1])


def test_inverted_cue_reports_the_clause_before_its_comma(fr_nlp):
    text = ("Les syndicats ont manifesté devant le ministère. Ce n’est pas seulement une question de salaire "
            "mais de dignité, estime quant à elle la CFDT.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "question de salaire" in q.text]
    assert found and found[0][0].kind == "indirect"
    assert "CFDT" in (found[0][0].speaker_text or "")


def test_passive_label_beside_an_active_auxiliary_is_the_subject(fr_nlp):
    text = ("Le ministre malien de la Santé, Oumar Traoré, a littéralement surpris plusieurs élus du Parlement "
            "réunis à Bamako ce lundi 3 mars en demandant le « retrait sans délai » des cliniques privées du "
            "programme national.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "retrait sans délai" in q.text]
    assert found and "Traoré" in name(found[0][1])


def test_euphonic_t_is_not_the_subject_of_an_inverted_cue(fr_nlp):
    text = ("Le porte-parole Marc Durand a répondu aux journalistes. « Après la fermeture de l’usine de Lyon "
            "(connue sous le nom de site Delta ), les salariés sont mal placés pour négocier », a-t-il conclu.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "mal placés" in q.text]
    assert found and "Durand" in name(found[0][1]) and found[0][0].speaker_text == "il"


def test_proner_and_exclure_report_their_object(fr_nlp):
    text = ("La maire Hélène Marchal a exclu mardi une hausse des impôts locaux avant la fin du mandat. "
            "Le syndicat Force Ouvrière a prôné un « dialogue social renforcé » avec la direction de l'usine.")
    found = quotes(fr_nlp, text)
    assert any("hausse des impôts" in q.text and "Marchal" in name(who) for q, who in found)
    assert any("dialogue social" in q.text and q.cue == "prôner" for q, _ in found)


def test_reflexive_reporting_verb_with_an_attribute_is_an_indirect_quote(fr_nlp):
    text = "Le président du club Marc Olivier s’est toutefois déclaré confiant en vue du match de samedi."
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "confiant" in q.text]
    assert found and found[0][0].kind == "indirect" and "Olivier" in name(found[0][1])


def test_selon_source_with_a_party_in_brackets(fr_nlp):
    text = "Selon la sénatrice Odile Marchand (PS), les négociations sur le budget de la région peinent à aboutir."
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "négociations" in q.text]
    assert found and "Marchand" in name(found[0][1])
    assert not found[0][0].text.startswith("(")
    # the infinitive hanging on "peinent" is no side remark of the negotiations
    assert not any(q.speaker_text and "négociations" in q.speaker_text for q, _ in quotes(fr_nlp, text))


def test_object_described_by_a_complement_is_reported_whole(fr_nlp):
    text = ("Les élus écologistes ont exprimé un profond agacement face à l'attitude du maire Paul Berthier "
            "et à son mépris envers ses adjoints.")
    found = [q for q, _ in quotes(fr_nlp, text) if q.cue == "exprimer"]
    assert found and "agacement" in found[0].text


def test_subject_cut_off_by_a_long_participle_clause(fr_nlp):
    text = ("Le syndicat a publié un communiqué lundi.\nLucie Ferrand, questionnée mercredi sur ces critiques "
            "venues de la base, a assuré avoir « une relation de confiance » avec les délégués régionaux.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "relation de confiance" in q.text]
    assert found and "Ferrand" in name(found[0][1])


def test_relative_clause_before_the_main_verb_names_its_subject(fr_nlp):
    text = ("L'Espagne, qui a accusé le gouvernement marocain de laisser passer les migrants « sans le moindre "
            "contrôle » vers Ceuta, a réclamé une réunion d'urgence des ministres européens de l'Intérieur.")
    found = [(q, who) for q, who in quotes(fr_nlp, text)]
    assert found
    for q, who in found:
        assert "Espagne" in (q.speaker_text or "") or "Spain" in name(who)


def test_accusation_with_its_infinitive_after_the_object(fr_nlp):
    text = ("Les Verts accusent depuis des semaines Marc Duret de bloquer la réforme en multipliant les recours "
            "devant le tribunal administratif.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "bloquer la réforme" in q.text]
    assert found and "Verts" in (found[0][0].speaker_text or "")


def test_reporting_phrases_of_several_words(fr_nlp):
    text = ("La direction de l'usine a fait savoir que les salaires resteraient gelés jusqu'en juin. "
            "Elle a fait valoir que les commandes avaient baissé de moitié depuis le printemps. "
            "Les infirmières ont tiré la sonnette d'alarme sur la pénurie de personnel dans les services d'urgence.")
    found = quotes(fr_nlp, text)
    cues = {q.cue for q, _ in found}
    assert {"faire savoir", "faire valoir", "tirer la sonnette d'alarme"} <= cues
    alarm = [q for q, _ in found if q.cue == "tirer la sonnette d'alarme"]
    assert "pénurie de personnel" in alarm[0].text and "infirmières" in alarm[0].speaker_text


def test_a_phrase_verb_alone_is_no_cue(fr_nlp):
    text = "Le conseil municipal a fait des travaux dans la salle des fêtes pendant tout le mois de juillet."
    assert not quotes(fr_nlp, text)


def test_judgement_of_an_object_with_its_attribute(fr_nlp):
    text = "La Serbie a jugé un accord envisageable avec le Kosovo en cas de levée des sanctions."
    found = [(q, who) for q, who in quotes(fr_nlp, text) if q.cue == "juger"]
    assert found and "accord envisageable" in found[0][0].text and "levée des sanctions" in found[0][0].text
    # a verb of judgement with a plain object reports nothing
    assert not quotes(fr_nlp, "Le tribunal jugera l'affaire en appel au mois de mars.")


def test_pronoun_subject_of_a_participle_cut_from_its_auxiliary(fr_nlp):
    text = ("La présidente Marie Colin a quitté la capitale.\nElle avait plus tôt dans la semaine dénoncé des "
            "appels à « une grève générale » dans tout le pays.")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "grève générale" in q.text]
    assert found and "Colin" in name(found[0][1])


def test_selon_an_organisation_named_by_a_common_noun_and_nationality(fr_nlp):
    text = ("Des drones ont frappé le port dans la nuit.\nSelon la présidence moldave, 13 civils ont été blessés "
            "dans plusieurs quartiers de la ville et quatre dans la région.")
    found = [q for q, _ in quotes(fr_nlp, text) if "13 civils" in q.text]
    assert found and found[0].speaker_text == "la présidence moldave"
    assert found[0].text.startswith("13 civils")


def test_quotation_as_the_predicate_of_a_subject_outside_it(fr_nlp):
    text = ("Dans un communiqué publié vendredi, le président de la commission, Paul Mbaye, « condamne fermement "
            "les propos tenus par les autorités contre les travailleurs étrangers ».")
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "condamne fermement" in q.text]
    assert found and "Mbaye" in name(found[0][1]) and found[0][0].cue == "condamner"


def test_quoted_term_after_its_subject_is_no_predicate(fr_nlp):
    text = "Le « grand débat » organisé par la mairie a réuni une centaine d'habitants dans la salle des fêtes."
    assert not quotes(fr_nlp, text)


def test_reflexive_cue_with_its_attribute_in_the_compound_past(fr_nlp):
    # The parser makes the participle head the clause ("dits" hangs on "satisfaits") or hangs the
    # adjective on the verb as an adverb: either way the attribute is what was said.
    text = ("Les représentants des viticulteurs se sont dits « soulagés » par le report de la taxe. "
            "La préfète Anne Ricard s'est dite prête à recevoir les riverains du chantier.")
    found = quotes(fr_nlp, text)
    mixed = [(q, who) for q, who in found if "soulagés" in q.text]
    assert mixed and mixed[0][0].kind == "mixed" and "viticulteurs" in (mixed[0][0].speaker_text or "")
    ready = [(q, who) for q, who in found if "prête à recevoir" in q.text]
    assert ready and "Ricard" in name(ready[0][1])


def test_present_form_left_by_the_lemmatizer_still_reports_its_object(fr_nlp):
    # "réclame" is often lemmatised as written: the verb lists are read through its infinitive.
    text = "La fédération des commerçants réclame une baisse des loyers et le report des charges sociales."
    found = [q for q, _ in quotes(fr_nlp, text) if "baisse des loyers" in q.text]
    assert found and found[0].kind == "indirect"


def test_verb_set_off_after_the_quotation_introduces_it_whatever_the_verb(fr_nlp):
    # "mettre en garde", "trancher", "défendre" are no reporting verbs of the lists: their place
    # after the quotation, with the subject inverted, makes them its cue.
    text = ("La ministre Claire Dumas a rencontré les recteurs. « Nous ne céderons rien sur le calendrier "
            "des examens », a-t-elle tranché. « Le climat reste très tendu dans les lycées », a défendu le "
            "conseiller régional Marc Blum face aux parents.")
    found = quotes(fr_nlp, text)
    first = [(q, who) for q, who in found if q.text.startswith("Nous ne céderons")]
    assert first and "Dumas" in name(first[0][1]) and first[0][0].speaker_text == "elle"
    second = [(q, who) for q, who in found if q.text.startswith("Le climat")]
    assert second and "Blum" in name(second[0][1])
    # a title in running text is set off by nothing and introduces nothing
    assert not quotes(fr_nlp, "Le film « La vie est belle de Capra » a remporté un prix hier soir.")


def test_appeler_a_reports_what_is_called_for(fr_nlp):
    text = "Le préfet Jean Morvan a appelé à la plus grande prudence sur les routes du département ce week-end."
    found = [(q, who) for q, who in quotes(fr_nlp, text) if "plus grande prudence" in q.text]
    assert found and "Morvan" in name(found[0][1])
