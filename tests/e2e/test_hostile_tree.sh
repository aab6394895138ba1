#!/usr/bin/env bash
# A registry built to hurt: parser bombs, huge and binary files, a FIFO, symbolic links out of the
# tree and in loops. `hok validate` must finish in time, in text and JSON, without crashing, name
# every file with the code it deserves, and print nothing from outside the tree.
#
# Run by CTest as: bash tests/e2e/test_hostile_tree.sh <hok-binary> <source-dir>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# The tree hok validates, and beside it (never inside) what hok printed.
tree=$work/tree
output=$work/output
mkdir "$tree" "$output"

# --- The tree --------------------------------------------------------------------------------
printf 'hok: 1\nname: Hostile\n' >"$tree/hok.yaml"
mkdir -p "$tree/groups" "$tree/organisations"
cd "$tree" || exit 2

python3 - <<'EOF'
import os

def write(path, data):
    with open(path, "wb") as out:
        out.write(data)

# 100,000 nested brackets.
write("groups/deep.yaml", b"id: " + b"[" * 100000 + b"\n")
# The billion laughs: nine levels of nine aliases each.
bomb = ['lol0: &a0 ["lol"]']
for level in range(1, 10):
    bomb.append("lol%d: &a%d [%s]" % (level, level, ", ".join(["*a%d" % (level - 1)] * 9)))
write("groups/bomb.yaml", ("\n".join(bomb) + "\n").encode())
write("groups/selfref.yaml", b"a: &x [1, *x]\n")
write("groups/merge.yaml", b"id: merge\nbase: {name: x}\n<<: {name: merged}\n")
write("groups/unclosed.yaml", b'id: unclosed\nname: "oops\ntype: local\nstatus: active\n')
# A 30 MB value: never committed, made here.
with open("groups/huge.yaml", "wb") as out:
    out.write(b"id: huge\nname: ")
    chunk = b"x" * (1 << 20)
    for _ in range(30):
        out.write(chunk)
    out.write(b"\n")
write("groups/longid.yaml", b"id: " + b"a" * 60000 + b"\nname: Long\ntype: political-steering\nstatus: active\n")
write("groups/nul.yaml", b"id: nul\nname: a\0\0\0b\n")
# 4 KB of "binary": a fixed byte pattern, so that every run sees the same bytes.
write("groups/binary.yaml", bytes((i * 37 + 11) % 256 for i in range(4096)))
EOF
[ -s groups/huge.yaml ] || { echo "could not build the tree" >&2; exit 2; }

mkfifo groups/pipe.yaml
ln -s pipe.yaml groups/pipe-link.yaml  # a link inside the tree, to the FIFO
ln -s /etc/passwd groups/passwd.yaml
ln -s loop.yaml groups/loop.yaml
ln -s pair-b.yaml groups/pair-a.yaml
ln -s pair-a.yaml groups/pair-b.yaml
ln -s /etc groups/etc-dir
ln -s /etc people  # a whole kind directory that leads out of the tree
cd - >/dev/null || exit 2

# file → the code its finding must carry
expected=(
  "groups/deep.yaml E001"
  "groups/bomb.yaml E001"
  "groups/selfref.yaml E001"
  "groups/merge.yaml E001"
  "groups/unclosed.yaml E001"
  "groups/huge.yaml E003"
  "groups/longid.yaml E004"
  "groups/nul.yaml E003"
  "groups/binary.yaml E003"
  "groups/pipe.yaml E011"
  "groups/pipe-link.yaml E011"
  "groups/passwd.yaml E011"
  "groups/loop.yaml E011"
  "groups/pair-a.yaml E011"
  "groups/pair-b.yaml E011"
  "groups/etc-dir E011"
  "people E011"
)

# --- Runs ------------------------------------------------------------------------------------
# run FORMAT: runs hok under a timeout; sets $rc and $elapsed; output in $output/FORMAT.
run() {
  local format=$1 start end
  start=$(date +%s)
  timeout 20 "$hok" validate "$tree" --format "$format" >"$output/$format" 2>"$output/$format.err" </dev/null
  rc=$?
  end=$(date +%s)
  elapsed=$((end - start))
}

check_run() {
  local format=$1
  if [ "$rc" -eq 124 ]; then
    fail "$format: hok did not finish within 20 s (a FIFO opened, or a bomb expanded?)"
  elif [ "$rc" -ge 128 ]; then
    fail "$format: hok crashed (exit code $rc, signal $((rc - 128)))"
  elif [ "$rc" -ne 1 ]; then
    fail "$format: exit code $rc, expected 1 (findings); stderr: $(head -c 500 "$output/$format.err")"
  else
    pass "$format: exit code 1 after ${elapsed}s, no hang, no crash"
  fi
}

# Nothing read from outside the tree: no line of /etc/passwd, no path that leaves the tree.
check_outside() {
  local format=$1
  local file=$output/$format
  if grep -qE '(^|[^a-z])root:x:0:0:' "$file" || grep -qE '^[a-z_][a-z0-9_-]*:x:[0-9]+:[0-9]+:' "$file"; then
    fail "$format: the output holds a line of /etc/passwd"
  else
    pass "$format: no /etc/passwd content in the output"
  fi
  if grep -qE '(^|[ "])groups/etc-dir/|(^|[ "])people/' "$file"; then
    fail "$format: a file under a symbolic link out of the tree was read"
  else
    pass "$format: nothing under the outward directory links was read"
  fi
}

# --- Text ------------------------------------------------------------------------------------
run text
check_run text
for entry in "${expected[@]}"; do
  file=${entry% *}
  code=${entry#* }
  pattern="^$(printf '%s' "$file" | sed 's/[.]/[.]/g')(:[0-9]+:[0-9]+)?: (error|warning|info)\\[$code\\]"
  if grep -qE "$pattern" "$output/text"; then
    pass "text: $file reported with $code"
  else
    fail "text: $file not reported with $code"
  fi
done
check_outside text
# The summary is in the registry's language (Swedish here: "12 fel, 1 varning i 9 av 14 filer").
summary=$(grep -E '^[0-9]+ (error|warning|fel|varning)' "$output/text" | tail -n 1)
if [[ $summary =~ (in|i)\ ([0-9]+)\ (of|av)\ ([0-9]+)\ (files|filer) ]] && [ "${BASH_REMATCH[2]}" -le "${BASH_REMATCH[4]}" ]; then
  pass "text: summary line counts sensibly ($summary)"
else
  fail "text: summary line '$summary' does not read 'N of M files' with N <= M"
fi

# --- JSON ------------------------------------------------------------------------------------
run json
check_run json
if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$output/json" 2>/dev/null; then
  pass "json: the output is valid JSON"
  python3 - "$output/json" >"$output/json.pairs" <<'EOF'
import json, sys
for finding in json.load(open(sys.argv[1])):
    print(finding["file"], finding["code"])
EOF
  for entry in "${expected[@]}"; do
    if grep -qxF "$entry" "$output/json.pairs"; then
      pass "json: ${entry% *} reported with ${entry#* }"
    else
      fail "json: ${entry% *} not reported with ${entry#* }"
    fi
  done
  # Every file named is one of the tree's own.
  stray=$(python3 - "$output/json" "${expected[@]}" <<'EOF'
import json, sys
own = {entry.split(" ")[0] for entry in sys.argv[2:]} | {"hok.yaml"}
for finding in json.load(open(sys.argv[1])):
    if finding["file"] not in own:
        print(finding["file"])
EOF
)
  if [ -z "$stray" ]; then
    pass "json: every finding names a file of the tree"
  else
    fail "json: findings name files outside the tree: $stray"
  fi
else
  fail "json: the output is not valid JSON"
fi
check_outside json

# --- hok.yaml itself hostile: a link to /etc/passwd, a FIFO ------------------------------------
# The settings cannot be read, so the tree must not pass as clean: E012, exit 1, no hang.
for variant in link fifo; do
  root=$work/root-$variant
  mkdir -p "$root/groups"
  printf 'id: vis\nname: VIS\ntype: political-steering\nstatus: active\n' >"$root/groups/vis.yaml"
  if [ "$variant" = link ]; then ln -s /etc/passwd "$root/hok.yaml"; else mkfifo "$root/hok.yaml"; fi
  timeout 20 "$hok" validate "$root" >"$output/root-$variant" 2>&1 </dev/null
  rc=$?
  rm -rf "$root"
  if [ "$rc" -eq 1 ] && grep -qE '^hok[.]yaml: error\[E012\]' "$output/root-$variant"; then
    pass "hok.yaml as a $variant: E012, exit 1"
  else
    fail "hok.yaml as a $variant: exit $rc, expected 1 with E012: $(head -c 300 "$output/root-$variant")"
  fi
  if grep -qE '^[a-z_][a-z0-9_-]*:x:[0-9]+:[0-9]+:' "$output/root-$variant"; then
    fail "hok.yaml as a $variant: the output holds a line of /etc/passwd"
  fi
done

echo
if [ "$failures" -ne 0 ]; then
  echo "--- text output (first 80 lines) ---"
  head -n 80 "$output/text" | cut -c1-200
fi
finish
