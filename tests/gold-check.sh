#!/bin/bash
# SPDX-License-Identifier: MIT
# gold-check.sh: the gold readings of examples/ and tests/holdout/ agree with
# their texts (tests/gold-check.py: ids, types, predicates, every name
# occurs in the text).
set -eu
: "${KG_SOURCE_DIR:?}"
exec /usr/bin/python3 "$KG_SOURCE_DIR/tests/gold-check.py"
