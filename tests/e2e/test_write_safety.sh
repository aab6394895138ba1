#!/usr/bin/env bash
# Every command that writes (issue 23, points 3, 4, 5, 6, 16): never through a symbolic link, one
# writer at a time (the lock names who holds it), temporary files of a killed run never published,
# hok mv refuses a tree with a file it cannot read, hok init accepts a folder holding only `.git`,
# and the summary counts stray files.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

minimal="$source_dir/examples/minimal"

# --- hok digest never follows a link inside --out (point 5).
mkdir -p "$work/elsewhere"
echo "mine" > "$work/elsewhere/keep.txt"
"$hok" digest "$minimal" --out "$work/site" --as-of 2026-11-26 >/dev/null 2>&1 || fail "first digest"
folder=$(cd "$work/site" && for d in */; do echo "${d%/}"; break; done)
rm -rf "${work:?}/site/$folder"
ln -s "$work/elsewhere" "$work/site/$folder"
out=$("$hok" digest "$minimal" --out "$work/site" --as-of 2026-11-26 2>&1); code=$?
[ $code -eq 2 ] && grep -q "$folder is a symbolic link; hok never writes through a link" <<<"$out" \
  && pass "digest refuses a symlinked folder inside --out" || fail "digest through a link: exit $code: $out"
[ "$(ls "$work/elsewhere")" = "keep.txt" ] && pass "nothing written outside --out" \
  || fail "written through the link: $(ls "$work/elsewhere")"

# --- hok digest removes the temporary files a killed run left, never publishes them (point 6).
rm -f "$work/site/$folder"
"$hok" digest "$minimal" --out "$work/site" --as-of 2026-11-26 >/dev/null 2>&1 || fail "digest again"
echo "half a page" > "$work/site/.index.html.hok-tmp-Ab12Cd"
echo "half a page" > "$work/site/$folder/.index.html.hok-tmp-Zz99Yy"
"$hok" digest "$minimal" --out "$work/site" --as-of 2026-11-26 >/dev/null 2>&1; code=$?
left=$(find "$work/site" -name '.*.hok-tmp-*' -o -name .hok-lock)
[ $code -eq 0 ] && [ -z "$left" ] && pass "digest removes the temporary files of a killed run" \
  || fail "digest left: exit $code: $left"

# --- hok new never writes through a symlinked kind folder (point 5).
cp -r "$minimal" "$work/reg"
mkdir -p "$work/outside"
rm -rf "$work/reg/functions"
ln -s "$work/outside" "$work/reg/functions"
out=$("$hok" new functions ny-funktion -C "$work/reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "functions is a symbolic link; hok never writes through a link" <<<"$out" \
  && pass "new refuses a symlinked kind folder" || fail "new through a link: exit $code: $out"
[ -z "$(ls "$work/outside")" ] && pass "nothing written through the link" || fail "written: $(ls "$work/outside")"
rm "$work/reg/functions" && cp -r "$minimal/functions" "$work/reg/functions"

# --- One writer at a time (point 3): a second hok mv is refused with who holds the lock.
HOK_TEST_KILL_SIGNAL=STOP HOK_TEST_KILL_AFTER=2 "$hok" mv samrad-barn samrad-barn-unga "$work/reg" >/dev/null 2>&1 &
first=$!
for _ in $(seq 50); do [ "$(ps -o state= -p $first 2>/dev/null)" = T ] && break; sleep 0.1; done
cp -r "$work/reg" "$work/held"
out=$("$hok" mv samrad-aldre samrad-aldre-ny "$work/reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "skrivs just nu av process $first (\`hok mv samrad-barn samrad-barn-unga\`, sedan 20" <<<"$out" \
  && pass "a second hok mv is refused, naming the first" || fail "second mv: exit $code: $out"
out=$("$hok" new groups ny-grupp -C "$work/reg" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "skrivs just nu av process $first" <<<"$out" && pass "hok new waits its turn too" \
  || fail "new while mv runs: exit $code: $out"
out=$("$hok" validate "$work/reg" 2>&1); code=$?
if [ -e "$work/reg/.hok-mv-journal" ]; then
  [ $code -eq 2 ] && grep -q "is running in this registry (process $first" <<<"$out" \
    && pass "validate says a hok mv is running" || fail "validate while mv runs: exit $code: $out"
fi
kill -CONT $first
wait $first; code=$?
[ $code -eq 0 ] && [ -e "$work/reg/groups/samrad-barn-unga.yaml" ] && [ ! -e "$work/reg/groups/aldre-ny.yaml" ] \
  && pass "the first hok mv finishes alone" || fail "first mv: exit $code"
[ ! -e "$work/reg/.hok-lock" ] && pass "the lock file is gone afterwards" || fail "lock file left"
out=$("$hok" mv samrad-aldre samrad-aldre-ny "$work/reg" 2>&1); code=$?
[ $code -eq 0 ] && pass "the next hok mv runs" || fail "after the lock: exit $code: $out"

# --- hok mv refuses a tree with a file it cannot read (point 4).
cp -r "$minimal" "$work/unread"
printf 'id: utanfor\nname: "Utanför"\nrelated_groups: [samrad-barn]\n' > "$work/elsewhere/utanfor.yaml"
ln -s "$work/elsewhere/utanfor.yaml" "$work/unread/groups/utanfor.yaml"
cp -a "$work/unread" "$work/unread-before"
out=$("$hok" mv samrad-barn samrad-barn-unga "$work/unread" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "hok kan inte läsa 1 av registrets filer (groups/utanfor.yaml)" <<<"$out" \
  && diff -r "$work/unread-before" "$work/unread" >/dev/null \
  && pass "mv refuses a tree with a file it cannot read, changing nothing" || fail "unreadable: exit $code: $out"

# --- hok init accepts a folder that holds only .git (point 16).
mkdir -p "$work/cloned/.git"
out=$("$hok" init "$work/cloned" 2>&1); code=$?
[ $code -eq 0 ] && [ -f "$work/cloned/hok.yaml" ] && [ -d "$work/cloned/.git" ] && [ ! -e "$work/cloned/.hok-lock" ] \
  && pass "init accepts a folder holding only .git" || fail "init with .git: exit $code: $out"
mkdir -p "$work/notempty" && echo x > "$work/notempty/notes.txt"
out=$("$hok" init "$work/notempty" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "är inte tom (den innehåller notes.txt)" <<<"$out" && pass "init still refuses other content" \
  || fail "init notempty: exit $code: $out"

# --- The summary counts stray files among the files (point 16).
cp -r "$minimal" "$work/stray"
echo "notes" > "$work/stray/groups/notes.txt"
echo "notes" > "$work/stray/agreements/utkast.yml"
# hok.yaml, the records and the two stray files: what hok looked at.
total=$(( $(find "$work/stray" -mindepth 2 -name '*.yaml' | wc -l) + 1 + 2 ))
out=$("$hok" validate "$work/stray" --lang en 2>&1)
grep -qE "^2 (errors|warnings|error, 1 warning) in 2 of $total files$" <<<"$out" && pass "summary: 2 of $total files" \
  || fail "summary (expected 2 of $total files): $(tail -1 <<<"$out")"

finish
