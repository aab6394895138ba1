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
           "last", "from", "committed", "place", "places", "settings", "registry"}
left = []
for line in sys.stdin.read().splitlines():
    line = re.sub(r"^ *[0-9]* \| .*$", "", line)              # a source line excerpt
    line = re.sub(r"^ *\| *\^+ ?", "", line)                  # the caret line: keep its hint
    line = re.sub(r"^\S+:([0-9]+:[0-9]+:)? (error|warning|info)\[[EG][0-9]+\] [a-z-]+:", "", line)
    line = re.sub(r"^G[0-9]{3} [a-z-]+ ", "", line)            # a gap rule heading: code and name
    line = line.replace("\\", "")                          # Markdown escapes (taken\_over\_by)
    line = re.sub(r"^hok: error: ", "", line)                 # the marker of a run that stops, as error[E…]
    line = re.sub(r"`[^`]*`|\x27[^\x27]*\x27|\"[^\"]*\"", "", line)  # quoted data
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

finish
