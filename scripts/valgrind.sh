#!/usr/bin/env bash
# valgrind.sh: runs the unit tests and one end-to-end build under valgrind's
# memcheck, failing on any error or definite leak.  Third-party leaks (libgvc,
# fontconfig, pango, glib's one-time allocations) are suppressed by
# tests/valgrind.supp, which says why each entry is there.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
[ -x "$build/kgraph" ] || { echo "valgrind.sh: $build/kgraph: build first" >&2; exit 1; }
# --num-callers=40: cairo's leaks are reached through libgvc more than 12 frames
# down, and the suppressions need to see that frame.
vg=(valgrind --quiet --num-callers=40 --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --suppressions="$here/tests/valgrind.supp" --suppressions=/usr/share/glib-2.0/valgrind/glib.supp)
export G_SLICE=always-malloc G_DEBUG=gc-friendly
fail=0
for t in "$build"/tests/test-*; do
  [ -x "$t" ] || continue
  echo "valgrind: $(basename "$t")"
  KG_SOURCE_DIR="$here" "${vg[@]}" "$t" >/dev/null || { echo "valgrind: $t: errors" >&2; fail=1; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "valgrind: kgraph build examples/ -o ai.jsonld -o ai.svg"
"${vg[@]}" "$build/kgraph" build --quiet --jobs 2 "$here/examples" -o "$out/ai.jsonld" -o "$out/ai.svg" \
  || { echo "valgrind: kgraph build: errors" >&2; fail=1; }
echo "valgrind: kgraph merge + render"
"${vg[@]}" "$build/kgraph" render "$out/ai.jsonld" -o "$out/again.dot" \
  || { echo "valgrind: kgraph render: errors" >&2; fail=1; }
exit $fail
