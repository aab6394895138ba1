#!/usr/bin/env bash
# Builds the release archive: dist/hok-VERSION-linux-x86_64.tar.gz and its .sha256, a hok that runs
# on any x86-64 Linux with glibc >= 2.36 (Debian bookworm and trixie, Ubuntu 24.04) with nothing
# else installed. How it is linked and why: docs/release.md; the checks in clean Debian chroots:
# scripts/chroot-check.sh release.
#
# The archive holds one folder, hok-VERSION-linux-x86_64/:
#   bin/hok                                      the executable (static but for glibc; its run path
#                                                finds ../lib)
#   lib/                                         the shared libraries Debian has no static archive
#                                                for (Kerberos GSS-API, which libgit2 links)
#   share/bash-completion/completions/hok, share/zsh/vendor-completions/_hok,
#   share/fish/vendor_completions.d/hok.fish     shell completions (`hok completion`)
#   share/doc/hok/help.txt, help.sv.txt          `hok --help` and every command's --help, English and Swedish
#   share/doc/hok/licences/                      the copyright and licence of everything linked in
#   README.txt                                   how to install it
# VERSION is `hok --version` without a leading "v" (a tag v0.2.0 gives hok-0.2.0-linux-x86_64).
#
# Usage: scripts/release.sh            (build folder build-release/, output dist/; override with
#                                       HOK_RELEASE_BUILD_DIR and HOK_RELEASE_OUT)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${HOK_RELEASE_BUILD_DIR:-build-release}
out=${HOK_RELEASE_OUT:-dist}

scripts/install-deps.sh release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOK_TESTS=OFF -DHOK_RELEASE=ON >/dev/null
cmake --build "$build" --target hok hok_completions

version=$("$build/hok" --version | awk '{print $NF}')
version=${version#v}
name="hok-$version-linux-x86_64"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stage="$tmp/$name"
mkdir -p "$stage/bin" "$stage/lib" "$stage/share/doc/hok/licences" "$stage/share/bash-completion/completions" \
         "$stage/share/zsh/vendor-completions" "$stage/share/fish/vendor_completions.d"
install -m 0755 -s "$build/hok" "$stage/bin/hok"

# The libraries the loader would take from the system, glibc's own left out: each is bundled.
glibc='^(linux-vdso|ld-linux-x86-64|libc|libm|libpthread|libdl|librt|libresolv|libutil)\.so'
bundled=()
while read -r soname _ path _; do
  [ -n "$path" ] && [ "$path" != "not" ] || continue
  if grep -Eq "$glibc" <<<"$soname"; then continue; fi
  install -m 0644 "$(readlink -f "$path")" "$stage/lib/$soname"
  bundled+=("$path")
done < <(ldd "$build/hok" | grep '=>')

# Licences: the packages whose code is in the executable (static archives, header-only libraries,
# the C++ runtime) or beside it (the bundled libraries).
files=(/usr/include/yaml-cpp/yaml.h /usr/include/fmt/format.h /usr/include/CLI/CLI.hpp
       /usr/include/nlohmann/json.hpp /usr/include/kainjow/mustache.hpp
       /usr/include/git2.h /usr/include/cmark-gfm.h /usr/include/cmark-gfm-core-extensions.h)
while read -r archive; do files+=("$archive"); done < <(sed -n 's/^HOK_STATIC_[^:]*:FILEPATH=//p' "$build/CMakeCache.txt")
files+=("$(g++ -print-file-name=libstdc++.a)" "$(g++ -print-file-name=libgcc.a)")
for library in "${bundled[@]}"; do files+=("$(readlink -f "$library")"); done
# The package that owns a file. dpkg knows a library by the path it installed it under, which on a
# merged-/usr system may be /lib/… where readlink -f gives /usr/lib/… (or the other way round).
package_of() {
  local candidates=("$1") file found
  case "$1" in
    /usr/lib/*) candidates+=("${1#/usr}") ;;
    /lib/*) candidates+=("/usr$1") ;;
  esac
  for file in "${candidates[@]}"; do
    if found=$(dpkg -S "$file" 2>/dev/null); then
      printf '%s\n' "$found" | head -n1 | cut -d: -f1 | cut -d, -f1
      return 0
    fi
  done
  echo "release: no package owns $1, so its licence cannot be put in the archive" >&2
  return 1
}
packages=$(for file in "${files[@]}"; do package_of "$(readlink -f "$file")" || exit 1; done | sort -u)
for package in $packages; do
  copyright=/usr/share/doc/$package/copyright
  if [ ! -f "$copyright" ]; then
    echo "release: $package has no $copyright" >&2
    exit 1
  fi
  cp "$copyright" "$stage/share/doc/hok/licences/$package.copyright"
done

# valijson (header-only) comes from libvalijson-dev, installed or put under /usr/local by
# scripts/install-deps.sh.
for copyright in /usr/share/doc/libvalijson-dev/copyright /usr/local/share/doc/libvalijson-dev/copyright; do
  if [ -f "$copyright" ]; then cp "$copyright" "$stage/share/doc/hok/licences/libvalijson-dev.copyright"; break; fi
done
[ -f "$stage/share/doc/hok/licences/libvalijson-dev.copyright" ] || { echo "release: no copyright of valijson" >&2; exit 1; }

cp "$build/completions/hok.bash" "$stage/share/bash-completion/completions/hok"
cp "$build/completions/_hok" "$stage/share/zsh/vendor-completions/_hok"
cp "$build/completions/hok.fish" "$stage/share/fish/vendor_completions.d/hok.fish"

# Every command's --help, in English (help.txt) and in Swedish (help.sv.txt): hok words its help in
# the environment's language. The commands are the lines under the list's heading.
write_help() {
  local heading=$1 language=$2
  run() { env LANG="$language" LC_ALL= LC_MESSAGES= "$stage/bin/hok" "$@"; }
  echo "hok $version"
  echo
  run --help
  for command in $(run --help | awk -v heading="$heading:" '$0 == heading {on=1; next} on && /^  [a-z]/{print $1}'); do
    echo
    echo "------------------------------------------------------------------------"
    run "$command" --help
  done
}
write_help Subcommands C.UTF-8 > "$stage/share/doc/hok/help.txt"
write_help Kommandon sv_SE.UTF-8 > "$stage/share/doc/hok/help.sv.txt"
for help in help.txt help.sv.txt; do
  # One usage line per command and the root's: a heading that no longer matches lists none.
  usages=$(grep -c "^\(Usage\|Användning\): " "$stage/share/doc/hok/$help")
  [ "$usages" -ge 10 ] || { echo "release: $help has $usages usage lines; the command list was not found" >&2; exit 1; }
done

cat > "$stage/README.txt" <<EOF
hok $version for x86-64 Linux (glibc 2.36 or newer: Debian 12 bookworm, Debian 13 trixie,
Ubuntu 24.04). Nothing else needs to be installed.

Run it where it is:      ./bin/hok validate path/to/registry
or install it for you:   cp -r bin lib share ~/.local/      (then ~/.local/bin on PATH)
or for everyone:         sudo cp -r bin lib share /usr/local/

bin/hok finds the libraries in lib/ beside it (../lib), so keep the two together.
Shell completions are under share/; share/doc/hok/help.txt is every command's --help
(help.sv.txt in Swedish; hok answers --help in Swedish when LANG is Swedish or with --lang sv);
share/doc/hok/licences/ holds the licences of the libraries built into hok.
Check the download: sha256sum -c $name.tar.gz.sha256
EOF

mkdir -p "$out"
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$tmp" -cf - "$name" \
  | gzip -n -9 > "$out/$name.tar.gz.tmp"
mv "$out/$name.tar.gz.tmp" "$out/$name.tar.gz"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256.tmp" && mv "$name.tar.gz.sha256.tmp" "$name.tar.gz.sha256")
echo "release: $out/$name.tar.gz ($(du -k "$out/$name.tar.gz" | cut -f1) KiB), bundled: ${bundled[*]:-none}"
echo "release: $(cat "$out/$name.tar.gz.sha256")"
