#!/usr/bin/env bash
# `hok show ID`: fields, outgoing and incoming references with file:line:col, the delete verdict,
# JSON for tools, and an unknown id answered with exit 2 and "did you mean". In the registry's
# language (data/ is Swedish) unless --lang says otherwise; most checks below read the English.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

out=$("$hok" show samrad-barn-unga --lang en "$source_dir/data" 2>&1); code=$?
[ $code -eq 0 ] && pass "known id: exit 0" || fail "known id: exit $code: $out"
grep -q "^groups/samrad-barn-unga.yaml: group samrad-barn-unga \"Länsövergripande samverkan om barn och ungas hälsa\"$" <<<"$out" \
  && pass "header names file, kind, id and name" || fail "header: $out"
grep -q "^  type: consultation-group$" <<<"$out" && pass "fields as YAML" || fail "fields"
grep -q "^  groups/samrad-barn-unga.yaml:[0-9]*:13: reports_to → group vis-tjanstestyrgrupp " <<<"$out" \
  && pass "outgoing reference with its place" || fail "outgoing"
grep -q "^  agreements/bus.yaml:[0-9]*:8: agreement bus \".*\", field owner$" <<<"$out" \
  && pass "incoming reference with file:line:col" || fail "incoming"
grep -q "^Can it be deleted? Not yet: 4 places in 3 files name samrad-barn-unga" <<<"$out" \
  && pass "delete verdict counts the places" || fail "verdict: $out"

# The line printed for an incoming reference is where the id is written.
line=$(grep -o "agreements/bus.yaml:[0-9]*:8" <<<"$out" | head -1 | cut -d: -f2)
sed -n "${line}p" "$source_dir/data/agreements/bus.yaml" | grep -q "^owner: samrad-barn-unga" \
  && pass "the line number points at the reference" || fail "line $line is not the owner line"

out=$(cd "$source_dir/data/groups" && "$hok" show vis-processledning --lang en 2>&1)
grep -q "^  hok.yaml:[0-9]*:[0-9]*: the registry settings, field secretariat$" <<<"$out" \
  && pass "hok.yaml's secretariat counts as a reference (root found upwards)" || fail "hok.yaml reference: $out"

"$hok" show bus -C "$source_dir/data" --format json > "$work/show.json"; code=$?
/usr/bin/python3 - "$work/show.json" <<'PY' && pass "JSON output" || fail "JSON output"
import json, sys
data = json.load(open(sys.argv[1]))
assert data["id"] == "bus" and data["kind"] == "agreements" and data["file"] == "agreements/bus.yaml"
assert list(data["fields"])[:3] == ["id", "title", "short_name"], list(data["fields"])
assert data["references"][0]["field"].startswith("parties"), data["references"][0]
assert any(r["field"] == "owner" and r["target_kind"] == "groups" for r in data["references"])
assert [r["id"] for r in data["referenced_by"]] == ["bussam"], data["referenced_by"]
assert data["deletable"] is False
PY

out=$("$hok" show samrad-barn --lang en "$source_dir/data" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "^hok: error: no record has the id 'samrad-barn'; did you mean 'samrad-barn-unga'?$" <<<"$out" \
  && pass "unknown id: exit 2 with did-you-mean" || fail "unknown id: $code $out"

# In the registry's language: data/ says `language: sv`, so every line hok writes is Swedish.
out=$("$hok" show samrad-barn-unga "$source_dir/data" --history 0 2>&1); code=$?
[ $code -eq 0 ] && grep -q "^groups/samrad-barn-unga.yaml: grupp samrad-barn-unga \"Länsövergripande samverkan om barn och ungas hälsa\"$" <<<"$out" \
  && grep -q "^Nämner ([0-9]*):$" <<<"$out" && grep -q "^Nämns av ([0-9]*):$" <<<"$out" \
  && grep -q "^  agreements/bus.yaml:[0-9]*:8: överenskommelse bus \".*\", fältet owner$" <<<"$out" \
  && grep -q "^Kan den tas bort? Inte än: 4 ställen i 3 filer nämner samrad-barn-unga. Ändra dem först; " <<<"$out" \
  && ! grep -qE "Refers to|Referred to|Can it be|field owner|places|files name" <<<"$out" \
  && pass "in Swedish: header, references and the verdict" || fail "Swedish show: $out"
out=$(cd "$source_dir/data/groups" && "$hok" show vis-processledning --history 0 2>&1)
grep -q "^  hok.yaml:[0-9]*:[0-9]*: registrets inställningar, fältet secretariat$" <<<"$out" \
  && pass "in Swedish: hok.yaml as the registry settings" || fail "Swedish hok.yaml reference: $out"

# A record nothing refers to.
mkdir -p "$work/reg/groups"
printf 'hok: 1\nname: Test\n' > "$work/reg/hok.yaml"
printf 'id: vis\nname: VIS\ntype: political-steering\nstatus: active\n' > "$work/reg/groups/vis.yaml"
out=$("$hok" show vis --lang en "$work/reg" 2>&1)
grep -q "^Can it be deleted? Yes: nothing refers to vis, so deleting groups/vis.yaml breaks no reference.$" <<<"$out" \
  && pass "deletable record" || fail "deletable: $out"
printf 'hok: 1\nname: Test\nlanguage: sv\n' > "$work/reg/hok.yaml"
out=$("$hok" show vis "$work/reg" 2>&1)
grep -q "^Kan den tas bort? Ja: inget nämner vis, så att ta bort groups/vis.yaml bryter ingen hänvisning.$" <<<"$out" \
  && grep -q "^Historik: ingen; registret ligger inte i ett git-förråd.$" <<<"$out" \
  && pass "deletable record, in Swedish, and no history outside git" || fail "Swedish deletable: $out"

finish
