// SPDX-License-Identifier: MIT
// check-rdf.js: reads a kgraph JSON-LD export with two real processors.
// jsonld.js converts it to N-Quads (safe mode: any term it would drop is an
// error; remote contexts are refused), Oxigraph loads application/ld+json and
// answers "who founded what" in SPARQL.  With a third argument (kgraph's
// N-Triples of the same graph), both canonical forms must be equal.
// usage: node check-rdf.js GRAPH.jsonld OUT.nq [GRAPH.nt]
// prints: "quads N", then one "WHO\tfounded\tWHAT" line per answer; with
// KG_QUERY_FILE (the SPARQL of docs/import.md), "doc\tWHO\tWHAT\tN" lines.
"use strict";
const fs = require("fs");
const jsonld = require("jsonld");
const oxigraph = require("oxigraph");

const offline = async (url) => {
  throw new Error(`remote context refused (offline): ${url}`);
};

async function main() {
  const [file, nqOut, ntFile] = process.argv.slice(2);
  const text = fs.readFileSync(file, "utf8");
  const nquads = await jsonld.toRDF(JSON.parse(text), {
    format: "application/n-quads",
    documentLoader: offline,
    safe: true,
  });
  fs.writeFileSync(nqOut, nquads);
  const store = new oxigraph.Store();
  store.load(text, { format: "application/ld+json" });
  const n = nquads.split("\n").filter((l) => l.trim() !== "").length;
  if (store.size !== n)
    throw new Error(`Oxigraph holds ${store.size} quads, jsonld.js made ${n}`);
  console.log(`quads ${n}`);
  const query = `PREFIX kg: <https://w3id.org/kgraph/ns#>
    PREFIX schema: <http://schema.org/>
    SELECT ?who ?what WHERE {
      ?s kg:founded ?o . ?s schema:name ?who . ?o schema:name ?what .
      FILTER (lang(?who) = "en" && lang(?what) = "en")
    } ORDER BY ?who ?what`;
  for (const row of store.query(query))
    console.log(`${row.get("who").value}\tfounded\t${row.get("what").value}`);
  // The query of docs/import.md, when the test passes it.
  if (process.env.KG_QUERY_FILE) {
    const doc = fs.readFileSync(process.env.KG_QUERY_FILE, "utf8");
    for (const row of store.query(doc))
      console.log(`doc\t${row.get("who").value}\t${row.get("what").value}\t${row.get("sentences").value}`);
  }
  if (ntFile) {
    const opts = { algorithm: "RDFC-1.0", inputFormat: "application/n-quads",
                   format: "application/n-quads" };
    const a = await jsonld.canonize(nquads, opts);
    const b = await jsonld.canonize(fs.readFileSync(ntFile, "utf8"), opts);
    if (a !== b) throw new Error("the N-Triples differ from the JSON-LD's triples");
    console.log("n-triples equal");
  }
}

main().catch((e) => {
  console.error(`check-rdf: ${e.message}`);
  process.exit(1);
});
