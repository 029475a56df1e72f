"""French words for dating events (read by :mod:`veille.events.dates`)."""

# Month names and their press abbreviations (« 12 déc. », « sept. »).
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10,
    "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
# Days named from the article's date.
DAY_OFFSETS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2}
# Phrases naming a month or a year from the article's date: pattern → offset.
MONTH_OFFSETS = {r"\ble mois dernier\b": -1, r"\bce mois-ci\b": 0, r"\ble mois prochain\b": 1}
YEAR_OFFSETS = {
    r"\bl['’]an dernier\b|\bl['’]année dernière\b|\bl['’]an passé\b|\bl['’]année passée\b": -1,
    r"\bcette année\b": 0,
    r"\bl['’]an prochain\b|\bl['’]année prochaine\b": 1,
}
# A weekday with one of these is the coming one (« vendredi prochain »), with the others the past one.
NEXT_WORDS = {"prochain", "prochaine"}
LAST_WORDS = {"dernier", "dernière", "passé"}
# Words that announce what has not happened yet; the event they qualify may be dated after the article.
PLANNED_CUES = [
    r"\bprochaine?s?\b", r"\bdemain\b", r"\bdoi(?:t|vent) (?:se tenir|avoir lieu|se dérouler|être)\b",
    r"\bdevrai(?:t|ent) (?:se tenir|avoir lieu|se dérouler)\b", r"\bprévue?s?\b", r"\bprogrammée?s?\b",
    r"\bplanifiée?s?\b", r"\bauront? lieu\b", r"\bse tiendr(?:a|ont)\b", r"\bà venir\b", r"\bd['’]ici\b",
    r"\ben vue de\b",
]
# Auxiliaries of the near future (« va signer »): the event they carry is announced (Tense=Fut marks the rest).
FUTURE_AUX = {"va", "vont", "vais", "allons", "allez"}
# Endings of the simple future, for verbs the tagger does not mark Fut (« signera » read as a participle):
# no participle, infinitive or present form ends so.
FUTURE_ENDINGS = ("erai", "era", "erons", "eront", "irai", "ira", "irons", "iront", "drai", "dra", "drons",
                  "dront", "urai", "ura", "urons", "uront")
# Years and months the French pipeline does not label as dates (« en 2009 », « depuis mars 2019 », « en mars »).
DATE_PATTERNS = [
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:prochain|dernier)\b",
    r"\b(?:en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|fin|début|mi-)\s*(?:(?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre)\s+)?(?:1[5-9]|20)\d{2}\b(?![\d,.]*\s*(?:%|euros?|personnes|habitants))",
    r"\ben\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
]
# Expressions counting back from the article's date (« il y a trois jours »).
AGO_PATTERNS = [r"\bil y a\b"]
