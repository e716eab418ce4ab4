#!/usr/bin/env bash
# Runs every fuzz target for a bounded time and prints a summary line each.
#   run.sh FUZZ_BUILD_DIR SECONDS_PER_TARGET
# Each target starts from the seeds written at build time plus the corpus
# kept from earlier runs in FUZZ_BUILD_DIR/tests/fuzz/corpus/. A
# disagreement with the reference or a sanitizer report stops the run; the
# input is saved under FUZZ_BUILD_DIR/tests/fuzz/crashes/.
set -euo pipefail
dir=$1/tests/fuzz
seconds=$2
mkdir -p "$dir/crashes"
status=0
for target in from_name from_phrase find from_code unofficial_find \
    unofficial_from_code suggest cli; do
  mkdir -p "$dir/corpus/$target"
  log=$dir/$target.log
  if "$dir/fuzz_$target" -max_total_time="$seconds" -max_len=4096 \
       -print_final_stats=1 -artifact_prefix="$dir/crashes/$target-" \
       "$dir/corpus/$target" "$dir/seeds/$target" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: //p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$dir/corpus/$target" -type f | wc -l)
  printf 'fuzz %-20s %s: %s executions in %s s (%s/s), %s edges, corpus %s\n' \
    "$target" "$result" "${runs:-?}" "$seconds" "${speed:-?}" "${edges:-?}" "$corpus"
  if [ "$result" = FAILED ]; then
    tail -n 40 "$log"
  fi
done
exit $status
