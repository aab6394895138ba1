#!/usr/bin/env bash
# Times `hok validate` on one agreement whose `parties` list has 100,000 entries
# (bench/generate_long_list.py), written two ways: in block style (one `- m12` per line) and in flow
# style on one line (`parties: [m0, m1, …]`, a line of 589 kB), each with 1,000 and with 2 distinct
# entries. Prints wall clock, CPU (user + sys) and peak memory per run; the figures go to
# docs/performance.md ("A list of 100,000 entries"). Nothing here asserts a time: on a shared
# machine the CPU time is the figure to compare, the wall clock only on an idle one.
#   bench/long_list.sh [HOK] [RUNS] [ENTRIES]   defaults: build/hok, 3, 100000
#   BENCH_DIR=/tmp/hok-bench                    where the trees go (list-*)
set -euo pipefail
cd "$(dirname "$0")/.."
hok=$(realpath "${1:-build/hok}")
runs="${2:-3}"
entries="${3:-100000}"
dir="${BENCH_DIR:-/tmp/hok-bench}"
mkdir -p "$dir"

for style in block flow; do
  for distinct in 1000 2; do
    tree="$dir/list-$style-$entries-$distinct"
    flag=""
    [ "$style" = flow ] && flag="--flow"
    /usr/bin/python3 bench/generate_long_list.py --entries "$entries" --distinct "$distinct" $flag --out "$tree" >/dev/null
    for ((run = 1; run <= runs; run++)); do
      # Exit 1: the repeated entries are errors, as they should be. Anything else is a failure.
      status=0
      /usr/bin/time -f "%e %U %S %M" -o "$dir/list-time" "$hok" validate "$tree" >"$dir/list-out" 2>&1 || status=$?
      [ "$status" -le 1 ] || { cat "$dir/list-out"; exit 1; }
      # GNU time writes "Command exited with non-zero status 1" first when hok exits 1.
      read -r wall user sys rss < <(tail -1 "$dir/list-time")
      printf '%-5s %6d entries, %4d distinct, run %d: wall %5.2f s, CPU %5.2f s (user %.2f + sys %.2f), peak %d MiB\n' \
        "$style" "$entries" "$distinct" "$run" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" $((rss / 1024))
    done
  done
done
