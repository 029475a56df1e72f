"""Steps over the whole corpus, done as Spark operations (nothing is collected on the driver).

- :func:`near_duplicates`: LSH buckets of MinHash bands → candidate pairs checked on their
  signatures → clusters by min-label propagation; one row per clustered article.
- :func:`dedup_entities`: one row per entity id over the corpus.
"""

from __future__ import annotations

import logging

from . import minhash

log = logging.getLogger(__name__)

THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-gram sets that makes two texts near-duplicates
MAX_BUCKET = 200  # members compared within one bucket; boilerplate buckets past this are cut
MAX_ROUNDS = 20  # label-propagation rounds; near-duplicate clusters are shallow


def _pairs(members: list[tuple[str, bytes]], threshold: float):
    members = sorted(members)[:MAX_BUCKET]
    for i, (a, sig_a) in enumerate(members):
        for b, sig_b in members[i + 1:]:
            sim = minhash.similarity(sig_a, sig_b)
            if sim >= threshold:
                yield (a, b), sim


def near_duplicates(signatures, threshold: float = THRESHOLD, partitions: int | None = None):
    """``signatures``: RDD of (article id, signature bytes). Returns an RDD of
    (article id, cluster id, best similarity to another member); the cluster id is the smallest
    article id of the cluster."""
    edges = (
        signatures.flatMap(lambda item: [(key, item) for key in minhash.band_keys(item[1])])
        .groupByKey(partitions)
        .flatMap(lambda kv: _pairs(list(kv[1]), threshold) if len(kv[1]) > 1 else [])
        .reduceByKey(max)
        .persist()
    )
    links = edges.flatMap(lambda e: [(e[0][0], e[0][1]), (e[0][1], e[0][0])]).persist()
    labels = links.map(lambda link: (link[0], link[0])).distinct()
    for _ in range(MAX_ROUNDS):
        spread = links.join(labels).map(lambda kv: (kv[1][0], kv[1][1]))
        new = labels.union(spread).reduceByKey(min).persist()
        changed = new.join(labels).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = new
        if changed == 0:
            break
    else:
        log.warning("near-duplicate clusters did not settle in %d rounds", MAX_ROUNDS)
    best = edges.flatMap(lambda e: [(e[0][0], e[1]), (e[0][1], e[1])]).reduceByKey(max)
    return labels.join(best).map(lambda kv: (kv[0], kv[1][0], kv[1][1]))


def _rank(row_count: tuple[tuple, int]) -> tuple:
    # Most frequent variant first, then the most filled-in, then the smallest (for determinism).
    row, count = row_count
    return (-count, sum(v is None for v in row), tuple("" if v is None else str(v) for v in row))


def dedup_entities(entity_rows, partitions: int | None = None):
    """``entity_rows``: RDD of entity tuples (id first), one per article that names the entity.
    Returns one tuple per id: its most frequent variant across the corpus."""
    return (
        entity_rows.map(lambda row: (row, 1))
        .reduceByKey(lambda a, b: a + b, partitions)
        .map(lambda rc: (rc[0][0], rc))
        .reduceByKey(lambda a, b: a if _rank(a) <= _rank(b) else b, partitions)
        .map(lambda kv: kv[1][0])
    )
