#!/bin/bash
# SPDX-License-Identifier: MIT
# relations-gold.sh: the relation figures of examples/, tests/dev/ and
# tests/holdout/ against their gold readings (tests/score.py, the project's
# own scorer), and of the seed articles against the evaluation kit's when
# ../shared is there.  Each threshold sits just below what kgraph reaches,
# so a change that loses relations, or makes false ones, fails here.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
need_python rdflib
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# check NAME SCORER GOLD DIR MIN_P MIN_R
check () {
  "$KGRAPH" build -q "$4" -o "$tmp/$1.jsonld"
  "$py" "$2" "$3" "$tmp/$1.jsonld" --json > "$tmp/$1.json" 2>/dev/null \
    || "$py" "$2" "$3" "$tmp/$1.jsonld" > "$tmp/$1.json"
  "$py" - "$1" "$tmp/$1.json" "$5" "$6" <<'PY' || fail=1
import json, sys
name, path, p, r = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
s = json.load(open(path))
gp, gr = s["relation_precision"], s["relation_recall"]
print("%s: relations P %.2f R %.2f (at least %.2f, %.2f)" % (name, gp, gr, p, r))
if gp < p:
    print("%s: precision fell; false relations: %s" % (name, s["false_relations"]))
if gr < r:
    print("%s: recall fell" % name)
sys.exit(1 if gp < p or gr < r else 0)
PY
}

own=$KG_SOURCE_DIR/tests/score.py
check examples "$own" "$KG_SOURCE_DIR/tests/gold/examples.gold.json" "$KG_SOURCE_DIR/examples" 0.97 0.60
check dev "$own" "$KG_SOURCE_DIR/tests/gold/dev.gold.json" "$KG_SOURCE_DIR/tests/dev" 0.97 0.60
check holdout "$own" "$KG_SOURCE_DIR/tests/gold/holdout.gold.json" "$KG_SOURCE_DIR/tests/holdout" 0.95 0.52

kit=$KG_SOURCE_DIR/../shared/eval
if [ -f "$kit/score.py" ] && [ -d "$KG_SOURCE_DIR/../shared/seeds" ]; then
  check seeds "$kit/score.py" "$kit/seeds.gold.json" "$KG_SOURCE_DIR/../shared/seeds" 0.92 0.90
else
  echo "seeds: ../shared is not there, not scored"
fi
exit $fail
