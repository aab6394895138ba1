#!/usr/bin/env bash
# Installs the Debian packages hok needs for one purpose. Idempotent: packages already present
# are left alone, so it is cheap to run on every CI start.
#
#   scripts/install-deps.sh build   building and running hok (what scripts/run.sh, scripts/build.sh,
#                                   the action's fallback build need)
#   scripts/install-deps.sh release the build packages and libkrb5-dev: the release's static hok
#                                   links libgit2's archive, which calls Kerberos' GSS-API, whose
#                                   libraries are bundled beside it (scripts/release.sh)
#   scripts/install-deps.sh test    the above and the test suite's tools: Catch2, curl (the action's
#                                   download, from a file:// URL), Python with the YAML and JSON
#                                   Schema modules, clang with its sanitizer and libFuzzer runtime,
#                                   Chromium (the browser test, and the report's PDF), poppler-utils
#                                   (the PDF's pages to text and PNG), Node.js and npm (scripts/test.sh)
#
# `build` is the default. It never installs a browser or a second compiler: on a fresh machine it
# is the difference between minutes and a quarter of an hour (docs/performance.md).
#
# valijson is header-only, but Debian's libvalijson-dev depends on every JSON library it has an
# adapter for — Qt 5, Poco, jsoncpp, RapidJSON, picojson — which with Qt's OpenGL and Mesa's LLVM
# is some 200 packages hok never uses. So unless libvalijson-dev is installed already, its .deb is
# fetched with `apt-get download` and only its headers, CMake package file and copyright are put
# under /usr/local (include/valijson, share/cmake/valijson, share/doc/libvalijson-dev), where
# CMake's find_package finds them.
set -euo pipefail

purpose=${1:-build}
build_packages=(
  build-essential g++ cmake ninja-build pkg-config git ca-certificates
  libyaml-cpp-dev libfmt-dev libcli11-dev
  nlohmann-json3-dev libgit2-dev
  libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
)
test_packages=(
  catch2 curl
  python3 python3-jsonschema python3-yaml
  clang libclang-rt-14-dev
  chromium poppler-utils
)

case "$purpose" in
  build) packages=("${build_packages[@]}") ;;
  release) packages=("${build_packages[@]}" libkrb5-dev) ;;
  test)
    packages=("${build_packages[@]}" "${test_packages[@]}")
    # The browser test (tests/browser) runs playwright-core under Node.js with npm. A machine that
    # has node already (say from another source) keeps it; otherwise Debian's packages.
    if ! command -v node >/dev/null; then packages+=(nodejs); fi
    if ! command -v npm >/dev/null; then packages+=(npm); fi
    ;;
  *)
    echo "usage: scripts/install-deps.sh [build|release|test]" >&2
    exit 2
    ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

valijson_present() {
  dpkg-query -W -f='${Status}' libvalijson-dev 2>/dev/null | grep -q "install ok installed" ||
    [ -f /usr/local/share/cmake/valijson/valijsonConfig.cmake ]
}

if [ ${#missing[@]} -eq 0 ] && valijson_present; then
  echo "install-deps ($purpose): all ${#packages[@]} packages and valijson present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps ($purpose): installing ${missing[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! valijson_present; then
  echo "install-deps ($purpose): valijson's headers from libvalijson-dev into /usr/local"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  chmod 0777 "$tmp"  # apt-get download writes as the _apt user
  (cd "$tmp" && apt-get download -qq libvalijson-dev)
  dpkg-deb -x "$tmp"/libvalijson-dev_*.deb "$tmp/root"
  $sudo mkdir -p /usr/local/include /usr/local/share/cmake /usr/local/share/doc/libvalijson-dev
  $sudo cp -r "$tmp/root/usr/include/valijson" /usr/local/include/
  $sudo cp -r "$tmp/root/usr/share/cmake/valijson" /usr/local/share/cmake/
  $sudo cp "$tmp/root/usr/share/doc/libvalijson-dev/copyright" /usr/local/share/doc/libvalijson-dev/
fi
