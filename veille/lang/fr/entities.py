"""French knowledge for the entities stage: titles that describe office holders, count words."""

# Token patterns (spaCy Matcher) for titles and role descriptions. ``office`` is a KB
# office key, or ``leader`` (the country's chief executive), ``head_of_state``, or
# ``counterpart`` (the same office as the person just mentioned, in another country).
# ``plural`` marks forms that name several holders ("les deux présidents"); ``country``
# a title only one country uses ("ministre des Armées").
_ETRANGERES = {"LOWER": {"IN": ["étrangères", "etrangeres"]}}

# fmt: off
TITLE_PATTERNS = [
    {"office": "president", "pattern": [{"LOWER": {"IN": ["président", "présidente", "president"]}}]},
    {"office": "president", "plural": True, "pattern": [{"LOWER": {"IN": ["présidents", "présidentes"]}}]},
    {"office": "president", "pattern": [{"LOWER": {"IN": ["président", "présidente"]}}, {"LOWER": "de"}, {"LOWER": "la"}, {"LOWER": "république"}]},
    {"office": "prime_minister", "pattern": [{"LOWER": {"IN": ["premier", "première"]}}, {"LOWER": "ministre"}]},
    {"office": "prime_minister", "plural": True, "pattern": [{"LOWER": {"IN": ["premiers", "premières"]}}, {"LOWER": "ministres"}]},
    {"office": "prime_minister", "pattern": [{"LOWER": "chef"}, {"LOWER": "du"}, {"LOWER": "gouvernement"}]},
    {"office": "chancellor", "pattern": [{"LOWER": {"IN": ["chancelier", "chancelière"]}}]},
    {"office": "monarch", "pattern": [{"LOWER": {"IN": ["roi", "reine", "monarque", "souverain", "souveraine"]}}]},
    {"office": "pope", "pattern": [{"LOWER": "pape"}]},
    {"office": "pope", "pattern": [{"LOWER": "souverain"}, {"LOWER": "pontife"}]},
    {"office": "supreme_leader", "pattern": [{"LOWER": "guide"}, {"LOWER": "suprême"}]},
    {"office": "head_of_state", "pattern": [{"LOWER": "chef"}, {"LOWER": "de"}, {"LOWER": "l'"}, {"LOWER": "état"}]},
    {"office": "head_of_state", "pattern": [{"LOWER": "chef"}, {"LOWER": "de"}, {"LOWER": "l’"}, {"LOWER": "état"}]},
    {"office": "head_of_state", "plural": True, "pattern": [{"LOWER": "chefs"}, {"LOWER": "d'"}, {"LOWER": "état"}]},
    {"office": "head_of_state", "plural": True, "pattern": [{"LOWER": "chefs"}, {"LOWER": "d’"}, {"LOWER": "état"}]},
    {"office": "foreign_minister", "pattern": [{"LOWER": "ministre"}, {"POS": "ADJ", "OP": "?"}, {"LOWER": "des"}, {"LOWER": "affaires"}, _ETRANGERES]},
    {"office": "foreign_minister", "pattern": [{"LOWER": "chef"}, {"LOWER": "de"}, {"LOWER": "la"}, {"LOWER": "diplomatie"}]},
    {"office": "leader", "pattern": [{"LOWER": {"IN": ["dirigeant", "dirigeante", "leader"]}}]},
    {"office": "leader", "plural": True, "pattern": [{"LOWER": {"IN": ["dirigeants", "dirigeantes", "leaders"]}}]},
    {"office": "secretary_general", "pattern": [{"LOWER": {"IN": ["secrétaire", "secretaire"]}}, {"LOWER": {"IN": ["général", "générale", "general"]}}]},
    {"office": "counterpart", "pattern": [{"LOWER": "homologue"}]},
    {"office": "counterpart", "plural": True, "pattern": [{"LOWER": "homologues"}]},
]
# fmt: on

# A title with a complement naming something else than a country is not an office
# holder ("le président du club"); these complements keep the title generic.
GENERIC_COMPLEMENTS = {"république"}

COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}

# Prepositions that keep a country inside a title or actor phrase ("gardes-frontières de Biélorussie").
OF_WORDS = {"de", "du", "des", "d'", "d’"}

# Prepositions that place a group in its country: "les responsables en Turquie" are Turkish officials.
PLACE_WORDS = {"en", "au", "aux"}

# Common nouns capitalised by convention that NER takes for names when they stand alone
# ("coup d'État", "secrétaire d'État", "la République").
NOT_NAMES = {"état", "etat", "états", "république", "gouvernement", "ministère", "nation"}

# Heads of organisations ("le directeur général de l'OMS", "le haut-commissaire de l'ONU pour les réfugiés").
TITLE_PATTERNS += [
    {"office": "director_general", "pattern": [{"LOWER": {"IN": ["directeur", "directrice"]}}, {"LOWER": {"IN": ["général", "générale"]}}]},
    {"office": "managing_director", "pattern": [{"LOWER": {"IN": ["directeur", "directrice"]}}, {"LOWER": {"IN": ["général", "générale"]}}, {"LOWER": "du"}, {"LOWER": "fmi"}]},
    {"office": "high_commissioner", "pattern": [{"LOWER": {"IN": ["haut-commissaire", "haute-commissaire"]}}]},
    {"office": "high_representative", "pattern": [{"LOWER": {"IN": ["haut", "haute"]}}, {"LOWER": {"IN": ["représentant", "représentante"]}}]},
]

# Words before a title that make it a former office holder: not today's holder ("l'ancien président").
FORMER_WORDS = {"ancien", "ancienne", "anciens", "anciennes", "ex", "ex-", "feu", "défunt", "défunte"}

TITLE_PATTERNS += [
    {"office": "defence_minister", "pattern": [{"LOWER": "ministre"}, {"POS": "ADJ", "OP": "?"}, {"LOWER": "de"}, {"LOWER": "la"}, {"LOWER": {"IN": ["défense", "defense"]}}]},
    {"office": "defence_minister", "country": "FRA", "pattern": [{"LOWER": "ministre"}, {"LOWER": "des"}, {"LOWER": "armées"}]},
]

# Any other minister ("le ministre de l'Intérieur"): no KB office, but a title, not an organisation's
# name, and in apposition it describes the named person.
TITLE_PATTERNS += [
    {"office": "minister", "pattern": [{"LOWER": {"IN": ["ministre", "ministres"]}}, {"LOWER": {"IN": ["de", "des", "du", "d'", "d’"]}},
                                       {"LOWER": {"IN": ["la", "l'", "l’"]}, "OP": "?"}, {"IS_TITLE": True}]},
]
NOT_NAMES |= {"utc", "gmt"}

# Honorifics NER keeps in a name ("Mme Merkel"): cut before linking.
HONORIFICS = {"m.", "m", "mme", "mlle", "mgr", "me", "dr", "pr"}

TITLE_PATTERNS += [
    {"office": "spokesperson", "pattern": [{"LOWER": "porte-parole"}]},
    {"office": "spokesperson", "pattern": [{"LOWER": "porte"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "parole"}]},
]

# Calendar words: a span made only of them is a date, not a name ("jeudi", "3 mars").
CALENDAR_WORDS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "aujourd'hui", "hier", "demain", "week-end",
}

# Suffixes that turn a name into an adjective; French uses other constructions.
ADJECTIVE_SUFFIXES = ()

# Nouns that make one name with their "de" complement, which names nothing alone: streets and squares
# ("place de la République", "rue du Bac"), stations, ministries ("ministère de l'Intérieur"). Other
# nouns before "de" + a name describe what the name names ("l'aéroport de Lyon" is a mention of Lyon).
NAME_HEAD_NOUNS = {
    "place", "rue", "avenue", "boulevard", "quai", "cours", "allée", "impasse", "chemin", "route", "square",
    "esplanade", "parvis", "passage", "promenade", "gare", "porte", "ministère", "ministre", "secrétariat",
}

# Prefixes that make a stance adjective of a name ("le DAB pro-Pékin", "les anti-Kremlin"): the adjective qualifies the name
# after it and is no part of it.
STANCE_PREFIXES = {"pro", "anti"}

# Head nouns of institution names ("Cour suprême", "Sénat", "Assemblée nationale"): the name is an organisation even where
# NER types it a place.
INSTITUTION_NOUNS = {"sénat", "cour", "mairie", "parquet", "trésor", "conseil", "assemblée", "tribunal", "parlement", "congrès"}

# Words of a caption's credit line ("Photo : AFP", "Crédit : …") and of page furniture that NER runs into
# the name before them; cut when a colon or the end of the line follows.
CAPTION_WORDS = {"image", "images", "photo", "photos", "vidéo", "video", "audio", "crédit", "crédits", "source"}

# A document is no body: « la Constitution » alone is not an organisation's name.
NOT_NAMES |= {"constitution"}

# Compass points: with a "de" complement they name a part of the place after it ("le Nord-Est de la Syrie").
COMPASS_WORDS = {"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"}
