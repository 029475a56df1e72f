"""French words of coreference (``veille.entities.coref.CorefData``).

Titles, pronouns and gendered words are those the quotes stage reads for its speakers: one list each.
"""

from .quotes import AGREEING_AUX, GENDERED_WORDS, PRONOUNS, ROLE_NOUNS

__all__ = ["AGREEING_AUX", "GENDERED_WORDS", "PRONOUNS", "ROLE_NOUNS", "RELATIVE_PRONOUNS", "EPITHET_NOUNS"]

# Relative pronouns standing for the noun their clause hangs on: "le ministre, qui a accusé…".
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}

# Occupations a text uses as a later name for someone it introduced by another title: "le ministre
# des Affaires étrangères, X, …" then "le diplomate a dénoncé…".
EPITHET_NOUNS = {"diplomate", "dirigeant", "dirigeante", "responsable", "élu", "élue", "haut-fonctionnaire"}
