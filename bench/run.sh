#!/usr/bin/env bash
# Times hok on synthetic registries of 1, 5 and 21 regions (Stockholm County … all of Sweden)
# against the yaml-cpp parse-only floor, ajv-cli and python3-jsonschema, on the same trees in the
# same run; writes a Markdown table to $BENCH_DIR/results.md (docs/performance.md shows one).
#   bench/run.sh [RUNS]        RUNS timed runs per cell after one warm-up (default 5)
#   BENCH_DIR=/tmp/hok-bench   where the trees and results go
#   BENCH_REGIONS="1 5 21"     the scales
# Needs: the Debian packages of scripts/install-deps.sh, /usr/bin/time, npm (ajv-cli and
# ajv-formats are installed into bench/.node on first use; not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dir="${BENCH_DIR:-/tmp/hok-bench}"
regions="${BENCH_REGIONS:-1 5 21}"
as_of=2026-06-30
py=/usr/bin/python3  # Debian's, with python3-yaml and python3-jsonschema
build=build-bench

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOK_BENCH=ON -DHOK_TESTS=OFF >/dev/null
cmake --build "$build" --target hok parse_floor
hok="$build/hok"
if [ ! -x bench/.node/node_modules/.bin/ajv ] || [ ! -d bench/.node/node_modules/ajv-formats ]; then
  npm install --prefix bench/.node --no-audit --no-fund ajv-cli ajv-formats
fi

mkdir -p "$dir"
results="$dir/results.jsonl"
: > "$results"
for n in $regions; do
  tree="$dir/r$n"
  "$py" bench/generate_registry.py --regions "$n" --out "$tree"
  # What we time must be a valid registry: hok finds nothing, and neither do the schema validators.
  if ! output="$("$hok" validate "$tree")"; then
    echo "$output" | tail -n 20
    echo "bench: hok validate reports findings on the generated tree $tree" >&2
    exit 1
  fi
  "$py" bench/yaml_to_json.py "$tree" "$tree-json" >/dev/null
  if ! output="$("$py" bench/jsonschema_all.py schemas "$tree-json")"; then
    echo "$output"
    echo "bench: python3-jsonschema finds invalid files in $tree" >&2
    exit 1
  fi
  bench/ajv_all.sh "$tree-json"
  files=$(find "$tree" -name '*.yaml' | wc -l)
  bytes=$(find "$tree" -name '*.yaml' -print0 | xargs -0 cat | wc -c)
  echo "{\"tree\": \"r$n\", \"regions\": $n, \"files\": $files, \"bytes\": $bytes}" >> "$results"
done

model=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)
memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "{\"machine\": true, \"nproc\": $(nproc), \"model\": \"$model\", \"memory\": \"$memory\", \"date\": \"$(date -u +%Y-%m-%dT%H:%MZ)\", \"load_before\": \"$load_before\", \"runs\": $runs, \"hok_commit\": \"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\"}" >> "$results"

measure() {
  local label="$1" tree="$2"
  shift 2
  "$py" bench/measure.py --runs "$runs" --tree "$tree" --results "$results" --label "$label" -- "$@" || true
}

# Commands that later issues add are timed once `hok <command> --help` works in this build.
has_command() { "$hok" "$1" --help >/dev/null 2>&1; }

for n in $regions; do
  tree="$dir/r$n"
  echo "bench: r$n"
  measure "yaml-cpp parse floor (all cores)" "r$n" "$build/parse_floor" "$tree"
  measure "hok validate (all cores)" "r$n" "$hok" validate "$tree"
  measure "yaml-cpp parse floor (1 thread)" "r$n" "$build/parse_floor" "$tree" 1
  measure "hok validate --threads 1" "r$n" "$hok" validate --threads 1 "$tree"
  measure "hok gaps" "r$n" "$hok" gaps "$tree" --as-of "$as_of"
  if has_command digest; then
    mkdir -p "$dir/out"
    measure "hok digest (html)" "r$n" "$hok" digest "$tree" --format html --out "$dir/out/digest-r$n" --as-of "$as_of"
  else
    echo "  hok digest: not in this build, skipped"
  fi
  if has_command report; then
    mkdir -p "$dir/out"
    measure "hok report (html)" "r$n" "$hok" report "$tree" --year 2025 --format html \
      --out "$dir/out/report-r$n.html" --force --as-of "$as_of"
  else
    echo "  hok report: not in this build, skipped"
  fi
  measure "ajv-cli, schema only (all cores)" "r$n" bench/ajv_all.sh "$tree-json"
  measure "python3-jsonschema, schema only (all cores)" "r$n" "$py" bench/jsonschema_all.py schemas "$tree-json"
done
echo "{\"load_after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}" >> "$results"

"$py" bench/report.py "$results" > "$dir/results.md"
cat "$dir/results.md"
