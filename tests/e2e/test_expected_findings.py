#!/usr/bin/env python3
"""hok validate and hok gaps report exactly the findings written next to the input.

Usage: test_expected_findings.py HOK_BINARY SOURCE_DIR   (run by CTest)

Trees checked, each with `hok validate --format json --fail-on warning TREE`:
  examples/minimal          must give exit 0 and no finding at all;
  examples/broken           one broken file per rule; its expected-findings.txt lists EVERY finding;
  tests/fixtures/rules/*/   per rule one tree that fires it (`e007-unknown-owner/`) and one quiet
                            tree (`e007-quiet/`) that comes close without breaking it.

Gap trees, `tests/fixtures/rules/gNNN-*/`, are run with `hok gaps --as-of DATE --rule GNNN
--format json --fail-on info TREE` instead: DATE is the tree's as-of date, written as
`# as-of: YYYY-MM-DD` in its hok.yaml (required: a gap depends on the day it is looked at), and
only rule GNNN (from the folder's name) is compared, so that a tree holds just what its rule
needs. The tree must validate without errors (hok gaps refuses it otherwise, exit 2).

Where the expectations come from:
  - `# expect: E007` (or `# expect: E004, E007`) in a tree's .yaml file: that code at that file and
    line. A comment on a line of its own applies to the next line that is not itself such a
    comment (so marks can be stacked above a line that cannot hold one, e.g. inside an unclosed
    quote).
  - expected-findings.txt at the tree's root, one `CODE FILE LINE` a line (FILE relative to the
    tree, `#` starts a comment): findings in files that cannot carry a comment (.yml, binary) or
    whole-file findings (line 0, such as E011).
  Both are multisets (`# expect: E004, E004` is two findings on one line); the expectations are
  their union (the larger count of each), so a finding listed in both places counts once.

What must hold:
  - the multiset of reported (code, file, line) equals the expectations: nothing missing, nothing
    else;
  - the exit status is 1 when a finding is expected (every severity fails with --fail-on warning),
    0 otherwise;
  - examples/broken has expected-findings.txt listing every comment's finding, and covers every rule
    E001–E016 except E012 (which is about hok.yaml and lives in tests/fixtures/rules/e012-*/);
  - every rule E001–E016 has a firing tree `eNNN-<what>/` that expects it and a quiet tree
    `eNNN-quiet/` that expects nothing; so has every gap rule G001–G018 (`gNNN-<what>/`,
    `gNNN-quiet/`).

Exit status: 0 when all of it holds; 1 with a readable list of differences per tree; 2 when the
test cannot run (no binary, no source directory).
"""
import collections
import json
import os
import re
import subprocess
import sys

RULES = [f"E{number:03d}" for number in range(1, 17)]
GAP_RULES = [f"G{number:03d}" for number in range(1, 19)]
GAP_TREE = re.compile(r"g([0-9]{3})-")
AS_OF_MARK = re.compile(r"^#\s*as-of:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})\s*$", re.M)
RULES_ONLY_IN_FIXTURES = {"E012"}  # a wrong format version in hok.yaml would taint every finding
EXPECT_MARK = re.compile(r"#\s*expect:\s*([EG][0-9]{3}(?:\s*,\s*[EG][0-9]{3})*)")
EXPECTATIONS_FILE = "expected-findings.txt"
TIMEOUT_SECONDS = 60

Key = collections.namedtuple("Key", "code file line")


def yaml_files(tree):
    """Every *.yaml file under tree, as paths relative to it with `/`, hidden entries skipped."""
    found = []
    for directory, subdirectories, files in os.walk(tree):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".yaml") and not name.startswith("."):
                path = os.path.relpath(os.path.join(directory, name), tree)
                found.append(path.replace(os.sep, "/"))
    return found


def comment_expectations(tree):
    """The `# expect:` marks of every .yaml file in tree, as a Counter of Keys."""
    expected = collections.Counter()
    for relative in yaml_files(tree):
        with open(os.path.join(tree, relative), "rb") as handle:
            # Bytes that are not UTF-8 (the E003 fixtures) must not stop us reading the marks.
            text = handle.read().decode("utf-8", errors="surrogateescape")
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        pending = []  # codes of own-line marks waiting for the line they describe
        for number, line in enumerate(lines, start=1):
            match = EXPECT_MARK.search(line)
            codes = [c.strip() for c in match.group(1).split(",")] if match else []
            if match and line.lstrip().startswith("#"):
                pending.extend(codes)
                continue
            for code in pending + codes:
                expected[Key(code, relative, number)] += 1
            pending = []
        for code in pending:  # a mark on the last line points past the end: keep it visible
            expected[Key(code, relative, len(lines) + 1)] += 1
    return expected


def file_expectations(tree, problems):
    """expected-findings.txt of tree as a Counter of Keys, or None when there is none."""
    path = os.path.join(tree, EXPECTATIONS_FILE)
    if not os.path.exists(path):
        return None
    expected = collections.Counter()
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if (len(parts) != 3 or not re.fullmatch(r"[EG][0-9]{3}", parts[0])
                    or not parts[2].isdigit()):
                problems.append(f"{EXPECTATIONS_FILE}:{number}: expected `CODE FILE LINE`, "
                                f"got {raw.strip()!r}")
                continue
            expected[Key(parts[0], parts[1], int(parts[2]))] += 1
    return expected


def gap_command(tree):
    """(the gaps arguments for a gap tree, problem); (None, None) for a validate tree."""
    match = GAP_TREE.match(os.path.basename(tree))
    if not match:
        return None, None
    try:
        with open(os.path.join(tree, "hok.yaml"), encoding="utf-8") as handle:
            as_of = AS_OF_MARK.search(handle.read())
    except OSError as error:
        return None, f"cannot read hok.yaml: {error}"
    if not as_of:
        return None, "a gap tree needs `# as-of: YYYY-MM-DD` in its hok.yaml"
    return ["gaps", "--as-of", as_of.group(1), "--rule", f"G{match.group(1)}", "--format", "json",
            "--fail-on", "info"], None


def run_hok(binary, tree, arguments=None):
    """(findings, exit status, problem) of `hok validate` (or the given arguments) on tree."""
    arguments = arguments or ["validate", "--format", "json", "--fail-on", "warning"]
    command = [binary] + arguments + [tree]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                env=dict(os.environ, NO_COLOR="1"))
    except subprocess.TimeoutExpired:
        return [], None, f"hok did not finish within {TIMEOUT_SECONDS} s"
    if result.returncode < 0:
        return [], result.returncode, (f"hok was killed by signal {-result.returncode} (a crash?): "
                                       f"{result.stderr.strip()[-300:]}")
    if result.returncode not in (0, 1):
        return [], result.returncode, (f"hok exited {result.returncode}: "
                                       f"{result.stderr.strip() or result.stdout.strip()}")
    try:
        findings = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        return [], result.returncode, f"hok printed no valid JSON ({error}): {result.stdout[:300]!r}"
    if not isinstance(findings, list):
        return [], result.returncode, "hok's JSON is not an array of findings"
    return findings, result.returncode, None


def describe(key, finding=None):
    where = f"{key.file}:{key.line}" if key.line else f"{key.file} (whole file)"
    text = f"{where}: {key.code}"
    if finding is not None:
        text += f" {finding.get('name', '')}: {finding.get('message', '')}"
    return text


def check_tree(binary, source_dir, relative_tree):
    """(problems, expected Counter) for one tree."""
    tree = os.path.join(source_dir, relative_tree)
    problems = []
    from_comments = comment_expectations(tree)
    from_file = file_expectations(tree, problems)
    expected = from_comments | (from_file or collections.Counter())

    if relative_tree == os.path.join("examples", "broken"):
        if from_file is None:
            problems.append(f"no {EXPECTATIONS_FILE}: examples/broken must list all its findings")
        else:
            for key in sorted(from_comments - from_file):
                problems.append(f"marked in a comment but not listed in {EXPECTATIONS_FILE}: "
                                f"{describe(key)}")
    if relative_tree == os.path.join("examples", "minimal") and expected:
        problems.append("examples/minimal is the valid example: it must expect no finding, "
                        f"but expects {', '.join(describe(key) for key in sorted(expected))}")

    arguments, problem = gap_command(tree)
    if problem:
        return problems + [problem], expected
    findings, status, problem = run_hok(binary, tree, arguments)
    if problem:
        return problems + [problem], expected

    reported = collections.Counter()
    by_key = {}
    for finding in findings:
        key = Key(finding.get("code"), str(finding.get("file")), int(finding.get("line") or 0))
        reported[key] += 1
        by_key.setdefault(key, finding)

    for key in sorted(expected - reported):
        problems.append(f"missing    {describe(key)}")
    for key in sorted(reported - expected):
        problems.append(f"unexpected {describe(key, by_key[key])}")
    want_status = 1 if expected else 0
    if status != want_status:
        problems.append(f"exit status {status}, expected {want_status}")
    return problems, expected


def check_coverage(results):
    """Problems with which rules the trees cover."""
    problems = []
    broken = results.get(os.path.join("examples", "broken"), collections.Counter())
    broken_codes = {key.code for key in broken}
    for code in RULES:
        if code not in RULES_ONLY_IN_FIXTURES and code not in broken_codes:
            problems.append(f"examples/broken: no file triggers {code}")
    prefix = os.path.join("tests", "fixtures", "rules") + os.sep
    fixtures = {path[len(prefix):]: expected for path, expected in results.items()
                if path.startswith(prefix)}
    for code in RULES + GAP_RULES:
        stem = code.lower()
        quiet = f"{stem}-quiet"
        if quiet not in fixtures:
            problems.append(f"tests/fixtures/rules/{quiet}/ is missing")
        firing = [name for name in fixtures if name.startswith(stem + "-") and name != quiet]
        if not firing:
            problems.append(f"tests/fixtures/rules/{stem}-<what>/ is missing: no tree fires {code}")
        for name in firing:
            if code not in {key.code for key in fixtures[name]}:
                problems.append(f"tests/fixtures/rules/{name}/ does not expect {code}")
    for name, expected in fixtures.items():
        if name.endswith("-quiet") and expected:
            problems.append(f"tests/fixtures/rules/{name}/ is a quiet tree but expects "
                            f"{', '.join(describe(key) for key in sorted(expected))}")
    return problems


def main(argv):
    if len(argv) != 3:
        print(f"usage: {argv[0]} HOK_BINARY SOURCE_DIR", file=sys.stderr)
        return 2
    binary, source_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    if not os.access(binary, os.X_OK):
        print(f"test_expected_findings: {binary} is not an executable", file=sys.stderr)
        return 2
    rules_dir = os.path.join(source_dir, "tests", "fixtures", "rules")
    trees = [os.path.join("examples", "minimal"), os.path.join("examples", "broken")]
    if os.path.isdir(rules_dir):
        trees += [os.path.join("tests", "fixtures", "rules", name)
                  for name in sorted(os.listdir(rules_dir))
                  if os.path.isdir(os.path.join(rules_dir, name)) and not name.startswith(".")]
    missing = [tree for tree in trees[:2] if not os.path.isdir(os.path.join(source_dir, tree))]
    if missing:
        print(f"test_expected_findings: missing {', '.join(missing)} in {source_dir}",
              file=sys.stderr)
        return 2

    failed = 0
    results = {}
    total = 0
    for tree in trees:
        problems, expected = check_tree(binary, source_dir, tree)
        results[tree] = expected
        total += sum(expected.values())
        if problems:
            failed += 1
            print(f"FAIL {tree}")
            for problem in problems:
                print(f"    {problem}")
        else:
            print(f"ok   {tree} ({sum(expected.values())} findings)")
    coverage = check_coverage(results)
    if coverage:
        print("FAIL rule coverage")
        for problem in coverage:
            print(f"    {problem}")
    if failed or coverage:
        print(f"{failed} of {len(trees)} trees differ from their expectations"
              + (", rule coverage incomplete" if coverage else ""))
        return 1
    print(f"OK {len(trees)} trees, {total} expected findings, all reported exactly")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
