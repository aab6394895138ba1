#!/usr/bin/python3
"""Validates every JSON file under OUT/<schema name>/ (bench/yaml_to_json.py) against
schemas/<schema name>.schema.json with python3-jsonschema (draft 7, the date format checked), on
all cores. Schema validation only: no references, no other rules. Exit 1 if a file is invalid.

    bench/jsonschema_all.py SCHEMAS JSON_TREE
"""
import json
import multiprocessing
import os
import sys

import jsonschema

_validators = {}


def validator(schemas, kind):
    if kind not in _validators:
        with open(os.path.join(schemas, kind + ".schema.json"), encoding="utf-8") as stream:
            schema = json.load(stream)
        _validators[kind] = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return _validators[kind]


def check(job):
    schemas, kind, paths = job
    invalid = []
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
        errors = list(validator(schemas, kind).iter_errors(data))
        if errors:
            invalid.append(f"{path}: {errors[0].message}")
    return invalid


def main():
    schemas, tree = sys.argv[1], sys.argv[2]
    jobs = []
    for kind in sorted(os.listdir(tree)):
        paths = sorted(os.path.join(tree, kind, name) for name in os.listdir(os.path.join(tree, kind)))
        for start in range(0, len(paths), 200):
            jobs.append((schemas, kind, paths[start:start + 200]))
    with multiprocessing.Pool(os.cpu_count()) as pool:
        invalid = [line for result in pool.map(check, jobs) for line in result]
    for line in invalid[:20]:
        print(line)
    print(f"jsonschema: {sum(len(job[2]) for job in jobs)} files, {len(invalid)} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
