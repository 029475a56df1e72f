"""French: spaCy's fr_core_news_md pipeline and French language data."""

PIPELINE = "fr_core_news_md"
# spaCy's French NER labels → veille's entity types (MISC is refined by the entities stage).
NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "OTHER"}
