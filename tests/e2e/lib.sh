# The start and the end every end-to-end script shares. Sourced, never run by itself (CTest runs
# only tests/e2e/test_*.sh), as the script's first command:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
# CTest runs each script as `bash script <hok-binary> <source-dir>`. After sourcing:
#   hok, source_dir       the two arguments, as absolute paths
#   work                  a new temporary folder, removed when the script exits
#   python                Debian's python3 when it is there (it has python3-yaml and
#                         python3-jsonschema), else the first python3 on PATH
#   pass TEXT, fail TEXT  one line per check; fail counts it in $failures
#   finish                the script's last command: exit 1 with the count of failures, or
#                         "all passed" (exit 0)
set -u
# hok speaks the environment's language before it reads a registry (--help, parse errors): the
# scripts run in an English one whatever the developer's, and ask for Swedish where they test it.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES
if [ $# -lt 2 ]; then
  echo "usage: $0 <hok-binary> <source-dir>" >&2
  exit 2
fi
hok=$(realpath "$1")
source_dir=$(realpath "$2")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
[ -x "$python" ] || python=python3

finish() {
  [ $failures -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
  echo "all passed"
}
