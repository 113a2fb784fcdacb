#!/bin/bash
# SPDX-License-Identifier: MIT
# virtuoso.sh: a real triplestore server.  Starts Debian's Virtuoso 7
# (virtuoso-opensource-7; scripts/deps.sh --test installs it without
# starting the package's own service) on 127.0.0.1, with free ports and a
# database folder of its own, bulk-loads kgraph's N-Triples of a graph
# (ld_dir + rdf_loader_run), asks the "who founded what" query of
# docs/import.md over the /sparql HTTP endpoint with curl, and checks the
# answer against rdflib's for the same file.  Stops the server by its PID.
# Graph: the seed articles when ../shared is there, else examples/.
# isql-vt exits 0 even when a statement fails, so its output is searched
# for errors, and the load list for failed files.
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
# A missing tool skips (77), unless scripts/test.sh asks for every test.
skip() { echo "skip: $1 (scripts/deps.sh --test)"; [ -n "${KG_REQUIRE_ALL:-}" ] && exit 1; exit 77; }
server=$(command -v virtuoso-t || true)
isql=$(command -v isql-vt || true)
[ -n "$server" ] && [ -n "$isql" ] || skip "no virtuoso-t/isql-vt"
command -v curl >/dev/null || skip "no curl"
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || skip "no python3-rdflib"

work=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-virtuoso.XXXXXX")
pid=""
stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

src="$KG_SOURCE_DIR/../shared/seeds"
[ -d "$src" ] || src="$KG_SOURCE_DIR/examples"
mkdir -p "$work/db" "$work/load"
"$KGRAPH" build --quiet "$src" -o "$work/load/graph.nt"
triples=$(grep -c . "$work/load/graph.nt")

# Two free ports on 127.0.0.1 (the package's defaults, 1111 and 8890, may be taken).
read -r sql_port http_port < <(/usr/bin/python3 - <<'PY'
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
PY
)
cat > "$work/virtuoso.ini" <<EOF
[Database]
DatabaseFile    = $work/db/virtuoso.db
ErrorLogFile    = $work/db/virtuoso.log
LockFile        = $work/db/virtuoso.lck
TransactionFile = $work/db/virtuoso.trx
xa_persistent_file = $work/db/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
Striping        = 0
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $work/db/virtuoso-temp.db
TransactionFile = $work/db/virtuoso-temp.trx
[Parameters]
ServerPort      = 127.0.0.1:$sql_port
DisableUnixSocket = 1
CaseMode        = 2
DirsAllowed     = ., $work/load
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort      = 127.0.0.1:$http_port
ServerRoot      = $work/db
ServerThreads   = 4
Charset         = UTF-8
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
EOF

(cd "$work/db" && exec "$server" +configfile "$work/virtuoso.ini" +foreground) >"$work/server.out" 2>&1 &
pid=$!

sql() {
  local out
  out=$("$isql" "127.0.0.1:$sql_port" dba dba "exec=$1" 2>&1) || true
  if printf '%s\n' "$out" | grep -qE '\*\*\* Error|^Error |SQ[0-9]{3}|Connect failed'; then
    echo "virtuoso.sh: isql-vt failed on: $1" >&2
    printf '%s\n' "$out" >&2
    return 1
  fi
  printf '%s\n' "$out"
}

# A new database takes a few seconds to create.
up=""
for _ in $(seq 120); do
  kill -0 "$pid" 2>/dev/null || break
  if "$isql" "127.0.0.1:$sql_port" dba dba "exec=status();" >/dev/null 2>&1 \
     && curl -sf -o /dev/null "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D"; then
    up=1
    break
  fi
  sleep 0.5
done
if [ -z "$up" ]; then
  echo "virtuoso.sh: the server did not come up on 127.0.0.1:$sql_port/$http_port"
  tail -20 "$work/server.out" "$work/db/virtuoso.log" 2>/dev/null
  exit 1
fi
# Listening on loopback only.
if command -v ss >/dev/null; then
  ss -ltnp 2>/dev/null | grep "pid=$pid," | grep -vq '127.0.0.1:' && {
    echo "virtuoso.sh: the server listens beyond 127.0.0.1"; ss -ltnp | grep "pid=$pid,"; exit 1; }
fi

graph_iri="https://w3id.org/kgraph/graph/test"
sql "ld_dir('$work/load', 'graph.nt', '$graph_iri');" >/dev/null
sql "rdf_loader_run();" >/dev/null
sql "checkpoint;" >/dev/null
# Every listed file loaded (ll_state 2) without an error.
failed=$(sql "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_state <> 2 OR ll_error IS NOT NULL;" |
         awk '/^[0-9]+$/ { print; exit }')
[ "$failed" = "0" ] || { echo "virtuoso.sh: $failed files failed to load:";
  sql "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST;"; exit 1; }

sparql() {
  curl -sf -G "http://127.0.0.1:$http_port/sparql" \
    --data-urlencode "default-graph-uri=$graph_iri" --data-urlencode "query=$1" \
    -H 'Accept: application/sparql-results+json'
}
loaded=$(sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' |
         /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["results"]["bindings"][0]["n"]["value"])')
[ "$loaded" = "$triples" ] || { echo "virtuoso.sh: Virtuoso holds $loaded triples, the file has $triples"; exit 1; }

# Hangul survives the loader: the Korean names are those of the file.
sparql 'SELECT ?v WHERE { ?s <http://schema.org/name> ?v FILTER (lang(?v) = "ko") }' > "$work/ko.json"
/usr/bin/python3 - "$work/ko.json" "$work/load/graph.nt" <<'PY'
import json, sys
import rdflib
got = sorted(b["v"]["value"] for b in json.load(open(sys.argv[1], encoding="utf-8"))["results"]["bindings"])
g = rdflib.Graph()
g.parse(sys.argv[2], format="nt")
want = sorted(str(o) for o in g.objects(None, rdflib.URIRef("http://schema.org/name")) if o.language == "ko")
if not want or got != want:
    sys.exit("virtuoso.sh: Korean names differ: %r vs %r" % (sorted(set(got) ^ set(want))[:5], len(want)))
PY

query=$(sed -n '/^```sparql$/,/^```$/p' "$KG_SOURCE_DIR/docs/import.md" | sed '1d;$d')
[ -n "$query" ] || { echo "virtuoso.sh: no sparql block in docs/import.md"; exit 1; }
sparql "$query" > "$work/answer.json"
/usr/bin/python3 - "$work/answer.json" "$work/load/graph.nt" "$query" <<'PY'
import json, sys
import rdflib
answer = json.load(open(sys.argv[1], encoding="utf-8"))
cols = answer["head"]["vars"]
got = [tuple(b[c]["value"] for c in cols) for b in answer["results"]["bindings"]]
g = rdflib.Graph()
g.parse(sys.argv[2], format="nt")
want = [tuple(str(v) for v in row) for row in g.query(sys.argv[3])]
if not want:
    sys.exit("virtuoso.sh: rdflib finds no founder in the graph")
if got != want:
    print("Virtuoso:", got[:5])
    print("rdflib:  ", want[:5])
    sys.exit("virtuoso.sh: Virtuoso and rdflib answer differently")
for row in got:
    print("\t".join(row))
print("virtuoso: %d founders, same as rdflib" % len(got))
PY
echo "virtuoso: loaded $loaded triples on 127.0.0.1:$http_port"
