#!/bin/bash
# SPDX-License-Identifier: MIT
# entities-gold.sh: the entity figures of `kgraph build examples/`, scored
# with the project's own tests/score.py against tests/gold/examples.gold.json,
# stay at or above the levels they have reached (set just below, so a
# regression fails); the seed articles too, with ../shared/eval/score.py,
# when ../shared is there.  Discovered entities carry kg:discovered, and
# --no-discovery leaves none.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
py=/usr/bin/python3
score=$KG_SOURCE_DIR/../shared/eval/score.py
. "$KG_SOURCE_DIR/tests/lib.sh"
need_python rdflib

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check NAME GOLD OUT.jsonld MIN_P MIN_R MIN_TYPES [SCORER]
check () {
  "$py" "${7:-$KG_SOURCE_DIR/tests/score.py}" "$2" "$3" --json > "$tmp/$1.json"
  "$py" - "$1" "$tmp/$1.json" "$4" "$5" "$6" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
p, r, t = (float(x) for x in sys.argv[3:6])
s = json.load(open(path))
got = (s["entity_precision"], s["entity_recall"], s["type_accuracy"])
print("%s: entities P %.2f R %.2f types %.2f dups %d noise %d" % (
    name, got[0], got[1], got[2], len(s["duplicate_nodes"]), len(s["noise_entities"])))
bad = []
if got[0] < p: bad.append("precision %.3f < %.2f (unmatched: %s)" % (got[0], p, s["unmatched_entities"]))
if got[1] < r: bad.append("recall %.3f < %.2f (missed: %s)" % (got[1], r, s["missed_entities"]))
if got[2] < t: bad.append("type accuracy %.3f < %.2f" % (got[2], t))
if s["duplicate_nodes"]: bad.append("duplicate nodes: %s" % s["duplicate_nodes"])
if s["noise_entities"]: bad.append("noise entities: %s" % s["noise_entities"])
for b in bad:
    print("%s: %s" % (name, b))
sys.exit(1 if bad else 0)
PY
}

"$KGRAPH" build -q -j 2 "$KG_SOURCE_DIR/examples" -o "$tmp/examples.jsonld"
check examples "$KG_SOURCE_DIR/tests/gold/examples.gold.json" "$tmp/examples.jsonld" 0.97 0.97 0.97
for set in dev holdout; do
  "$KGRAPH" build -q -j 2 "$KG_SOURCE_DIR/tests/$set" -o "$tmp/$set.jsonld"
done
check dev "$KG_SOURCE_DIR/tests/gold/dev.gold.json" "$tmp/dev.jsonld" 0.95 0.95 0.97
check holdout "$KG_SOURCE_DIR/tests/gold/holdout.gold.json" "$tmp/holdout.jsonld" 0.97 0.85 0.97

seeds=$KG_SOURCE_DIR/../shared/seeds
if [ -d "$seeds" ] && [ -f "$KG_SOURCE_DIR/../shared/eval/seeds.gold.json" ] && [ -f "$score" ]; then
  "$KGRAPH" build -q -j 2 "$seeds" -o "$tmp/seeds.jsonld"
  check seeds "$KG_SOURCE_DIR/../shared/eval/seeds.gold.json" "$tmp/seeds.jsonld" 0.95 0.98 0.97 "$score"
fi

# discovered entities are flagged; without discovery there are none
grep -q '"kg:discovered": true' "$tmp/examples.jsonld" \
  || { echo "no entity of examples/ is flagged as discovered"; exit 1; }
"$KGRAPH" build -q --no-discovery "$KG_SOURCE_DIR/examples" -o "$tmp/plain.jsonld"
if grep -q '"kg:discovered": true' "$tmp/plain.jsonld"; then
  echo "--no-discovery still discovers entities"
  exit 1
fi
echo "entities-gold: ok"
