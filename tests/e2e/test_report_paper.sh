#!/usr/bin/env bash
# The report as a paper for VIS: the secretariat's part (reports/YYYY.md) merged in and checked
# with file and line, the default proposal and the marked assessment without it, the
# diarienummer from --diarienummer or hok.yaml, and "Beslut och åtgärder som behövs" built from
# the open gaps of a fixture whose gaps are known by construction.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# The fixture: examples/minimal without its waivers, without Älvby's KSA and without the GSA of
# Storstad innerstaden. Its open gaps, by hand:
#   G001 HÖK and Riktlinjen have no owner        → VIS tjänstestyrgrupp utser ägare för both
#   G002 Älvby has no KSA                        → Älvby kommun (the municipality)
#   G003 Storstad innerstaden has no GSA         → Regionen (under Storstads kommun in the appendix)
reg="$work/reg"
mkdir -p "$reg"
cp -r "$source_dir/examples/minimal/." "$reg/"
sed -i '/^# Kända glapp/,$d' "$reg/hok.yaml"
rm "$reg/functions/alvby-ksa.yaml" "$reg/functions/storstad-innerstaden-gsa.yaml"
"$hok" validate "$reg" >/dev/null 2>&1 || fail "the fixture does not validate: $("$hok" validate "$reg" 2>&1 | head -5)"
plain() { sed 's/\\//g; s/\*//g' "$1"; }

"$hok" report "$reg" --year 2026 --format md --lang sv --out "$work/plain.md" 2>"$work/err" || fail "report: $(cat "$work/err")"
plain "$work/plain.md" > "$work/plain.txt"
expect() {  # expect FILE TEXT WHAT
  grep -qF -- "$2" "$1" && pass "$3" || fail "$3: no '$2'"
}
expect "$work/plain.txt" "att lägga rapporten till handlingarna." "without the secretariat's part: the default proposal"
expect "$work/plain.txt" "Sekretariatets bedömning för 2026 är inte skriven ännu." "without it: the assessment's place marked"
expect "$work/plain.txt" "- Till: VIS politisk styrgrupp" "header: to"
expect "$work/plain.txt" "- Från: VIS processledning" "header: from the secretariat hok.yaml names"
expect "$work/plain.txt" "- Diarienummer: inte angivet" "header: no diarienummer given"
# The decisions, from the three kinds of gap above.
expect "$work/plain.txt" "- VIS tjänstestyrgrupp utser ägare för HÖK och Riktlinjen." "decisions: the official steering group appoints owners"
expect "$work/plain.txt" "- Älvby kommun lämnar uppgift om eller utser KSA för Älvby kommun." "decisions: the municipality and its KSA"
expect "$work/plain.txt" "- Regionen lämnar uppgift om eller utser GSA för Innerstaden." "decisions: the Region and the GSA"
[ "$(sed -n '/^## Beslut och åtgärder som behövs/,/^## Underlag/p' "$work/plain.txt" | grep -c '^- ')" = 3 ] \
  && pass "decisions: exactly the three" || fail "decisions: $(sed -n '/^## Beslut och åtgärder/,/^## Underlag/p' "$work/plain.txt")"
# The appendix: one row per municipality and actor; the county's own first.
expect "$work/plain.txt" "| Hela länet | VIS tjänstestyrgrupp | Utser ägare för HÖK och Riktlinjen. |" "appendix: the county's row"
expect "$work/plain.txt" "| Storstads kommun | Regionen | Utser GSA för Innerstaden. |" "appendix: Storstad's row"
expect "$work/plain.txt" "| Älvby kommun | Kommunen | Utser KSA för Älvby kommun. |" "appendix: Älvby's row, the municipality itself as Kommunen"

# The diarienummer: hok.yaml's report settings, and --diarienummer before them.
printf 'report:\n  diarienummer:\n    "2026": "VIS 2027/0004"\n' >> "$reg/hok.yaml"
"$hok" validate "$reg" >/dev/null 2>&1 && pass "hok.yaml's report settings validate" \
  || fail "report settings: $("$hok" validate "$reg" 2>&1 | head -5)"
"$hok" report "$reg" --year 2026 --format md --out "$work/nr.md" 2>/dev/null
plain "$work/nr.md" | grep -qF -- "- Diarienummer: VIS 2027/0004" && pass "diarienummer from hok.yaml" || fail "diarienummer from hok.yaml"
"$hok" report "$reg" --year 2026 --format md --diarienummer "VIS 2027/9" --out "$work/nr2.md" 2>/dev/null
plain "$work/nr2.md" | grep -qF -- "- Diarienummer: VIS 2027/9" && pass "--diarienummer overrides" || fail "--diarienummer"

# The secretariat's part, merged in.
mkdir "$reg/reports"
cat > "$reg/reports/2026.md" <<'TEXT'
# Förslag till beslut

- att godkänna uppföljningen för 2026,
- att ge tjänstestyrgruppen i uppdrag att utse ägare.

# Bedömning

Samverkan har **fungerat väl** under året.

# Överenskommelser

## hok-exempel
Huvudöverenskommelsen följdes upp i tid.
TEXT
"$hok" validate "$reg" >/dev/null 2>&1 && pass "a reports/ folder does not disturb hok validate" \
  || fail "hok validate with reports/: $("$hok" validate "$reg" 2>&1 | head -5)"
"$hok" report "$reg" --year 2026 --format html --out "$work/merged.html" 2>"$work/err" || fail "merged: $(cat "$work/err")"
expect "$work/merged.html" "<li>att godkänna uppföljningen för 2026,</li>" "the proposal merged in"
grep -qF "att lägga rapporten till handlingarna" "$work/merged.html" && fail "the default proposal beside the secretariat's" || true
expect "$work/merged.html" "Samverkan har <strong>fungerat väl</strong> under året." "the assessment merged in"
expect "$work/merged.html" ">Sekretariatets kommentarer</h3>" "the comments under the agreements"
expect "$work/merged.html" "Huvudöverenskommelsen följdes upp i tid." "the comment on HÖK"

# A problem is shown with file and line, and the report is refused.
cat >> "$reg/reports/2026.md" <<'TEXT'

## hok-exempl
Skrivfel i id.
TEXT
"$hok" report "$reg" --year 2026 --out "$work/bad.html" 2>"$work/err"; code=$?
[ $code = 2 ] && [ ! -e "$work/bad.html" ] && pass "a problem in the secretariat's part: refused (exit 2)" \
  || fail "bad reports/2026.md: exit $code"
expect "$work/err" "reports/2026.md:15:4: error[E007] unresolved-reference: kommentarens rubrik 'hok-exempl' anger ingen överenskommelse i registret" \
  "the unknown id with file, line and code, as hok validate says it"
expect "$work/err" "menade du 'hok-exempel'?" "the unknown id with a suggestion"

# The standing per agreement (point 5), by hand from examples/minimal's follow-ups:
#   HÖK: followed up 2026-04-20, a deviation due 2027-03-31 not closed  → Avvikelser öppna
#   Utskrivning: followed up 2026-03-12, no deviation, 12 months' interval:
#     as of 2026-12-31 within the interval → Enligt plan; as of 2027-12-31 past it → Uppföljning försenad
#   in 2025 neither has a follow-up of the year or earlier                → uppgift saknas
for year in 2025 2026 2027; do
  "$hok" report "$source_dir/examples/minimal" --year $year --format md --out "$work/standing-$year.md" 2>/dev/null
  plain "$work/standing-$year.md" > "$work/standing-$year.txt"
done
expect "$work/standing-2026.txt" "| HÖK | Gällande | Avvikelser öppna | 2026-04-20 |" "standing: deviations open"
expect "$work/standing-2026.txt" "| Utskrivning | Gällande | Enligt plan | 2026-03-12 |" "standing: on track"
expect "$work/standing-2027.txt" "| Utskrivning | Gällande | Uppföljning försenad | 2026-03-12 |" "standing: follow-up overdue a year on"
expect "$work/standing-2027.txt" "| HÖK | Gällande | Avvikelser öppna |" "standing: the deviation still open in 2027"
expect "$work/standing-2025.txt" "| Utskrivning | Gällande | uppgift saknas |" "standing: not known without a follow-up"
expect "$work/standing-2026.txt" "Så bestäms läget: ”Avvikelser öppna” om en uppföljning har en avvikelse som inte är stängd" \
  "standing: the rule written under the tables"
[ "$(grep -c "Så bestäms läget: ”Avvikelser öppna”" "$work/standing-2026.txt")" = 1 ] && pass "standing: the rule once" \
  || fail "standing: the rule more than once"

finish
