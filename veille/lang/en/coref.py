"""English words of coreference (``veille.entities.coref.CorefData``).

Titles, pronouns and gendered words are those the quotes stage reads for its speakers: one list each.
"""

from .quotes import GENDERED_WORDS, PRONOUNS, ROLE_NOUNS

__all__ = ["GENDERED_WORDS", "PRONOUNS", "ROLE_NOUNS", "RELATIVE_PRONOUNS", "EPITHET_NOUNS"]

# Relative pronouns standing for the noun their clause hangs on: "the minister, who accused…".
RELATIVE_PRONOUNS = {"who", "which", "that"}

# Occupations a text uses as a later name for someone it introduced by another title: "Foreign
# Minister X …" then "the diplomat condemned…".
EPITHET_NOUNS = {"diplomat", "politician", "lawmaker", "official", "envoy"}
