#!/usr/bin/env bash
# The gaps command as a user meets it: refusal on a broken tree, --as-of in every format,
# --rule, waivers in examples/minimal, CSV for spreadsheets, Markdown checklist.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

out=$("$hok" gaps "$source_dir/examples/broken" --as-of 2026-01-01 2>&1); code=$?
[ $code -eq 2 ] && grep -q "validation error" <<<"$out" && pass "broken tree: exit 2" || fail "broken tree: $code $out"

out=$("$hok" gaps "$source_dir/examples/minimal" --as-of 2026-11-26 2>&1); code=$?
[ $code -eq 0 ] && grep -q "no open gaps (2 waived) as of 2026-11-26" <<<"$out" && pass "minimal: only waived gaps" \
  || fail "minimal: $code $out"
grep -q "^Gaps as of 2026-11-26" <<<"$out" && pass "text shows the as-of date" || fail "text as-of"

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
python3 - "$out" <<'PY' && pass "--rule keeps one rule; 38 local areas without KSA" || fail "--rule G002"
import json, sys
data = json.loads(sys.argv[1])
assert {item["code"] for item in data} == {"G002"}, data
assert len(data) == 38, len(data)
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

out=$("$hok" gaps "$source_dir/data" --as-of 2026-11-26 --format md --rule G001)
grep -q "^# Gaps as of 2026-11-26" <<<"$out" && grep -q "^- \[ \] " <<<"$out" && pass "Markdown checklist" || fail "md: $out"

out=$("$hok" gaps "$source_dir/data" --as-of 2026-02-30 2>&1); code=$?
[ $code -eq 2 ] && grep -q "not a date" <<<"$out" && pass "bad --as-of: exit 2" || fail "bad as-of: $code"
out=$("$hok" gaps "$source_dir/data" --rule E007 2>&1); code=$?
[ $code -eq 2 ] && pass "unknown gap rule: exit 2" || fail "bad rule: $code"

finish
