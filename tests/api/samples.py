"""Test articles for the API: an XSS fixture and a hand-annotated article with quotes,
events and located places (stages that produce those may not be in the pipeline yet)."""

from __future__ import annotations

from datetime import date

from veille.model import Analysis, Article, Entity, Event, Mention, Quote, SentenceSpan, Span

XSS_TITLE = '<script>alert("title")</script> Harbour deal'
XSS_TEXT = (
    'Harbour deal <img src=x onerror="alert(1)"> signed\n\n'
    'The mayor of Lisbon said <script>window.__xss = 1;</script> the harbour deal was good. '
    '"We <b>welcome</b> it," Ana Costa told reporters in Lisbon on Monday.'
)

ANNOTATED_TEXT = (
    "Ministers meet in Geneva\n\n"
    "Foreign minister Clara Hurst met Omar Belkacem in Geneva on Tuesday. "
    "\"We agreed to keep talking,\" Hurst said. Belkacem accused the Northern Alliance of shelling Tarnow. "
    "\"This attack must stop <now>,\" Belkacem said."
)

HURST = "person:clara-hurst"
BELKACEM = "person:omar-belkacem"
ALLIANCE = "org:northern-alliance"
GENEVA = "gpe:geneva"
TARNOW = "gpe:tarnow"


def _m(text: str, part: str, after: int = 0) -> Mention:
    start = text.index(part, after)
    return Mention(text=part, start=start, end=start + len(part))


def xss_article() -> Article:
    return Article.from_text(XSS_TEXT, source="xss.txt", title=XSS_TITLE, published=date(2024, 3, 4), language="en")


def annotated() -> Analysis:
    text = ANNOTATED_TEXT
    art = Article.from_text(text, source="geneva.txt", title="Ministers meet in Geneva",
                            published=date(2024, 5, 14), language="en")
    said = text.index("Hurst said")
    bsaid = text.index("Belkacem said")
    entities = [
        Entity(id=HURST, name="Clara Hurst", type="PERSON", role="foreign_minister:CHE", country="XXA",
               mentions=[_m(text, "Clara Hurst"), _m(text, "Hurst", said)]),
        Entity(id=BELKACEM, name="Omar Belkacem", type="PERSON", country="XXB",
               mentions=[_m(text, "Omar Belkacem"), _m(text, "Belkacem", text.index("accused") - 10),
                         _m(text, "Belkacem", bsaid)]),
        Entity(id=ALLIANCE, name="Northern Alliance", type="ORG", mentions=[_m(text, "Northern Alliance")]),
        Entity(id=GENEVA, name="Geneva", type="GPE", country="CHE", lat=46.2044, lon=6.1432,
               mentions=[_m(text, "Geneva"), _m(text, "Geneva", 30)]),
        Entity(id=TARNOW, name="Tarnow", type="GPE", country="POL", lat=50.0121, lon=20.9858,
               mentions=[_m(text, "Tarnow")]),
    ]
    q1 = _m(text, "We agreed to keep talking")
    q2 = _m(text, "This attack must stop <now>")
    quotes = [
        Quote(text=q1.text, start=q1.start, end=q1.end, kind="direct", speaker=HURST, speaker_text="Hurst",
              speaker_start=said, speaker_end=said + 5, cue="say"),
        Quote(text=q2.text, start=q2.start, end=q2.end, kind="direct", speaker=BELKACEM, speaker_text="Belkacem",
              speaker_start=bsaid, speaker_end=bsaid + 8, cue="say"),
    ]
    met = _m(text, "met")
    accused = _m(text, "accused")
    shelling = _m(text, "shelling")
    s1 = text.index("Foreign minister")
    s2 = text.index("Belkacem accused")
    events = [
        Event(type="CONSULT", quad="verbal-cooperation", mode="visit", source=[HURST], target=[BELKACEM],
              trigger=Span(text=met.text, start=met.start, end=met.end), location=GENEVA,
              date=date(2024, 5, 14), sentence=SentenceSpan(start=s1, end=text.index("\"We"))),
        Event(type="ACCUSE", quad="verbal-conflict", source=[BELKACEM], target=[ALLIANCE],
              trigger=Span(text=accused.text, start=accused.start, end=accused.end),
              date=date(2024, 5, 14), sentence=SentenceSpan(start=s2, end=text.index("\"This"))),
        Event(type="ASSAULT", quad="material-conflict", source=[ALLIANCE], target=[BELKACEM],
              trigger=Span(text=shelling.text, start=shelling.start, end=shelling.end), location=TARNOW,
              date=date(2024, 5, 13), sentence=SentenceSpan(start=s2, end=text.index("\"This"))),
    ]
    return Analysis(article=art, entities=entities, quotes=quotes, events=events)


def xss_quote(analysis: Analysis) -> Analysis:
    """The XSS article with one quote whose text carries markup, added by hand."""
    text = analysis.article.text
    part = "<script>window.__xss = 1;</script> the harbour deal was good"
    start = text.index(part)
    quote = Quote(text=part, start=start, end=start + len(part), kind="indirect", speaker_text="The mayor of Lisbon",
                  speaker_start=text.index("The mayor"), speaker_end=text.index("The mayor") + 19, cue="say")
    return analysis.model_copy(update={"quotes": [*analysis.quotes, quote]})
