"""French event cues for the ``veille_events`` stage: PLOVER triggers and the words around them.

Each trigger is a record: ``lemma`` and ``pos`` (VERB or NOUN) name the word; optional ``obj``
(lemma of the direct object), ``prep`` (a preposition that must head one of its arguments) or
``with`` (lemma of a modifier, e.g. ``téléphonique``) narrow it; ``type``/``mode`` are PLOVER's.
``genitive`` says what a nominal trigger's ``de`` complement is when no ``par`` agent is present
(``source`` by default: "les sanctions de l'Occident"; ``target`` for "l'expulsion de migrants").
"""

# fmt: off
_VERBS = {
    # lemma: (type, mode)
    "convenir": ("AGREE", None), "accepter": ("AGREE", None), "promettre": ("AGREE", None),
    "s'engager": ("AGREE", None),     "rencontrer": ("CONSULT", None), "visiter": ("CONSULT", "visit"),
    "discuter": ("CONSULT", None), "négocier": ("CONSULT", None), "s'entretenir": ("CONSULT", None),
    "entretenir": ("CONSULT", None), "téléphoner": ("CONSULT", "phone"), "consulter": ("CONSULT", None),
    "réunir": ("CONSULT", "multilateral"),
    "soutenir": ("SUPPORT", None), "saluer": ("SUPPORT", None), "féliciter": ("SUPPORT", None),
    "approuver": ("SUPPORT", None), "défendre": ("SUPPORT", None), "reconnaître": ("SUPPORT", None),
    "signer": ("SUPPORT", None), "ratifier": ("SUPPORT", None), "remercier": ("SUPPORT", None),
    "s'excuser": ("SUPPORT", None), "excuser": ("SUPPORT", None), "appuyer": ("SUPPORT", None),
    "céder": ("CONCEDE", None), "cesser": ("RETREAT", None), "renoncer": ("CONCEDE", None), "concéder": ("CONCEDE", None),
    "assouplir": ("CONCEDE", None), "gracier": ("CONCEDE", None),
    "coopérer": ("COOPERATE", None), "collaborer": ("COOPERATE", None), "extrader": ("COOPERATE", None),
    "auditionner": ("ACCUSE", "investigate"), "soupçonner": ("ACCUSE", "allege"), "repousser": ("ASSAULT", None),
    "prêter": ("AID", None), "donner": ("AID", None), "accorder": ("AID", None), "envoyer": ("AID", None),
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
    "opposer": ("REJECT", None), "bloquer": ("COERCE", "restrict"), "récuser": ("REJECT", None),
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
}

_NOUNS = {
    # lemma: (type, mode, genitive role)
    "accord": ("AGREE", None, "source"),     "promesse": ("AGREE", None, "source"), "compromis": ("AGREE", None, "source"),
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
    "embuscade": ("ASSAULT", None, "source"), "massacre": ("ASSAULT", None, "source"),
    "meurtre": ("ASSAULT", "targeted", "target"), "interpellation": ("COERCE", "arrest", "target"),
    "incarcération": ("COERCE", "arrest", "target"), "perquisition": ("COERCE", "seize", "source"),
    "saisie": ("COERCE", "seize", "source"), "protestation": ("PROTEST", "demo", "source"),
    "plainte": ("ACCUSE", "allege", "source"), "inculpation": ("ACCUSE", "allege", "target"),
    "procès": ("ACCUSE", "allege", "target"), "avertissement": ("THREATEN", None, "source"),
    "veto": ("REJECT", None, "source"), "appui": ("SUPPORT", None, "source"), "livraison": ("AID", None, "source"),
    "traité": ("AGREE", None, "source"), "pacte": ("AGREE", None, "source"), "trêve": ("RETREAT", "ceasefire", "source"),
    "médiation": ("CONSULT", "third-party", "source"), "alliance": ("COOPERATE", None, "source"),
}
# fmt: on

TRIGGERS = [
    {"lemma": lemma, "pos": "VERB", "type": t, "mode": m} for lemma, (t, m) in _VERBS.items()
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
    {"lemma": "expulsion", "pos": "NOUN", "with": "diplomate", "type": "SANCTION", "mode": "expel", "genitive": "target"},
    {"lemma": "lever", "pos": "VERB", "obj": "sanction", "type": "CONCEDE", "mode": None},
    {"lemma": "expulser", "pos": "VERB", "obj": "diplomate", "type": "SANCTION", "mode": "expel"},
    {"lemma": "expulser", "pos": "VERB", "obj": "ambassadeur", "type": "SANCTION", "mode": "expel"},
    {"lemma": "suspendre", "pos": "VERB", "obj": "aide", "type": "SANCTION", "mode": "discontinue"},
    {"lemma": "voter", "pos": "VERB", "prep": "faveur", "type": "SUPPORT", "mode": None},
    {"lemma": "voter", "pos": "VERB", "prep": "contre", "type": "REJECT", "mode": None},
    {"lemma": "aide", "pos": "NOUN", "prep": "à", "type": None, "mode": None},
    {"lemma": "imposer", "pos": "VERB", "obj": "sanction", "type": "SANCTION", "mode": None},
    {"lemma": "conclure", "pos": "VERB", "obj": "accord", "type": "SUPPORT", "mode": None},
    {"lemma": "parvenir", "pos": "VERB", "prep": "accord", "type": "AGREE", "mode": None},
    {"lemma": "rendre", "pos": "VERB", "obj": "visite", "type": "CONSULT", "mode": "visit"},
    {"lemma": "envoyer", "pos": "VERB", "obj": "troupe", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "déployer", "pos": "VERB", "obj": "troupe", "type": "MOBILIZE", "mode": "troops"},
    {"lemma": "déployer", "pos": "VERB", "obj": "soldat", "type": "MOBILIZE", "mode": "troops"},
]

# Verbs that report speech: a negated complement clause under one of them is a denial (REJECT).
SPEECH_VERBS = set("déclarer dire affirmer assurer indiquer estimer souligner expliquer répondre ajouter annoncer réaffirmer réitérer".split())
# Words that negate the verb or noun they modify.
NEGATIONS = set("pas jamais plus aucun aucune nullement guère sans".split())
# Verbs whose complement is not (yet) a happening: "pourrait sanctionner" is no sanction.
HYPOTHETICAL_HEADS = set(
    "pouvoir vouloir devoir envisager souhaiter espérer refuser projeter chercher "
    "exiger demander appeler réclamer inviter exhorter échouer".split()
)
# Prepositions introducing each role.
AGENT_PREPS = {"par"}
PARTNER_PREPS = {"avec"}
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
    "parlement assemblée parti journaliste prisonnier otage agriculteur ouvrier électeur "
    "diplomate autorité "
    # Nouns for people in general: whoever an act is done to or by is an actor even unnamed.
    "personne individu membre citoyen habitant victime suspect fonctionnaire responsable dirigeant "
    "personnalité homme femme enfant commission comité organisation groupe".split()
)
# Preposition of the party a request or demand comes from ("demands from the rebels").
ORIGIN_PREPS = {"de", "des", "du", "d'", "d’"}
# Heads whose complement is an intention: cooperative ones become AGREE, conflictual ones THREATEN
# ("promet de coopérer" → AGREE, "menace de sanctionner" → THREATEN), as PLOVER codes intents.
INTENT_HEADS = set("promettre proposer accepter engager prêt prévoir compter aller menacer".split())
# Auxiliaries of the future, read as an intention too (French marks it with Tense=Fut instead).
FUTURE_AUX = {"va", "vont", "allait", "allaient"}
# Under a speech verb, a clause with one of these is a demand ("X must withdraw" → REQUEST).
OBLIGATION = {"devoir"}
# Verbs that stop what their object names: "cesser ses frappes" is no strike.
STOPPING_VERBS = set("cesser arrêter suspendre lever interrompre annuler".split())
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
# A condition turns an announced act into a threat: "se retirera à moins que…".
CONDITION_MARKERS = {"sauf", "moins"}
# Prepositions marking the target of a nominal trigger ("sanctions contre la Russie"); narrower than
# TARGET_PREPS because "à" after a noun is mostly a place ("une visite à Moscou").
NOMINAL_TARGET_PREPS = {"contre", "envers", "sur"}
