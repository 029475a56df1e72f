"""French constructions that decide whether a mention is a happening and who its parties are."""

from __future__ import annotations


def test_relative_pronoun_subject_is_the_antecedent(code):
    c = code("Le parti nationaliste, qui soutient le président Erdogan, a gagné des voix.", "fr")
    e = c.one("SUPPORT")
    assert any("parti" in w for w in c.words(e.source)) and "Erdogan" in c.words(e.target)


def test_thing_subject_of_a_relative_clause_is_no_actor(code):
    c = code("Le vote intervient après un conflit qui a tué 310 000 personnes.", "fr")
    assert c.events("ASSAULT") == []


def test_passive_labelled_as_copula(code):
    c = code("Six fonctionnaires locaux étaient encore gardés à vue.", "fr")
    e = c.one("COERCE")
    assert e.source == [] and any("fonctionnaires" in w for w in c.words(e.target))


def test_place_in_genitive_is_no_party(code):
    c = code("La Chine a ratifié l'accord de Paris sur le climat.", "fr")
    e = c.one("SUPPORT")
    assert "Chine" in c.words(e.source) and e.target == []
    assert c.events("AGREE") == []  # "l'accord de Paris" names a treaty, nobody agreed here


def test_summit_named_by_its_city_is_no_event(code):
    c = code("Les dirigeants se retrouvent à la veille du sommet de Pékin.", "fr")
    assert c.events("CONSULT") == []


def test_conditional_mood_is_not_a_happening(code):
    c = code("Elle aurait été aidée par son amie Choi Soon-sil.", "fr")
    assert c.analysis.events == []


def test_participle_under_a_hypothetical_is_not_a_happening(code):
    c = code("Des Camerounais pourraient faire partie des civils libérés.", "fr")
    assert c.analysis.events == []


def test_possible_operation_is_a_prospect(code):
    c = code("La Russie a mis en garde contre une possible opération militaire des États-Unis.", "fr")
    assert c.events("ASSAULT") == []


def test_negative_determiner_on_the_subject(code):
    c = code("Aucun soldat camerounais n'a été tué pendant l'opération.", "fr")
    assert all(e.negated for e in c.events("ASSAULT"))


def test_speech_over_a_negated_statement_about_things_is_no_denial(code):
    c = code("La CGT annonce que les baisses de charge ne seront pas systématiques.", "fr")
    assert c.events("REJECT") == []


def test_speech_over_a_negated_statement_about_someone_is_a_denial(code):
    c = code("Minsk a déclaré qu'ils n'étaient pas les organisateurs de la crise.", "fr")
    assert any("Minsk" in c.words(e.source) for e in c.events("REJECT"))


def test_support_to_someone(code):
    c = code("Le président Emmanuel Macron a exprimé son soutien entier à Theresa May.", "fr")
    e = c.one("SUPPORT")
    assert "Emmanuel Macron" in c.words(e.source) and "Theresa May" in c.words(e.target)


def test_support_received(code):
    c = code("Bénéficiant du soutien de la chancelière Angela Merkel, Juncker a été élu en 2014.", "fr")
    e = c.one("SUPPORT")
    assert any("Merkel" in w for w in c.words(e.source)) and "Juncker" in c.words(e.target)


def test_subject_pronoun_continues_the_previous_subject(code):
    c = code("L'armée du Zimbabwe a pris le contrôle de la capitale. Elle a confiné le président Robert Mugabe "
             "à sa résidence.", "fr")
    arrest = [e for e in c.events("COERCE") if e.mode == "arrest"]
    assert len(arrest) == 1
    assert any("armée" in w for w in c.words(arrest[0].source)) and "Robert Mugabe" in c.words(arrest[0].target)


def test_first_person_in_a_quote_is_the_speaker(code):
    c = code("« Nous soutenons pleinement cette décision », a déclaré Matthew Rycroft.", "fr")
    e = c.one("SUPPORT")
    assert "Matthew Rycroft" in c.words(e.source)


def test_ordered_strike_is_the_orderers_assault(code):
    c = code("Le président Donald Trump a ordonné une frappe militaire contre l'armée syrienne.", "fr")
    assert c.events("REQUEST") == []
    e = c.one("ASSAULT")
    assert "Donald Trump" in c.words(e.source)


def test_withdrawal_targets_the_place_left(code):
    c = code("Le Conseil de sécurité a voté pour retirer les soldats de la mission en Haïti.", "fr")
    e = c.one("RETREAT")
    assert e.mode == "withdraw" and "Haïti" in c.words(e.target)


def test_summoning_an_ambassador_is_a_diplomatic_protest(code):
    c = code("Le Burundi a convoqué l'ambassadeur de France.", "fr")
    e = c.one("ACCUSE")
    assert e.mode == "disapprove" and "Burundi" in c.words(e.source)


def test_predicative_noun_is_no_event(code):
    c = code("L'Église catholique est considérée comme un soutien important de l'opposition.", "fr")
    assert c.events("SUPPORT") == []


def test_an_office_held_is_not_seized(code):
    c = code("Bernard Cazeneuve occupait ce poste depuis 2014.", "fr")
    assert c.events("COERCE") == []


def test_arrest_and_seizure_stay_two_events(code):
    c = code("L'armée a pris le contrôle de la capitale et a arrêté le ministre des Finances.", "fr")
    assert {e.mode for e in c.events("COERCE")} == {"seize", "arrest"}


def test_past_of_must_reports_what_happened(code):
    c = code("Matteo Renzi a dû démissionner en décembre.", "fr")
    e = c.one("RETREAT")
    assert e.mode == "resign" and "Matteo Renzi" in c.words(e.source)


def test_must_in_the_present_is_not_yet_a_happening(code):
    c = code("Matteo Renzi doit démissionner en décembre.", "fr")
    assert c.events("RETREAT") == []


def test_office_without_its_holder_is_an_actor(code):
    c = code("Le ministre de l'économie a promis aux syndicats d'implémenter les mesures.", "fr")
    e = c.one("AGREE")
    assert any("ministre" in w for w in c.words(e.source))


def test_verb_lemma_the_lemmatizer_gets_wrong(code):
    c = code("La Commission reproche à l'Italie son budget.", "fr")
    e = c.one("ACCUSE")
    assert e.mode == "disapprove" and "Italie" in c.words(e.target)


def test_verbless_headline_noun_is_left_to_the_body(code):
    c = code("Canada : fin des frappes aériennes en Irak et en Syrie\n\nLe Canada cessera ses frappes.", "fr")
    assert c.events("ASSAULT") == []


def test_aim_is_no_happening(code):
    c = code("Le Sénat votera afin de suspendre Dilma Rousseff.", "fr")
    assert c.events("SANCTION") == []


def test_hostages_of_a_group_are_not_the_group(code):
    c = code("L'armée nigériane a libéré les otages de Boko Haram.", "fr")
    e = c.one("RETREAT")
    assert any("otages" in w for w in c.words(e.target))
    assert not any("Boko Haram" in w for w in c.words(e.target))


def test_nothing_conceded_is_negated(code):
    c = code("« Nous n'avons rien cédé sur nos principales valeurs », a déclaré Jean-Claude Juncker.", "fr")
    assert all(e.negated for e in c.events("CONCEDE"))


def test_name_set_off_by_a_comma_before_the_verb(code):
    c = code("Le dirigeant de l'autorité des télécommunications Ömer Fatih Sayan, exige que Wikipédia retire "
             "des articles.", "fr")
    e = c.one("REQUEST")
    assert any("Sayan" in w for w in c.words(e.source))


def test_what_is_threatened_is_not_a_happening(code):
    c = code("La Commission européenne a menacé l'Italie de sanctions financières.", "fr")
    assert c.events("SANCTION") == []
    e = c.one("THREATEN")
    assert "Italie" in c.words(e.target)


def test_named_counterpart_is_met_not_owned(code):
    c = code("Le président russe Vladimir Poutine a rencontré son homologue turc Recep Tayyip Erdogan à Moscou.", "fr")
    e = c.one("CONSULT")
    assert any("Erdogan" in w for w in c.words(e.source + e.target))


def test_have_never_builds_a_passive(code):
    c = code("Pascal Nyabenda a demandé de l'aide à l'Église catholique. Il a également demandé à l'Église "
             "catholique de convaincre les bailleurs.", "fr")
    for e in c.events("REQUEST"):
        assert "Pascal Nyabenda" in c.words(e.source)


def test_coordinated_aim_is_no_happening(code):
    c = code("Une majorité simple est nécessaire afin de poursuivre la procédure et suspendre Rousseff.", "fr")
    assert c.events("SANCTION") == []


def test_talk_with_one_party_is_an_interview(code):
    c = code("Dans son entretien, Jean-Claude Juncker dresse un sombre tableau de la situation européenne.", "fr")
    assert c.events("CONSULT") == []


def test_talks_between_two_parties_stay(code):
    c = code("Emmanuel Macron a eu un entretien avec Vladimir Poutine.", "fr")
    e = c.one("CONSULT")
    assert {"Emmanuel Macron", "Vladimir Poutine"} <= c.words(e.source + e.target)


def test_leaving_an_organisation_is_a_sanction(code):
    c = code("L'assemblée nationale a adopté la loi décidant le retrait du Burundi de la Cour pénale internationale.", "fr")
    e = c.one("SANCTION")
    assert e.mode == "withdraw" and "Burundi" in c.words(e.source)
    assert any("Cour pénale internationale" in w for w in c.words(e.target))


def test_leaving_a_territory_is_a_retreat(code):
    c = code("La Russie a retiré ses troupes de Syrie.", "fr")
    e = c.one("RETREAT")
    assert e.mode == "withdraw" and "Russie" in c.words(e.source)


def test_hostage_taking_is_an_abduction(code):
    c = code("Des hommes armés ont pris en otage quinze employés de l'ONU.", "fr")
    e = c.one("ASSAULT")
    assert e.mode == "abduct"


def test_going_on_strike(code):
    c = code("Les syndicats se sont mis en grève contre la réforme.", "fr")
    e = c.one("PROTEST")
    assert e.mode == "strike" and any("syndicats" in w for w in c.words(e.source))


def test_stated_aim_is_no_happening(code):
    c = code("La Turquie a l'objectif stratégique de stopper l'offensive des FDS contre Daech.", "fr")
    assert c.analysis.events == []


def test_announced_intention_to_sanction_is_a_threat(code):
    c = code("L'UE a annoncé son intention de sanctionner la Russie.", "fr")
    e = c.one("THREATEN")
    assert "Russie" in c.words(e.target)


def test_act_not_allowed_did_not_happen(code):
    c = code("Les insurgés n'avaient pas permis aux civils blessés d'évacuer les deux villes.", "fr")
    assert all(e.negated for e in c.analysis.events)


def test_condition_is_no_happening(code):
    c = code("Si la Russie nous aide vraiment, pourquoi y aurait-il des sanctions ?", "fr")
    assert c.events("AID") == []


def test_claim_about_a_third_party_is_no_denial(code):
    c = code("John Brennan a déclaré hier que Donald Trump ne comprend pas la Russie.", "fr")
    assert c.events("REJECT") == []


def test_apposed_noun_describes(code):
    c = code("Pour le député Yann Galut, soutien de Benoît Hamon à la primaire, le texte est mauvais.", "fr")
    assert c.events("SUPPORT") == []


def test_two_protesters_are_not_the_last_two_people_named(code):
    c = code("Park Geun-hye a été destituée par la Cour. Deux manifestants ont alors été tués.", "fr")
    for e in c.events("ASSAULT"):
        assert not any("Park" in w for w in c.words(e.target))


def test_violating_a_law_is_no_assault(code):
    c = code("Michael Flynn a négocié avec la Russie, violant ainsi le Logan Act.", "fr")
    assert c.events("ASSAULT") == []


def test_admitting_is_a_concession(code):
    c = code("Le ministre a reconnu qu'il avait menti au vice-président.", "fr")
    assert c.events("SUPPORT") == []


def test_detached_participle_is_done_to_its_subject(trace):
    # A one-sided accusation in a detached participle ranks below the default threshold: read the rules' output.
    found = [x for x in trace("Souvent accusées, les autorités russes ont toujours nié tout soutien aux séparatistes.", "fr")
             if x.type == "ACCUSE" and not x.dropped]
    assert len(found) == 1 and found[0].source == []
    assert any("autorités" in m.text for t in found[0].target for m in found[0].actors.entity(t).mentions)


def test_victim_of_an_attack_is_no_attacker(code):
    c = code("Un policier a été tué dans un attentat sur l'avenue des Champs-Élysées.", "fr")
    e = c.one("ASSAULT")
    assert e.source == [] and any("policier" in w for w in c.words(e.target))


def test_event_name_is_no_party(code):
    c = code("Daech a revendiqué l'attaque, comme lors de l'attentat de Nice en juillet dernier.", "fr")
    for e in c.events("ASSAULT"):
        assert not any("attentat" in w for w in c.words(e.source + e.target))


def test_conviction(code):
    c = code("Karim Cheurfi avait déjà été condamné pour des faits de violence.", "fr")
    e = c.one("SANCTION")
    assert e.mode == "convict" and "Karim Cheurfi" in c.words(e.target)


def test_announced_refusal_is_no_denial(code):
    c = code("Les autorités kurdes ont annoncé qu'elles ne feront pas leur déclaration d'indépendance.", "fr")
    assert c.events("REJECT") == []


def test_not_taking_part_in_an_offensive_is_negated(code):
    c = code("Les Kurdes ne participent pas à l'offensive contre Daech.", "fr")
    assert all(e.negated for e in c.events("ASSAULT"))


def test_statement_about_a_thing_is_no_denial(code):
    c = code("Sean Spicer ajoute que cela ne s'applique pas au personnel.", "fr")
    assert c.events("REJECT") == []


def test_preference_is_no_happening(code):
    c = code("Trump préfère négocier un accord bilatéral avec le Royaume-Uni.", "fr")
    assert c.events("CONSULT") == []


def test_passive_act_noun_takes_the_agent_as_source(code):
    c = code("La destitution de Park Geun-hye avait été massivement votée par les députés.", "fr")
    e = c.one("SANCTION")
    assert any("députés" in w for w in c.words(e.source)) and "Park Geun-hye" in c.words(e.target)


def test_conditional_on_the_verb_of_a_nominal_subject(code):
    c = code("Un couvre-feu serait mis en place par l'armée.", "fr")
    assert c.events("COERCE") == []


def test_finite_clause_is_no_complement_of_an_aim(code):
    c = code("L'attentat a visé une manifestation, où des manifestants demandaient la révocation du ministre.", "fr")
    assert len(c.events("REQUEST")) == 1


def test_never_ceasing_to_fall_back_is_no_retreat(code):
    c = code("Les offensives se multiplient contre l'organisation djihadiste qui ne cesse de reculer.", "fr")
    assert c.events("RETREAT") == []


def test_ceasing_strikes_is_a_retreat(code):
    c = code("Le Canada a cessé ses frappes aériennes contre l'État islamique.", "fr")
    e = c.one("RETREAT")
    assert "Canada" in c.words(e.source)


def test_holding_someone_responsible_is_an_accusation(code):
    c = code("Les dirigeants de l'UE ont jugé la Russie responsable de l'empoisonnement.", "fr")
    e = c.one("ACCUSE")
    assert e.mode == "allege" and "Russie" in c.words(e.target)


def test_declared_guilty_is_a_conviction(code):
    c = code("Le tribunal a déclaré l'ancien ministre coupable de corruption.", "fr")
    e = c.one("SANCTION")
    assert e.mode == "convict"


def test_participle_names_the_target_of_a_nominal_act(code):
    c = code("L'Union européenne a adopté des sanctions visant des responsables russes.", "fr")
    e = c.one("SANCTION")
    assert "Union européenne" in c.words(e.source) and any("responsables" in w for w in c.words(e.target))


def test_opening_an_investigation_is_the_openers(code):
    c = code("Le Conseil des droits de l'homme a annoncé l'ouverture d'une enquête visant douze personnalités.", "fr")
    e = c.one("ACCUSE")
    assert e.mode == "investigate" and e.source and any("personnalités" in w for w in c.words(e.target))


def test_attribute_of_a_thing_still_reports_the_act(code):
    c = code("La raison principale est l'empoisonnement de l'ex-agent double russe Sergueï Skripal.", "fr")
    e = c.one("ASSAULT")
    assert any("Skripal" in w for w in c.words(e.target))


def test_impersonal_subject_is_nobody(code):
    c = code("Pour Theresa May, il s'agit d'une attaque écœurante.", "fr")
    for e in c.events("ASSAULT"):
        assert "Theresa May" not in c.words(e.source)


def test_stopping_a_car_is_no_arrest(code):
    c = code("Leur voiture a été arrêtée par des individus non identifiés.", "fr")
    assert c.events("COERCE") == []


def test_street_is_a_place_not_a_party(code):
    c = code("Ils ont été condamnés pour une fusillade dans la rue du Dries.", "fr")
    for e in c.events("ASSAULT"):
        assert not any("Dries" in w for w in c.words(e.source + e.target))


def test_participle_with_a_determiner_is_a_noun(code):
    c = code("Le maire de Lyon était hier l'invité de la radio publique.", "fr")
    assert c.events("REQUEST") == []


def test_shooting_down_missiles_is_no_attack(code):
    c = code("L'armée polonaise a abattu douze missiles au-dessus de Varsovie.", "fr")
    assert c.events("ASSAULT") == []


def test_town_of_an_arrest_is_not_the_one_arrested(code):
    c = code("Le syndicaliste Jean Morel, connu pour ses discours, a été arrêté mardi à Lille.", "fr")
    assert all("Lille" not in c.words(e.target) for e in c.events("COERCE"))


def test_purpose_clause_is_no_happening(code):
    c = code("Le ministre Paul Roux a écrit aux préfets pour qu'ils interdisent les rassemblements.", "fr")
    assert c.events("COERCE") == []
