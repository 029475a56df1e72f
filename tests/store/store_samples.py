"""Hand-built analyses (no spaCy) so store tests are fast and exact."""

from __future__ import annotations

from datetime import date, timedelta

from veille.model import Analysis, Article, Entity, Event, Mention, Quote, SentenceSpan, Span

PUTIN = "person:vladimir-putin"
MACRON = "person:emmanuel-macron"
FRANCE = "gpe:france"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def make_fr() -> Analysis:
    text = ("Macron appelle Poutine\n\nEmmanuel Macron a appelé Vladimir Poutine lundi. "
            "« La France veut la paix », a déclaré Macron. « Nous sommes prêts », a répondu Poutine.")
    art = Article.from_text(text, source="fr.txt", url="https://example.org/fr", title="Macron appelle Poutine",
                            published=date(2021, 11, 15), language="fr")
    def m(part, after=0):
        s, e = _span(text, part, after)
        return Mention(text=part, start=s, end=e)
    macron = Entity(id=MACRON, name="Emmanuel Macron", type="PERSON", kb_id="Q3052772", country="FRA",
                    mentions=[m("Macron"), m("Emmanuel Macron"), m("Macron", text.index("déclaré"))])
    putin = Entity(id=PUTIN, name="Vladimir Poutine", type="PERSON", kb_id="Q7747", country="RUS",
                   mentions=[m("Poutine"), m("Vladimir Poutine"), m("Poutine", text.index("répondu"))])
    france = Entity(id=FRANCE, name="France", type="GPE", country="FRA", mentions=[m("France")])
    q1s, q1e = _span(text, "La France veut la paix")
    q2s, q2e = _span(text, "Nous sommes prêts")
    sm, em = _span(text, "Macron", text.index("déclaré"))
    sp, ep = _span(text, "Poutine", text.index("répondu"))
    quotes = [
        Quote(text="La France veut la paix", start=q1s, end=q1e, kind="direct", speaker=MACRON,
              speaker_text="Macron", speaker_start=sm, speaker_end=em, cue="déclarer"),
        Quote(text="Nous sommes prêts", start=q2s, end=q2e, kind="direct", speaker=PUTIN,
              speaker_text="Poutine", speaker_start=sp, speaker_end=ep, cue="répondre"),
    ]
    ts, te = _span(text, "appelé")
    trig = Span(text="appelé", start=ts, end=te)
    events = [Event(id="e0", type="CONSULT", mode="phone", quad="verbal cooperation", source=[MACRON],
                    target=[PUTIN], trigger=trig, mentions=[trig], date=date(2021, 11, 15),
                    sentence=SentenceSpan(start=24, end=text.index("lundi.") + 6), confidence=0.9)]
    return Analysis(article=art, entities=[macron, putin, france], quotes=quotes, events=events)


def make_en() -> Analysis:
    text = ("Putin warns West\n\nRussian President Vladimir Putin threatened Ukraine on Tuesday. "
            "\"We will defend our interests,\" Putin said.")
    art = Article.from_text(text, source="en.txt", url="https://example.org/en", title="Putin warns West",
                            published=date(2021, 11, 20), language="en")
    s, e = _span(text, "Vladimir Putin")
    s2, e2 = _span(text, "Putin", text.index("interests"))
    putin = Entity(id=PUTIN, name="Vladimir Putin", type="PERSON", kb_id="Q7747",
                   mentions=[Mention(text="Vladimir Putin", start=s, end=e), Mention(text="Putin", start=s2, end=e2)])
    us, ue = _span(text, "Ukraine")
    ukraine = Entity(id="gpe:ukraine", name="Ukraine", type="GPE", country="UKR",
                     mentions=[Mention(text="Ukraine", start=us, end=ue)])
    qs, qe = _span(text, "We will defend our interests,")
    quote = Quote(text="We will defend our interests,", start=qs, end=qe, kind="direct", speaker=PUTIN,
                  speaker_text="Putin", speaker_start=s2, speaker_end=e2, cue="say")
    ts, te = _span(text, "threatened")
    trig = Span(text="threatened", start=ts, end=te)
    event = Event(id="e0", type="THREATEN", quad="verbal conflict", source=[PUTIN], target=["gpe:ukraine"],
                  trigger=trig, mentions=[trig], sentence=SentenceSpan(start=18, end=text.index("Tuesday.") + 8))
    return Analysis(article=art, entities=[putin, ukraine], quotes=[quote], events=[event])




def dated(day: date, names: list[str], event_types: list[str] = (), serial: int = 0) -> Analysis:
    """An article of ``day`` mentioning each place in ``names`` once (repeat a name to count it
    twice), with one event per type in ``event_types``."""
    text = f"Bulletin {day.isoformat()} {serial}\n\n" + " ".join(f"News from {n} today." for n in names)
    art = Article.from_text(text, source=f"bulletin-{day}-{serial}.txt", title=f"Bulletin {day} {serial}",
                            published=day, language="en")
    entities: dict[str, Entity] = {}
    after = 0
    for name in names:
        s, e = _span(text, name, after)
        after = e
        entity = entities.setdefault(name, Entity(id=f"gpe:{name.lower()}", name=name, type="GPE", mentions=[]))
        entity.mentions.append(Mention(text=name, start=s, end=e))
    events = []
    for number, type_ in enumerate(event_types):
        s, e = _span(text, "News")
        events.append(Event(id=f"e{number}", type=type_, trigger=Span(text="News", start=s, end=e),
                            mentions=[Span(text="News", start=s, end=e)], sentence=SentenceSpan(start=s, end=len(text))))
    return Analysis(article=art, entities=list(entities.values()), quotes=[], events=events)


DAY = date(2026, 11, 8)


def build_dated(store) -> None:
    """Seven days of usual mentions, then a day where some names rise (see test_trending.py)."""
    for back in range(1, 8):  # the seven days before DAY: the usual level
        day = DAY - timedelta(days=back)
        extra = ["Kelby"] if back == 3 else []
        store.save(dated(day, ["Harbourland", *extra], ["CONSULT"]))
    store.save(dated(DAY, ["Harbourland", "Kelby", "Kelby", "Newtown", "Onceville"], ["PROTEST", "CONSULT"], 1))
    store.save(dated(DAY, ["Harbourland", "Kelby", "Kelby", "Newtown", "Newtown"], ["PROTEST", "PROTEST"], 2))
    store.save(dated(DAY + timedelta(days=1), ["Latertown"] * 5, [], 3))  # after the window
