#!/usr/bin/env bash
# valgrind.sh: runs the unit tests, the fuzz replays and end-to-end builds
# under valgrind's memcheck, failing on any error or definite leak.  Third-party leaks (libgvc,
# fontconfig, pango, glib's one-time allocations) are suppressed by
# tests/valgrind.supp, which says why each entry is there.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
[ -x "$build/kgraph" ] || { echo "valgrind.sh: $build/kgraph: build first" >&2; exit 1; }
# --num-callers=40: cairo's leaks are reached through libgvc more than 12 frames
# down, and the suppressions need to see that frame.
vg=(valgrind --quiet --num-callers=40 --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --show-leak-kinds=definite
    --suppressions="$here/tests/valgrind.supp" --suppressions=/usr/share/glib-2.0/valgrind/glib.supp)
export G_SLICE=always-malloc G_DEBUG=gc-friendly KG_SLOW_RUN=1
fail=0
for t in "$build"/tests/test-*; do
  [ -x "$t" ] || continue
  echo "valgrind: $(basename "$t")"
  KG_SOURCE_DIR="$here" "${vg[@]}" "$t" >/dev/null || { echo "valgrind: $t: errors" >&2; fail=1; }
done
# The fuzz targets' seeds and regression inputs (fuzz/replay.c).
for t in "$build"/fuzz/replay-*; do
  [ -x "$t" ] || continue
  name=${t##*/replay-}
  echo "valgrind: $(basename "$t") fuzz/corpus/$name fuzz/regress/$name"
  "${vg[@]}" "$t" "$here/fuzz/corpus/$name" "$here/fuzz/regress/$name" >/dev/null ||
    { echo "valgrind: $t: errors" >&2; fail=1; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "valgrind: kgraph build examples/ -o ai.jsonld -o ai.svg"
"${vg[@]}" "$build/kgraph" build --quiet --jobs 2 "$here/examples" -o "$out/ai.jsonld" -o "$out/ai.svg" \
  || { echo "valgrind: kgraph build: errors" >&2; fail=1; }
echo "valgrind: kgraph render + merge"
"${vg[@]}" "$build/kgraph" render "$out/ai.jsonld" -o "$out/again.dot" -o "$out/again.png" \
  -o "$out/again.pdf" -o "$out/again.graphml" -o "$out/again.nt" \
  || { echo "valgrind: kgraph render: errors" >&2; fail=1; }
"${vg[@]}" "$build/kgraph" merge "$out/ai.jsonld" "$out/ai.jsonld" -o "$out/merged.jsonld" \
  || { echo "valgrind: kgraph merge: errors" >&2; fail=1; }
# Bad input: skipped files, CP949, a huge sentence, a failing lexicon and
# output (the error paths must free what they took too).
mkdir -p "$out/bad"
printf '\x89PNG\r\n\x1a\n\0\0' > "$out/bad/photo.txt"
printf 'Sam\0Altman' > "$out/bad/nul.txt"
: > "$out/bad/empty.txt"
printf '\xef\xbb\xbf\xec\x83\x98 \xec\x98\xac\xed\x8a\xb8\xeb\xa8\xbc\xec\x9d\x80 OpenAI\xeb\xa5\xbc \xec\x9d\xb4\xeb\x81\x88\xeb\x8b\xa4.\r\n' > "$out/bad/bom-crlf.txt"
cp "$here/fuzz/corpus/extract/cp949.txt" "$out/bad/cp949.txt"
python3 -c 'import sys; sys.stdout.write("Sam Altman and OpenAI and Nvidia " * 20000)' > "$out/bad/sentence.txt"
ln -s nowhere.txt "$out/bad/dangling.txt"
echo "valgrind: kgraph build on bad input"
"${vg[@]}" "$build/kgraph" build --quiet "$out/bad" -o "$out/bad.jsonld" -o "$out/bad.svg" 2>/dev/null \
  || { echo "valgrind: kgraph build (bad input): errors" >&2; fail=1; }
printf '{"entities": [\n {"id": "x", "type": "robot"' > "$out/bad.json"
for args in "--lexicon $out/bad.json $out/bad -o $out/x.jsonld" "--strict $out/bad -o $out/x.jsonld" \
            "$out/bad -o $out/nodir/x.jsonld" "$out/missing -o $out/x.jsonld"; do
  rc=0
  # shellcheck disable=SC2086
  "${vg[@]}" "$build/kgraph" build --quiet $args 2>/dev/null || rc=$?
  [ $rc -eq 1 ] || { echo "valgrind: kgraph build $args: errors (or not exit 1)" >&2; fail=1; }
done
exit $fail
