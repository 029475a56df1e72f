"""Ingest: read sources, skip what is stored, link near-duplicates, analyse, save.

The main process reads, deduplicates and writes (SQLite has one writer); analysis
runs in-process or in a pool of worker processes, each loading its spaCy pipelines
once. Results are saved in input order, one transaction per article, so a run that
is killed and started again ends with the same rows.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import settings
from ..errors import StoreError
from ..model import Analysis, Article
from .dedupe import NearDuplicates, signature
from .failure import Failure

log = logging.getLogger(__name__)

# Articles per task sent to a worker: small enough to keep every worker busy, big enough for nlp.pipe.
# In-process analysis takes the settings' batch size instead.
TASK_SIZE = 4


@dataclass
class Summary:
    """What an ingest did, article by article."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicates: int = 0
    failed: int = 0
    reasons: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.new + self.unchanged + self.replaced + self.duplicates + self.failed

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        self.reasons[failure.kind] += 1
        self.failures.append(failure)

    def as_dict(self) -> dict:
        return {"new": self.new, "unchanged": self.unchanged, "replaced": self.replaced,
                "duplicates": self.duplicates, "failed": self.failed, "reasons": dict(self.reasons)}


@dataclass
class _Job:
    """One input item on its way to the store."""

    article: Article | None = None
    failure: Failure | None = None
    signature: bytes | None = None
    duplicate_of: tuple[str, float] | None = None
    status: str | None = None  # decided without analysis ("unchanged")


def analyze_batch(articles: list[Article], lang: str | None = None) -> list[Analysis | Failure]:
    """Analyse a few articles; one that breaks a stage becomes a Failure, not a crash."""
    from ..nlp import analyze

    try:
        return list(analyze(articles, lang=lang))
    except Exception:  # find the culprit: analyse one by one
        out: list[Analysis | Failure] = []
        for article in articles:
            try:
                out.extend(analyze([article], lang=lang))
            except Exception as exc:
                log.warning("analysis failed for %s: %s", article.source, exc)
                out.append(Failure(article.source or article.id, f"analysis failed ({type(exc).__name__}: {exc})",
                                   "analysis failed"))
        return out


def ingest(items: Iterable[Article | Failure], store, *, workers: int = 1, lang: str | None = None,
           dedupe: bool = True, on_item: Callable[[str, Article | Failure], None] | None = None,
           stop: Callable[[], bool] | None = None, index: NearDuplicates | None = None) -> Summary:
    """Store the analyses of ``items`` (from :func:`veille.ingest.read_paths`) in ``store``.

    Args:
        store (SQLiteStore): the open store.
        workers (int): analysis processes; 1 analyses in this process.
        lang (str | None): force a language ("auto"/None detects per article).
        dedupe (bool): link near-duplicates to their canonical article instead of analysing them.
        on_item: called with (status, item) as each item is settled, for progress display.
        stop: asked after each settled item; True ends the run there (what is stored stays).
        index: a near-duplicate index already holding the store's signatures (kept up to date),
            so runs that follow one another need not load them again.
    """
    summary = Summary()
    if dedupe and index is None:
        index = load_index(store)
    elif not dedupe:
        index = None
    jobs = _jobs(items, store, index)
    pool = None
    if workers > 1:
        # Workers ignore Ctrl-C: the main process decides when to stop, after the article in hand.
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=signal.signal,
                                                        initargs=(signal.SIGINT, signal.SIG_IGN))
    try:
        for job, result in _analysed(jobs, pool, workers, lang):
            status, item = _settle(job, result, store, index, summary)
            if on_item:
                on_item(status, item)
            if stop is not None and stop():
                break
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return summary


def load_index(store) -> NearDuplicates:
    """The near-duplicate index of every article stored."""
    index = NearDuplicates()
    for article_id, sig in store.signatures():
        index.add(article_id, sig)
    return index


def _jobs(items: Iterable[Article | Failure], store, index: NearDuplicates | None) -> Iterator[_Job]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Failure):
            yield _Job(failure=item)
            continue
        if item.id in seen or store.has(item.id):
            yield _Job(article=item, status="unchanged")
            continue
        seen.add(item.id)
        # The signature is stored even without deduplication, so later runs can compare with it.
        job = _Job(article=item, signature=signature(item.text))
        if index is not None:
            # A new version of a stored article replaces it; it is not a copy of its old self.
            if not store.previous_versions(item):
                job.duplicate_of = index.find(job.signature)
            if job.duplicate_of is None:
                index.add(item.id, job.signature)
        yield job


def _needs_analysis(job: _Job) -> bool:
    return job.article is not None and job.status is None and job.duplicate_of is None


def _analysed(jobs: Iterator[_Job], pool, workers: int, lang: str | None) -> Iterator[tuple[_Job, object]]:
    """(job, Analysis | Failure | None) in input order; analysis batched per task."""
    pending: deque = deque()
    batch: list[_Job] = []

    def submit(batch: list[_Job]):
        articles = [j.article for j in batch if _needs_analysis(j)]
        if pool is None:
            return batch, _Ready(analyze_batch(articles, lang) if articles else [])
        return batch, pool.apply_async(analyze_batch, (articles, lang)) if articles else _Ready([])

    def drain(until: int) -> Iterator[tuple[_Job, object]]:
        while len(pending) > until:
            done, handle = pending.popleft()
            results = iter(handle.get())
            for job in done:
                yield job, (next(results) if _needs_analysis(job) else None)

    size = TASK_SIZE if pool is not None else settings.get("batch_size")
    for job in jobs:
        batch.append(job)
        if sum(_needs_analysis(j) for j in batch) >= size:
            pending.append(submit(batch))
            batch = []
            yield from drain(2 * workers)
    if batch:
        pending.append(submit(batch))
    yield from drain(0)


class _Ready:
    def __init__(self, value) -> None:
        self.value = value

    def get(self):
        return self.value


def _settle(job: _Job, result, store, index: NearDuplicates | None, summary: Summary):
    if job.failure is not None:
        summary.fail(job.failure)
        return "failed", job.failure
    article = job.article
    if job.status:
        summary.count(job.status)
        return job.status, article
    if job.duplicate_of is not None:
        canonical, similarity = job.duplicate_of
        status = store.save_duplicate(article, canonical, similarity)
        if status == "unchanged":
            summary.count("unchanged")
            return "unchanged", article
        summary.count("duplicates")
        return "duplicates", article
    if isinstance(result, Failure):
        summary.fail(result)
        return "failed", result
    replaced = store.previous_versions(article)
    try:
        status = store.save(result, signature=job.signature)
    except StoreError as exc:  # a row the database refuses: skip the article, keep going
        failure = Failure(article.source or article.id, str(exc), "store refused")
        summary.fail(failure)
        return "failed", failure
    if status == "replaced" and index is not None:
        for old in replaced:
            index.remove(old)
    summary.count(status)
    return status, article
