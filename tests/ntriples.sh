#!/bin/bash
# SPDX-License-Identifier: MIT
# ntriples.sh: rdflib reads kgraph's N-Triples and gets exactly the triples
# (up to blank node names) that it reads from kgraph's JSON-LD of the same
# graph; tricky literals (quotes, backslashes, newlines, control characters,
# Hangul) survive the N-Triples escaping.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
need_python rdflib
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

compare () {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
import rdflib
from rdflib.compare import to_isomorphic, graph_diff
a = rdflib.Graph(); a.parse(sys.argv[1], format="json-ld")
b = rdflib.Graph(); b.parse(sys.argv[2], format="nt")
if len(a) == 0 or to_isomorphic(a) != to_isomorphic(b):
    both, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    for t in sorted(only_a)[:5]: print("only in JSON-LD:", t)
    for t in sorted(only_b)[:5]: print("only in N-Triples:", t)
    sys.exit("ntriples.sh: %d vs %d triples, not the same graph" % (len(a), len(b)))
print("ntriples: %d triples, same as the JSON-LD" % len(b))
PY
}

"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.jsonld" -o "$tmp/g.nt"
compare "$tmp/g.jsonld" "$tmp/g.nt"
grep -qF '\"quoted\"' "$tmp/g.nt"
grep -qF '\u0001' "$tmp/g.nt"
grep -qF '"일론 머스크"@ko' "$tmp/g.nt"
# Run to run, byte-identical.
"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g2.nt"
cmp "$tmp/g.nt" "$tmp/g2.nt"

seeds="$KG_SOURCE_DIR/../shared/seeds"
if [ -d "$seeds" ]; then
  "$KGRAPH" build "$seeds" -o "$tmp/seeds.jsonld" -o "$tmp/seeds.nt"
  compare "$tmp/seeds.jsonld" "$tmp/seeds.nt"
fi
