#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""score.py GOLD.json OUT.jsonld: kgraph's own scorer for its gold readings
(tests/gold/*.gold.json), so the regression tests run where the evaluation
kit in ../shared is absent.  It reads the export as RDF with rdflib and
prints one JSON object: entity and relation precision and recall, duplicate
nodes, noise entities.  Entities match a gold entity through any of their
names (case, spaces, hyphens and dots ignored); a second node for one gold
entity counts against precision; optional gold items neither add nor take
away; symmetric predicates match either way round."""
import json
import re
import sys
import unicodedata

import rdflib
from rdflib.namespace import RDF, RDFS

SDO = "http://schema.org/"
KG = "https://w3id.org/kgraph/ns#"
TYPES = {"Person", "Organization", "AIModel", "Hardware", "Project"}
SYMMETRIC = {"partner_of", "competes_with"}
VOCAB = {"founded", "ceo_of", "works_at", "invested_in", "acquired", "offered_to_acquire", "sued",
         "developed", "uses", "partner_of", "competes_with", "supplies", "owns", "part_of"}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"[\s\-_.·'\"‘’“”()]", "", s)


def snake(name):
    name = {"leads": "ceoOf"}.get(name, name)
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def local(iri):
    return re.split(r"[#/]", str(iri))[-1]


def main(gold_path, out_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = rdflib.Graph()
    g.parse(out_path, format="json-ld")
    names, kinds = {}, {}
    for s, t in g.subject_objects(RDF.type):
        if local(t) in TYPES:
            kinds[s] = {"AIModel": "Model"}.get(local(t), local(t))
            names[s] = {str(o) for p in (rdflib.URIRef(SDO + "name"),
                                         rdflib.URIRef(SDO + "alternateName"), RDFS.label)
                        for o in g.objects(s, p)}
    index = {}
    for e in gold["entities"]:
        for n in e["names"]:
            index.setdefault(norm(n), e["id"])
    optional = {e["id"] for e in gold["entities"] if e.get("optional")}
    noise = [norm(n) for n in gold.get("noise", [])]
    node_of, unmatched, noisy = {}, [], []
    for node, ns in sorted(names.items()):
        ids = sorted({index[norm(n)] for n in ns if norm(n) in index})
        if ids:
            node_of[node] = ids[0]
        else:
            unmatched.append(sorted(ns)[0] if ns else str(node))
            if any(z and z in norm(n) for n in ns for z in noise):
                noisy.append(sorted(ns)[0])
    per = {}
    for node, gid in node_of.items():
        per.setdefault(gid, []).append(node)
    dups = {k: len(v) for k, v in per.items() if len(v) > 1}
    required = [e["id"] for e in gold["entities"] if not e.get("optional")]
    gtype = {e["id"]: e["type"] for e in gold["entities"]}
    same = {"Product": {"Model", "Product"}, "Model": {"Model", "Product"}}
    typed = [k for k, nodes in per.items()
             if any(kinds[n] in same.get(gtype[k], {gtype[k]}) for n in nodes)]
    tp = sum(1 for k in per if k not in optional)
    fp = len(unmatched) + sum(n - 1 for n in dups.values())

    def key(s, p, o):
        return (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)

    gold_rel = {}
    for i, r in enumerate(gold["relations"]):
        for p in (r["p"] if isinstance(r["p"], list) else [r["p"]]):
            gold_rel.setdefault(key(r["s"], p, r["o"]), []).append(i)
    hit, false, seen = set(), [], set()
    for s, p, o in g:
        if s not in names or o not in names or not str(p).startswith(KG):
            continue
        pred = snake(local(p))
        if pred not in VOCAB:
            continue
        k = key(node_of.get(s), pred, node_of.get(o))
        if k in seen:
            continue
        seen.add(k)
        if k in gold_rel:
            hit.update(gold_rel[k])
        else:
            false.append("%s -%s-> %s" % (node_of.get(s, sorted(names[s])[0]), local(p),
                                          node_of.get(o, sorted(names[o])[0])))
    req = [i for i, r in enumerate(gold["relations"]) if not r.get("optional")]
    tp_rel = sum(1 for i in req if i in hit)
    opt_hit = len(hit) - tp_rel
    print(json.dumps({
        "entity_precision": round(tp / max(1, tp + fp), 3),
        "entity_recall": round(sum(1 for k in required if k in per) / max(1, len(required)), 3),
        "type_accuracy": round(len(typed) / max(1, len(per)), 3),
        "duplicate_nodes": dups, "noise_entities": noisy,
        "unmatched_entities": sorted(unmatched),
        "missed_entities": [k for k in required if k not in per],
        "relation_precision": round((tp_rel + opt_hit) / max(1, tp_rel + opt_hit + len(false)), 3),
        "relation_recall": round(tp_rel / max(1, len(req)), 3),
        "false_relations": sorted(false),
    }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1])
