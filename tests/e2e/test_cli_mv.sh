#!/usr/bin/env bash
# `hok mv OLD NEW`: on a copy of examples/minimal, a record with inbound references (hok.yaml's
# secretariat, flow lists, nested fields, a waiver's subject) is renamed; `hok validate` stays
# clean and a diff against the original shows exactly the id's lines changed. Refusals exit 2 and
# change nothing; --dry-run writes nothing; --rev is refused.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cp -r "$source_dir/examples/minimal" "$work/original"
cp -r "$source_dir/examples/minimal" "$work/reg"

# A dry run prints file:line: old → new and writes nothing.
out=$("$hok" mv vis-processledning vis-sekretariat "$work/reg" --dry-run --lang en 2>&1); code=$?
[ $code -eq 0 ] && pass "dry run: exit 0" || fail "dry run: exit $code: $out"
grep -qx "would rename groups/vis-processledning.yaml → groups/vis-sekretariat.yaml" <<<"$out" \
  && pass "dry run names the file rename" || fail "dry run file: $out"
grep -qx "hok.yaml:6: secretariat: vis-processledning → secretariat: vis-sekretariat" <<<"$out" \
  && pass "dry run lists hok.yaml's secretariat with its line" || fail "dry run secretariat: $out"
grep -qx "agreements/hok-exempel.yaml:7: related_groups: \[vis-tjanstestyrgrupp, vis-processledning\] → related_groups: \[vis-tjanstestyrgrupp, vis-sekretariat\]" <<<"$out" \
  && pass "dry run lists a flow list" || fail "dry run flow list: $out"
diff -r "$work/original" "$work/reg" >/dev/null && pass "dry run wrote nothing" || fail "dry run changed the tree"

# In Swedish, hok.yaml's language, unless --lang says otherwise (the texts of messages/sv.json).
out=$("$hok" mv vis-processledning vis-sekretariat "$work/reg" --dry-run 2>&1); code=$?
grep -qx "skulle byta namn på groups/vis-processledning.yaml → groups/vis-sekretariat.yaml" <<<"$out" \
  && grep -qx "Provkörning: dess fil, dess id och 5 hänvisningar i 5 andra filer skulle ändras; inget skrevs." <<<"$out" \
  && pass "dry run in Swedish by hok.yaml's language" || fail "dry run in Swedish: $out"

# The rename itself.
out=$("$hok" mv vis-processledning vis-sekretariat "$work/reg" --lang en 2>&1); code=$?
[ $code -eq 0 ] && pass "mv: exit 0" || fail "mv: exit $code: $out"
grep -q "^'vis-processledning' is now 'vis-sekretariat': its file, its id and 5 references in 5 other files changed.$" <<<"$out" \
  && pass "mv reports what it changed" || fail "mv summary: $out"
grep -q "^Checked after the move: no findings" <<<"$out" && pass "mv validates the result" || fail "mv check: $out"
[ -f "$work/reg/groups/vis-sekretariat.yaml" ] && [ ! -e "$work/reg/groups/vis-processledning.yaml" ] \
  && pass "the file is renamed" || fail "file not renamed"
[ -z "$(find "$work/reg" -name '.*tmp*' -o -name '.*.new-*')" ] && pass "no temporary files left" || fail "temporaries left"

out=$("$hok" validate "$work/reg" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "^inga fel, varningar eller anmärkningar i " <<<"$out" && pass "hok validate is clean after the move" \
  || fail "validate after mv: $code $out"

# The only differences: the lines naming the id, each changed only in the id.
mv "$work/reg/groups/vis-sekretariat.yaml" "$work/reg/groups/vis-processledning.yaml"
changes=$(diff -r "$work/original" "$work/reg" | grep '^[<>]')
expected_changes=$(cat <<'EOF'
< related_groups: [vis-tjanstestyrgrupp, vis-processledning]
> related_groups: [vis-tjanstestyrgrupp, vis-sekretariat]
< related_groups: [vis-processledning]
> related_groups: [vis-sekretariat]
<     responsible: vis-processledning
>     responsible: vis-sekretariat
< id: vis-processledning
> id: vis-sekretariat
< secretariat: vis-processledning
> secretariat: vis-sekretariat
<     owner: vis-processledning
>     owner: vis-sekretariat
EOF
)
[ "$changes" = "$expected_changes" ] && pass "only the id's lines changed, byte for byte otherwise" \
  || fail "unexpected diff: $changes"
mv "$work/reg/groups/vis-processledning.yaml" "$work/reg/groups/vis-sekretariat.yaml"

# A waiver's subject and a follow-up's subject, from inside a kind folder.
out=$(cd "$work/reg/agreements" && "$hok" mv hok-exempel hok-overenskommelse 2>&1); code=$?
grep -q "^'hok-exempel' heter nu 'hok-overenskommelse': dess fil, dess id och .* ändrades.$" <<<"$out" \
  && grep -q "^Kontrollerat efter flytten: " <<<"$out" && pass "mv reports in Swedish" || fail "mv in Swedish: $out"
[ $code -eq 0 ] && grep -q "^    subject: hok-overenskommelse$" "$work/reg/hok.yaml" \
  && grep -q "^subject: hok-overenskommelse$" "$work/reg/followups/uppfoljning-2026-hok.yaml" \
  && pass "waiver and follow-up subjects renamed (root found upwards)" || fail "waiver: $code $out"
"$hok" validate "$work/reg" >/dev/null 2>&1 && pass "still clean" || fail "not clean after second mv"

# Refusals: exit 2, a clear message, nothing changed.
cp -r "$work/reg" "$work/before"
refuse() {  # refuse <label> <expected message regex> <args…>
  local label=$1 pattern=$2
  shift 2
  local out code
  out=$("$hok" mv "$@" 2>&1); code=$?
  if [ $code -eq 2 ] && grep -qE "$pattern" <<<"$out"; then pass "$label: exit 2"; else fail "$label: exit $code: $out"; fi
  diff -r "$work/before" "$work/reg" >/dev/null || fail "$label changed the tree"
}
refuse "unknown id" "^hok: error: ingen post har id:t 'vis-sekretaria'; menade du 'vis-sekretariat'\?$" \
  vis-sekretaria x "$work/reg"
refuse "invalid new id" "^hok: error: 'Vis_Ny' är inget giltigt id" vis-sekretariat Vis_Ny "$work/reg"
refuse "new id in use" "^hok: error: id:t 'samrad-barn' används redan i groups/samrad-barn.yaml \(grupp\)" \
  vis-sekretariat samrad-barn "$work/reg"
refuse "--rev" "kan inte arbeta på en tidigare version" vis-sekretariat vis-ny "$work/reg" --rev HEAD
printf 'id: bara-en-fil\n' > "$work/reg/groups/vis-ny.yaml"
cp "$work/reg/groups/vis-ny.yaml" "$work/before/groups/vis-ny.yaml"
refuse "broken registry" "^hok: error: registret har [0-9]+ fel; " vis-sekretariat vis-ny "$work/reg"
rm "$work/reg/groups/vis-ny.yaml" "$work/before/groups/vis-ny.yaml"

# Renaming back restores the original tree byte for byte.
"$hok" mv vis-sekretariat vis-processledning "$work/reg" >/dev/null 2>&1 \
  && "$hok" mv hok-overenskommelse hok-exempel "$work/reg" >/dev/null 2>&1 \
  && diff -r "$work/original" "$work/reg" >/dev/null && pass "renaming back restores every byte" \
  || fail "round trip: $(diff -r "$work/original" "$work/reg")"

out=$("$hok" mv --help 2>&1)
grep -q "Example: hok mv" <<<"$out" && grep -q -- "--dry-run" <<<"$out" && pass "--help with an example" || fail "help: $out"

finish
