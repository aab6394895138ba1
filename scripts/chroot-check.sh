#!/usr/bin/env bash
# Checks hok on fresh Debian machines: debootstrap chroots (minbase) that have nothing installed
# but Debian's base system. Slow (minutes) and outside the default test run; CI-ready: it needs
# root, network access to a Debian mirror, and nothing else (it installs debootstrap itself).
#
#   scripts/chroot-check.sh setup     a clean clone of this repository in a fresh bookworm chroot
#                                     runs scripts/run.sh: the time from nothing to the first line
#                                     of `hok validate data` (issue 22's target: under 4 minutes)
#   scripts/chroot-check.sh release   the release archive (dist/, from scripts/release.sh; built
#                                     first if missing) in fresh bookworm and trixie chroots that
#                                     have none of hok's libraries: its SHA-256, then validate,
#                                     gaps, digest, report, diff, --rev and --new-since on a git
#                                     clone of this repository's data/, each compared with the same
#                                     command run on this machine (output and exit code) and timed
#   scripts/chroot-check.sh all       both
#
# Settings (environment): HOK_CHROOT_DIR (default /var/tmp/hok-chroot) keeps one debootstrapped
# base per suite, copied afresh for every check and removed after it; HOK_DEBIAN_MIRROR (default
# http://deb.debian.org/debian); HOK_CHROOT_SUITES (default "bookworm trixie") for `release`.
# The figures it prints are in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
what=${1:-all}
dir=${HOK_CHROOT_DIR:-/var/tmp/hok-chroot}
mirror=${HOK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suites=${HOK_CHROOT_SUITES:-bookworm trixie}
failures=0
say() { echo "== chroot-check $(date -u +%H:%M:%S): $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

if [ "$(id -u)" -ne 0 ]; then
  echo "chroot-check: needs root (debootstrap, chroot, mount)" >&2
  exit 2
fi
case "$what" in setup | release | all) ;; *) echo "usage: scripts/chroot-check.sh [setup|release|all]" >&2; exit 2 ;; esac
if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
fi
mkdir -p "$dir"

# The debootstrapped base of a suite, made once and kept.
base() {
  local suite=$1
  if [ ! -f "$dir/$suite-base/.hok-base" ]; then
    say "debootstrap $suite (once; kept in $dir/$suite-base)"
    rm -rf "$dir/$suite-base.tmp"
    debootstrap --variant=minbase "$suite" "$dir/$suite-base.tmp" "$mirror" >"$dir/$suite-debootstrap.log"
    touch "$dir/$suite-base.tmp/.hok-base"
    rm -rf "$dir/$suite-base"
    mv "$dir/$suite-base.tmp" "$dir/$suite-base"
  fi
}

# A fresh machine: a copy of the base with /proc and /dev, removed on exit.
fresh=""
cleanup() {
  if [ -n "$fresh" ] && [ -d "$fresh" ]; then
    umount "$fresh/dev" 2>/dev/null || umount -l "$fresh/dev" 2>/dev/null || true
    umount "$fresh/proc" 2>/dev/null || umount -l "$fresh/proc" 2>/dev/null || true
    # Never remove a tree with the host's /dev still mounted in it.
    if ! mountpoint -q "$fresh/dev" && ! mountpoint -q "$fresh/proc"; then rm -rf --one-file-system "$fresh"; fi
  fi
  fresh=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM
machine() {
  local suite=$1
  base "$suite"
  cleanup
  fresh=$(mktemp -d "$dir/$suite-run.XXXXXX")
  cp -a "$dir/$suite-base/." "$fresh/"
  mount -t proc proc "$fresh/proc"
  mount --bind /dev "$fresh/dev"
  cp /etc/resolv.conf "$fresh/etc/resolv.conf"
}
in_chroot() { chroot "$fresh" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

setup_check() {
  machine bookworm
  git clone -q --no-hardlinks "$source_dir" "$fresh/root/hok"
  say "bookworm: scripts/run.sh in a clean clone of $(git rev-parse --short HEAD)"
  local log="$dir/setup-run.log" start
  start=$(now)
  # Each line with the seconds since the start.
  set +e
  in_chroot bash -c 'cd /root/hok && scripts/run.sh' 2>&1 |
    while IFS= read -r line; do printf '%s %s\n' "$(seconds "$start" "$(now)")" "$line"; done >"$log"
  local code=${PIPESTATUS[0]}
  set -e
  local installed built first
  installed=$(awk '/^[0-9.]+ \[[0-9]+\/[0-9]+\]/ { print $1; exit }' "$log")
  built=$(awk '/== hok validate data/ { print $1; exit }' "$log")
  first=$(awk 'found { print $1; exit } /== hok validate data/ { found = 1 }' "$log")
  tail -n 3 "$log"
  if [ "$code" -eq 0 ] && [ -n "$first" ]; then
    pass "bookworm: from nothing to the first line of hok validate data in ${first} s (packages installed by ~${installed:-?} s, hok built by ${built} s; load average $(cut -d' ' -f1-3 /proc/loadavg)); log: $log"
  else
    fail "bookworm: scripts/run.sh exited $code; log: $log"
  fi
  cleanup
}

release_check() {
  local archive
  archive=$(ls -t dist/hok-*-linux-x86_64.tar.gz 2>/dev/null | head -n1 || true)
  if [ -z "$archive" ]; then
    scripts/release.sh
    archive=$(ls -t dist/hok-*-linux-x86_64.tar.gz | head -n1)
  fi
  local name
  name=$(basename "$archive" .tar.gz)
  # The reference: the same archive on this machine.
  local reference="$dir/reference"
  rm -rf "$reference" && mkdir -p "$reference"
  tar -xzf "$archive" -C "$reference"
  git clone -q --no-hardlinks "$source_dir" "$reference/repo"
  local commands=(
    "validate data"
    "gaps data --as-of 2026-11-26"
    "report data --year 2025 --as-of 2026-11-26 --format md --lang sv"
    "validate data --rev HEAD~1"
    "validate data --new-since HEAD~3"
    "diff HEAD~3 HEAD -C data --as-of 2026-11-26"
    "show regionala-samradet data --history 3"
  )
  for suite in $suites; do
    machine "$suite"
    say "$suite: $name"
    cp "$archive" "$archive.sha256" "$fresh/root/"
    git clone -q --no-hardlinks "$source_dir" "$fresh/root/repo"
    local present
    present=$(find "$fresh/usr/lib" "$fresh/lib" -name 'libgit2*' -o -name 'libyaml-cpp*' -o -name 'libfmt*' \
                -o -name 'libcmark*' -o -name 'libmbed*' -o -name 'libssh2*' -o -name 'libhttp_parser*' \
                -o -name 'libgssapi_krb5*' 2>/dev/null | head -n 3)
    [ -z "$present" ] && pass "$suite: none of hok's libraries installed" || fail "$suite: has $present"
    in_chroot bash -c "cd /root && sha256sum -c $name.tar.gz.sha256 && tar -xzf $name.tar.gz" >/dev/null \
      && pass "$suite: SHA-256 checked, archive unpacked" || fail "$suite: sha256sum or tar failed"
    for command in "${commands[@]}"; do
      local mine theirs code reference_code start took
      start=$(now)
      set +e
      mine=$(in_chroot bash -c "cd /root/repo && NO_COLOR=1 /root/$name/bin/hok $command" 2>&1); code=$?
      took=$(seconds "$start" "$(now)")
      theirs=$(cd "$reference/repo" && NO_COLOR=1 "$reference/$name/bin/hok" $command 2>&1); reference_code=$?
      set -e
      if [ "$code" -eq "$reference_code" ] && [ "$mine" = "$theirs" ] && [ "$code" -ne 2 ]; then
        pass "$suite: hok $command: exit $code, as on this machine (${took} s)"
      else
        fail "$suite: hok $command: exit $code (here $reference_code); $(head -c 400 <<<"$mine")"
      fi
    done
    local start took
    start=$(now)
    if in_chroot bash -c "cd /root/repo && /root/$name/bin/hok digest data --out /tmp/digest --as-of 2026-11-26" >/dev/null 2>&1; then
      took=$(seconds "$start" "$(now)")
      (cd "$reference/repo" && "$reference/$name/bin/hok" digest data --out "$reference/digest" --as-of 2026-11-26 >/dev/null 2>&1)
      if diff -r -q "$fresh/tmp/digest" "$reference/digest" >/dev/null; then
        pass "$suite: hok digest data: $(find "$fresh/tmp/digest" -type f | wc -l) files, as on this machine (${took} s)"
      else
        fail "$suite: hok digest data differs from this machine's"
      fi
      rm -rf "$reference/digest"
    else
      fail "$suite: hok digest data failed"
    fi
    in_chroot /root/$name/bin/hok completion bash >/dev/null && pass "$suite: hok completion bash" \
      || fail "$suite: hok completion"
    cleanup
  done
  rm -rf "$reference"
}

case "$what" in
  setup) setup_check ;;
  release) release_check ;;
  all) setup_check; release_check ;;
esac
if [ $failures -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "all passed"
