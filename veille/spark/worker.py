"""What runs on the executors: articles → analyses → table rows.

Everything here is plain Python called from ``mapPartitions``; it never touches Spark. Pipelines
come from :func:`veille.nlp.build_nlp`, cached per process, and PySpark reuses its Python workers
between tasks, so a worker loads each language's spaCy pipeline and knowledge base once.
"""

from __future__ import annotations

import os
import resource
import traceback
from collections.abc import Iterable, Iterator
from itertools import islice

from ..model import Analysis, Article
from ..nlp import analyze, build_nlp
from ..store.rows import analysis_rows
from .schema import PARTITIONED, STATS, union_slots, values

# Items flowing out of a partition: (kind, table or "", payload).
ROW, ENTITY, ERROR, STAT = "row", "entity", "error", "stat"


def analyze_partition(items: Iterable[tuple[Article, tuple]], lang: str | None, batch_size: int) -> Iterator[tuple]:
    """Rows of every (article, input order) pair, batch by batch through ``nlp.pipe``; a batch
    that fails is redone article by article so only the article at fault becomes an error."""
    it = iter(items)
    while chunk := list(islice(it, batch_size * 4)):
        articles = [article for article, _ in chunk]
        try:
            analyses = list(analyze(articles, lang=lang, batch_size=batch_size))
        except Exception:
            analyses = []
            for article in articles:
                try:
                    analyses.extend(analyze([article], lang=lang, batch_size=batch_size))
                except Exception as exc:
                    analyses.append(None)
                    source, _, record = (article.source or "").rpartition("#")
                    yield (ERROR, "", (source or article.source or "", record or article.id, _reason(exc)))
        for analysis, (_, order) in zip(analyses, chunk):
            if analysis is not None:
                yield from rows_of(analysis, order)
    # Per partition: pipelines this Python worker has built so far, and its peak memory (KiB).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield (STAT, "", (os.getpid(), (build_nlp.cache_info().misses, peak)))


_SLOTS = union_slots()
_WIDTH = len(_SLOTS) + 2


def union_row(item: tuple) -> tuple:
    """An item of :func:`analyze_partition` as a row of :func:`veille.spark.schema.union_schema`."""
    kind, table, payload = item
    row: list = [None] * _WIDTH
    row[0], row[1] = kind, table
    if kind == ENTITY:
        vals, order = payload
        row[_SLOTS["entities"]] = (*vals, list(order))
    elif kind == ERROR:
        row[_SLOTS["errors"]] = payload
    elif kind == STAT:
        pid, (loads, rss) = payload
        row[_SLOTS[STATS]] = (pid, loads, rss)
    else:
        row[_SLOTS[table]] = payload
    return tuple(row)


def rows_of(analysis: Analysis, order: tuple) -> Iterator[tuple]:
    """Table rows of one analysis, as the SQLite store keeps them: an entity id listed twice in
    one article (two surface forms, one slug) keeps its first article_entities row; entity rows
    carry the input order so the corpus-wide table can keep the first-seen name."""
    a = analysis.article
    part = (a.published.isoformat() if a.published else None, a.language or "xx")
    linked: set[str] = set()
    for table, rows in analysis_rows(analysis).items():
        for i, row in enumerate(rows):
            if table == "entities":
                yield (ENTITY, table, (values(table, row), (*order, i)))
                continue
            if table == "article_entities":
                if row["entity_id"] in linked:
                    continue
                linked.add(row["entity_id"])
            vals = values(table, row)
            yield (ROW, table, vals + part if table in PARTITIONED else vals)


def _reason(exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" at {os.path.basename(where[0].filename)}:{where[0].lineno}" if where else ""
    return f"analysis failed: {type(exc).__name__}: {exc}{at}"
