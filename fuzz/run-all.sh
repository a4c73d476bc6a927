#!/usr/bin/env bash
# Fuzz each target in turn (one job at a time, niced) for RUNS executions,
# keeping libFuzzer's log under fuzz/logs/. The flags are those of
# reports/fuzzing.md:
#   fuzz/run-all.sh            # 10 million executions per target
#   RUNS=100000 fuzz/run-all.sh
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-10000000}
mkdir -p logs corpus/analyze corpus/html
cp ../fixtures/seed/*.txt corpus/analyze/
cp ../fixtures/seed/*.html corpus/html/
cargo fuzz build -s none
for spec in analyze:256 html:1024; do
    target=${spec%%:*}
    nice cargo fuzz run "$target" -s none "corpus/$target" -- \
        -runs="$RUNS" -max_len="${spec##*:}" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 2> "logs/$target.log"
    grep -E "^Done|stat::number_of_executed_units" "logs/$target.log"
done
