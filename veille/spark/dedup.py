"""Steps over the whole corpus, as DataFrame operations run by the JVM (nothing is collected on
the driver, and no Python worker is needed):

- :func:`first_copies`: one row per article id (its first read) and, of the texts sharing one
  identity (URL or file), the last read, as a sequential ``veille ingest`` keeps them.
- :func:`near_duplicates`: LSH buckets of MinHash bands → candidate pairs checked on their
  signatures → clusters by min-label propagation. In each cluster the article first in input
  order is canonical and is analysed; the others are linked to it, as ``veille ingest`` does.
- :func:`dedup_entity_rows`: one row per entity id, merged as the SQLite store merges them
  (the store's upsert: ``coalesce(stored, new)``).

Input order is an ``order`` array column (file index, record number…); arrays compare
element by element, so ``min``/``orderBy`` over it follow input order.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

MAX_BUCKET = 200  # members compared within one bucket; boilerplate buckets past this are cut
MAX_ROUNDS = 20  # label-propagation rounds; copies of one story form shallow clusters
_FIRST_WINS = 3  # id, name, type: from the first article that names the entity


def _first(rows, key: str, descending: bool = False):
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    order = F.col("order").desc() if descending else F.col("order")
    ranked = rows.withColumn("_rank", F.row_number().over(Window.partitionBy(key).orderBy(order)))
    return ranked.where("_rank = 1").drop("_rank")


def first_copies(articles):
    """One copy of a text (the first read) and, of two texts under one identity, the last read,
    which replaced the other."""
    return _first(_first(articles, "id"), "identity", descending=True)


def _similarity(a, b):
    """Estimated Jaccard similarity: the share of equal signature values (as datasketch)."""
    from pyspark.sql import functions as F

    equal = F.zip_with(a, b, lambda x, y: F.when(x == y, 1).otherwise(0))
    return F.aggregate(equal, F.lit(0), lambda acc, v: acc + v) / F.size(a)


def near_duplicates(signatures, threshold: float):
    """``signatures``: DataFrame of (id, order, hashes array<long>, bands array<string>). Returns a
    DataFrame of (id, canonical_id, similarity) for every article that is a copy of an earlier one.

    ``similarity`` is the copy's estimated Jaccard similarity to its canonical article when that
    pair was compared, else its best similarity to another member of the cluster."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    members = signatures.select("id", "order", "hashes", F.explode("bands").alias("band"))
    members = (members.withColumn("_rank", F.row_number().over(Window.partitionBy("band").orderBy("order")))
               .where(F.col("_rank") <= MAX_BUCKET).drop("_rank"))
    x, y = members.alias("x"), members.alias("y")
    edges = (
        x.join(y, (F.col("x.band") == F.col("y.band")) & (F.col("x.order") < F.col("y.order")))
        .select(F.col("x.id").alias("a"), F.col("y.id").alias("b"),
                _similarity(F.col("x.hashes"), F.col("y.hashes")).alias("sim"))
        .where(F.col("sim") >= threshold)
        .groupBy("a", "b").agg(F.max("sim").alias("sim"))
        .localCheckpoint()
    )
    if edges.isEmpty():
        return signatures.sparkSession.createDataFrame([], "id string, canonical_id string, similarity double")
    both = edges.unionByName(edges.select(F.col("b").alias("a"), F.col("a").alias("b"), "sim"))
    links = both.select(F.col("a").alias("src"), F.col("b").alias("dst")).localCheckpoint()
    # A label is (input order, id) of the earliest member reached so far.
    labels = (links.select(F.col("src").alias("id")).distinct().join(signatures.select("id", "order"), "id")
              .select("id", F.struct("order", "id").alias("label")).localCheckpoint())
    for _ in range(MAX_ROUNDS):
        spread = links.join(labels.withColumnRenamed("id", "src"), "src").select(F.col("dst").alias("id"), "label")
        labels = labels.unionByName(spread).groupBy("id").agg(F.min("label").alias("label")).localCheckpoint()
        # Settled when every link joins two equal labels: the label is then constant on each
        # cluster and, being its earliest member's own, the right one. Copies of one story
        # are mostly all alike, so one round usually does it.
        ends = links.join(labels.withColumnRenamed("id", "src"), "src").withColumnRenamed("label", "at_src")
        if ends.join(labels.withColumnRenamed("id", "dst"), "dst").where(F.col("at_src") != F.col("label")).isEmpty():
            break
    else:
        log.warning("near-duplicate clusters did not settle in %d rounds", MAX_ROUNDS)
    copies = labels.where(F.col("label.id") != F.col("id")).select("id", F.col("label.id").alias("canonical"))
    best = both.groupBy(F.col("a").alias("id")).agg(F.max("sim").alias("best"))
    direct = both.select(F.col("a").alias("id"), F.col("b").alias("canonical"), F.col("sim").alias("direct"))
    return (copies.join(best, "id").join(direct, ["id", "canonical"], "left")
            .select("id", F.col("canonical").alias("canonical_id"), F.coalesce("direct", "best").alias("similarity")))


def dedup_entity_rows(rows):
    """Entity rows with their input ``order`` → one per id: the first row's id, name and type, and
    each other column's first non-empty value in input order."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    names = [c for c in rows.columns if c != "order"]
    by_id = Window.partitionBy("id").orderBy("order")
    whole = by_id.rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    filled = [F.first(c, ignorenulls=True).over(whole).alias(c) for c in names[_FIRST_WINS:]]
    return (rows.select(*names[:_FIRST_WINS], *filled, F.row_number().over(by_id).alias("_rank"))
            .where("_rank = 1").drop("_rank"))
