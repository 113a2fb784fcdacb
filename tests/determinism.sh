#!/bin/bash
# SPDX-License-Identifier: MIT
# determinism.sh: kgraph's output is byte-identical whatever the run, the
# thread count, the order of the paths on the command line and the order in
# which a folder's files were made (readdir order).  For examples/ and, when
# it is there, ../shared/seeds: builds every format with --jobs 1 as the
# reference, then compares each variation with it byte for byte.  Document
# ids are absolute paths, so each variation reads a copy at the same path.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${KG_SOURCE_DIR:-$here/..}
[ -x "${KGRAPH:-}" ] || { echo "skip: KGRAPH is not set to the kgraph binary"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
formats="jsonld graphml nt dot svg png pdf"
fail=0

# build NAME ARGS...: every format of the graph of ARGS into $work/NAME/
build() {
  local name=$1; shift
  mkdir -p "$work/$name"
  local outs=()
  for f in $formats; do outs+=(-o "$work/$name/graph.$f"); done
  "$KGRAPH" build --quiet "$@" "${outs[@]}" 2>"$work/$name/stderr"
  "$KGRAPH" extract --quiet "$@" -o "$work/$name/partial.jsonld" 2>>"$work/$name/stderr"
}

# same REF NAME [FILE...]: every file of NAME (or the FILEs) is the one of REF
same() {
  local ref=$1 name=$2 n=0 bad=0
  shift 2
  local list=("$@")
  [ ${#list[@]} -gt 0 ] || list=($(cd "$work/$ref" && ls))
  for f in "${list[@]/#/$work/$ref/}"; do
    local g="$work/$name/$(basename "$f")"
    if ! cmp -s "$f" "$g"; then
      echo "FAIL $corpus: $name: $(basename "$f") differs from $ref's"
      fail=1 bad=1
    fi
    n=$((n + 1))
  done
  [ $bad -eq 1 ] || echo "ok   $corpus: $name: $n files identical to $ref's"
}

# copy FROM REVERSE: the articles of FROM into $work/corpus (one path for
# every variation), made in name order or, with REVERSE=1, in reverse.
copy() {
  rm -rf "$work/corpus"
  mkdir "$work/corpus"
  local files
  files=$(cd "$1" && find . -type f \( -name '*.txt' -o -name '*.md' \) | sort)
  [ "$2" = 1 ] && files=$(echo "$files" | sort -r)
  for f in $files; do
    mkdir -p "$work/corpus/$(dirname "$f")"
    cp "$1/$f" "$work/corpus/$f"
  done
}

corpora=("$src/examples")
[ -d "$src/../shared/seeds" ] && corpora+=("$(cd "$src/../shared/seeds" && pwd)")
# Under ASan or valgrind (KG_SLOW_RUN) every run is many times slower: one
# corpus and three formats there; the whole matrix runs in the main suite.
if [ -n "${KG_SLOW_RUN:-}" ]; then
  corpora=("$src/examples")
  formats="jsonld dot svg"
fi
for dir in "${corpora[@]}"; do
  corpus=$(basename "$dir")
  rm -rf "$work"/ref "$work"/v-*
  copy "$dir" 0
  build ref --jobs 1 "$work/corpus"
  [ -s "$work/ref/graph.jsonld" ] || { echo "FAIL $corpus: no output"; exit 1; }
  build v-again --jobs 1 "$work/corpus"
  same ref v-again
  for j in 2 4; do
    build "v-jobs$j" --jobs "$j" "$work/corpus"
    same ref "v-jobs$j"
  done
  # The files named one by one: sorted, reversed, shuffled.  The data is
  # the folder's; a diagram's title names the paths given, so diagrams are
  # compared among these three.
  mapfile -t files < <(find "$work/corpus" -type f | sort)
  build v-files --jobs 2 "${files[@]}"
  data=(partial.jsonld)
  for f in $formats; do case $f in jsonld|graphml|nt) data+=("graph.$f") ;; esac; done
  same ref v-files "${data[@]}"
  mapfile -t reversed < <(printf '%s\n' "${files[@]}" | sort -r)
  build v-files-reversed --jobs 2 "${reversed[@]}"
  same v-files v-files-reversed
  mapfile -t shuffled < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes))
  build v-files-shuffled --jobs 4 "${shuffled[@]}" "${files[0]}"
  same v-files v-files-shuffled
  # The folder made again with its files created in reverse order, so
  # readdir lists them differently; and named with ./ and a trailing slash.
  copy "$dir" 1
  build v-recreated --jobs 2 "$work/corpus"
  same ref v-recreated
  # Relative paths name documents as given: "corpus" and "./corpus/" agree.
  (cd "$work" && build v-relative --jobs 1 corpus)
  (cd "$work" && build v-relative-dot --jobs 2 ./corpus/)
  same v-relative v-relative-dot
  # Moved to another name and back: the same path, a new inode.
  mv "$work/corpus" "$work/moved" && cp -r "$work/moved" "$work/corpus" && rm -rf "$work/moved"
  build v-moved --jobs 4 "$work/corpus"
  same ref v-moved
done
exit $fail
