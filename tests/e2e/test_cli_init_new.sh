#!/usr/bin/env bash
# `hok init DIR` and `hok new KIND ID`: a new registry that validates clean, with a Swedish guide,
# CI, editor settings and schemas; refusal of a non-empty folder; new records from the schema,
# --set values quoted, the new file checked at once, never an overwrite.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

reg="$work/samverkan"

out=$("$hok" init "$reg" --name 'Vård i samverkan: test' 2>&1); code=$?
[ $code -eq 0 ] && pass "init: exit 0" || fail "init: exit $code: $out"
for kind in municipalities districts subregions organisations people groups agreements functions followups plans; do
  [ -f "$reg/$kind/.gitkeep" ] || fail "no $kind/.gitkeep"
done
grep -qx 'hok: 1' "$reg/hok.yaml" && grep -qx 'language: sv' "$reg/hok.yaml" && pass "hok.yaml" || fail "hok.yaml"
grep -q "Så ändrar du i registret" "$reg/README.md" && pass "Swedish guide" || fail "README.md"
"$python" - "$reg" <<'PY' && pass "workflow, settings and schemas parse; every kind has its schema" || fail "generated files"
import json, os, sys
import yaml
reg = sys.argv[1]
workflow = yaml.safe_load(open(os.path.join(reg, ".github/workflows/hok.yml")))
steps = workflow["jobs"]["validate"]["steps"]
assert any(step.get("run") == "hok validate --format github" for step in steps), steps
assert "pull_request" in workflow["on"]
settings = json.load(open(os.path.join(reg, ".vscode/settings.json")))
schemas = settings["yaml.schemas"]
kinds = ["municipalities", "districts", "subregions", "organisations", "people", "groups", "agreements",
         "functions", "followups", "plans"]
for kind in kinds:
    path = "./.hok/schemas/%s.schema.json" % kind
    assert schemas[path] == ["%s/**/*.yaml" % kind], (path, schemas.get(path))
    assert json.load(open(os.path.join(reg, path)))["type"] == "object"
assert schemas["./.hok/schemas/hok.schema.json"] == ["hok.yaml"]
assert "root = true" in open(os.path.join(reg, ".editorconfig")).read()
PY
for kind in groups agreements; do
  cmp -s "$reg/.hok/schemas/$kind.schema.json" "$source_dir/schemas/$kind.schema.json" \
    || fail "$kind schema differs from schemas/"
done
out=$("$hok" validate "$reg" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "^inga fel, varningar eller anmärkningar i " <<<"$out" && pass "the new registry validates clean" || fail "validate: $out"
ls -A "$reg" | grep -q '\.tmp-' && fail "temporary files left behind" || pass "no temporary files left"

out=$("$hok" init "$reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "är inte tom" <<<"$out" && pass "init refuses a non-empty folder: exit 2" || fail "re-init: $code $out"
touch "$work/file"
out=$("$hok" init "$work/file" 2>&1); code=$?
[ $code -eq 2 ] && pass "init refuses a file" || fail "init on a file: $code"

# hok new: a record with the fields still to fill in.
out=$(cd "$reg/groups" && "$hok" new groups samrad-aldre --lang en --set name='Äldres hälsa: länet' --set type=consultation-group 2>&1); code=$?
[ -f "$reg/groups/samrad-aldre.yaml" ] && pass "new writes KIND/ID.yaml (root found upwards)" || fail "no file: $out"
[ $code -eq 1 ] && pass "new: exit 1 while required fields are empty" || fail "new exit $code"
grep -q "^groups/samrad-aldre.yaml:[0-9]*:1: error\[E004\] schema: status is empty" <<<"$out" \
  && pass "new prints the findings of the new file" || fail "findings: $out"
grep -qx "name: \"Äldres hälsa: länet\"" "$reg/groups/samrad-aldre.yaml" && pass "--set value quoted" || fail "quoting"
grep -qx "type: consultation-group" "$reg/groups/samrad-aldre.yaml" && pass "--set enum value" || fail "type"
grep -qx "reports_to:" "$reg/groups/samrad-aldre.yaml" && pass "conditionally required field" || fail "reports_to"
grep -B2 -x "status:" "$reg/groups/samrad-aldre.yaml" | grep -q "^# .*active (aktiv)" \
  && pass "a comment from the schema above each field" || fail "comment"

cp "$reg/groups/samrad-aldre.yaml" "$work/before.yaml"
out=$("$hok" new groups samrad-aldre -C "$reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "används redan" <<<"$out" && cmp -s "$work/before.yaml" "$reg/groups/samrad-aldre.yaml" \
  && pass "never overwrites: exit 2, file unchanged" || fail "overwrite: $code $out"
out=$("$hok" new agreements samrad-aldre -C "$reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "används redan i groups/samrad-aldre.yaml (grupp)" <<<"$out" \
  && pass "ids are unique across kinds" || fail "cross-kind id: $code $out"
out=$("$hok" new groups Äldre -C "$reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "inget giltigt id" <<<"$out" && pass "bad id: exit 2" || fail "bad id: $code $out"
out=$("$hok" new group x -C "$reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "menade du 'groups'?" <<<"$out" && pass "unknown kind: did you mean" || fail "kind: $out"
out=$("$hok" new groups x -C "$reg" --set staus=active 2>&1); code=$?
[ $code -eq 2 ] && grep -q "menade du 'status'?" <<<"$out" && [ ! -e "$reg/groups/x.yaml" ] \
  && pass "unknown field: exit 2, nothing written" || fail "field: $code $out"

# A complete record: exit 0, no findings, and hok validate agrees.
out=$("$hok" new groups vis -C "$reg" --set name=VIS --set type=political-steering --set status=active 2>&1); code=$?
[ $code -eq 0 ] && grep -q "^inga fel: posten är komplett$" <<<"$out" && pass "complete record: exit 0" || fail "complete: $code $out"
out=$("$hok" new subregions nord -C "$reg" --set name=Nord 2>&1)
out=$("$hok" new municipalities upplands-vasby -C "$reg" --set name='Upplands Väsby' --set code=0114 --set subregion=nord 2>&1); code=$?
[ $code -eq 0 ] && grep -qx 'code: "0114"' "$reg/municipalities/upplands-vasby.yaml" \
  && pass "a code with a leading zero is quoted" || fail "code: $code $out"
out=$("$hok" new plans plan -C "$reg" --set title=Handlingsplan --set period.from=2024 --set period.to=2030 2>&1); code=$?
[ $code -eq 0 ] && pass "nested --set period.from" || fail "nested: $code $out"
out=$("$hok" new agreements avtal -C "$reg" --set title=Avtal --set type=agreement --set status=in-force --set owner=samrad-aldr 2>&1); code=$?
# The new registry says `language: sv`: its findings are in Swedish.
grep -q "error\[E007\] unresolved-reference: owner 'samrad-aldr' anger ingen post" <<<"$out" \
  && pass "a reference set to a missing id is reported at once, in the registry's Swedish" || fail "E007: $out"
out=$("$hok" validate "$reg" --format json 2>&1)
"$python" - "$out" <<'PY' && pass "validate sees only the findings new reported" || fail "validate after new"
import json, sys
files = sorted({f["file"] for f in json.loads(sys.argv[1])})
assert files == ["agreements/avtal.yaml", "groups/samrad-aldre.yaml"], files
PY

finish
