#!/usr/bin/env bash
# Issue 20, point 7: every message that the Swedish guide (docs/sv/sa-andrar-du-i-registret.md) and
# the English one (docs/editors.md) quote is what hok prints for the example they give. Each example
# runs on a copy of examples/minimal. Three kinds of check:
# - a block that starts with `$ hok …` is run as written (on a fresh copy) and must be hok's whole
#   output, line for line;
# - a block of findings without `$` must appear in hok's output as a whole, line for line;
# - a quote in running text must be in hok's output and, line breaks read as spaces, in the guide.
# In a block, a line that is only "…" stands for any number of lines left out (the guides say so).
# Besides the quotes, what the guides say hok does without quoting it (exit codes, refusals, where a
# finding points) is run too, each check next to the sentence it tests.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

guide="$source_dir/docs/sv/sa-andrar-du-i-registret.md"
editors="$source_dir/docs/editors.md"
examples="$source_dir/examples/minimal"

cat >"$work/quoted.py" <<'PY'
"""The guides' quotes against hok's output.

block DOC FIRST OUTPUT [--ids]: the code block of DOC that holds the line FIRST, from FIRST to the
  block's end, appears in OUTPUT (a file) as a run of whole lines. --ids: commit ids (7 hex digits)
  may differ.
inline DOC QUOTE: QUOTE is in DOC, every run of white space read as one space.
commands DOC HOK EXAMPLES WORK: every code block of DOC that starts with "$ hok" is run as written
  (its continuation lines joined) in a fresh copy of EXAMPLES, and its other lines are the whole
  output. Prints "ok: …" or "FAIL: …" per block, then "count N".
"""
import re, shlex, shutil, subprocess, sys


def blocks(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    found, start = [], None
    for number, line in enumerate(lines):
        if line.startswith("```"):
            if start is None:
                start = number + 1
            else:
                found.append(lines[start:number])
                start = None
    return found


def pattern(quoted):
    """A regular expression for the quoted lines, each followed by a line end."""
    parts = []
    for line in quoted:
        if line.strip() == "…":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            parts.append(re.escape(line) + r"\n")
    return "".join(parts)


def normalise_ids(text):
    return re.sub(r"\b[0-9a-f]{7}\b", "<id>", text)


def explain(quoted, output):
    return "the guide quotes:\n" + "\n".join(quoted) + "\nhok printed:\n" + output


def main():
    mode = sys.argv[1]
    if mode == "inline":
        text = re.sub(r"\s+", " ", open(sys.argv[2], encoding="utf-8").read())
        sys.exit(0 if sys.argv[3] in text else 1)
    if mode == "block":
        doc, first, output_path = sys.argv[2:5]
        ids = "--ids" in sys.argv[5:]
        output = open(output_path, encoding="utf-8").read()
        same = normalise_ids if ids else (lambda text: text)
        for block in blocks(doc):
            block = [same(line) for line in block]
            if same(first) in block:
                quoted = block[block.index(same(first)):]
                break
        else:
            print(f"no block of the guide has the line {first!r}")
            sys.exit(1)
        output = same(output)
        if not output.endswith("\n"):
            output += "\n"
        if re.search(r"(?m)^" + pattern(quoted), output) is None:
            print(explain(quoted, output))
            sys.exit(1)
        sys.exit(0)
    if mode == "commands":
        doc, hok, examples, work = sys.argv[2:6]
        count = 0
        for block in blocks(doc):
            if not block or not block[0].startswith("$ hok"):
                continue
            count += 1
            command, rest = block[0], block[1:]
            while command.endswith("\\"):
                command = command[:-1] + rest.pop(0)
            args = shlex.split(command[2:])
            copy = f"{work}/command-{count}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(examples, copy)
            run = subprocess.run([hok] + args[1:], cwd=copy, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, encoding="utf-8")
            output = run.stdout if run.stdout.endswith("\n") else run.stdout + "\n"
            if re.fullmatch(pattern(rest), output):
                print(f"ok: {command}")
            else:
                print(f"FAIL: {command}: " + explain(rest, output).replace("\n", "\n  "))
        print(f"count {count}")
        sys.exit(0)
    sys.exit(f"unknown mode {mode}")


main()
PY

# copy NAME EDIT: a fresh copy of examples/minimal in $work/NAME, EDIT (Python, `root` is the copy)
# applied to it.
copy() {
  rm -rf "$work/$1"
  cp -r "$examples" "$work/$1"
  "$python" -c "root = '$work/$1'
$2"
}

# sub(path, old, new): replace the first line that starts with `old` by `new` (which may be lines).
edit_lib='
def sub(path, old, new):
    full = root + "/" + path
    lines = open(full, encoding="utf-8").read().split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(old))
    lines[index] = new
    open(full, "w", encoding="utf-8").write("\n".join(lines))
'

# validated NAME EDIT [ARG...]: `hok validate ARG...` on a copy edited by EDIT; its output in
# $work/NAME.out, its exit code in $code. Returns 1 (after a failure) when the edit failed.
validated() {
  local name=$1 edit=$2
  shift 2
  copy "$name" "$edit" || { fail "$name: the edit failed"; return 1; }
  "$hok" validate "$work/$name" "$@" >"$work/$name.out" 2>&1
  code=$?
  return 0
}

# said DOC NAME QUOTE...: each QUOTE is in $work/NAME.out and in DOC (line breaks read as spaces).
said() {
  local doc=$1 name=$2 quote
  shift 2
  for quote in "$@"; do
    grep -qF -- "$quote" "$work/$name.out" \
      || { fail "$name: hok does not print '$quote': $(cat "$work/$name.out")"; return; }
    "$python" "$work/quoted.py" inline "$doc" "$quote" \
      || { fail "$name: $(basename "$doc") does not quote '$quote'"; return; }
  done
  pass "$name: $(basename "$doc") quotes it"
}

# block DOC NAME FIRST [--ids]: the block of DOC from the line FIRST to its end is in
# $work/NAME.out.
block() {
  local why
  why=$("$python" "$work/quoted.py" block "$1" "$3" "$work/$2.out" "${@:4}") \
    && pass "$2: the block in $(basename "$1") is hok's output" \
    || fail "$2: the block in $(basename "$1") is not hok's output: $why"
}

# example NAME EDIT LINE...: the Swedish guide's quoted finding for an edit. Each LINE is a whole line
# of hok's output and of the guide, and the guide's block that holds the first LINE is in the output.
example() {
  local name=$1 edit=$2 line
  shift 2
  validated "$name" "$edit" || return
  for line in "$@"; do
    grep -qxF -- "$line" "$work/$name.out" \
      || { fail "$name: hok does not print '$line': $(cat "$work/$name.out")"; return; }
    grep -qxF -- "$line" "$guide" || { fail "$name: the guide does not quote '$line'"; return; }
  done
  block "$guide" "$name" "$1"
}

# --- Every `$ hok …` block of both guides, run as written --------------------------------------
# Each guide shows at least three: hok new, hok mv --dry-run, hok show.
for doc in "$guide" "$editors"; do
  results=$("$python" "$work/quoted.py" commands "$doc" "$hok" "$examples" "$work") \
    || fail "$(basename "$doc"): the commands could not be run: $results"
  count=0
  while IFS= read -r line; do
    case $line in
      "ok: "*) pass "$(basename "$doc"): ${line#ok: }" ;;
      "count "*) count=${line#count } ;;
      "FAIL: "*) fail "$(basename "$doc"): ${line#FAIL: }" ;;
      *) echo "  $line" ;;
    esac
  done <<<"$results"
  [ "$count" -ge 3 ] || fail "$(basename "$doc"): $count commands found, at least 3 expected"
done

# --- The Swedish guide: what it says hok new and hok mv refuse -----------------------------------
# "hok skriver aldrig över en fil som finns och vägrar ett id som redan används eller inte följer
# reglerna"; "De tillåtna värdena står också i kommentarerna som hok new skriver".
copy refusals ""
before=$(cat "$work/refusals/groups/samrad-aldre.yaml")
(cd "$work/refusals" && "$hok" new groups samrad-aldre --set name=X) >/dev/null 2>&1
code=$?
[ "$code" = 2 ] && [ "$(cat "$work/refusals/groups/samrad-aldre.yaml")" = "$before" ] \
  && pass "new: an id in use is refused, its file left as it was" || fail "new: an id in use: exit $code"
(cd "$work/refusals" && "$hok" new groups Samrad-Ny) >/dev/null 2>&1
code=$?
[ "$code" = 2 ] && ! ls "$work/refusals/groups" | grep -qi "samrad-ny" \
  && pass "new: an id against the rules is refused" || fail "new: id Samrad-Ny: exit $code"
(cd "$work/refusals" && "$hok" new groups samrad-ny --set name=X --set type=consultation-group) >/dev/null 2>&1
grep -B3 -x "status:" "$work/refusals/groups/samrad-ny.yaml" | grep -q "^# planned (planerad), establishing" \
  && pass "new: the comment above status names the allowed values" \
  || fail "new: no allowed values above status: $(cat "$work/refusals/groups/samrad-ny.yaml")"

# "hok vägrar (och ändrar ingenting) om registret redan har fel … eller om det nya id:t redan används."
copy mv-refusals ""
snapshot() { (cd "$work/mv-refusals" && find . -type f | sort | xargs cat | md5sum); }
before=$(snapshot)
(cd "$work/mv-refusals" && "$hok" mv vis-processledning samrad-barn) >/dev/null 2>&1
code=$?
[ "$code" = 2 ] && [ "$(snapshot)" = "$before" ] && pass "mv: a new id in use is refused, nothing changed" \
  || fail "mv: a new id in use: exit $code"
sed -i 's/^status: active/status: aktiv/' "$work/mv-refusals/groups/samrad-aldre.yaml"
before=$(snapshot)
(cd "$work/mv-refusals" && "$hok" mv vis-processledning vis-sekretariat) >/dev/null 2>&1
code=$?
[ "$code" = 2 ] && [ "$(snapshot)" = "$before" ] && pass "mv: a registry with errors is refused, nothing changed" \
  || fail "mv: a registry with errors: exit $code"

# --- The Swedish guide: "Kontrollera" and its walk through one finding -------------------------
example id-typo "$edit_lib
sub('groups/samrad-barn.yaml', 'reports_to:', 'reports_to: vis-tjanstestyrgrup')" \
  "groups/samrad-barn.yaml:6:13: error[E007] unresolved-reference: reports_to 'vis-tjanstestyrgrup' anger ingen post" \
  " 6 | reports_to: vis-tjanstestyrgrup" \
  "   |             ^^^^^^^^^^^^^^^^^^^ menade du \`vis-tjanstestyrgrupp\` (VIS tjänstestyrgrupp)?" \
  "1 fel i 1 av 53 filer"
said "$guide" id-typo "groups/samrad-barn.yaml:6:13:" "[E007] unresolved-reference" \
  "reports_to 'vis-tjanstestyrgrup' anger ingen post" "6 | reports_to: vis-tjanstestyrgrup" \
  "menade du \`vis-tjanstestyrgrupp\` (VIS tjänstestyrgrupp)?" "1 fel i 1 av 53 filer"
[ "$code" = 1 ] && pass "exit 1 when there are errors" || fail "exit $code with an error, not 1"

validated owner-name-sv "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'owner:', 'owner: Äldres hälsa')" \
  && said "$guide" owner-name-sv "menade du \`samrad-aldre\` (Äldres hälsa)?"

validated clean "" && [ "$code" = 0 ] && grep -qxF "inga fel, varningar eller anmärkningar i 53 filer" "$work/clean.out" \
  && pass "exit 0 when all is well" || fail "a clean registry: exit $code"
mkdir -p "$work/no-registry"
"$hok" validate "$work/no-registry" >/dev/null 2>&1
code=$?
[ "$code" = 2 ] && pass "exit 2 without hok.yaml" || fail "exit $code without hok.yaml, not 2"

# --- The Swedish guide: "Vanliga misstag" ------------------------------------------------------
example code-unquoted "$edit_lib
sub('municipalities/alvby.yaml', 'code:', 'code: 0901')" \
  "municipalities/alvby.yaml:3:7: error[E004] schema: code måste vara text, men det ociterade 0901 läses som ett tal av YAML-verktyg (och som ett oktalt tal av vissa)"

example date-words "$edit_lib
sub('groups/samrad-barn.yaml', 'established:', 'established: 1 maj 2023')" \
  "groups/samrad-barn.yaml:7:14: error[E004] schema: established '1 maj 2023' är inte ett datum: skriv det som ÅÅÅÅ-MM-DD" \
  "   |              ^^^^^^^^^^ skriv så här: \`established: 2023-05-01\`"

# "`1 maj 2023`, `2023-5-1` och `01/05/2023` godtas inte, och datumet måste finnas i kalendern
# (`2023-02-29` finns inte)" (1 maj 2023 is the example above).
for date in 2023-5-1 01/05/2023 2023-02-29; do
  validated date-form "$edit_lib
sub('groups/samrad-barn.yaml', 'established:', 'established: $date')" \
    && grep -q "^groups/samrad-barn.yaml:7:14: error\[E004\] schema: established '$date'" "$work/date-form.out" \
    && pass "the date $date is not taken" || fail "the date $date: $(cat "$work/date-form.out")"
done

validated roles-sv "$edit_lib
sub('functions/alvby-ksa.yaml', 'roles:', 'roles: KSA')" && said "$guide" roles-sv "skriv så här: \`roles: [ksa]\`"

example tab "$edit_lib
sub('groups/samrad-aldre.yaml', '  adopted:', '\tadopted: 2023-03-15')" \
  "groups/samrad-aldre.yaml:9:1: error[E001] yaml-syntax: en tabb används för indrag; YAML drar in med mellanslag"

validated colon-space-sv "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'status:', 'status:in-force')" \
  && said "$guide" colon-space-sv "skriv ett mellanslag efter kolon: \`status: in-force\`"
validated colon-text-sv "$edit_lib
sub('groups/samrad-aldre.yaml', 'target_group:', 'target_group: Äldre: personer med behov')" \
  && said "$guide" colon-text-sv "sätt texten inom citattecken: \`target_group: \"Äldre: personer med behov\"\`"

# "Ett citattecken som aldrig stängs pekar hok ut där det öppnas": line 2, column 7 is the quote.
validated open-quote "$edit_lib
sub('groups/samrad-aldre.yaml', 'name:', 'name: \"Samrådsgrupp Äldres hälsa')" \
  && grep -q '^groups/samrad-aldre.yaml:2:7: error\[E001\]' "$work/open-quote.out" \
  && [ "$(sed -n 2p "$work/open-quote/groups/samrad-aldre.yaml" | cut -c7)" = '"' ] \
  && pass "an open quote is reported where it opens" \
  || fail "an open quote: $(cat "$work/open-quote.out")"

example duplicate-key "
open(root + '/groups/vis-politisk.yaml', 'a', encoding='utf-8').write('status: paused\n')" \
  "groups/vis-politisk.yaml:27:1: error[E002] duplicate-key: 'status' förekommer två gånger i den här mappningen (första gången på rad 5)"

# "Byter du namn på filen men inte id … blir det ett fel (E005)."
copy id-file "" && mv "$work/id-file/groups/samrad-aldre.yaml" "$work/id-file/groups/samrad-aldrar.yaml"
"$hok" validate "$work/id-file" 2>&1 | grep -q '^groups/samrad-aldrar.yaml:1:5: error\[E005\]' \
  && pass "an id that differs from the file's name is E005" || fail "id and file name: no E005"

example field-indented "$edit_lib
sub('groups/samrad-barn.yaml', 'target_group:', '  target_group: \"Barn och unga upp till 21 år.\"')" \
  "groups/samrad-barn.yaml:16:3: error[E004] schema: 'target_group' är inget fält under mandate" \
  "    |   ^^^^^^^^^^^^ target_group hör till samma nivå som mandate, inte under det: dra in raden lika mycket som \`mandate:\`"

validated indent-sv "$edit_lib
sub('groups/samrad-aldre.yaml', '  - {org: bjorko}', '   - {org: bjorko}')" \
  && said "$guide" indent-sv "den här punkten i listan är indragen 3 mellanslag, men punkten ovanför (rad 19) är indragen 2 mellanslag, så listan bryts här"

example status-word "$edit_lib
sub('groups/samrad-aldre.yaml', 'status:', 'status: aktiv')" \
  "groups/samrad-aldre.yaml:5:9: error[E004] schema: status 'aktiv' är inte något av: planned, establishing, active, paused, decommissioned" \
  "   |         ^^^^^ menade du \`active\` (aktiv)?"

validated field-label-sv "$edit_lib
sub('agreements/aldre/samordnade-resor.yaml', 'owner:', 'ägare: samrad-aldre')" \
  && said "$guide" field-label-sv "menade du \`owner\` (Ägare)?"

# "Står båda kvar säger hok till": a seat recorded and listed under lacks is an error.
validated lacks-and-chair "$edit_lib
sub('groups/samrad-aldre.yaml', 'meetings_per_year:', 'lacks: [chair]')" \
  && [ "$code" = 1 ] && grep -q "^groups/samrad-aldre.yaml:14:1: error" "$work/lacks-and-chair.out" \
  && pass "chair both recorded and lacking is an error" || fail "lacks and chair: $(cat "$work/lacks-and-chair.out")"

# --- The Swedish guide: contacts and the portal's change links ---------------------------------
example mailbox "$edit_lib
sub('groups/samrad-aldre.yaml', 'established:', 'established: 2023-03-15\ncontact:\n  mailbox: mailto:samrad@storsthlm.se')" \
  "groups/samrad-aldre.yaml:9:12: error[E016] mailbox: brevlådan 'mailto:samrad@storsthlm.se' är ingen e-postadress: den börjar med \"mailto:\", som portalen själv lägger till; portalen publicerar den som en länk att skriva till"
validated holder-empty "$edit_lib
sub('functions/alvby-ksa.yaml', 'holder:', 'holder:')" \
  && said "$guide" holder-empty "holder är tomt" && said "$editors" holder-empty "holder är tomt"

# --- The Swedish guide: `hok show`'s answer when nothing names the record, and `hok mv` ---------
copy show-free "" && (cd "$work/show-free" && "$hok" show aldresamradet) >"$work/show-free.out" 2>&1
said "$guide" show-free "Ja: inget nämner"

copy walk ""
out=$(cd "$work/walk" && "$hok" mv vis-processledning vis-sekretariat 2>&1)
checked=$(grep "^Kontrollerat efter flytten" <<<"$out")
[ -n "$checked" ] && grep -qF "(\`$checked\`" "$guide" && pass "mv: the check after the move as the guide quotes it" \
  || fail "mv check: '$checked' not in the guide"
[ -n "$checked" ] && "$python" "$work/quoted.py" inline "$editors" "in Swedish \`$checked\`" \
  && pass "mv: the check after the move as editors.md quotes it in Swedish" \
  || fail "mv check: '$checked' not in editors.md"

# --- docs/editors.md: its list of common mistakes, in English ----------------------------------
check_quote() {
  local name=$1 edit=$2
  shift 2
  validated "$name-en" "$edit" --lang en && said "$editors" "$name-en" "$@"
}
check_quote id-typo "$edit_lib
sub('groups/samrad-barn.yaml', 'reports_to:', 'reports_to: vis-tjanstestyrgrup')" \
  "did you mean \`vis-tjanstestyrgrupp\` (VIS tjänstestyrgrupp)?"
check_quote code "$edit_lib
sub('municipalities/alvby.yaml', 'code:', 'code: 0114')" "write it in quotes: \"0114\""
check_quote status-word "$edit_lib
sub('groups/samrad-aldre.yaml', 'status:', 'status: aktiv')" "did you mean \`active\` (aktiv)?"
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
check_quote open-quote "$edit_lib
sub('groups/samrad-aldre.yaml', 'name:', 'name: \"Samrådsgrupp Äldres hälsa')" \
  "end the text with \" on the same line: \`name: \"Samrådsgrupp Äldres hälsa\"\`"
check_quote indent "$edit_lib
sub('groups/samrad-aldre.yaml', '  - {org: bjorko}', '   - {org: bjorko}')" \
  "this list entry is indented 3 spaces, but the entry above it (line 19) is indented 2 spaces, so the list breaks here"
check_quote colon-text "$edit_lib
sub('groups/samrad-aldre.yaml', 'name:', 'name: Samverkan: äldre')" "put the text in quotes: \`name: \"Samverkan: äldre\"\`"

# --- docs/editors.md: `hok show` of an unknown id, its history, and `hok mv` ----------------------
copy show-unknown "" && (cd "$work/show-unknown" && "$hok" show samrad-barn-unga --lang en) >"$work/show-unknown.out" 2>&1
code=$?
said "$editors" show-unknown "hok: error: no record has the id 'samrad-barn-unga'; did you mean 'samrad-barn'?"
[ "$code" = 2 ] && pass "show: an unknown id exits 2" || fail "show: an unknown id exits $code, not 2"

# The history: a git repository with the example registry in data/, committed twice with the
# authors, days and summaries the guide shows. Commit ids differ from one repository to the next.
mkdir "$work/history" && cp -r "$examples" "$work/history/data"
commit() { # AUTHOR DAY SUMMARY
  GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL=editor@example.invalid GIT_AUTHOR_DATE="$2T10:00:00+01:00" \
    GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL=editor@example.invalid GIT_COMMITTER_DATE="$2T10:00:00+01:00" \
    git -C "$work/history" -c commit.gpgsign=false commit -qam "$3"
}
git -C "$work/history" init -q && git -C "$work/history" add -A && commit "Bo Ek" 2026-03-02 "Samordnade resor läggs in" \
  && sed -i 's/^owner: .*/owner: samrad-barn/' "$work/history/data/agreements/aldre/samordnade-resor.yaml" \
  && commit "Anna Ek" 2026-11-20 "Samordnade resor: ny ägare efter beslut i VIS" \
  || fail "history: the repository could not be made"
"$hok" show samordnade-resor "$work/history/data" --lang en >"$work/history.out" 2>&1
block "$editors" history "History (git, from HEAD): data/agreements/aldre/samordnade-resor.yaml last changed 2026-11-20 in c96c0a1." --ids

# Outside git, the history says there is none (the copies here are not in a git repository).
copy show-no-git "" && (cd "$work/show-no-git" && "$hok" show samrad-barn --lang en) >"$work/show-no-git.out" 2>&1
said "$editors" show-no-git "History: none; the registry is not in a git repository."

# "no record has OLD (with "did you mean")"; for hok new, "an unknown field is refused with "did you
# mean"" and so is a value that is none of an enumeration's: exit 2, nothing written.
copy refusals-en ""
refused() { # NAME TEXT COMMAND...: exit 2, TEXT in the output, no file samrad-x written
  local name=$1 text=$2 out code
  shift 2
  out=$(cd "$work/refusals-en" && "$hok" "$@" --lang en 2>&1)
  code=$?
  [ "$code" = 2 ] && grep -qF -- "$text" <<<"$out" && [ ! -e "$work/refusals-en/groups/samrad-x.yaml" ] \
    && pass "$name: refused with '$text'" || fail "$name: exit $code: $out"
}
refused "mv, an unknown id" "did you mean 'samrad-barn'?" mv samrad-bar samrad-x
refused "new, an unknown field" "did you mean 'name'?" new groups samrad-x --set nme=X
refused "new, a value not in the list" "did you mean 'active'?" new groups samrad-x --set status=aktiv

# hok init: "a new registry validates clean"; a folder that is not empty "is refused with exit 2,
# so init never overwrites".
"$hok" init "$work/new-registry" >/dev/null 2>&1 && "$hok" validate "$work/new-registry" >"$work/init.out" 2>&1 \
  && pass "init: a new registry validates clean" || fail "init: $(cat "$work/init.out")"
before=$(cat "$work/new-registry/hok.yaml")
"$hok" init "$work/new-registry" >/dev/null 2>&1
code=$?
[ "$code" = 2 ] && [ "$(cat "$work/new-registry/hok.yaml")" = "$before" ] \
  && pass "init: a folder that is not empty is refused" || fail "init into a registry: exit $code"

copy walk-en ""
(cd "$work/walk-en" && "$hok" mv vis-processledning vis-sekretariat --lang en) >"$work/walk-en.out" 2>&1
said "$editors" walk-en "Checked after the move: no findings in 53 files"

finish
