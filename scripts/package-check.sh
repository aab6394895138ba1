#!/usr/bin/env bash
# Builds hok's .deb, installs it with dpkg and runs the installed /usr/bin/hok on data/: the
# package works on its own, outside the build tree. Removes the package again afterwards unless
# HOK_KEEP_PACKAGE=1. Needs root (or sudo) for dpkg.
# Usage: scripts/package-check.sh        (build folder: build-package/, or $HOK_PACKAGE_BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${HOK_PACKAGE_BUILD_DIR:-build-package}
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

scripts/install-deps.sh build
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOK_TESTS=OFF >/dev/null
cmake --build "$build"
rm -f "$build"/hok_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/hok_*.deb)
echo "== $deb"
dpkg-deb --field "$deb" Package Version Maintainer Depends
dpkg-deb --field "$deb" Depends | grep -q "libyaml-cpp0.7" || { echo "package-check: Depends lacks libyaml-cpp0.7"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q "libfmt9" || { echo "package-check: Depends lacks libfmt9"; exit 1; }

if [ "${HOK_KEEP_PACKAGE:-0}" != 1 ]; then trap '$sudo dpkg -r hok >/dev/null' EXIT; fi
$sudo dpkg -i "$deb"
echo "== installed: $(/usr/bin/hok --version)"
for file in /usr/share/bash-completion/completions/hok /usr/share/zsh/vendor-completions/_hok \
            /usr/share/fish/vendor_completions.d/hok.fish; do
  [ -s "$file" ] || { echo "package-check: $file missing"; exit 1; }
done
echo "== /usr/bin/hok validate data"
/usr/bin/hok validate data
