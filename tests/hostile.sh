#!/bin/bash
# SPDX-License-Identifier: MIT
# hostile.sh: text from articles ends up in labels and tooltips.  Draws
# graphs full of quotes, backslashes, <script>, ]]>, <b>, entities, control
# characters and bidi overrides, and checks that the SVG is well-formed XML
# with no script element or on* attribute (python3), that the DOT re-renders
# with Graphviz's own dot into well-formed SVG, and, in headless Chromium,
# that no script ran.  Graphs: test-dot's hostile fixture, and, when the CLI
# is built, an article with lexicon names next to those strings (build, then
# render of its JSON-LD).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${KG_SOURCE_DIR:-$here/..}
build=${KG_BUILD_DIR:-$src/build}
test_dot=${KG_TEST_DOT:-$build/tests/test-dot}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$test_dot" ] || { echo "skip: no $test_dot"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# Well-formed, and nothing that could run: no script, no handler, no
# foreign element (Graphviz writes only these).
check_xml() {
  python3 - "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
allowed = {"svg", "g", "title", "text", "ellipse", "polygon", "polyline", "path", "a", "defs",
           "linearGradient", "radialGradient", "stop", "image"}
bad = []
for el in root.iter():
    tag = el.tag.split("}")[-1]
    if tag not in allowed: bad.append("element " + tag)
    for k, v in el.attrib.items():
        name = k.split("}")[-1]
        if name.lower().startswith("on"): bad.append("attribute " + name)
        if name == "href" and not v.startswith("https://www.wikidata.org/wiki/Q"): bad.append("href " + v)
texts = "".join(root.itertext())
if "\u202e" in texts or any(ord(c) < 32 and c not in "\n\t\r" for c in texts):
    bad.append("control or bidi character in text")
if bad:
    sys.exit(sys.argv[1] + ": " + "; ".join(sorted(set(bad))))
print(sys.argv[1] + ": well-formed, no active content")
EOF
}

chrome_check() {
  [ -x "$chromium" ] || { echo "(no chromium: page check skipped)"; return 0; }
  cp "$here/chromium/check.html" "$here/chromium/check.js" "$work/"
  local out
  out=$(timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --host-resolver-rules='MAP * ~NOTFOUND' --allow-file-access-from-files \
    --user-data-dir="$work/profile" --virtual-time-budget=5000 \
    --dump-dom "file://$work/check.html?svg=$(basename "$1")" 2>/dev/null | grep -o 'RESULT {.*}' | head -1)
  python3 - "${out#RESULT }" "$1" <<'EOF'
import json, sys
r = json.loads(sys.argv[1])
if "error" in r or r["pwned"] or r["scripts"] or r["handlers"] or r["parseError"] or r["nodes"] == 0:
    sys.exit(f"{sys.argv[2]}: in Chromium: {r}")
print(f"{sys.argv[2]}: in Chromium: {r['nodes']} nodes, no script ran")
EOF
}

for lang in ko en; do
  "$test_dot" --write hostile svg "$work/fixture-$lang.svg" $lang
  "$test_dot" --write hostile dot "$work/fixture-$lang.dot" $lang
  check_xml "$work/fixture-$lang.svg" || fail=1
  dot -Tsvg "$work/fixture-$lang.dot" -o "$work/fixture-$lang-redrawn.svg" || fail=1
  check_xml "$work/fixture-$lang-redrawn.svg" || fail=1
  chrome_check "$work/fixture-$lang.svg" || fail=1
done

# The harness must be able to see a script run, or "no script ran" proves
# nothing: an SVG with a script and an onload handler must be caught.
if [ -x "$chromium" ]; then
  cat > "$work/evil.svg" <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" onload="top.kgPwned=9"><g class="node"><title>x</title>
<ellipse cx="50" cy="20" rx="40" ry="15"/><text x="30" y="25">x</text></g>
<script>top.kgPwned=9</script></svg>
EOF
  if out=$(chrome_check "$work/evil.svg" 2>&1); then
    echo "FAIL: the Chromium check did not notice a script that ran: $out"; fail=1
  elif echo "$out" | grep -q "'pwned': 9"; then
    echo "evil.svg: in Chromium: the script ran and was caught (the check can fail)"
  else
    echo "FAIL: evil.svg: the script did not run, so the check proves nothing: $out"; fail=1
  fi
fi

# Labels and tooltips keep the text: after XML parsing, the SVG shows the
# hostile strings as they were written (cleaned of controls only), with no
# Graphviz escape (\N, \l, \G, &amp;) expanded.
check_texts() {
  python3 - "$@" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
texts, tips = set(), []
for el in root.iter():
    if el.tag.split("}")[-1] == "text" and el.text: texts.add(el.text)
    for k, v in el.attrib.items():
        if k.endswith("}title"): tips.append(v)
bad = [w for w in sys.argv[2:] if w not in texts and not any(w in t for t in tips)]
if bad:
    sys.exit(sys.argv[1] + ": text not shown as written: " + repr(bad))
print(sys.argv[1] + ": hostile text shown as written")
EOF
}
check_texts "$work/fixture-en.svg" '<script>top.kgPwned=1</script>' ']]><svg onload=top.kgPwned=2>' \
  'Quote " and back\slash \N \l \' 'R&D; &foo; &#0; &#x110000; &amp; AT&T' '이상한 \ 이름' || fail=1

if [ -x "${KGRAPH:-}" ]; then
  mkdir -p "$work/in"
  # A file name and an article with hostile text beside names in the lexicon,
  # and a user lexicon whose id, names and QID are hostile too.
  art="$work/in/<b>&x;]]>.txt"
  printf '%s\n' \
    '일론 머스크는 "<script>top.kgPwned=1</script>" 오픈AI를 2015년 설립했다.' \
    "샘 올트먼(]]><svg onload=top.kgPwned=2>)은 오픈AI를 이끈다. back\\slash \\N \\l &amp; &#0; R&D;" \
    $'엔비디아는 \x01\x1b[31m 오픈AI에 H100을 공급한다. \u202egnp.exe <b>bold</b> <img src=x onerror=top.kgPwned=3>' \
    'Sam Altman "leads" OpenAI; <!-- comment --> <![CDATA[ x ]]> Microsoft invested in OpenAI.' \
    'EvilCorp acquired OpenAI in 2024. EvilCorp는 오픈AI를 인수했다.' > "$art"
  cat > "$work/lexicon.json" <<'EOF'
{"entities": [
 {"id": "evil\"corp</title><script>top.kgPwned=4</script>", "type": "organization",
  "en": "Evil \"Corp\" <script>top.kgPwned=5</script> ]]> \\N \\\\ &amp; '\u202e",
  "ko": "악성<b>회사</b>&lt;", "aliases": ["EvilCorp"],
  "qid": "Q1\"><script>top.kgPwned=6</script>"}
]}
EOF
  title='<script>top.kgPwned=8</script>"]]> \G &amp;'
  "$KGRAPH" build --quiet "$work/in" --lexicon "$work/lexicon.json" --title "$title" --lang en \
    -o "$work/cli.svg" -o "$work/cli.dot" -o "$work/cli.jsonld" -o "$work/cli.graphml" -o "$work/cli.nt"
  check_xml "$work/cli.svg" || fail=1
  grep -q 'kgPwned=1' "$work/cli.svg" || { echo "FAIL: the evidence sentence is not in the SVG"; fail=1; }
  check_texts "$work/cli.svg" "$title" 'Evil "Corp" <script>top.kgPwned=5</script> ]]> \N \\ &amp; '"'" \
    '악성<b>회사</b>&lt;' || fail=1
  dot -Tsvg "$work/cli.dot" -o "$work/cli-redrawn.svg" && check_xml "$work/cli-redrawn.svg" || fail=1
  chrome_check "$work/cli.svg" || fail=1
  if "$KGRAPH" render "$work/cli.jsonld" -o "$work/render.svg"; then
    check_xml "$work/render.svg" || fail=1
    chrome_check "$work/render.svg" || fail=1
  else
    echo "FAIL: kgraph render of the hostile JSON-LD"; fail=1
  fi
  # The data formats keep the text exactly: JSON-LD and GraphML parse, hold
  # only their own structure, and give back the names and sentences.
  python3 - "$work/cli.jsonld" "$work/cli.graphml" <<'EOF' || fail=1
import json, sys, xml.etree.ElementTree as ET
evil_en = 'Evil "Corp" <script>top.kgPwned=5</script> ]]> \\N \\\\ &amp; \'\u202e'
sentence = 'EvilCorp acquired OpenAI in 2024.'
doc = json.load(open(sys.argv[1]))
nodes = {n.get("@id", ""): n for n in doc["@graph"]}
evil = [n for i, n in nodes.items() if "/entity/evil" in i]
bad = []
if len(evil) != 1: bad.append(f"{len(evil)} evil entities in JSON-LD")
else:
    names = {v["@value"] for v in evil[0]["name"]}
    if evil_en not in names or "악성<b>회사</b>&lt;" not in names: bad.append(f"JSON-LD names {names}")
if sentence not in json.dumps(doc, ensure_ascii=False): bad.append("JSON-LD lost the evidence sentence")
root = ET.parse(sys.argv[2]).getroot()
ns = "{http://graphml.graphdrawing.org/xmlns}"
tags = {el.tag.replace(ns, "") for el in root.iter()}
if not tags <= {"graphml", "key", "graph", "node", "edge", "data"}: bad.append(f"GraphML elements {tags}")
data = [el.text or "" for el in root.iter(ns + "data")]
if not any(evil_en.replace("\u202e", "") in d for d in data): bad.append("GraphML lost the hostile name")
if not any(sentence in d for d in data): bad.append("GraphML lost the evidence sentence")
if bad: sys.exit("FAIL data formats: " + "; ".join(bad))
print("JSON-LD, GraphML: well-formed, hostile names and sentences kept exactly")
EOF
  if /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
    /usr/bin/python3 - "$work/cli.nt" <<'EOF' || fail=1
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="nt")
names = {str(o) for o in g.objects(None, rdflib.URIRef("http://schema.org/name"))}
want = 'Evil "Corp" <script>top.kgPwned=5</script> ]]> \\N \\\\ &amp; \'\u202e'
if want not in names: sys.exit("FAIL N-Triples: the hostile name did not come back: %r" % names)
print(f"N-Triples: {len(g)} triples parse in rdflib, hostile name kept exactly")
EOF
  else
    echo "(no rdflib: N-Triples parse skipped)"
  fi
else
  echo "(no kgraph binary: CLI cases skipped)"
fi
exit $fail
