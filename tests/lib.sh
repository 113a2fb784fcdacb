# SPDX-License-Identifier: MIT
# lib.sh: what the script tests share; sourced, not run (tests/CMakeLists.txt
# skips it).  A test that lacks a tool skips (exit 77) on a developer's
# machine, and fails under scripts/test.sh, which installs every tool and
# sets KG_REQUIRE_ALL=1: there, a missing tool is a missing install step.

# need TOOL...: every TOOL is a command on PATH, or skip / fail.
need () {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 && continue
    if [ -n "${KG_REQUIRE_ALL:-}" ]; then
      echo "$(basename "$0"): $tool is missing (scripts/deps.sh --test installs it)" >&2
      exit 1
    fi
    echo "skipped: $tool is missing"
    exit 77
  done
}

# need_python MODULE...: the system python3 imports every MODULE.
need_python () {
  need /usr/bin/python3
  for m in "$@"; do
    /usr/bin/python3 -c "import $m" 2>/dev/null && continue
    if [ -n "${KG_REQUIRE_ALL:-}" ]; then
      echo "$(basename "$0"): python3 module $m is missing (scripts/deps.sh --test)" >&2
      exit 1
    fi
    echo "skipped: python3 module $m is missing"
    exit 77
  done
}

# npm_install DIR: the packages pinned by DIR/package-lock.json.  A registry
# that cannot be reached (offline, or TLS through a proxy this machine does
# not trust) skips, with the reason; any other npm failure fails.
npm_install () {
  need node npm
  [ -d "$1/node_modules" ] && [ "$1/node_modules" -nt "$1/package-lock.json" ] && return 0
  local log
  log=$(mktemp)
  if npm ci --prefix "$1" --no-audit --no-fund >"$log" 2>&1; then
    rm -f "$log"
    return 0
  fi
  if grep -qE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|CERT|certificate|ENETUNREACH' "$log"; then
    echo "skipped: the npm registry cannot be reached: $(grep -m1 'npm ERR!' "$log")"
    rm -f "$log"
    exit 77
  fi
  cat "$log" >&2
  rm -f "$log"
  exit 1
}
