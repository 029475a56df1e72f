"""French event cues for the ``veille_events`` stage: PLOVER triggers and the words around them.

Each trigger is a record: ``lemma`` and ``pos`` (VERB or NOUN) name the word; optional ``obj``
(lemma of the direct object), ``prep`` (a preposition that must head one of its arguments) or
``with`` (lemma of a modifier, e.g. ``téléphonique``) narrow it; ``type``/``mode`` are PLOVER's.
``genitive`` says what a nominal trigger's ``de`` complement is when no ``par`` agent is present
(``source`` by default: "les sanctions de l'Occident"; ``target`` for "l'expulsion de migrants";
``none`` when it names the place or the topic: "l'accord de Paris", "le traité de libre-échange").
"""

# fmt: off
_VERBS = {
    # lemma: (type, mode)
    "convenir": ("AGREE", None), "accepter": ("AGREE", None), "promettre": ("AGREE", None),
    "s'engager": ("AGREE", None),     "rencontrer": ("CONSULT", None), "visiter": ("CONSULT", "visit"),
    "discuter": ("CONSULT", None), "négocier": ("CONSULT", None), "s'entretenir": ("CONSULT", None),
    "entretenir": ("CONSULT", None), "téléphoner": ("CONSULT", "phone"), "consulter": ("CONSULT", None),
    "soutenir": ("SUPPORT", None), "saluer": ("SUPPORT", None), "féliciter": ("SUPPORT", None),
    "approuver": ("SUPPORT", None), "défendre": ("SUPPORT", None), "reconnaître": ("SUPPORT", None),
    "signer": ("SUPPORT", None), "ratifier": ("SUPPORT", None), "remercier": ("SUPPORT", None),
    "s'excuser": ("CONCEDE", None), "excuser": ("CONCEDE", None), "appuyer": ("SUPPORT", None),
    "céder": ("CONCEDE", None), "concéder": ("CONCEDE", None),
    "assouplir": ("CONCEDE", None), "gracier": ("CONCEDE", None),
    "coopérer": ("COOPERATE", None), "collaborer": ("COOPERATE", None), "extrader": ("COOPERATE", None),
    "auditionner": ("ACCUSE", "investigate"), "soupçonner": ("ACCUSE", "allege"), "repousser": ("ASSAULT", None),
    "prêter": ("AID", None),
    "ordonner": ("REQUEST", None), "empêcher": ("COERCE", "restrict"), "empoisonner": ("ASSAULT", None),
    "aider": ("AID", None), "financer": ("AID", None), "livrer": ("AID", None), "secourir": ("AID", None),
    "évacuer": ("AID", None), "fournir": ("AID", None),
    "retirer": ("RETREAT", "withdraw"), "libérer": ("RETREAT", "release"), "relâcher": ("RETREAT", "release"),
    "démissionner": ("RETREAT", "resign"), "désarmer": ("RETREAT", "disarm"),
    "demander": ("REQUEST", None), "exiger": ("REQUEST", None), "réclamer": ("REQUEST", None),
    "exhorter": ("REQUEST", None), "inviter": ("REQUEST", None),
    "implorer": ("REQUEST", None), "solliciter": ("REQUEST", None),
    "accuser": ("ACCUSE", "allege"), "condamner": ("ACCUSE", "disapprove"), "dénoncer": ("ACCUSE", "disapprove"),
    "critiquer": ("ACCUSE", "disapprove"), "reprocher": ("ACCUSE", "disapprove"), "blâmer": ("ACCUSE", "disapprove"),
    "fustiger": ("ACCUSE", "disapprove"), "déplorer": ("ACCUSE", "disapprove"), "enquêter": ("ACCUSE", "investigate"),
    "inculper": ("ACCUSE", "allege"), "mettre en examen": ("ACCUSE", "allege"),
    "attaquer": ("ASSAULT", None), "rejeter": ("REJECT", None), "refuser": ("REJECT", None),
    "nier": ("REJECT", None), "démentir": ("REJECT", None), "contester": ("REJECT", None),
    "bloquer": ("COERCE", "restrict"), "récuser": ("REJECT", None),
    "menacer": ("THREATEN", None), "avertir": ("THREATEN", None),     "manifester": ("PROTEST", "demo"), "protester": ("PROTEST", "demo"), "boycotter": ("PROTEST", "boycott"),
    "sanctionner": ("SANCTION", None), "expulser": ("COERCE", "deport"), "rompre": ("SANCTION", "discontinue"),
    "suspendre": ("SANCTION", "discontinue"), "destituer": ("SANCTION", "expel"),
    "exclure": ("SANCTION", "expel"), "geler": ("SANCTION", None),     "mobiliser": ("MOBILIZE", "troops"),
    "arrêter": ("COERCE", "arrest"), "interpeller": ("COERCE", "arrest"), "détenir": ("COERCE", "arrest"),
    "emprisonner": ("COERCE", "arrest"), "incarcérer": ("COERCE", "arrest"),     "confisquer": ("COERCE", "seize"), "perquisitionner": ("COERCE", "seize"), "censurer": ("COERCE", "censor"),
    "interdire": ("COERCE", "restrict"), "refouler": ("COERCE", "deport"), "déporter": ("COERCE", "deport"),
    "limiter": ("COERCE", "restrict"), "restreindre": ("COERCE", "restrict"), "annexer": ("COERCE", "seize"),
    "bombarder": ("ASSAULT", "aerial"), "tuer": ("ASSAULT", None), "assassiner": ("ASSAULT", "targeted"),
    "enlever": ("ASSAULT", "abduct"), "kidnapper": ("ASSAULT", "abduct"), "frapper": ("ASSAULT", None),
    "abattre": ("ASSAULT", None), "envahir": ("ASSAULT", None),
    "torturer": ("ASSAULT", "torture"), "détruire": ("ASSAULT", "destroy"),     "combattre": ("ASSAULT", None), "blesser": ("ASSAULT", None), "massacrer": ("ASSAULT", None),
    # Core vocabulary by PLOVER's definitions: requests, arrests, attacks, protests, aid.
    "recommander": ("REQUEST", None), "prier": ("REQUEST", None), "sommer": ("REQUEST", None),
    "capturer": ("COERCE", "arrest"), "écrouer": ("COERCE", "arrest"), "séquestrer": ("ASSAULT", "abduct"),
    "saisir": ("COERCE", "seize"), "occuper": ("COERCE", "seize"), "assiéger": ("ASSAULT", None),
    "pilonner": ("ASSAULT", "heavy-weapons"), "mitrailler": ("ASSAULT", "firearms"), "fusiller": ("ASSAULT", "firearms"),
    "exécuter": ("ASSAULT", "targeted"), "piller": ("ASSAULT", "destroy"), "incendier": ("ASSAULT", "destroy"),
    "saboter": ("ASSAULT", "destroy"), "défiler": ("PROTEST", "demo"), "acquitter": ("CONCEDE", None),
    "amnistier": ("CONCEDE", None), "relaxer": ("CONCEDE", None), "réfuter": ("REJECT", None),
    "octroyer": ("AID", None), "verser": ("AID", None), "accueillir": ("CONSULT", "visit"),
    # More of PLOVER's vocabulary, type by type (definitions in the PLOVER manual).
    "consentir": ("AGREE", None), "dialoguer": ("CONSULT", None),
    "plébisciter": ("SUPPORT", None), "encenser": ("SUPPORT", None), "endosser": ("SUPPORT", None),
    "capituler": ("CONCEDE", None), "pardonner": ("CONCEDE", None), "alléger": ("CONCEDE", None),
    "subventionner": ("AID", None),
    "ravitailler": ("AID", None), "héberger": ("AID", None),
    "rapatrier": ("RETREAT", "withdraw"), "démobiliser": ("RETREAT", "disarm"), "rouvrir": ("RETREAT", "access"),
    "enjoindre": ("REQUEST", None), "presser": ("REQUEST", None), "adjurer": ("REQUEST", None),
    "conjurer": ("REQUEST", None),
    "incriminer": ("ACCUSE", "allege"), "désapprouver": ("ACCUSE", "disapprove"), "stigmatiser": ("ACCUSE", "disapprove"),
    "vilipender": ("ACCUSE", "disapprove"), "s'indigner": ("ACCUSE", "disapprove"), "indigner": ("ACCUSE", "disapprove"),
    "décliner": ("REJECT", None), "intimider": ("THREATEN", None), "masser": ("PROTEST", "demo"),
    "vandaliser": ("PROTEST", "vandalize"), "saccager": ("PROTEST", "vandalize"),
    "badigeonner": ("PROTEST", "vandalize"), "taguer": ("PROTEST", "vandalize"), "dégrader": ("PROTEST", "vandalize"),
    "révoquer": ("SANCTION", "expel"), "limoger": ("SANCTION", "expel"), "démettre": ("SANCTION", "expel"),
    "congédier": ("SANCTION", "expel"),
    "confiner": ("COERCE", "arrest"), "emparer": ("COERCE", "seize"),
    "s'emparer": ("COERCE", "seize"), "réquisitionner": ("COERCE", "seize"), "museler": ("COERCE", "censor"),
    "poignarder": ("ASSAULT", "beat"), "tabasser": ("ASSAULT", "beat"), "lyncher": ("ASSAULT", "beat"),
    "égorger": ("ASSAULT", "targeted"), "décapiter": ("ASSAULT", "targeted"), "lapider": ("ASSAULT", "primitive"),
    "exploser": ("ASSAULT", "explosives"),
    "dynamiter": ("ASSAULT", "explosives"), "canonner": ("ASSAULT", "heavy-weapons"),
    "valider": ("SUPPORT", None), "entériner": ("SUPPORT", None), "cautionner": ("SUPPORT", None),
    "parrainer": ("SUPPORT", None), "supplier": ("REQUEST", None), "agresser": ("ASSAULT", "beat"),
}

_NOUNS = {
    # lemma: (type, mode, genitive role)
    "accord": ("AGREE", None, "none"),     "promesse": ("AGREE", None, "source"), "compromis": ("AGREE", None, "none"),
    "entretien": ("CONSULT", None, "source"), "rencontre": ("CONSULT", None, "source"),
    "réunion": ("CONSULT", None, "source"), "sommet": ("CONSULT", "multilateral", "source"),
    "négociation": ("CONSULT", None, "source"), "pourparlers": ("CONSULT", None, "source"),
    "visite": ("CONSULT", "visit", "source"), "discussion": ("CONSULT", None, "source"),
    "conversation": ("CONSULT", None, "source"),         "soutien": ("SUPPORT", None, "source"), "félicitations": ("SUPPORT", None, "source"),
    "coopération": ("COOPERATE", None, "source"), "aide": ("AID", None, "source"),
    "assistance": ("AID", None, "source"), "libération": ("RETREAT", "release", "target"),
    "retrait": ("RETREAT", "withdraw", "source"), "démission": ("RETREAT", "resign", "source"),
    "cessez-le-feu": ("RETREAT", "ceasefire", "source"),
    "demande": ("REQUEST", None, "source"), "exigence": ("REQUEST", None, "source"),
    "accusation": ("ACCUSE", "allege", "source"), "condamnation": ("ACCUSE", "disapprove", "source"),
    "critique": ("ACCUSE", "disapprove", "source"), "enquête": ("ACCUSE", "investigate", "target"),
    "refus": ("REJECT", None, "source"), "rejet": ("REJECT", None, "source"), "démenti": ("REJECT", None, "source"),
    "menace": ("THREATEN", None, "source"), "ultimatum": ("THREATEN", None, "source"),
    "manifestation": ("PROTEST", "demo", "source"), "grève": ("PROTEST", "strike", "source"), "capitulation": ("RETREAT", None, "source"),
    "émeute": ("PROTEST", "riot", "source"), "boycott": ("PROTEST", "boycott", "source"),
    "rassemblement": ("PROTEST", "demo", "source"),
    "sanction": ("SANCTION", None, "source"), "embargo": ("SANCTION", None, "source"),
    "expulsion": ("COERCE", "deport", "target"), "arrestation": ("COERCE", "arrest", "target"),
    "détention": ("COERCE", "arrest", "target"), "interdiction": ("COERCE", "restrict", "target"),
    "blocus": ("COERCE", "restrict", "source"), "refoulement": ("COERCE", "deport", "target"),
    "déploiement": ("MOBILIZE", "troops", "source"),
    "attaque": ("ASSAULT", None, "source"), "empoisonnement": ("ASSAULT", None, "target"),
    "confiscation": ("COERCE", "seize", "target"), "mobilisation": ("MOBILIZE", None, "source"),
    "allégeance": ("SUPPORT", None, "source"), "impeachment": ("ACCUSE", "allege", "target"),
    "destitution": ("SANCTION", "expel", "target"), "ratification": ("SUPPORT", None, "source"), "attentat": ("ASSAULT", "explosives", "source"),
    "bombardement": ("ASSAULT", "aerial", "source"), "frappe": ("ASSAULT", "aerial", "source"),
    "offensive": ("ASSAULT", None, "source"), "invasion": ("ASSAULT", None, "source"),
    "assassinat": ("ASSAULT", "targeted", "target"), "enlèvement": ("ASSAULT", "abduct", "target"),
    "combat": ("ASSAULT", None, "source"), "affrontement": ("ASSAULT", None, "source"),
    "assaut": ("ASSAULT", None, "source"), "fusillade": ("ASSAULT", "firearms", "source"),
    "embuscade": ("ASSAULT", None, "source"), "massacre": ("ASSAULT", None, "target"),
    "meurtre": ("ASSAULT", "targeted", "target"), "interpellation": ("COERCE", "arrest", "target"),
    "incarcération": ("COERCE", "arrest", "target"), "perquisition": ("COERCE", "seize", "source"),
    "saisie": ("COERCE", "seize", "source"), "protestation": ("PROTEST", "demo", "source"),
    "plainte": ("ACCUSE", "allege", "source"), "inculpation": ("ACCUSE", "allege", "target"),
    "procès": ("ACCUSE", "allege", "target"), "avertissement": ("THREATEN", None, "source"),
    "veto": ("REJECT", None, "source"), "appui": ("SUPPORT", None, "source"), "livraison": ("AID", None, "source"),
    "traité": ("AGREE", None, "none"), "pacte": ("AGREE", None, "none"), "trêve": ("RETREAT", "ceasefire", "source"),
    "médiation": ("CONSULT", "third-party", "source"), "alliance": ("COOPERATE", None, "source"),
    # More of PLOVER's vocabulary, type by type.
    "consultation": ("CONSULT", None, "source"),
    "tête-à-tête": ("CONSULT", None, "source"), "éloge": ("SUPPORT", None, "source"),
    "excuses": ("CONCEDE", None, "source"), "amnistie": ("CONCEDE", None, "target"),
    "partenariat": ("COOPERATE", None, "source"), "extradition": ("COOPERATE", None, "target"),
    "don": ("AID", None, "source"), "subvention": ("AID", None, "source"),
    "évacuation": ("RETREAT", "withdraw", "target"), "désarmement": ("RETREAT", "disarm", "source"),
    "réquisitoire": ("ACCUSE", "allege", "source"),
    "dénonciation": ("ACCUSE", "disapprove", "source"), "reproche": ("ACCUSE", "disapprove", "source"),
    "investigation": ("ACCUSE", "investigate", "target"), "audition": ("ACCUSE", "investigate", "target"),
    "dénégation": ("REJECT", None, "source"), "sit-in": ("PROTEST", "demo", "source"),
    "révocation": ("SANCTION", "expel", "target"), "limogeage": ("SANCTION", "expel", "target"),
    "exclusion": ("SANCTION", "expel", "target"), "rupture": ("SANCTION", "discontinue", "source"),
    "gel": ("SANCTION", "discontinue", "source"), "couvre-feu": ("COERCE", "curfew", "source"),
    "censure": ("COERCE", "censor", "source"), "déportation": ("COERCE", "deport", "target"),
    "emprisonnement": ("COERCE", "arrest", "target"),
    "raid": ("ASSAULT", None, "source"), "tir": ("ASSAULT", "firearms", "source"), "agression": ("ASSAULT", None, "source"),
    "incursion": ("ASSAULT", None, "source"), "tuerie": ("ASSAULT", "firearms", "source"),
    "torture": ("ASSAULT", "torture", "target"), "attentat-suicide": ("ASSAULT", "suicide-attack", "source"),
    "explosion": ("ASSAULT", "explosives", "source"), "pilonnage": ("ASSAULT", "heavy-weapons", "source"),
}
# fmt: on

# Dire sa désapprobation est un reproche : "a exprimé son scepticisme", "a manifesté sa colère".
_STANCE_VERBS = ("exprimer", "manifester", "afficher", "dire")
_DISAPPROVAL_NOUNS = "scepticisme indignation colère ras-le-bol mécontentement désaccord réprobation exaspération".split()

TRIGGERS = [
    {"lemma": lemma, "pos": "VERB", "type": t, "mode": m} for lemma, (t, m) in _VERBS.items()
] + [
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "ACCUSE", "mode": None}
    for verb in _STANCE_VERBS for noun in _DISAPPROVAL_NOUNS
] + [
    {"lemma": lemma, "pos": "NOUN", "type": t, "mode": m, "genitive": g}
    for lemma, (t, m, g) in _NOUNS.items()
] + [
    # Narrower records win over the bare lemma when their condition holds.
    {"lemma": "conversation", "pos": "NOUN", "with": "téléphonique", "type": "CONSULT", "mode": "phone", "genitive": "source"},
    {"lemma": "entretien", "pos": "NOUN", "with": "téléphonique", "type": "CONSULT", "mode": "phone", "genitive": "source"},
    {"lemma": "échange", "pos": "NOUN", "with": "téléphonique", "type": "CONSULT", "mode": "phone", "genitive": "source"},
    {"lemma": "appel", "pos": "NOUN", "with": "téléphonique", "type": "CONSULT", "mode": "phone", "genitive": "source"},
    {"lemma": "évoquer", "pos": "VERB", "prep": "avec", "type": "CONSULT", "mode": None},
    {"lemma": "entendre", "pos": "VERB", "prep": "sur", "type": "AGREE", "mode": None},
    {"lemma": "rappeler", "pos": "VERB", "obj": "ambassadeur", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "tirer", "pos": "VERB", "prep": "sur", "type": "ASSAULT", "mode": "firearms"},
    {"lemma": "ouvrir", "pos": "VERB", "obj": "feu", "type": "ASSAULT", "mode": "firearms"},
    {"lemma": "ouvrir", "pos": "VERB", "obj": "enquête", "type": "ACCUSE", "mode": "investigate"},
    {"lemma": "mettre", "pos": "VERB", "prep": "garde", "type": "THREATEN", "mode": None},
    {"lemma": "prendre", "pos": "VERB", "obj": "otage", "type": "ASSAULT", "mode": "abduct"},
    {"lemma": "prendre", "pos": "VERB", "obj": "pouvoir", "type": "COERCE", "mode": "seize"},
    {"lemma": "garder", "pos": "VERB", "prep": "vue", "type": "COERCE", "mode": "arrest"},
    {"lemma": "placer", "pos": "VERB", "prep": "détention", "type": "COERCE", "mode": "arrest"},
    {"lemma": "placer", "pos": "VERB", "prep": "vue", "type": "COERCE", "mode": "arrest"},
    {"lemma": "poursuivre", "pos": "VERB", "prep": "justice", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "appeler", "pos": "VERB", "prep": "à", "type": "REQUEST", "mode": None},
    {"lemma": "appeler", "pos": "VERB", "prep": "au", "type": "REQUEST", "mode": None},
    {"lemma": "appeler", "pos": "VERB", "prep": "aux", "type": "REQUEST", "mode": None},
    {"lemma": "expulsion", "pos": "NOUN", "with": "diplomate", "type": "SANCTION", "mode": "expel", "genitive": "target"},
    {"lemma": "lever", "pos": "VERB", "obj": "sanction", "type": "CONCEDE", "mode": None},
    {"lemma": "expulser", "pos": "VERB", "obj": "diplomate", "type": "SANCTION", "mode": "expel"},
    {"lemma": "expulser", "pos": "VERB", "obj": "ambassadeur", "type": "SANCTION", "mode": "expel"},
    {"lemma": "suspendre", "pos": "VERB", "obj": "aide", "type": "SANCTION", "mode": "discontinue"},
    {"lemma": "voter", "pos": "VERB", "prep": "faveur", "type": "SUPPORT", "mode": None},
    {"lemma": "voter", "pos": "VERB", "prep": "contre", "type": "REJECT", "mode": None},
    {"lemma": "aide", "pos": "NOUN", "prep": "à", "type": None, "mode": None},
    {"lemma": "imposer", "pos": "VERB", "obj": "sanction", "type": "SANCTION", "mode": None},
    # Conclure un accord, c'est s'accorder (AGREE) ; le signer ou le ratifier, c'est le soutenir (SUPPORT).
    {"lemma": "conclure", "pos": "VERB", "obj": "accord", "type": "AGREE", "mode": None},
    {"lemma": "conclure", "pos": "VERB", "obj": "traité", "type": "AGREE", "mode": None},
    {"lemma": "conclure", "pos": "VERB", "obj": "pacte", "type": "AGREE", "mode": None},
    {"lemma": "parvenir", "pos": "VERB", "prep": "accord", "type": "AGREE", "mode": None},
    {"lemma": "rendre", "pos": "VERB", "obj": "visite", "type": "CONSULT", "mode": "visit"},
    {"lemma": "envoyer", "pos": "VERB", "obj": "troupe", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "déployer", "pos": "VERB", "obj": "troupe", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "déployer", "pos": "VERB", "obj": "soldat", "type": "MOBILIZE", "mode": "troops"},
    # Light verbs and verbs whose object decides the type (PLOVER's definitions).
    {"lemma": "envoyer", "pos": "VERB", "obj": "aide", "type": "AID", "mode": None},
    {"lemma": "envoyer", "pos": "VERB", "obj": "arme", "type": "AID", "mode": None},
    {"lemma": "envoyer", "pos": "VERB", "obj": "vivres", "type": "AID", "mode": None},
    {"lemma": "envoyer", "pos": "VERB", "obj": "soldat", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "envoyer", "pos": "VERB", "obj": "renfort", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "donner", "pos": "VERB", "obj": "aide", "type": "AID", "mode": None},
    {"lemma": "donner", "pos": "VERB", "obj": "argent", "type": "AID", "mode": None},
    {"lemma": "donner", "pos": "VERB", "obj": "suite", "type": "CONCEDE", "mode": None},
    {"lemma": "donner", "pos": "VERB", "obj": "feu", "type": "SUPPORT", "mode": None},
    {"lemma": "accorder", "pos": "VERB", "obj": "aide", "type": "AID", "mode": None},
    {"lemma": "accorder", "pos": "VERB", "obj": "asile", "type": "AID", "mode": None},
    {"lemma": "accorder", "pos": "VERB", "obj": "prêt", "type": "AID", "mode": None},
    {"lemma": "accorder", "pos": "VERB", "obj": "grâce", "type": "CONCEDE", "mode": None},
    {"lemma": "accorder", "pos": "VERB", "obj": "amnistie", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "prep": "que", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "prep": "qu'", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "prep": "qu’", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "obj": "défaite", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "obj": "erreur", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "obj": "responsabilité", "type": "CONCEDE", "mode": None},
    {"lemma": "reconnaître", "pos": "VERB", "obj": "culpabilité", "type": "CONCEDE", "mode": None},
    {"lemma": "lever", "pos": "VERB", "obj": "embargo", "type": "CONCEDE", "mode": None},
    {"lemma": "lever", "pos": "VERB", "obj": "couvre-feu", "type": "CONCEDE", "mode": None},
    {"lemma": "lever", "pos": "VERB", "obj": "interdiction", "type": "CONCEDE", "mode": None},
    {"lemma": "lever", "pos": "VERB", "obj": "siège", "type": "RETREAT", "mode": None},
    # The same as nouns: "la levée des sanctions contre la Russie" (what is lifted is no party).
    {"lemma": "levée", "pos": "NOUN", "with": "sanction", "type": "CONCEDE", "mode": None, "genitive": "none"},
    {"lemma": "levée", "pos": "NOUN", "with": "embargo", "type": "CONCEDE", "mode": None, "genitive": "none"},
    {"lemma": "levée", "pos": "NOUN", "with": "couvre-feu", "type": "CONCEDE", "mode": None, "genitive": "none"},
    {"lemma": "levée", "pos": "NOUN", "with": "siège", "type": "RETREAT", "mode": None, "genitive": "none"},
    {"lemma": "levée", "pos": "NOUN", "with": "blocus", "type": "RETREAT", "mode": "access", "genitive": "none"},
    {"lemma": "lever", "pos": "VERB", "obj": "blocus", "type": "RETREAT", "mode": "access"},
    {"lemma": "rendre", "pos": "VERB", "obj": "hommage", "type": "SUPPORT", "mode": None},
    {"lemma": "déposer", "pos": "VERB", "obj": "arme", "type": "RETREAT", "mode": "disarm"},
    {"lemma": "déposer", "pos": "VERB", "obj": "plainte", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "porter", "pos": "VERB", "obj": "plainte", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "lancer", "pos": "VERB", "obj": "appel", "type": "REQUEST", "mode": None},
    {"lemma": "lancer", "pos": "VERB", "obj": "ultimatum", "type": "THREATEN", "mode": None},
    {"lemma": "lancer", "pos": "VERB", "obj": "pierre", "type": "ASSAULT", "mode": "primitive"},
    {"lemma": "lancer", "pos": "VERB", "obj": "projectile", "type": "ASSAULT", "mode": "primitive"},
    {"lemma": "jeter", "pos": "VERB", "obj": "pierre", "type": "ASSAULT", "mode": "primitive"},
    {"lemma": "jeter", "pos": "VERB", "obj": "projectile", "type": "ASSAULT", "mode": "primitive"},
    {"lemma": "briser", "pos": "VERB", "obj": "vitrine", "type": "PROTEST", "mode": "vandalize"},
    {"lemma": "émettre", "pos": "VERB", "obj": "mandat", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "prendre", "pos": "VERB", "obj": "contrôle", "type": "COERCE", "mode": "seize"},
    {"lemma": "convoquer", "pos": "VERB", "obj": "ambassadeur", "type": "ACCUSE", "mode": "disapprove"},
    {"lemma": "convoquer", "pos": "VERB", "obj": "chargé", "type": "ACCUSE", "mode": "disapprove"},
    {"lemma": "annuler", "pos": "VERB", "obj": "visite", "type": "REJECT", "mode": "meet"},
    {"lemma": "annuler", "pos": "VERB", "obj": "rencontre", "type": "REJECT", "mode": "meet"},
    {"lemma": "annuler", "pos": "VERB", "obj": "réunion", "type": "REJECT", "mode": "meet"},
    {"lemma": "annuler", "pos": "VERB", "obj": "sommet", "type": "REJECT", "mode": "meet"},
    {"lemma": "annuler", "pos": "VERB", "obj": "invitation", "type": "REJECT", "mode": "meet"},
    {"lemma": "fermer", "pos": "VERB", "obj": "frontière", "type": "COERCE", "mode": "restrict"},
    {"lemma": "fermer", "pos": "VERB", "obj": "ambassade", "type": "SANCTION", "mode": "discontinue"},
    {"lemma": "instaurer", "pos": "VERB", "obj": "couvre-feu", "type": "COERCE", "mode": "curfew"},
    {"lemma": "décréter", "pos": "VERB", "obj": "couvre-feu", "type": "COERCE", "mode": "curfew"},
    {"lemma": "condamner", "pos": "VERB", "prep": "à", "type": "SANCTION", "mode": "convict"},
    {"lemma": "condamner", "pos": "VERB", "prep": "pour", "type": "SANCTION", "mode": "convict"},
    {"lemma": "masser", "pos": "VERB", "obj": "troupe", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "déployer", "pos": "VERB", "obj": "militaire", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "déployer", "pos": "VERB", "obj": "force", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "protester", "pos": "VERB", "prep": "auprès", "type": "ACCUSE", "mode": "disapprove"},
    {"lemma": "parler", "pos": "VERB", "prep": "avec", "type": "CONSULT", "mode": None},
    {"lemma": "échanger", "pos": "VERB", "prep": "avec", "type": "CONSULT", "mode": None},
    {"lemma": "quitter", "pos": "VERB", "obj": "fonction", "type": "RETREAT", "mode": "resign"},
    {"lemma": "quitter", "pos": "VERB", "obj": "poste", "type": "RETREAT", "mode": "resign"},
    # Talking "par téléphone": a phone call.
    {"lemma": "entretenir", "pos": "VERB", "with": "téléphone", "type": "CONSULT", "mode": "phone"},
    {"lemma": "s'entretenir", "pos": "VERB", "with": "téléphone", "type": "CONSULT", "mode": "phone"},
    {"lemma": "parler", "pos": "VERB", "with": "téléphone", "type": "CONSULT", "mode": "phone"},
    {"lemma": "discuter", "pos": "VERB", "with": "téléphone", "type": "CONSULT", "mode": "phone"},
    {"lemma": "échanger", "pos": "VERB", "with": "téléphone", "type": "CONSULT", "mode": "phone"},
    {"lemma": "s'exprimer", "pos": "VERB", "with": "téléphone", "type": "CONSULT", "mode": "phone"},
    # Hosting a visitor: "a reçu son homologue" (receiving support or aid stays a receiving verb).
    {"lemma": "recevoir", "pos": "VERB", "obj": "homologue", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "président", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "ministre", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "délégation", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "dirigeant", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "chef", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "émissaire", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "envoyé", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "ambassadeur", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "roi", "type": "CONSULT", "mode": "visit"},
    {"lemma": "recevoir", "pos": "VERB", "obj": "pape", "type": "CONSULT", "mode": "visit"},
    # Leaving a union, an alliance or a treaty: SANCTION withdraw.
    {"lemma": "quitter", "pos": "VERB", "obj": "union", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "quitter", "pos": "VERB", "obj": "alliance", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "quitter", "pos": "VERB", "obj": "organisation", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "quitter", "pos": "VERB", "obj": "otan", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "quitter", "pos": "VERB", "obj": "traité", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "quitter", "pos": "VERB", "obj": "accord", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "quitter", "pos": "VERB", "obj": "coalition", "type": "SANCTION", "mode": "withdraw"},
    {"lemma": "opération", "pos": "NOUN", "with": "militaire", "type": "ASSAULT", "mode": None, "genitive": "source"},
] + [
    # "une opération armée terrestre", "une opération aérienne": the parser tags "armée" as the noun.
    {"lemma": "opération", "pos": "NOUN", "with": w, "type": "ASSAULT", "mode": None, "genitive": "source"}
    for w in ("armé", "armée", "terrestre", "aérien", "aéroporté")
] + [
    {"lemma": "opération", "pos": "NOUN", "prep": "contre", "type": "ASSAULT", "mode": None, "genitive": "source"},
    {"lemma": "mettre", "pos": "VERB", "prep": "cause", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "mettre", "pos": "VERB", "prep": "examen", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "mettre", "pos": "VERB", "prep": "grève", "type": "PROTEST", "mode": "strike"},
    {"lemma": "mettre", "pos": "VERB", "prep": "alerte", "type": "MOBILIZE", "mode": None},
    {"lemma": "repousser", "pos": "VERB", "obj": "proposition", "type": "REJECT", "mode": None},
    {"lemma": "repousser", "pos": "VERB", "obj": "offre", "type": "REJECT", "mode": None},
    {"lemma": "repousser", "pos": "VERB", "obj": "demande", "type": "REJECT", "mode": None},
    {"lemma": "saisir", "pos": "VERB", "obj": "justice", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "saisir", "pos": "VERB", "obj": "tribunal", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "saisir", "pos": "VERB", "obj": "cour", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "prendre", "pos": "VERB", "prep": "otage", "type": "ASSAULT", "mode": "abduct"},
    {"lemma": "échanger", "pos": "VERB", "obj": "prisonnier", "type": "RETREAT", "mode": "release"},
    {"lemma": "venir", "pos": "VERB", "prep": "aide", "type": "AID", "mode": None},
    # "cesser" ends the act its object names; "ne cesse de reculer" means the opposite of a retreat.
    {"lemma": "cesser", "pos": "VERB", "obj": "feu", "type": "RETREAT", "mode": "ceasefire"},
    {"lemma": "cesser", "pos": "VERB", "obj": "combat", "type": "RETREAT", "mode": "ceasefire"},
    {"lemma": "cesser", "pos": "VERB", "obj": "hostilité", "type": "RETREAT", "mode": "ceasefire"},
    {"lemma": "cesser", "pos": "VERB", "obj": "frappe", "type": "RETREAT", "mode": None},
    {"lemma": "cesser", "pos": "VERB", "obj": "attaque", "type": "RETREAT", "mode": None},
    {"lemma": "cesser", "pos": "VERB", "obj": "bombardement", "type": "RETREAT", "mode": None},
    {"lemma": "cesser", "pos": "VERB", "obj": "offensive", "type": "RETREAT", "mode": None},
    {"lemma": "cesser", "pos": "VERB", "obj": "opération", "type": "RETREAT", "mode": None},
    {"lemma": "cesser", "pos": "VERB", "obj": "violence", "type": "RETREAT", "mode": None},
    # Holding someone responsible or guilty: an accusation, or a conviction when a court declares it.
    {"lemma": "juger", "pos": "VERB", "with": "responsable", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "tenir", "pos": "VERB", "with": "responsable", "type": "ACCUSE", "mode": "allege"},
    {"lemma": "juger", "pos": "VERB", "with": "coupable", "type": "SANCTION", "mode": "convict"},
    {"lemma": "déclarer", "pos": "VERB", "with": "coupable", "type": "SANCTION", "mode": "convict"},
    {"lemma": "reconnaître", "pos": "VERB", "with": "coupable", "type": "SANCTION", "mode": "convict"},
    # An office held is no territory seized.
    {"lemma": "occuper", "pos": "VERB", "obj": "poste", "type": None, "mode": None},
    # "prêter allégeance / serment": the noun is the act (allégeance → SUPPORT), nothing is lent.
    {"lemma": "prêter", "pos": "VERB", "obj": "allégeance", "type": None, "mode": None},
    # "livrer des combats": a light verb for the fight its object names, nothing is delivered.
    {"lemma": "livrer", "pos": "VERB", "obj": "combat", "type": None, "mode": None},
    {"lemma": "livrer", "pos": "VERB", "obj": "bataille", "type": None, "mode": None},
    {"lemma": "livrer", "pos": "VERB", "obj": "assaut", "type": None, "mode": None},
    {"lemma": "prêter", "pos": "VERB", "obj": "serment", "type": None, "mode": None},
    {"lemma": "occuper", "pos": "VERB", "obj": "fonction", "type": None, "mode": None},
    {"lemma": "occuper", "pos": "VERB", "obj": "siège", "type": None, "mode": None},
    {"lemma": "plaider", "pos": "VERB", "prep": "pour", "type": "REQUEST", "mode": None},
    {"lemma": "assigner", "pos": "VERB", "prep": "résidence", "type": "COERCE", "mode": "arrest"},
    {"lemma": "loi", "pos": "NOUN", "with": "martial", "type": "COERCE", "mode": "martial-law", "genitive": "source"},
    {"lemma": "mandat", "pos": "NOUN", "with": "arrêt", "type": "ACCUSE", "mode": "allege", "genitive": "target"},
]

# Verbe support + nom (``veille.events.triggers.Frame``) : le nom nomme l'acte, le sujet du verbe le fait ;
# ``preps`` (l'une d'elles) doit introduire le destinataire, car "faire pression" ou "adresser un
# avertissement" seuls sont aussi des tournures banales. Le nom, s'il est un déclencheur, est couvert.
FRAMES = [
    {"verb": verb, "noun": "pression", "type": "REQUEST", "preps": "sur"} for verb in ("faire", "exercer", "accentuer", "accroître")
] + [
    {"verb": verb, "noun": "avertissement", "type": "THREATEN", "preps": "à au aux"} for verb in ("adresser", "lancer", "envoyer")
] + [
    {"verb": verb, "noun": "condoléances", "type": "SUPPORT", "preps": "à au aux"} for verb in ("présenter", "adresser", "exprimer")
] + [
    {"verb": verb, "noun": noun, "type": "MOBILIZE"}
    for verb in ("mener", "effectuer", "conduire", "organiser") for noun in ("manœuvre", "manoeuvre", "patrouille")
] + [
    {"verb": "présenter", "noun": "excuse", "type": "SUPPORT", "preps": "à au aux"},
    {"verb": "élever", "noun": "protestation", "type": "ACCUSE", "mode": "disapprove", "preps": "auprès contre"},
]

# Ce qu'une mobilisation met en mouvement, quand un cadre le nomme comme objet : "a mené des manœuvres".
ARMED_NOUNS = set("manœuvre manoeuvre patrouille".split())
# Noms de nombre ou de durée qu'un cadre traverse jusqu'à leur complément : "a mené une série de frappes",
# "trois jours de manœuvres".
EXTENT_NOUNS = set("série vague salve jour journée semaine mois".split())
# Wrong verb lemmas the French lemmatizer gives, and their repair: "reproche" (VERB) → "reprocher".
LEMMA_REPAIRS = (("e", "er"),)

# Verbs that report speech: a negated complement clause under one of them is a denial (REJECT).
SPEECH_VERBS = set("déclarer dire affirmer assurer indiquer souligner expliquer répondre ajouter annoncer réaffirmer réitérer".split())
# Verbs whose complement is not (yet) a happening: "pourrait sanctionner" is no sanction.
HYPOTHETICAL_HEADS = set(
    "pouvoir vouloir devoir envisager souhaiter espérer refuser projeter chercher "
    "exiger demander appeler réclamer inviter exhorter échouer possible impossible susceptible "
    "viser tenter essayer objectif but préférer".split()
)
# Heads whose infinitive complement is alleged, not established: "accusé Israël d'avoir assassiné…"
# (a finite clause the parser hangs on them is not what they allege).
ALLEGING_HEADS = set("accuser soupçonner suspecter reprocher".split())
# Adjectives that make a nominal trigger a prospect, not a happening: "une possible opération militaire".
HYPOTHETICAL_MODIFIERS = set("possible éventuel hypothétique potentiel futur prochain probable".split())
# Prepositions introducing each role.
AGENT_PREPS = {"par"}
PARTNER_PREPS = {"avec", "entre"}
TARGET_PREPS = {"contre", "à", "envers", "vers", "au", "aux", "sur"}
GENITIVE_PREPS = {"de", "du", "des", "d'", "d’"}
LOCATION_PREPS = {"à", "en", "dans", "au", "aux"}
# Determiners/numerals that make "les deux présidents" refer back to the two people last named.
DUAL_WORDS = {"deux"}
# Date expressions (regular expressions, case-insensitive) resolved against the article's date.
DATE_PATTERNS = [
    r"\b(?:avant-)?hier\b",
    r"\baujourd['’]hui\b",
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:dernier|soir|matin))?\b",
    r"\b(?:le\s+)?(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?\b",
]
# Auxiliaries that make an event hypothetical (French mostly marks it with the conditional mood).
HYPOTHETICAL_AUX = set()
# Common nouns that name actors ("des migrants", "la police"): an argument headed by one of them becomes
# a plain entity when the entities stage gave it none.
ACTOR_NOUNS = set(
    "migrant réfugié manifestant policier police gendarme soldat militaire armée rebelle insurgé "
    "combattant djihadiste terroriste civil habitant opposant militant syndicat gréviste étudiant "
    "garde-frontière douanier député sénateur gouvernement tribunal "
    "parlement assemblée parti journaliste prisonnier otage captif détenu agriculteur ouvrier électeur "
    "diplomate autorité assaillant ravisseur kamikaze taliban consulat ambassade présidence préfecture mairie parquet cour "
    # Nouns for people in general: whoever an act is done to or by is an actor even unnamed.
    "personne individu membre citoyen habitant victime suspect fonctionnaire responsable dirigeant "
    "personnalité homme femme enfant commission comité organisation groupe partisan sympathisant activiste branche "
    "lycéen lycéenne écolier élève".split()
)
# Preposition of the party a request or demand comes from ("demands from the rebels").
ORIGIN_PREPS = {"de", "des", "du", "d'", "d’"}
# Heads whose complement is an intention: cooperative ones become AGREE, conflictual ones THREATEN
# ("promet de coopérer" → AGREE, "menace de sanctionner" → THREATEN), as PLOVER codes intents.
INTENT_HEADS = set("promettre proposer accepter engager prêt prévoir compter aller menacer intention volonté projet entendre disposer déterminer résoudre".split())
# Auxiliaries of the future, read as an intention too (French marks it with Tense=Fut instead).
FUTURE_AUX = {"va", "vont", "allait", "allaient"}
# Under a speech verb, a clause with one of these is a demand ("X must withdraw" → REQUEST).
OBLIGATION = {"devoir"}
# Verbs that stop what their object names: "cesser ses frappes" is no strike.
STOPPING_VERBS = set("cesser arrêter suspendre lever interrompre annuler stopper freiner enrayer".split())
# Nouns that stop what their complement names: "la fin des frappes", "l'arrêt des combats".
STOPPING_NOUNS = set("fin arrêt cessation suspension interruption levée".split())
# Conjunctions that make a clause a condition: "si la Russie nous aide vraiment…".
HYPOTHETICAL_MARKS = {"si", "s'", "s’"}
# Nouns that begin or announce the act their complement names; its doer is theirs: "l'ouverture
# d'une enquête par le parquet", "a annoncé le lancement d'une offensive".
LIGHT_NOUNS = set("ouverture lancement début reprise annonce déclenchement poursuite intensification".split())
# Impersonal verbs: their subject pronoun stands for nobody ("il s'agit d'une attaque").
IMPERSONAL_VERBS = set("agir falloir sembler paraître exister".split())
# Participles that name the target of the act a noun names: "une enquête visant douze personnalités".
TARGETING_VERBS = set("viser cibler concerner frapper toucher".split())
# Purpose markers: "afin de suspendre Rousseff" states an aim, not a happening.
PURPOSE_MARKS = {"afin"}
# "pour qu'ils empêchent…": before a finite verb, "pour" states an aim ("pour avoir tué" states a cause).
PURPOSE_SUBORDINATORS = {"pour"}
# People an act is done to: "les otages de Boko Haram" are held by it, not members of it.
# Nouns whose holder did the act in their "de" complement: "X est responsable de l'attentat".
RESPONSIBLE_NOUNS = set("responsable auteur commanditaire instigateur".split())
# Nouns for the time before an act: a nominal trigger under them has not happened ("à la veille du sommet").
PROSPECT_NOUNS = set("veille approche perspective prévision préparation préparatif cas".split())

# Nouns for treaties and pacts: leaving one is a SANCTION (withdraw), and it is no new agreement.
TREATY_NOUNS = set("accord traité statut convention pacte protocole charte".split())

# Verbs whose subject is a clash and whose object and "à" complement are its sides:
# "des affrontements ont opposé la police à des manifestants".
OPPOSING_VERBS = {"opposer"}

# Nouns of membership: the members of a body act as that body ("les États membres de l'UE").
MEMBER_NOUNS = {"membre"}

VICTIM_NOUNS = set("otage prisonnier détenu captif victime".split())
# Verbs of receiving: "bénéficiant du soutien de Merkel, Juncker…" — their subject is the recipient
# of the act the noun names.
RECEIVING_VERBS = set("bénéficier recevoir obtenir recueillir décrocher subir essuyer affronter connaître endurer".split())
# Light verbs: their subject does the act their object names ("a mené des frappes", "exprime son
# soutien", "a lancé une offensive"). Other verbs only speak of it ("a qualifié les frappes
# d'agression"), so their subject is not the nominal event's source.
LIGHT_VERBS = set(
    "avoir mener lancer effectuer conduire perpétrer commettre revendiquer organiser annoncer décider "
    "adopter décréter imposer exprimer apporter témoigner manifester renouveler réitérer poursuivre "
    "intensifier reprendre entamer engager ouvrir multiplier tenir signer conclure accorder offrir "
    "fournir promettre proposer prononcer formuler adresser brandir proférer déposer porter envoyer "
    "accentuer renforcer étendre durcir prolonger maintenir voter présenter faire donner opérer "
    "déclencher livrer infliger prendre confirmer réaffirmer officialiser".split()
)
# Verbs that have an act done: with a nominal trigger as object ("a ordonné une frappe"), that act
# is the event and the verb's subject its doer.
DELEGATING_VERBS = set("ordonner autoriser commanditer".split())
# Words that make a noun an attribute, not a report: "considérée comme un soutien de l'opposition".
PREDICATIVE_MARKS = {"comme"}
# Title nouns: "le président français Emmanuel Macron" names the person in its phrase.
PERSON_TITLES = set(
    "président présidente ministre premier chef roi reine prince secrétaire ambassadeur ambassadrice "
    "homologue dirigeant porte-parole juge procureur chancelier chancelière général maire "
    "gouverneur commissaire directeur patron leader".split()
)
# "against": marks the target even when the parser hangs it one noun deeper ("attentat à la bombe contre…").
ADVERSATIVE_PREPS = {"contre"}
# Quantity heads: "des milliers de manifestants" names the manifestants.
QUANTITY_NOUNS = set("millier centaine dizaine douzaine million nombre foule groupe partie majorité".split())
# Pronouns that stand for the last person named ("il a déclaré…").
PERSON_PRONOUNS = {"il", "elle", "lui"}
# Subject pronouns read as the subject of the clause before them: "Les talibans… ils démentent…".
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}
# First-person pronouns: inside a quotation they stand for its speaker ("« Nous soutenons… »").
FIRST_PERSON_PRONOUNS = {"je", "j'", "nous"}
# A condition turns an announced act into a threat: "se retirera à moins que…".
CONDITION_MARKERS = {"sauf", "moins"}
# Prepositions marking the target of a nominal trigger ("sanctions contre la Russie"); narrower than
# TARGET_PREPS because "à" after a noun is mostly a place ("une visite à Moscou").
NOMINAL_TARGET_PREPS = {"contre", "envers", "sur"}



# Sens des déclencheurs vérifiés sur leurs arguments (``veille/events/rules/senses.py``).
EXPLETIVE_PRONOUNS = {"ce", "c'", "cela", "ça"}
NAMING_VERBS = set()
PERSON_OBJECT_SENSES = set()
STATE_PREPS = {"sous", "en"}
# Les crédits de l'article : « avec AFP », « (Reportage de …) ».
BYLINE_PATTERNS = [
    r"^\W*(?:avec\s+(?:l['’])?(?:afp|reuters|ap|belga|ats|apa|ansa)\W*)+$",
    r"^\W*(?:r[ée]daction|reportage|propos\s+recueillis)\s+(?:de|par)\b",
]

# The coding rules, stage by stage, in the order they run (``veille/events/rules/``; an unknown name is
# an error). A rule left out here is off for the language.
# Verbs that code an act only on an actor: "défendre le ministre", not "défendre les frontières".
PARTY_OBJECT_VERBS = {"défendre"}

# A verdict with its penalty is a conviction (SANCTION), not a reproach nor an arrest.
CONVICTION_VERBS = set("condamner".split())
PENALTY_NOUNS = set("prison peine amende an mois réclusion perpétuité emprisonnement détention inéligibilité sursis".split())
PENALTY_PREPS = {"à"}
# "targeted with travel bans": the instrument of a verb of attack may be a measure.
INSTRUMENT_PREPS = {"par", "avec"}
# Munitions in flight: "abattre des missiles" intercepts them, nobody is attacked.
MUNITION_NOUNS = set("missile roquette drone obus".split())
# Excluding a thing or a course is a rejection; only a party is expelled.
RULING_OUT_VERBS = {"exclure"}
# A clause after a speech verb in these tenses asserts a conduct ("que Kigali soutenait…"): the
# assertion is the event (rules/claims.py); a perfect auxiliary makes it a reported act instead.
CONDUCT_TENSES = {"Tense=Imp", "Tense=Pres"}
PERFECT_AUX = {"avoir"}
# What someone says or puts forward: criticised or rejected, it points to its author (rules/claims.py).
AUTHORED_NOUNS = set("propos déclaration parole discours remarque commentaire proposition offre plan projet initiative recours demande appel accusation allégation affirmation décision verdict jugement ultimatum exigence".split())
# Pluperfect auxiliaries: in a relative clause they recall a party's past (rules/vetoes.py).
BACKGROUND_AUX = set("avait avaient".split())
# Sens décidés par les arguments du déclencheur (rules/reclassify.py).
# « a averti que Moscou préparait… » : un avertissement qui rapporte la conduite d'autrui l'accuse.
WARNING_VERBS = {"avertir"}
# Mesures qui visent quelqu'un : « les sanctions frappent dix banques ».
MEASURE_NOUNS = set("interdiction sanction mesure embargo restriction décision arrêté loi décret gel".split())
# Verbes qui visent : une attaque quand des armes frappent, une mesure quand une mesure frappe.
AIMING_VERBS = {"frapper"}
# Les promettre, c'est menacer : « a promis des représailles », « promet une riposte ».
RETALIATION_WORDS = set("représailles représaille riposte vengeance venger riposter rétorsion contre-mesure punir".split())
# « a refusé de fermer la porte », « refuse d'exclure » : refuser de fermer laisse une voie ouverte.
REFUSING_VERBS = {"refuser"}
CLOSING_VERBS = set("fermer exclure abandonner rompre couper clore écarter".split())
# « accueilli à coups de sifflets » : un accueil de huées est une protestation.
WELCOMING_VERBS = {"accueillir", "recevoir"}
JEERING_NOUNS = set("sifflet sifflement huée hué conspuer insulte quolibet œuf tomate".split())
RULE_ORDER = {
    "vetoes": ("byline", "expletive_clause", "naming_sense", "figurative_conflict", "showing_sense",
               "dismissal_sense", "refused_closing", "nominal_participle", "interception_sense", "measure_instrument", "cause_object", "stative_seizure", "aim", "conditional_mood", "prospective_modifier", "verbless_headline", "prospect_complement",
               "subject_of_same_act", "treaty_left", "apposition", "attribute", "background_relative"),
    "reclassify": ("hypothetical", "intended", "conviction", "ruling_out", "warning_of_conduct",
                   "aimed_measure", "vowed_retaliation", "hostile_welcome"),
    "verb_roles": ("verb_arguments", "stative_passive", "transfer_recipient", "unarmed_mobilization",
                   "force_adversary", "required_object", "quoted_inversion"),
    "noun_roles": ("noun_arguments", "demonym_doer", "speaker_not_doer", "receiver_recipient", "light_noun_doer",
                   "opposing_sides", "responsible_doer", "targeting_participle", "recipient_complement", "state_of_arrest", "measure_patient", "coordinated_acts"),
    "parties": ("personal_patient", "resolve_sources", "act_subject_demonym", "issuer_source", "thing_doer",
                "resolve_targets", "reported_claim", "accused_act", "authored_object", "treaty_not_party", "deed_doer", "grievance_accused", "own_withdrawn",
                "resolve_partners", "partner_participant", "counterpart", "clash_sides", "nominal_partner",
                "one_party_talk"),
    "targets": ("complement_target", "threatened_party", "recipient_preposition", "people_in_required_object",
                "clause_subject_recipient", "place_recipient", "not_self", "withdrawn_post", "actor_in_complements"),
    "checks": ("nominal_places_not_parties", "leaving_organisation", "mobilised_side", "needs_party", "political_side",
               "doer_required", "addressee_required", "source_sector", "recipient_required"),
}
