#!/usr/bin/env bash
# Many unknown ids, the worst of them on one long line (issue 23, "linear in what it reads"): a
# list of 20,000 ids that name no record, pasted on one line of 149 kB. Before, the text output
# padded each caret to the finding's real column (1.4 GB written, 1.6 GB of memory) and every
# unknown id was compared with every record's name, folded anew each time (43 s of CPU). Now each
# finding prints a window of the line around its column, and did-you-mean stops after a bounded
# number of comparisons (docs/performance.md, "Many unknown ids").
#
# Run by CTest as: bash tests/e2e/test_long_lines.sh <hok-binary> <source-dir>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

entries=20000
tree=$work/tree
"$python" "$source_dir/bench/generate_long_list.py" --entries $entries --distinct 1000 --unknown --flow \
  --out "$tree" >/dev/null || fail "the generator failed"

status=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "%M" -o "$work/rss" "$hok" validate "$tree" >"$work/out" 2>"$work/err" || status=$?
else
  "$hok" validate "$tree" >"$work/out" 2>"$work/err" || status=$?
fi
[ "$status" -eq 1 ] && pass "validate exits 1 (findings)" || fail "validate exited $status: $(head -c 500 "$work/err")"

size=$(wc -c <"$work/out")
# About 500 bytes per finding: the message, a window of at most 200 columns and the caret line.
[ "$size" -lt $((entries * 700)) ] && pass "output is bounded per finding ($size bytes)" \
  || fail "output is $size bytes for $entries findings"

# The memory bound holds for hok as built for use; AddressSanitizer adds shadow memory and keeps
# freed blocks in quarantine (657 MiB measured), so under it the figure is only printed.
if [ -f "$work/rss" ]; then
  rss=$(tail -1 "$work/rss")
  if grep -qa '__asan_init' "$hok"; then
    echo "note: peak memory $((rss / 1024)) MiB under AddressSanitizer (not bounded there)"
  else
    [ "$rss" -lt 400000 ] && pass "peak memory $((rss / 1024)) MiB" || fail "peak memory $((rss / 1024)) MiB"
  fi
fi

# Every finding is there, each caret stands under the first letter of its own id, and the window
# shows that id; the first unknown ids get a suggestion, the last ones the plain hint.
if "$python" - "$work/out" $entries <<'EOF'; then
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
entries = int(sys.argv[2])
blocks = re.findall(r"^agreements/lista\.yaml:5:(\d+): error\[E007\] unresolved-reference: "
                    r"parties\[\d+\] '(u\d+)' names no record\n"
                    r"  +\|\n 5 \| (.*)\n  +\| ( *)(\^+)(.*)\n", text, re.M)
if len(blocks) != entries:
    sys.exit(f"{len(blocks)} findings with an excerpt, expected {entries}")
suggested = 0
for column, unknown, shown, pad, underline, hint in blocks:
    at = len(pad)
    if shown[at:at + len(unknown)] != unknown:
        sys.exit(f"column {column}: the caret is under {shown[at:at + 10]!r}, not {unknown!r}")
    if len(shown) > 202:
        sys.exit(f"column {column}: an excerpt of {len(shown)} characters")
    if "did you mean" in hint:
        suggested += 1
if suggested == 0:
    sys.exit("no finding has a suggestion")
if "did you mean" in blocks[-1][5]:
    sys.exit("the last unknown id still has a suggestion: the bound did not apply")
print(f"{len(blocks)} excerpts checked, {suggested} with a suggestion")
EOF
  pass "every caret under its id; suggestions for the first unknown ids only"
else
  fail "the findings' excerpts or hints are wrong"
fi

finish
