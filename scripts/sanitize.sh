#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer + UndefinedBehaviorSanitizer (g++, build-asan/):
# any memory error, leak or undefined behaviour fails the run. scripts/test.sh runs this after the
# ordinary build.
# Usage: scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
# The libraries in batches (unity build, CMakeLists.txt): a clean build here is CI's, never a
# developer's edit-and-rebuild loop, so it takes the build with the least compiling.
cmake -S . -B build-asan -G Ninja -DHOK_SANITIZE=ON -DHOK_TESTS=ON -DHOK_UNITY_BUILD=ON >/dev/null
cmake --build build-asan
echo "== sanitize.sh $(date -u +%H:%M:%S): built; the suite under the sanitizers"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
