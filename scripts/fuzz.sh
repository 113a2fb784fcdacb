#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# fuzz.sh: builds the libFuzzer targets with clang, ASan and UBSan in
# build-fuzz/ and runs each for SECONDS (default 1800), one after another,
# from its seed corpus (fuzz/corpus/TARGET, read only) into a working corpus
# build-fuzz/corpus-TARGET.  A crash, leak or timeout is copied into
# fuzz/regress/TARGET/, which the fuzz-replay-TARGET ctest replays from then
# on.  Logs: build-fuzz/fuzz-TARGET.log (the last lines give the executions).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: extract lexicon jsonld
# A second run goes on from the working corpus; KG_FUZZ_MAX_LEN sets -max_len.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-fuzz"
seconds=${1:-1800}
shift || true
targets=${*:-extract lexicon jsonld}
CC=clang cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_FUZZ=ON \
  -DKG_SANITIZE=ON >/dev/null
for t in $targets; do cmake --build "$build" -j"$(nproc)" --target "fuzz-$t" >/dev/null; done
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for t in $targets; do
  work="$build/corpus-$t"
  found="$build/found-$t"
  mkdir -p "$work" "$found"
  echo "fuzz.sh: $t for ${seconds}s (log: $build/fuzz-$t.log)"
  # -max_len keeps executions fast (the seed articles are cut to it); a
  # stored graph is verbose (its context alone is 1.3 KB), so the JSON-LD
  # reader gets 64 KB, or every input would be a truncated, rejected one.
  max_len=4096
  [ "$t" = jsonld ] && max_len=65536
  max_len=${KG_FUZZ_MAX_LEN:-$max_len}
  # Keep going after a crash (-fork would need a core per job): libFuzzer stops at the first, and this loop restarts it.
  end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    left=$((end - SECONDS))
    "$build/fuzz/fuzz-$t" -max_total_time=$left -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$found/" "$work" "$here/fuzz/corpus/$t" \
      >>"$build/fuzz-$t.log" 2>&1 && break
    status=1
    echo "fuzz.sh: $t: found something, see $found and the log" >&2
    [ $left -gt 5 ] || break
  done
  if compgen -G "$found/*" >/dev/null; then
    mkdir -p "$here/fuzz/regress/$t"
    cp -n "$found"/* "$here/fuzz/regress/$t/"
  fi
  grep -E '^stat::number_of_executed_units' "$build/fuzz-$t.log" |
    awk -v t="$t" '{ n += $2 } END { print "fuzz.sh: " t ": " n " executions" }'
done
exit $status
