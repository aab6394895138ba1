#!/usr/bin/env bash
# Issue 20: the messages are right for the mistakes editors make. One mistake per run, each in a
# fresh copy of examples/minimal, asserting the exact suggestion or corrected line in Swedish and
# in English, that the mistake gives exactly one finding, and a quiet case beside each (the
# correct line gives none).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# fresh NAME: a new copy of examples/minimal in $work/NAME.
fresh() {
  rm -rf "$work/$1"
  cp -r "$source_dir/examples/minimal" "$work/$1"
}

# replace FILE FROM TO: the first line that is exactly FROM becomes TO (FROM must be there).
replace() {
  "$python" - "$1" "$2" "$3" <<'PY' || fail "replace: '$2' not in $1"
import sys
path, old, new = sys.argv[1:]
lines = open(path, encoding="utf-8").read().split("\n")
index = lines.index(old)
lines[index] = new
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
}

# expect NAME LANG PATTERN...: `hok validate --lang LANG` on $work/NAME exits 1 with exactly one
# finding, and its text output holds every PATTERN (fixed strings).
expect() {
  local name=$1 lang=$2
  shift 2
  local out code
  out=$("$hok" validate "$work/$name" --lang "$lang" 2>&1); code=$?
  local count
  count=$("$hok" validate "$work/$name" --lang "$lang" --format json 2>/dev/null | "$python" -c 'import json,sys; print(len(json.load(sys.stdin)))')
  if [ $code -ne 1 ] || [ "$count" != 1 ]; then
    fail "$name ($lang): exit $code, $count findings, not one: $out"
    return
  fi
  for pattern in "$@"; do
    if ! grep -qF -- "$pattern" <<<"$out"; then
      fail "$name ($lang): no '$pattern' in: $out"
      return
    fi
  done
  pass "$name ($lang)"
}

# quiet NAME: `hok validate` on $work/NAME finds nothing.
quiet() {
  local out code
  out=$("$hok" validate "$work/$1" 2>&1); code=$?
  [ $code -eq 0 ] && pass "$1: quiet" || fail "$1: the correct form gave findings: $out"
}

agreement=agreements/aldre/samordnade-resor.yaml
function=functions/alvby-ksa.yaml
group=groups/samrad-aldre.yaml

# 1. A reference by the record's name: one finding, the id and the short name.
fresh owner-name
replace "$work/owner-name/$agreement" "owner: samrad-aldre" "owner: Äldres hälsa"
expect owner-name sv "$agreement:6:8: error[E007] unresolved-reference: owner 'Äldres hälsa' anger ingen post" \
  "menade du \`samrad-aldre\` (Äldres hälsa)?" "1 fel i 1 av 53 filer"
expect owner-name en "owner 'Äldres hälsa' names no record" "did you mean \`samrad-aldre\` (Äldres hälsa)?" \
  "1 error in 1 of 53 files"
# … by part of its name, lower case, no diacritics: still the one group.
fresh owner-part
replace "$work/owner-part/$agreement" "owner: samrad-aldre" "owner: aldres halsa"
expect owner-part sv "menade du \`samrad-aldre\` (Äldres hälsa)?"
# … a name that fits no record: what an id is.
fresh owner-nothing
replace "$work/owner-nothing/$agreement" "owner: samrad-aldre" "owner: Gruppen för tandvård"
expect owner-nothing sv "skriv id:t för en grupp, inte ett namn"
expect owner-nothing en "write the id of a group, not a name"
fresh owner-quiet
quiet owner-quiet

# 2. An enumeration by the label the portal shows.
fresh status-label
replace "$work/status-label/$agreement" "status: in-force" "status: gällande"
expect status-label sv "$agreement:4:9: error[E004] schema:" "menade du \`in-force\` (Gällande)?"
expect status-label en "did you mean \`in-force\` (Gällande)?"
fresh status-label-en
replace "$work/status-label-en/$agreement" "status: in-force" "status: In force"
expect status-label-en en "did you mean \`in-force\` (In force)?"
expect status-label-en sv "menade du \`in-force\` (In force)?"

# 3. A field by its Swedish label.
fresh field-label
replace "$work/field-label/$agreement" "owner: samrad-aldre" "ägare: samrad-aldre"
expect field-label sv "okänt fält 'ägare'" "menade du \`owner\` (Ägare)?"
expect field-label en "unknown field 'ägare'" "did you mean \`owner\` (Ägare)?"

# … a required field under its Swedish name: one finding (not also "name is missing").
fresh name-label
replace "$work/name-label/$group" 'name: "Samrådsgrupp Äldres hälsa"' 'namn: "Samrådsgrupp Äldres hälsa"'
expect name-label sv "okänt fält 'namn'" "menade du \`name\` (Namn)?"
fresh field-quiet
quiet field-quiet

# 4. The right form, from the schema: a list, a date.
fresh roles-text
replace "$work/roles-text/$function" "roles: [ksa]" "roles: KSA"
expect roles-text sv "roles måste vara en lista, inte text" "skriv så här: \`roles: [ksa]\`"
expect roles-text en "write it like this: \`roles: [ksa]\`"
fresh ids-text
replace "$work/ids-text/$agreement" "parties: [region-exempel, alvby]" "parties: Region Exempel, Alvby"
expect ids-text sv "skriv så här: \`parties: [region-exempel, alvby]\`"
expect ids-text en "write it like this: \`parties: [region-exempel, alvby]\`"
fresh list-quiet
quiet list-quiet
fresh date-words
replace "$work/date-words/$group" "established: 2023-03-15" "established: 15 mars 2023"
expect date-words sv "skriv så här: \`established: 2023-03-15\`"
expect date-words en "write it like this: \`established: 2023-03-15\`"

# 5. No space after the colon.
fresh colon-space
replace "$work/colon-space/$agreement" "status: in-force" "status:in-force"
expect colon-space sv "$agreement:4:7: error[E001] yaml-syntax: mellanslaget efter kolon saknas" \
  "skriv ett mellanslag efter kolon: \`status: in-force\`"
expect colon-space en "write a space after the colon: \`status: in-force\`"

# 6. An unclosed quote on line 12, with quotes further down: the parser pairs it with the next
#    one and stops lines later; hok reports the line and column where it opens.
fresh quote
replace "$work/quote/$group" 'target_group: "Äldre personer med behov av insatser från både kommun och region."' \
  'target_group: "Äldre personer'
expect quote sv "$group:12:15: error[E001] yaml-syntax: citattecknet stängs inte på sin rad" \
  "avsluta texten med \" på samma rad: \`target_group: \"Äldre personer\"\`"
expect quote en "$group:12:15: error[E001] yaml-syntax: this quote is not closed on its line" \
  "end the text with \" on the same line: \`target_group: \"Äldre personer\"\`"
# … and one never closed at all: at the quote too.
fresh quote-last
replace "$work/quote-last/$agreement" 'title: "Avtal om samordnade resor för äldre och personer med funktionsnedsättning"' \
  'title: "Avtal om samordnade resor'
expect quote-last sv "$agreement:2:8: error[E001] yaml-syntax: det här citattecknet stängs aldrig"
fresh quote-quiet
quiet quote-quiet

# 7. A list entry indented one space too far, and one too little.
fresh indent
replace "$work/indent/$group" "  - {org: bjorko}" "   - {org: bjorko}"
expect indent sv "$group:20:1: error[E001] yaml-syntax: den här punkten i listan är indragen 3 mellanslag, men punkten ovanför (rad 19) är indragen 2 mellanslag" \
  "dra in den 2 mellanslag, som raden den hör ihop med: \`  - {org: bjorko}\`"
expect indent en "this list entry is indented 3 spaces, but the entry above it (line 19) is indented 2 spaces"
fresh indent-text
# (block list of plain words: the slip is read silently as one text, "a - b")
"$python" - "$work/indent-text/$group" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("  purposes: [manage-agreements, development-issues, knowledge-governance, close-care]",
                    "  purposes:\n    - manage-agreements\n     - development-issues")
open(path, "w", encoding="utf-8").write(text)
PY
expect indent-text en "this list entry is indented 5 spaces, but the entry above it" "\`    - development-issues\`"

# … a field indented under the field before it: read as part of it, so said that way.
fresh indent-field
replace "$work/indent-field/$group" 'target_group: "Äldre personer med behov av insatser från både kommun och region."' \
  '  target_group: "Äldre personer med behov av insatser från både kommun och region."'
expect indent-field sv "$group:12:3: error[E004] schema: 'target_group' är inget fält under mandate" \
  "target_group hör till samma nivå som mandate, inte under det: dra in raden lika mycket som \`mandate:\`"
expect indent-field en "'target_group' is not a field of mandate" \
  "target_group belongs on the same level as mandate, not under it: indent the line as much as \`mandate:\`"
fresh indent-quiet
quiet indent-quiet

# 8. A colon inside a text that is not quoted.
fresh colon-text
replace "$work/colon-text/$group" 'target_group: "Äldre personer med behov av insatser från både kommun och region."' \
  'target_group: Äldre: personer med behov'
expect colon-text sv "texten innehåller ett kolon följt av mellanslag" "sätt texten inom citattecken: \`target_group: \"Äldre: personer med behov\"\`"
expect colon-text en "put the text in quotes: \`target_group: \"Äldre: personer med behov\"\`"

# 9. A list opened with [ and never closed: at the bracket, with the line closed.
fresh bracket
replace "$work/bracket/$agreement" "parties: [region-exempel, alvby]" "parties: [region-exempel, alvby"
expect bracket sv "$agreement:5:10: error[E001] yaml-syntax: listan som börjar här med [ avslutas aldrig med ]" \
  "avsluta med ]: \`parties: [region-exempel, alvby]\`"
expect bracket en "the list that starts here with [ is not closed with ]" "end it with ]: \`parties: [region-exempel, alvby]\`"

# 10. A tab in the indentation: at the tab, with the line indented by spaces.
fresh tab
"$python" - "$work/tab/$group" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("\n  adopted: 2023-03-15", "\n\tadopted: 2023-03-15"))
PY
expect tab sv "$group:9:1: error[E001] yaml-syntax: en tabb används för indrag" \
  "ersätt tabben med mellanslag: \`  adopted: 2023-03-15\`"
expect tab en "replace the tab with spaces: \`  adopted: 2023-03-15\`"

# No parser text reaches the user, in any language.
for name in colon-space quote indent indent-text colon-text bracket tab; do
  out=$("$hok" validate "$work/$name" --lang en 2>&1)
  grep -qiE "not found|illegal|end of (map|sequence)" <<<"$out" && fail "$name: parser text: $out" || pass "$name: no parser text"
done

finish
