#!/bin/bash
# SPDX-License-Identifier: MIT
# networkx.sh: the GraphML export is read by Debian's python3-networkx with
# the node and edge counts kgraph states in its JSON-LD, typed attributes
# (mentions an int, discovered a bool) and text with markup and control
# characters intact or removed, never breaking the XML.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
/usr/bin/python3 -c 'import networkx' 2>/dev/null || { echo "no python3-networkx"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check_graphml () {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1], force_multigraph=True)
doc = json.load(open(sys.argv[2], encoding="utf-8"))
head = next(n for n in doc["@graph"] if n.get("@type") == "kg:Graph")
want_n, want_e = head["kg:entityCount"], head["kg:relationCount"]
if (G.number_of_nodes(), G.number_of_edges()) != (want_n, want_e):
    sys.exit("networkx.sh: networkx sees %d nodes, %d edges; kgraph wrote %d, %d"
             % (G.number_of_nodes(), G.number_of_edges(), want_n, want_e))
if not G.is_directed():
    sys.exit("networkx.sh: graph is not directed")
for n, d in G.nodes(data=True):
    if not isinstance(d.get("mentions"), int) or not isinstance(d.get("discovered"), bool):
        sys.exit("networkx.sh: node %s lacks typed mentions/discovered: %r" % (n, d))
    if not d.get("type") or not d.get("label"):
        sys.exit("networkx.sh: node %s lacks type or label" % n)
for s, o, d in G.edges(data=True):
    if not d.get("predicate") or not isinstance(d.get("evidence_count"), int):
        sys.exit("networkx.sh: edge %s->%s lacks predicate/evidence_count" % (s, o))
print("networkx: %d nodes, %d edges" % (want_n, want_e))
PY
}

"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.graphml" -o "$tmp/g.jsonld"
check_graphml "$tmp/g.graphml" "$tmp/g.jsonld"
# The fixture's evidence holds markup and a control character.
grep -q '&lt;b&gt;' "$tmp/g.graphml"
if LC_ALL=C grep -q $'\x01' "$tmp/g.graphml"; then echo "control character in GraphML"; exit 1; fi

seeds="$KG_SOURCE_DIR/../shared/seeds"
if [ -d "$seeds" ]; then
  "$KGRAPH" build "$seeds" -o "$tmp/seeds.graphml" -o "$tmp/seeds.jsonld"
  check_graphml "$tmp/seeds.graphml" "$tmp/seeds.jsonld"
fi
