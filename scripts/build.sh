#!/usr/bin/env bash
# Installs the Debian packages (idempotent) and builds hok into build/. Extra arguments go to
# CMake's configure step, e.g. -DHOK_WERROR=ON. The test suite is built unless -DHOK_TESTS=OFF is
# given, and then its tools are installed too (scripts/install-deps.sh test); with -DHOK_TESTS=OFF
# only what building and running hok needs (scripts/install-deps.sh build).
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=test
for arg in "$@"; do
  if [ "$arg" = "-DHOK_TESTS=OFF" ]; then purpose=build; fi
done
scripts/install-deps.sh "$purpose"
cmake -S . -B build -G Ninja "$@" >/dev/null
cmake --build build
