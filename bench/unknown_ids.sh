#!/usr/bin/env bash
# Times `hok validate` on one agreement whose `parties` list holds only ids that name no record
# (bench/generate_long_list.py --unknown), against 1,000 municipalities: 10,000 entries in block
# style, and 10,000, 20,000 and 100,000 on one line. Each entry is an unresolved-reference finding
# with a did-you-mean hint, so this measures the suggestions and the text output of many findings
# on one long line. Prints wall clock, CPU (user + sys), peak memory and the bytes written per run;
# the figures go to docs/performance.md ("Many unknown ids"). Nothing here asserts a time.
#   bench/unknown_ids.sh [HOK] [RUNS] [FORMAT]   defaults: build/hok, 3, text
#   BENCH_DIR=/tmp/hok-bench                     where the trees go (unknown-*)
set -euo pipefail
cd "$(dirname "$0")/.."
hok=$(realpath "${1:-build/hok}")
runs="${2:-3}"
format="${3:-text}"
dir="${BENCH_DIR:-/tmp/hok-bench}"
mkdir -p "$dir"

for case in "block 10000" "flow 10000" "flow 20000" "flow 100000"; do
  read -r style entries <<<"$case"
  tree="$dir/unknown-$style-$entries"
  flag=""
  [ "$style" = flow ] && flag="--flow"
  /usr/bin/python3 bench/generate_long_list.py --entries "$entries" --distinct 1000 --unknown $flag --out "$tree" >/dev/null
  for ((run = 1; run <= runs; run++)); do
    # Exit 1: every entry is an error, as it should be. Anything else is a failure.
    status=0
    /usr/bin/time -f "%e %U %S %M" -o "$dir/unknown-time" "$hok" validate "$tree" --format "$format" \
      2>"$dir/unknown-err" | wc -c >"$dir/unknown-bytes" || status=$?
    [ "$status" -le 1 ] || { cat "$dir/unknown-err"; exit 1; }
    read -r wall user sys rss < <(tail -1 "$dir/unknown-time")
    printf '%-5s %6d unknown ids (%s): run %d: wall %5.2f s, CPU %5.2f s (user %.2f + sys %.2f), peak %d MiB, %d bytes written\n' \
      "$style" "$entries" "$format" "$run" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" $((rss / 1024)) \
      "$(cat "$dir/unknown-bytes")"
  done
done
