#!/usr/bin/env bash
# The gaps command as a user meets it: refusal on a broken tree, --as-of in every format,
# --rule, waivers in examples/minimal, CSV for spreadsheets, Markdown checklist.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

out=$("$hok" gaps "$source_dir/examples/broken" --as-of 2026-01-01 2>&1); code=$?
[ $code -eq 2 ] && grep -q "registret har [0-9]* fel" <<<"$out" && pass "broken tree: exit 2" || fail "broken tree: $code $out"

out=$("$hok" gaps "$source_dir/examples/minimal" --as-of 2026-11-26 --lang en 2>&1); code=$?
[ $code -eq 0 ] && grep -q "no open gaps (2 waived) as of 2026-11-26" <<<"$out" && pass "minimal: only waived gaps" \
  || fail "minimal: $code $out"
grep -q "^Gaps as of 2026-11-26" <<<"$out" && pass "text shows the as-of date" || fail "text as-of"
# In the registry's language (sv), and worded as things still to record or decide, not as errors.
out=$("$hok" gaps "$source_dir/examples/minimal" --as-of 2026-11-26 2>&1)
grep -q "^Brister per 2026-11-26" <<<"$out" && grep -q "^inga öppna brister (2 med undantag) per 2026-11-26$" <<<"$out" \
  && grep -q "\[undantag till och med 20[0-9-]*: " <<<"$out" && pass "Swedish headings and summary" || fail "sv: $out"
out=$("$hok" gaps "$source_dir/data" --as-of 2026-11-26 --rule G001 --rule G004 --rule G013 2>&1)
grep -q "^G001 agreement-owner (brist): " <<<"$out" && grep -q "^G004 group-not-established (att se över): " <<<"$out" \
  && grep -q "^G013 representation (att notera): " <<<"$out" \
  && grep -qE "^[0-9]+ brister, [0-9]+ att se över, [0-9]+ att notera per 2026-11-26$" <<<"$out" \
  && ! grep -E "^(G[0-9]{3}|[0-9])" <<<"$out" | grep -qw "fel" && pass "gap severities in words for missing data (sv)" || fail "sv severities: $out"
out=$("$hok" gaps "$source_dir/data" --as-of 2026-11-26 --rule G001 --rule G004 --rule G013 --lang en 2>&1)
grep -q "^G001 agreement-owner (gap): " <<<"$out" && grep -q "^G004 group-not-established (to look into): " <<<"$out" \
  && grep -qE "^[0-9]+ gaps, [0-9]+ to look into, [0-9]+ to note as of 2026-11-26$" <<<"$out" \
  && ! grep -E "^(G[0-9]{3}|[0-9])" <<<"$out" | grep -qwiE "errors?" && pass "gap severities in words for missing data (en)" || fail "en severities: $out"

out=$("$hok" gaps "$source_dir/examples/minimal" --as-of 2031-01-01 --format json 2>&1); code=$?
python3 - "$out" <<'PY' && pass "expired waivers turn into G016 and the gaps fail" || fail "expired waivers: $out"
import json, sys
data = json.loads(sys.argv[1])
codes = [item["code"] for item in data]
assert codes.count("G016") == 2, codes
assert all(item["as_of"] == "2031-01-01" for item in data)
assert any(item["code"] == "G001" and "waived" not in item for item in data), data
PY

out=$("$hok" gaps "$source_dir/data" --as-of 2026-11-26 --rule G002 --format json); code=$?
python3 - "$out" <<'PY' && pass "--rule keeps one rule; 37 local areas without KSA (Norrtälje has KSON)" || fail "--rule G002"
import json, sys
data = json.loads(sys.argv[1])
assert {item["code"] for item in data} == {"G002"}, data
assert len(data) == 37, len(data)
assert "norrtalje" not in {item["subject"] for item in data}, data
assert all(item["subject"] for item in data)
PY
[ $code -eq 1 ] && pass "errors give exit 1" || fail "exit code $code"

"$hok" gaps "$source_dir/data" --as-of 2026-11-26 --rule G013 --format csv > "$work/gaps.csv"
python3 - "$work/gaps.csv" <<'PY' && pass "CSV with BOM, CRLF and quoting" || fail "CSV"
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
assert rows[0][:3] == ["as_of", "code", "name"], rows[0]
assert all(row[0] == "2026-11-26" and row[1] == "G013" for row in rows[1:]), rows[1]
PY

out=$("$hok" gaps "$source_dir/data" --as-of 2026-11-26 --format md --rule G001 --lang en)
grep -q "^# Gaps as of 2026-11-26" <<<"$out" && grep -q "^- \[ \] " <<<"$out" && pass "Markdown checklist" || fail "md: $out"

# README's `hok gaps data` block is the real run: its count per rule and its summary line.
"$hok" gaps "$source_dir/data" --as-of 2026-11-26 > "$work/readme-gaps.txt"
python3 - "$work/readme-gaps.txt" "$source_dir/README.md" <<'PY' && pass "README's gaps block is the real run" || fail "README's gaps block differs from hok gaps data --as-of 2026-11-26"
import re, sys
run = open(sys.argv[1], encoding="utf-8").read()
readme = open(sys.argv[2], encoding="utf-8").read()
block = readme.split("$ build/hok gaps data --as-of 2026-11-26\n", 1)[1].split("```", 1)[0]
count = re.compile(r"G[0-9]{3} [a-z-]+ \([^)]+\): [0-9]+")
assert set(count.findall(run)) == set(count.findall(block)), (count.findall(run), count.findall(block))
summary = [line for line in run.splitlines() if line.endswith("per 2026-11-26") and line[0].isdigit()]
assert summary and summary[0] in block.splitlines(), summary
assert all(line in run for line in block.splitlines() if line.startswith("  ")), "a finding line"
PY

out=$("$hok" gaps "$source_dir/data" --as-of 2026-02-30 2>&1); code=$?
[ $code -eq 2 ] && grep -q "är inget datum" <<<"$out" && pass "bad --as-of: exit 2 (in data/'s Swedish)" || fail "bad as-of: $code"
out=$("$hok" gaps "$source_dir/data" --rule E007 2>&1); code=$?
[ $code -eq 2 ] && pass "unknown gap rule: exit 2" || fail "bad rule: $code"

finish
