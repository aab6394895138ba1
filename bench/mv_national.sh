#!/usr/bin/env bash
# Times `hok mv` on the national tree (bench/generate_registry.py --regions 21, about 10,000
# files) renaming an id that every municipality refers to: each municipality's `subregion` is first
# pointed at one sub-region, so the rename changes one file per municipality (546) plus the
# sub-region's own. Each run renames on a fresh copy of the tree; the times go to
# docs/performance.md ("hok mv on the national tree"). Nothing here asserts a time. On a shared
# machine compare the CPU time (user + sys), not the wall clock.
#   bench/mv_national.sh [HOK] [RUNS]   HOK: the binary (default build/hok); RUNS: default 3
#   BENCH_DIR=/tmp/hok-bench            where the tree goes (r21-mv)
set -euo pipefail
cd "$(dirname "$0")/.."
hok=$(realpath "${1:-build/hok}")
runs="${2:-3}"
dir="${BENCH_DIR:-/tmp/hok-bench}"
tree="$dir/r21-mv"
id=stockholm-norra
new_id=stockholm-norra-lanet

if [ ! -f "$tree/hok.yaml" ]; then
  rm -rf "$tree"
  /usr/bin/python3 bench/generate_registry.py --regions 21 --out "$tree" >/dev/null
  # Every municipality's sub-region → one sub-region: an id referenced from every municipality.
  sed -i "s/^subregion: .*/subregion: $id/" "$tree"/municipalities/*.yaml
fi
files=$(find "$tree" -name '*.yaml' | wc -l)
referring=$(grep -rlw -- "$id" "$tree" | wc -l)
echo "tree: $files files; $referring name '$id'"
"$hok" validate "$tree" --fail-on error >/dev/null || { echo "the tree has validation errors"; exit 1; }

for ((run = 1; run <= runs; run++)); do
  rm -rf "$dir/mv-run"
  cp -a "$tree" "$dir/mv-run"
  sync
  start=$(date +%s.%N)
  /usr/bin/time -f "%e s wall, CPU %U s user + %S s sys, peak %M KB" -o "$dir/mv-time" "$hok" mv "$id" "$new_id" "$dir/mv-run" >"$dir/mv-out" 2>&1 \
    || { cat "$dir/mv-out"; exit 1; }
  end=$(date +%s.%N)
  echo "run $run: $(cat "$dir/mv-time") (wall $(echo "$end - $start" | bc) s); $(tail -1 "$dir/mv-out")"
done
# The same rename as a dry run: what loading, validating and planning cost without the writing;
# and `hok validate` alone, what one reading and check of the tree costs.
/usr/bin/time -f "%e s wall, CPU %U s user + %S s sys, peak %M KB" -o "$dir/mv-time" \
  "$hok" mv "$id" "$new_id" "$tree" --dry-run >/dev/null
echo "dry run: $(tail -1 "$dir/mv-time")"
/usr/bin/time -f "%e s wall, CPU %U s user + %S s sys, peak %M KB" -o "$dir/mv-time" \
  "$hok" validate "$tree" >/dev/null || true
echo "validate: $(tail -1 "$dir/mv-time")"
rm -rf "$dir/mv-run"
