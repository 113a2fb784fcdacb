#!/bin/bash
# SPDX-License-Identifier: MIT
# rdflib.sh: kgraph's JSON-LD is read by rdflib (Debian's python3-rdflib):
# the fixture graph rendered through `kgraph render` gives the right typed
# entities, language-tagged names, relation triples and evidence quotes; the
# seed graph (when ../shared is there) parses in the real scorer.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
need_python rdflib
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.jsonld"
/usr/bin/python3 - "$tmp/g.jsonld" <<'PY'
import sys
import rdflib
from rdflib.namespace import RDF, XSD

KG = rdflib.Namespace("https://w3id.org/kgraph/ns#")
SDO = rdflib.Namespace("http://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
E = rdflib.Namespace("https://w3id.org/kgraph/entity/")
g = rdflib.Graph()
g.parse(sys.argv[1], format="json-ld")

def check(cond, what):
    if not cond:
        sys.exit("rdflib.sh: " + what)

types = {s: t for s, t in g.subject_objects(RDF.type)}
check(types.get(E["elon-musk"]) == SDO.Person, "elon-musk is not a schema:Person")
check(types.get(E["openai"]) == SDO.Organization, "openai is not a schema:Organization")
check(types.get(E["gpt-4"]) == KG.AIModel, "gpt-4 is not a kg:AIModel")
names = set(g.objects(E["elon-musk"], SDO.name))
check(rdflib.Literal("일론 머스크", lang="ko") in names, "no Korean name @ko")
check(rdflib.Literal("Elon Musk", lang="en") in names, "no English name @en")
check((E["elon-musk"], KG.founded, E["openai"]) in g, "no direct founded triple")
check((E["elon-musk"], SDO.sameAs,
       rdflib.URIRef("http://www.wikidata.org/entity/Q317521")) in g, "no sameAs IRI")
stmts = list(g.subjects(RDF.type, RDF.Statement))
nodes = [s for s, t in types.items() if str(t).startswith(str(KG)) or t in (SDO.Person, SDO.Organization)]
count = int(next(g.objects(None, KG.entityCount)))
ents = [s for s in types if str(s).startswith(str(E))]
check(len(ents) == count, "entity nodes %d != kg:entityCount %d" % (len(ents), count))
check(len(stmts) == int(next(g.objects(None, KG.relationCount))), "statement count")
quotes = [str(q) for q in g.objects(None, OA.exact)]
check(any('"quoted"' in q and "\\" in q for q in quotes), "quote with \" and \\ was mangled")
starts = list(g.objects(None, OA.start))
check(starts and all(s.datatype == XSD.integer for s in starts), "oa:start is not xsd:integer")
dates = {d.datatype for d in g.objects(None, KG.date)}
check(XSD.gYear in dates and XSD.gYearMonth in dates, "kg:date lacks xsd:gYear/gYearMonth")
print("rdflib: %d triples, %d entities, %d statements" % (len(g), len(ents), len(stmts)))
PY

# The SPARQL of docs/import.md: the same answer from the JSON-LD and the
# N-Triples, founders with English names and their sentence counts.
"$KGRAPH" render "$KG_SOURCE_DIR/tests/cases/rdf-small.jsonld" -o "$tmp/g.nt"
sed -n '/^```sparql$/,/^```$/p' "$KG_SOURCE_DIR/docs/import.md" | sed '1d;$d' > "$tmp/doc.rq"
/usr/bin/python3 - "$tmp/g.jsonld" "$tmp/g.nt" "$tmp/doc.rq" <<'PY'
import sys
import rdflib
query = open(sys.argv[3], encoding="utf-8").read()
if "kg:founded" not in query:
    sys.exit("rdflib.sh: docs/import.md has no who-founded-what query")
answers = []
for path, fmt in ((sys.argv[1], "json-ld"), (sys.argv[2], "nt")):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    answers.append([tuple(str(v) for v in row) for row in g.query(query)])
if answers[0] != answers[1]:
    sys.exit("rdflib.sh: JSON-LD and N-Triples answer differently: %r %r" % tuple(answers))
got = {(w, o) for w, o, n in answers[0]}
if got != {("Elon Musk", "OpenAI"), ("Sam Altman", "OpenAI")} or not all(int(n) > 0 for _, _, n in answers[0]):
    sys.exit("rdflib.sh: docs query answers %r" % answers[0])
print("rdflib: docs/import.md query:", answers[0])
PY

seeds="$KG_SOURCE_DIR/../shared/seeds"
if [ -d "$seeds" ]; then
  "$KGRAPH" build "$seeds" -o "$tmp/seeds.jsonld"
  /usr/bin/python3 "$KG_SOURCE_DIR/../shared/eval/score.py" \
    "$KG_SOURCE_DIR/../shared/eval/seeds.gold.json" "$tmp/seeds.jsonld"
fi
