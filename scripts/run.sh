#!/usr/bin/env bash
# hok's main job on the real registry: set up, build, and validate data/.
# Usage (on a fresh Debian machine, as root): scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
echo "== hok validate data"
build/hok validate data
