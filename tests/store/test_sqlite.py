import sqlite3

import pytest

from veille.errors import StoreError
from veille.model import Article
from veille.store import SQLiteStore, open_store
from veille.store.schema import SCHEMA_VERSION

from store_samples import MACRON, PUTIN, make_fr


def test_save_statuses_and_round_trip(tmp_path, fr_analysis):
    with open_store(tmp_path / "v.db") as s:
        assert s.save(fr_analysis) == "new"
        assert s.save(fr_analysis) == "unchanged"
        record = s.get_article(fr_analysis.article.id)
    assert record == {**fr_analysis.to_record(with_text=True), "duplicates": []}


def test_changed_text_for_same_url_replaces_in_place(tmp_path, fr_analysis):
    with open_store(tmp_path / "v.db") as s:
        s.save(fr_analysis)
        before = s.counts()
        text = fr_analysis.article.text + " Mise à jour."
        changed = fr_analysis.model_copy(update={"article": Article.from_text(
            text, **fr_analysis.article.model_dump(exclude={"id", "text"}))})
        assert s.save(changed) == "replaced"
        assert s.get_article(fr_analysis.article.id) is None
        assert s.get_article(changed.article.id)["text"] == text
        assert s.counts() == before
        assert s.search("Mise à jour")[0]["article_id"] == changed.article.id
        assert s.search("paix")[0]["article_id"] == changed.article.id


def test_wal_and_versions(tmp_path):
    with open_store(tmp_path / "v.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # Re-opening applies nothing new and keeps the data.
    with open_store(tmp_path / "v.db") as s:
        assert s.counts()["articles"] == 0


def test_refuses_foreign_and_newer_databases_untouched(tmp_path):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(StoreError, match="not a veille database"):
        open_store(foreign)
    assert foreign.read_bytes() == before

    text = tmp_path / "notes.db"
    text.write_text("hello, not a database at all " * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(text)
    assert text.read_text().startswith("hello")

    newer = tmp_path / "newer.db"
    open_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = newer.read_bytes()
    with pytest.raises(StoreError, match="newer"):
        open_store(newer)
    assert newer.read_bytes() == before


def test_duplicates_are_linked_not_analysed(store, fr_analysis):
    copy = Article.from_text(fr_analysis.article.text + "\n(AFP)", source="copy.txt")
    assert store.save_duplicate(copy, fr_analysis.article.id, 0.93) == "new"
    assert store.save_duplicate(copy, fr_analysis.article.id, 0.93) == "unchanged"
    assert store.has(copy.id)
    assert store.counts()["articles"] == 2 and store.counts()["duplicates"] == 1
    dups = store.get_article(fr_analysis.article.id)["duplicates"]
    assert [d["id"] for d in dups] == [copy.id]


def test_speaker_filter_crosses_languages(store, fr_analysis, en_analysis):
    for name in ("Putin", "Poutine", "poutine", "Vladimir Poutine", PUTIN, "Q7747"):
        quotes = store.quotes(speaker=name)
        assert {q["article_id"] for q in quotes} == {fr_analysis.article.id, en_analysis.article.id}, name
        assert {q["speaker"] for q in quotes} == {PUTIN}
    assert store.quotes(speaker="Nobody Known") == []
    assert [q["text"] for q in store.quotes(speaker="Macron")] == ["La France veut la paix"]


def test_quote_filters(store, fr_analysis, en_analysis):
    assert [q["text"] for q in store.quotes(about="France")] == ["La France veut la paix"]
    assert [q["text"] for q in store.quotes(text="interests")] == ["We will defend our interests,"]
    assert [q["text"] for q in store.quotes(text="prets")] == ["Nous sommes prêts"]  # accents folded
    assert {q["language"] for q in store.quotes(lang="fr")} == {"fr"}
    assert {q["article_id"] for q in store.quotes(since="2021-11-18")} == {en_analysis.article.id}
    assert {q["article_id"] for q in store.quotes(until="2021-11-15")} == {fr_analysis.article.id}
    first = store.quotes(limit=1)
    second = store.quotes(limit=1, offset=1)
    assert len(first) == len(second) == 1 and first != second
    q = store.quotes(speaker="Macron")[0]
    assert q["speaker_name"] == "Emmanuel Macron" and q["published"] == "2021-11-15"
    assert q["article_title"] == "Macron appelle Poutine"


def test_event_filters(store):
    assert [e["type"] for e in store.events(actor="Poutine")] == ["THREATEN", "CONSULT"]
    assert [e["type"] for e in store.events(source="Putin")] == ["THREATEN"]
    assert [e["type"] for e in store.events(target="Poutine")] == ["CONSULT"]
    assert [e["type"] for e in store.events(type="consult")] == ["CONSULT"]
    consult = store.events(type="CONSULT")[0]
    assert consult["source"] == [MACRON] and consult["target"] == [PUTIN]
    assert consult["source_names"] == ["Emmanuel Macron"]
    assert consult["trigger"]["text"] == "appelé"
    assert [e["type"] for e in store.events(since="2021-11-16")] == ["THREATEN"]


def test_entities_and_profile(store, fr_analysis):
    top = store.entities()
    assert top[0]["id"] == PUTIN and top[0]["mentions"] == 5 and top[0]["articles"] == 2
    assert [e["id"] for e in store.entities(type="gpe")] == ["gpe:france", "gpe:ukraine"]
    assert [e["id"] for e in store.entities(name="poutine")] == [PUTIN]
    profile = store.entity(PUTIN)
    assert profile["name"] == "Vladimir Poutine"  # the first name stored stays canonical
    assert {"Poutine", "Putin"} <= set(profile["aliases"])
    assert [d["date"] for d in profile["mentions_by_date"]] == ["2021-11-15", "2021-11-20"]
    assert MACRON in {c["id"] for c in profile["co_occurring"]}
    assert len(profile["quotes_by"]) == 2 and len(profile["events_as_source"]) == 1
    assert len(profile["events_as_target"]) == 1
    assert store.entity("nobody") is None


def test_network_search_stats(store, fr_analysis):
    net = store.network()
    edge = {(e["source"], e["target"]): e for e in net["edges"]}[tuple(sorted((MACRON, PUTIN)))]
    assert edge["count"] == 1 and edge["cooperation"] == 1 and edge["conflict"] == 0
    assert {n["id"] for n in store.network(type="GPE")["nodes"]} == {"gpe:france", "gpe:ukraine"}
    hits = store.search("Poutine")
    assert {h["kind"] for h in hits} == {"article"}
    assert store.search("defend interests")[0]["kind"] == "quote"
    assert store.search('"unbalanced AND (') == []  # FTS syntax in user input is harmless
    stats = store.stats()
    assert stats["articles"] == 2 and stats["quotes"] == 3 and stats["events"] == 2
    assert stats["languages"] == {"fr": 1, "en": 1}
    assert stats["events_by_type"] == {"CONSULT": 1, "THREATEN": 1}
    assert stats["top_entities"][0]["id"] == PUTIN
    assert len(stats["latest_quotes"]) == 3
    assert store.articles(entity="Macron")[0]["id"] == fr_analysis.article.id
    assert [a["id"] for a in store.articles(text="Moscou OR Tuesday")] == []  # all words required
    assert [a["language"] for a in store.articles(text="tuesday")] == ["en"]
    assert [a["language"] for a in store.articles()] == ["en", "fr"]


def test_readonly_open(tmp_path, fr_analysis):
    path = tmp_path / "v.db"
    with open_store(path) as s:
        s.save(fr_analysis)
    ro = SQLiteStore(path, readonly=True)
    assert ro.quotes(speaker="Poutine")
    ro.close()
    with pytest.raises(StoreError):
        SQLiteStore(tmp_path / "missing.db", readonly=True)


def test_event_ids_repeat_across_articles(tmp_path):
    # The events stage may number events per article ("e0"); both articles keep theirs.
    a, b = make_fr(), make_fr()
    b = b.model_copy(update={"article": Article.from_text(b.article.text + " Fin.", url="https://example.org/b")})
    with open_store(tmp_path / "v.db") as s:
        s.save(a)
        s.save(b)
        assert len(s.events(type="CONSULT")) == 2
        assert all(e["source"] == [MACRON] for e in s.events(type="CONSULT"))


def test_older_schema_is_migrated_in_place(tmp_path, fr_analysis):
    from veille.store import schema

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in schema._statements(schema.MIGRATIONS[0][1]):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    with open_store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.save(fr_analysis) == "new"


def test_reads_from_threads_while_writing(tmp_path):
    import threading

    from veille.model import Analysis

    path = tmp_path / "v.db"
    writer = open_store(path)
    reader = SQLiteStore(path, readonly=True)
    errors = []
    stop = threading.Event()

    def read():
        while not stop.is_set():
            try:
                reader.quotes(speaker="Poutine")
                reader.stats()
                writer.entities(limit=5)  # the writer's connection is shared with readers too
            except Exception as exc:  # noqa: BLE001 - any error fails the test below
                errors.append(exc)
                return

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    base = make_fr()
    for i in range(30):
        article = Article.from_text(base.article.text + f" Édition {i}.", url=f"https://example.org/{i}",
                                    language="fr")
        writer.save(Analysis(article=article, entities=base.entities, quotes=base.quotes, events=base.events))
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert reader.stats()["articles"] == 30
    reader.close()
    writer.close()


def test_records_without_url_never_replace_each_other(tmp_path, fr_analysis, en_analysis):
    from veille.model import Analysis

    with open_store(tmp_path / "v.db") as s:
        for analysis, source in ((fr_analysis, "dump.jsonl#1"), (en_analysis, "dump.jsonl#1")):
            article = analysis.article.model_copy(update={"url": None, "source": source})
            assert s.save(Analysis(article=article, entities=analysis.entities)) == "new"
        assert s.counts()["articles"] == 2
