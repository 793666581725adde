#!/usr/bin/env bash
# Runs before `npm test` (npm's pretest hook) so that the README's test
# command works on a fresh clone: installs the npm dependencies when they are
# missing, and Debian's Chromium for the end-to-end tests (no npm package
# downloads a browser here).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vitest ] || [ ! -x node_modules/.bin/node ]; then
  echo "ensure-test-tools: installing npm dependencies" >&2
  npm install --no-audit --no-fund
fi
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian packages a clean machine lacks: Chromium (browser tests), a Java runtime (the W3C Nu checker, vnu-jar).
PACKAGES=""
[ -x "$CHROMIUM" ] || PACKAGES="$PACKAGES chromium"
command -v java >/dev/null 2>&1 || PACKAGES="$PACKAGES default-jre-headless"
if [ -z "$PACKAGES" ]; then exit 0; fi
echo "ensure-test-tools: installing Debian's$PACKAGES" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-test-tools: run as root, or install them yourself: apt-get update && apt-get install -y$PACKAGES" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PACKAGES >/dev/null
"$CHROMIUM" --version
java -version
