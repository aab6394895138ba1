#!/usr/bin/env bash
# hok report --year Y reads the year as it was: in a git repository built here with commits in
# 2023, 2024 and 2025 (and one in January 2026), the figures of Y come from the last commit on or
# before 31 December of Y and the comparison year from the last commit on or before 31 December
# of Y − 1; a commit after the year ended does not change the year's report; --rev and --as-of
# override the choice; outside git the report says that it used the registry as it is today.
# The expected figures are worked out by hand below, from what each commit holds.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
repo="$work/repo"
functions="$work/functions"
mkdir -p "$repo"
cp -r "$source_dir/examples/minimal/." "$repo/"
mv "$repo/functions" "$functions"
mkdir "$repo/functions"

# commit DATE MESSAGE: everything in the repository, dated DATE (author and committer).
commit() {
  (cd "$repo" && git add -A && GIT_AUTHOR_DATE="$1T10:00:00Z" GIT_COMMITTER_DATE="$1T10:00:00Z" git commit -q -m "$2") \
    || fail "git commit $2"
}
(cd "$repo" && git init -q -b main .)

# The local areas of examples/minimal: Storstad's two districts (innerstaden, söderort) and the
# municipalities without districts (Älvby, Björkö): 4 areas. No GSA is in any commit before 2026.
# 2023: the KSA of Älvby                              → KSA 1 of 4
cp "$functions/alvby-ksa.yaml" "$repo/functions/"
commit 2023-06-01 "2023"
# 2024: + the KSA of Storstad innerstaden              → KSA 2 of 4
cp "$functions/storstad-innerstaden-ksa.yaml" "$repo/functions/"
commit 2024-05-01 "2024"
# 2025: + the KSA of Storstad söderort                 → KSA 3 of 4
cp "$functions/storstad-soderort-ksa.yaml" "$repo/functions/"
commit 2025-03-01 "2025"
"$hok" validate "$repo" >/dev/null 2>&1 || fail "the fixture does not validate: $("$hok" validate "$repo" 2>&1 | head -5)"

# The Markdown as a reader sees it: without the escapes (\( \+) and the emphasis (*muted*).
plain() { sed 's/\\//g; s/\*//g' "$1"; }
# A report's summary row for FIGURE (Markdown table row, cells trimmed).
row() { plain "$1" | grep -F "| $2 |" | head -1 | sed 's/  */ /g'; }

# expect_row FILE FIGURE ROW WHAT
expect_row() {
  local got
  got=$(row "$1" "$2")
  [ "$got" = "$3" ] && pass "$4" || fail "$4: expected '$3', got '$got'"
}

"$hok" report "$repo" --year 2025 --format md --lang sv --out "$work/2025-before.md" 2>"$work/err" \
  || fail "report 2025: $(cat "$work/err")"
"$hok" report "$repo" --year 2024 --format md --lang sv --out "$work/2024.md" 2>"$work/err" \
  || fail "report 2024: $(cat "$work/err")"

# January 2026: the Björkö function (KSA and GSA) is recorded after 2025 ended.
cp "$functions/bjorko-samordning.yaml" "$repo/functions/"
commit 2026-01-15 "2026"
"$hok" report "$repo" --year 2025 --format md --lang sv --out "$work/2025.md" 2>"$work/err" \
  || fail "report 2025 after the 2026 commit: $(cat "$work/err")"

# 2025: KSA 3 of 4 (end of 2025) against 2 of 4 (end of 2024): +1. Judged from the records' dates
# in today's registry, 2024 would have counted Söderort's KSA too, and 2025 Björkö's.
expect_row "$work/2025.md" "Lokala områden med KSA" \
  "| Lokala områden med KSA | 3 (uppgift saknas för 1 av 4) | 2 (uppgift saknas för 2 av 4) | +1 |" \
  "2025: KSA as at the end of 2025 and of 2024"
# No GSA recorded in either year: the change is unknown, never ±0.
expect_row "$work/2025.md" "Lokala områden med GSA" \
  "| Lokala områden med GSA | uppgift saknas för alla 4 | uppgift saknas för alla 4 | uppgift saknas |" \
  "2025: GSA unknown in both years, the change not printed as ±0"
expect_row "$work/2024.md" "Lokala områden med KSA" \
  "| Lokala områden med KSA | 2 (uppgift saknas för 2 av 4) | 1 (uppgift saknas för 3 av 4) | +1 |" \
  "2024: KSA as at the end of 2024 and of 2023"
# The trend: every year from the HÖK's start (valid from 2022-09-01), each from its own year-end
# commit; 2022 has none, so it is counted from the dates (marked ²).
plain "$work/2025.md" | grep -qF "| Nyckeltal | 2022 ² | 2023 | 2024 | 2025 |" \
  && pass "trend: the years since the HÖK's start, 2022 from the dates" || fail "trend: the years"
plain "$work/2025.md" | grep -F "| Lokala områden med KSA |" | grep -qF \
  "| 1 (uppgift saknas för 3) | 2 (uppgift saknas för 2) | 3 (uppgift saknas för 1) |" \
  && pass "trend: KSA at the end of 2023, 2024 and 2025, each from its commit" || fail "trend: KSA year by year"
if cmp -s "$work/2025-before.md" "$work/2025.md"; then
  pass "a commit after 31 December 2025 does not change the 2025 report"
else
  fail "the 2026 commit changed the 2025 report: $(diff "$work/2025-before.md" "$work/2025.md" | head -10)"
fi

# The colophon names both states by date and version (the short id of each commit).
id2025=$(cd "$repo" && git rev-parse --short=7 HEAD~1)
id2024=$(cd "$repo" && git rev-parse --short=7 HEAD~2)
plain "$work/2025.md" | grep -qF "registret som det såg ut den 2025-03-01 (version $id2025)" \
  && pass "colophon: the year's state named by date and version" || fail "colophon: the 2025 state ($id2025)"
plain "$work/2025.md" | grep -qF "Jämförelseåret 2024 bygger på registret som det såg ut den 2024-05-01 (version $id2024)" \
  && pass "colophon: the comparison year's state" || fail "colophon: the 2024 state ($id2024)"

# The working tree's uncommitted changes do not count for a year that is over either.
rm "$repo/functions/alvby-ksa.yaml"
"$hok" report "$repo" --year 2025 --format md --lang sv --out "$work/2025-dirty.md" 2>/dev/null
cmp -s "$work/2025.md" "$work/2025-dirty.md" && pass "uncommitted changes do not change a past year" \
  || fail "an uncommitted change changed the 2025 report"
(cd "$repo" && git checkout -q -- functions)

# --rev overrides: the registry at HEAD (January 2026) as the year's state.
"$hok" report "$repo" --year 2025 --rev HEAD --format md --lang sv --out "$work/rev.md" 2>"$work/err" \
  || fail "--rev HEAD: $(cat "$work/err")"
expect_row "$work/rev.md" "Lokala områden med KSA" \
  "| Lokala områden med KSA | 4 av 4 | 2 (uppgift saknas för 2 av 4) | +2 |" \
  "--rev: the year read from the named revision, the year before from the end of 2024"
id2026=$(cd "$repo" && git rev-parse --short=7 HEAD)
plain "$work/rev.md" | grep -qF "registret som det såg ut den 2026-01-15 (version $id2026)" \
  && pass "--rev: named in the colophon" || fail "--rev: colophon"

# --as-of overrides the day: 2025-02-01 reads the 2024 commit (the last on or before that day).
"$hok" report "$repo" --year 2025 --as-of 2025-02-01 --format md --lang sv --out "$work/asof.md" 2>"$work/err" \
  || fail "--as-of: $(cat "$work/err")"
expect_row "$work/asof.md" "Lokala områden med KSA" \
  "| Lokala områden med KSA | 2 (uppgift saknas för 2 av 4) | 2 (uppgift saknas för 2 av 4) | uppgift saknas |" \
  "--as-of: the state on that day"

# A year before the first commit: the files as they are, and the report says so.
"$hok" report "$repo" --year 2022 --format md --lang sv --out "$work/2022.md" 2>/dev/null \
  || fail "report 2022"
grep -qF "Det finns ingen sparad version av registret från 2022 eller tidigare." "$work/2022.md" \
  && pass "a year before the first commit: said so" || fail "2022: the sentence on no saved state"
# … and on page 1, under the summary's first sentence, not only in the colophon at the end.
sed -n '/^## Sammanfattning/,/^| Nyckeltal/p' "$work/2022.md" \
  | grep -qE "^Siffrorna bygger på registret som det ser ut i dag, [0-9]{4}-[0-9]{2}-[0-9]{2}: det finns ingen sparad version från slutet av 2022\.$" \
  && pass "a year before the first commit: said on page 1" || fail "2022: no page-1 sentence on today's files"
# A year read from its year-end state does not say it.
sed -n '/^## Sammanfattning/,/^| Nyckeltal/p' "$work/rev.md" | grep -q "Siffrorna bygger på registret som det ser ut i dag" \
  && fail "--rev: the page-1 sentence on today's files" || pass "--rev: no page-1 sentence on today's files"
# A year that is not over (2099, whatever today is): page 1 says the figures are today's.
"$hok" report "$repo" --year 2099 --format md --lang sv --out "$work/2099.md" 2>/dev/null || fail "report 2099"
sed -n '/^## Sammanfattning/,/^| Nyckeltal/p' "$work/2099.md" \
  | grep -qE "^Året är inte slut: siffrorna bygger på registret som det ser ut i dag, [0-9]{4}-[0-9]{2}-[0-9]{2}\.$" \
  && pass "a year not over: said on page 1" || fail "2099: no page-1 sentence on a year not over"

# Outside git: the registry as it is today, said in the reader's words.
mkdir "$work/plain"
cp -r "$source_dir/examples/minimal/." "$work/plain/"
"$hok" report "$work/plain" --year 2025 --format md --lang sv --out "$work/plain.md" 2>/dev/null || fail "report outside git"
grep -qF "Registret sparar här inga tidigare versioner" "$work/plain.md" \
  && pass "outside git: the report says it used the registry as it is today" || fail "outside git: the sentence"
sed -n '/^## Sammanfattning/,/^| Nyckeltal/p' "$work/plain.md" | grep -q "^Siffrorna bygger på registret som det ser ut i dag" \
  && pass "outside git: said on page 1" || fail "outside git: no page-1 sentence"
"$hok" report "$work/plain" --year 2025 --format html --lang en --out "$work/plain.html" 2>/dev/null
grep -qF "No earlier states of the registry are kept here" "$work/plain.html" \
  && pass "outside git, en html: said" || fail "outside git, en html"

finish
