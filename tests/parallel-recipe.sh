#!/bin/bash
# SPDX-License-Identifier: MIT
# parallel-recipe.sh: the recipes of docs/scale.md, run locally.  Files are
# handed out a few at a time to parallel `kgraph extract` jobs (GNU parallel,
# or xargs -P when it is missing), JSON Lines are cut into blocks for
# `kgraph extract -` the same way, and the parts are merged: both must give
# the bytes of one `kgraph build` over the same documents.  Also: extract
# reads JSON Lines exactly as it reads the files, and skips a bad line with
# a note naming it.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$KG_SOURCE_DIR"
dirs=(examples tests/holdout)
[ -d ../shared/seeds ] && dirs+=(../shared/seeds)
kgraph () { "$KGRAPH" "$@"; }
export -f kgraph
export KGRAPH

kgraph build --quiet "${dirs[@]}" -o "$tmp/single.jsonld"
check () { # check NAME FILE
  cmp "$tmp/single.jsonld" "$2" || { echo "parallel-recipe: $1 differs from one build"; exit 1; }
  echo "ok: $1"
}

# The file recipe: a few files per job, two jobs at a time.
mkdir "$tmp/parts"
if command -v parallel >/dev/null; then
  find "${dirs[@]}" -name '*.txt' -o -name '*.md' |
    parallel --halt now,fail=1 -n 3 -j 2 kgraph extract --quiet --jobs 1 -o "$tmp/parts/{#}.jsonld" {}
  how="GNU parallel"
else
  find "${dirs[@]}" -name '*.txt' -o -name '*.md' |
    xargs -n 3 -P 2 sh -c '"$KGRAPH" extract --quiet --jobs 1 -o "$0/$$.jsonld" "$@"' "$tmp/parts"
  how="xargs -P"
fi
[ "$(ls "$tmp/parts" | wc -l)" -ge 4 ] || { echo "parallel-recipe: too few parts"; exit 1; }
kgraph merge "$tmp"/parts/*.jsonld -o "$tmp/merged.jsonld"
check "files through $how ($(ls "$tmp/parts" | wc -l) parts)" "$tmp/merged.jsonld"

# The same documents as JSON Lines, the document id being the path.
find "${dirs[@]}" -name '*.txt' -o -name '*.md' | LC_ALL=C sort | /usr/bin/python3 -c '
import json, sys
for path in sys.stdin.read().split("\n"):
    if path:
        with open(path, encoding="utf-8") as f:
            print(json.dumps({"id": path, "text": f.read()}, ensure_ascii=False))
' > "$tmp/corpus.jsonl"
kgraph extract --quiet - < "$tmp/corpus.jsonl" > "$tmp/stdin.jsonld"
check "extract - of JSON Lines" "$tmp/stdin.jsonld"

# The JSON Lines recipe: blocks of lines, one extract per block.
mkdir "$tmp/jparts"
if command -v parallel >/dev/null; then
  parallel --halt now,fail=1 --pipe -N 2 -j 2 \
    kgraph extract --quiet --jobs 1 - -o "$tmp/jparts/{#}.jsonld" < "$tmp/corpus.jsonl"
else
  split -l 2 "$tmp/corpus.jsonl" "$tmp/jparts/block-"
  ls "$tmp"/jparts/block-* | xargs -P 2 -I{} sh -c '"$KGRAPH" extract --quiet - < {} > {}.jsonld'
  rm "$tmp"/jparts/block-??
fi
kgraph merge "$tmp"/jparts/*.jsonld -o "$tmp/jmerged.jsonld"
check "JSON Lines through $how ($(ls "$tmp/jparts" | wc -l) parts)" "$tmp/jmerged.jsonld"

# A bad line is skipped with a note that names it; the rest is read.
{ head -n 1 "$tmp/corpus.jsonl"; echo '{"id": 3}'; echo 'not json'; echo; \
  tail -n +2 "$tmp/corpus.jsonl"; } > "$tmp/bad.jsonl"
kgraph extract - < "$tmp/bad.jsonl" > "$tmp/bad.jsonld" 2> "$tmp/bad.err"
grep -q '^kgraph: stdin:2: a line must be {"id": STRING, "text": STRING} (skipped)$' "$tmp/bad.err"
grep -q '^kgraph: stdin:3: not JSON' "$tmp/bad.err"
[ "$(wc -l < "$tmp/bad.err")" -eq 2 ] || { cat "$tmp/bad.err"; exit 1; }
check "JSON Lines with bad lines skipped" "$tmp/bad.jsonld"
if kgraph extract --strict - < "$tmp/bad.jsonl" > /dev/null 2> "$tmp/strict.err"; then
  echo "parallel-recipe: --strict accepted a bad line"; exit 1
fi
grep -q '^kgraph: stdin:2: a line must be' "$tmp/strict.err"
echo "ok: bad lines"
