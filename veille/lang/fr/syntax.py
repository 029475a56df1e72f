"""French words the shared syntax helpers read (``veille.nlp.syntax``)."""

# Words that negate the verb they depend on, or an argument they determine ("aucune sanction").
NEGATIONS = set("pas jamais plus aucun aucune nullement guère sans rien".split())
# Auxiliaries of active tenses: a "passive" subject beside one is a parser slip ("Il a demandé…").
ACTIVE_AUXILIARIES = {"avoir"}
# The passive auxiliary, when the parser labels it a copula ("ils étaient gardés à vue").
PASSIVE_COPULAS = {"être"}
