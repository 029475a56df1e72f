"""French knowledge for the quotes stage: quote marks, reporting verbs, attribution phrases, pronouns."""

# Opening mark -> closing marks it may be closed by. Guillemets are the norm; English-style
# curly quotes and „ “ also occur in French press text.
QUOTE_PAIRS = {
    "«": "»",
    "“": "”",
    "„": "“”",
    '"': '"',
    "‹": "›",
}

# fmt: off
# Reporting verbs (lemmas) whose subject is the speaker and whose complement is what was said.
SPEECH_VERBS = set("""
    dire déclarer affirmer indiquer annoncer ajouter expliquer estimer préciser souligner
    assurer rappeler noter confirmer démentir reconnaître avouer admettre répondre répliquer
    raconter confier avertir prévenir menacer promettre jurer insister marteler
    déplorer regretter dénoncer critiquer accuser saluer féliciter signaler rapporter
    observer constater juger considérer craindre redouter soutenir
    prétendre suggérer proposer réclamer exiger demander appeler plaider conclure poursuivre
    lancer commenter résumer témoigner relever ironiser protester s'inquiéter clamer
    révéler exprimer informer écrire préconiser avancer tweeter twitter
    s'insurger se_féliciter se_réjouir insister scander crier s'exclamer
    réaffirmer réitérer répéter lâcher réagir s'interroger s'émouvoir
    prôner exclure recommander formuler
""".split())

# Verbs whose direct object can itself be the reported content ("a noté la réduction des flux",
# "ont signalé une augmentation", "a exprimé sa détermination à …"), not only a que-clause.
OBJECT_CONTENT_VERBS = set("""
    noter signaler annoncer dénoncer confirmer démentir reconnaître déplorer regretter
    saluer exprimer souligner constater réclamer exiger promettre affirmer révéler
    critiquer condamner rapporter déclarer demander prôner exclure recommander formuler
""".split())

# Verbs naming or characterising something: a quotation they govern ("a qualifié la décision
# de « scandaleuse »") is their subject's words.
NAMING_VERBS = set("""
    qualifier traiter appeler décrire surnommer
""".split())
# fmt: on

# "selon X, …", "d'après X …": phrases that attribute a clause to X without a verb.
# Each entry is a token sequence (lower-case) before the source phrase.
ATTRIBUTION_PHRASES = [["selon"], ["d'", "après"], ["d’", "après"], ["d'après"], ["d’après"]]

# Nouns naming a written statement: their owner ("le communiqué de l'Élysée") is the speaker.
DOCUMENT_NOUNS = set("""
    communiqué déclaration rapport texte lettre note message tweet courrier
    compte-rendu document bulletin annonce
""".split())

# Nouns naming a person by role: "le ministre a dit" resolves to the last person named.
ROLE_NOUNS = set("""
    président présidente ministre premier porte-parole chef dirigeant dirigeante secrétaire
    directeur directrice maire député députée sénateur sénatrice ambassadeur ambassadrice
    juge procureur procureure avocat avocate général générale commissaire chancelier
    chancelière roi reine pape responsable patron patronne entraîneur entraîneuse pdg
    officier policier policière gouverneur gouverneure
    expert experte spécialiste chercheur chercheuse médecin analyste économiste historien
    historienne sociologue politologue toxicologue épidémiologiste professeur professeure
""".split())

# Subject pronouns: lower-case form -> (gender, number); gender None when unmarked.
PRONOUNS = {
    "il": ("Masc", "Sing"),
    "elle": ("Fem", "Sing"),
    "ils": ("Masc", "Plur"),
    "elles": ("Fem", "Plur"),
    "-il": ("Masc", "Sing"),
    "-elle": ("Fem", "Sing"),
    "-ils": ("Masc", "Plur"),
    "-elles": ("Fem", "Plur"),
    "-t-il": ("Masc", "Sing"),
    "-t-elle": ("Fem", "Sing"),
    "celui-ci": ("Masc", "Sing"),
    "celle-ci": ("Fem", "Sing"),
    # Stressed forms, for "selon lui", "d'après elle".
    "lui": ("Masc", "Sing"),
    "eux": ("Masc", "Plur"),
}

# Minimum words in a stand-alone quotation for it to be a quote rather than a scare-quoted term.
MIN_DIRECT_WORDS = 4

# Words introducing a reported clause, used when the parse does not attach it to the verb.
COMPLEMENTIZERS = {"que", "qu'", "qu’"}

# Present-tense forms of the -er reporting verbs, for verbs the lemmatizer leaves inflected
# ("…», indique le communiqué").
SPEECH_VERB_FORMS = {
    v[:-2] + ending: v for v in SPEECH_VERBS if v.endswith("er") and "_" not in v for ending in ("e", "ent")
}

# Words marking what a statement was about ("a déclaré au sujet de …"), when a reporting verb
# has no object: the phrase holding one is the reported content.
TOPIC_WORDS = {"sujet", "propos", "concernant"}

# Words that give a person's gender when they stand before the name or refer back to it.
GENDERED_WORDS = {"m.": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem"}
# Auxiliaries whose participle agrees with the subject ("elle est arrivée").
AGREEING_AUX = {"être"}

# Words opening an indirect question: "n'a pas précisé pourquoi …" reports no statement.
QUESTION_WORDS = {"pourquoi", "si", "comment", "quand", "où", "qui", "quel", "quelle", "quels", "quelles", "combien"}

# Nouns naming an organisation: "l'entreprise a indiqué" resolves to the last organisation named.
ORG_NOUNS = set("""
    entreprise société groupe compagnie agence ministère gouvernement organisation parti
    syndicat office service banque tribunal commission conseil équipe club association
    chaîne journal quotidien université école hôpital fédération ligue institut fondation
    opérateur constructeur parquet armée police gendarmerie présidence mairie préfecture
""".split())

# Phrases opening a sentence with someone's view: "Pour Erdogan, il s'agit d'un moment historique."
# Taken only at the start of a sentence and before a name followed by a comma.
OPINION_OPENERS = [["pour"]]

# Prepositions that make a place part of a title ("le maire de Paris"); a place behind any
# other one ("a déclaré le ministre à Paris") is where the speaker spoke.
GENITIVE_PREPOSITIONS = {"de", "d'", "d’", "du", "des"}

# Words opening a side clause whose reporting verb qualifies the clause it hangs on: "Le projet sera abandonné, comme l'a annoncé la ministre."
# reports the host clause, and the side clause's subject said it.
AS_CLAUSE_MARKS = {"comme"}

# Reporting phrases of several words: a verb (lemma) and the words that must follow it. What
# they report is their clause ("a fait savoir que …") or the words after the phrase ("a fait
# part de son inquiétude pour …"). "mettre en garde" was tried: it gained on the development
# articles and lost on the held-out ones.
PHRASE_CUES = [
    "faire savoir", "faire valoir", "faire part", "faire état",
    "tirer la sonnette d'alarme", "tirer la sonnette d’alarme", "lancer un appel", "lancer un avertissement",
    "mettre en avant", "prendre acte", "faire remarquer", "faire observer",
    "appeler à", "appeler au", "appeler aux",
]

# Verbs of judgement: their object with an adjective attributed to it ("a jugé la paix possible", "a estimé la mesure inutile") is the view reported.
ATTRIBUTE_VERBS = set("""
    juger estimer considérer
""".split())
