"""French names of the offices in entity roles ("president:USA" → "président des États-Unis")."""

# fmt: off
OFFICES = {
    "president": "président", "prime_minister": "Premier ministre", "chancellor": "chancelier",
    "monarch": "monarque", "supreme_leader": "guide suprême", "head_of_state": "chef de l'État",
    "head_of_government": "chef du gouvernement", "foreign_minister": "ministre des Affaires étrangères",
    "defence_minister": "ministre de la Défense", "minister": "ministre", "spokesperson": "porte-parole",
    "secretary_general": "secrétaire général", "high_representative": "haut représentant",
    "director_general": "directeur général", "high_commissioner": "haut-commissaire",
    "managing_director": "directeur général", "leader": "dirigeant",
}
# fmt: on

# The place after the office where the rules below would get its article wrong: plural
# names, masculine names ending in -e, names that take no article; and organisations.
COMPLEMENTS = {
    "USA": "des États-Unis", "NLD": "des Pays-Bas", "PHL": "des Philippines", "ARE": "des Émirats arabes unis",
    "BHS": "des Bahamas", "MDV": "des Maldives", "SYC": "des Seychelles", "COM": "des Comores",
    "MEX": "du Mexique", "KHM": "du Cambodge", "MOZ": "du Mozambique", "ZWE": "du Zimbabwe",
    "BLZ": "du Belize", "SUR": "du Suriname", "GBR": "du Royaume-Uni",
    "ISR": "d'Israël", "CUB": "de Cuba", "MDG": "de Madagascar", "SGP": "de Singapour", "MCO": "de Monaco",
    "CYP": "de Chypre", "MLT": "de Malte", "HTI": "d'Haïti", "BHR": "de Bahreïn", "OMN": "d'Oman",
    "TWN": "de Taïwan", "BRN": "de Brunei", "DJI": "de Djibouti", "MUS": "de Maurice",
    "org:un": "de l'ONU", "org:eu": "de l'Union européenne", "org:european-commission": "de la Commission européenne",
    "org:european-council": "du Conseil européen", "org:ecb": "de la BCE", "org:imf": "du FMI",
    "org:iaea": "de l'AIEA", "org:iom": "de l'OIM", "org:nato": "de l'OTAN", "org:who": "de l'OMS",
    "org:wto": "de l'OMC",
}

# (pattern on the place's name, complement template), first match wins: elision before a
# vowel or mute h, a feminine name in -e, otherwise masculine.
PLACE_RULES = (
    (r"^[AEIOUYÉÈÊÂÎÔaeiouyh]", "de l'{name}"),
    (r"e$", "de la {name}"),
    (r"", "du {name}"),
)
