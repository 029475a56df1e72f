"""veille as an Apache Spark job: WARC, JSONL, text and HTML in; Parquet tables out.

``veille spark`` and ``python -m veille.spark`` (for ``spark-submit``) both call :func:`run`.
pyspark is imported only when a job runs, so the rest of veille works without it.
"""

from .job import JobOptions, JobResult, run

__all__ = ["JobOptions", "JobResult", "run"]
