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
# fast_unwind_on_malloc=0: GLib is built without frame pointers, so the fast
# unwinder stops at g_realloc and the suppressions never see the pango or
# libgvc frame that made the allocation.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:fast_unwind_on_malloc=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
# The browser-based tests check rendering, not memory; they run in the main suite.
cd "$build" && ctest --output-on-failure -j"$(nproc)" -E 'chromium|oxigraph|virtuoso' "$@"
