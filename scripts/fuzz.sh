#!/usr/bin/env bash
# Fuzzes hok: builds the libFuzzer targets in fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/, then runs each for SECONDS (default 30), starting
# from the seeds in fuzz/corpus/<target>/ with the dictionary fuzz/hok.dict. Fails on any crash,
# leak, UB report, timeout or OOM; the input that did it is left in build-fuzz/artifacts/
# (replay: build-fuzz/<target> FILE). Inputs it found are kept in build-fuzz/corpus/ for the next
# run; fuzz/make_corpus.py rewrites the committed seeds and dictionary.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
build=build-fuzz

scripts/install-deps.sh test
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHOK_FUZZ=ON -DHOK_TESTS=OFF -DHOK_UNITY_BUILD=ON >/dev/null  # the libraries in batches, as sanitize.sh
cmake --build "$build" --target fuzz_read_source fuzz_registry

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
mkdir -p "$build/artifacts"
for target in fuzz_read_source fuzz_registry; do
  # New inputs go to the first folder (in the build dir); the committed seeds are only read.
  mkdir -p "$build/corpus/$target"
  echo "fuzz: $target for ${seconds}s"
  if ! "$build/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -dict=fuzz/hok.dict -artifact_prefix="$build/artifacts/$target-" \
      "$build/corpus/$target" "fuzz/corpus/$target" 2> "$build/$target.log"; then
    tail -n 60 "$build/$target.log"
    echo "fuzz: $target FAILED; the input is in $build/artifacts/ (replay: $build/$target FILE)" >&2
    exit 1
  fi
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$build/$target.log" | tr '\n' ' '
  echo
done
echo "fuzz: no crashes"
