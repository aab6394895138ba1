#!/usr/bin/env bash
# The validate command's contract as a user meets it: exit codes, formats, --output, --fail-on,
# severity overrides from hok.yaml, colour rules, finding the root upwards.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# A registry with one warning (a stray .yml) and one error (an unresolved reference).
mkdir -p "$work/reg/groups" "$work/reg/organisations"
printf 'hok: 1\nname: Test\n' > "$work/reg/hok.yaml"
printf 'id: vis\nname: VIS\ntype: political-steering\nstatus: active\n' > "$work/reg/groups/vis.yaml"
printf 'id: sam\nname: Sam\ntype: consultation-group\nstatus: active\nreports_to: viss\n' > "$work/reg/groups/sam.yaml"
printf 'id: x\n' > "$work/reg/groups/stray.yml"

out=$("$hok" validate "$work/reg" --lang en 2>&1); code=$?
[ $code -eq 1 ] && pass "errors give exit 1" || fail "errors gave exit $code"
grep -q "groups/sam.yaml:5:13: error\[E007\] unresolved-reference: reports_to 'viss' names no record" <<<"$out" \
  && pass "compiler-style line" || fail "no compiler-style E007 line in: $out"
grep -q "did you mean 'vis'?" <<<"$out" && pass "did-you-mean hint" || fail "no hint"
# Four files: hok.yaml, the two records and the stray .yml (counted since issue 23, point 16).
grep -q "1 error, 1 warning in 2 of 4 files" <<<"$out" && pass "summary line" || fail "summary line missing: $out"
grep -q $'\x1b\[' <<<"$out" && fail "colour codes when not on a terminal" || pass "no colour off a terminal"

# Messages in the registry's language: Swedish when hok.yaml says nothing (or `language: sv`),
# English with `language: en`; --lang overrides either. Codes and rule names never change.
out=$("$hok" validate "$work/reg" 2>&1)
grep -q "groups/sam.yaml:5:13: error\[E007\] unresolved-reference: reports_to 'viss' anger ingen post" <<<"$out" \
  && grep -q "menade du 'vis'?" <<<"$out" && pass "Swedish by default" || fail "Swedish default: $out"
printf 'hok: 1\nname: Test\nlanguage: en\n' > "$work/reg/hok.yaml"
out=$("$hok" validate "$work/reg" 2>&1)
grep -q "reports_to 'viss' names no record" <<<"$out" && pass "hok.yaml language: en" || fail "language en: $out"
out=$("$hok" validate "$work/reg" --lang sv --format json 2>&1)
python3 -c '
import json, sys
findings = json.loads(sys.argv[1])
e007 = [f for f in findings if f["code"] == "E007"][0]
assert e007["name"] == "unresolved-reference", e007
assert e007["message"] == "reports_to '"'"'viss'"'"' anger ingen post", e007
assert e007["hint"] == "menade du '"'"'vis'"'"'?", e007
' "$out" && pass "--lang sv overrides hok.yaml, in JSON too" || fail "--lang sv json: $out"
out=$("$hok" validate "$work/reg" --lang fi 2>&1); code=$?
[ $code -eq 2 ] && grep -q "sv" <<<"$out" && pass "--lang fi is refused" || fail "--lang fi: $code $out"
printf 'hok: 1\nname: Test\n' > "$work/reg/hok.yaml"
out_sv=$("$hok" validate "$source_dir/examples/broken" 2>&1)
out_en=$("$hok" validate "$source_dir/examples/broken" --lang en 2>&1)
[ "$(grep -c 'error\[' <<<"$out_sv")" = "$(grep -c 'error\[' <<<"$out_en")" ] && ! grep -q " names no record" <<<"$out_sv" \
  && pass "examples/broken: the same findings in both languages" || fail "broken sv/en differ"

# Run from inside a kind folder: the root is found upwards.
out=$(cd "$work/reg/groups" && "$hok" validate 2>&1); code=$?
[ $code -eq 1 ] && grep -q "groups/sam.yaml:5:13" <<<"$out" && pass "root found upwards" || fail "root not found upwards ($code)"

# JSON is an array with the documented fields.
"$hok" validate "$work/reg" --format json > "$work/out.json"; code=$?
[ $code -eq 1 ] || fail "json run exit $code"
python3 - "$work/out.json" <<'PY' && pass "json fields" || fail "json shape"
import json, sys
data = json.load(open(sys.argv[1]))
assert isinstance(data, list) and len(data) == 2, data
for item in data:
    assert set(item) == {"code", "name", "severity", "file", "line", "column", "message", "hint", "subject"}, item
e007 = [i for i in data if i["code"] == "E007"][0]
assert (e007["file"], e007["line"], e007["column"], e007["subject"]) == ("groups/sam.yaml", 5, 13, "sam"), e007
stray = [i for i in data if i["code"] == "E011"][0]
assert stray["severity"] == "warning" and stray["line"] == 0, stray
PY

# GitHub workflow commands, with the path as seen from the working directory.
out=$(cd "$work" && "$hok" validate reg --format github 2>&1)
grep -q '^::error file=reg/groups/sam.yaml,line=5,col=13,title=E007 unresolved-reference::' <<<"$out" \
  && pass "github error command" || fail "github format: $out"
grep -q '^::warning file=reg/groups/stray.yml,title=E011 stray-file::' <<<"$out" \
  && pass "github warning command" || fail "github warning: $out"

# --fail-on warning vs error on a tree with only a warning.
rm "$work/reg/groups/sam.yaml"
"$hok" validate "$work/reg" >/dev/null; code=$?
[ $code -eq 0 ] && pass "a warning alone passes by default" || fail "warning alone gave $code"
"$hok" validate "$work/reg" --fail-on warning >/dev/null; code=$?
[ $code -eq 1 ] && pass "--fail-on warning fails on a warning" || fail "--fail-on warning gave $code"

# Severity overrides from hok.yaml.
printf 'hok: 1\nname: Test\nseverity:\n  E011: error\n' > "$work/reg/hok.yaml"
out=$("$hok" validate "$work/reg" 2>&1); code=$?
[ $code -eq 1 ] && grep -q "error\[E011\]" <<<"$out" && pass "severity raised to error" || fail "override to error: $code $out"
printf 'hok: 1\nname: Test\nseverity:\n  E011: off\n' > "$work/reg/hok.yaml"
out=$("$hok" validate "$work/reg" --fail-on warning 2>&1); code=$?
[ $code -eq 0 ] && grep -q "inga fel, varningar eller anmärkningar i 3 filer" <<<"$out" && pass "rule turned off" || fail "override off: $code $out"
printf 'hok: 1\nname: Test\nseverity:\n  E999: off\n' > "$work/reg/hok.yaml"
out=$("$hok" validate "$work/reg" 2>&1)
grep -q "hok.yaml:4:3: error\[E004\].*E999" <<<"$out" && pass "unknown rule code in severity" || fail "unknown code: $out"

# Format version this build does not read.
printf 'hok: 2\nname: Test\n' > "$work/reg/hok.yaml"
out=$("$hok" validate "$work/reg" 2>&1); code=$?
[ $code -eq 1 ] && grep -q "hok.yaml:1:6: error\[E012\]" <<<"$out" && pass "E012 version" || fail "E012: $code $out"
printf 'hok: 1\nname: Test\n' > "$work/reg/hok.yaml"

# --output writes the chosen format to a file; the terminal still gets text.
out=$("$hok" validate "$work/reg" --format json --output "$work/report.json" --fail-on warning 2>&1); code=$?
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[0]["code"]=="E011"' "$work/report.json" \
  && pass "--output holds JSON" || fail "--output file"
grep -q "warning\[E011\]" <<<"$out" && pass "terminal got text alongside --output" || fail "terminal text: $out"
ls -a "$work" | grep -q 'tmp-' && fail "temporary file left behind" || pass "no temporary file left"

# Could not run: exit 2 with a plain message.
mkdir -p "$work/empty"
out=$("$hok" validate "$work/empty" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "hok: error: E012 registry-root: no hok.yaml" <<<"$out" && pass "no registry: exit 2" || fail "no registry: $code $out"
out=$("$hok" validate "$work/does-not-exist" 2>&1); code=$?
[ $code -eq 2 ] && pass "missing path: exit 2" || fail "missing path: $code"
out=$("$hok" validat 2>&1); code=$?
[ $code -eq 2 ] && grep -q "did you mean 'validate'" <<<"$out" && pass "unknown command suggests" || fail "unknown command: $code $out"
out=$("$hok" validate --format xml "$work/reg" 2>&1); code=$?
[ $code -eq 2 ] && pass "bad option value: exit 2" || fail "bad option: $code"
"$hok" --version >/dev/null && pass "--version" || fail "--version"
"$hok" validate --help | grep -q "Example" && pass "help has an example" || fail "help example"

# The real registry and the minimal example are clean.
"$hok" validate "$source_dir/data" >/dev/null && pass "data/ validates clean" || fail "data/ has findings"
"$hok" validate "$source_dir/examples/minimal" --fail-on warning >/dev/null && pass "examples/minimal clean" || fail "examples/minimal"

finish
