from veille.model import Analysis, Article, Entity, Event, Mention, Quote, SentenceSpan, Span
from veille.store.rows import TABLES, analysis_rows


def test_rows_cover_every_table_column_and_ids_are_deterministic():
    text = "Macron a appelé Poutine. « Nous parlons », a dit Macron."
    article = Article.from_text(text, language="fr")
    macron = Entity(id="person:macron", name="Macron", type="PERSON",
                    mentions=[Mention(text="Macron", start=0, end=6)])
    putin = Entity(id="person:poutine", name="Poutine", type="PERSON",
                   mentions=[Mention(text="Poutine", start=16, end=23)])
    quote = Quote(text="Nous parlons", start=27, end=39, kind="direct", speaker=macron.id, cue="dire")
    trigger = Span(text="appelé", start=9, end=15)
    event = Event(type="CONSULT", mode="phone", source=[macron.id], target=[putin.id], trigger=trigger,
                  mentions=[trigger], sentence=SentenceSpan(start=0, end=24))
    analysis = Analysis(article=article, entities=[macron, putin], quotes=[quote], events=[event])
    rows = analysis_rows(analysis)
    assert set(rows) == set(TABLES)
    for table, records in rows.items():
        for record in records:
            assert list(record) == [c for c, _ in TABLES[table]], table
    assert rows["quotes"][0]["id"] == f"{article.id}:q0"
    assert [(r["entity_id"], r["role"]) for r in rows["event_actors"]] == [
        ("person:macron", "source"), ("person:poutine", "target")]
    assert analysis_rows(analysis) == rows
