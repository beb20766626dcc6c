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
require node "Node.js 18.8 or newer"
require npm "npm 9 or newer"
# Node.js 18 is what the packages need (esbuild 0.28 and playwright-core 1.61 declare node >=18;
# playwright-core 1.62 and later need 20) and what Debian 12 ships (18.20, with npm 9.2); the tests
# use node:test's describe/it/before/after, which came in 18.8. Tested with 18.8, 18.20 and 20.
node_version=$(node -p 'process.versions.node')
node_major=${node_version%%.*}
node_minor=${node_version#*.}
node_minor=${node_minor%%.*}
if [ "$node_major" -lt 18 ] || { [ "$node_major" -eq 18 ] && [ "$node_minor" -lt 8 ]; }; then
  echo "The diagram client needs Node.js 18.8 or newer (Debian 12's nodejs 18.20 will do);" \
    "$(command -v node) is $(node --version). Put a newer node first on the PATH." >&2
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
    # File names, not folders: node 18 and 20 search a folder given to --test, node 21+ take it
    # as a file and fail. The shell expands the patterns, so every node gets the same list.
    node --test target/tests/unit/*.test.mjs target/tests/browser/*.test.mjs
    ;;
  e2e)
    # Needs this bundle built (build), the CLI product (releng/scripts/socialmap builds it when
    # missing, SOCIALMAP_CLI names another launcher) and Chromium.
    if [ ! -d node_modules ] || [ ! -d target/tests/e2e ]; then
      echo "The end-to-end tests are built with the client: run '$0 build' (or the Maven build) first." >&2
      exit 1
    fi
    node --test target/tests/e2e/*.test.mjs
    ;;
  *)
    echo "usage: $0 build|test|e2e" >&2
    exit 2
    ;;
esac
