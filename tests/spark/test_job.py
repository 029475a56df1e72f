"""The Spark job on local[2]: its Parquet tables hold, row for row, what ``veille ingest`` and
``veille export --format parquet`` give for the same inputs."""

from __future__ import annotations

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from veille.spark.schema import PARTITION_COLUMNS, PARTITIONED
from veille.store.arrow import EXPORT_TABLES, arrow_schema


def read(out, table: str) -> list[dict]:
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table().to_pylist()


def rows(records: list[dict], table: str) -> list[tuple]:
    names = [c for c, _ in EXPORT_TABLES[table]]
    return sorted((tuple(r[c] for c in names) for r in records), key=repr)


@pytest.mark.parametrize("table", list(EXPORT_TABLES))
def test_tables_equal_local_ingest_and_export(job, corpus, table):
    local = pq.read_table(corpus["local"] / f"{table}.parquet").to_pylist()
    assert rows(read(job["out"], table), table) == rows(local, table)


def test_the_corpus_is_not_trivial(corpus):
    counts = {t: pq.read_metadata(corpus["local"] / f"{t}.parquet").num_rows for t in EXPORT_TABLES}
    assert counts["articles"] == corpus["english"] + corpus["french"]  # the copy is linked, not stored
    assert counts["duplicates"] == 1 and counts["entities"] > 100 and counts["mentions"] > counts["entities"]


def test_parquet_types_are_the_export_schema(job):
    for table in EXPORT_TABLES:
        files = ds.dataset(str(job["out"] / table), format="parquet").files
        assert files, table
        schema = ds.dataset(files, format="parquet").schema
        assert schema.remove_metadata().equals(arrow_schema(table)), table


def test_partitioned_by_date_and_language(job):
    for table in PARTITIONED:
        if read(job["out"], table):  # a table with no rows is one unpartitioned empty file
            assert any(p.name.startswith("part_date=") for p in (job["out"] / table).iterdir()), table
    for row in read(job["out"], "articles"):
        assert str(row["part_date"]) == str(row["published"])
        assert row["part_lang"] == row["language"]
        assert set(PARTITION_COLUMNS) <= row.keys()


def test_faults_go_to_the_errors_table_and_the_job_goes_on(job, corpus):
    errors = read(job["out"], "errors")
    warc, jsonl = str(corpus["warc"]), str(corpus["jsonl"])
    by_source = sorted((e["source"], e["record_id"]) for e in errors)
    assert [s for s, _ in by_source] == [jsonl, jsonl, warc, warc]
    reasons = " | ".join(e["reason"] for e in errors)
    assert "not a text file" in reasons and "not JSON" in reasons and "no text" in reasons
    assert "corrupt" in reasons or "truncated" in reasons  # the damaged member at the end
    assert job["result"].errors == len(errors)
    assert job["result"].articles == corpus["english"] + corpus["french"]


def test_pipelines_loaded_once_per_worker_and_language(job, spark):
    result = job["result"]
    # Only the analysis runs Python over its partitions' input: one worker per core, never a second
    # one beside it (which would load the pipelines again).
    assert 1 <= result.workers <= spark.sparkContext.defaultParallelism
    assert result.pipeline_loads <= result.workers * 2  # fr and en, each at most once per Python worker


def test_rerun_replaces_partitions_without_duplicating(job, spark):
    from veille.spark import run

    before = {t: len(read(job["out"], t)) for t in EXPORT_TABLES}
    run(job["options"], spark)
    assert {t: len(read(job["out"], t)) for t in EXPORT_TABLES} == before


def test_import_parquet_gives_the_ingested_database(job, corpus, tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    runner = CliRunner()
    db = tmp_path / "imported.db"
    result = runner.invoke(app, ["import-parquet", str(job["out"]), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"{corpus['english'] + corpus['french']} new" in result.stdout and "1 duplicates" in result.stdout
    again = runner.invoke(app, ["import-parquet", str(job["out"]), "--db", str(db)])
    assert "unchanged" in again.stdout and "new" not in again.stdout
    result = runner.invoke(app, ["export", "--db", str(db), "--to", str(tmp_path / "x"), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    for table in EXPORT_TABLES:
        mine = pq.read_table(tmp_path / "x" / f"{table}.parquet").to_pylist()
        local = pq.read_table(corpus["local"] / f"{table}.parquet").to_pylist()
        assert rows(mine, table) == rows(local, table), table


def test_import_parquet_slice_and_bad_folder(job, tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["import-parquet", str(job["out"]), "--db", str(tmp_path / "fr.db"), "--lang", "fr"])
    french = {r["id"] for r in read(job["out"], "articles") if r["language"] == "fr"}
    assert result.exit_code == 0 and f"{len(french)} new" in result.stdout
    bad = runner.invoke(app, ["import-parquet", str(tmp_path / "nothing"), "--db", str(tmp_path / "x.db")])
    assert bad.exit_code == 1 and "no such folder" in bad.output


def test_entity_merge_keeps_first_name_and_fills_gaps(spark):
    from veille.spark.dedup import dedup_entity_rows
    from veille.spark.schema import ORDER, spark_schema
    from pyspark.sql import types as T

    schema = spark_schema("entities").add(ORDER, T.ArrayType(T.LongType()))
    early = ("gpe:paris", "Paris", "GPE", None, "FRA", None, None, None, None, [0, 1, 0])
    late = ("gpe:paris", "PARIS", "GPE", "Q90", "XXX", None, 48.8, 2.3, False, [3, 0, 0])
    other = ("per:x", "X", "PERSON", None, None, None, None, None, True, [2, 0, 0])
    for rows in ([late, early, other], [early, other, late]):
        merged = dedup_entity_rows(spark.createDataFrame(rows, schema)).orderBy("id").collect()
        assert [tuple(r) for r in merged] == [("gpe:paris", "Paris", "GPE", "Q90", "FRA", None, 48.8, 2.3, False),
                                              ("per:x", "X", "PERSON", None, None, None, None, None, True)]


def test_near_duplicate_chains_join_the_earliest_article(spark):
    """A ~ B and B ~ C, A and C too far apart: C is still a copy of A, through B."""
    import numpy as np

    from veille.spark.dedup import near_duplicates
    from veille.spark.minhash import band_keys, signed

    rng = np.random.default_rng(7)
    a = rng.integers(0, 2**63, 128, dtype=np.uint64)
    b, c = a.copy(), a.copy()
    b[0:52:4] += 1  # 13 values changed, one in each of 13 bands: 115/128 alike
    c[0:52:4] += 1
    c[64:116:4] += 1  # 13 more: 115/128 like b, 102/128 like a
    d = rng.integers(0, 2**63, 128, dtype=np.uint64)
    # Listed out of input order: the earliest (order) is canonical, not the first row.
    rows = [(name, [0, order], signed(sig.tobytes()), band_keys(sig.tobytes()))
            for name, order, sig in [("c", 3, c), ("a", 0, a), ("d", 2, d), ("b", 1, b)]]
    sigs = spark.createDataFrame(rows, "id string, order array<long>, hashes array<long>, bands array<string>")
    copies = {r["id"]: (r["canonical_id"], round(r["similarity"], 3)) for r in near_duplicates(sigs, 0.85).collect()}
    assert copies == {"b": ("a", round(115 / 128, 3)), "c": ("a", round(115 / 128, 3))}
