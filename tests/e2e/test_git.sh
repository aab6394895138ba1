#!/usr/bin/env bash
# git-aware hok: --rev, diff (every change type), --new-since (including a reference broken in a
# file the change did not touch), --changed-since, bare repositories, and clear errors. The test
# builds its repositories with the git CLI; hok itself reads them through libgit2.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org
export GIT_AUTHOR_DATE=2025-03-01T10:00:00Z GIT_COMMITTER_DATE=2025-03-01T10:00:00Z

repo="$work/repo"
mkdir -p "$repo/registry/groups" "$repo/registry/agreements" "$repo/registry/organisations"
cd "$repo" && git init -q -b main .
cat > registry/hok.yaml <<'Y'
hok: 1
name: Testregister
Y
cat > registry/groups/vis.yaml <<'Y'
id: vis
name: VIS
type: political-steering
status: active
Y
cat > registry/groups/samrad-barn.yaml <<'Y'
id: samrad-barn
name: Barn och unga
type: consultation-group
status: active
reports_to: vis
Y
cat > registry/groups/samrad-aldre.yaml <<'Y'
id: samrad-aldre
name: Äldre
type: consultation-group
status: active
reports_to: vis
Y
cat > registry/organisations/region.yaml <<'Y'
id: region
name: Regionen
type: region
side: region
Y
cat > registry/organisations/forbund.yaml <<'Y'
id: forbund
name: Förbundet
type: municipal-association
side: municipal
Y
cat > registry/agreements/bus.yaml <<'Y'
id: bus
title: BUS
type: agreement
status: in-force
owner: samrad-barn
parties: [region, forbund]
Y
printf 'id: x\n' > registry/groups/old-stray.yml
git add -A && git commit -qm "first"
first=$(git rev-parse HEAD)

# Second commit: change a field, add a record, remove one, rename one.
sed -i 's/owner: samrad-barn/owner: samrad-aldre/' registry/agreements/bus.yaml
cat > registry/agreements/ny.yaml <<'Y'
id: ny
title: Ny överenskommelse
type: agreement
status: draft
Y
git rm -q registry/organisations/forbund.yaml
sed -i 's/forbund/kommunforbundet/' registry/agreements/bus.yaml
cat > registry/organisations/kommunforbundet.yaml <<'Y'
id: kommunforbundet
name: Förbundet
type: municipal-association
side: municipal
Y
git add -A && git commit -qm "second"

# --rev reads the old state straight from the object database.
out=$("$hok" validate registry --rev "$first" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "1 varning" <<<"$out" && pass "--rev validates the first commit" || fail "--rev: $code $out"
out=$("$hok" validate registry --rev HEAD~1 --format json); 
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert [f["code"] for f in d]==["E011"], d' "$out" \
  && pass "--rev HEAD~1 as JSON" || fail "--rev json: $out"

# diff: every change type, in plain words.
out=$("$hok" diff HEAD~1 HEAD -C registry 2>&1); code=$?
[ $code -eq 0 ] || fail "diff exit $code"
grep -q "owner: samrad-barn → samrad-aldre" <<<"$out" && pass "diff: field old → new" || fail "diff field: $out"
grep -q "^tillagd överenskommelse ny" <<<"$out" && pass "diff: added" || fail "diff added: $out"
grep -q "^omdöpt organisation forbund → kommunforbundet" <<<"$out" && pass "diff: renamed" || fail "diff renamed: $out"
grep -q "parties\[2\]: forbund → kommunforbundet" <<<"$out" && pass "diff: list item changed" || fail "diff list: $out"
out=$("$hok" diff HEAD~1 HEAD -C registry --lang en 2>&1)
grep -q "^revision [0-9a-f]* (HEAD~1) → revision [0-9a-f]* (HEAD): records: 1 changed, 1 added, 1 renamed" <<<"$out" \
  && grep -q "^added agreement ny" <<<"$out" && pass "diff --lang en: the same in English" || fail "diff en: $out"
git rm -q registry/groups/samrad-barn.yaml && git commit -qm "third"
out=$("$hok" diff HEAD~1 -C registry)
grep -q "^borttagen grupp samrad-barn" <<<"$out" && pass "diff: removed (working tree as HEAD)" || fail "diff removed: $out"
out=$("$hok" diff HEAD~2 HEAD -C registry --format md)
grep -q "^### hok: " <<<"$out" && grep -q "<details><summary>Poster" <<<"$out" && pass "diff --format md" || fail "diff md: $out"
out=$("$hok" diff HEAD~2 HEAD -C registry --format json)
python3 - "$out" <<'PY' && pass "diff --format json" || fail "diff json"
import json, sys
d = json.loads(sys.argv[1])
changes = {(r["change"], r["id"]) for r in d["records"]}
assert ("added", "ny") in changes and ("removed", "samrad-barn") in changes and ("renamed", "kommunforbundet") in changes, changes
PY

# --new-since: deleting a group breaks a reference in a file the change does not touch; the old
# stray file is not blamed on the change.
git revert --no-edit HEAD >/dev/null
sed -i 's/owner: samrad-aldre/owner: samrad-barn/' registry/agreements/bus.yaml && git commit -qam "back to barn"
rm registry/groups/samrad-barn.yaml
out=$("$hok" validate registry --new-since HEAD --format json); code=$?
python3 - "$out" <<'PY' && pass "--new-since reports the broken reference elsewhere, not old faults" || fail "--new-since: $out"
import json, sys
d = json.loads(sys.argv[1])
assert [(f["code"], f["file"]) for f in d] == [("E007", "agreements/bus.yaml")], d
PY
[ $code -eq 1 ] && pass "--new-since exit 1" || fail "--new-since exit $code"
out=$("$hok" validate registry --changed-since HEAD --format json)
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert all(f["code"]=="E011" for f in d), d' "$out" \
  && pass "--changed-since keeps only findings in changed files" || fail "--changed-since: $out"
git checkout -q -- registry

out=$("$hok" diff HEAD -C registry)
grep -q "inga ändringar i registret" <<<"$out" && pass "diff of a clean tree" || fail "clean diff: $out"

# A bare repository and a revision with a symlink and a submodule entry.
git clone -q --bare "$repo" "$work/bare.git"
out=$("$hok" validate "$work/bare.git" --rev main -C "$work/bare.git" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "no hok.yaml" <<<"$out" && pass "bare repository: registry in a sub-folder is named" || fail "bare: $code $out"
ln -s /etc/passwd registry/groups/passwd.yaml && git add registry/groups/passwd.yaml && git commit -qm "link"
out=$("$hok" validate registry --rev HEAD --lang en 2>&1)
grep -q "groups/passwd.yaml: warning\[E011\].*symbolic link" <<<"$out" && ! grep -q "root:x" <<<"$out" \
  && pass "a symlink in a revision is a finding, not followed" || fail "symlink in revision: $out"
git update-index --add --cacheinfo 160000,"$first",registry/groups/sub && git commit -qm "submodule"
out=$("$hok" validate registry --rev HEAD --lang en 2>&1)
grep -q "groups/sub: warning\[E011\].*submodule" <<<"$out" && pass "a submodule is a finding" || fail "submodule: $out"

# Bare repository whose registry is at the top.
top="$work/top"; mkdir -p "$top" && cp -r "$repo/registry/." "$top/" && rm -f "$top/groups/passwd.yaml"
(cd "$top" && git init -q -b main . && git add -A && git commit -qm top)
git clone -q --bare "$top" "$work/top.git"
out=$("$hok" validate "$work/top.git" --rev main 2>&1); code=$?
# 8 files read and the stray old-stray.yml (counted since issue 23, point 16).
[ $code -eq 0 ] && grep -q "av 9 filer" <<<"$out" && pass "bare repository with the registry at the top" || fail "bare top: $code $out"

# Clear errors.
mkdir -p "$work/plain" && cp -r "$top/." "$work/plain/" && rm -rf "$work/plain/.git"
out=$("$hok" validate "$work/plain" --rev HEAD 2>&1); code=$?
[ $code -eq 2 ] && grep -q "not inside a git repository" <<<"$out" && pass "not a git repository: exit 2" || fail "no repo: $code $out"
out=$("$hok" validate registry --rev no-such-branch 2>&1); code=$?
[ $code -eq 2 ] && grep -q "unknown revision 'no-such-branch'" <<<"$out" && pass "unknown revision: exit 2" || fail "unknown rev: $code $out"
empty=$(git commit-tree "$(git hash-object -t tree /dev/null)" -m empty)
out=$("$hok" validate registry --rev "$empty" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "has no hok.yaml" <<<"$out" && pass "revision without hok.yaml: exit 2" || fail "no hok.yaml: $code $out"

# hok show ID: the commits that changed the record's file, newest first, with --history and --rev;
# a working-tree change not yet committed; a registry outside git.
hist="$work/hist"
mkdir -p "$hist/groups" && cd "$hist" && git init -q -b main .
printf 'hok: 1\nname: Historik\n' > hok.yaml
printf 'id: vis\nname: VIS\ntype: political-steering\nstatus: active\n' > groups/vis.yaml
printf 'id: samrad\nname: Samråd\ntype: consultation-group\nstatus: active\nreports_to: vis\n' > groups/samrad.yaml
GIT_AUTHOR_DATE=2024-02-01T10:00:00Z GIT_COMMITTER_DATE=2024-02-01T10:00:00Z git add -A
GIT_AUTHOR_DATE=2024-02-01T10:00:00Z GIT_COMMITTER_DATE=2024-02-01T10:00:00Z git commit -qm "Samråd inrättas"
printf 'id: vis\nname: VIS politisk styrgrupp\ntype: political-steering\nstatus: active\n' > groups/vis.yaml
GIT_AUTHOR_DATE=2024-06-01T10:00:00Z GIT_COMMITTER_DATE=2024-06-01T10:00:00Z git commit -qam "VIS byter namn"
printf 'id: samrad\nname: Samrådet\ntype: consultation-group\nstatus: active\nreports_to: vis\n' > groups/samrad.yaml
GIT_AUTHOR_DATE=2025-01-15T10:00:00Z GIT_COMMITTER_DATE=2025-01-15T10:00:00Z git commit -qam "Samrådet får nytt namn"
out=$("$hok" show samrad --lang en "$hist" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "groups/samrad.yaml last changed 2025-01-15" <<<"$out" \
  && grep -q "2025-01-15  [0-9a-f]\{7\}  Test: Samrådet får nytt namn" <<<"$out" \
  && grep -q "2024-02-01  [0-9a-f]\{7\}  Test: Samråd inrättas" <<<"$out" \
  && ! grep -q "VIS byter namn" <<<"$out" && ! grep -q "not committed" <<<"$out" \
  && pass "show: the commits that changed the file, newest first" || fail "show history: $code $out"
out=$("$hok" show samrad --lang en "$hist" --history 1 2>&1)
grep -q "Samrådet får nytt namn" <<<"$out" && ! grep -q "Samråd inrättas" <<<"$out" && grep -q "older changes too" <<<"$out" \
  && pass "show --history 1 says older changes exist" || fail "show --history 1: $out"
out=$("$hok" show samrad --lang en "$hist" --rev HEAD~1 2>&1)
grep -q "History (git, from HEAD~1): groups/samrad.yaml last changed 2024-02-01" <<<"$out" && ! grep -q "nytt namn" <<<"$out" \
  && pass "show --rev reads the history from that revision" || fail "show --rev history: $out"
printf 'id: samrad\nname: Samrådet (ändrat)\ntype: consultation-group\nstatus: active\nreports_to: vis\n' > groups/samrad.yaml
out=$("$hok" show samrad --lang en "$hist" 2>&1)
grep -q "changes that are not committed yet" <<<"$out" && pass "show notes an uncommitted change" || fail "show uncommitted: $out"
"$hok" show vis "$hist" --format json > "$work/show.json"
/usr/bin/python3 - "$work/show.json" <<'PY' && pass "show --format json has the history" || fail "show json history"
import json, sys
history = json.load(open(sys.argv[1]))["history"]
assert history["status"] == "available", history
assert history["path"] == "groups/vis.yaml", history
assert [c["summary"] for c in history["commits"]] == ["VIS byter namn", "Samråd inrättas"], history
assert history["commits"][0]["date"] == "2024-06-01" and len(history["commits"][0]["id"]) == 40, history
assert history["more"] is False and history["uncommitted"] is False, history
PY
"$hok" digest "$hist" --rev HEAD~2 --format md --out "$work/digest-old" --as-of 2024-03-01 2>/dev/null; code=$?
[ $code -eq 0 ] && grep -rq "VIS" "$work/digest-old" && ! grep -rq "VIS politisk styrgrupp" "$work/digest-old" \
  && ! grep -rq "Samrådet" "$work/digest-old" && pass "digest --rev builds the portal of an old revision" || fail "digest --rev: $code"
mkdir -p "$work/nogit" && cp -r "$hist/." "$work/nogit/" && rm -rf "$work/nogit/.git"
out=$("$hok" show samrad --lang en "$work/nogit" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "History: none; the registry is not in a git repository" <<<"$out" \
  && pass "show outside git says there is no history" || fail "show no git: $code $out"
cd "$repo"

finish
