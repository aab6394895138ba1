#!/usr/bin/env bash
# The whole test suite, from nothing: set up, build with warnings as errors, run every test.
# Usage (on a fresh Debian machine, as root): scripts/test.sh   — this is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh -DHOK_WERROR=ON -DHOK_TESTS=ON
ctest --test-dir build --output-on-failure -j "$(nproc)"
