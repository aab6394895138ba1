#!/usr/bin/env bash
# Installs the Debian packages hok needs for one purpose. Idempotent: packages already present
# are left alone, so it is cheap to run on every CI start.
#
#   scripts/install-deps.sh build   building and running hok (what scripts/run.sh, scripts/build.sh,
#                                   the action's fallback build and scripts/release.sh need)
#   scripts/install-deps.sh test    the above and the test suite's tools: Catch2, Python with the
#                                   YAML and JSON Schema modules, clang with its sanitizer and
#                                   libFuzzer runtime, Chromium, Node.js and npm (scripts/test.sh)
#
# `build` is the default. It never installs a browser or a second compiler: on a fresh machine it
# is the difference between about a minute and a quarter of an hour (docs/performance.md).
set -euo pipefail

purpose=${1:-build}
build_packages=(
  build-essential g++ cmake ninja-build pkg-config git ca-certificates
  libyaml-cpp-dev libfmt-dev libcli11-dev
  libvalijson-dev nlohmann-json3-dev libgit2-dev
  libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
)
test_packages=(
  catch2
  python3 python3-jsonschema python3-yaml
  clang libclang-rt-14-dev
  chromium
)

case "$purpose" in
  build) packages=("${build_packages[@]}") ;;
  test)
    packages=("${build_packages[@]}" "${test_packages[@]}")
    # The browser test (tests/browser) runs playwright-core under Node.js with npm. A machine that
    # has node already (say from another source) keeps it; otherwise Debian's packages.
    if ! command -v node >/dev/null; then packages+=(nodejs); fi
    if ! command -v npm >/dev/null; then packages+=(npm); fi
    ;;
  *)
    echo "usage: scripts/install-deps.sh [build|test]" >&2
    exit 2
    ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps ($purpose): all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps ($purpose): installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
