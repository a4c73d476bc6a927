"""scripts/spark_whosaid.py in Spark's local mode, on the dev corpus, against
whosaid on one machine: the same records, byte for byte, and a who-said-what
table that adds them up.

Run by .ci/run (which installs PySpark and Java when missing):
    python -m pytest tests/spark
It fails, and says why, when Spark, Java, the binary or the corpus is missing.
"""

import csv
import glob
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("WHOSAID_SPARK_CORPUS", ROOT.parent / "shared/eval/data/polnear-dev.jsonl"))
SCRIPT = ROOT / "scripts/spark_whosaid.py"
KINDS = ("direct", "partial", "indirect")


@pytest.fixture(scope="module")
def whosaid():
    """The whosaid binary, built if needed (cargo is quick when it is fresh)."""
    binary = os.environ.get("WHOSAID_BIN")
    if binary:
        return Path(binary).resolve()
    subprocess.run(["cargo", "build", "--quiet", "--bin", "whosaid"], cwd=ROOT, check=True)
    return ROOT / "target/debug/whosaid"


@pytest.fixture(scope="module")
def corpus():
    assert CORPUS.is_file(), (
        f"the dev corpus {CORPUS} is missing: the Spark test runs on "
        "../shared/eval/data/polnear-dev.jsonl (or set WHOSAID_SPARK_CORPUS)"
    )
    return CORPUS


@pytest.fixture(scope="module")
def single(whosaid, corpus):
    """whosaid extract --input jsonl -f jsonl - on one machine."""
    with open(corpus, "rb") as f:
        run = subprocess.run(
            [str(whosaid), "extract", "--input", "jsonl", "-f", "jsonl", "-"],
            stdin=f, capture_output=True, check=True,
        )
    return run.stdout


def spark_submit():
    """spark-submit of the installed PySpark."""
    import pyspark

    path = Path(pyspark.__file__).parent / "bin/spark-submit"
    assert path.exists(), f"no spark-submit in the PySpark install ({path})"
    assert shutil.which("java") or os.environ.get("JAVA_HOME"), "Spark needs Java: apt-get install -y openjdk-17-jre-headless"
    return str(path)


@pytest.fixture(scope="module")
def spark_output(whosaid, corpus, tmp_path_factory):
    """The script, run as a user would: spark-submit in local mode, four
    partitions over two cores."""
    out = tmp_path_factory.mktemp("spark") / "out"
    run = subprocess.run(
        [spark_submit(), "--master", "local[2]", str(SCRIPT),
         "--whosaid", str(whosaid), "--partitions", "4", str(corpus), str(out)],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable},
    )
    assert run.returncode == 0, f"spark-submit failed:\n{run.stderr[-5000:]}"
    return out


def part_files(directory):
    parts = sorted(glob.glob(str(directory / "part-*")))
    assert (directory / "_SUCCESS").exists(), f"Spark did not finish writing {directory}"
    return parts


def spark_records(out):
    return b"".join(Path(p).read_bytes() for p in part_files(out / "quotes"))


def test_spark_records_equal_the_single_machine_run_byte_for_byte(spark_output, single):
    parts = part_files(spark_output / "quotes")
    assert len(parts) >= 2, "the archive was split into partitions"
    assert sum(Path(p).stat().st_size > 0 for p in parts) >= 2, "more than one partition held documents"
    spark_lines = spark_records(spark_output).splitlines()
    single_lines = single.splitlines()
    assert len(spark_lines) == len(single_lines) > 300
    # Order restored by id and position, then every record compared as bytes.
    def keyed(lines):
        return sorted(((json.loads(l)["id"], i), l) for i, l in enumerate(lines))
    for (key_s, line_s), (key_1, line_1) in zip(keyed(spark_lines), keyed(single_lines)):
        assert key_s[0] == key_1[0], f"document {key_1[0]} is missing from Spark's output"
        assert line_s == line_1, f"document {key_1[0]}: Spark's record differs"
    # Partitions are written in order, so nothing needed restoring.
    assert spark_lines == single_lines


def test_the_speaker_table_adds_up_the_records(spark_output, single):
    want = defaultdict(lambda: [0, 0, 0, 0, 0])
    by_kind = defaultdict(int)
    for line in single.splitlines():
        record = json.loads(line)
        for row in record["speakers"]:
            counts = want[row["name"]]
            for k, kind in enumerate(KINDS):
                counts[k] += row[kind]
            counts[3] += row["words"]
            counts[4] += 1
        for q in record["quotes"]:
            # A mixed record counts in the indirect column.
            by_kind["indirect" if q["kind"] == "mixed" else q["kind"]] += 1
    [table] = part_files(spark_output / "speakers")
    with open(table, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["speaker", "direct", "partial", "indirect", "total", "words", "documents"]
    got = {r[0]: [int(x) for x in r[1:]] for r in rows[1:]}
    assert len(got) == len(rows) - 1, "one row per speaker"
    assert got == {name: [d, p, i, d + p + i, w, n] for name, (d, p, i, w, n) in want.items()}
    # Every quotation is counted once, for its speaker or as unknown.
    for k, kind in enumerate(KINDS):
        assert sum(r[k] for r in got.values()) == by_kind[kind], kind
    named = [r for r in rows[1:] if r[0] != "(unknown)"]
    assert len(named) > 10, "the dev corpus has speakers"
    assert rows[-1][0] == "(unknown)", "the unknown row comes last"
    totals = [int(r[4]) for r in named]
    assert totals == sorted(totals, reverse=True), "most quoted first"


def test_a_missing_binary_fails_the_job_loudly(corpus, tmp_path):
    run = subprocess.run(
        [spark_submit(), "--master", "local[1]", str(SCRIPT),
         "--whosaid", str(tmp_path / "no-such-whosaid"), str(corpus), str(tmp_path / "out")],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable},
    )
    assert run.returncode != 0
    assert "no-such-whosaid" in run.stderr
    assert not (tmp_path / "out" / "speakers").exists()
