#!/bin/bash
# SPDX-License-Identifier: MIT
# networkx.sh: the GraphML export is read by Debian's python3-networkx with
# the node and edge counts kgraph states in its JSON-LD, each node's type,
# mentions and names and each edge's predicate and evidence count as in the
# JSON-LD, typed attributes
# (mentions an int, discovered a bool) and text with markup and control
# characters intact or removed, never breaking the XML.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
need_python networkx
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
# Entity by entity and relation by relation, the same as kgraph's JSON-LD.
E = "https://w3id.org/kgraph/entity/"
types = {"Person": "person", "Organization": "organization", "kg:AIModel": "model",
         "kg:Hardware": "hardware", "kg:Project": "project"}
want_nodes, want_edges = {}, {}
for n in doc["@graph"]:
    if n.get("@type") == "rdf:Statement":
        key = (n["rdf:subject"][len(E):], n["rdf:predicate"][len("kg:"):], n["rdf:object"][len(E):])
        want_edges[key] = n["kg:evidenceCount"]
    elif n.get("@id", "").startswith(E):
        names = n.get("alternateName", [])
        want_nodes[n["@id"][len(E):]] = (types[n["@type"]], n["kg:mentions"],
                                        sorted(names if isinstance(names, list) else [names]))
got_nodes = {k: (d["type"], d["mentions"], sorted(d.get("names", "").split(" | ")) if d.get("names") else [])
             for k, d in G.nodes(data=True)}
if got_nodes != want_nodes:
    bad = sorted(k for k in set(got_nodes) | set(want_nodes) if got_nodes.get(k) != want_nodes.get(k))
    sys.exit("networkx.sh: nodes differ from the JSON-LD, e.g. %s: %r vs %r"
             % (bad[0], got_nodes.get(bad[0]), want_nodes.get(bad[0])))
got_edges = {(s, d["predicate"], o): d["evidence_count"] for s, o, d in G.edges(data=True)}
if got_edges != want_edges:
    bad = sorted(k for k in set(got_edges) | set(want_edges) if got_edges.get(k) != want_edges.get(k))
    sys.exit("networkx.sh: edges differ from the JSON-LD, e.g. %s: %r vs %r"
             % (bad[0], got_edges.get(bad[0]), want_edges.get(bad[0])))
print("networkx: %d nodes, %d edges; types, mentions, names, predicates and evidence counts match"
      % (want_n, want_e))
PY
}

"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.graphml" -o "$tmp/g.jsonld"
check_graphml "$tmp/g.graphml" "$tmp/g.jsonld"
# The fixture's evidence holds markup and a control character.
grep -q '&lt;b&gt;' "$tmp/g.graphml"
if LC_ALL=C grep -q $'\x01' "$tmp/g.graphml"; then echo "control character in GraphML"; exit 1; fi

# A generated graph of 300 entities, a third of them without relations.
python3 "$KG_SOURCE_DIR/bench/make-graph.py" 300 "$tmp/gen.jsonld"
"$KGRAPH" render "$tmp/gen.jsonld" -o "$tmp/gen.graphml" -o "$tmp/gen-out.jsonld"
check_graphml "$tmp/gen.graphml" "$tmp/gen-out.jsonld"

seeds="$KG_SOURCE_DIR/../shared/seeds"
if [ -d "$seeds" ]; then
  "$KGRAPH" build "$seeds" -o "$tmp/seeds.graphml" -o "$tmp/seeds.jsonld"
  check_graphml "$tmp/seeds.graphml" "$tmp/seeds.jsonld"
fi
