#!/usr/bin/env bash
# Installs every Debian package hok needs to build and test. Idempotent: packages already
# present are left alone, so it is cheap to run on every CI start.
set -euo pipefail

packages=(
  build-essential g++ cmake ninja-build pkg-config git
  libyaml-cpp-dev libfmt-dev libcli11-dev catch2
  libvalijson-dev nlohmann-json3-dev libgit2-dev
  libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  python3 python3-jsonschema python3-yaml
  clang libclang-rt-14-dev
  chromium
)
# The browser test (tests/browser) runs playwright-core under Node.js with npm. A machine that
# has node already (say from another source) keeps it; otherwise Debian's packages.
if ! command -v node >/dev/null; then packages+=(nodejs); fi
if ! command -v npm >/dev/null; then packages+=(npm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
