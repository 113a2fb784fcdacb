#!/bin/bash
# SPDX-License-Identifier: MIT
# merge-shards.sh: the map-reduce property.  The documents of examples/,
# tests/holdout/ (and ../shared/seeds when present) are cut into shards of
# several sizes, each shard goes through `kgraph extract`, and the parts are
# merged in several orders and groupings, merges of merges too.  Every
# result must be byte-identical to one `kgraph build` over all documents.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$KG_SOURCE_DIR"

dirs=(examples tests/holdout)
[ -d ../shared/seeds ] && dirs+=(../shared/seeds)
# The documents as build finds them (folders read for .txt and .md), so the
# document ids of the parts are the ids of the single build.
mapfile -t docs < <(find "${dirs[@]}" -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
n=${#docs[@]}
[ "$n" -ge 12 ] || { echo "merge-shards: only $n documents"; exit 1; }

"$KGRAPH" build --quiet --jobs 1 "${dirs[@]}" -o "$tmp/all.jsonld"
[ "$(grep -c '"rdf:Statement"' "$tmp/all.jsonld")" -gt 20 ] || {
  echo "merge-shards: the single build found too few relations"; exit 1; }

fails=0
same () { # same NAME FILE: FILE must equal the single build
  if cmp -s "$tmp/all.jsonld" "$2"; then
    echo "ok: $1"
  else
    echo "FAIL: $1 differs from the single build"
    diff <(tr ',' '\n' < "$tmp/all.jsonld") <(tr ',' '\n' < "$2") | head -8
    fails=$((fails + 1))
  fi
}

# A deterministic shuffle of the lines of stdin.
shuffle () { awk -v s="$1" 'BEGIN { srand (s) } { print rand () "\t" $0 }' | sort -k1,1 | cut -f2-; }

# extract_shards NAME SIZE ORDER: parts of SIZE documents taken in ORDER
# (sorted or shuffled), written as $tmp/NAME-K.jsonld.
extract_shards () {
  local name=$1 size=$2 k=0 i
  local -a list
  if [ "$3" = sorted ]; then list=("${docs[@]}")
  else mapfile -t list < <(printf '%s\n' "${docs[@]}" | shuffle "$3"); fi
  for ((i = 0; i < n; i += size)); do
    "$KGRAPH" extract --quiet --jobs 2 "${list[@]:i:size}" -o "$tmp/$name-$(printf %03d $k).jsonld"
    k=$((k + 1))
  done
}

# Shards of one document each: merged in order, reversed, shuffled.
extract_shards one 1 sorted
mapfile -t parts < <(ls "$tmp"/one-*.jsonld)
"$KGRAPH" merge "${parts[@]}" -o "$tmp/m.jsonld"; same "1-document shards, in order" "$tmp/m.jsonld"
mapfile -t rev < <(printf '%s\n' "${parts[@]}" | tac)
"$KGRAPH" merge "${rev[@]}" -o "$tmp/m.jsonld"; same "1-document shards, reversed" "$tmp/m.jsonld"
mapfile -t shuf < <(printf '%s\n' "${parts[@]}" | shuffle 7)
"$KGRAPH" merge "${shuf[@]}" -o "$tmp/m.jsonld"; same "1-document shards, shuffled" "$tmp/m.jsonld"

# A pairwise tree of merges: every merge is of two merges.
level=("${shuf[@]}"); depth=0
while [ ${#level[@]} -gt 1 ]; do
  next=()
  for ((i = 0; i < ${#level[@]}; i += 2)); do
    out="$tmp/tree-$depth-$i.jsonld"
    "$KGRAPH" merge "${level[@]:i:2}" -o "$out"
    next+=("$out")
  done
  level=("${next[@]}"); depth=$((depth + 1))
done
same "pairwise tree of merges ($depth levels)" "${level[0]}"

# Shards of other sizes, of shuffled documents; groupings of their merges.
for size in 2 3 5 $(( (n + 1) / 2 )); do
  extract_shards "s$size" "$size" $((size * 11))
  mapfile -t p < <(ls "$tmp"/s"$size"-*.jsonld)
  "$KGRAPH" merge "${p[@]}" -o "$tmp/m.jsonld"; same "${#p[@]} shards of $size" "$tmp/m.jsonld"
  if [ ${#p[@]} -ge 3 ]; then
    half=$(( ${#p[@]} / 2 ))
    "$KGRAPH" merge "${p[@]:0:half}" -o "$tmp/a.jsonld"
    "$KGRAPH" merge "${p[@]:half}" -o "$tmp/b.jsonld"
    "$KGRAPH" merge "$tmp/b.jsonld" "$tmp/a.jsonld" -o "$tmp/m.jsonld"
    same "shards of $size: (second half) + (first half)" "$tmp/m.jsonld"
    # ((first) + (last)) + (the rest)
    "$KGRAPH" merge "${p[0]}" "${p[-1]}" -o "$tmp/a.jsonld"
    "$KGRAPH" merge "${p[@]:1:${#p[@]}-2}" "$tmp/a.jsonld" -o "$tmp/m.jsonld"
    same "shards of $size: (rest) + ((first) + (last))" "$tmp/m.jsonld"
  fi
done

# One part of everything, and a merge of that one part, are the build too.
"$KGRAPH" extract --quiet "${docs[@]}" -o "$tmp/x.jsonld"; same "one extract of everything" "$tmp/x.jsonld"
"$KGRAPH" merge "$tmp/x.jsonld" -o "$tmp/m.jsonld"; same "merge of one part" "$tmp/m.jsonld"

[ "$fails" -eq 0 ] || { echo "merge-shards: $fails of the checks failed"; exit 1; }
