"""English names of the offices in entity roles ("president:USA" → "President of the United States")."""

# fmt: off
OFFICES = {
    "president": "President", "prime_minister": "Prime Minister", "chancellor": "Chancellor",
    "monarch": "Monarch", "supreme_leader": "Supreme Leader", "head_of_state": "Head of State",
    "head_of_government": "Head of Government", "foreign_minister": "Foreign Minister",
    "defence_minister": "Defence Minister", "minister": "Minister", "spokesperson": "Spokesperson",
    "secretary_general": "Secretary-General", "high_representative": "High Representative",
    "director_general": "Director General", "high_commissioner": "High Commissioner",
    "managing_director": "Managing Director", "leader": "Leader",
}
# fmt: on

# The place after the office, when a rule below would get it wrong: code → complement.
COMPLEMENTS = {
    "USA": "of the United States", "GBR": "of the United Kingdom", "NLD": "of the Netherlands",
    "PHL": "of the Philippines", "ARE": "of the United Arab Emirates", "BHS": "of the Bahamas",
    "MDV": "of the Maldives", "SYC": "of the Seychelles", "COM": "of the Comoros", "GMB": "of the Gambia",
    "org:un": "of the United Nations", "org:eu": "of the European Union",
    "org:european-commission": "of the European Commission", "org:european-council": "of the European Council",
    "org:ecb": "of the European Central Bank", "org:imf": "of the IMF", "org:iaea": "of the IAEA",
    "org:iom": "of the IOM", "org:nato": "of NATO", "org:who": "of the WHO", "org:wto": "of the WTO",
}

# (pattern on the place's name, complement template), first match wins.
PLACE_RULES = (
    (r"^(United|Republic|Kingdom|Democratic|Central African|Czech|Dominican) |Islands$|Republic$", "of the {name}"),
    (r"", "of {name}"),
)

# An organisation's name takes "the" unless it is an acronym ("of NATO", "of the Kremlin").
ORG_RULES = (
    (r"^[A-Z]+$", "of {name}"),
    (r"", "of the {name}"),
)
