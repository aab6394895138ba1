#!/usr/bin/env python3
"""The CI integrations a secretariat copies: .pre-commit-hooks.yaml and the composite action.yml.

Run by CTest as: python3 tests/e2e/test_ci_definitions.py <hok-binary> <source-dir>

Both files are parsed, and what they run is run: each pre-commit hook's `entry` with the built hok
on a copy of examples/minimal (passes) and examples/broken (fails), its `files` pattern against
registry and non-registry paths; each step of the composite action with bash, the inputs given
as the runner would (environment variables), in a git repository built here, so the validate step
fails on a broken registry and the diff step writes the Markdown summary. The action must never
paste an input into a script (`${{ inputs.x }}` only under `env:`), which is how workflow
injection happens.
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

hok = pathlib.Path(sys.argv[1]).resolve()
source = pathlib.Path(sys.argv[2]).resolve()
failures = []


def check(condition, what):
    print(("ok: " if condition else "FAIL: ") + what)
    if not condition:
        failures.append(what)


def run(args, cwd, env=None):
    full_env = dict(os.environ)
    full_env["PATH"] = f"{hok.parent}{os.pathsep}{full_env.get('PATH', '')}"
    full_env["NO_COLOR"] = "1"
    full_env.update(env or {})
    return subprocess.run(args, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120)


work = pathlib.Path(tempfile.mkdtemp())
try:
    minimal = work / "minimal"
    broken = work / "broken"
    shutil.copytree(source / "examples/minimal", minimal)
    shutil.copytree(source / "examples/broken", broken)

    # --- .pre-commit-hooks.yaml
    hooks = yaml.safe_load((source / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = [hook["id"] for hook in hooks]
    check("hok-validate" in ids, "pre-commit: a hok-validate hook is defined")
    for hook in hooks:
        for key in ("id", "name", "entry", "language", "files"):
            check(key in hook, f"pre-commit {hook.get('id')}: has {key}")
        check(hook.get("language") == "system", f"pre-commit {hook['id']}: runs the installed hok")
        check(hook.get("pass_filenames") is False, f"pre-commit {hook['id']}: checks the whole registry")
        pattern = re.compile(hook["files"])
        for path in ("hok.yaml", "data/hok.yaml", "agreements/bus.yaml", "data/groups/sub/vis.yaml",
                     "districts/farsta.yml"):
            check(pattern.search(path) is not None, f"pre-commit {hook['id']}: files matches {path}")
        for path in ("README.md", "docs/rules.md", "agreements/notes.txt", "scripts/build.sh"):
            check(pattern.search(path) is None, f"pre-commit {hook['id']}: files skips {path}")
        entry = hook["entry"].split()
        check(entry[0] == "hok", f"pre-commit {hook['id']}: entry starts with hok")
        on_minimal = run(entry, minimal)
        on_broken = run(entry, broken)
        check(on_minimal.returncode == 0,
              f"pre-commit {hook['id']}: passes on examples/minimal ({on_minimal.returncode}: {on_minimal.stdout[-300:]})")
        if hook["id"] == "hok-validate":
            check(on_broken.returncode == 1 and "E007" in on_broken.stdout,
                  f"pre-commit hok-validate: stops a commit of examples/broken ({on_broken.returncode})")

    # --- action.yml
    action = yaml.safe_load((source / "action.yml").read_text(encoding="utf-8"))
    check(action["runs"]["using"] == "composite", "action: a composite action")
    inputs = set(action.get("inputs", {}))
    steps = action["runs"]["steps"]
    for step in steps:
        script = step.get("run", "")
        check("${{" not in script, f"action step '{step.get('name')}': no expression pasted into the script")
        for value in (step.get("env") or {}).values():
            for name in re.findall(r"inputs\.([A-Za-z0-9_-]+)", str(value)):
                check(name in inputs, f"action step '{step.get('name')}': input {name} is declared")
    by_name = {step["name"]: step for step in steps}
    check({"Build hok", "hok validate", "hok diff"} <= set(by_name), "action: build, validate and diff steps")

    def step_env(step, values):
        env = {}
        for key, value in (step.get("env") or {}).items():
            match = re.fullmatch(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}", str(value))
            if match:
                env[key] = values.get(match.group(1), str(action["inputs"][match.group(1)].get("default", "")))
            elif "runner.temp" in str(value):
                env[key] = str(work / value.split("}}")[-1].lstrip("/"))
            else:
                env[key] = str(value)
        return env

    # The build step does nothing when hok is already on the PATH (it is: the built one).
    build = run(["bash", "-c", by_name["Build hok"]["run"]], work,
                step_env(by_name["Build hok"], {}) | {"GITHUB_PATH": str(work / "gh-path")})
    check(build.returncode == 0 and not (work / "gh-path").exists(),
          f"action build step: skipped when hok is installed ({build.returncode} {build.stderr[-300:]})")

    # A git repository: the registry committed on main, then a pull request's change.
    repo = work / "repo"
    shutil.copytree(source / "examples/minimal", repo / "registry")
    git_env = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
               "GIT_COMMITTER_EMAIL": "t@example.org"}
    for args in (["git", "init", "-q", "-b", "main", "."], ["git", "add", "-A"], ["git", "commit", "-qm", "base"]):
        result = run(args, repo, git_env)
        check(result.returncode == 0, f"git {' '.join(args[1:])}")
    validate = by_name["hok validate"]
    ok = run(["bash", "-c", validate["run"]], repo, step_env(validate, {"path": "registry"}))
    check(ok.returncode == 0, f"action validate step: passes on a clean registry ({ok.returncode} {ok.stdout[-300:]})")

    groups = sorted((repo / "registry/groups").rglob("*.yaml"))
    victim = next(path for path in groups if run([str(hok), "show", path.stem, "registry"], repo).stdout.find("Not yet") >= 0)
    victim.unlink()
    bad = run(["bash", "-c", validate["run"]], repo, step_env(validate, {"path": "registry"}))
    check(bad.returncode == 1 and "::error file=" in bad.stdout,
          f"action validate step: fails with annotations after deleting {victim.name} ({bad.returncode})")
    new_since = run(["bash", "-c", validate["run"]], repo, step_env(validate, {"path": "registry", "new-since": "main"}))
    check(new_since.returncode == 1 and "E007" in new_since.stdout,
          "action validate step with new-since: the broken references are the change's")

    diff = by_name["hok diff"]
    summary = work / "summary.md"
    output = work / "output.txt"
    result = run(["bash", "-c", diff["run"]], repo,
                 step_env(diff, {"path": "registry", "diff-base": "main"})
                 | {"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output)})
    check(result.returncode == 0, f"action diff step runs ({result.returncode} {result.stderr[-300:]})")
    text = summary.read_text(encoding="utf-8") if summary.exists() else ""
    check(victim.stem in text, "action diff step: the job summary names the removed record")
    check(output.exists() and output.read_text().startswith("file="), "action diff step: sets the diff-file output")
finally:
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("all passed")
