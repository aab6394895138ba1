#!/usr/bin/env bash
# Issue 20, point 5 (begun): with `language: sv`, every line `hok validate`, `hok gaps` and `hok show` print is
# Swedish outside ids, codes, rule names, file names and values from the files. The lines are
# stripped of those, and what is left must hold none of the English words hok's texts are made of.
# `diff`, `new`, `init`, `mv` and the errors of a run that stops (exit 2) are covered too.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# english_left NAME: reads hok's text output on stdin; fails NAME on an English word outside data.
english_left() {
  "$python" -c '
import re, sys
english = {"the", "is", "are", "not", "of", "and", "or", "an", "to", "no", "with", "has",  # not "in": Swedish too
           "file", "files", "error", "errors", "warning", "warnings", "note", "notes", "gap", "gaps",
           "hint", "did", "you", "mean", "names", "record", "waived", "until", "as", "missing",
           "unknown", "field", "must", "be", "write", "add", "look", "into", "open", "findings",
           "refers", "referred", "by", "can", "it", "deleted", "yet", "nothing", "history", "changed",
           "last", "from", "committed", "place", "places", "settings", "registry",
           "usage", "options", "positionals", "subcommands", "required", "print", "this", "default",
           "example", "folder", "write", "language", "revision", "only", "which", "what", "each"}
left = []
for line in sys.stdin.read().splitlines():
    line = re.sub(r"^ *[0-9]* \| .*$", "", line)              # a source line excerpt
    line = re.sub(r"^ *\| *\^+ ?", "", line)                  # the caret line: keep its hint
    line = re.sub(r"^\S+:([0-9]+:[0-9]+:)? (error|warning|info)\[[EG][0-9]+\] [a-z-]+:", "", line)
    line = re.sub(r"^G[0-9]{3} [a-z-]+ ", "", line)            # a gap rule heading: code and name
    line = line.replace("\\", "")                          # Markdown escapes (taken\_over\_by)
    line = re.sub(r"^hok: error: ", "", line)                 # the marker of a run that stops, as error[E…]
    line = re.sub(r"`[^`]*`|\x27[^\x27]*\x27|\"[^\"]*\"", "", line)  # quoted data
    line = re.sub(r"(?<![\w-])--[a-z][a-z-]*", "", line)           # option names (--history), typed by the user
    for word in re.findall(r"[A-Za-zÅÄÖåäö][\w./-]*", line):
        if "/" in word or "-" in word or "." in word or "_" in word:
            continue                                          # paths, ids, values, field names
        if word.lower() in english:
            left.append((word, line.strip()))
if left:
    print("\n".join(f"{word!r} in: {line}" for word, line in left[:20]))
    sys.exit(1)
'
}

out=$("$hok" validate "$source_dir/examples/broken" 2>&1)
english_left <<<"$out" && pass "validate: Swedish throughout" || fail "validate: English left (above)"
for format in dot mermaid; do
  # Graphviz's own syntax (shape=note) is not hok's words.
  out=$("$hok" graph "$source_dir/data" --format $format 2>&1 | sed 's/shape=[a-z]*//g')
  english_left <<<"$out" && pass "graph ($format): Swedish throughout" || fail "graph $format: English left (above)"
done
# The check can fail: the same run in English is caught.
"$hok" validate "$source_dir/examples/broken" --lang en 2>&1 | english_left >/dev/null \
  && fail "the check does not catch English" || pass "the check catches English"

out=$("$hok" gaps "$source_dir/data" --as-of 2026-11-26 2>&1)
english_left <<<"$out" && pass "gaps on data/: Swedish throughout" || fail "gaps: English left (above)"
out=$("$hok" gaps "$source_dir/examples/minimal" --as-of 2026-11-26 2>&1)
english_left <<<"$out" && pass "gaps with waivers: Swedish throughout" || fail "gaps waived: English left (above)"
out=$("$hok" gaps "$source_dir/examples/minimal" --as-of 2026-11-26 --format md 2>&1)
english_left <<<"$out" && pass "gaps as Markdown: Swedish throughout" || fail "gaps md: English left (above)"

# hok show: a record's references and the delete verdict (fields and their names are data), and its
# history in a git repository.
repo="$work/shown"
cp -r "$source_dir/examples/minimal" "$repo"
git -C "$repo" init -q && git -C "$repo" add -A && git -C "$repo" -c user.name=t -c user.email=t@t commit -qm start
for id in samrad-aldre vardcentral-city vis-processledning; do
  out=$("$hok" show "$id" "$repo" 2>&1 | sed -n '/^\(Nämner\|Refers to\) (/,$p')
  english_left <<<"$out" && pass "show $id: Swedish throughout" || fail "show $id: English left (above)"
done
"$hok" show samrad-aldre "$repo" --lang en 2>&1 | sed -n '/^Refers to (/,$p' | english_left >/dev/null \
  && fail "the check does not catch English show" || pass "the check catches English show"

# hok diff: a change committed in the copy, in text and Markdown.
git -C "$repo" mv groups/samrad-aldre.yaml groups/samrad-aldre.yaml 2>/dev/null
"$python" - "$repo" <<'PY'
import pathlib, sys
path = pathlib.Path(sys.argv[1]) / "groups/samrad-aldre.yaml"
path.write_text(path.read_text(encoding="utf-8").replace("status: active", "status: paused"), encoding="utf-8")
PY
rm "$repo/groups/samrad-barn.yaml"
for format in text md; do
  out=$("$hok" diff HEAD -C "$repo" --format "$format" 2>&1 | grep -v "^    \|^  - ")   # field lines are data
  english_left <<<"$out" && pass "diff ($format): Swedish throughout" || fail "diff $format: English left (above)"
done
"$hok" diff HEAD -C "$repo" --lang en 2>&1 | english_left >/dev/null \
  && fail "the check does not catch English diff" || pass "the check catches English diff"
git -C "$repo" checkout -q -- .

# hok new (a record with fields left to fill, then a complete one), hok mv, hok init.
out=$(cd "$repo" && "$hok" new groups samrad-ny --set name="Ny" --set type=consultation-group 2>&1)
english_left <<<"$out" && pass "new: Swedish throughout" || fail "new: English left (above)"
rm -f "$repo/groups/samrad-ny.yaml"
out=$(cd "$repo" && "$hok" new groups samrad-ny --set name="Ny" --set type=consultation-group --set status=planned \
      --set reports_to=vis-tjanstestyrgrupp 2>&1)
english_left <<<"$out" && pass "new, complete: Swedish throughout" || fail "new complete: English left (above)"
rm -f "$repo/groups/samrad-ny.yaml"
for args in "--dry-run" ""; do
  out=$(cd "$repo" && "$hok" mv vis-processledning vis-sekretariat $args 2>&1)
  english_left <<<"$out" && pass "mv $args: Swedish throughout" || fail "mv $args: English left (above)"
done
out=$("$hok" init "$work/nytt" 2>&1)
english_left <<<"$out" && pass "init: Swedish throughout" || fail "init: English left (above)"

# The errors of a run that stops: an unknown id, an id in use, an invalid id, a folder that is not
# empty, a broken registry, the write lock held, an interrupted hok mv.
stop() {
  local name=$1
  shift
  local out code
  out=$(cd "$repo" && "$hok" "$@" 2>&1); code=$?
  [ $code -eq 2 ] || { fail "$name: exit $code, not 2: $out"; return; }
  english_left <<<"$out" && pass "error, $name: Swedish" || fail "error, $name: English left (above)"
}
stop "unknown id" mv vis-sekretaria vis-x
stop "id in use" mv vis-sekretariat samrad-barn
stop "invalid id" new groups Äldre
stop "not empty" init "$repo"
stop "pdf without --out" report --year 2025 --format pdf
printf '12345\nhok mv a b\n2026-12-06T10:00:00\n' > "$repo/.hok-lock"
( exec 9<"$repo/.hok-lock"; flock -x 9; sleep 5 ) & holder=$!
sleep 0.5
stop "lock held" mv vis-sekretariat vis-ny
kill $holder 2>/dev/null; wait $holder 2>/dev/null
rm -f "$repo/.hok-lock"
printf 'broken: [\n' > "$repo/groups/trasig.yaml"
stop "broken registry" mv vis-sekretariat vis-ny
rm -f "$repo/groups/trasig.yaml"

# The refusals a secretariat meets most (issue 20, the last English of a Swedish run): each in
# Swedish with its exact words, on a registry with `language: sv` or, before any registry is read
# (CLI11's parse errors), with LANG=sv_SE.UTF-8; and a list of English marker words that no line
# of them may hold.
refusals="$work/refusals"
cp -r "$source_dir/examples/minimal" "$refusals"
: > "$work/refusals.txt"
# refuse NAME EXPECTED COMMAND…: COMMAND exits 2 in the copy and prints EXPECTED (fixed text), in
# Swedish throughout.
refuse() {
  local name=$1 expected=$2
  shift 2
  local out code
  out=$(cd "$refusals" && "$@" 2>&1); code=$?
  printf '%s\n' "$out" >> "$work/refusals.txt"
  [ $code -eq 2 ] || { fail "$name: exit $code, not 2: $out"; return; }
  grep -qF -- "$expected" <<<"$out" || { fail "$name: not the words '$expected': $out"; return; }
  # A list of field names is data (`notes` is one).
  sed 's/fälten är: .*$/fälten är:/' <<<"$out" | english_left && pass "refusal, $name: Swedish" \
    || fail "refusal, $name: English left (above)"
}
refuse "new, unknown --set field" "--set ansvarig: det finns inget fält som heter 'ansvarig'; fälten är: id, name," \
  "$hok" new groups samrad-ny --set ansvarig=x
refuse "new, --set field misspelt" "--set staus: det finns inget fält som heter 'staus'; menade du 'status'?" \
  "$hok" new groups samrad-ny --set staus=active
refuse "new, value not allowed" "--set status: 'aktiv' går inte; välj ett av:" \
  "$hok" new groups samrad-ny --set status=aktiv
refuse "new, unknown kind" "det finns ingen typ som heter 'grupper'" "$hok" new grupper samrad-ny
refuse "mv, --resume and --abort" "ange antingen --resume eller --abort, inte båda" "$hok" mv --resume --abort
"$python" - "$refusals" <<'PY'
import pathlib, sys
path = pathlib.Path(sys.argv[1]) / "agreements/barn/barn-placerade-tandvard.yaml"
text = path.read_text(encoding="utf-8")
assert "\nowner: samrad-barn\n" in text
path.write_text(text.replace("\nowner: samrad-barn\n", "\nowner: >-\n  samrad-barn\n"), encoding="utf-8")
PY
refuse "mv, an id written as a block" \
  "owner är skrivet som ett textblock (| eller >); skriv det på en rad som \`samrad-barn\` och kör hok mv igen" \
  "$hok" mv samrad-barn samrad-barn-unga
cp "$source_dir/examples/minimal/agreements/barn/barn-placerade-tandvard.yaml" "$refusals/agreements/barn/"
mkdir -p "$work/mallar"
printf '{"sidor": {}}\n' > "$work/mallar/sv.json"
refuse "digest, --templates: a part hok does not have" "'sidor' är ingen av delarna i texterna" \
  "$hok" digest --out "$work/portal" --templates "$work/mallar"
printf '{"page": {"site_titel": "x"}}\n' > "$work/mallar/sv.json"
refuse "digest, --templates: a text hok does not have" "hok har ingen text 'page.site_titel' att byta ut; menade du 'page.site_title'?" \
  "$hok" digest --out "$work/portal" --templates "$work/mallar"
rm "$work/mallar/sv.json"; printf 'x' > "$work/mallar/index.mustach"
refuse "digest, --templates: a file hok does not have" "'index.mustach' ersätter ingen av hoks filer" \
  "$hok" digest --out "$work/portal" --templates "$work/mallar"
refuse "digest, --out onto a file" "--out README.md: finns redan och är ingen mapp; ange en ny eller tom mapp" \
  "$hok" digest --out README.md
mkdir -p "$work/full"; printf 'x\n' > "$work/full/annat.txt"
refuse "digest, --out onto a folder of other things" "mappen är inte tom och skrevs inte av \`hok digest\`" \
  "$hok" digest --out "$work/full"
refuse "show, an id no record has" "ingen post har id:t 'samrad-bar'; menade du 'samrad-barn'?" "$hok" show samrad-bar
refuse "gaps, a rule hok does not have" "--rule G999: hok har ingen regel för brister med den koden" "$hok" gaps --rule G999
# CLI11's parse errors: the registry is not read before the line is parsed, so the environment's
# language (or --lang on the line) decides.
refuse "an option the command does not take" "hok väntade sig inte det här: --dry-run" \
  env LANG=sv_SE.UTF-8 "$hok" validate --dry-run
refuse "a value not in the set" "--format: md går inte; välj ett av {text,json,github,sarif}" \
  env LANG=sv_SE.UTF-8 "$hok" validate --format md
refuse "a required argument" "kind måste anges" env LANG=sv_SE.UTF-8 "$hok" new
refuse "a number out of range" "--expiring: 5000 ligger inte mellan 0 och 3650" env LANG=sv_SE.UTF-8 "$hok" gaps --expiring 5000
refuse "a value that is no number" "--history: abc går inte att läsa" env LANG=sv_SE.UTF-8 "$hok" show x --history abc
refuse "an option without its value" "--lang: 1 värde saknas" env LANG=sv_SE.UTF-8 "$hok" validate --lang
refuse "an empty value" "--rev: värdet är tomt; ange en version" env LANG=sv_SE.UTF-8 "$hok" validate --rev ''
refuse "an option given twice" "--as-of får bara anges en gång, men angavs 2 gånger" \
  env LANG=sv_SE.UTF-8 "$hok" gaps --as-of 2025-01-01 --as-of 2025-01-02
refuse "--lang sv on the line decides" "hok väntade sig inte det här: --dry-run" \
  env LANG=C.UTF-8 LC_ALL= "$hok" validate --lang sv --dry-run
refuse "an unknown command" "hok har inget kommando som heter 'valdate'; menade du 'validate'?" \
  env LANG=sv_SE.UTF-8 "$hok" valdate
grep -q "Kör med --help för att läsa mer." "$work/refusals.txt" && pass "CLI11's last line in Swedish" \
  || fail "no Swedish 'Kör med --help' line"
"$python" - "$work/refusals.txt" <<'PY' && pass "no English marker in the refusals" || fail "English marker in a refusal (above)"
import sys
markers = [" is not ", " there is no ", "cannot", "The following argument", " not in ", "is required", "did you mean",
           "nothing was changed", "Run with", "Run '", "unknown command", "no such", "already exists", "exists already"]
lines = [line for line in open(sys.argv[1], encoding="utf-8").read().splitlines()
         if any(marker in line for marker in markers)]
print("\n".join(lines))
sys.exit(1 if lines else 0)
PY
# Every command's --help (issue 20: the last English of a Swedish run): the descriptions, CLI11's
# headings and value types from the catalogues; the option names, the argument names in the usage
# line and the values in braces are what is typed.
for command in "" completion diff digest gaps graph init mv new report schema show validate; do
  out=$(env LANG=sv_SE.UTF-8 "$hok" $command --help 2>&1); code=$?
  [ $code -eq 0 ] || { fail "help $command: exit $code"; continue; }
  # Command names are typed (the list of commands, the examples), and so are the values in braces.
  out=$(sed -E 's/^  [a-z]+ {2,}/  /; s/hok [a-z]+/hok/g; s/\{[^}]*\}//g' <<<"$out")
  english_left <<<"$out" && pass "help ${command:-(hok)}: Swedish throughout" || fail "help ${command:-hok}: English left (above)"
done
out=$(env LANG=sv_SE.UTF-8 "$hok" report --help 2>&1)
grep -qxF "Användning: hok report [FLAGGOR] [path]" <<<"$out" && pass "help: the usage line in Swedish" || fail "help usage: $out"
grep -qxF "  --year TAL:1900-9999 KRÄVS  året som rapporten gäller, t.ex. 2025" <<<"$out" && pass "help: the value type and REQUIRED in Swedish" \
  || fail "help year: $out"
grep -qxF "  -h,--help                   visa den här hjälpen och avsluta" <<<"$out" && pass "help: the help flag in Swedish" \
  || fail "help flag: $out"
out=$(env LANG=C.UTF-8 LC_ALL= "$hok" validate --lang sv --help 2>&1)
grep -qF "  --lang TEXT:{en,sv}         språket i meddelandena: en eller sv (standard: språket i hok.yaml)" <<<"$out" \
  && pass "help: --lang sv on the line decides" || fail "help --lang sv: $out"
env LANG=sv_SE.UTF-8 "$hok" validate --lang en --help 2>&1 | english_left >/dev/null \
  && fail "the check does not catch English help" || pass "the check catches English help"
out=$(env LANG=C.UTF-8 LC_ALL= "$hok" report --help 2>&1)
grep -qxF "  --year INT:1900-9999 REQUIRED" <<<"$out" && grep -qxF "Usage: hok report [OPTIONS] [path]" <<<"$out" \
  && pass "help in English in an English environment" || fail "English help: $out"

# The same refusals in English: --lang en on the line, or an English environment before a registry.
out=$(cd "$refusals" && LANG=C.UTF-8 "$hok" validate --dry-run 2>&1)
[ "$out" = "The following argument was not expected: --dry-run
Run with --help for more information." ] && pass "the parse error in English, as CLI11 words it" || fail "English parse error: $out"
out=$(cd "$refusals" && LANG=sv_SE.UTF-8 "$hok" validate --lang en --format md 2>&1)
grep -qxF -- "--format: md not in {text,json,github,sarif}" <<<"$out" && pass "--lang en on the line wins over LANG" \
  || fail "--lang en: $out"
out=$(cd "$refusals" && LANG=C.UTF-8 "$hok" gaps --as-of 2025-01-01 --as-of 2025-01-02 2>&1)
grep -qxF -- "--as-of can be given only once, but was given 2 times" <<<"$out" && pass "an option given twice, in English" \
  || fail "option twice in English: $out"
out=$(cd "$refusals" && "$hok" new groups samrad-ny --set ansvarig=x --lang en 2>&1)
grep -qF -- "--set ansvarig: there is no field 'ansvarig'; the fields are: id, name," <<<"$out" && pass "new, unknown field in English" \
  || fail "new in English: $out"

finish
