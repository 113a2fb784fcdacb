#!/bin/bash
# SPDX-License-Identifier: MIT
# progress.sh: a long run on a terminal draws a progress line on stderr
# (files, MB, MB/s, entities, relations) and clears it at the end; with
# --quiet, or when stderr is not a terminal, nothing is drawn.  The
# terminal is script(1)'s pseudo-terminal (bsdutils).  Also KG_PASS_TIMES=1,
# the CPU seconds of each pass after the run.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
command -v script >/dev/null || { echo "no script(1) (bsdutils)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Enough text for a run longer than the first redraw (0.2 s).
mkdir "$tmp/corpus"
for i in $(seq 40); do
  for f in "$KG_SOURCE_DIR"/examples/*.txt "$KG_SOURCE_DIR"/examples/*.md; do
    cp "$f" "$tmp/corpus/$i-$(basename "$f")"
  done
done
total=$(ls "$tmp/corpus" | wc -l)

tty_run () { # tty_run OUT ARGS...: runs kgraph on a pseudo-terminal
  local out=$1; shift
  script -qec "$(printf '%q ' "$KGRAPH" "$@")" /dev/null > "$out" < /dev/null
}

tty_run "$tmp/tty.txt" build --jobs 2 "$tmp/corpus" -o "$tmp/a.jsonld"
line=$'\r\e\\[Kkgraph: [0-9]+/'"$total"' files, [0-9.]+ MB, [0-9.]+ MB/s, [1-9][0-9]* entities, [0-9]+ relations'
grep -qaE "$line" "$tmp/tty.txt" || {
  echo "progress: no progress line on the terminal:"; od -c "$tmp/tty.txt" | head; exit 1; }
# The line is cleared at the end, so the last thing on the terminal is "\r\e[K".
tail -c 4 "$tmp/tty.txt" | od -An -c | grep -q '\\r 033   \[   K' || {
  echo "progress: the line is not cleared at the end"; od -c "$tmp/tty.txt" | tail -3; exit 1; }
echo "ok: progress line on a terminal"

# JSON Lines have no total: "N documents".
/usr/bin/python3 -c '
import json, os, sys
d = sys.argv[1]
for n in sorted(os.listdir(d)):
    print(json.dumps({"id": n, "text": open(os.path.join(d, n), encoding="utf-8").read()}))
' "$tmp/corpus" > "$tmp/corpus.jsonl"
script -qec "$(printf '%q ' "$KGRAPH" extract - -o "$tmp/j.jsonld") < $(printf %q "$tmp/corpus.jsonl")" \
  /dev/null > "$tmp/jsonl.txt" < /dev/null
grep -qaE $'\r\e\\[Kkgraph: [0-9]+ documents, [0-9.]+ MB' "$tmp/jsonl.txt" || {
  echo "progress: no progress line for JSON Lines"; od -c "$tmp/jsonl.txt" | head; exit 1; }
echo "ok: progress line for JSON Lines"

# --quiet: nothing at all on the terminal.
tty_run "$tmp/quiet.txt" build --quiet --jobs 2 "$tmp/corpus" -o "$tmp/b.jsonld"
[ ! -s "$tmp/quiet.txt" ] || { echo "progress: --quiet printed:"; od -c "$tmp/quiet.txt" | head; exit 1; }
echo "ok: --quiet"

# stderr not a terminal (stdout still is): nothing on stderr.
script -qec "$(printf '%q ' "$KGRAPH" build --jobs 2 "$tmp/corpus" -o "$tmp/c.jsonld") 2> $(printf %q "$tmp/err.txt")" \
  /dev/null > /dev/null < /dev/null
[ ! -s "$tmp/err.txt" ] || { echo "progress: drawn on a file:"; od -c "$tmp/err.txt" | head; exit 1; }
echo "ok: silent when stderr is a file"

# The line changes nothing else: the same graph with and without it.
cmp "$tmp/a.jsonld" "$tmp/b.jsonld"
cmp "$tmp/a.jsonld" "$tmp/c.jsonld"

# KG_PASS_TIMES=1: one line of CPU seconds per pass on stderr, after the run.
KG_PASS_TIMES=1 "$KGRAPH" build --quiet --jobs 2 "$tmp/corpus" -o "$tmp/d.jsonld" 2> "$tmp/times.txt"
grep -qE '^kgraph: CPU seconds per pass: boilerplate [0-9.]+ sentences [0-9.]+ lexicon [0-9.]+ discovery [0-9.]+ resolve [0-9.]+ relations [0-9.]*[1-9][0-9.]*$' "$tmp/times.txt" || {
  echo "progress: no pass times:"; cat "$tmp/times.txt"; exit 1; }
cmp "$tmp/a.jsonld" "$tmp/d.jsonld"
echo "ok: KG_PASS_TIMES"
