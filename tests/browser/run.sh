#!/usr/bin/env bash
# The browser test (CTest's e2e.browser): writes the digest and the 2025 report of data/, then
# opens them in headless Debian Chromium through playwright-core (tests/browser/*.cjs).
# Usage: bash tests/browser/run.sh HOK SOURCE_DIR WORK_DIR
#   WORK_DIR (under the build directory) receives node_modules and the screenshots; nothing is
#   written to the source tree. playwright-core comes from tests/browser/package-lock.json by
#   `npm ci` the first time (and whenever the lock file changes); it never downloads a browser.
# Without Chromium, Node.js or npm the test fails under CI (CI set in the environment) and is
# skipped (exit 77) with a message saying how to install them on a developer's machine.
set -euo pipefail

hok=$(realpath "$1")
source_dir=$(realpath "$2")
work_dir=$3
here="$source_dir/tests/browser"
chromium=${HOK_CHROMIUM:-/usr/bin/chromium}
started=$(date +%s)

missing() {
  if [ -n "${CI:-}" ]; then
    echo "e2e.browser: FAILED: $1 (CI must have it: scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
  echo "e2e.browser: skipped: $1." >&2
  echo "  Install it with scripts/install-deps.sh (as root or with sudo), or set HOK_CHROMIUM to a" >&2
  echo "  Chromium binary. Under CI (CI=true) this test fails instead of skipping." >&2
  exit 77
}

[ -x "$chromium" ] || missing "Chromium not found at $chromium (Debian package chromium)"
command -v node >/dev/null || missing "node not found (Debian package nodejs)"
command -v npm >/dev/null || missing "npm not found (Debian package npm)"

# playwright-core, installed from the lock file into the build directory.
npm_dir="$work_dir/npm"
mkdir -p "$npm_dir"
if [ ! -d "$npm_dir/node_modules/playwright-core" ] ||
   ! cmp -s "$here/package-lock.json" "$npm_dir/package-lock.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$npm_dir/"
  echo "e2e.browser: npm ci (playwright-core and axe-core from tests/browser/package-lock.json)"
  (cd "$npm_dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

output=$(mktemp -d "${TMPDIR:-/tmp}/hok-browser.XXXXXX")
trap 'rm -rf "$output"' EXIT
"$hok" digest "$source_dir/data" --format html --out "$output/site"
# The accessibility check also reads the English site and the example's (every page type, both
# languages, both trees).
"$hok" digest "$source_dir/data" --format html --lang en --out "$output/site-en" > /dev/null
"$hok" digest "$source_dir/examples/minimal" --format html --out "$output/site-minimal" > /dev/null
"$hok" digest "$source_dir/examples/minimal" --format html --lang en --out "$output/site-minimal-en" > /dev/null
"$hok" report "$source_dir/data" --year 2025 --format html --out "$output/rapport.html"
# The change links: data/ with hok.yaml saying where it lives on a git host (docs/digest.md).
cp -r "$source_dir/data" "$output/data-links"
printf 'repository:\n  host: github\n  url: https://github.com/region-stockholm/hok-registret\n  branch: main\n  path: data\n' \
  >> "$output/data-links/hok.yaml"
"$hok" digest "$output/data-links" --format html --out "$output/site-links" > /dev/null

screenshots="$work_dir/screenshots"
status=0
NODE_PATH="$npm_dir/node_modules" HOK_CHROMIUM="$chromium" \
  HOK_AXE_SITES="$output/site:$output/site-en:$output/site-minimal:$output/site-minimal-en" \
  HOK_LINKS_SITE="$output/site-links" \
  node "$here/digest_report.test.cjs" "$output/site" "$output/rapport.html" "$screenshots" \
       "$source_dir/messages" || status=$?
echo "e2e.browser: screenshots in $screenshots ($(( $(date +%s) - started )) s in all)"
exit $status
