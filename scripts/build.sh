#!/usr/bin/env bash
# Installs the Debian packages (idempotent) and builds hok into build/. Extra arguments go to
# CMake's configure step, e.g. -DHOK_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja "$@" >/dev/null
cmake --build build
