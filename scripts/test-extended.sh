#!/usr/bin/env bash
# The slower checks, run by hand until they are proven within CI's time: the suite under
# AddressSanitizer + UndefinedBehaviorSanitizer, each fuzz target for 30 s, the .deb round trip.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The same suite again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/): any
# memory error, leak or undefined behaviour fails the run.
cmake -S . -B build-asan -G Ninja -DHOK_SANITIZE=ON -DHOK_TESTS=ON >/dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"

# Each libFuzzer target for 30 seconds (clang, ASan + UBSan, build-fuzz/); fails on any crash.
scripts/fuzz.sh 30

# The .deb: build it, install it with dpkg, run the installed hok on data/ (build-package/).
scripts/package-check.sh
