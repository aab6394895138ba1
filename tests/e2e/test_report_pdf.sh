#!/usr/bin/env bash
# hok report --format pdf: the PDF for the diarium, printed by headless Chromium. The test renders
# the PDF's pages to images (pdftoppm) and checks the page count, a page number on every page
# ("3 (12)"), that page 1 holds the header, the proposed decision and the summary, and that no
# page but the last is nearly blank. Without the engine: exit 2 with what to install.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# No engine: exit 2, nothing written, and what to install.
HOK_CHROMIUM=/nonexistent/chromium "$hok" report "$source_dir/data" --year 2025 --format pdf --out "$work/none.pdf" \
  2>"$work/err"; code=$?
[ $code = 2 ] && [ ! -e "$work/none.pdf" ] && grep -q "apt-get install chromium" "$work/err" \
  && pass "without Chromium: exit 2 with what to install" || fail "no engine: exit $code, $(cat "$work/err")"
"$hok" report "$source_dir/data" --year 2025 --format pdf 2>"$work/err"; code=$?
[ $code = 2 ] && grep -q "ange den med --out" "$work/err" && pass "--format pdf needs --out" \
  || fail "pdf to stdout: exit $code"

# The test suite's machine has both (scripts/install-deps.sh test installs chromium and poppler-utils):
# without them this test fails rather than passing unseen.
chromium=${HOK_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ] || ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
  fail "the PDF needs chromium and poppler-utils (pdftoppm, pdftotext): run scripts/install-deps.sh test"
  finish
  exit 1
fi

for lang in sv en; do
  pdf="$work/report-$lang.pdf"
  if ! "$hok" report "$source_dir/data" --year 2025 --format pdf --lang $lang --out "$pdf" 2>"$work/err"; then
    fail "$lang: --format pdf: $(cat "$work/err")"
    continue
  fi
  head -c 5 "$pdf" | grep -q "%PDF-" && pass "$lang: a PDF is written" || { fail "$lang: not a PDF"; continue; }
  mkdir -p "$work/pages-$lang"
  pdftoppm -r 30 -gray "$pdf" "$work/pages-$lang/p"
  pages=$(ls "$work/pages-$lang" | wc -l)
  [ "$pages" -ge 2 ] && pass "$lang: $pages pages rendered" || fail "$lang: $pages pages"
  # A page number on every page: "i (pages)".
  missing=""
  for ((i = 1; i <= pages; i++)); do
    pdftotext -f $i -l $i -layout "$pdf" - | grep -qE "(^|[[:space:]])$i \($pages\)[[:space:]]*$" || missing+=" $i"
  done
  [ -z "$missing" ] && pass "$lang: every page has its number, 'n ($pages)'" || fail "$lang: no page number on page$missing"
  # Page 1: the header, the proposed decision and the summary.
  first=$(pdftotext -f 1 -l 1 "$pdf" -)
  if [ $lang = sv ]; then words=("Till" "Diarienummer" "Förslag till beslut" "Sammanfattning" "Lokala områden med KSA")
  else words=("To" "Registration number" "Proposed decision" "Summary" "Local areas with a KSA"); fi
  for word in "${words[@]}"; do
    grep -qF "$word" <<<"$first" || fail "$lang: page 1 lacks '$word'"
  done
  pass "$lang: page 1 holds the header, the proposed decision and the summary"
  # The appendix's heading is never left at a page's foot: its page holds the table's first row.
  if [ $lang = sv ]; then heading="Bilaga: Beslut"; first_row="Hela länet"; else heading="Appendix: decisions"; first_row="The whole"; fi
  appendix_page=""
  for ((i = 2; i <= pages; i++)); do
    pdftotext -f $i -l $i "$pdf" - | grep -q "^$heading" && appendix_page=$i
  done
  [ -n "$appendix_page" ] && pdftotext -f $appendix_page -l $appendix_page "$pdf" - | grep -q "^$first_row" \
    && pass "$lang: the appendix starts with its table (page $appendix_page)" \
    || fail "$lang: the appendix's heading without its table (page ${appendix_page:-none})"
  # No page but the last nearly blank: the ink must reach below the top 30 % of the page (the
  # bottom tenth, where the page number stands, not counted).
  "$python" - "$work/pages-$lang" <<'PY' && pass "$lang: no page is nearly blank" || fail "$lang: a nearly blank page"
import pathlib, sys
pages = sorted(pathlib.Path(sys.argv[1]).iterdir())
bad = []
for number, page in enumerate(pages[:-1], 1):
    data = page.read_bytes()
    # PGM (P5): magic, width, height, maximum, then one byte per pixel.
    fields, position = [], 0
    while len(fields) < 4:
        while data[position:position + 1].isspace():
            position += 1
        end = position
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    width, height = int(fields[1]), int(fields[2])
    pixels = data[position + 1:]
    last = 0
    for y in range(int(height * 0.9)):
        if min(pixels[y * width:(y + 1) * width]) < 160:
            last = y
    if last < 0.3 * height:
        bad.append(f"page {number}: ink ends at {last * 100 // height} % of the page")
if bad:
    print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
done

finish
