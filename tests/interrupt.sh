#!/bin/bash
# SPDX-License-Identifier: MIT
# interrupt.sh: kill -9 at random moments of `kgraph build` while it writes
# four outputs over older ones.  After every kill each output must be the
# older file byte for byte or the complete new one, never a mix or a
# stub, and no temporary file may be left but a complete one (on Linux the
# temporary is unnamed until its bytes are synced, see out/write.c).  With
# strace, every write() is slowed by a few milliseconds (a slow disk), so
# many kills land in the middle of writing.  KG_KILLS sets the number of
# kills (default 60).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${KG_SOURCE_DIR:-$here/..}
[ -x "${KGRAPH:-}" ] || { echo "skip: KGRAPH is not set to the kgraph binary"; exit 77; }
kills=${KG_KILLS:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
outs=(out.svg out.jsonld out.graphml out.nt)
args=(build --quiet --jobs 2 --all "$src/examples")
for o in "${outs[@]}"; do args+=(-o "$o"); done

# The new outputs, from a run left alone, and the older ones they replace.
mkdir new old
(cd new && "$KGRAPH" "${args[@]}")
(cd old && "$KGRAPH" build --quiet "$src/examples/en-02-amd-mi300x.md" -o out.svg -o out.jsonld \
  -o out.graphml -o out.nt)
for o in "${outs[@]}"; do
  cmp -s "new/$o" "old/$o" && { echo "FAIL: old and new $o are the same"; exit 1; }
done

slow=()
if command -v strace >/dev/null && strace -f -qq -o /dev/null -e trace=write -e inject=write:delay_enter=1 true 2>/dev/null; then
  slow=(strace -f -qq -o /dev/null -e trace=write,pwrite64 -e inject=write:delay_enter=3000)
  how="writes slowed by strace"
  # LeakSanitizer cannot run under ptrace (a sanitizer build, scripts/sanitize.sh).
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
else
  how="no strace: writes at full speed"
fi
# How long an undisturbed run takes, to spread the kills over it.
start=$(date +%s%N)
"${slow[@]}" "$KGRAPH" "${args[@]}"
span_ms=$((($(date +%s%N) - start) / 1000000))
for o in "${outs[@]}"; do cmp -s "$o" "new/$o" || { echo "FAIL: $o differs between runs"; exit 1; }; done
echo "one run takes ${span_ms} ms ($how)"

fail=0 n_old=0 n_new=0 n_mixed=0 n_strays=0
for i in $(seq 1 "$kills"); do
  rm -f .out.* && for o in "${outs[@]}"; do cp "old/$o" "$o"; done
  "${slow[@]}" "$KGRAPH" "${args[@]}" 2>/dev/null &
  pid=$!
  sleep "$(awk -v r=$RANDOM -v s="$span_ms" 'BEGIN { printf "%.3f", r / 32768 * s * 1.1 / 1000 }')"
  # Kill kgraph itself: the child of strace when there is one (strace ends
  # when it does, so waiting for strace waits for kgraph's death).
  kid=""
  [ ${#slow[@]} -gt 0 ] && kid=$(pgrep -P "$pid" -x kgraph || true)
  kill -9 "${kid:-$pid}" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  olds=0 news=0
  for o in "${outs[@]}"; do
    if cmp -s "$o" "old/$o"; then olds=$((olds + 1))
    elif cmp -s "$o" "new/$o"; then news=$((news + 1))
    else echo "FAIL kill $i: $o is neither the old nor the new file ($(wc -c < "$o") bytes)"; fail=1
    fi
  done
  for t in .out.*; do
    [ -e "$t" ] || continue
    n_strays=$((n_strays + 1))
    base=${t#.}; base=${base%.*}
    cmp -s "$t" "new/$base" || { echo "FAIL kill $i: incomplete temporary $t left"; fail=1; }
  done
  if [ $olds -eq ${#outs[@]} ]; then n_old=$((n_old + 1))
  elif [ $news -eq ${#outs[@]} ]; then n_new=$((n_new + 1))
  else n_mixed=$((n_mixed + 1)); fi
done
echo "$kills kills: $n_old before any output was replaced, $n_mixed between outputs," \
     "$n_new after all; $n_strays complete temporaries left"
# The unnamed temporary leaves nothing unless a kill falls in the few
# microseconds between link and rename: more than a couple means it is not
# in use.
if [ "$(uname)" = Linux ] && [ $n_strays -gt 2 ]; then
  echo "FAIL: $n_strays temporaries left: O_TMPFILE is not used"; fail=1
fi
[ $((n_old + n_mixed)) -gt 0 ] || { echo "FAIL: no kill landed before the end: the test proves nothing"; fail=1; }
exit $fail
