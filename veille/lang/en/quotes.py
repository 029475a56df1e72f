"""English knowledge for the quotes stage: quote marks, reporting verbs, attribution phrases, pronouns."""

# Opening mark -> closing marks it may be closed by.
QUOTE_PAIRS = {
    "“": "”\"",  # curly and straight marks get mixed in copy-edited text
    '"': '"”',
    "«": "»",
    "‘": "’",
    # Straight single quotes, the house style of some papers; one left open in its paragraph
    # is an elision ("the '80s") and is not a quotation mark.
    "'": "'’",
}

# fmt: off
# Reporting verbs (lemmas) whose subject is the speaker and whose complement is what was said.
SPEECH_VERBS = set("""
    say tell state declare announce add explain claim argue insist note warn caution
    suggest acknowledge admit concede confirm deny report reveal write
    tweet post recall predict promise vow pledge urge ask answer reply respond
    observe remark comment describe complain allege assert contend maintain
    emphasize emphasise stress indicate testify estimate conclude
    agree disagree accuse criticize criticise blame praise welcome
    recommend propose demand question joke quip counter acknowledge
    advise announce inform assure concede mention chant shout blurt echo voice exclaim rule deem
""".split())

# Verbs whose direct object can itself be the reported content ("announced a new plan").
OBJECT_CONTENT_VERBS = set("""
    announce confirm deny reveal predict promise acknowledge admit vow pledge
""".split())

# Verbs naming or characterising something: a quotation they govern ('called the ruling
# "bold"', 'what he called "the loneliest moment of my life"') is their subject's words.
NAMING_VERBS = set("""
    call describe label dub brand term characterize characterise
""".split())
# fmt: on

# "according to X, …": phrases that attribute a clause to X without a verb.
ATTRIBUTION_PHRASES = [["according", "to"]]

# Nouns naming a written statement: their owner ("a statement from the ministry") is the speaker.
DOCUMENT_NOUNS = set("""
    statement release report letter note message tweet post email memo document
    communique communiqué filing complaint lawsuit
""".split())

# Nouns naming a person by role: "the minister said" resolves to the last person named.
ROLE_NOUNS = set("""
    president minister premier spokesman spokeswoman spokesperson leader chief director
    mayor senator governor ambassador judge prosecutor lawyer attorney general commissioner
    chancellor king queen pope official officer ceo chair chairman chairwoman coach
    secretary councillor councilor mp mla professor doctor manager founder
""".split())

# Subject pronouns: lower-case form -> (gender, number); gender None when unmarked.
PRONOUNS = {
    "he": ("Masc", "Sing"),
    "she": ("Fem", "Sing"),
    "they": (None, "Plur"),
    "it": (None, "Neut"),
}

# Minimum words in a stand-alone quotation for it to be a quote rather than a scare-quoted term.
MIN_DIRECT_WORDS = 4

# Words introducing a reported clause, used when the parse does not attach it to the verb.
COMPLEMENTIZERS = {"that"}

# Words marking what a statement was about ("spoke about …"), when a reporting verb has no
# object: the phrase holding one is the reported content.
TOPIC_WORDS = {"about", "regarding", "concerning"}

# Words that give a person's gender when they stand before the name or refer back to it.
GENDERED_WORDS = {
    "mr.": "Masc", "mr": "Masc", "he": "Masc", "his": "Masc", "him": "Masc", "himself": "Masc",
    "mrs.": "Fem", "mrs": "Fem", "ms.": "Fem", "ms": "Fem", "she": "Fem", "her": "Fem", "herself": "Fem",
}

# Words opening an indirect question: "did not say whether …" reports no statement.
QUESTION_WORDS = {"whether", "if", "why", "how", "which", "what", "when", "where", "who"}

# Nouns naming an organisation: "the company said" resolves to the last organisation named.
ORG_NOUNS = set("""
    company firm utility agency department ministry board business government organization
    organisation group union party office service bank court commission council team club
    association network broadcaster newspaper station university school hospital charity
    federation league corporation institute foundation
""".split())

# Phrases opening a sentence with someone's view. English "For X, …" is more often about whom
# something matters to than whose view it is, so none.
OPINION_OPENERS: list[list[str]] = []

# Prepositions that make a place part of a title ("le maire de Paris"); a place behind any
# other one ("a déclaré le ministre à Paris") is where the speaker spoke.
GENITIVE_PREPOSITIONS = {"of"}

# Words opening a side clause whose reporting verb qualifies the clause it hangs on: "The plant will close, as the minister said."
# reports the host clause, and the side clause's subject said it.
AS_CLAUSE_MARKS = {"as"}

# Reporting phrases of several words: a verb (lemma) and the words that must follow it. What
# they report is their clause ("pointed out that …") or the words after the phrase ("warned
# against a hasty decision").
PHRASE_CUES = [
    "point out", "warn against", "call for",
    "sound the alarm",
]

# Verbs of judgement: their object with an adjective attributed to it ("deemed the plan unworkable") is the view reported.
ATTRIBUTE_VERBS = set("""
    deem
""".split())
