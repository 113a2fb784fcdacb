#!/bin/bash
# SPDX-License-Identifier: MIT
# Checks data/lexicon.json (or the file given as $1) with lexicon_check.py:
# valid JSON, >= 400 entities, slug ids, known types, families that exist,
# no surface form shared by two entities, well-formed QIDs.  When the seed
# gold exists, every required gold entity must be covered by one entry.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=${KG_SOURCE_DIR:-$(dirname "$here")}
lexicon=${1:-$src/data/lexicon.json}
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
if [ -z "$py" ]; then
  [ -n "${KG_REQUIRE_ALL:-}" ] && { echo "lexicon-check.sh: python3 is missing" >&2; exit 1; }
  echo "python3 not found: skipping"
  exit 77
fi

gold=$src/../shared/eval/seeds.gold.json
if [ $# -eq 0 ] && [ -f "$gold" ]; then
  "$py" "$here/lexicon_check.py" "$lexicon" --stats --self-test --gold "$gold"
else
  "$py" "$here/lexicon_check.py" "$lexicon" --stats --self-test
fi
