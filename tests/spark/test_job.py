"""The Spark job on local[2]: Parquet rows equal, record for record, what ``veille analyze`` gives."""

from __future__ import annotations

from collections import defaultdict

import pyarrow.dataset as ds
import pytest

from veille.spark.schema import PARTITION_COLUMNS, PARTITIONED
from veille.store.rows import TABLES, analysis_rows



ARROW_TYPES = {"text": "string", "int": "int64", "real": "double", "bool": "bool", "date": "date32[day]"}


def read(out, table: str) -> list[dict]:
    dataset = ds.dataset(str(out / table), format="parquet", partitioning="hive")
    return dataset.to_table().to_pylist()


def local_rows(corpus) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for analysis in corpus["local"]:
        for table, records in analysis_rows(analysis).items():
            rows[table].extend(records)
    return rows


def normalise(table: str, row: dict) -> tuple:
    values = []
    for name, kind in TABLES[table]:
        value = row.get(name)
        if kind == "date" and value is not None and not isinstance(value, str):
            value = value.isoformat()
        if table == "articles" and name in ("source", "url"):
            value = None  # WARC records name their file and record; compared separately
        values.append(value)
    return tuple(values)


@pytest.mark.parametrize("table", [t for t in TABLES if t != "entities"])
def test_rows_equal_local_analysis(job, corpus, table):
    spark_rows = sorted(normalise(table, r) for r in read(job["out"], table))
    expected = sorted(normalise(table, r) for r in local_rows(corpus)[table])
    assert spark_rows == expected


def test_entities_deduplicated_with_local_ids(job, corpus):
    rows = read(job["out"], "entities")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "one row per entity id"
    variants = defaultdict(set)
    for r in local_rows(corpus)["entities"]:
        variants[r["id"]].add(normalise("entities", r))
    assert set(ids) == set(variants)
    for r in rows:
        assert normalise("entities", r) in variants[r["id"]]


def test_parquet_types_are_the_export_mapping(job):
    for table, cols in TABLES.items():
        files = ds.dataset(str(job["out"] / table), format="parquet").files
        assert files, table
        schema = ds.dataset(files, format="parquet").schema
        assert [(f.name, str(f.type)) for f in schema] == [(c, ARROW_TYPES[k]) for c, k in cols], table


def test_partitioned_by_date_and_language(job):
    for table in PARTITIONED:
        if read(job["out"], table):  # a table with no rows is one unpartitioned empty file
            assert any(p.name.startswith("part_date=") for p in (job["out"] / table).iterdir()), table
    for row in read(job["out"], "articles"):
        assert str(row["part_date"]) == str(row["published"])
        assert row["part_lang"] == row["language"]
        assert set(PARTITION_COLUMNS) <= row.keys()


def test_warc_articles_carry_record_and_date(job, corpus):
    warc_rows = [r for r in read(job["out"], "articles") if r["source"].startswith(str(corpus["warc"]))]
    assert len(warc_rows) == len(corpus["english"])
    assert all(r["url"].startswith("https://news.example/") for r in warc_rows)
    assert all(r["source"].split("#", 1)[1].startswith("<urn:uuid:") for r in warc_rows)
    assert {str(r["published"]) for r in warc_rows} == {corpus["date"]}


def test_faults_go_to_the_errors_table_and_the_job_goes_on(job, corpus):
    errors = read(job["out"], "errors")
    reasons = {(e["source"], e["reason"].split(" (")[0].split(":")[0]) for e in errors}
    warc, jsonl = str(corpus["warc"]), str(corpus["jsonl"])
    assert (warc, "not a text file") in reasons  # PNG bytes served as text/html
    assert (warc, "corrupt WARC data") in reasons  # the damaged gzip member
    assert (jsonl, "not JSON") in reasons
    assert (jsonl, "no 'text' in the JSON object") in reasons
    assert len(errors) == 4
    assert job["result"].errors == 4
    assert job["result"].articles == len(corpus["local"])


def test_near_duplicates_clustered(job, corpus):
    rows = read(job["out"], "duplicates")
    by_article = {r["article_id"]: r for r in rows}
    korea = next(a.article.id for a in corpus["local"] if (a.article.title or "").startswith("North Korea puts"))
    copies = [a.article.id for a in corpus["local"] if a.article.text.startswith(a.article.title or "\0")
              and (a.article.title or "").startswith("North Korea puts")]
    assert len(copies) == 2 and korea in by_article
    assert {by_article[c]["cluster_id"] for c in copies} == {min(copies)}
    assert all(r["similarity"] >= 0.8 for r in rows)
    assert len(rows) == 2  # nothing else in the examples is a near-duplicate


def test_pipelines_loaded_once_per_worker_and_language(job):
    result = job["result"]
    assert 1 <= result.workers
    assert result.pipeline_loads <= result.workers * 2  # fr and en, each at most once per Python worker


def test_rerun_replaces_partitions_without_duplicating(job, spark):
    from veille.spark import run

    before = {t: len(read(job["out"], t)) for t in TABLES}
    run(job["options"], spark)
    after = {t: len(read(job["out"], t)) for t in TABLES}
    assert after == before
