#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# render.sh: how long `kgraph render` takes to draw graphs of growing size,
# made by bench/make-graph.py: the default view (the 80 most connected
# entities) and --all, as SVG; the engine kgraph picked and the number of
# nodes drawn.
#
# usage: bench/render.sh [--sizes "80 300 3000"] [--runs N] [KGRAPH]
# Prints one line per graph and view: median seconds of --runs runs, peak RSS.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sizes="80 300 1000 3000 5000"; runs=3; kgraph="$here/build/kgraph"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift ;;
    --runs) runs=$2; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) kgraph=$1 ;;
  esac
  shift
done
for tool in /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (apt-get install time python3)" >&2; exit 1; }
done
[ -x "$kgraph" ] || { echo "render.sh: $kgraph: not built" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-render.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $("$kgraph" --version 2>/dev/null | head -1 || true)"
printf '%-8s %-8s %-7s %7s %7s %9s %9s\n' entities view engine nodes edges seconds "MB RSS"
for n in $sizes; do
  python3 "$here/bench/make-graph.py" "$n" "$work/g.jsonld"
  for view in default all; do
    args=(); [ "$view" = all ] && args=(--all)
    secs=() rss=()
    for _ in $(seq "$runs"); do
      /usr/bin/time -f '%e %M' -o "$work/time" "$kgraph" render "$work/g.jsonld" "${args[@]}" \
        -o "$work/g.svg" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
      read -r s m < "$work/time"; secs+=("$s"); rss+=("$m")
    done
    ms=$(printf '%s\n' "${secs[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
    mr=$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
    "$kgraph" render "$work/g.jsonld" "${args[@]}" -o "$work/g.dot" 2>/dev/null
    engine=$(grep -m1 -o 'layout=[a-z]*' "$work/g.dot" | cut -d= -f2)
    nodes=$(grep -c '<g id="node' "$work/g.svg" || true)
    edges=$(grep -c '<g id="edge' "$work/g.svg" || true)
    printf '%-8s %-8s %-7s %7s %7s %9s %9.1f\n' "$n" "$view" "$engine" "$nodes" "$edges" "$ms" \
      "$(echo "$mr / 1024" | bc -l)"
  done
done
