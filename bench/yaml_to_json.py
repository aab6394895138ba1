#!/usr/bin/python3
"""Converts a registry's YAML to JSON once, for the schema validators that read only JSON.

    bench/yaml_to_json.py REGISTRY OUT

OUT/<schema name>/<path>.json for every record (OUT/hok/hok.json for hok.yaml), where the schema
name is the record's kind directory. Dates stay text (the YAML 1.2 reading that hok uses), so the
JSON is what hok validates. Not timed by bench/run.sh.
"""
import json
import os
import shutil
import sys

import yaml


class CoreLoader(yaml.CSafeLoader):
    """YAML 1.2 core schema for what the registry holds: dates are strings, not datetime.date."""


CoreLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def main():
    registry, out = sys.argv[1], sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    count = 0
    for folder, dirs, files in os.walk(registry):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".yaml"):
                continue
            source = os.path.join(folder, name)
            relative = os.path.relpath(source, registry)
            kind = "hok" if relative == "hok.yaml" else relative.split(os.sep)[0]
            target = os.path.join(out, kind, os.path.splitext(relative)[0].replace(os.sep, "__") + ".json")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(source, encoding="utf-8") as stream:
                data = yaml.load(stream, Loader=CoreLoader)
            with open(target, "w", encoding="utf-8") as stream:
                json.dump(data, stream, ensure_ascii=False)
            count += 1
    print(f"{out}: {count} JSON files")


if __name__ == "__main__":
    main()
