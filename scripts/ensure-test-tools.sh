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
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "ensure-test-tools: $CHROMIUM is missing; installing Debian's chromium package" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-test-tools: run as root, or install it yourself: apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
