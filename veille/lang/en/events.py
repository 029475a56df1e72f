"""English event cues for the ``veille_events`` stage: PLOVER triggers and the words around them.

Hand-written records here take precedence over ``events_cameo.jsonl``, which is generated from the
CAMEO verb dictionary through the CAMEO→PLOVER table by ``scripts/cameo_triggers.py``. Record
fields are those of ``veille/lang/fr/events.py``.
"""

# Generated trigger records loaded after TRIGGERS (lower precedence, lower confidence).
TRIGGER_FILES = ["events_cameo.jsonl"]

# fmt: off
# Light verbs, and verbs of thought, feeling, motion, change or management (see TRIGGERS below).
NON_EVENT_VERBS = """
give go take lead leave conduct organize organise come get make put set keep bring run turn
think consider contemplate ponder mull muse meditate ruminate reason speculate reconsider weigh learn hear
face approach assemble gather congregate flock cluster huddle converge join unite travel journey depart embark
egress communicate notify apprise acquaint introduce insert interact innovate promulgate elicit debate
abate administer allocate allot ameliorate amplify apportion assign assuage attach attire augment award
benefit better bind blend boost buy chain coalesce combine command compound conflate connect constitute
control deepen dictate direct enact endow enhance enjoin enlarge enlist enroll equip escalate establish
exaggerate expand facilitate found fuse gear govern handle head heighten import improve increase institute
intensify invest link magnify manage merge mitigate outfit oversee pay prescribe purchase redouble regulate
relate render rule serve simplify steer stock supervise supervize task unify
best circle conflict corrupt crack defeat die dishonor dishonour dominate duel engage impair mar master
match overcome overshadow overtake pit ring spoil struggle surmount tarnish tear vitiate wrestle quarrel
analyse appall argue ascertain aver avow check comb compensate compete contend contradict contrast counter
counterbalance cry defer delay despair differ dig disappoint discourage dismay explore express forestall
grieve hamper hinder humble impede inhibit mine monitor mourn override postpone procrastinate rake remit
research retard sadden scan shelve shock skim stall study stun stupefy suspect sweep table unearth wail
weep whine
bide clear detach disconnect fill legislate pass resolve retire satify submit tease undo unloose untie
verify enable empower
advertise advertize affect associate celebrate cheer clap concert conform correlate deal divulge embolden
enliven expose exuberate exult galvanize impact influence inspire integrate invigorate orchestrate prefer
prize profess promote rejoice reveal revitalize rouse spur synchronise synchronize tempt toast triumph unveil
apply bid campaign crusade desire hint hope necessitate need
agonise agonize annoy arouse badger bother discomfit disconcert disquiet disturb enkindle irk irritate
pester plague rag torment upset vex
certify determine endeavor endeavour ensure expect groom mean resurrect resuscitate revive strive subscribe
train want
guard interfere intervene stabilise stabilize tend ward
bill catch contain enclose extract grab impel inflict inhabit infest levy moderate overturn pluck pull
remove reside revolutionise revolutionize tax
disorder disarray garner parade endanger fail swear
shun assert admit persuade commemorate slight exclude vote
""".split()
_VERBS = {
    "agree": ("AGREE", None), "pledge": ("AGREE", None), "promise": ("AGREE", None), "vow": ("AGREE", None),
    "meet": ("CONSULT", None), "visit": ("CONSULT", "visit"), "host": ("CONSULT", "visit"),
    "discuss": ("CONSULT", None), "negotiate": ("CONSULT", None), "phone": ("CONSULT", "phone"),
    "telephone": ("CONSULT", "phone"), "talk": ("CONSULT", None), "consult": ("CONSULT", None),
    "support": ("SUPPORT", None), "praise": ("SUPPORT", None), "welcome": ("SUPPORT", None),
    "endorse": ("SUPPORT", None), "congratulate": ("SUPPORT", None), "apologize": ("SUPPORT", None),
    "sign": ("SUPPORT", None), "cease": ("RETREAT", None), "halt": ("RETREAT", None), "ratify": ("SUPPORT", None), "recognize": ("SUPPORT", None),
    "concede": ("CONCEDE", None), "ease": ("CONCEDE", None), "pardon": ("CONCEDE", None),
    "cooperate": ("COOPERATE", None), "extradite": ("COOPERATE", None),
    "aid": ("AID", None), "help": ("AID", None), "donate": ("AID", None), "fund": ("AID", None),
"provide": ("AID", None), "grant": ("AID", None), "supply": ("AID", None),
    "deliver": ("AID", None), "evacuate": ("AID", None), "order": ("REQUEST", None), "pressure": ("REQUEST", None),
    "prevent": ("COERCE", "restrict"), "block": ("COERCE", "restrict"), "dispatch": ("MOBILIZE", "troops"),
    "surrender": ("RETREAT", None), "withdraw": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"), "free": ("RETREAT", "release"),
    "resign": ("RETREAT", "resign"), "disarm": ("RETREAT", "disarm"),
    "ask": ("REQUEST", None), "demand": ("REQUEST", None), "urge": ("REQUEST", None), "request": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "accuse": ("ACCUSE", "allege"), "condemn": ("ACCUSE", "disapprove"), "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"), "blame": ("ACCUSE", "disapprove"),
    "charge": ("ACCUSE", "allege"), "investigate": ("ACCUSE", "investigate"), "sue": ("ACCUSE", "allege"),
    "indict": ("ACCUSE", "allege"), "protest": ("PROTEST", "demo"),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "deny": ("REJECT", None), "oppose": ("REJECT", None),
    "veto": ("REJECT", None), "dismiss": ("REJECT", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "demonstrate": ("PROTEST", "demo"), "march": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "sanction": ("SANCTION", None), "expel": ("COERCE", "deport"), "suspend": ("SANCTION", "discontinue"),
    "sever": ("SANCTION", "discontinue"), "convict": ("SANCTION", "convict"), "embargo": ("SANCTION", None),
    "mobilize": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", "troops"),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "raid": ("COERCE", "seize"), "ban": ("COERCE", "restrict"), "censor": ("COERCE", "censor"),
    "deport": ("COERCE", "deport"), "restrict": ("COERCE", "restrict"), "annex": ("COERCE", "seize"),
    "attack": ("ASSAULT", None), "bomb": ("ASSAULT", "aerial"), "shell": ("ASSAULT", "heavy-weapons"),
    "kill": ("ASSAULT", None), "assassinate": ("ASSAULT", "targeted"), "kidnap": ("ASSAULT", "abduct"),
    "abduct": ("ASSAULT", "abduct"), "invade": ("ASSAULT", None), "shoot": ("ASSAULT", "firearms"),
    "torture": ("ASSAULT", "torture"), "clash": ("ASSAULT", None), "fight": ("ASSAULT", None),
    "mediate": ("CONSULT", None), "comply": ("CONCEDE", None), "accede": ("CONCEDE", None),  # "accede to requests or demands"
    "renege": ("REJECT", None), "hack": ("COERCE", "cyber"), "demobilize": ("RETREAT", "disarm"),
    "reinforce": ("MOBILIZE", "troops"),
}

_NOUNS = {
    "agreement": ("AGREE", None, "source"), "deal": ("AGREE", None, "source"), "accord": ("AGREE", None, "source"),
    "pledge": ("AGREE", None, "source"), "promise": ("AGREE", None, "source"),
    "talk": ("CONSULT", None, "source"), "meeting": ("CONSULT", None, "source"), "visit": ("CONSULT", "visit", "source"),
    "summit": ("CONSULT", "multilateral", "source"), "negotiation": ("CONSULT", None, "source"),
    "mediation": ("CONSULT", None, "source"), "cleansing": ("ASSAULT", None, "source"), "hearing": ("ACCUSE", "investigate", "target"), "suspension": ("SANCTION", "discontinue", "target"),
    "conversation": ("CONSULT", None, "source"), "discussion": ("CONSULT", None, "source"),
    "support": ("SUPPORT", None, "source"), "praise": ("SUPPORT", None, "source"), "apology": ("SUPPORT", None, "source"),
    "cooperation": ("COOPERATE", None, "source"), "aid": ("AID", None, "source"), "assistance": ("AID", None, "source"),
    "release": ("RETREAT", "release", "target"), "withdrawal": ("RETREAT", "withdraw", "source"),
    "resignation": ("RETREAT", "resign", "source"), "ceasefire": ("RETREAT", "ceasefire", "source"),
    "demand": ("REQUEST", None, "source"), "request": ("REQUEST", None, "source"), "appeal": ("REQUEST", None, "source"),
    "accusation": ("ACCUSE", "allege", "source"), "condemnation": ("ACCUSE", "disapprove", "source"),
    "criticism": ("ACCUSE", "disapprove", "source"), "investigation": ("ACCUSE", "investigate", "target"),
    "probe": ("ACCUSE", "investigate", "target"), "charge": ("ACCUSE", "allege", "source"),
    "refusal": ("REJECT", None, "source"), "rejection": ("REJECT", None, "source"), "denial": ("REJECT", None, "source"),
    "threat": ("THREATEN", None, "source"), "ultimatum": ("THREATEN", None, "source"), "warning": ("THREATEN", None, "source"),
    "protest": ("PROTEST", "demo", "source"), "demonstration": ("PROTEST", "demo", "source"),
    "rally": ("PROTEST", "demo", "source"), "strike": ("PROTEST", "strike", "source"),
    "riot": ("PROTEST", "riot", "source"), "boycott": ("PROTEST", "boycott", "source"),
    "sanction": ("SANCTION", None, "source"), "embargo": ("SANCTION", None, "source"),
    "expulsion": ("COERCE", "deport", "target"), "deportation": ("COERCE", "deport", "target"),
    "arrest": ("COERCE", "arrest", "target"), "detention": ("COERCE", "arrest", "target"),
    "crackdown": ("COERCE", None, "source"), "blockade": ("COERCE", "restrict", "target"),
    "ban": ("COERCE", "restrict", "source"), "deployment": ("MOBILIZE", "troops", "source"),
    "curfew": ("COERCE", "curfew", "source"), "restriction": ("COERCE", "restrict", "source"),
    "attack": ("ASSAULT", None, "source"), "bombing": ("ASSAULT", "explosives", "target"),
    "airstrike": ("ASSAULT", "aerial", "source"), "offensive": ("ASSAULT", None, "source"),
    # "the invasion of Lebanon", "the bombing of Belgrade", "the siege of Sarajevo": the "of" phrase is the target.
    "invasion": ("ASSAULT", None, "target"), "occupation": ("COERCE", "seize", "target"),
    "siege": ("COERCE", "restrict", "target"), "shelling": ("ASSAULT", "heavy-weapons", "target"), "assassination": ("ASSAULT", "targeted", "target"),
    "kidnapping": ("ASSAULT", "abduct", "target"), "clash": ("ASSAULT", None, "source"),
}
# fmt: on

# Voicing disapproval is a reproach: "expressed skepticism about the plan", "voiced anger at the minister".
_STANCE_VERBS = ("express", "voice")
_DISAPPROVAL_NOUNS = "skepticism scepticism outrage anger indignation dismay displeasure disapproval frustration".split()

TRIGGERS = [
    {"lemma": lemma, "pos": "VERB", "type": t, "mode": m} for lemma, (t, m) in _VERBS.items()
] + [
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "ACCUSE", "mode": None}
    for verb in _STANCE_VERBS for noun in _DISAPPROVAL_NOUNS
] + [
    {"lemma": lemma, "pos": "NOUN", "type": t, "mode": m, "genitive": g}
    for lemma, (t, m, g) in _NOUNS.items()
] + [
    {"lemma": "call", "pos": "NOUN", "with": "phone", "type": "CONSULT", "mode": "phone", "genitive": "source"},
    {"lemma": "call", "pos": "NOUN", "with": "telephone", "type": "CONSULT", "mode": "phone", "genitive": "source"},
    {"lemma": "release", "pos": "NOUN", "with": "press", "type": None, "mode": None},  # a press release
    {"lemma": "release", "pos": "NOUN", "with": "news", "type": None, "mode": None},
    {"lemma": "call", "pos": "VERB", "prep": "for", "type": "REQUEST", "mode": None},
    {"lemma": "call", "pos": "VERB", "prep": "on", "type": "REQUEST", "mode": None},
    {"lemma": "vote", "pos": "VERB", "prep": "for", "type": "SUPPORT", "mode": None},
    {"lemma": "vote", "pos": "VERB", "prep": "against", "type": "REJECT", "mode": None},
    {"lemma": "issue", "pos": "VERB", "type": None, "mode": None},
    {"lemma": "aim", "pos": "VERB", "type": None, "mode": None},  # "rounds aimed at…", "aims to…": no act itself
    {"lemma": "hang", "pos": "VERB", "prep": "out", "type": None, "mode": None},  # "hanging out with…"
] + [
    # Verbs that name no act of their own: CAMEO's synonym sets give them the default of their block
    # ("think" a consultation, "defeat" an assault, "tend" aid, "upset" a protest), but their usual news
    # sense is no PLOVER event. Narrower records keep their objects' events ("took part", "led talks").
    {"lemma": verb, "pos": "VERB", "type": None, "mode": None}
    for verb in NON_EVENT_VERBS
] + [
    {"lemma": "expel", "pos": "VERB", "obj": "diplomat", "type": "SANCTION", "mode": "expel"},
    {"lemma": "expel", "pos": "VERB", "obj": "ambassador", "type": "SANCTION", "mode": "expel"},
    {"lemma": "expel", "pos": "VERB", "obj": "inspector", "type": "SANCTION", "mode": "expel"},
    {"lemma": "halt", "pos": "VERB", "obj": "aid", "type": "SANCTION", "mode": "discontinue"},
    {"lemma": "suspend", "pos": "VERB", "obj": "aid", "type": "SANCTION", "mode": "discontinue"},
    {"lemma": "impose", "pos": "VERB", "obj": "sanction", "type": "SANCTION", "mode": None},
    {"lemma": "lift", "pos": "VERB", "obj": "sanction", "type": "CONCEDE", "mode": None},
    {"lemma": "recall", "pos": "VERB", "obj": "ambassador", "type": "SANCTION", "mode": "withdraw"},
] + [
    # Reaching or concluding a deal is agreeing (AGREE); signing or ratifying one supports it (SUPPORT, below).
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "AGREE", "mode": None}
    for verb in ("reach", "conclude", "strike", "clinch", "seal")
    for noun in ("agreement", "deal", "accord", "pact", "truce", "treaty", "compromise")
] + [
    {"lemma": "hold", "pos": "VERB", "obj": "talk", "type": "CONSULT", "mode": None},
] + [
    # SANCTION 'withdraw': "withdraw oneself or one's non-military resources (aid, observers, diplomats,
    # peacekeepers)"; withdrawing troops stays RETREAT.
    {"lemma": "withdraw", "pos": "VERB", "obj": noun, "type": "SANCTION", "mode": "withdraw"}
    for noun in ("inspector", "observer", "monitor", "diplomat", "ambassador", "envoy", "peacekeeper",
                 "worker", "staff", "personnel", "aid", "mission", "support", "funding", "recognition")
] + [
    # AID: "military and police assistance including arms", "humanitarian aid" sent or given to a
    # recipient ("give" alone is no aid: "gave a warm welcome", "gave him the option").
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "AID", "mode": None}
    for verb in ("send", "give", "hand")
    for noun in ("arm", "weapon", "aid", "supply", "food", "medicine", "equipment", "relief", "assistance",
                 "money", "loan", "credit", "grant", "asylum", "shelter", "refuge", "help", "support",
                 "dollar", "euro", "pound", "yen", "million", "billion")
] + [
    # SUPPORT: "initiate, resume, improve, or expand diplomatic cooperation" ("established diplomatic ties").
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "SUPPORT", "mode": None}
    for verb in ("establish", "restore", "upgrade", "resume", "normalize", "strengthen")
    for noun in ("tie", "relation", "relationship")
] + [
    # MOBILIZE: "strengthened its forces in Lebanon".
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "MOBILIZE", "mode": "troops"}
    for verb in ("strengthen", "increase", "boost", "mass", "build")
    for noun in ("force", "troop", "presence", "deployment")
] + [
    # RETREAT 'access': "allowing the entry of observers, peacekeepers, or humanitarian workers"
    # ("received a mission of observers from the OSCE").
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "RETREAT", "mode": "access"}
    for verb in ("receive", "admit", "accept", "allow")
    for noun in ("observer", "inspector", "monitor", "peacekeeper", "mission", "investigator")
] + [
    # "Cancellation of meetings are REJECT" (halting talks under way stays SANCTION, by `when_stopped`).
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "REJECT", "mode": "meet"}
    for verb in ("cancel", "postpone", "scrap")
    for noun in ("meeting", "talk", "visit", "summit", "trip", "negotiation", "conference")
] + [
    # REJECT: "a country … bars a group or organization from entering its territory".
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "REJECT", "mode": None}
    for verb in ("deny", "refuse", "bar")
    for noun in ("entry", "admittance", "access", "visa")
] + [
    # MOBILIZE: "all military or police moves that fall short of the actual use of force" (CAMEO codes
    # some "deploy/send troops" as military aid; PLOVER keeps AID for peacekeeping and relief).
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "MOBILIZE", "mode": mode}
    for verb in ("deploy", "dispatch", "send", "mass", "move", "station")
    for noun, mode in (("troop", "troops"), ("soldier", "troops"), ("army", "troops"), ("force", "troops"),
                       ("unit", "troops"), ("battalion", "troops"), ("brigade", "troops"), ("military", "troops"),
                       ("reservist", "troops"), ("police", "police"), ("policeman", "police"),
                       ("warship", "weapons"), ("ship", "weapons"), ("tank", "weapons"), ("missile", "weapons"),
                       ("aircraft", "weapons"), ("jet", "weapons"), ("bomber", "weapons"))
] + [
    {"lemma": verb, "pos": "VERB", "obj": "peacekeeper", "type": "AID", "mode": None}
    for verb in ("deploy", "dispatch", "send")
] + [
    # MOBILIZE: "increase military alert status" ("placed on high alert").
    {"lemma": verb, "pos": "VERB", "prep": "on alert", "type": "MOBILIZE", "mode": "troops"}
    for verb in ("place", "put", "keep", "remain", "stay")
] + [
    # CONCEDE: "accede to requests or demands" ("accepted demands from the rebels").
    {"lemma": "accept", "pos": "VERB", "obj": noun, "type": "CONCEDE", "mode": None}
    for noun in ("demand", "request", "condition", "term", "ultimatum")
] + [
    # "Summoning an in-country ambassador to present grievances is just coded ACCUSE, not CONSULT."
    {"lemma": "summon", "pos": "VERB", "obj": noun, "type": "ACCUSE", "mode": "disapprove"}
    for noun in ("ambassador", "envoy", "diplomat", "chargé", "consul")
] + [
    # PLOVER's SUPPORT covers "ratify, sign, or finalize an agreement or treaty" (CAMEO's dictionary
    # codes some of these as intents to cooperate); promises to sign are AGREE by the future rule.
    {"lemma": verb, "pos": "VERB", "obj": noun, "type": "SUPPORT", "mode": None}
    for verb in ("sign", "ratify", "finalize")
    for noun in ("agreement", "treaty", "accord", "deal", "pact", "protocol", "convention", "memorandum")
]

# Support verb + noun frames (``veille.events.triggers.Frame``): the noun names the act, the verb's subject
# does it; ``preps`` (one of them) must introduce the recipient, since "put pressure" or "issue a call"
# alone are also plain phrases. A noun that is a trigger of its own is covered by the frame's event.
FRAMES = [
    {"verb": verb, "noun": "pressure", "type": "REQUEST", "preps": "on"} for verb in ("put", "pile", "step")
] + [
    {"verb": "issue", "noun": noun, "type": "THREATEN", "preps": "to against"} for noun in ("warning", "threat", "ultimatum")
] + [
    {"verb": verb, "noun": "condolence", "type": "SUPPORT", "preps": "to"} for verb in ("offer", "extend", "send", "express")
] + [
    {"verb": verb, "noun": noun, "type": "MOBILIZE"}
    for verb in ("stage", "hold", "conduct") for noun in ("drill", "exercise", "maneuver", "manoeuvre", "wargame")
] + [
    {"verb": "stage", "noun": "game", "type": "MOBILIZE"},  # "staged war games"; "held games" is sport
] + [
    {"verb": "carry", "particle": "out", "noun": noun, "type": "MOBILIZE"} for noun in ("drill", "exercise", "patrol")
] + [
    {"verb": "issue", "noun": "apology", "type": "SUPPORT", "preps": "to"},
    {"verb": "lodge", "noun": "protest", "type": "ACCUSE", "mode": "disapprove", "preps": "with against"},
]

# Nouns of count or duration a frame reads through to their complement: "staged two days of war games",
# "carried out a series of raids".
EXTENT_NOUNS = set("series spate wave string round day week month".split())
# Wrong verb lemmas the English lemmatizer gives, and their repair: "staged" → "stag", "waged" → "wag"
# (it strips "-ed" and keeps a noun it knows); read only when the wrong lemma is no trigger itself.
LEMMA_REPAIRS = (("g", "ge"),)
SPEECH_VERBS = set("say state tell declare insist assert claim add reiterate announce conclude argue stress".split())
HYPOTHETICAL_HEADS = set(
    "want hope seek consider refuse expect propose demand ask urge call fail "
    "decline order need".split()
)
# Auxiliaries that make an event hypothetical (English marks it with modals, not a mood).
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can"}
AGENT_PREPS = {"by"}
PARTNER_PREPS = {"with", "between", "among", "amongst"}
TARGET_PREPS = {"against", "to", "on", "toward", "towards", "at", "into"}
GENITIVE_PREPS = {"of"}
LOCATION_PREPS = {"in", "at", "near"}
DUAL_WORDS = {"two", "both"}
DATE_PATTERNS = [
    r"\b(?:yesterday|today)\b",
    r"\b(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b",
    r"\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?\b",
]
# Common nouns that name actors ("migrants", "police"): an argument headed by one of them becomes a plain
# entity when the entities stage gave it none.
ACTOR_NOUNS = set(
    "migrant refugee protester demonstrator police policeman officer soldier troop military army "
    "rebel insurgent militant fighter guerrilla terrorist civilian resident opponent activist union force "
    "striker student guard lawmaker legislator senator government court "
    "parliament party journalist prisoner hostage captive detainee farmer worker voter diplomat "
    "authority official leader "
    # Nouns for people in general: whoever an act is done to or by is an actor even unnamed.
    "people person individual member citizen inhabitant victim suspect man woman child "
    "commission committee organization group".split()
)
# Preposition of the party a request or demand comes from ("demands from the rebels").
ORIGIN_PREPS = {"from"}
# Heads whose complement is an intention: cooperative ones become AGREE, conflictual ones THREATEN
# ("promet de coopérer" → AGREE, "menace de sanctionner" → THREATEN), as PLOVER codes intents.
INTENT_HEADS = set("offer promise pledge agree vow swear ready willing prepared prepare plan intend threaten decide aim determined".split())
# Auxiliaries of the future, read as an intention too (French marks it with Tense=Fut instead).
FUTURE_AUX = {"will", "shall", "'ll", "would"}
# Under a speech verb, a clause with one of these is a demand ("X must withdraw" → REQUEST).
OBLIGATION = {"must", "should"}
# Verbs that stop what their object names: "halted air strikes" is no strike.
STOPPING_VERBS = set("cease halt stop suspend lift end cancel ease relax revoke shorten reduce cut curtail".split())
# What a mobilisation moves besides armed groups (MOBILIZE is "military or police moves"; mobilising
# supporters or sending inspectors is not).
ARMED_NOUNS = set(
    "troop soldier force army unit battalion brigade division regiment reservist reserve police weapon "
    "missile rocket tank warship ship vessel submarine fleet aircraft jet plane fighter bomber helicopter "
    "artillery drone carrier "
    # the armed exercise a frame names as its object: "held naval drills", "staged war games"
    "drill exercise maneuver manoeuvre wargame game patrol".split()
)
# Verbs of giving: their object is what is given, the recipient the indirect object or "to" phrase.
TRANSFER_VERBS = set("give send provide supply deliver contribute donate grant ship airlift lend hand offer".split())
# Prepositions of what a complaint or an accusation is about: its owner is the accused ("complained
# to the UN over Israeli air raids" → Israel), before whoever the complaint is addressed to.
GRIEVANCE_PREPS = {"over", "about"}
# Participles that describe their subject's own stance, not something done to it: "Israel is
# opposed to…", "forces were engaged in…" name the actor, not the target.
STATIVE_PARTICIPLES = set("oppose engage commit involve determine dedicate resolve".split())
# Title nouns: "French President Emmanuel Macron" names the person in its phrase.
PERSON_TITLES = set(
    "president minister premier chief king queen prince secretary ambassador counterpart leader "
    "spokesman spokeswoman spokesperson judge prosecutor chancellor general mayor governor "
    "commissioner director head emir sheikh".split()
)
# "against": marks the target even when the parser hangs it one noun deeper ("attentat à la bombe contre…").
ADVERSATIVE_PREPS = {"against"}
# Quantity heads: "thousands of protesters" names the protesters.
QUANTITY_NOUNS = set("thousand hundred dozen million score number crowd group majority".split())
# Pronouns that stand for the last person named ("he said…").
PERSON_PRONOUNS = {"he", "she", "him", "her"}
# A condition turns an announced act into a threat: "will withdraw unless…".
CONDITION_MARKERS = {"unless"}
# A threat's condition names whom it is aimed at: "threatened to stop talks if the United States…".
THREAT_CONDITIONS = {"unless", "if"}
# Prepositions marking the target of a nominal trigger ("sanctions contre la Russie"); narrower than
# TARGET_PREPS because "à" after a noun is mostly a place ("une visite à Moscou").
NOMINAL_TARGET_PREPS = {"against", "on", "toward", "towards", "to", "into", "at"}



# Trigger senses checked against their arguments (``veille/events/rules/senses.py``).
EXPLETIVE_PRONOUNS = {"it", "this", "that"}
NAMING_VERBS = {"call", "name", "dub", "term"}
PERSON_OBJECT_SENSES = {"fire", "sack", "axe"}
STATE_PREPS = {"under", "in"}
# The article's credits: "Anna Berg contributed reporting", "Reporting by …; Editing by …".
BYLINE_PATTERNS = [
    r"\bcontribut(?:ed|es|ing)\s+(?:additional\s+)?(?:reporting|research|to\s+this\s+(?:report|story|article))",
    r"^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b",
]

# The coding rules, stage by stage, in the order they run (``veille/events/rules/``; an unknown name is
# an error). A rule left out here is off for the language.
# Verbs that code an act only on an actor: "défendre le ministre", not "défendre les frontières".
PARTY_OBJECT_VERBS = {"defend"}

# A verdict with its penalty is a conviction (SANCTION), not a reproach nor an arrest.
CONVICTION_VERBS = set("sentence condemn convict".split())
PENALTY_NOUNS = set("prison jail year month fine term imprisonment life death detention probation".split())
PENALTY_PREPS = {"to"}
# "targeted with travel bans": the instrument of a verb of attack may be a measure.
INSTRUMENT_PREPS = {"with", "by"}
# Munitions in flight: "shot down missiles" intercepts them, nobody is attacked.
MUNITION_NOUNS = set("missile rocket drone shell".split())

# Words that name a strike by its weapon: "air strikes", "drone strikes" are attacks, not walk-outs.
WEAPON_MODIFIERS = set("air drone missile rocket artillery aerial naval military retaliatory precision".split())
# A clause after a speech verb in these tenses asserts a conduct ("que Kigali soutenait…"): the
# assertion is the event (rules/claims.py); a perfect auxiliary makes it a reported act instead.
CONDUCT_TENSES = {"Tense=Pres", "Aspect=Prog"}
PERFECT_AUX = {"have"}
# What someone says or puts forward: criticised or rejected, it points to its author (rules/claims.py).
AUTHORED_NOUNS = set("remark statement word speech comment proposal offer plan project initiative appeal request demand call accusation allegation claim decision verdict ruling ultimatum".split())
# Pluperfect auxiliaries: in a relative clause they recall a party's past (rules/vetoes.py).
BACKGROUND_AUX = set("had".split())
# Senses decided by the trigger's arguments (rules/reclassify.py).
# "warned that Beijing was trying to…": a warning reporting another's conduct accuses it.
WARNING_VERBS = {"warn", "caution"}
# "the court upheld the ban": upholding another's measure supports it.
UPHOLDING_VERBS = {"uphold"}
# Measures: upheld, or aiming at someone ("the sanctions target officials").
MEASURE_NOUNS = set("ban sanction measure embargo restriction ruling decision policy law order freeze penalty".split())
# Verbs of aiming: an attack when weapons aim, a measure when a measure does.
AIMING_VERBS = {"target", "hit"}
# Promising these is threatening: "vowed retaliation", "pledged countermeasures".
RETALIATION_WORDS = set("countermeasure retaliation revenge reprisal retribution retaliate avenge punish punishment".split())
# "refused to rule out talks", "declined to close the door": refusing to close keeps a course open.
REFUSING_VERBS = {"refuse", "decline"}
CLOSING_VERBS = set("close shut rule exclude abandon sever cut break end".split())
# "greeted the minister with boos": a welcome given with jeers is a protest.
WELCOMING_VERBS = {"greet", "welcome", "receive", "host"}
JEERING_NOUNS = set("boo booing jeer jeering catcall heckling whistle hiss insult egg tomato".split())
RULE_ORDER = {
    "vetoes": ("byline", "expletive_clause", "naming_sense", "figurative_conflict", "showing_sense",
               "dismissal_sense", "refused_closing", "nominal_participle", "interception_sense", "measure_instrument", "cause_object", "stative_seizure", "aim", "conditional_mood", "prospective_modifier", "verbless_headline", "prospect_complement",
               "subject_of_same_act", "treaty_left", "apposition", "attribute", "background_relative"),
    "reclassify": ("hypothetical", "intended", "conviction", "armed_strike", "warning_of_conduct",
                   "upheld_measure", "aimed_measure", "vowed_retaliation", "hostile_welcome"),
    "verb_roles": ("verb_arguments", "stative_passive", "transfer_recipient", "unarmed_mobilization",
                   "force_adversary", "required_object", "quoted_inversion"),
    "noun_roles": ("noun_arguments", "demonym_doer", "speaker_not_doer", "receiver_recipient", "light_noun_doer",
                   "opposing_sides", "responsible_doer", "targeting_participle", "recipient_complement", "state_of_arrest", "measure_patient", "coordinated_acts"),
    "parties": ("personal_patient", "resolve_sources", "act_subject_demonym", "issuer_source", "thing_doer",
                "resolve_targets", "reported_claim", "accused_act", "authored_object", "treaty_not_party", "deed_doer", "grievance_accused", "own_withdrawn",
                "resolve_partners", "partner_participant", "counterpart", "clash_sides", "nominal_partner",
                "one_party_talk"),
    "targets": ("complement_target", "threatened_party", "recipient_preposition", "people_in_required_object",
                "clause_subject_recipient", "place_recipient", "not_self", "withdrawn_post", "actor_in_complements"),
    "checks": ("nominal_places_not_parties", "leaving_organisation", "mobilised_side", "needs_party", "political_side",
               "doer_required", "addressee_required", "source_sector", "recipient_required"),
}
