#!/bin/bash
# SPDX-License-Identifier: MIT
# doxygen.sh: the API documentation of the public headers builds with no
# warning (every function, type and parameter documented, no broken
# references).
set -eu
: "${KG_SOURCE_DIR:?}"
. "$KG_SOURCE_DIR/tests/lib.sh"
need doxygen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$KG_SOURCE_DIR"
( cat Doxyfile; echo "OUTPUT_DIRECTORY = $tmp"; echo "WARN_LOGFILE = $tmp/warnings" ) | doxygen - >/dev/null
if [ -s "$tmp/warnings" ]; then
  cat "$tmp/warnings" >&2
  exit 1
fi
test -f "$tmp/html/index.html"
echo "doxygen: no warnings"
