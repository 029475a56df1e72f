"""English words for dating events (read by :mod:`veille.events.dates`)."""

# Month names and their press abbreviations ("Dec. 12", "Sept 3").
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Days named from the article's date.
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# Phrases naming a month or a year from the article's date: pattern → offset.
MONTH_OFFSETS = {r"\blast month\b": -1, r"\bthis month\b": 0, r"\bnext month\b": 1}
YEAR_OFFSETS = {r"\blast year\b": -1, r"\bthis year\b": 0, r"\bnext year\b": 1}
# A weekday with one of these is the coming one ("next Friday"), with the others the past one.
NEXT_WORDS = {"next", "coming"}
LAST_WORDS = {"last", "past", "previous"}
# Words that announce what has not happened yet; the event they qualify may be dated after the article.
PLANNED_CUES = [
    r"\bwill\b", r"\bshall\b", r"\w'll\b", r"\bnext\b(?! to\b)", r"\bupcoming\b", r"\bforthcoming\b",
    r"\bcoming (?:days|weeks|months|year)\b",
    r"\btomorrow\b", r"\bscheduled\b", r"\bplanned\b", r"\bplans? to\b", r"\bdue (?:to|on|in)\b", r"\bset (?:to|for)\b",
    r"\bexpected to\b", r"\bto be held\b", r"\bintends? to\b", r"\bgoing to\b",
]
# Auxiliaries of the future: the event they carry is announced.
FUTURE_AUX = {"will", "shall", "'ll"}
# Spans the pipeline may not label as dates: a year or a month after a preposition ("in 2009", "since May").
DATE_PATTERNS = [
    r"\b(?:next|coming|last|past|previous)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\b(?:in|since|by|until|before|after|during|early|late|mid-?)\s+(?:(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+)?(?:1[5-9]|20)\d{2}\b(?![\d,.]*\s*(?:%|percent|people|dollars))",
]
# Expressions counting back from the article's date ("three days ago").
AGO_PATTERNS = [r"\bago\b"]
