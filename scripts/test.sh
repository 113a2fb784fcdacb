#!/bin/sh
# SPDX-License-Identifier: MIT
# test.sh: every test kgraph has, from a fresh checkout: installs what the
# tests need (scripts/deps.sh --test), builds with warnings as errors, runs
# the ctest suite (unit tests, golden cases, real RDF processors, Chromium,
# networkx, Virtuoso), then the suite again under ASan+UBSan
# (scripts/sanitize.sh) and the unit tests and one build under valgrind
# (scripts/valgrind.sh).  --quick stops after the first suite.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
scripts/deps.sh --test
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
# In this script a test that cannot run (a missing tool) fails instead of
# skipping: deps.sh installed everything.
export KG_REQUIRE_ALL=1
(cd build && ctest --output-on-failure -j"$(nproc)")
[ "${1:-}" = "--quick" ] && exit 0
scripts/sanitize.sh
scripts/valgrind.sh
echo "test.sh: all tests passed"
