"""French words of coreference (``veille.entities.coref.CorefData``).

Titles, pronouns and gendered words are those the quotes stage reads for its speakers: one list each.
"""

from .quotes import AGREEING_AUX, GENDERED_WORDS, PRONOUNS, ROLE_NOUNS

__all__ = ["AGREEING_AUX", "GENDERED_WORDS", "PRONOUNS", "ROLE_NOUNS", "RELATIVE_PRONOUNS"]

# Relative pronouns standing for the noun their clause hangs on: "le ministre, qui a accusé…".
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}
