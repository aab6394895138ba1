#!/usr/bin/env bash
# `hok mv` as a transaction (issue 23, points 2 and 6): on a generated registry (one region of
# bench/generate_registry.py), the rename is killed with SIGKILL at every step in turn
# (HOK_TEST_KILL_AFTER=N makes hok kill itself at its N-th step, so the test is deterministic).
# After each kill, `hok validate` must not report a clean tree while a journal is there; then the
# recovery (`hok mv --resume`, and on a second copy `hok mv --abort`) must leave the tree all-new
# (resume after the journal was written) or all-old, byte for byte, with no temporary file left.
# A SIGTERM at a step removes the run's temporary files itself.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

old_id=stockholm-norra
new_id=stockholm-norra-lanet
"$python" "$source_dir/bench/generate_registry.py" --regions 1 --out "$work/old" >/dev/null \
  || { fail "generate the registry"; finish; }
cp -a "$work/old" "$work/new"
"$hok" mv "$old_id" "$new_id" "$work/new" >/dev/null 2>&1 || fail "the uninterrupted rename"
[ -e "$work/new/subregions/$new_id.yaml" ] && pass "the uninterrupted rename" || fail "no renamed file"

same_tree() {  # same_tree <expected> <actual>: every byte, no file more or less
  diff -r "$1" "$2" >/dev/null 2>&1
}

# The number of steps of an uninterrupted run.
steps=$(cp -a "$work/old" "$work/count" && HOK_TEST_TRACE=1 "$hok" mv "$old_id" "$new_id" "$work/count" 2>&1 >/dev/null \
  | grep -c "^hok: step ")
[ "$steps" -gt 10 ] && pass "the rename has $steps steps" || fail "steps: $steps"

bad=0
for ((n = 1; n <= steps; n++)); do
  for recovery in resume abort; do
    tree="$work/run"
    rm -rf "$tree"
    # Hard links: hok never writes a file in place (a new file and a rename), so the copy is safe.
    cp -al "$work/old" "$tree"
    HOK_TEST_KILL_AFTER=$n "$hok" mv "$old_id" "$new_id" "$tree" >/dev/null 2>&1
    code=$?
    if [ $code -ne 137 ]; then fail "step $n: not killed (exit $code)"; bad=1; continue; fi
    journal=0
    [ -e "$tree/.hok-mv-journal" ] && journal=1
    if [ $journal -eq 1 ]; then
      out=$("$hok" validate "$tree" --lang en 2>&1); vcode=$?
      if [ $vcode -ne 2 ] || ! grep -q "hok mv --resume" <<<"$out"; then
        fail "step $n: validate with a journal: exit $vcode: $out"; bad=1
      fi
    fi
    out=$("$hok" mv --$recovery "$tree" 2>&1); rcode=$?
    if [ $rcode -ne 0 ]; then fail "step $n: mv --$recovery: exit $rcode: $out"; bad=1; continue; fi
    expected="$work/old"
    [ $recovery = resume ] && [ $journal -eq 1 ] && expected="$work/new"
    if ! same_tree "$expected" "$tree"; then
      fail "step $n, --$recovery (journal $journal): not the $( [ "$expected" = "$work/new" ] && echo new || echo old) tree: $(diff -rq "$expected" "$tree" | head -5)"
      bad=1
    fi
  done
done
[ $bad -eq 0 ] && pass "killed at each of $steps steps, --resume and --abort each leave the old or the new tree byte for byte"

# A tree killed after its journal: every reading command refuses (exit 2) and says how to finish.
rm -rf "$work/run" && cp -a "$work/old" "$work/run"
HOK_TEST_KILL_AFTER=$((steps / 2)) "$hok" mv "$old_id" "$new_id" "$work/run" >/dev/null 2>&1
for command in validate gaps "digest --out $work/site"; do
  out=$("$hok" $command "$work/run" 2>&1); code=$?
  [ $code -eq 2 ] && grep -q "avbröts.*hok mv --resume.*hok mv --abort" <<<"$out" \
    && pass "hok $command refuses a half-renamed tree" || fail "hok $command on a half-renamed tree: exit $code: $out"
done
out=$("$hok" mv "$old_id" "$new_id" "$work/run" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "hok mv --resume" <<<"$out" && pass "a new hok mv refuses too" || fail "mv over a journal: $code $out"

# SIGTERM in the middle of writing the temporary files: the handler removes them.
rm -rf "$work/run" && cp -a "$work/old" "$work/run"
HOK_TEST_KILL_SIGNAL=TERM HOK_TEST_KILL_AFTER=5 "$hok" mv "$old_id" "$new_id" "$work/run" >/dev/null 2>&1; code=$?
left=$(find "$work/run" -name '.*.hok-tmp-*' -o -name .hok-lock)
[ $code -eq 143 ] && [ -z "$left" ] && same_tree "$work/old" "$work/run" \
  && pass "SIGTERM removes the temporary files and the lock file" || fail "SIGTERM: exit $code, left: $left"

# SIGKILL leaves temporary files: hok validate names them (E011) and reads none; the next
# writer removes them.
rm -rf "$work/run" && cp -a "$work/old" "$work/run"
HOK_TEST_KILL_AFTER=5 "$hok" mv "$old_id" "$new_id" "$work/run" >/dev/null 2>&1
out=$("$hok" validate "$work/run" --lang en 2>&1)
count=$(grep -c "warning\[E011\].*temporary file left by a hok run" <<<"$out")
[ "$count" -eq 5 ] && pass "validate names the 5 temporary files a killed run left" || fail "validate: $out"
out=$("$hok" mv --resume "$work/run" --lang en 2>&1); code=$?
[ $code -eq 0 ] && grep -q "^Removed 5 temporary files" <<<"$out" && same_tree "$work/old" "$work/run" \
  && pass "hok mv --resume removes them and says so" || fail "resume without a journal: $code $out"

finish
