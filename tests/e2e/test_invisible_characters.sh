#!/usr/bin/env bash
# Characters people cannot see in the portal and the report (issue 23, point 14): a group whose
# name and short name hold U+202E (RIGHT-TO-LEFT OVERRIDE) and U+200B (ZERO WIDTH SPACE), and a
# municipality with U+200B in its name and U+202E in its description (tests/fixtures/
# invisible-characters, laid over examples/minimal). `hok digest` and `hok report`, HTML and
# Markdown, must show each as its code point — in HTML text a marked span naming it, elsewhere
# ⟨U+202E⟩ — and contain neither character raw; a registry without them gets no mark at all.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

tree="$work/tree"
cp -r "$source_dir/examples/minimal" "$tree"
cp -r "$source_dir/tests/fixtures/invisible-characters/." "$tree/"
override=$(printf '\342\200\256')   # U+202E in UTF-8, whatever the locale
zero_width=$(printf '\342\200\213')  # U+200B
span_override='<span class="invisible" title="U+202E (RIGHT-TO-LEFT OVERRIDE)">⟨U+202E⟩</span>'
span_zero_width='<span class="invisible" title="U+200B (ZERO WIDTH SPACE)">⟨U+200B⟩</span>'

grep -q "$override" "$tree/groups/samrad-aldre.yaml" && grep -q "$zero_width" "$tree/groups/samrad-aldre.yaml" \
  || fail "the fixture lost its invisible characters"

# raw_in PATH...: the files under PATH that hold either character raw (the portal's search data,
# search-index.js, included).
raw_in() { grep -rlE "$override|$zero_width" "$@"; }

for lang in sv en; do
  for format in html md; do
    out="$work/digest-$format-$lang"
    "$hok" digest "$tree" --format $format --lang $lang --out "$out" >/dev/null 2>"$work/err" \
      || { fail "digest $format $lang: exit $? ($(cat "$work/err"))"; continue; }
    if raw=$(raw_in "$out"); then fail "digest $format $lang: raw characters in $(echo "$raw" | wc -l) files, e.g. $(echo "$raw" | head -1)"; else pass "digest $format $lang: no raw character"; fi
    report="$work/report-$lang.$format"
    "$hok" report "$tree" --year 2026 --format $format --lang $lang --out "$report" >/dev/null 2>"$work/err" \
      || { fail "report $format $lang: exit $? ($(cat "$work/err"))"; continue; }
    if raw_in "$report" >/dev/null; then fail "report $format $lang: raw characters"; else pass "report $format $lang: no raw character"; fi
  done
done

page="$work/digest-html-sv/groups/samrad-aldre.html"
grep -qF "<h1>Samrådsgrupp $span_override""Äldres$span_zero_width hälsa</h1>" "$page" \
  && pass "the group's page: its heading shows both, each in a marked span" || fail "the group's page: heading $(grep '<h1>' "$page")"
grep -qF "<title>Samrådsgrupp ⟨U+202E⟩Äldres⟨U+200B⟩ hälsa – " "$page" \
  && pass "the group's page: its title (no markup there) shows both as text" || fail "the group's page: title $(grep '<title>' "$page")"
grep -qF "Älv$span_zero_width""by kommun" "$page" && pass "a link's text to the municipality shows U+200B" \
  || fail "the municipality's name in the group's page"
grep -qF "utan $span_override""stadsdelsområden" "$work/digest-html-sv/municipalities/alvby.html" \
  && pass "a description (CommonMark) shows U+202E" || fail "the municipality's description"
grep -qF 'href="../municipalities/alvby.html"' "$page" && pass "links lead where they did" || fail "the link to alvby"
grep -qF "# Samrådsgrupp ⟨U+202E⟩Äldres⟨U+200B⟩ hälsa" "$work/digest-md-sv/groups/samrad-aldre.md" \
  && pass "the Markdown page shows both as ⟨U+…⟩" || fail "the Markdown page's heading"
grep -qF 'n_samrad_aldre["Samrådsgrupp ⟨U+202E⟩Äldres⟨U+200B⟩ hälsa"]' "$work/digest-md-sv/index.md" \
  && pass "the organisation chart (Mermaid) shows both" || fail "the Mermaid organisation chart"
grep -qF "$span_override""Äldres$span_zero_width hälsa" "$work/report-sv.html" \
  && pass "the report (html) shows the short name's characters" || fail "the report (html)"
grep -qF "### ⟨U+202E⟩Äldres⟨U+200B⟩ hälsa" "$work/report-en.md" \
  && pass "the report (md) shows them in a heading" || fail "the report (md): $(grep -n 'U+202E' "$work/report-en.md" | head -3)"
grep -qF '"title":"Samrådsgrupp ⟨U+202E⟩Äldres⟨U+200B⟩ hälsa"' "$work/digest-html-sv/search-index.js" \
  && pass "the search's hits show both as ⟨U+…⟩" || fail "search-index.js: $(grep -o '"title":"Samrådsgrupp[^"]*"' "$work/digest-html-sv/search-index.js")"
grep -qF ".invisible {" "$work/digest-html-sv/hok.css" && grep -qF ".invisible {" "$work/report-sv.html" \
  && pass "the stylesheets draw the span" || fail "no .invisible rule in hok.css or the report's styles"

# A registry without such characters gets no mark, and no ⟨U+…⟩.
"$hok" digest "$source_dir/examples/minimal" --format html --out "$work/clean" >/dev/null 2>&1 || fail "digest examples/minimal"
"$hok" report "$source_dir/examples/minimal" --year 2026 --format md --out "$work/clean.md" >/dev/null 2>&1 || fail "report examples/minimal"
if grep -rlE 'class="invisible"|⟨U\+' "$work/clean" "$work/clean.md" >/dev/null; then
  fail "examples/minimal, which holds no invisible character, got a mark"
else
  pass "examples/minimal: no mark"
fi
finish
