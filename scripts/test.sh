#!/usr/bin/env bash
# The whole test suite, from nothing: this is what CI runs (.ci/run). On a fresh Debian machine,
# as root, it installs what it needs, then:
#   1. builds with warnings as errors (build/) and runs every test: unit, end-to-end, browser;
#   2. builds and runs the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#      (scripts/sanitize.sh, build-asan/);
#   3. runs each libFuzzer target for HOK_FUZZ_SECONDS (default 30) seconds (scripts/fuzz.sh,
#      build-fuzz/);
#   4. builds the .deb, installs it with dpkg and runs the installed hok on data/
#      (scripts/package-check.sh, build-package/).
# HOK_QUICK=1 stops after step 1 (for a quick local run while developing).
# Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo "== test.sh $(date -u +%H:%M:%S): $*"; }

step "the packages the test suite needs (scripts/install-deps.sh test)"
scripts/install-deps.sh test
step "build with warnings as errors, run the test suite"
scripts/build.sh -DHOK_WERROR=ON -DHOK_TESTS=ON
ctest --test-dir build --output-on-failure -j "$(nproc)"
if [ "${HOK_QUICK:-0}" = 1 ]; then
  step "HOK_QUICK=1: sanitizers, fuzzing and the package left out"
  exit 0
fi

step "the suite under AddressSanitizer + UndefinedBehaviorSanitizer"
scripts/sanitize.sh

step "fuzzing"
scripts/fuzz.sh "${HOK_FUZZ_SECONDS:-30}"

step "the .deb package"
scripts/package-check.sh
step "all passed"
