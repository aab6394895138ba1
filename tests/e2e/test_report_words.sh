#!/usr/bin/env bash
# Reader's words only: the annual report on data/ (2025) and on a registry in git with a year of
# changes (examples/minimal, 2026), in Swedish and English, HTML and Markdown, names no command,
# file, format, version control, rule code, field, record id or seed file (report_words.py holds
# the list). The checker itself is shown to catch each kind of term first.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
check="$(dirname "${BASH_SOURCE[0]}")/report_words.py"

# The checker catches what it is there for.
cat > "$work/bad.md" <<'TEXT'
Kommandot hok gaps visar G002 för samrad-barn; fältet reports_to i hok.yaml, incheckning 1a2b3c4 i git, seed 003.
TEXT
out=$("$python" "$check" sv "$source_dir/examples/minimal" "$work/bad.md"); code=$?
for what in "a command" "the command's name" "a rule code" "a field name" "a file or the format" "version control" \
            "a seed file's name" "a record's id"; do
  grep -qF ": $what:" <<<"$out" || fail "the checker misses $what"
done
[ $code = 1 ] && pass "the checker fails on tool words" || fail "the checker passed a report full of tool words"

# A registry in git: examples/minimal as of 2025, then a year of changes in 2026.
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
repo="$work/repo"
mkdir -p "$repo"
cp -r "$source_dir/examples/minimal/." "$repo/"
mv "$repo/groups/samrad-barn.yaml" "$work/"
grep -rl "samrad-barn" "$repo" | while read -r file; do sed -i 's/samrad-barn/samrad-aldre/g' "$file"; done
(cd "$repo" && git init -q -b main . && git add -A &&
  GIT_AUTHOR_DATE=2025-06-01T10:00:00Z GIT_COMMITTER_DATE=2025-06-01T10:00:00Z git commit -q -m 2025) || fail "git 2025"
cp -r "$source_dir/examples/minimal/." "$repo/"
(cd "$repo" && git add -A &&
  GIT_AUTHOR_DATE=2026-03-01T10:00:00Z GIT_COMMITTER_DATE=2026-03-01T10:00:00Z git commit -q -m 2026) || fail "git 2026"

reports=()
for lang in sv en; do
  for format in html md; do
    "$hok" report "$source_dir/data" --year 2025 --format $format --lang $lang --out "$work/data-$lang.$format" \
      2>"$work/err" || fail "data $lang $format: $(cat "$work/err")"
    "$hok" report "$repo" --year 2026 --format $format --lang $lang --out "$work/repo-$lang.$format" \
      2>"$work/err" || fail "fixture $lang $format: $(cat "$work/err")"
  done
done
grep -qF "Vad som ändrades" "$work/repo-sv.html" && pass "the fixture's report lists what changed" \
  || fail "the fixture's report has no list of changes to check"

for lang in sv en; do
  "$python" "$check" $lang "$source_dir/data" "$work/data-$lang.html" "$work/data-$lang.md" >"$work/words"; on_data=$?
  "$python" "$check" $lang "$repo" "$work/repo-$lang.html" "$work/repo-$lang.md" >>"$work/words"; on_fixture=$?
  if [ $on_data = 0 ] && [ $on_fixture = 0 ]; then
    pass "$lang: the reports on data/ and on the fixture use the reader's words only"
  else
    fail "$lang: tool words in the report:"
    head -40 "$work/words"
  fi
done

finish
