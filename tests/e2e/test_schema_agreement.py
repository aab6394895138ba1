#!/usr/bin/env python3
"""A second, independent validator for hok's JSON Schemas.

Usage: test_schema_agreement.py HOK_BINARY SOURCE_DIR

1. Every schemas/*.schema.json is a valid draft-7 schema and follows the conventions hok's C++ side
   relies on (x-hok-ref and format "date" reachable through properties/items/local $ref only, a
   $ref object holds only $ref, additionalProperties on every object, titles and descriptions).
2. Every file of examples/minimal/ and data/ (when present) validates against its kind's schema with
   python-jsonschema, loaded by a YAML 1.2 core loader; ids, uniqueness and references are checked too.
3. Every file of tests/fixtures/schema-invalid/ breaks its schema exactly once, on the line marked
   `# expect: E004` (the line of `id:` when the object missing a field is the whole record).
4. If the hok binary runs, it must report E004 for every such fixture, on the marked line, and no
   E004 in the valid trees. If it cannot run, the comparison is skipped with a "SKIP hok
   comparison" line (and the exit status depends on the python side alone).

Exit status: 0 when everything above holds, 1 otherwise, with every problem listed.
"""
import json
import math
import os
import re
import subprocess
import sys

import jsonschema
import yaml

KINDS = ["municipalities", "districts", "subregions", "organisations", "people", "groups",
         "agreements", "functions", "followups", "plans"]
EXPECT_MARK = re.compile(r"#\s*expect:\s*([EG][0-9]{3})\b")


# ------------------------------------------------------------------------------------------------
# YAML 1.2 core schema loader on top of PyYAML's SafeLoader (which implements YAML 1.1 typing).

class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core typing, no merge keys, and errors on duplicate or non-string keys.

    Plain scalars resolve only to: null (~, null, Null, NULL, empty), bool (true/True/TRUE,
    false/False/FALSE), int (decimal, 0o octal, 0x hex), float (decimal, .inf, .nan); everything
    else (yes, off, 2024-01-01, 1:30, 1_000, 0b101, <<, =) stays a string.
    """

    yaml_implicit_resolvers = {}

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen = {}
            for key_node, _ in node.value:
                if key_node.tag != "tag:yaml.org,2002:str":
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark,
                        f"found a key that is not a string ({key_node.tag})", key_node.start_mark)
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark,
                        f"found duplicate key {key_node.value!r} (first on line {seen[key_node.value]})",
                        key_node.start_mark)
                seen[key_node.value] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def _construct_int(loader, node):
    value = loader.construct_scalar(node)
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


def _construct_float(loader, node):
    value = loader.construct_scalar(node)
    lowered = value.lower()
    if lowered.endswith(".inf"):
        return -math.inf if value.startswith("-") else math.inf
    if lowered == ".nan":
        return math.nan
    return float(value)


Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Yaml12Loader.add_implicit_resolver(  # before float: "12" matches both
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)


def load_yaml(text):
    """Parses one YAML document; returns (data, positions).

    positions maps a path tuple (keys and list indices) to (key_line, value_line), 1-based;
    key_line is 0 for list items and the root.
    """
    loader = Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    positions = {}

    def walk(current, path, key_line):
        positions[path] = (key_line, current.start_mark.line + 1)
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                walk(value_node, path + (key_node.value,), key_node.start_mark.line + 1)
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                walk(item, path + (index,), 0)

    if node is not None:
        walk(node, (), 0)
    return data, positions


LOADER_CASES = [
    # (YAML value text, expected Python value)
    ("yes", "yes"), ("No", "No"), ("on", "on"), ("OFF", "OFF"), ("y", "y"), ("n", "n"),
    ("true", True), ("True", True), ("TRUE", True), ("false", False), ("FALSE", False),
    ("tRUE", "tRUE"), ("~", None), ("null", None), ("Null", None), ("NULL", None), ("", None),
    ("nULL", "nULL"), ("0114", 114), ('"0114"', "0114"), ("'0114'", "0114"), ("08", 8),
    ("012", 12), ("-5", -5), ("+5", 5), ("0o14", 12), ("0x1F", 31), ("0b101", "0b101"),
    ("1_000", "1_000"), ("1:20", "1:20"), ("190:20:30", "190:20:30"), ("1.5", 1.5),
    ("1.", 1.0), (".5", 0.5), ("1e3", 1000.0), ("-1.5E-2", -0.015), (".inf", math.inf),
    ("-.Inf", -math.inf), ("+.INF", math.inf), (".", "."), ("-a", "-a"),
    ("2024-01-05", "2024-01-05"), ("2024-1-5", "2024-1-5"), ("2024-01-05T10:00:00Z", "2024-01-05T10:00:00Z"),
    ("=", "="), ("<<", "<<"), ("0114 Upplands Väsby", "0114 Upplands Väsby"), ("[a, b]", ["a", "b"]),
    ("{org: x}", {"org": "x"}), ("|\n  a\n  b\n", "a\nb\n"), (">\n  a\n  b\n", "a b\n"),
]


def self_test_loader():
    problems = []
    for source, expected in LOADER_CASES:
        try:
            data, _ = load_yaml(f"v: {source}\n")
            got = data["v"]
        except yaml.YAMLError as error:
            problems.append(f"loader: 'v: {source}' raised {error}")
            continue
        same = type(got) is type(expected) and (got == expected or (
            isinstance(got, float) and math.isnan(got) and math.isnan(expected)))
        if not same:
            problems.append(f"loader: 'v: {source}' gave {got!r}, expected {expected!r}")
    nan, _ = load_yaml("v: .nan\n")
    if not (isinstance(nan["v"], float) and math.isnan(nan["v"])):
        problems.append("loader: .nan is not NaN")
    for bad, why in [("a: 1\na: 2\n", "duplicate key"), ("? [a, b]\n: 1\n", "non-string key"),
                     ("1: x\n", "non-string key"), ("a: 1\n---\nb: 2\n", "two documents"),
                     ("<<: {a: 1}\nb: 2\n", None)]:
        try:
            data, _ = load_yaml(bad)
            if why is not None:
                problems.append(f"loader: {why} was accepted: {bad!r}")
            elif data != {"<<": {"a": 1}, "b": 2}:
                problems.append(f"loader: '<<' was merged: {data!r}")
        except yaml.YAMLError:
            if why is None:
                problems.append(f"loader: rejected {bad!r}")
    data, positions = load_yaml("# c\r\nid: x\r\nlist:\r\n  - {org: a}\r\n  - b\r\n")
    if data != {"id": "x", "list": [{"org": "a"}, "b"]}:
        problems.append(f"loader: CRLF document gave {data!r}")
    if positions.get(("id",)) != (2, 2) or positions.get(("list", 0, "org")) != (4, 4) \
            or positions.get(("list",)) != (3, 4):
        problems.append(f"loader: wrong positions {positions!r}")
    return problems


# ------------------------------------------------------------------------------------------------
# Schemas and the conventions hok's C++ schema walker relies on.

def walk_schema(schema, root, path=(), seen_refs=()):
    """Yields (data path, schema node) for every node hok's walker reaches: properties, items and
    local $ref. Data paths use '*' for any list index."""
    yield path, schema
    if "$ref" in schema:
        target = schema["$ref"]
        if target.startswith("#/definitions/") and target not in seen_refs:
            resolved = root["definitions"][target[len("#/definitions/"):]]
            yield from walk_schema(resolved, root, path, seen_refs + (target,))
        return
    for name, sub in schema.get("properties", {}).items():
        yield from walk_schema(sub, root, path + (name,), seen_refs)
    if isinstance(schema.get("items"), dict):
        yield from walk_schema(schema["items"], root, path + ("*",), seen_refs)


def all_nodes(schema):
    """Every subschema of `schema`, wherever it sits (allOf, if, definitions …), itself included."""
    yield schema
    for keyword, value in schema.items():
        if keyword in ("properties", "definitions", "patternProperties"):
            for sub in value.values():
                yield from all_nodes(sub)
        elif isinstance(value, dict) and keyword not in ("const", "default"):
            yield from all_nodes(value)
        elif isinstance(value, list) and keyword in ("allOf", "anyOf", "oneOf", "items"):
            for sub in value:
                yield from all_nodes(sub)


def check_conventions(name, schema):
    problems = []

    def problem(message):
        problems.append(f"schemas/{name}.schema.json: {message}")

    if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
        problem("$schema is not draft-07")
    if schema.get("$id") != f"https://hok.invalid/schemas/{name}.schema.json":
        problem(f"$id is {schema.get('$id')!r}")
    if schema.get("type") != "object" or schema.get("additionalProperties") is not False:
        problem("the top level must be an object with additionalProperties false")
    if "id" not in schema.get("required", []) and name != "hok":
        problem("'id' is not required")
    for key in ("title", "description"):
        if not schema.get(key):
            problem(f"no {key} at the top level")
    reached = {id(node) for _, node in walk_schema(schema, schema)}
    conditional = {id(node) for block in schema.get("allOf", []) for node in all_nodes(block)}
    for node in all_nodes(schema):
        if "x-hok-ref" in node and id(node) not in reached:
            problem(f"x-hok-ref {node['x-hok-ref']} where hok's walker cannot find it")
        if "format" in node and (node["format"] != "date" or id(node) not in reached):
            problem(f"format {node['format']!r} not allowed here (only 'date', reached through "
                    "properties/items/$ref)")
        if "$ref" in node:
            if set(node) != {"$ref"}:
                problem(f"$ref object with siblings {sorted(set(node) - {'$ref'})}")
            if not node["$ref"].startswith("#/definitions/"):
                problem(f"non-local $ref {node['$ref']!r}")
        if id(node) in conditional:
            continue  # `if` blocks name properties only to test them
        if node.get("type") == "object" and "additionalProperties" not in node:
            problem(f"object without additionalProperties: {sorted(node.get('properties', {}))}")
        if "properties" in node and node.get("additionalProperties") is not False:
            problem(f"object with properties {sorted(node['properties'])} allows unknown fields")
        for prop, sub in node.get("properties", {}).items():
            if not (sub.get("title") and sub.get("description")):
                problem(f"property {prop!r} lacks a title or description")
        if "x-hok-ref" in node:
            kinds = node["x-hok-ref"]
            if not kinds or any(kind not in KINDS for kind in kinds):
                problem(f"x-hok-ref names unknown kinds {kinds}")
            # A reference is an id-shaped string; a field of two forms (`contact`: a person's id or
            # an object with `person` inside) may also allow an object, whose properties are walked.
            types = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
            if "string" not in types or set(types) - {"string", "object"} or \
                    node.get("pattern") != "^[a-z0-9]+(-[a-z0-9]+)*$":
                problem(f"reference {kinds} is not an id-shaped string")
    return problems


def load_schemas(source_dir):
    schema_dir = os.path.join(source_dir, "schemas")
    schemas, problems = {}, []
    expected = set(KINDS) | {"hok"}
    names = sorted(f[:-len(".schema.json")] for f in os.listdir(schema_dir) if f.endswith(".schema.json"))
    for missing in sorted(expected - set(names)):
        problems.append(f"schemas/{missing}.schema.json is missing")
    for name in names:
        path = os.path.join(schema_dir, f"{name}.schema.json")
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft7Validator.check_schema(schema)
        except (ValueError, jsonschema.SchemaError) as error:
            problems.append(f"schemas/{name}.schema.json is not a valid draft-7 schema: {error}")
            continue
        problems += check_conventions(name, schema)
        schemas[name] = schema
    return schemas, problems


def validator_for(schema):
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker(formats=("date",)))


# ------------------------------------------------------------------------------------------------
# Registry trees.

def registry_files(root):
    """Yields (relative path, kind) for every YAML file; kind is None for a stray file."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if not filename.endswith((".yaml", ".yml")):
                continue
            rel = os.path.relpath(os.path.join(dirpath, filename), root).replace(os.sep, "/")
            parts = rel.split("/")
            if rel == "hok.yaml":
                yield rel, "hok"
            elif len(parts) > 1 and parts[0] in KINDS and filename.endswith(".yaml"):
                yield rel, parts[0]
            else:
                yield rel, None


def error_line(error, data, positions, root_schema=None):
    """The line a schema error belongs on: the unknown key, the value, or for a missing field the
    key of the object (the `id:` line when the object is the whole record)."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extras = [key for key in error.instance if key not in known]
        if extras and path + (extras[0],) in positions:
            return positions[path + (extras[0],)][0]
    if error.validator in ("required", "not", "dependencies"):
        schema_path = list(error.schema_path)
        if path == () and root_schema is not None and len(schema_path) > 2 and schema_path[0] == "allOf" \
                and schema_path[2] in ("then", "else"):
            # A conditional requirement belongs on the field the condition tests (`type:`), as in hok.
            condition = root_schema["allOf"][schema_path[1]].get("if", {})
            for field in condition.get("properties", {}):
                if (field,) in positions and isinstance(data, dict) and field in data:
                    return positions[(field,)][0]
        if path == ():
            return positions.get(("id",), (1, 1))[0]
        key_line, value_line = positions.get(path, (0, 1))
        return key_line or value_line
    key_line, value_line = positions.get(path, (0, 1))
    value = error.instance
    if isinstance(value, (dict, list)) and key_line:
        return key_line
    return value_line


def pointer(path):
    return "/" + "/".join(str(p) for p in path) if path else "(record)"


def read_tree(root, schemas):
    """Loads and validates every file of a registry tree.
    Returns (records, problems, errors_by_file): records is [(rel, kind, data, positions)] for
    files that loaded; errors_by_file maps rel → [(line, message)] of schema errors."""
    records, problems, errors_by_file = [], [], {}
    if not os.path.isfile(os.path.join(root, "hok.yaml")):
        problems.append(f"{root}: no hok.yaml")
    for rel, kind in registry_files(root):
        where = os.path.join(os.path.relpath(root), rel)
        if kind is None:
            problems.append(f"{where}: stray YAML file (not <kind>/**/<id>.yaml)")
            continue
        with open(os.path.join(root, rel), "rb") as f:
            raw = f.read()
        try:
            data, positions = load_yaml(raw.decode("utf-8"))
        except (UnicodeDecodeError, yaml.YAMLError) as error:
            problems.append(f"{where}: cannot be read: {error}")
            continue
        errors = []
        for error in validator_for(schemas[kind]).iter_errors(data):
            line = error_line(error, data, positions, schemas[kind])
            errors.append((line, f"{pointer(tuple(error.absolute_path))}: {error.message}"))
        errors_by_file[rel] = sorted(errors)
        records.append((rel, kind, data, positions))
    return records, problems, errors_by_file


def values_at(data, path):
    if not path:
        yield data
        return
    head, rest = path[0], path[1:]
    if head == "*":
        if isinstance(data, list):
            for item in data:
                yield from values_at(item, rest)
    elif isinstance(data, dict) and head in data:
        yield from values_at(data[head], rest)


def check_consistency(root, records, schemas):
    """ids = file stems, ids unique, every x-hok-ref reference resolves to an allowed kind."""
    problems, ids = [], {}
    for rel, kind, data, _ in records:
        if kind == "hok" or not isinstance(data, dict):
            continue
        stem = os.path.basename(rel)[:-len(".yaml")]
        if data.get("id") != stem:
            problems.append(f"{root}/{rel}: id {data.get('id')!r} differs from the file name {stem!r}")
        if data.get("id") in ids:
            problems.append(f"{root}/{rel}: id {data['id']!r} also in {ids[data['id']][0]}")
        else:
            ids[data.get("id")] = (rel, kind)
    for rel, kind, data, positions in records:
        for path, node in walk_schema(schemas[kind], schemas[kind]):
            if "x-hok-ref" not in node:
                continue
            for value in values_at(data, path):
                if not isinstance(value, str):
                    continue  # the object form of a two-form field: its properties are walked
                target = ids.get(value)
                if target is None:
                    problems.append(f"{root}/{rel}: {'.'.join(path)} '{value}' names no record")
                elif target[1] not in node["x-hok-ref"]:
                    problems.append(f"{root}/{rel}: {'.'.join(path)} '{value}' is a {target[1]} record, "
                                    f"allowed: {', '.join(node['x-hok-ref'])}")
    return problems


def check_valid_tree(root, schemas):
    records, problems, errors_by_file = read_tree(root, schemas)
    for rel, errors in sorted(errors_by_file.items()):
        for line, message in errors:
            problems.append(f"{os.path.relpath(root)}/{rel}:{line}: E004 {message}")
    if not problems:
        problems += check_consistency(os.path.relpath(root), records, schemas)
    return problems, len(records)


def check_invalid_fixtures(root, schemas):
    """Returns (problems, expectations: rel → expected line)."""
    records, problems, errors_by_file = read_tree(root, schemas)
    expectations = {}
    for rel, kind, data, positions in records:
        where = f"{os.path.relpath(root)}/{rel}"
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            marks = [(number, m.group(1)) for number, text in enumerate(f.read().splitlines(), 1)
                     for m in EXPECT_MARK.finditer(text)]
        if len(marks) != 1 or marks[0][1] != "E004":
            problems.append(f"{where}: needs exactly one '# expect: E004' mark, found {marks}")
            continue
        expected_line = marks[0][0]
        expectations[rel] = expected_line
        errors = errors_by_file.get(rel, [])
        # One bad value may break several keywords (a date's pattern and its format): one violation.
        violations = sorted({(line, message.split(":", 1)[0]) for line, message in errors})
        if not errors:
            problems.append(f"{where}:{expected_line}: python-jsonschema ACCEPTS this file; it must be "
                            "rejected")
        elif len(violations) != 1:
            problems.append(f"{where}: expected exactly one schema violation, python-jsonschema found "
                            f"{len(violations)}: {errors}")
        elif errors[0][0] != expected_line:
            problems.append(f"{where}: the violation is on line {errors[0][0]} ({errors[0][1]}), the mark "
                            f"on line {expected_line}")
    if len(expectations) < 10:
        problems.append(f"{os.path.relpath(root)}: only {len(expectations)} fixtures")
    return problems, expectations


# ------------------------------------------------------------------------------------------------
# The comparison with hok itself.

def run_hok(binary, tree):
    """Returns (findings, None) or (None, reason it could not run)."""
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        return None, f"{binary} is not an executable file"
    try:
        result = subprocess.run([binary, "validate", "--format", "json", tree],
                                capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"{binary} did not run: {error}"
    if result.returncode not in (0, 1):
        return None, (f"'hok validate --format json {os.path.relpath(tree)}' exited {result.returncode}: "
                      f"{result.stderr.strip()[:300]}")
    try:
        findings = json.loads(result.stdout)
    except ValueError as error:
        return None, f"hok's output is not JSON ({error}): {result.stdout[:200]!r}"
    if not isinstance(findings, list) or not all(
            isinstance(f, dict) and {"code", "file", "line"} <= set(f) for f in findings):
        return None, "hok's output is not an array of findings with code, file and line"
    return findings, None


def finding_file(finding, tree):
    path = finding["file"]
    if os.path.isabs(path):
        path = os.path.relpath(path, tree)
    return os.path.normpath(path).replace(os.sep, "/")


def compare_with_hok(binary, fixtures_root, expectations, valid_roots):
    """Returns (problems, skip reason or None)."""
    problems = []
    findings, reason = run_hok(binary, fixtures_root)
    if findings is None:
        return problems, reason
    for rel, expected_line in sorted(expectations.items()):
        where = f"{os.path.relpath(fixtures_root)}/{rel}"
        lines = sorted({f["line"] for f in findings
                        if f["code"] == "E004" and finding_file(f, fixtures_root) == rel})
        if not lines:
            others = sorted({f["code"] for f in findings if finding_file(f, fixtures_root) == rel})
            problems.append(f"{where}:{expected_line}: hok reports no E004 (python-jsonschema rejects the "
                            f"file; hok reports {others or 'nothing'} there)")
        elif expected_line not in lines:
            problems.append(f"{where}: hok reports E004 on line(s) {lines}, the mark is on line "
                            f"{expected_line}")
    for root in valid_roots:
        findings, reason = run_hok(binary, root)
        if findings is None:
            return problems, reason
        for f in findings:
            if f["code"] == "E004":
                problems.append(f"{os.path.relpath(root)}/{finding_file(f, root)}:{f['line']}: hok reports "
                                f"E004 ({f.get('message', '')}); python-jsonschema accepts the file")
    return problems, None


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary, source_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    os.chdir(source_dir)
    problems = self_test_loader()
    schemas, schema_problems = load_schemas(source_dir)
    problems += schema_problems
    summary = [f"{len(schemas)} schemas"]
    valid_roots = [os.path.join(source_dir, "examples", "minimal")]
    if os.path.isdir(os.path.join(source_dir, "data")):
        valid_roots.append(os.path.join(source_dir, "data"))
    fixtures_root = os.path.join(source_dir, "tests", "fixtures", "schema-invalid")
    expectations = {}
    if not schema_problems:
        for root in valid_roots:
            tree_problems, count = check_valid_tree(root, schemas)
            problems += tree_problems
            summary.append(f"{count} files in {os.path.relpath(root)}")
        fixture_problems, expectations = check_invalid_fixtures(fixtures_root, schemas)
        problems += fixture_problems
        summary.append(f"{len(expectations)} invalid fixtures")
    if not os.path.isfile(os.path.join(valid_roots[0], "README.md")):
        problems.append("examples/minimal/README.md is missing")
    if not any("\r\n" in open(os.path.join(valid_roots[0], rel), encoding="utf-8", newline="").read()
               for rel, _ in registry_files(valid_roots[0])):
        problems.append("examples/minimal: no file with CRLF line endings any more (it proves the loader)")

    if problems:
        print("FAIL python side:")
        for p in problems:
            print("  " + p)
        print("SKIP hok comparison: the python side failed")
        return 1
    print("OK python side: " + ", ".join(summary))

    hok_problems, skip = compare_with_hok(binary, fixtures_root, expectations, valid_roots)
    if skip:
        print(f"SKIP hok comparison: {skip}")
    if hok_problems:
        print("FAIL hok disagrees with python-jsonschema:")
        for p in hok_problems:
            print("  " + p)
        return 1
    if not skip:
        print(f"OK hok agrees: E004 in all {len(expectations)} invalid fixtures, none in the valid trees")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
