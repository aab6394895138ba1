#!/usr/bin/env bash
# Issue 23, the reading half: standard output and standard error are checked (a full disk is exit
# 2, a closed pipe is normal), clear refusals for odd arguments (--rev with a linked hok.yaml,
# --history -1, --as-of 0000-01-01, empty arguments, a path with -C), and the wording of the
# findings for repeated list entries, unknown fields, reserved ids, hok.yaml trying to silence
# E001/E003, invisible characters, UTF-16 files and NFD file names (docs/reliability.md).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

data="$source_dir/data"
minimal="$source_dir/examples/minimal"
rules="$source_dir/tests/fixtures/rules"

# --- 1. A failed write to standard output is exit 2 with a message, for every command. ---------
if [ -w /dev/full ]; then
  full() {  # full NAME ARGS...: run hok with stdout on /dev/full
    local name=$1; shift
    "$hok" "$@" > /dev/full 2> "$work/full.err"; local code=$?  # words: the registry's language, else the environment's
    if [ $code -eq 2 ] && grep -qE "could not write to standard output|kunde inte skriva ut resultatet" "$work/full.err"; then
      pass "/dev/full: $name exits 2 and says so"
    else
      fail "/dev/full: $name exit $code: $(head -c 300 "$work/full.err")"
    fi
  }
  full validate validate "$data"
  full "validate --format json" validate "$data" --format json
  full gaps gaps "$data" --as-of 2025-12-31
  full graph graph "$data"
  full show show samrad-barn-unga "$data" --history 0
  full schema schema agreements
  full "schema list" schema
  full completion completion bash
  full "report md" report "$data" --year 2025 --format md
  full "digest --list-templates" digest --list-templates
  full "--help" --help
  # Standard error full: exit 2 (there is nowhere left to say it).
  "$hok" validate "$source_dir/examples/broken" 2> /dev/full > /dev/null; code=$?
  [ $code -eq 1 ] && pass "/dev/full on stderr alone does not matter when nothing goes there" \
    || fail "stderr full, nothing written: exit $code"
  "$hok" gaps "$data" --as-of nonsense > /dev/null 2> /dev/full; code=$?
  [ $code -eq 2 ] && pass "/dev/full on stderr: exit 2" || fail "stderr full: exit $code"
else
  echo "skip: no writable /dev/full"
fi

# A closed pipe is normal: with SIGPIPE ignored (as under some CI runners) hok sees EPIPE and
# ends with its usual code and no message; with the default SIGPIPE the shell reports 141 as for
# any program.
( trap '' PIPE; { "$hok" validate "$data" --format json 2> "$work/pipe.err"; echo $? > "$work/pipe.code"; } | true )
code=$(cat "$work/pipe.code")
[ "$code" -eq 0 ] && [ ! -s "$work/pipe.err" ] && pass "closed pipe (EPIPE): usual exit, no message" \
  || fail "closed pipe: exit $code, $(cat "$work/pipe.err")"
out=$("$hok" schema agreements | head -c 1); [ "$out" = "{" ] && pass "| head works" || fail "| head: '$out'"

# The output written when the disk is not full is unchanged.
"$hok" schema agreements > "$work/schema.json"; code=$?
[ $code -eq 0 ] && cmp -s "$work/schema.json" "$source_dir/schemas/agreements.schema.json" \
  && pass "schema to a file: exit 0, same bytes" || fail "schema to a file: $code"

# --- 13. Clear refusals (exit 2) that say what to give instead. --------------------------------
refuse() {  # refuse NAME PATTERN ARGS...
  local name=$1 pattern=$2; shift 2
  "$hok" "$@" > "$work/r.out" 2> "$work/r.err"; local code=$?
  if [ $code -eq 2 ] && grep -q -- "$pattern" "$work/r.err"; then
    pass "refused: $name"
  else
    fail "$name: exit $code: $(head -c 300 "$work/r.err")"
  fi
}
refuse "hok diff ''" "empty; give the revision to compare from" diff ""
refuse "hok diff main ''" "empty; give a commit, branch or tag" diff main ""
refuse "--rev ''" "empty; give a commit, branch or tag" validate "$data" --rev ''
refuse "--as-of '' (gaps)" "empty; give a date as YYYY-MM-DD" gaps "$data" --as-of ''
refuse "--as-of '' (report)" "empty; give a date" report "$data" --year 2025 --as-of ''
refuse "--as-of 0000-01-01 (gaps)" "ligger före 1900" gaps "$data" --as-of 0000-01-01
refuse "--as-of 0000-01-01 (digest)" "ligger före 1900" digest "$data" --out "$work/site" --as-of 0000-01-01
refuse "--as-of 0000-01-01 (report)" "lies before 1900" report "$data" --year 2025 --as-of 0000-01-01
refuse "--history -1" "not a count; give the number of commits" show samrad-barn-unga "$data" --history -1
refuse "path ''" "empty; give a folder" validate ""
refuse "-C ''" "empty; give a folder" gaps -C ""
refuse "show ''" "empty; give the id of a record" show "" "$data"
refuse "a path and -C" "give the registry's folder once" validate "$data" -C "$minimal"
[ ! -e "$work/site" ] && pass "the refused digest wrote nothing" || fail "the refused digest wrote $work/site"
# The accepted forms still work.
"$hok" gaps "$data" --as-of 1900-01-01 > /dev/null; code=$?
[ $code -le 1 ] && pass "--as-of 1900-01-01 accepted" || fail "--as-of 1900-01-01: $code"
"$hok" validate "$minimal" -C "$minimal" > /dev/null; code=$?
[ $code -eq 0 ] && pass "a path and -C naming the same folder" || fail "same folder twice: $code"
"$hok" validate -C "$minimal" > /dev/null; code=$?
[ $code -eq 0 ] && pass "-C alone" || fail "-C alone: $code"

# --rev with a hok.yaml that is a symbolic link in that revision.
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
repo="$work/repo"
mkdir -p "$repo" && cp -r "$minimal/." "$repo/" && mv "$repo/hok.yaml" "$repo/settings.yaml"
ln -s settings.yaml "$repo/hok.yaml"
( cd "$repo" && git init -q -b main . && git add -A && git commit -qm linked )
refuse "--rev with a linked hok.yaml" "hok.yaml is a symbolic link" validate "$repo" --rev HEAD
grep -q "commit hok.yaml as a regular file" "$work/r.err" && pass "says what to do instead" || fail "no advice: $(cat "$work/r.err")"

# --- 8–15: the wording of the new findings (the codes and lines are in tests/fixtures/rules). --
out=$("$hok" validate "$rules/e004-schema" --lang en 2>&1)
grep -q "parties lists 'region-exempel' twice: on line 6 and again on line 8" <<<"$out" \
  && pass "repeated entry: both lines named" || fail "repeated entry: $(grep -i twice <<<"$out")"
[ "$(grep -c "two-unknown-fields.yaml:[56]:.*unknown field" <<<"$out")" -eq 2 ] \
  && pass "both unknown fields reported" || fail "unknown fields: $(grep unknown <<<"$out")"
grep -q "the id 'index' cannot be used: the portal names each kind's list page 'index'" <<<"$out" \
  && pass "id index refused with the reason" || fail "index: $(grep index <<<"$out")"
grep -q "the id 'con' cannot be used: Windows reserves" <<<"$out" && pass "id con refused" || fail "con"
grep -q "hok.yaml:7:.*severity cannot change E001" <<<"$out" && pass "E001: off refused on its line" \
  || fail "E001 off: $(grep hok.yaml <<<"$out")"
grep -q "hok.yaml:8:.*severity cannot change E003" <<<"$out" && pass "E003: warning refused on its line" || fail "E003"
grep -q "name contains the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)" <<<"$out" \
  && pass "U+202E named" || fail "U+202E: $(grep -i invisible <<<"$out")"
grep -q "id contains the invisible character U+200B (ZERO WIDTH SPACE); an id may hold only" <<<"$out" \
  && pass "zero-width space in an id refused" || fail "U+200B"
if printf '%s' "$out" | grep -q $'\u202e\|\u200b'; then fail "an invisible character printed raw"; else pass "none printed raw"; fi
grep -q 'Norra <U+202E>länet' <<<"$out" && pass "escaped visibly in the source line" || fail "no <U+202E> in: $out"

out=$("$hok" validate "$rules/e003-encoding" --lang en 2>&1)
for f in utf16-le-bom:LE utf16-be-bom:BE utf16-no-bom:LE; do
  grep -q "${f%%:*}.yaml:1:.*saved as UTF-16 ${f##*:}, not as UTF-8" <<<"$out" \
    && pass "${f%%:*}: said to be UTF-16 ${f##*:}" || fail "${f%%:*}: $(grep "${f%%:*}" <<<"$out")"
done
grep -q "save it again with the encoding UTF-8" <<<"$out" && pass "UTF-16: how to save as UTF-8" || fail "UTF-16 hint"
out=$("$hok" validate "$rules/e003-encoding" --lang sv 2>&1)
grep -q "filen är sparad som UTF-16 LE, inte som UTF-8" <<<"$out" && pass "UTF-16 in Swedish" || fail "sv UTF-16"

out=$("$hok" validate "$rules/e005-id-filename" --lang en 2>&1)
grep -q "as a plain letter followed by a separate accent mark" <<<"$out" && pass "NFD file name explained" \
  || fail "NFD: $(grep -i sodra <<<"$out")"
if grep -A3 "separate accent mark" <<<"$out" | grep -q "change the id to"; then fail "NFD: still offers an impossible id"; else pass "NFD: no impossible advice"; fi

# --- 8. hok's documented limits each give a finding, never an allocation failure. -------------
limits="$work/limits"
mkdir -p "$limits/subregions" "$limits/agreements" "$limits/municipalities"
printf 'hok: 1\nname: Gr\xc3\xa4nser\nlanguage: en\n' > "$limits/hok.yaml"
printf 'id: s\nname: S\n' > "$limits/subregions/s.yaml"
printf 'id: m\nname: M\ncode: "0001"\nsubregion: s\n' > "$limits/municipalities/m.yaml"
"$python" - "$limits" <<'PY'
import sys
root = sys.argv[1]
# File size: one byte over 1 MiB.
with open(f"{root}/subregions/big.yaml", "w") as out:
    out.write("id: big\nname: Big\n#" + "x" * (1 << 20) + "\n")
# Nesting: 17 levels of flow lists, one over the cap of 16.
with open(f"{root}/subregions/deep.yaml", "w") as out:
    out.write("id: deep\nname: " + "[" * 17 + "]" * 17 + "\n")
# Value length: 10,001 characters.
with open(f"{root}/subregions/long.yaml", "w") as out:
    out.write("id: long\nname: " + "a" * 10001 + "\n")
# List length: 150,000 entries, all one party (a pasted block). Block style: a flow list on one
# long line is still slow to read (columns are counted from the line's start for every value;
# docs/reliability.md), which is not what this checks.
with open(f"{root}/agreements/pasted.yaml", "w") as out:
    out.write("id: pasted\ntitle: T\ntype: agreement\nstatus: draft\nparties:\n" + "  - m\n" * 150000)
PY
out=$("$hok" validate "$limits" 2>&1); code=$?
[ $code -eq 1 ] && pass "limits: exit 1 (findings), no crash" || fail "limits: exit $code: $(tail -3 <<<"$out")"
grep -q "big.yaml:1:.*larger than 1048576 bytes" <<<"$out" && pass "limit: file size (E003)" || fail "file size"
grep -q "deep.yaml:.*nested deeper than 16 levels" <<<"$out" && pass "limit: nesting (E001)" || fail "nesting"
grep -q "long.yaml:.*10001 characters long" <<<"$out" && pass "limit: value length (E004)" || fail "value length: $(grep long.yaml <<<"$out")"
grep -q "pasted.yaml:7:.*parties lists 'm' twice: on line 6 and again on line 7" <<<"$out" && pass "limit: a 150,000-entry list (E004)" \
  || fail "long list: $(grep pasted <<<"$out" | head -3)"

finish
