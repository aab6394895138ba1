#!/usr/bin/env bash
# `hok validate --format sarif`: valid SARIF 2.1.0 (checked against the schema kept in
# tests/schemas/, with python3-jsonschema), the same findings as --format json, regions only
# where a finding has a line, paths relative to the working directory.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

schema="$source_dir/tests/schemas/sarif-2.1.0-rtm.5.json"

(cd "$source_dir" && "$hok" validate examples/broken --format sarif > "$work/broken.sarif"); code=$?
[ $code -eq 1 ] && pass "broken tree: exit 1 with sarif" || fail "broken tree: exit $code"
(cd "$source_dir" && "$hok" validate examples/broken --format json > "$work/broken.json")
"$hok" validate "$source_dir/data" --format sarif > "$work/data.sarif"; code=$?
[ $code -eq 0 ] && pass "data: exit 0 with sarif" || fail "data: exit $code"

"$python" - "$schema" "$work/broken.sarif" "$work/data.sarif" <<'PY' && pass "both logs validate against the SARIF 2.1.0 schema" || fail "schema validation"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft4Validator(schema)
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
    for error in errors[:5]:
        print(path, list(error.path), error.message)
    assert not errors, path
PY

"$python" - "$work/broken.sarif" "$work/broken.json" "$("$hok" --version)" <<'PY' && pass "results match the JSON findings; driver and rules complete" || fail "sarif content"
import json, sys
log = json.load(open(sys.argv[1]))
findings = json.load(open(sys.argv[2]))
version = sys.argv[3]
run = log["runs"][0]
driver = run["tool"]["driver"]
assert log["version"] == "2.1.0"
assert driver["name"] == "hok" and driver["version"] == version, driver
rule_ids = [rule["id"] for rule in driver["rules"]]
assert rule_ids == ["E%03d" % n for n in range(1, len(rule_ids) + 1)], rule_ids
assert all(rule["defaultConfiguration"]["level"] in ("error", "warning", "note") for rule in driver["rules"])
assert all(rule["shortDescription"]["text"] for rule in driver["rules"])
results = run["results"]
assert len(results) == len(findings) > 10, (len(results), len(findings))
levels = {"error": "error", "warning": "warning", "info": "note"}
for result, finding in zip(results, findings):
    assert result["ruleId"] == finding["code"], (result, finding)
    assert rule_ids[result["ruleIndex"]] == finding["code"]
    assert result["level"] == levels[finding["severity"]]
    assert result["message"]["text"].startswith(finding["message"])
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].startswith("examples/broken/"), location
    if finding["line"] == 0:
        assert "region" not in location, result
    else:
        assert location["region"]["startLine"] == finding["line"]
        assert location["region"]["startColumn"] == finding["column"]
assert any("region" not in r["locations"][0]["physicalLocation"] for r in results), "no whole-file finding"
PY

out=$("$hok" validate "$source_dir/data" --format sarif --output "$work/out.sarif" 2>&1); code=$?
[ $code -eq 0 ] && grep -q "inga fel, varningar eller anmärkningar" <<<"$out" && "$python" -c "import json,sys; json.load(open(sys.argv[1]))" "$work/out.sarif" \
  && pass "--output writes SARIF while the terminal gets text" || fail "--output sarif: $out"

finish
