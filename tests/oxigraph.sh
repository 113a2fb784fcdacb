#!/bin/bash
# SPDX-License-Identifier: MIT
# oxigraph.sh: kgraph's JSON-LD is read by jsonld.js (to N-Quads, offline, in
# safe mode) and by Oxigraph 0.5 (application/ld+json), which answers "who
# founded what" in SPARQL (also with the query of docs/import.md); the
# N-Triples export must canonicalise to the same dataset.  Versions are pinned by tests/node/package-lock.json.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
node_dir="$KG_SOURCE_DIR/tests/node"
npm_install "$node_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.jsonld" -o "$tmp/g.nt"
sed -n '/^```sparql$/,/^```$/p' "$KG_SOURCE_DIR/docs/import.md" | sed '1d;$d' > "$tmp/doc.rq"
[ -s "$tmp/doc.rq" ] || { echo "no sparql block in docs/import.md"; exit 1; }
export KG_QUERY_FILE="$tmp/doc.rq"
node "$node_dir/check-rdf.js" "$tmp/g.jsonld" "$tmp/g.nq" "$tmp/g.nt" >"$tmp/out"
cat "$tmp/out"
grep -qx $'Elon Musk\tfounded\tOpenAI' "$tmp/out"
grep -qx $'Sam Altman\tfounded\tOpenAI' "$tmp/out"
grep -qx 'n-triples equal' "$tmp/out"
test "$(grep -c $'\tfounded\t' "$tmp/out")" -eq 2
# The query of docs/import.md gives the same founders, with their counts.
test "$(grep -c '^doc'$'\t' "$tmp/out")" -eq 2
grep -q $'^doc\tElon Musk\tOpenAI\t[1-9]' "$tmp/out"
grep -q $'^doc\tSam Altman\tOpenAI\t[1-9]' "$tmp/out"

seeds="$KG_SOURCE_DIR/../shared/seeds"
if [ -d "$seeds" ]; then
  "$KGRAPH" build "$seeds" -o "$tmp/seeds.jsonld" -o "$tmp/seeds.nt"
  node "$node_dir/check-rdf.js" "$tmp/seeds.jsonld" "$tmp/seeds.nq" "$tmp/seeds.nt" | head -3
fi
