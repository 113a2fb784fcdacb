#!/usr/bin/env bash
# sanitize.sh: builds kgraph with AddressSanitizer + UndefinedBehaviorSanitizer
# in build-asan/ and runs the whole test suite there.  Leaks inside libgvc,
# cairo, pango and fontconfig are suppressed by tests/lsan.supp (and only
# those: a leak with a kgraph frame is reported).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-asan"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
# fast_unwind_on_malloc=0: GLib is built without frame pointers, so the
# fast unwinder stops at g_malloc and every leak looks the same (a kgraph
# leak could not be told from pango's); the slow one gives whole stacks,
# which tests/lsan.supp can match.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:fast_unwind_on_malloc=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
# Under ASan everything is several times slower: timing asserts are off
# (KG_SLOW_RUN), and the big inputs of tests/bad-input.sh and the number of
# kills of tests/interrupt.sh are cut down (the full sizes run in the main
# suite; here the same code paths run, smaller).
export KG_SLOW_RUN=1 KG_BIG_MB=${KG_BIG_MB:-1} KG_MANY=${KG_MANY:-2000} KG_KILLS=${KG_KILLS:-15}
# The browser-based tests check rendering, not memory; they run in the main suite.
cd "$build" && ctest --output-on-failure -j"$(nproc)" -E 'chromium|oxigraph|virtuoso' "$@"
