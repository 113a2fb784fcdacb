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

if [ -x "${KGRAPH:-}" ]; then
  mkdir -p "$work/in"
  # A file name and an article with hostile text beside names in the lexicon.
  art="$work/in/<b>&x;]]>.txt"
  printf '%s\n' \
    '일론 머스크는 "<script>top.kgPwned=1</script>" 오픈AI를 2015년 설립했다.' \
    "샘 올트먼(]]><svg onload=top.kgPwned=2>)은 오픈AI를 이끈다. back\\slash \\N \\l &amp; &#0; R&D;" \
    $'엔비디아는 \x01\x1b[31m 오픈AI에 H100을 공급한다. \u202egnp.exe <b>bold</b> <img src=x onerror=top.kgPwned=3>' \
    'Sam Altman "leads" OpenAI; <!-- comment --> <![CDATA[ x ]]> Microsoft invested in OpenAI.' > "$art"
  "$KGRAPH" build "$work/in" -o "$work/cli.svg" -o "$work/cli.dot" -o "$work/cli.jsonld"
  check_xml "$work/cli.svg" || fail=1
  grep -q 'kgPwned=1' "$work/cli.svg" || { echo "FAIL: the evidence sentence is not in the SVG"; fail=1; }
  dot -Tsvg "$work/cli.dot" -o "$work/cli-redrawn.svg" && check_xml "$work/cli-redrawn.svg" || fail=1
  chrome_check "$work/cli.svg" || fail=1
  if "$KGRAPH" render "$work/cli.jsonld" -o "$work/render.svg"; then
    check_xml "$work/render.svg" || fail=1
    chrome_check "$work/render.svg" || fail=1
  else
    echo "FAIL: kgraph render of the hostile JSON-LD"; fail=1
  fi
else
  echo "(no kgraph binary: CLI cases skipped)"
fi
exit $fail
