#!/usr/bin/env bash
# bench.sh: kgraph's speed and memory against the floors of ripgrep (the
# matching alone, with kgraph's own alias list) and cat | wc -c (the I/O).
#
# usage: bench/bench.sh [--seeds] [--mb N] [--files N] [--runs N] [KGRAPH]
#   KGRAPH    the binary to measure (default build/kgraph; build it with
#             -DCMAKE_BUILD_TYPE=Release for figures worth quoting)
#   --seeds   build the corpus from ../shared/seeds instead of examples/
# Prints, for each command, the median of --runs runs of the wall time (and
# MB/s by it), the CPU time (user + system: steadier on a shared machine)
# and the peak RSS; then the ratio kgraph / ripgrep, the --jobs 2 speed-up
# and whether both kgraph outputs are byte-identical.  Needs rg, GNU time
# and bc (apt-get install ripgrep time bc).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src="$here/examples"; mb=100; files=2000; runs=3; kgraph="$here/build/kgraph"
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) src="$here/../shared/seeds" ;;
    --mb) mb=$2; shift ;;
    --files) files=$2; shift ;;
    --runs) runs=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) kgraph=$1 ;;
  esac
  shift
done
for tool in rg /usr/bin/time python3 bc; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install ripgrep time python3 bc)" >&2; exit 1; }
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
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median of $runs runs"

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

# run NAME CMD...: runs CMD $runs times under GNU time; prints the medians.
# The peak RSS of a pipeline is that of its largest process.
run() {
  local name=$1; shift
  local i s c m secs=() cpus=() rss=()
  for i in $(seq "$runs"); do
    sync; /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
      echo "bench: $name failed:" >&2; cat "$work/err" >&2; exit 1; }
    read -r s u y m < "$work/time"
    secs+=("$s"); cpus+=("$(echo "$u + $y" | bc)"); rss+=("$m")
  done
  local ms mc mr
  ms=$(median "${secs[@]}"); mc=$(median "${cpus[@]}"); mr=$(median "${rss[@]}")
  printf '%-12s %7.2f s %8.1f MB/s %8.2f s CPU %7.1f MB peak RSS\n' "$name" "$ms" \
    "$(echo "$bytes / 1000000 / ($ms + 0.0001)" | bc -l)" "$mc" "$(echo "$mr / 1024" | bc -l)"
  eval "t_${name//[^a-z0-9]/_}=$ms; c_${name//[^a-z0-9]/_}=$mc"
}
# Warm-up: a run long enough for kgraph to compile its regex prefilter and
# keep it in $XDG_CACHE_HOME/kgraph, so no timed run pays for that.
ls "$corpus" | sed -n '1,200p' | sed "s|^|$corpus/|" | xargs "$kgraph" build --quiet --jobs 1 -o "$work/warm.jsonld"
run "cat|wc" sh -c "cat '$corpus'/* | wc -c"
# rg's matches go through a pipe, as kgraph's graph goes to a file: output
# to /dev/null lets rg stop early.
run "rg-j1" sh -c "rg -j1 -F -o -f '$work/aliases.txt' '$corpus' | wc -l"
run "kgraph-j1" "$kgraph" build --quiet --jobs 1 "$corpus" -o "$work/j1.jsonld"
run "kgraph-j2" "$kgraph" build --quiet --jobs 2 "$corpus" -o "$work/j2.jsonld"
cmp -s "$work/j1.jsonld" "$work/j2.jsonld" && same=yes || same=NO
printf 'kgraph-j1 / rg-j1:      %6.2fx wall, %6.2fx CPU\n' \
  "$(echo "$t_kgraph_j1 / $t_rg_j1" | bc -l)" "$(echo "$c_kgraph_j1 / ($c_rg_j1 + 0.001)" | bc -l)"
printf 'jobs 2 speed-up:        %6.2fx wall\n' "$(echo "$t_kgraph_j1 / $t_kgraph_j2" | bc -l)"
echo "jobs 1 and 2 identical: $same"
echo "graph: $(grep -c '"rdf:Statement"' "$work/j1.jsonld") relations, $(grep -c '"kg:mentions"' "$work/j1.jsonld") entities; rg: $(rg -j1 -F -o -f "$work/aliases.txt" "$corpus" | wc -l) alias matches"
