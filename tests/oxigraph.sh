#!/bin/bash
# SPDX-License-Identifier: MIT
# oxigraph.sh: kgraph's JSON-LD is read by jsonld.js (to N-Quads, offline, in
# safe mode) and by Oxigraph 0.5 (application/ld+json), which answers "who
# founded what" in SPARQL; the N-Triples export must canonicalise to the same
# dataset.  Versions are pinned by tests/node/package-lock.json.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
node_dir="$KG_SOURCE_DIR/tests/node"
npm_install "$node_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.jsonld" -o "$tmp/g.nt"
node "$node_dir/check-rdf.js" "$tmp/g.jsonld" "$tmp/g.nq" "$tmp/g.nt" >"$tmp/out"
cat "$tmp/out"
grep -qx $'Elon Musk\tfounded\tOpenAI' "$tmp/out"
grep -qx $'Sam Altman\tfounded\tOpenAI' "$tmp/out"
grep -qx 'n-triples equal' "$tmp/out"
test "$(grep -c $'\tfounded\t' "$tmp/out")" -eq 2

seeds="$KG_SOURCE_DIR/../shared/seeds"
if [ -d "$seeds" ]; then
  "$KGRAPH" build "$seeds" -o "$tmp/seeds.jsonld" -o "$tmp/seeds.nt"
  node "$node_dir/check-rdf.js" "$tmp/seeds.jsonld" "$tmp/seeds.nq" "$tmp/seeds.nt" | head -3
fi
