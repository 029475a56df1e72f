"""English words the shared syntax helpers read (``veille.nlp.syntax``)."""

# Words that negate the verb they depend on, or an argument they determine ("no talks").
NEGATIONS = {"not", "n't", "never", "no"}
# Auxiliaries of active tenses: a "passive" subject beside one is a parser slip.
ACTIVE_AUXILIARIES = {"have"}
# The passive auxiliary, when the parser labels it a copula.
PASSIVE_COPULAS = {"be"}
