"""Steps over the whole corpus, done as Spark operations (nothing is collected on the driver).

- :func:`near_duplicates`: LSH buckets of MinHash bands → candidate pairs checked on their
  signatures → clusters by min-label propagation. In each cluster the article first in input
  order is canonical and is analysed; the others are linked to it, as ``veille ingest`` does.
- :func:`dedup_entity_rows`: one row per entity id, merged as the SQLite store merges them
  (the store's upsert: ``coalesce(stored, new)``).
"""

from __future__ import annotations

import logging

from . import minhash

log = logging.getLogger(__name__)

MAX_BUCKET = 200  # members compared within one bucket; boilerplate buckets past this are cut
MAX_ROUNDS = 20  # label-propagation rounds; copies of one story form shallow clusters


def _pairs(members: list[tuple[str, tuple, bytes]], threshold: float):
    members = sorted(members, key=lambda m: m[1])[:MAX_BUCKET]
    for i, (a, _, sig_a) in enumerate(members):
        for b, _, sig_b in members[i + 1:]:
            sim = minhash.similarity(sig_a, sig_b)
            if sim >= threshold:
                yield (a, b), sim


def near_duplicates(signatures, threshold: float, partitions: int):
    """``signatures``: RDD of (article id, input order, signature bytes). Returns an RDD of
    (article id, canonical id, similarity) for every article that is a copy of an earlier one.

    ``similarity`` is the copy's estimated Jaccard similarity to its canonical article when that
    pair was compared, else its best similarity to another member of the cluster."""
    edges = (
        signatures.flatMap(lambda s: [(key, s) for key in minhash.band_keys(s[2])])
        .groupByKey(partitions)
        .flatMap(lambda kv: _pairs(list(kv[1]), threshold))
        .reduceByKey(max, partitions)
        .persist()
    )
    # Every shuffle names its partition count: a union adds its parents' partitions, and without
    # it the label RDD would grow by that much each round.
    order = signatures.map(lambda s: (s[0], s[1]))
    links = edges.flatMap(lambda e: [(e[0][0], e[0][1]), (e[0][1], e[0][0])]).partitionBy(partitions).persist()
    # A label is (input order, id) of the earliest member reached so far.
    labels = (links.keys().distinct(partitions).map(lambda i: (i, None)).join(order, partitions)
              .map(lambda kv: (kv[0], (kv[1][1], kv[0]))).persist())
    for _ in range(MAX_ROUNDS):
        spread = links.join(labels, partitions).map(lambda kv: (kv[1][0], kv[1][1]))
        new = labels.union(spread).reduceByKey(min, partitions).persist()
        changed = new.join(labels, partitions).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = new
        if changed == 0:
            break
    else:
        log.warning("near-duplicate clusters did not settle in %d rounds", MAX_ROUNDS)
    copies = labels.filter(lambda kv: kv[0] != kv[1][1]).map(lambda kv: (kv[0], kv[1][1]))
    best = edges.flatMap(lambda e: [(e[0][0], e[1]), (e[0][1], e[1])]).reduceByKey(max, partitions)
    direct = edges.flatMap(lambda e: [((e[0][0], e[0][1]), e[1]), ((e[0][1], e[0][0]), e[1])])
    return (
        copies.join(best, partitions)  # (id, (canonical, best))
        .map(lambda kv: ((kv[0], kv[1][0]), kv[1][1]))
        .leftOuterJoin(direct, partitions)
        .map(lambda kv: (kv[0][0], kv[0][1], kv[1][1] if kv[1][1] is not None else kv[1][0]))
    )


_FIRST_WINS = 3  # id, name, type: from the first article that names the entity


def dedup_entity_rows(rows):
    """The same merge over a DataFrame of entity rows with their input ``order``: per id, the
    first row's id, name and type, and each other column's first non-empty value in input order."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    names = [c for c in rows.columns if c != "order"]
    by_id = Window.partitionBy("id").orderBy("order")
    whole = by_id.rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    filled = [F.first(c, ignorenulls=True).over(whole).alias(c) for c in names[_FIRST_WINS:]]
    return (rows.select(*names[:_FIRST_WINS], *filled, F.row_number().over(by_id).alias("_rank"))
            .where("_rank = 1").drop("_rank"))
