"""English knowledge for the entities stage: titles that describe office holders, count words."""

# See veille/lang/fr/entities.py for the meaning of each field.
# fmt: off
TITLE_PATTERNS = [
    {"office": "president", "pattern": [{"LOWER": "president"}]},
    {"office": "president", "plural": True, "pattern": [{"LOWER": "presidents"}]},
    {"office": "prime_minister", "pattern": [{"LOWER": {"IN": ["prime", "premier"]}}, {"LOWER": "minister"}]},
    {"office": "prime_minister", "pattern": [{"LOWER": "premier"}]},
    {"office": "prime_minister", "plural": True, "pattern": [{"LOWER": "prime"}, {"LOWER": "ministers"}]},
    {"office": "chancellor", "pattern": [{"LOWER": "chancellor"}]},
    {"office": "monarch", "pattern": [{"LOWER": {"IN": ["king", "queen", "monarch"]}}]},
    {"office": "pope", "pattern": [{"LOWER": {"IN": ["pope", "pontiff"]}}]},
    {"office": "supreme_leader", "pattern": [{"LOWER": "supreme"}, {"LOWER": "leader"}]},
    {"office": "head_of_state", "pattern": [{"LOWER": "head"}, {"LOWER": "of"}, {"LOWER": "state"}]},
    {"office": "head_of_state", "plural": True, "pattern": [{"LOWER": "heads"}, {"LOWER": "of"}, {"LOWER": "state"}]},
    {"office": "foreign_minister", "pattern": [{"LOWER": "foreign"}, {"LOWER": {"IN": ["minister", "secretary"]}}]},
    {"office": "foreign_minister", "pattern": [{"LOWER": "minister"}, {"LOWER": "of"}, {"LOWER": "foreign"}, {"LOWER": "affairs"}]},
    {"office": "foreign_minister", "pattern": [{"LOWER": "secretary"}, {"LOWER": "of"}, {"LOWER": "state"}]},
    {"office": "foreign_minister", "pattern": [{"LOWER": "top"}, {"LOWER": "diplomat"}]},
    {"office": "leader", "pattern": [{"LOWER": "leader"}]},
    {"office": "leader", "plural": True, "pattern": [{"LOWER": "leaders"}]},
    {"office": "secretary_general", "pattern": [{"LOWER": "secretary"}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": "general"}]},
    {"office": "counterpart", "pattern": [{"LOWER": "counterpart"}]},
    {"office": "counterpart", "plural": True, "pattern": [{"LOWER": "counterparts"}]},
]
# fmt: on

GENERIC_COMPLEMENTS = {"republic"}

COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}

# Prepositions that keep a country inside a title or actor phrase ("the President of Russia").
OF_WORDS = {"of"}

# Prepositions that place a group in its country: "officials in Turkey" are Turkish officials.
PLACE_WORDS = {"in", "from"}

# Common nouns capitalised by convention that NER takes for names when they stand alone.
NOT_NAMES = {"state", "government", "administration"}

# Heads of organisations ("the WHO director-general", "the UN high commissioner for refugees").
TITLE_PATTERNS += [
    {"office": "director_general", "pattern": [{"LOWER": {"IN": ["director-general", "director"]}}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": "general", "OP": "?"}]},
    {"office": "managing_director", "pattern": [{"LOWER": "managing"}, {"LOWER": "director"}]},
    {"office": "high_commissioner", "pattern": [{"LOWER": "high"}, {"LOWER": "commissioner"}]},
    {"office": "high_representative", "pattern": [{"LOWER": "high"}, {"LOWER": "representative"}]},
]

# Words before a title that make it a former office holder: not today's holder ("the former president").
FORMER_WORDS = {"former", "ex", "ex-", "late", "then", "previous", "outgoing"}

TITLE_PATTERNS += [
    {"office": "defence_minister", "pattern": [{"LOWER": {"IN": ["defence", "defense"]}}, {"LOWER": {"IN": ["minister", "secretary"]}}]},
    {"office": "defence_minister", "pattern": [{"LOWER": {"IN": ["minister", "secretary"]}}, {"LOWER": "of"}, {"LOWER": {"IN": ["defence", "defense"]}}]},
]

TITLE_PATTERNS += [
    {"office": "minister", "pattern": [{"IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN", "ADJ"]}}, {"LOWER": {"IN": ["minister", "secretary"]}}]},
]
NOT_NAMES |= {"utc", "gmt"}

# Honorifics NER keeps in a name ("Mr Putin"): cut before linking.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof", "prof."}

TITLE_PATTERNS += [
    {"office": "spokesperson", "pattern": [{"LOWER": {"IN": ["spokesman", "spokeswoman", "spokesperson"]}}]},
    {"office": "spokesperson", "pattern": [{"LOWER": "press"}, {"LOWER": "secretary"}]},
]

# Calendar words: a span made only of them is a date, not a name ("Monday", "March 3").
CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "today", "yesterday", "tomorrow", "weekend",
}

# Suffixes that turn a name into an adjective ("Washington-based", "Iran-backed"): not a mention.
ADJECTIVE_SUFFIXES = ("based", "born", "backed", "led", "made", "style", "bound", "owned", "funded", "allied")

# Nouns that make one name with their "of" complement, which names nothing alone ("Department of
# Justice", "Ministry of Defence"). Other nouns before "of" + a name describe what the name names
# ("the city of Leeds" is a mention of Leeds).
NAME_HEAD_NOUNS = {"department", "ministry", "secretary", "office", "bureau", "university", "bank"}

# Prefixes that make a stance adjective of a name ("pro-Beijing DAB", "anti-Kremlin activists"): the adjective qualifies the name
# after it and is no part of it.
STANCE_PREFIXES = {"pro", "anti"}

# Head nouns of institution names ("the Supreme Court", "the Senate"): the name is an organisation even where
# NER types it a place.
INSTITUTION_NOUNS = {"senate", "court", "council", "parliament", "assembly", "congress", "treasury", "tribunal"}

# Words of a caption's credit line ("Image: US Navy", "Photo: …") and of page furniture ("Archived") that
# NER runs into the name before them; cut when a colon or the end of the line follows.
CAPTION_WORDS = {"image", "images", "photo", "photos", "video", "audio", "credit", "source", "file", "archived"}

# A document is no body: "the Constitution" alone is not an organisation's name.
NOT_NAMES |= {"constitution"}

# Compass points: with an "of" complement they name a part of the place after it ("the North of England").
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west"}

# Offices written between an organisation's name and its holder's ("NASA Administrator Jim Bridenstine", "Acme
# CEO Ann Lee"): NER runs them into one name, which is the organisation, then the person.
OFFICE_NOUNS = {
    "administrator", "president", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "director", "spokesman",
    "spokeswoman", "spokesperson", "secretary", "minister", "commissioner", "chief", "governor", "ambassador",
    "founder", "co-founder", "head", "boss", "coach", "manager", "editor", "captain", "general", "commander",
}
