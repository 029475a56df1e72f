"""What runs on the executors: records → articles → analyses → table rows.

Everything here is plain Python called from ``mapPartitions``; it never touches Spark. Pipelines
come from :func:`veille.nlp.build_nlp`, cached per process, and PySpark reuses its Python workers
between tasks, so a worker loads each language's spaCy pipeline and knowledge base once.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice

from ..errors import VeilleError
from ..model import Analysis, Article
from ..nlp import analyze, build_nlp
from ..store.rows import analysis_rows
from . import minhash
from .records import to_article
from .schema import PARTITIONED, values
from .sources import RawFailure, RawRecord

# Items flowing out of a partition: (kind, table or "", payload).
ROW, ERROR, SIGNATURE, STAT = "row", "error", "sig", "stat"


def convert(item: RawRecord | RawFailure, default_date: date | None) -> tuple:
    """("article", id, Article) or ("error", "", (source, record id, reason))."""
    if isinstance(item, RawFailure):
        return (ERROR, "", (item.source, item.record_id, item.reason))
    try:
        article = to_article(item, default_date)
    except VeilleError as exc:
        return (ERROR, "", (item.source, item.record_id, str(exc)))
    except Exception as exc:  # a reader bug must not stop the run
        return (ERROR, "", (item.source, item.record_id, f"{type(exc).__name__}: {exc}"))
    return ("article", article.id, article)


def analyze_partition(
    articles: Iterable[Article], lang: str | None, batch_size: int, with_signatures: bool = True
) -> Iterator[tuple]:
    """Rows of every article, batch by batch; a batch that fails is redone article by article
    so only the article at fault goes to the errors table."""
    it = iter(articles)
    chunk_size = batch_size * 4
    while chunk := list(islice(it, chunk_size)):
        try:
            analyses = list(analyze(chunk, lang=lang, batch_size=batch_size))
        except Exception:
            analyses = []
            for article in chunk:
                try:
                    analyses.extend(analyze([article], lang=lang, batch_size=batch_size))
                except Exception as exc:
                    yield (ERROR, "", (article.source or "", article.id, _reason(exc)))
        for analysis in analyses:
            yield from rows_of(analysis)
            if with_signatures:
                signature = minhash.signature(analysis.article.text)
                if signature is not None:
                    yield (SIGNATURE, "", (analysis.article.id, signature))
    # One line per partition on how many pipelines this Python worker has built so far.
    yield (STAT, "", (os.getpid(), build_nlp.cache_info().misses))


def rows_of(analysis: Analysis) -> Iterator[tuple]:
    a = analysis.article
    part = (a.published.isoformat() if a.published else None, a.language or "xx")
    for table, rows in analysis_rows(analysis).items():
        for row in rows:
            vals = values(table, row)
            yield (ROW, table, vals + part if table in PARTITIONED else vals)


def _reason(exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" at {os.path.basename(where[0].filename)}:{where[0].lineno}" if where else ""
    return f"analysis failed: {type(exc).__name__}: {exc}{at}"
