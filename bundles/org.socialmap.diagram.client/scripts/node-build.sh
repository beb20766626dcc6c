#!/usr/bin/env bash
# Builds and tests the diagram client with the machine's node and npm (run by the bundle's pom.xml).
#   scripts/node-build.sh build   npm ci from package-lock.json, typecheck, bundle into webroot/
#   scripts/node-build.sh test    node --test: the unit tests, and the page in headless Chromium against a fake server
#   scripts/node-build.sh e2e     the page against `socialmap serve` on the article's example (after build)
set -euo pipefail
cd "$(dirname "$0")/.."

require() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "The diagram client needs $1 ($2) to build, and none is on the PATH." >&2
    echo "On Debian or Ubuntu: apt-get install nodejs npm   (releng/scripts/build-and-test installs them)." >&2
    exit 1
  fi
}
require node "Node.js 20 or newer"
require npm "npm 9 or newer"
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "The diagram client needs Node.js 20 or newer; $(command -v node) is $(node --version)." >&2
  exit 1
fi

case "${1:-}" in
  build)
    # --ignore-scripts: no package runs code at install; esbuild finds its binary without its script.
    npm ci --ignore-scripts --no-audit --no-fund --prefer-offline
    npx --no-install tsc --noEmit -p .
    node scripts/bundle.mjs
    ;;
  test)
    node --test target/tests/unit/ target/tests/browser/
    ;;
  e2e)
    # Needs this bundle built (build), the CLI product (releng/scripts/socialmap builds it when
    # missing, SOCIALMAP_CLI names another launcher) and Chromium.
    if [ ! -d node_modules ] || [ ! -d target/tests/e2e ]; then
      echo "The end-to-end tests are built with the client: run '$0 build' (or the Maven build) first." >&2
      exit 1
    fi
    node --test target/tests/e2e/
    ;;
  *)
    echo "usage: $0 build|test|e2e" >&2
    exit 2
    ;;
esac
