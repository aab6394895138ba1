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
# At the end (also after a failure) it prints how long each step took and the suite's slowest
# tests, so a CI log shows where the time goes (docs/performance.md, "The test suite's time").
# Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step_name=""
step_start=$started
timings=()
step() {
  local now
  now=$(date +%s)
  if [ -n "$step_name" ]; then timings+=("$(printf '%6d s  %s' $((now - step_start)) "$step_name")"); fi
  step_name=$*
  step_start=$now
  if [ -n "$*" ]; then echo "== test.sh $(date -u +%H:%M:%S): $*"; fi
}
# The slowest tests of a build folder's last runs (CTest's cost data: "name runs seconds" per
# line; a name may hold spaces; one never run is left out). The last awk reads all its input: a
# `head` here ended the pipe early, and with pipefail sort's SIGPIPE (exit 141) became the exit
# code of a run whose every step had passed.
slowest() {
  local costs="$1/Testing/Temporary/CTestCostData.txt"
  [ -f "$costs" ] || return 0
  awk '/^---/ { exit } NF >= 3 && $(NF - 1) > 0 { name = $1; for (i = 2; i <= NF - 2; i++) name = name " " $i; print $NF "\t" name }' \
    "$costs" | sort -t "$(printf '\t')" -k1,1 -rn |
    awk -F '\t' -v build="$1" 'NR <= 6 { printf "%14.1f s  %s (%s)\n", $1, $2, build }'
}
summary() {
  step ""
  echo "== test.sh: where the time went"
  printf '%s\n' "${timings[@]}"
  printf '%6d s  in all\n' $(($(date +%s) - started))
  echo "   the slowest tests:"
  slowest build
  slowest build-asan
}
trap summary EXIT

step "the packages the test suite needs (scripts/install-deps.sh test)"
scripts/install-deps.sh test
step "build with warnings as errors"
scripts/build.sh -DHOK_WERROR=ON -DHOK_TESTS=ON
step "the test suite"
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
