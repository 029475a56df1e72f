"""Entry point for ``spark-submit`` (``python -m veille.spark`` works too).

    spark-submit --master yarn --py-files veille.zip veille/spark/__main__.py \\
        s3a://bucket/news/*.warc.gz --out s3a://bucket/veille-out --partitions 400

The master and cluster settings come from spark-submit; the same options as ``veille spark``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="veille.spark", description="Analyse news at scale into Parquet tables.")
    parser.add_argument("inputs", nargs="+", help="WARC/JSONL/text/HTML files, folders or globs (any Hadoop URI)")
    parser.add_argument("--out", required=True, help="output folder (any Hadoop URI)")
    parser.add_argument("--master", default=None, help="Spark master (default: from spark-submit)")
    parser.add_argument("--partitions", type=int, default=None, help="analysis partitions (default: 4 per core)")
    parser.add_argument("--lang", default="auto", help="language code, or 'auto' to detect per article")
    parser.add_argument("--date", default=None, help="publication date (YYYY-MM-DD) for articles with none")
    parser.add_argument("--no-near-duplicates", action="store_true", help="skip near-duplicate clustering")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # Absolute imports: spark-submit runs this file as a script, outside the package.
    from veille.errors import VeilleError
    from veille.spark.job import JobOptions, run

    args = parse(sys.argv[1:] if argv is None else argv)
    try:
        default_date = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        print(f"veille.spark: error: {args.date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    options = JobOptions(
        inputs=args.inputs, out=args.out, master=args.master, partitions=args.partitions,
        lang=None if args.lang == "auto" else args.lang, default_date=default_date,
        near_duplicates=not args.no_near_duplicates,
    )
    try:
        result = run(options)
    except VeilleError as exc:
        print(f"veille.spark: error: {exc}", file=sys.stderr)
        return 1
    print(f"{result.articles} articles, {result.errors} errors → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
