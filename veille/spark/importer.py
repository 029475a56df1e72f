"""``veille import-parquet``: a Spark output folder (or a slice of it) into the SQLite store.

Each article is rebuilt as an :class:`veille.model.Analysis` from its rows and saved with
``Store.save``, so the database is the one ``veille ingest`` would have written: same ids, same
entity merge, near-duplicates linked with ``save_duplicate``, signatures kept for later ingests.
Reading is pyarrow only (no Spark, no Java); a slice is chosen by the partition columns, and the
folder is read one date × language partition at a time, so memory follows the partition size.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import Analysis, Article, Entity, Event, Mention, Quote, SentenceSpan, Span
from ..store.rows import TABLES
from .schema import PARTITION_COLUMNS

_CHILDREN = ("article_entities", "mentions", "quotes", "events", "event_actors")


@dataclass
class ImportSummary:
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, status: str) -> None:
        self.counts[status] += 1


def _dataset(folder: Path, table: str):
    import pyarrow.dataset as ds

    path = folder / table
    if not path.exists():
        return None
    return ds.dataset(str(path), format="parquet", partitioning="hive")


def _filter(dataset, since: date | None, until: date | None, lang: str | None):
    import pyarrow.dataset as ds

    names = dataset.schema.names
    expr = None
    for name, op, value in (("part_date", ">=", since), ("part_date", "<=", until), ("part_lang", "==", lang)):
        if value is None or name not in names:
            continue
        value = value.isoformat() if isinstance(value, date) else value
        column = ds.field(name).cast("string")
        term = {">=": column >= value, "<=": column <= value, "==": column == value}[op]
        expr = term if expr is None else expr & term
    return expr


def _rows(dataset, expr) -> list[dict]:
    if dataset is None:
        return []
    return dataset.to_table(filter=expr).to_pylist()


def partitions(folder: Path, since=None, until=None, lang=None) -> list[tuple]:
    """The (part_date, part_lang) values present in the articles table, within the slice."""
    articles = _dataset(folder, "articles")
    if articles is None:
        raise InputError(f"{folder}: not a veille Spark output (no articles table)")
    if not set(PARTITION_COLUMNS) <= set(articles.schema.names):
        return [(None, None)]  # an empty run: one unpartitioned file
    table = articles.to_table(columns=list(PARTITION_COLUMNS), filter=_filter(articles, since, until, lang))
    return sorted({(r["part_date"], r["part_lang"]) for r in table.to_pylist()}, key=repr)


def analyses(folder: Path, since=None, until=None, lang=None) -> Iterator[tuple[Analysis, bytes | None]]:
    """(analysis, MinHash signature) of every article of the slice, partition by partition."""
    import pyarrow.dataset as ds

    entities_ds = _dataset(folder, "entities")
    signatures = {r["article_id"]: r["minhash"] for r in _rows(_dataset(folder, "signatures"), None)}
    datasets = {t: _dataset(folder, t) for t in ("articles", *_CHILDREN)}
    for part_date, part_lang in partitions(folder, since, until, lang):
        def where(dataset, part_date=part_date, part_lang=part_lang):
            if dataset is None or part_lang is None or "part_lang" not in dataset.schema.names:
                return None
            date_field = ds.field("part_date").cast("string")
            on_date = date_field.is_null() if part_date is None else date_field == str(part_date)
            return on_date & (ds.field("part_lang").cast("string") == str(part_lang))

        rows = {t: _rows(d, where(d)) for t, d in datasets.items()}
        by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for table in _CHILDREN:
            for row in rows[table]:
                by_article[row["article_id"]][table].append(row)
        wanted = {r["entity_id"] for r in rows["article_entities"]}
        entities = {}
        if wanted and entities_ds is not None:
            table = entities_ds.to_table(filter=ds.field("id").isin(list(wanted)))
            entities = {r["id"]: r for r in table.to_pylist()}
        for row in rows["articles"]:
            yield rebuild(row, by_article[row["id"]], entities), signatures.get(row["id"])


def rebuild(article: dict, rows: dict[str, list[dict]], entities: dict[str, dict]) -> Analysis:
    """One article's rows back into an Analysis (the inverse of ``analysis_rows``)."""
    fields = {c: article[c] for c, _ in TABLES["articles"] if c != "text_length"}
    mentions = defaultdict(list)
    for m in sorted(rows["mentions"], key=lambda m: (m["start"], m["end"])):
        mentions[m["entity_id"]].append(Mention(text=m["text"], start=m["start"], end=m["end"]))
    people = []
    for link in rows["article_entities"]:
        e = entities.get(link["entity_id"]) or {"id": link["entity_id"], "name": link["entity_id"], "type": "OTHER"}
        people.append(Entity(id=e["id"], name=e["name"], type=e["type"], kb_id=e.get("kb_id"),
                             country=e.get("country"), sector=e.get("sector"), lat=e.get("lat"), lon=e.get("lon"),
                             generic=bool(e.get("generic")),
                             role=link["role"], mentions=mentions.get(e["id"], [])))
    people.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    quotes = [Quote(**{k: q[k] for k in Quote.model_fields}) for q in sorted(rows["quotes"], key=_position)]
    actors = defaultdict(lambda: {"source": [], "target": []})
    for a in rows["event_actors"]:
        actors[a["event_id"]][a["role"]].append(a["entity_id"])
    events = []
    for ev in sorted(rows["events"], key=_position):
        events.append(Event(
            id=ev["id"], type=ev["type"], mode=ev["mode"], quad=ev["quad"],
            source=actors[ev["id"]]["source"], target=actors[ev["id"]]["target"],
            trigger=Span(text=ev["trigger_text"], start=ev["trigger_start"], end=ev["trigger_end"]),
            mentions=[Span(**m) for m in json.loads(ev["mentions"] or "[]")], negated=bool(ev["negated"]),
            date=ev["date"], date_precision=ev.get("date_precision"), location=ev["location"],
            sentence=SentenceSpan(start=ev["sentence_start"], end=ev["sentence_end"],
                                  text=article["text"][ev["sentence_start"]:ev["sentence_end"]]),
            confidence=ev["confidence"],
        ))
    return Analysis(article=Article(**fields), entities=people, quotes=quotes, events=events)


def _position(row: dict) -> tuple:
    # Quote ids are "<article>:q<i>": sort by i so ids come out the same when saved again.
    tail = row["id"].rsplit(":", 1)[-1]
    digits = "".join(ch for ch in tail if ch.isdigit())
    return (int(digits) if digits else 0, row.get("start", row.get("trigger_start", 0)))


def import_parquet(folder: str | Path, store, since=None, until=None, lang=None) -> ImportSummary:
    """Save every article of the slice, then link its near-duplicates; returns counts by status."""
    folder = Path(folder)
    summary = ImportSummary()
    for analysis, signature in analyses(folder, since, until, lang):
        summary.add(store.save(analysis, signature=signature))
    duplicates = _dataset(folder, "duplicates")
    for d in _rows(duplicates, None):
        if since and (d["published"] is None or d["published"] < since):
            continue
        if until and (d["published"] is None or d["published"] > until):
            continue
        copy = Article(id=d["id"], source=d["source"], url=d["url"], title=d["title"], published=d["published"], text="")
        if store.save_duplicate(copy, d["canonical_id"], d["similarity"]) == "new":
            summary.add("duplicates")
    return summary
