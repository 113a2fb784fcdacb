#!/bin/sh
# SPDX-License-Identifier: MIT
# deps.sh: installs the Debian 12 packages kgraph needs that are missing.
#   scripts/deps.sh          to build and run kgraph
#   scripts/deps.sh --test   also what the test suite, the sanitizer and
#                            valgrind runs and the benchmark use
# Runs apt-get only when something is missing; as root, or through sudo.
set -eu

build="cmake gcc make pkg-config libglib2.0-dev libgraphviz-dev libgvc6 graphviz
libjansson-dev fonts-noto-cjk ca-certificates"
# Hyperscan prefilters the regexes (optional: kgraph builds and gives the
# same output without it, more slowly); amd64 only, Vectorscan elsewhere.
case "$(dpkg --print-architecture 2>/dev/null)" in
  amd64) build="$build libhyperscan-dev" ;;
  arm64|ppc64el) build="$build libvectorscan-dev" ;;
esac
test="python3 python3-rdflib python3-networkx libxml2-utils chromium nodejs npm
ripgrep time valgrind clang libclang-rt-14-dev curl doxygen qpdf
virtuoso-opensource-7 procps parallel bsdutils bc strace"

want=$build
[ "${1:-}" = "--test" ] && want="$build $test"

missing=""
for p in $want; do
  # A node and npm from elsewhere (nodesource, nvm) serve as well.
  case "$p" in nodejs|npm) command -v "${p%js}" >/dev/null 2>&1 && continue ;; esac
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# A Virtuoso installed earlier without a policy-rc.d runs the package's own
# server on all interfaces (ports 1111 and 8890): stop it and keep it from
# starting at boot.  tests/virtuoso.sh starts its own on 127.0.0.1.
quiet_virtuoso() {
  init=/etc/init.d/virtuoso-opensource-7
  [ -x "$init" ] && "$init" status >/dev/null 2>&1 || return 0
  echo "deps.sh: stopping and disabling the virtuoso-opensource-7 service" >&2
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $sudo systemctl disable --now virtuoso-opensource-7 >/dev/null 2>&1 || true
  else
    $sudo "$init" stop >/dev/null 2>&1 || true
    $sudo update-rc.d virtuoso-opensource-7 disable >/dev/null 2>&1 || true
  fi
}
[ "${1:-}" = "--test" ] && quiet_virtuoso

[ -z "$missing" ] && exit 0

echo "deps.sh: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# Virtuoso's package starts a server on all interfaces when it is installed;
# the tests start their own on 127.0.0.1, so keep package scripts from
# starting services (policy-rc.d exit 101 = "not allowed").
policy=/usr/sbin/policy-rc.d
made_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  made_policy=1
fi
status=0
$sudo apt-get update -qq && \
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null || status=$?
[ -n "$made_policy" ] && $sudo rm -f "$policy"
exit $status
