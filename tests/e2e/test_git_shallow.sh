#!/usr/bin/env bash
# Shallow clones (`git clone --depth N`, a CI checkout's default): --new-since, --rev and hok diff
# name the fix when the commit they need is not in the clone; `hok show`'s history and the
# report's year history say the history was cut instead of "never committed" or "no commit before
# the year's end"; a full clone stays as it was. The clones use a file:// URL so that --depth works
# on a local repository.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
commit_on() { GIT_AUTHOR_DATE="$1T10:00:00Z" GIT_COMMITTER_DATE="$1T10:00:00Z" git commit -qam "$2"; }

# Four commits: 2024-02-01 the registry, 2024-06-01 vis renamed, 2025-01-15 samrad renamed,
# 2025-03-01 vis again.
repo="$work/repo"
mkdir -p "$repo/groups" && cd "$repo" && git init -q -b main .
printf 'hok: 1\nname: Grunt\n' > hok.yaml
printf 'id: vis\nname: VIS\ntype: political-steering\nstatus: active\n' > groups/vis.yaml
printf 'id: samrad\nname: Samråd\ntype: consultation-group\nstatus: active\nreports_to: vis\n' > groups/samrad.yaml
git add -A && commit_on 2024-02-01 "Registret läggs in"
sed -i 's/name: VIS/name: VIS styrgrupp/' groups/vis.yaml && commit_on 2024-06-01 "VIS byter namn"
sed -i 's/name: Samråd/name: Samrådet/' groups/samrad.yaml && commit_on 2025-01-15 "Samrådet byter namn"
sed -i 's/name: VIS styrgrupp/name: VIS politisk styrgrupp/' groups/vis.yaml && commit_on 2025-03-01 "VIS igen"

git clone -q --depth 1 "file://$repo" "$work/depth1"
git clone -q --depth 3 "file://$repo" "$work/depth3"
git clone -q "file://$repo" "$work/full"
[ -f "$work/depth1/.git/shallow" ] && [ ! -f "$work/full/.git/shallow" ] && pass "the clones are shallow and full" \
  || fail "git did not make a shallow clone"

has_fix() { grep -q "shallow clone" <<<"$1" && grep -q "git fetch --unshallow" <<<"$1" && grep -q "fetch-depth: 0" <<<"$1"; }

# --new-since, --rev and diff against a commit the clone does not have.
out=$("$hok" validate "$work/depth1" --new-since HEAD~1 2>&1); code=$?
[ $code -eq 2 ] && grep -q "okänd version 'HEAD~1'" <<<"$out" && has_fix "$out" \
  && pass "--new-since in a shallow clone: exit 2 with the fix" || fail "--new-since shallow: $code $out"
out=$("$hok" validate "$work/depth1" --new-since origin/base 2>&1); code=$?
[ $code -eq 2 ] && has_fix "$out" && pass "--new-since a branch the clone did not fetch" || fail "--new-since branch: $code $out"
out=$("$hok" validate "$work/depth1" --rev HEAD~2 2>&1); code=$?
[ $code -eq 2 ] && has_fix "$out" && pass "--rev in a shallow clone" || fail "--rev shallow: $code $out"
out=$("$hok" diff HEAD~1 -C "$work/depth1" 2>&1); code=$?
[ $code -eq 2 ] && has_fix "$out" && pass "diff in a shallow clone: exit 2 with the fix" || fail "diff shallow: $code $out"
out=$("$hok" diff HEAD~1 -C "$work/depth3" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "vis" <<<"$out" && pass "diff in a shallow clone that has the base" || fail "diff depth 3: $code $out"
out=$("$hok" validate "$work/depth1" --new-since HEAD 2>&1); code=$?
[ $code -eq 0 ] && pass "--new-since a commit the shallow clone has" || fail "--new-since HEAD: $code $out"
out=$("$hok" validate "$work/full" --new-since no-such-branch 2>&1); code=$?
[ $code -eq 2 ] && grep -q "okänd version" <<<"$out" && ! grep -q "shallow" <<<"$out" \
  && pass "a full clone's unknown revision says nothing of shallow clones" || fail "full unknown: $code $out"

# hok show's history.
out=$("$hok" show samrad --lang en "$work/depth1" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "groups/samrad.yaml is older than the history this clone holds" <<<"$out" && has_fix "$out" \
  && ! grep -q "never been committed" <<<"$out" && pass "show in a depth-1 clone: the history is cut" \
  || fail "show depth 1: $code $out"
out=$("$hok" show samrad --lang en "$work/depth3" 2>&1)
grep -q "last changed 2025-01-15" <<<"$out" && grep -q "Samrådet byter namn" <<<"$out" \
  && grep -q "older changes cut off" <<<"$out" && has_fix "$out" && ! grep -q "Registret läggs in" <<<"$out" \
  && pass "show in a depth-3 clone: the changes it holds, then the cut" || fail "show depth 3: $out"
out=$("$hok" show samrad --lang en "$work/full" 2>&1)
grep -q "Registret läggs in" <<<"$out" && ! grep -q "shallow\|cut off" <<<"$out" \
  && pass "show in a full clone: the whole history, no cut" || fail "show full: $out"
"$hok" show vis "$work/depth1" --format json > "$work/depth1.json"
"$hok" show vis "$work/full" --format json > "$work/full.json"
"$python" - "$work/depth1.json" "$work/full.json" <<'PY' && pass "show --format json: cut" || fail "show json cut"
import json, sys
cut = json.load(open(sys.argv[1]))["history"]
full = json.load(open(sys.argv[2]))["history"]
assert cut["cut"] is True and cut["commits"] == [], cut
assert full["cut"] is False and len(full["commits"]) == 3, full
PY

# The report's year history.
out=$("$hok" report "$work/depth1" --year 2024 --format md --lang en 2>&1 >/dev/null); code=$?
[ $code -eq 2 ] && grep -q "history of 2024" <<<"$out" && has_fix "$out" \
  && pass "report of a year before a depth-1 clone's cut: exit 2 with the fix" || fail "report 2024 depth 1: $code $out"
out=$("$hok" report "$work/depth1" --year 2025 --format md --lang en 2>&1 >/dev/null); code=$?
[ $code -eq 2 ] && grep -q "start of 2025" <<<"$out" && has_fix "$out" \
  && pass "report of the year a depth-1 clone's cut falls in" || fail "report 2025 depth 1: $code $out"
out=$("$hok" report "$work/depth1" --year 2024 --format md --lang sv 2>&1 >/dev/null); code=$?
[ $code -eq 2 ] && grep -q "rapportens historik för 2024 behöver registret som det såg ut vid slutet av 2024, men den här kopian" <<<"$out" \
  && has_fix "$out" && pass "the same refusal in Swedish" || fail "report 2024 depth 1, sv: $code $out"
"$hok" report "$work/depth3" --year 2025 --format md --lang en > "$work/depth3.md" 2>"$work/err"; code=$?
"$hok" report "$work/full" --year 2025 --format md --lang en > "$work/full.md" 2>/dev/null
[ $code -eq 0 ] && grep -q "Samråd" "$work/depth3.md" && diff -q "$work/depth3.md" "$work/full.md" >/dev/null \
  && pass "report from a clone that reaches back before the year: as from the full clone" \
  || fail "report depth 3: $code $(cat "$work/err")"
cd "$work"

finish
