#!/bin/bash
# SPDX-License-Identifier: MIT
# svg-chromium.sh: opens kgraph's SVGs in headless Chromium (kept off the
# network) and checks from the page itself (tests/chromium/check.js) that
# every node label lies inside its shape, that no glyph is drawn as a
# missing-glyph box, and that no script ran; then saves a screenshot of each
# into $KG_BUILD_DIR/artifacts/.  Graphs: the C fixtures of test-dot (a
# Korean story, 300 entities); graphs of 300 and 3,000 entities made by
# bench/make-graph.py and drawn by `kgraph render` (the default view, and
# --all with its grid of entities without relations); and, when the seed
# articles are there, the seed graph, the focus view of 일론 머스크 and --all.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${KG_SOURCE_DIR:-$here/..}
build=${KG_BUILD_DIR:-$src/build}
test_dot=${KG_TEST_DOT:-$build/tests/test-dot}
chromium=${CHROMIUM:-/usr/bin/chromium}
. "$src/tests/lib.sh"
need "$chromium"
[ -x "$test_dot" ] || { echo "skip: no $test_dot"; exit 77; }
# Chromium on Linux finds fonts through fontconfig: the CJK font must be there.
fc-match 'Noto Sans CJK KR' | grep -q 'Noto Sans CJK' || { echo "FAIL: Noto Sans CJK KR is not installed"; exit 1; }

art=$build/artifacts
mkdir -p "$art"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/chromium/check.html" "$here/chromium/check.js" "$work/"

chrome() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --no-default-browser-check --host-resolver-rules='MAP * ~NOTFOUND' \
    --allow-file-access-from-files --user-data-dir="$work/profile" "$@" 2>/dev/null
}

# The SVGs to check: NAME and how to make NAME.svg.
"$test_dot" --write story svg "$work/story.svg" ko
"$test_dot" --write large300 svg "$work/large300.svg" ko
names="story large300"
if [ -x "${KGRAPH:-}" ]; then
  for n in 300 3000; do
    python3 "$src/bench/make-graph.py" "$n" "$work/gen$n.jsonld"
    "$KGRAPH" render "$work/gen$n.jsonld" -o "$work/gen$n.svg" 2>/dev/null
  done
  "$KGRAPH" render "$work/gen300.jsonld" --all -o "$work/gen300-all.svg"
  names="$names gen300 gen300-all gen3000"
fi
seeds=$src/../shared/seeds
if [ -x "${KGRAPH:-}" ] && [ -d "$seeds" ]; then
  "$KGRAPH" build --quiet "$seeds" -o "$work/seeds.svg"
  "$KGRAPH" build --quiet "$seeds" --focus '일론 머스크' --depth 1 -o "$work/focus.svg"
  "$KGRAPH" build --quiet "$seeds" --all -o "$work/seeds-all.svg"
  names="$names seeds focus seeds-all"
fi

fail=0
for name in $names; do
  out=$(chrome --virtual-time-budget=10000 --dump-dom "file://$work/check.html?svg=$name.svg" |
        grep -o 'RESULT {.*}' | head -1 | sed 's/^RESULT //')
  [ -n "$out" ] || { echo "FAIL $name: the page gave no result"; fail=1; continue; }
  echo "$out" > "$art/$name.check.json"
  verdict=$(python3 - "$out" <<'EOF'
import json, sys
r = json.loads(sys.argv[1])
bad = []
if "error" in r: bad.append("page error: " + r["error"])
else:
    if r["nodes"] == 0 or r["labels"] < r["nodes"]: bad.append(f"{r['nodes']} nodes, {r['labels']} labels")
    if r["overflow"]: bad.append(f"{len(r['overflow'])} labels outside their shapes, e.g. {r['overflow'][0]}")
    if r["missing"]: bad.append(f"missing glyphs in {r['missing'][:3]}")
    if not r["font"].startswith("Noto Sans CJK KR"): bad.append("font-family " + r["font"])
    if r["scripts"] or r["handlers"] or r["pwned"] or r["parseError"]: bad.append(f"script/parse: {r}")
print("; ".join(bad) if bad else f"ok: {r['nodes']} nodes, {r['cells']} cells, {r['texts']} texts")
EOF
)
  echo "$name: $verdict"
  case $verdict in ok:*) ;; *) fail=1 ;; esac
  # --all draws the entities without relations as cells of the legend.
  case $name in *-all) case $verdict in *" 0 cells"*) echo "FAIL $name: no cells"; fail=1 ;; esac ;; esac
  # Screenshot: the SVG at its own size, wide ones scaled down to 2000 px.
  read -r w h < <(python3 - "$work/$name.svg" <<'EOF'
import re, sys
head = open(sys.argv[1], encoding="utf-8").read(4000)
w, h = (float(re.search(r'%s="([\d.]+)pt"' % k, head).group(1)) * 96 / 72 for k in ("width", "height"))
s = min(1.0, 2000 / w, 4000 / h)
print(max(200, int(w * s) + 16), max(200, int(h * s) + 16))
EOF
)
  printf '<!DOCTYPE html><meta charset="utf-8"><body style="margin:8px;overflow:hidden"><img src="%s.svg" style="max-width:%dpx"></body>' \
    "$name" $((w - 16)) > "$work/$name.html"
  chrome --window-size="$w,$h" --screenshot="$art/$name.png" "file://$work/$name.html" >/dev/null || true
  [ -s "$art/$name.png" ] || { echo "FAIL $name: no screenshot"; fail=1; }
  cp "$work/$name.svg" "$art/$name.svg"
done
exit $fail
