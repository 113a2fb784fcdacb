#!/bin/bash
# SPDX-License-Identifier: MIT
# pdf.sh: the PDF export is a valid PDF (qpdf --check finds no syntax or
# stream error in it, its cross-reference table included, which out/pdf.c
# rebuilds) and two runs give the same bytes (cairo alone does not).
set -eu
: "${KGRAPH:?}" "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
need qpdf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in 1 2 3; do
  "$KGRAPH" build --quiet "$KG_SOURCE_DIR/examples" -o "$tmp/g$i.pdf"
done
qpdf --check "$tmp/g1.pdf" >"$tmp/check" 2>&1 || { cat "$tmp/check"; exit 1; }
grep -q "No syntax or stream encoding errors" "$tmp/check"
cmp "$tmp/g1.pdf" "$tmp/g2.pdf"
cmp "$tmp/g1.pdf" "$tmp/g3.pdf"
echo "pdf: valid, and the same bytes three times"
