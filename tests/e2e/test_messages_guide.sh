#!/usr/bin/env bash
# Issue 20, point 7 (begun): the messages the Swedish guide quotes under "Vanliga misstag" and in
# its walk through one finding are what hok prints. Each example is made on a copy of
# examples/minimal; every quoted line must be in hok's output and, word for word, in the guide.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

guide="$source_dir/docs/sv/sa-andrar-du-i-registret.md"

# example NAME EDIT-PYTHON LINE...: apply EDIT (Python, `root` is the copy) and check each LINE.
example() {
  local name=$1 edit=$2
  shift 2
  rm -rf "$work/$name"
  cp -r "$source_dir/examples/minimal" "$work/$name"
  "$python" -c "root = '$work/$name'
$edit" || { fail "$name: the edit failed"; return; }
  local out
  out=$("$hok" validate "$work/$name" 2>&1)
  local line
  for line in "$@"; do
    grep -qxF -- "$line" <<<"$out" || { fail "$name: hok does not print '$line': $out"; return; }
    grep -qxF -- "$line" "$guide" || { fail "$name: the guide does not quote '$line'"; return; }
  done
  pass "$name"
}

# sub(path, old, new): replace the first line that starts with `old` by `new`.
edit_lib='
def sub(path, old, new):
    full = root + "/" + path
    lines = open(full, encoding="utf-8").read().split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(old))
    lines[index] = new
    open(full, "w", encoding="utf-8").write("\n".join(lines))
'

example id-typo "$edit_lib
sub('groups/samrad-barn.yaml', 'reports_to:', 'reports_to: vis-tjanstestyrgrup')" \
  "groups/samrad-barn.yaml:6:13: error[E007] unresolved-reference: reports_to 'vis-tjanstestyrgrup' anger ingen post" \
  " 6 | reports_to: vis-tjanstestyrgrup" \
  "   |             ^^^^^^^^^^^^^^^^^^^ menade du \`vis-tjanstestyrgrupp\` (VIS tjänstestyrgrupp)?" \
  "1 fel i 1 av 53 filer"

example clean "" "inga fel, varningar eller anmärkningar i 53 filer"

example code-unquoted "$edit_lib
sub('municipalities/alvby.yaml', 'code:', 'code: 0901')" \
  "municipalities/alvby.yaml:3:7: error[E004] schema: code måste vara text, men det ociterade 0901 läses som ett tal av YAML-verktyg (och som ett oktalt tal av vissa)"

example date-words "$edit_lib
sub('groups/samrad-barn.yaml', 'established:', 'established: 1 maj 2023')" \
  "groups/samrad-barn.yaml:7:14: error[E004] schema: established '1 maj 2023' är inte ett datum: skriv det som ÅÅÅÅ-MM-DD" \
  "   |              ^^^^^^^^^^ skriv så här: \`established: 2023-05-01\`"

example tab "$edit_lib
sub('groups/samrad-aldre.yaml', '  adopted:', '\tadopted: 2023-03-15')" \
  "groups/samrad-aldre.yaml:9:1: error[E001] yaml-syntax: en tabb används för indrag; YAML drar in med mellanslag"

example duplicate-key "
open(root + '/groups/vis-politisk.yaml', 'a', encoding='utf-8').write('status: paused\n')" \
  "groups/vis-politisk.yaml:27:1: error[E002] duplicate-key: 'status' förekommer två gånger i den här mappningen (första gången på rad 5)"

example field-indented "$edit_lib
sub('groups/samrad-barn.yaml', 'target_group:', '  target_group: \"Barn och unga upp till 21 år.\"')" \
  "groups/samrad-barn.yaml:16:3: error[E004] schema: 'target_group' är inget fält under mandate" \
  "    |   ^^^^^^^^^^^^ target_group hör till samma nivå som mandate, inte under det: dra in raden lika mycket som \`mandate:\`"

example status-word "$edit_lib
sub('groups/samrad-aldre.yaml', 'status:', 'status: aktiv')" \
  "groups/samrad-aldre.yaml:5:9: error[E004] schema: status 'aktiv' är inte något av: planned, establishing, active, paused, decommissioned" \
  "   |         ^^^^^ menade du \`active\` (aktiv)?"

# The English guide quotes the same messages in its list of common mistakes: each quote is there
# (line breaks read as spaces) and is what hok prints for that mistake in English.
editors="$source_dir/docs/editors.md"
check_quote() {
  local name=$1 edit=$2 quote=$3
  "$python" - "$editors" "$quote" <<'PY' || { fail "editors.md does not quote '$quote'"; return; }
import re, sys
text = re.sub(r"\s+", " ", open(sys.argv[1], encoding="utf-8").read())
sys.exit(0 if sys.argv[2] in text else 1)
PY
  rm -rf "$work/$name"
  cp -r "$source_dir/examples/minimal" "$work/$name"
  "$python" -c "root = '$work/$name'
$edit" || { fail "$name: the edit failed"; return; }
  "$hok" validate "$work/$name" --lang en 2>&1 | grep -qF -- "$quote" && pass "editors.md: $name" \
    || fail "editors.md: hok does not print '$quote' for $name"
}
check_quote owner-name "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'owner:', 'owner: Äldres hälsa')" "did you mean \`samrad-aldre\` (Äldres hälsa)?"
check_quote status-label "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'status:', 'status: gällande')" "did you mean \`in-force\` (Gällande)?"
check_quote field-label "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'owner:', 'ägare: samrad-aldre')" "did you mean \`owner\` (Ägare)?"
check_quote roles "$edit_lib
sub('functions/alvby-ksa.yaml', 'roles:', 'roles: KSA')" "write it like this: \`roles: [ksa]\`"
check_quote date "$edit_lib
sub('groups/samrad-aldre.yaml', 'established:', 'established: 15 mars 2023')" "write it like this: \`established: 2023-03-15\`"
check_quote colon-space "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'status:', 'status:in-force')" "write a space after the colon: \`status: in-force\`"
check_quote indent "$edit_lib
sub('groups/samrad-aldre.yaml', '  - {org: bjorko}', '   - {org: bjorko}')" \
  "this list entry is indented 3 spaces, but the entry above it (line 19) is indented 2 spaces, so the list breaks here"
check_quote colon-text "$edit_lib
sub('groups/samrad-aldre.yaml', 'name:', 'name: Samverkan: äldre')" "put the text in quotes: \`name: \"Samverkan: äldre\"\`"

# The Swedish guide's `hok new` and `hok mv` walks: each command run as the guide shows it, on a copy
# of examples/minimal; every line it prints is in the guide, word for word (issue 20, points 5 and 7).
command_quoted() {
  local name=$1
  shift
  local out line
  out=$(cd "$work/walk" && "$hok" "$@" 2>&1)
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    grep -qxF -- "$line" "$guide" || { fail "$name: the guide does not quote '$line'"; return; }
  done <<<"$out"
  pass "$name"
}
rm -rf "$work/walk" && cp -r "$source_dir/examples/minimal" "$work/walk"
command_quoted "new, fields still to fill" new groups samrad-psykisk-halsa --set name="Psykisk hälsa" --set type=consultation-group
rm "$work/walk/groups/samrad-psykisk-halsa.yaml"
command_quoted "new, complete" new groups samrad-psykisk-halsa --set name="Psykisk hälsa" --set type=consultation-group \
  --set status=planned --set reports_to=vis-tjanstestyrgrupp
rm "$work/walk/groups/samrad-psykisk-halsa.yaml"
command_quoted "mv --dry-run" mv vis-processledning vis-sekretariat --dry-run
out=$(cd "$work/walk" && "$hok" mv vis-processledning vis-sekretariat 2>&1)
checked=$(grep "^Kontrollerat efter flytten" <<<"$out")
[ -n "$checked" ] && grep -qF "(\`$checked\`)" "$guide" && pass "mv: the check after the move as the guide quotes it" \
  || fail "mv check: '$checked' not in the guide"

finish
