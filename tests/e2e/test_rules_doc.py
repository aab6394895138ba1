#!/usr/bin/env python3
"""docs/rules.md's tables are what rules/<code>.json say (issue 17.3: each rule stated once).

Run by CTest as: python3 tests/e2e/test_rules_doc.py <hok-binary> <source-dir>

1. scripts/rules_table.py --check passes on the repository.
2. In a copy, a rule file changed (its description) makes the check fail naming that rule, and
   running the script rewrites the table so the check passes again — the check can fail.
3. `hok validate --format sarif` lists exactly the E rule files' codes, names and summaries: the
   binary reads the same files (the unit tests check the G rules' side).
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

hok, source = sys.argv[1], pathlib.Path(sys.argv[2])
failures = []

def run(*args, cwd=None):
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)

result = run(sys.executable, str(source / "scripts/rules_table.py"), "--check")
if result.returncode != 0:
    failures.append("docs/rules.md is not in step with rules/:\n" + result.stdout + result.stderr)

with tempfile.TemporaryDirectory() as temporary:
    copy = pathlib.Path(temporary)
    for part in ("scripts", "docs"):
        (copy / part).mkdir()
    shutil.copy(source / "scripts/rules_table.py", copy / "scripts")
    shutil.copy(source / "docs/rules.md", copy / "docs")
    shutil.copytree(source / "rules", copy / "rules")
    rule_file = copy / "rules/G013.json"
    rule = json.loads(rule_file.read_text(encoding="utf-8"))
    rule["finds"] = "a municipality with no seat anywhere (changed by the test)"
    rule_file.write_text(json.dumps(rule, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    script = str(copy / "scripts/rules_table.py")
    checked = run(sys.executable, script, "--check")
    if checked.returncode != 1 or "G013 differs" not in checked.stdout:
        failures.append(f"a changed rule file was not caught: exit {checked.returncode}\n{checked.stdout}")
    if run(sys.executable, script).returncode != 0 or run(sys.executable, script, "--check").returncode != 0:
        failures.append("the script did not bring docs/rules.md in step")
    if "(changed by the test)" not in (copy / "docs/rules.md").read_text(encoding="utf-8"):
        failures.append("the rewritten table lacks the changed description")

sarif = run(hok, "validate", str(source / "examples/minimal"), "--format", "sarif")
rules = json.loads(sarif.stdout)["runs"][0]["tool"]["driver"]["rules"]
listed = {r["id"]: (r["name"], r["shortDescription"]["text"]) for r in rules}
files = {}
for path in sorted((source / "rules").glob("*.json")):
    rule = json.loads(path.read_text(encoding="utf-8"))
    if rule["code"].startswith("E"):
        files[rule["code"]] = (rule["name"], rule["summary"])
if listed != files:
    failures.append(f"SARIF's rules differ from rules/*.json: {sorted(set(listed.items()) ^ set(files.items()))}")

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
