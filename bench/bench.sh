#!/usr/bin/env bash
# bench.sh: kgraph's speed and memory against the floors of ripgrep (the
# matching alone, with kgraph's own alias list) and cat | wc -c (the I/O).
#
# usage: bench/bench.sh [--seeds] [--mb N] [--files N] [--runs N] [KGRAPH]
#   --seeds   build the corpus from ../shared/seeds instead of examples/
# Prints MB/s and peak RSS (median of --runs runs) for each command, the
# ratio kgraph / ripgrep, and the --jobs 2 speed-up.  Needs rg and GNU time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src="$here/examples"; mb=100; files=2000; runs=3; kgraph="$here/build/kgraph"
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) src="$here/../shared/seeds" ;;
    --mb) mb=$2; shift ;;
    --files) files=$2; shift ;;
    --runs) runs=$2; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) kgraph=$1 ;;
  esac
  shift
done
for tool in rg /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install ripgrep time python3)" >&2; exit 1; }
done
[ -x "$kgraph" ] || { echo "bench: $kgraph: not built" >&2; exit 1; }
[ -d "$src" ] || { echo "bench: $src: no such folder" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
python3 "$here/bench/make-corpus.py" "$src" "$corpus" "$mb" "$files"
bytes=$(cat "$corpus"/* | wc -c)
"$kgraph" lexicon --aliases > "$work/aliases.txt"
echo "corpus: $(basename "$src") x $files files, $bytes bytes; $(wc -l < "$work/aliases.txt") aliases"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

# run NAME CMD...: runs CMD $runs times under GNU time; prints the median.
run() {
  local name=$1; shift
  local i secs=() rss=()
  for i in $(seq "$runs"); do
    sync; /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
      echo "bench: $name failed:" >&2; cat "$work/err" >&2; exit 1; }
    read -r s m < "$work/time"; secs+=("$s"); rss+=("$m")
  done
  local ms mr
  ms=$(printf '%s\n' "${secs[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-22s %8.2f s %9.1f MB/s %8.1f MB peak RSS\n' "$name" "$ms" \
    "$(echo "$bytes / 1000000 / ($ms + 0.0001)" | bc -l)" "$(echo "$mr / 1024" | bc -l)"
  eval "t_${name//[^a-z0-9]/_}=$ms"
}
command -v bc >/dev/null || { echo "bench: bc is missing (apt-get install bc)" >&2; exit 1; }
run "cat|wc" sh -c "cat '$corpus'/* | wc -c"
run "rg-j1" rg -j1 -F -o -f "$work/aliases.txt" "$corpus"
run "kgraph-j1" "$kgraph" build --quiet --jobs 1 "$corpus" -o "$work/j1.jsonld"
run "kgraph-j2" "$kgraph" build --quiet --jobs 2 "$corpus" -o "$work/j2.jsonld"
cmp -s "$work/j1.jsonld" "$work/j2.jsonld" && same=yes || same=NO
printf 'kgraph-j1 / rg-j1:     %.2fx\n' "$(echo "$t_kgraph_j1 / $t_rg_j1" | bc -l)"
printf 'jobs 2 speed-up:       %.2fx\n' "$(echo "$t_kgraph_j1 / $t_kgraph_j2" | bc -l)"
echo "jobs 1 and 2 identical: $same"
