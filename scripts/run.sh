#!/usr/bin/env bash
# hok's main job on the real registry: set up, build, and validate data/.
# Usage (on a fresh Debian machine, as root): scripts/run.sh
# It installs only what building and running hok needs (scripts/install-deps.sh build: no test
# tools, no browser) and builds only the hok executable; a build/ folder configured before (say by
# scripts/test.sh) keeps its settings. From nothing to the first line of output: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOK_TESTS=OFF >/dev/null
fi
cmake --build build --target hok
echo "== hok validate data"
build/hok validate data
