#!/usr/bin/env python3
"""Run whosaid over a JSON Lines archive on Spark.

Every partition of the archive is piped through
``whosaid extract --input jsonl -f jsonl -`` (RDD.pipe), which reads one
{"id", "text"} object per line and writes one record per line, in the same
order. The script writes, under OUTPUT:

  quotes/    whosaid's JSON Lines records, one line per document, in the order
             of the archive (part files in partition order)
  speakers/  who said what over the whole archive, as one CSV file: speaker
             (the canonical name; "(unknown)" counts the quotations whose
             speaker is unknown), direct, partial, indirect, total, words,
             documents; most quoted first

Local mode, on one machine:

  spark-submit --master 'local[*]' scripts/spark_whosaid.py \\
      --whosaid target/release/whosaid archive.jsonl out/

On a cluster, ship the binary with the job (it lands in each executor's
working directory), or install it on every node's PATH:

  spark-submit --master yarn --files target/release/whosaid \\
      scripts/spark_whosaid.py --whosaid ./whosaid hdfs:///archive/*.jsonl hdfs:///out/
"""

import argparse
import csv
import io
import json
import os
import shlex
import sys

from pyspark import StorageLevel
from pyspark.sql import SparkSession

KINDS = ("direct", "partial", "indirect")
HEADER = ("speaker",) + KINDS + ("total", "words", "documents")
# The row of quotations without a speaker, named as whosaid names it.
UNKNOWN = "(unknown)"
# whosaid skips lines that are blank once ASCII whitespace is trimmed (Rust's
# trim_ascii); so does this script, so that lines out match lines in.
ASCII_WHITESPACE = " \t\n\x0c\r"


def whosaid_command(whosaid):
    return shlex.join([whosaid, "extract", "--input", "jsonl", "-f", "jsonl", "-"])


def speaker_counts(line):
    """(speaker, (direct, partial, indirect, words, 1)) for each speaker row
    of one document's record (whosaid's `speakers`, which merge each
    person's mentions under one canonical name)."""
    record = json.loads(line)
    return [
        (row["name"], (row["direct"], row["partial"], row["indirect"], row["words"], 1))
        for row in record.get("speakers", [])
    ]


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def csv_line(row):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(row)
    return buf.getvalue()


def speaker_rows(pairs):
    """Rows of the who-said-what table, most quoted first (then by name),
    the unknown row last."""
    rows = [
        (name, d, p, i, d + p + i, words, docs)
        for name, (d, p, i, words, docs) in pairs
    ]
    rows.sort(key=lambda r: (r[0] == UNKNOWN, -r[4], r[0]))
    return rows


def run(spark, archive, output, whosaid, partitions=None):
    sc = spark.sparkContext
    lines = sc.textFile(archive, minPartitions=partitions)
    docs = lines.filter(lambda l: l.strip(ASCII_WHITESPACE) != "")
    # PySpark starts the command with only the environment given here: pass
    # the driver's PATH, so that a bare `whosaid` is found where it is
    # installed on every node.
    env = {"PATH": os.environ.get("PATH", os.defpath)}
    records = docs.pipe(whosaid_command(whosaid), env=env)
    records.persist(StorageLevel.MEMORY_AND_DISK)
    n_in, n_out = docs.count(), records.count()
    if n_in != n_out:
        raise RuntimeError(
            f"whosaid wrote {n_out} records for {n_in} documents: "
            f"is `{whosaid}` runnable on every executor?"
        )
    records.saveAsTextFile(os.path.join(output, "quotes"))
    table = records.flatMap(speaker_counts).reduceByKey(add)
    rows = speaker_rows(table.collect())
    header = sc.parallelize([csv_line(HEADER)], 1)
    body = sc.parallelize([csv_line(r) for r in rows], 1)
    header.union(body).coalesce(1).saveAsTextFile(os.path.join(output, "speakers"))
    records.unpersist()
    return n_out, rows


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Run whosaid over a JSON Lines archive on Spark (RDD.pipe on every partition).",
        epilog="The output directory must not exist yet.",
    )
    parser.add_argument("archive", help="JSON Lines {id, text}: a file, directory or glob Spark can read")
    parser.add_argument("output", help="directory for quotes/ and speakers/")
    parser.add_argument(
        "--whosaid",
        default="whosaid",
        help="the whosaid binary on the executors: a name on PATH (default whosaid), "
        "an absolute path, or ./whosaid when shipped with spark-submit --files",
    )
    parser.add_argument("--partitions", type=int, default=None, help="at least this many input partitions")
    parser.add_argument("--master", default=None, help="Spark master when not started by spark-submit (e.g. local[2])")
    args = parser.parse_args(argv)

    builder = SparkSession.builder.appName("whosaid")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        documents, rows = run(spark, args.archive, args.output, args.whosaid, args.partitions)
    finally:
        spark.stop()
    print(f"{documents} documents, {len(rows)} speakers -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
