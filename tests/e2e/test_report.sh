#!/usr/bin/env bash
# hok report as VIS and the secretariat meet it: the annual report for examples/minimal (2026)
# and data/ (2025) in HTML and Markdown, Swedish and English; every section's heading; one
# self-contained HTML file; the no-data sentence; a git repository built here whose "what changed"
# section lists the record added in the year; and the files and registries hok refuses.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

sv_headings=("Sammanfattning" "Överenskommelser per ägare" "Årets uppföljningar" "Organisationen"
             "Lokal samverkan" "Representation" "Handlingsplanen" "Förändringar under året" "Öppna brister i korthet"
             "Förslag till beslut" "Sekretariatets bedömning" "Beslut och åtgärder som behövs")
en_headings=("Summary" "Agreements by owner" "The year's follow-ups" "The organisation"
             "Local collaboration" "Representation" "The action plan" "What changed in the year" "Open gaps in brief"
             "Proposed decision" "The secretariat's assessment" "Decisions and actions needed")

# check_headings FILE FORMAT LANG
check_headings() {
  local file=$1 format=$2 lang=$3 heading missing=0
  local -n headings="${lang}_headings"
  for heading in "${headings[@]}"; do
    if [ "$format" = html ]; then
      heading=${heading//\'/\&apos;}
      grep -qF ">$heading</h2>" "$file" || { fail "$file: no <h2> '$heading'"; missing=1; }
    else
      grep -qxF "## $heading" "$file" || { fail "$file: no '## $heading'"; missing=1; }
    fi
  done
  [ $missing = 0 ] && pass "$(basename "$file"): the section headings"
}

# check_self_contained FILE: one file, nothing loaded from elsewhere, no script, prints on A4.
check_self_contained() {
  local file=$1
  if grep -qi "<script" "$file"; then fail "$file has a <script>"; else pass "$(basename "$file"): no <script>"; fi
  # An <a href> to a document loads nothing until a reader follows it; any other tag's src or href would.
  if grep -qiE "<(link|img|iframe|object|embed)\b|@import|url\(|src=\"(https?:)?//" "$file" \
     || grep -oiE "<[a-z]+[^>]*\bhref=\"(https?:)?//" "$file" | grep -qviE "^<a\s"; then
    fail "$file loads something from outside"
  else
    pass "$(basename "$file"): no external resource"
  fi
  grep -q "@page { size: A4; margin: 2cm; }" "$file" && pass "$(basename "$file"): A4 print stylesheet" \
    || fail "$file: no A4 @page rule"
  grep -q "<svg " "$file" && pass "$(basename "$file"): inline SVG charts" || fail "$file: no inline SVG"
}

# examples/minimal, 2026: html and md, sv and en.
for format in html md; do
  for lang in sv en; do
    out="$work/minimal-$lang.$format"
    if "$hok" report "$source_dir/examples/minimal" --year 2026 --format $format --lang $lang --out "$out" 2>"$work/err"; then
      pass "examples/minimal $format $lang: exit 0"
    else
      fail "examples/minimal $format $lang: exit $? ($(cat "$work/err"))"
      continue
    fi
    check_headings "$out" $format $lang
  done
done
check_self_contained "$work/minimal-sv.html"
grep -q "Årlig uppföljning av HÖK 2026" "$work/minimal-sv.html" && pass "Swedish title" || fail "Swedish title"
grep -q '<html lang="en">' "$work/minimal-en.html" && pass "--lang en" || fail "--lang en"
grep -q "6 uppföljningar är registrerade för 2026" "$work/minimal-sv.html" && pass "the year's follow-ups counted" \
  || fail "follow-ups of 2026"
grep -q '^```mermaid$' "$work/minimal-sv.md" && grep -q "^pie title" "$work/minimal-sv.md" \
  && grep -q "^xychart-beta$" "$work/minimal-sv.md" && pass "Mermaid pie and xychart in Markdown" \
  || fail "Mermaid charts in Markdown"
grep -q "<svg" "$work/minimal-sv.md" && fail "SVG in Markdown" || true
# The agreements' documents, under their group's table, linked; the consultation groups' mandates.
grep -qxF "Överenskommelsernas dokument:" "$work/minimal-sv.md" \
  && grep -qxF -- "- **HÖK:** [Huvudöverenskommelse \(HÖK\)](https://www.kfe.example/hok/huvudoverenskommelse.pdf)" "$work/minimal-sv.md" \
  && grep -qxF -- "- **Äldres hälsa:** [Uppdragsbeskrivning](https://www.kfe.example/samrad/aldre/uppdrag.pdf) \(2023-03-15\)" "$work/minimal-sv.md" \
  && pass "minimal md sv: the agreements' documents and the groups' mandates, linked" \
  || fail "minimal md sv: documents: $(grep -A3 'dokument:' "$work/minimal-sv.md")"
grep -qxF "The agreements' documents:" "$work/minimal-en.md" \
  && grep -qxF -- "- **Riktlinjen:** [Riktlinje](https://www.kfe.example/hok/riktlinje.pdf)" "$work/minimal-en.md" \
  && pass "minimal md en: the agreements' documents" || fail "minimal md en: documents"
grep -qE "<a href=\"https://www.kfe.example/hok/huvudoverenskommelse.pdf\"[^>]*>Huvudöverenskommelse \(HÖK\)</a>" "$work/minimal-sv.html" \
  && pass "minimal html: a document linked by its title" || fail "minimal html: the document's link"

# data/, 2025: the real registry has no follow-ups yet.
for format in html md; do
  for lang in sv en; do
    out="$work/data-$lang.$format"
    if "$hok" report "$source_dir/data" --year 2025 --format $format --lang $lang --out "$out" 2>"$work/err"; then
      pass "data $format $lang: exit 0"
    else
      fail "data $format $lang: exit $? ($(cat "$work/err"))"
      continue
    fi
    check_headings "$out" $format $lang
  done
done
check_self_contained "$work/data-sv.html"
grep -qF "Inga uppföljningar är registrerade för 2025." "$work/data-sv.html" && pass "data sv: no follow-ups, said plainly" \
  || fail "data sv: the no-data sentence for follow-ups"
grep -qF "Inga uppföljningar är registrerade för 2025." "$work/data-sv.md" && pass "data sv md: the no-data sentence" \
  || fail "data sv md: the no-data sentence"
grep -qF "No follow-ups are recorded for 2025." "$work/data-en.html" && pass "data en: no follow-ups, said plainly" \
  || fail "data en: the no-data sentence for follow-ups"
# data/ records no follow-up: the open deviations are unknown, never "0", in the summary and the trend;
# a figure nothing is recorded for has no "0" in front.
"$hok" report "$source_dir/data" --year 2025 --format md > "$work/data-sv.md" 2>/dev/null
grep -qF "| Öppna avvikelser | *uppgift saknas* | *uppgift saknas* | *uppgift saknas* |" "$work/data-sv.md" \
  && ! grep -qE "^\| Öppna avvikelser( \| [0-9]+)+ \|$" "$work/data-sv.md" \
  && grep -qF "| Etablerade samrådsgrupper | uppgift saknas för alla 5 |" "$work/data-sv.md" \
  && pass "data: open deviations and established groups said as unknown, not 0" \
  || fail "data: unknown figures: $(grep -E 'Öppna avvikelser|Etablerade' "$work/data-sv.md")"
grep -qF "1 (uppgift saknas för 37 av 38)" "$work/data-sv.html" && pass "data: 38 local areas, KSA recorded only in Norrtälje (KSON), the rest said as unknown" \
  || fail "data: local areas x of 38"

# The abbreviations the paper uses that nothing in the registry spells out are named to the
# secretariat (data/: those of the sources that 003 does not explain); RSS, which data/hok.yaml
# explains, is in the list of abbreviations; examples/minimal explains all it uses.
"$hok" report "$source_dir/data" --year 2025 --format md --out "$work/abbr.md" 2>"$work/err"
cp "$work/err" "$work/abbr-err"
grep -qxF "hok report: 5 förkortningar i rapporten förklaras inte under Förkortningar: BUSSAM, NAG, NPO, RAG, RPO. Skriv vad de står för under abbreviations i hok.yaml." "$work/err" \
  && grep -qF "| RSS | regionala stödstrukturer" "$work/abbr.md" && grep -qF "| BUS | Samverkan kring barn i behov av särskilt stöd |" "$work/abbr.md" \
  && pass "data: unexplained abbreviations named to the secretariat; RSS and BUS spelt out" \
  || fail "data abbreviations: $(cat "$work/err"); $(grep -E '^\| (RSS|BUS) ' "$work/abbr.md")"
"$hok" report "$source_dir/examples/minimal" --year 2026 --format md --out "$work/abbr-m.md" 2>"$work/err"
grep -q "förkortning" "$work/err" && fail "minimal: abbreviations named though all are explained: $(cat "$work/err")" \
  || pass "minimal: every abbreviation explained, nothing named"
# What the paper still lacks before it goes to VIS is said, not passed over: the secretariat's
# assessment and the registration number (data/ has neither for 2025) ...
grep -qxF "hok report: Sekretariatets bedömning för 2025 är inte skriven (reports/2025.md, under # Bedömning): rapporten är inte klar att skicka till VIS." "$work/abbr-err" \
  && grep -qxF "hok report: Rapporten har inget diarienummer: ange det med --diarienummer eller under report.diarienummer i hok.yaml." "$work/abbr-err" \
  && pass "data: the missing assessment and registration number are named" || fail "data unfinished: $(cat "$work/abbr-err")"
# ... and once both are given, only the line that says where the paper is.
cp -r "$source_dir/examples/minimal" "$work/finished"
mkdir -p "$work/finished/reports"
printf '# Bedömning\n\nSamverkan har fungerat väl.\n' > "$work/finished/reports/2026.md"
"$hok" report "$work/finished" --year 2026 --format md --out "$work/finished.md" --diarienummer "VIS 2027/0001" 2>"$work/err"
[ "$(wc -l < "$work/err")" -eq 1 ] && grep -q "^hok report: skrev rapporten för 2026 (md) till " "$work/err" \
  && pass "minimal with assessment and registration number: nothing left to name" || fail "finished: $(cat "$work/err")"

# Without --out: standard output; the registry's language by default.
"$hok" report "$source_dir/examples/minimal" --year 2026 --format md > "$work/stdout.md" 2>/dev/null
head -1 "$work/stdout.md" | grep -q "^# Årlig uppföljning av HÖK 2026$" && pass "stdout, Swedish by default" \
  || fail "report to stdout"

# Never overwrites --out without --force.
echo "keep me" > "$work/existing.html"
"$hok" report "$source_dir/examples/minimal" --year 2026 --out "$work/existing.html" 2>"$work/err"; code=$?
[ $code = 2 ] && grep -q "finns redan" "$work/err" && grep -qx "keep me" "$work/existing.html" \
  && pass "an existing --out is kept (exit 2)" || fail "existing --out: exit $code, $(cat "$work/err")"
"$hok" report "$source_dir/examples/minimal" --year 2026 --out "$work/existing.html" --force 2>/dev/null \
  && grep -q "<!DOCTYPE html>" "$work/existing.html" && pass "--force replaces it" || fail "--force"
ls -a "$work" | grep -q "\.tmp-\|\.new-" && fail "a temporary file was left behind" || true

# A broken registry is refused like hok gaps does.
"$hok" report "$source_dir/examples/broken" --year 2025 --out "$work/broken.html" 2>"$work/err"; code=$?
[ $code = 2 ] && grep -q "registret har [0-9]* fel" "$work/err" && [ ! -e "$work/broken.html" ] \
  && pass "a broken registry is refused (exit 2)" || fail "broken registry: exit $code"
"$hok" report "$source_dir/examples/minimal" 2>/dev/null; code=$?
[ $code = 2 ] && pass "--year is required" || fail "no --year: exit $code"

# Outside git: the history is not available.
cp -r "$source_dir/examples/minimal" "$work/plain"
"$hok" report "$work/plain" --year 2026 --format md --lang en > "$work/plain.md" 2>/dev/null
grep -q "No earlier states of the registry are kept here, so what was added or changed" "$work/plain.md" \
  && pass "outside git: history not available" \
  || fail "outside git: the history sentence"

# A git repository built here: the registry in 2024, a consultation group added in 2025.
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
repo="$work/repo"
mkdir -p "$repo/registry"
cp -r "$source_dir/examples/minimal/." "$repo/registry/"
mv "$repo/registry/groups/samrad-barn.yaml" "$work/samrad-barn.yaml"
# In 2024 the other consultation group carried what Barn och unga carries now.
grep -rl "samrad-barn" "$repo/registry" | while read -r file; do sed -i 's/samrad-barn/samrad-aldre/g' "$file"; done
(
  cd "$repo" && git init -q -b main . && git add -A &&
  GIT_AUTHOR_DATE=2024-06-01T10:00:00Z GIT_COMMITTER_DATE=2024-06-01T10:00:00Z git commit -q -m "Registry as of 2024"
) || fail "git: first commit"
"$hok" validate "$repo/registry" >/dev/null 2>&1 || fail "the 2024 registry does not validate: $("$hok" validate "$repo/registry" 2>&1 | head -5)"
cp "$work/samrad-barn.yaml" "$repo/registry/groups/samrad-barn.yaml"
(
  cd "$repo" && git add -A &&
  GIT_AUTHOR_DATE=2025-05-01T10:00:00Z GIT_COMMITTER_DATE=2025-05-01T10:00:00Z git commit -q -m "Barn och unga"
) || fail "git: second commit"
"$hok" report "$repo/registry" --year 2025 --format md --lang en > "$work/history.md" 2>"$work/err" \
  || fail "report in git: $(cat "$work/err")"
grep -qF '| Added | Group | Barn och unga |' "$work/history.md" \
  && pass "git: the group added in 2025 is listed" || fail "git: the added group ($(grep -n "Added" "$work/history.md"))"
grep -q "the last state before the year began" "$work/history.md" && pass "git: base and head states named by date" \
  || fail "git: commits named"
"$hok" report "$repo/registry" --year 2025 --format md --lang en --rev HEAD~1 > "$work/rev.md" 2>"$work/err" \
  || fail "--rev: $(cat "$work/err")"
grep -q "Nothing was added, removed or changed in the registry in 2025" "$work/rev.md" && pass "--rev: history walks back from the revision" \
  || fail "--rev history"
"$hok" report "$repo/registry" --year 2024 --format md --lang en > "$work/2024.md" 2>/dev/null
grep -q "No state of the registry from before 2024 is kept" "$work/2024.md" && pass "git: a registry new in the year counts as added" \
  || fail "git: first year"

finish
