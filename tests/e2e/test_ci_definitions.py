#!/usr/bin/env python3
"""The CI integrations a secretariat copies: .pre-commit-hooks.yaml and the composite action.yml.

Run by CTest as: python3 tests/e2e/test_ci_definitions.py <hok-binary> <source-dir>

Both files are parsed, and what they run is run: each pre-commit hook's `entry` with the built hok
on a copy of examples/minimal (passes) and examples/broken (fails), its `files` pattern against
registry and non-registry paths; each step of the composite action with bash, the inputs given
as the runner would (environment variables), in a git repository built here, so the validate step
fails on a broken registry and the diff step writes the Markdown summary. The step that gets hok
fetches a release archive made here and served from a file:// URL (only the download from the git
host is not exercised): it checks the SHA-256, refuses a tampered archive, and leaves the build to
the next step when there is no release; the build step installs the build dependencies alone. The
action must never paste an input into a script (`${{ inputs.x }}` only under `env:`), which is how
workflow injection happens.
"""
import hashlib
import io
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
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
    check({"Get hok", "Build hok", "hok validate", "hok diff"} <= set(by_name),
          "action: get, build, validate and diff steps")

    def step_env(step, values, github=None):
        env = {}
        for key, value in (step.get("env") or {}).items():
            match = re.fullmatch(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}", str(value))
            context = re.fullmatch(r"\$\{\{\s*github\.([A-Za-z0-9_]+)\s*\}\}", str(value))
            if match:
                env[key] = values.get(match.group(1), str(action["inputs"][match.group(1)].get("default", "")))
            elif context:
                env[key] = (github or {}).get(context.group(1), "")
            elif "runner.temp" in str(value):
                env[key] = str(work / value.split("}}")[-1].lstrip("/"))
            else:
                env[key] = str(value)
        return env

    # --- Get hok: the release archive for the action's own version.
    get = by_name["Get hok"]
    check(get.get("id") == "get", "action get step: has the id the build step asks about")
    check("releases/download" in get["run"] and "sha256sum" in get["run"],
          "action get step: downloads from the releases and checks the SHA-256")
    releases = work / "releases"
    (releases / "v1.2.3").mkdir(parents=True)
    archive_name = "hok-1.2.3-linux-x86_64"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        # bin/hok links to the built hok: packing its 100+ MB (debug information) would take a minute.
        link = tarfile.TarInfo(f"{archive_name}/bin/hok")
        link.type = tarfile.SYMTYPE
        link.linkname = str(hok)
        tar.addfile(link)
    archive = buffer.getvalue()
    (releases / f"{archive_name}.tar.gz").write_bytes(archive)
    (releases / f"{archive_name}.tar.gz.sha256").write_text(
        f"{hashlib.sha256(archive).hexdigest()}  {archive_name}.tar.gz\n")
    # A PATH with the tools the step uses and no hok.
    tools = work / "tools"
    tools.mkdir()
    for tool in ("bash", "curl", "tar", "gzip", "sha256sum", "uname", "cut", "mkdir", "cat", "env"):
        found = shutil.which(tool)
        check(found is not None, f"{tool} is installed for the action's get step")
        if found:
            (tools / tool).symlink_to(found)

    def get_hok(ref, url, with_hok=False):
        for name in ("gh-path", "gh-output"):
            (work / name).unlink(missing_ok=True)
        shutil.rmtree(work / "hok-release", ignore_errors=True)
        env = step_env(get, {"release-url": url}, {"action_ref": ref, "action_repository": "vis/hok",
                                                   "server_url": "https://git.invalid"})
        env |= {"GITHUB_PATH": str(work / "gh-path"), "GITHUB_OUTPUT": str(work / "gh-output")}
        env["PATH"] = f"{hok.parent}{os.pathsep}{tools}" if with_hok else str(tools)
        result = subprocess.run(["bash", "-c", get["run"]], cwd=work, env=env, capture_output=True, text=True,
                                timeout=120)
        path = (work / "gh-path").read_text().strip() if (work / "gh-path").exists() else ""
        output = (work / "gh-output").read_text() if (work / "gh-output").exists() else ""
        return result, path, output

    result, path, output = get_hok("v1.2.3", f"file://{releases}")
    check(result.returncode == 0 and "source=release" in output and path.endswith(f"{archive_name}/bin"),
          f"action get step: the release archive, checked and on the PATH ({result.returncode} {result.stdout[-300:]} {result.stderr[-300:]})")
    if path:
        on_path = subprocess.run([str(pathlib.Path(path) / "hok"), "--version"], capture_output=True, text=True)
        check(on_path.returncode == 0, "action get step: the hok it put on the PATH runs")
    (releases / f"{archive_name}.tar.gz").write_bytes(archive + b"tampered")
    result, path, output = get_hok("v1.2.3", f"file://{releases}")
    check(result.returncode != 0 and "SHA-256" in result.stdout and path == "" and "source=" not in output,
          f"action get step: a tampered archive fails the job and is not used ({result.returncode} {result.stdout[-300:]})")
    (releases / f"{archive_name}.tar.gz").write_bytes(archive)
    result, path, output = get_hok("v9.9.9", f"file://{releases}")
    check(result.returncode == 0 and "source=build" in output and path == "",
          f"action get step: no release for the version, so the build step builds ({result.returncode} {result.stderr[-300:]})")
    result, path, output = get_hok("", f"file://{releases}")
    check(result.returncode == 0 and "source=build" in output, "action get step: no version (a commit), so it builds")
    result, path, output = get_hok("v1.2.3", f"file://{releases}", with_hok=True)
    check(result.returncode == 0 and "source=path" in output and path == "",
          "action get step: a hok on the PATH already is used as it is")

    # The build step runs only without a release, installs the build dependencies alone (never a
    # browser), and does nothing when hok is already on the PATH (it is: the built one).
    build_step = by_name["Build hok"]
    check(re.fullmatch(r"\$\{\{\s*steps\.get\.outputs\.source\s*==\s*'build'\s*\}\}", str(build_step.get("if", "")))
          is not None, "action build step: only when the get step found no release")
    check("install-deps.sh\" build" in build_step["run"] and "install-deps.sh\" test" not in build_step["run"],
          "action build step: installs the build dependencies alone")
    deps = (source / "scripts/install-deps.sh").read_text(encoding="utf-8")
    build_list = deps[deps.index("build_packages=("):deps.index(")", deps.index("build_packages=("))]
    for heavy in ("chromium", "clang", "nodejs", "npm", "catch2"):
        check(heavy not in build_list, f"install-deps build: no {heavy}")
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
    victim = next(path for path in groups if run([str(hok), "show", path.stem, "registry", "--lang", "en"], repo).stdout.find("Not yet") >= 0)
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
