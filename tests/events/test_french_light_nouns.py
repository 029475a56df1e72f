"""French constructions: who mobilises, objects that belong to the trigger, acts named by a light noun."""

from __future__ import annotations


def test_mobilised_civilians_protest(code):
    c = code("Les partisans de l'indépendance catalane sont mobilisés à quelques jours du référendum.", "fr")
    assert c.events("MOBILIZE") == []
    e = c.one("PROTEST")
    assert any("partisans" in w for w in c.words(e.source)) and e.target == []


def test_mobilised_troops_are_the_mobilisers(code):
    c = code("Des milliers de soldats ont été mobilisés par la Russie.", "fr")
    e = c.one("MOBILIZE")
    assert "Russie" in c.words(e.source)


def test_object_required_by_the_trigger_is_no_target(code):
    c = code("Des individus ont jeté des projectiles sur les policiers.", "fr")
    e = c.one("ASSAULT")
    assert any("individus" in w for w in c.words(e.source))
    assert any("policiers" in w for w in c.words(e.target))


def test_pledging_allegiance_lends_nothing(code):
    c = code("Cette branche a prêté allégeance à l'organisation terroriste en novembre 2014.", "fr")
    assert c.events("AID") == []
    e = c.one("SUPPORT")
    assert any("branche" in w for w in c.words(e.source))


def test_intention_verb_before_an_infinitive(code):
    c = code("En effet, le Canada compte rapatrier ses six avions de combat CF-18.", "fr")
    assert c.events("RETREAT") == []
    # the intention is coded only with a party on the other side (checks.recipient_required)
    assert all("Canada" in c.words(e.source) for e in c.events("AGREE"))


def test_name_beats_common_noun_in_a_phrase_and_places_are_no_parties(code):
    c = code("Le Canada cessera ses frappes aériennes contre l'organisation armée État islamique "
             "en Irak et en Syrie d'ici le 22 février.", "fr")
    e = c.one("AGREE")
    words = c.words(e.target)
    assert any("État islamique" in w for w in words)
    assert not any("Syrie" in w or "armée" in w for w in words)


def test_passive_agent_hung_on_a_date(code):
    c = code("L'ancienne présidente Park Geun-hye, dont la destitution avait été massivement votée début "
             "décembre par les députés, a été arrêtée ce matin.", "fr")
    e = c.one("SANCTION")
    assert any("députés" in w for w in c.words(e.source))
    assert any("Park Geun-hye" in w for w in c.words(e.target))


def test_verb_against_beats_the_kind_of_act(code):
    c = code("La présidente Park Geun-hye a été arrêtée, après qu'un mandat d'arrêt a été émis contre elle "
             "par le tribunal central de Séoul.", "fr")
    e = c.one("ACCUSE")
    assert any("tribunal" in w for w in c.words(e.source))
    assert any("Park Geun-hye" in w for w in c.words(e.target))


def test_member_states_act_as_their_union_and_a_recalled_envoy_points_to_the_post(code):
    c = code("Les 28 États membres de l'Union européenne ont décidé de rappeler pour consultations "
             "Markus Ederer, leur ambassadeur à Moscou.", "fr")
    e = c.one("SANCTION")
    assert "Union européenne" in c.words(e.source)
    assert "Moscou" in c.words(e.target)


def test_whoever_is_responsible_for_an_act_did_it(code):
    c = code("Cette branche a prêté allégeance à l'organisation terroriste en novembre 2014, et est "
             "responsable de plusieurs attentats ayant visé les forces de sécurité dans le Sinaï.", "fr")
    e = c.one("ASSAULT")
    assert any("branche" in w for w in c.words(e.source))
    assert any("forces de sécurité" in w for w in c.words(e.target))


def test_the_eve_of_a_summit_is_no_meeting(code):
    c = code("Les États-Unis ont annoncé leur ratification, à la veille du sommet du G20 de Pékin.", "fr")
    assert c.events("CONSULT") == []
    assert "États-Unis" in c.words(c.one("SUPPORT").source)


def test_doerless_mention_of_the_same_target_in_one_sentence_is_the_same_act(code):
    c = code("Le conseil des droits de l'homme des Nations unies a annoncé l'ouverture d'une enquête visant "
             "douze personnalités soupçonnées d'être responsables de crimes.", "fr")
    accusations = c.events("ACCUSE")
    assert len(accusations) == 1
    assert any("personnalités" in w for w in c.words(accusations[0].target))
    assert accusations[0].source


def test_an_agreements_own_acronym_is_no_party(code):
    c = code("Le Canada et l'Union européenne ont signé dimanche une entente globale de libre-échange (AECG).", "fr")
    e = c.one("SUPPORT")
    assert {"Canada", "Union européenne"} <= set(c.words(e.source))
    assert e.target == []


def test_a_clash_with_someone_targets_them(code):
    c = code("Trois suspects ont été tués lors d'une fusillade avec la police belge.", "fr")
    e = next(e for e in c.events("ASSAULT") if e.mode == "firearms")
    assert any("police" in w for w in c.words(e.target))
    assert any("suspects" in w for w in c.words(e.source))


def test_a_clash_between_two_sides(code):
    c = code("Des affrontements entre les manifestants et la police ont eu lieu samedi.", "fr")
    e = c.one("ASSAULT")
    assert any("manifestants" in w for w in c.words(e.source))
    assert any("police" in w for w in c.words(e.target))


def test_waging_battles_delivers_nothing(code):
    c = code("Les rebelles ont livré de violents combats avec l'armée malienne.", "fr")
    assert c.events("AID") == []
    e = c.one("ASSAULT")
    assert any("rebelles" in w for w in c.words(e.source))
    assert any("armée" in w for w in c.words(e.target))


def test_leaving_a_treaty_is_a_sanction_and_no_new_agreement(code):
    c = code("Les États-Unis se retirent de l'accord de Paris sur le climat.", "fr")
    assert c.events("AGREE") == [] and c.events("RETREAT") == []
    e = c.one("SANCTION")
    assert e.mode == "withdraw" and "États-Unis" in c.words(e.source)


def test_the_treaty_left_is_no_party(code):
    c = code("Le retrait des États-Unis de l'accord de Paris a été annoncé jeudi.", "fr")
    e = c.one("SANCTION")
    assert c.words(e.source) == {"États-Unis"} and e.target == []


def test_leaving_a_union(code):
    c = code("Le Royaume-Uni a quitté l'Union européenne.", "fr")
    e = c.one("SANCTION")
    assert "Royaume-Uni" in c.words(e.source) and "Union européenne" in c.words(e.target)


def test_withdrawing_ones_own_troops_from_a_country(code):
    c = code("La Russie a annoncé le retrait de ses troupes de Syrie.", "fr")
    e = c.one("RETREAT")
    assert c.words(e.source) == {"Russie"} and c.words(e.target) == {"Syrie"}


def test_an_intended_withdrawal_still_leaves_the_country(code):
    c = code("La Russie va retirer ses troupes de Syrie.", "fr")
    e = c.one("AGREE")
    assert "Russie" in c.words(e.source) and "Syrie" in c.words(e.target)


def test_lower_case_demonym_names_the_doer(code):
    c = code("Les sanctions américaines contre l'Iran ont été renforcées.", "fr")
    e = c.one("SANCTION")
    assert "américaines" in c.words(e.source) and "Iran" in c.words(e.target)


def test_an_act_as_subject_of_the_same_act_is_one_event(code):
    c = code("Des frappes aériennes russes ont tué au moins vingt civils à Idleb.", "fr")
    e = c.one("ASSAULT")
    assert "russes" in c.words(e.source) and "civils" in c.words(e.target)


def test_hosting_ones_counterpart_is_a_meeting(code):
    c = code("Le président français a reçu jeudi son homologue allemand à l'Élysée.", "fr")
    e = c.one("CONSULT")
    assert e.mode == "visit" and len(set(e.source + e.target)) == 2
    assert c.events("CONSULT") and not c.events("SUPPORT")


def test_hostages_taken_are_the_target(code):
    c = code("Les rebelles ont pris vingt otages.", "fr")
    e = c.one("ASSAULT")
    assert "rebelles" in c.words(e.source) and "otages" in c.words(e.target)


def test_the_act_someone_is_accused_of_is_not_established(code):
    c = code("L'Iran a accusé Israël d'avoir assassiné un scientifique.", "fr")
    assert c.events("ASSAULT") == []
    e = c.one("ACCUSE")
    assert "Iran" in c.words(e.source) and "Israël" in c.words(e.target)


def test_a_counted_genitive_is_what_is_given_not_the_giver(code):
    c = code("Le Japon a fait don de dix millions de dollars à la Croix-Rouge.", "fr")
    e = c.one("AID")
    assert "Japon" in c.words(e.source) and "Japon" not in c.words(e.target)


def test_the_doer_of_a_denounced_act_is_the_target(code):
    c = code("L'ONU a dénoncé des exécutions sommaires commises par l'armée birmane.", "fr")
    e = c.one("ACCUSE")
    assert any("armée" in w for w in c.words(e.target))


def test_lifting_sanctions_as_a_noun(code):
    c = code("Washington a annoncé la levée des sanctions contre Cuba.", "fr")
    e = c.one("CONCEDE")
    assert "Washington" in c.words(e.source) and "Cuba" in c.words(e.target)
    assert c.events("SANCTION") == []


def test_recalling_ones_ambassador_targets_the_host_country(code):
    c = code("Le Maroc a rappelé son ambassadeur en Allemagne.", "fr")
    e = c.one("SANCTION")
    assert "Maroc" in c.words(e.source) and "Allemagne" in c.words(e.target)


def test_a_phone_call_with_the_partner_hung_on_the_modifier(code):
    c = code("Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine.", "fr")
    e = c.one("CONSULT")
    assert e.mode == "phone"
    assert {"Emmanuel Macron", "Vladimir Poutine"} <= c.words(e.source + e.target)


def test_strikes_against_someones_positions(code):
    c = code("Israël a mené des frappes contre des positions du Hezbollah au Liban.", "fr")
    e = c.one("ASSAULT")
    assert "Israël" in c.words(e.source) and "Hezbollah" in c.words(e.target)


def test_clashes_that_oppose_two_sides(code):
    c = code("Des affrontements ont opposé les forces de sécurité à des manifestants à Téhéran.", "fr")
    e = c.one("ASSAULT")
    assert any("forces de sécurité" in w for w in c.words(e.source))
    assert "manifestants" in c.words(e.target)


def test_a_subject_the_parser_cut_off_at_the_start(code):
    c = code("Washington a condamné fermement l'invasion russe.", "fr")
    e = c.one("ACCUSE")
    assert "Washington" in c.words(e.source) and "russe" in c.words(e.target)


def test_an_accusation_in_the_present_with_the_act_hung_on_the_object(code):
    c = code("Human Rights Watch accuse l'armée d'avoir tué des civils.", "fr")
    assert c.events("ASSAULT") == []
    e = c.one("ACCUSE")
    assert "armée" in c.words(e.target)


def test_a_finite_clause_hung_on_an_accusation_is_not_alleged(code, trace):
    c = code("La Lituanie, la Lettonie et la Pologne ont récemment signalé une augmentation du nombre de "
             "migrants illégaux détenus à la frontière avec la Biélorussie, Minsk a été accusée de créer "
             "une crise migratoire.", "fr")
    # the detention, framed by the report, ranks below the default threshold but is still coded
    assert [x for x in trace(c.analysis.article.text, "fr") if x.type == "COERCE" and not x.dropped]
    assert "Minsk" in c.words(c.one("ACCUSE").target)
