#!/usr/bin/env bash
# hok validate checks the secretariat's part of a year's report (reports/YYYY.md) like a record:
# each problem a finding with file, line and an existing rule's code, in every output format,
# with --fail-on and --changed-since as for records, from the working tree and from a git
# revision (--rev); a good text gives none; a file hok does not read there is a stray-file
# warning; and hok report still refuses a year whose text has problems (the same code).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
export GIT_AUTHOR_DATE=2026-03-01T10:00:00Z GIT_COMMITTER_DATE=2026-03-01T10:00:00Z

reg="$work/reg"
cp -r "$source_dir/examples/minimal" "$reg"
"$hok" validate "$reg" >/dev/null 2>&1 || fail "examples/minimal is not clean to begin with"

# A good text: no finding, exit 0.
mkdir "$reg/reports"
cat > "$reg/reports/2025.md" <<'TEXT'
# Förslag till beslut

- att godkänna uppföljningen för 2025.

# Bedömning

Samverkan har fungerat väl.

# Överenskommelser

## hok-exempel
Följdes upp i tid.
TEXT
out=$("$hok" validate "$reg" --format json); code=$?
[ $code = 0 ] && [ "$out" = "[]" ] && pass "a good reports/2025.md: no finding, exit 0" || fail "good text: exit $code: $out"

# A broken one. Its problems, by hand:
#   line 1  text before the first heading           E004
#   line 3  '# Slutsats', no part of the report     E004
#   line 5  '# Överenskommelser'                    (first)
#   line 6  '## hok-exempl', no agreement           E007, did you mean 'hok-exempel'
#   line 8  '## hok-exempel'                        (first)
#   line 10 '## hok-exempel' again                  E002 (first on line 8)
#   line 12 '## alvby', a municipality              E008
#   line 14 '# Överenskommelser' again              E002 (first on line 5)
cat > "$reg/reports/2025.md" <<'TEXT'
Inledning utan rubrik.

# Slutsats

# Överenskommelser
## hok-exempl
Skrivfel i id.
## hok-exempel
Ett.
## hok-exempel
Två.
## alvby
En kommun.
# Överenskommelser
TEXT
printf 'Om mappen.\n' > "$reg/reports/README.md"

"$hok" validate "$reg" --lang en > "$work/text.out"; code=$?
[ $code = 1 ] && pass "a broken reports/2025.md fails validate (exit 1)" || fail "broken text: exit $code"
expect_line() {  # file, fixed text, what
  grep -qF -- "$2" "$1" && pass "$3" || fail "$3: no '$2' in $(cat "$1")"
}
expect_line "$work/text.out" "reports/2025.md:1:1: error[E004] schema:" "text: text before the first heading, E004 at line 1"
expect_line "$work/text.out" "reports/2025.md:3:3: error[E004] schema: '# Slutsats' is no part of the report" "text: unknown part, E004 at line 3"
expect_line "$work/text.out" "reports/2025.md:6:4: error[E007] unresolved-reference: the comment's heading 'hok-exempl' names no agreement in the registry" "text: unknown id, E007 at line 6"
expect_line "$work/text.out" "did you mean 'hok-exempel'?" "text: did you mean"
expect_line "$work/text.out" "reports/2025.md:10:4: error[E002] duplicate-key: the agreement 'hok-exempel' is commented twice (first on line 8)" "text: a comment twice, E002 at line 10"
expect_line "$work/text.out" "reports/2025.md:12:4: error[E008] reference-kind: the comment's heading 'alvby' is a municipality, not an agreement" "text: another kind, E008 at line 12"
expect_line "$work/text.out" "reports/2025.md:14:3: error[E002] duplicate-key: the part '# Överenskommelser' is written twice (first on line 5)" "text: a part twice, E002 at line 14"
# examples/minimal raises E011 to an error in its hok.yaml.
expect_line "$work/text.out" "reports/README.md: error[E011] stray-file:" "text: a stray file in reports/, E011"

"$hok" validate "$reg" --format json > "$work/out.json"; code=$?
[ $code = 1 ] || fail "json: exit $code"
"$python" - "$work/out.json" <<'PY' && pass "json: each finding's code, file and line" || fail "json: $(cat "$work/out.json")"
import json, sys
found = sorted((f["file"], f["line"], f["code"]) for f in json.load(open(sys.argv[1])))
want = sorted([("reports/2025.md", 1, "E004"), ("reports/2025.md", 3, "E004"), ("reports/2025.md", 6, "E007"),
               ("reports/2025.md", 10, "E002"), ("reports/2025.md", 12, "E008"), ("reports/2025.md", 14, "E002"),
               ("reports/README.md", 0, "E011")])
assert found == want, found
PY

out=$(cd "$work" && "$hok" validate reg --format github)
grep -q "^::error file=reg/reports/2025.md,line=6,col=4,title=E007 unresolved-reference::" <<<"$out" \
  && pass "github: the workflow command at the line" || fail "github: $out"
"$hok" validate "$reg" --format sarif > "$work/out.sarif"
"$python" - "$work/out.sarif" <<'PY' && pass "sarif: the results at file and line" || fail "sarif: $(head -c 2000 "$work/out.sarif")"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
places = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                 r["locations"][0]["physicalLocation"].get("region", {}).get("startLine", 0)) for r in results)
assert ("E007", "reports/2025.md", 6) in places and ("E008", "reports/2025.md", 12) in places, places
PY

# --fail-on: the findings are errors, unless hok.yaml lowers them as for records.
rm "$reg/reports/README.md"
sed -i 's/^  E011: error.*/  E011: error\n  E002: warning\n  E004: warning\n  E007: warning\n  E008: warning/' "$reg/hok.yaml"
"$hok" validate "$reg" >/dev/null; code=$?
[ $code = 0 ] && pass "--fail-on error: lowered to warnings, exit 0" || fail "lowered: exit $code"
"$hok" validate "$reg" --fail-on warning >/dev/null; code=$?
[ $code = 1 ] && pass "--fail-on warning: exit 1" || fail "--fail-on warning: exit $code"
cp "$source_dir/examples/minimal/hok.yaml" "$reg/hok.yaml"

# hok report refuses the year through the same check, with file and line (exit 2).
"$hok" report "$reg" --year 2025 --lang en --out "$work/r.html" 2>"$work/err"; code=$?
[ $code = 2 ] && [ ! -e "$work/r.html" ] && pass "hok report refuses the broken year (exit 2)" || fail "report: exit $code"
expect_line "$work/err" "reports/2025.md:6:4: error[E007] unresolved-reference: the comment's heading 'hok-exempl' names no agreement in the registry" \
  "report: the same finding, with file and line"
expect_line "$work/err" "reports/2025.md:12:4: error[E008] reference-kind:" "report: every finding of the text"
expect_line "$work/err" "reports/2025.md has 6 problems" "report: the refusal counts them"
"$hok" report "$reg" --year 2024 --out "$work/r2024.html" 2>"$work/err"; code=$?
[ $code = 0 ] && pass "hok report of a year without a text is not disturbed" || fail "report 2024: exit $code: $(cat "$work/err")"

# A file that is not UTF-8: E003, as for a record, in validate and in report.
printf '# Bedömning\n\xff\xfe\n' > "$reg/reports/2023.md"
"$hok" validate "$reg" --format json > "$work/utf.json"
grep -q '"file": *"reports/2023.md"' "$work/utf.json" && grep -q '"E003"' "$work/utf.json" \
  && pass "invalid UTF-8: E003" || fail "utf-8: $(cat "$work/utf.json")"
"$hok" report "$reg" --year 2023 --out "$work/r2023.html" 2>"$work/err"; code=$?
[ $code = 2 ] && grep -q "reports/2023.md:2:1: error\[E003\]" "$work/err" && pass "hok report refuses a text that is not UTF-8" \
  || fail "report 2023: exit $code: $(cat "$work/err")"
rm "$reg/reports/2023.md"

# From a git revision: --rev reads the texts of the commit, and --changed-since judges them.
cd "$reg" && git init -q -b main . && git add -A && git commit -qm "broken text"
broken=$(git rev-parse HEAD)
cp "$source_dir/examples/minimal/hok.yaml" hok.yaml
printf '# Bedömning\nBra.\n' > reports/2025.md
git add -A && git commit -qm "mended"
"$hok" validate . >/dev/null; code=$?
[ $code = 0 ] && pass "mended: the working tree is clean" || fail "mended: exit $code"
"$hok" validate . --rev "$broken" --format json > "$work/rev.json"; code=$?
[ $code = 1 ] && "$python" - "$work/rev.json" <<'PY' && pass "--rev: the text of the revision is read and checked" \
  || fail "--rev: exit $code: $(cat "$work/rev.json")"
import json, sys
found = sorted((f["file"], f["line"], f["code"]) for f in json.load(open(sys.argv[1])) if f["file"].startswith("reports/"))
assert ("reports/2025.md", 6, "E007") in found and len(found) == 6, found
PY
git checkout -q "$broken" -- reports/2025.md
"$hok" validate . --changed-since HEAD --format json > "$work/changed.json"; code=$?
[ $code = 1 ] && grep -q '"reports/2025.md"' "$work/changed.json" && pass "--changed-since: a changed text's findings are kept" \
  || fail "--changed-since changed: exit $code"
git commit -qam "broken again"
printf 'id: x\n' > groups/stray-note.yml
"$hok" validate . --changed-since HEAD --format json > "$work/unchanged.json"; code=$?
grep -q '"reports/2025.md"' "$work/unchanged.json" && fail "--changed-since: an unchanged text's findings are left out" \
  || pass "--changed-since: an unchanged text's findings are left out"
rm groups/stray-note.yml
# A link in a revision is not followed, as among the records.
ln -s 2025.md reports/2022.md && git add -A && git commit -qm link
"$hok" validate . --rev HEAD --format json > "$work/link.json"
"$python" - "$work/link.json" <<'PY' && pass "--rev: a link in reports/ is a stray file" || fail "link: $(cat "$work/link.json")"
import json, sys
assert any(f["file"] == "reports/2022.md" and f["code"] == "E011" for f in json.load(open(sys.argv[1])))
PY


# hok mv renames an agreement's comment headings with it (a heading that only starts with the id,
# and the id in running text, are left as written), and the tree validates after the move.
mv_reg="$work/mv"
cp -r "$source_dir/examples/minimal" "$mv_reg" && mkdir "$mv_reg/reports"
printf '# Bedömning\n\nOm hok-exempel: bra.\n\n# Överenskommelser\n\n##  hok-exempel  \nI tid.\n' > "$mv_reg/reports/2026.md"
out=$("$hok" mv hok-exempel hok-ny "$mv_reg" --dry-run 2>&1); code=$?
[ $code = 0 ] && grep -q "reports/2026.md" <<<"$out" && cmp -s "$mv_reg/reports/2026.md" <(printf '# Bedömning\n\nOm hok-exempel: bra.\n\n# Överenskommelser\n\n##  hok-exempel  \nI tid.\n') \
  && pass "mv --dry-run names the heading and writes nothing" || fail "mv --dry-run: exit $code: $out"
"$hok" mv hok-exempel hok-ny "$mv_reg" >/dev/null 2>&1 || fail "mv hok-exempel hok-ny"
cmp -s "$mv_reg/reports/2026.md" <(printf '# Bedömning\n\nOm hok-exempel: bra.\n\n# Överenskommelser\n\n##  hok-ny  \nI tid.\n') \
  && pass "mv renames the comment heading, only it" || fail "mv: $(cat "$mv_reg/reports/2026.md")"
"$hok" validate "$mv_reg" >/dev/null 2>&1 && pass "the tree validates after the move" || fail "validate after mv"

finish
