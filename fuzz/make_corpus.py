#!/usr/bin/python3
"""Writes the seed corpora in fuzz/corpus/ from examples/ and tests/fixtures/.

    fuzz/make_corpus.py        (from anywhere; rewrites fuzz/corpus/ completely)

fuzz_read_source/: one seed per YAML file: a byte naming the kind (0 hok.yaml, then the ten
kind directories in fuzz_read_source.cpp's order) followed by the file.
fuzz_registry/: one seed per registry tree, or per 7 records of a larger tree: hok.yaml, then for
each record a NUL, a byte naming its kind directory (fuzz_registry.cpp's order) and the file.
Files over 8 KiB and seeds over 32 KiB are left out: the corpus stays small.
fuzz/hok.dict: a libFuzzer dictionary (scripts/fuzz.sh passes it to both targets): every field
name and enum word of schemas/, and the YAML punctuation that the reader treats specially.
"""
import json
import hashlib
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["municipalities", "districts", "subregions", "organisations", "people", "groups",
         "agreements", "functions", "followups", "plans"]
MAX_FILE = 8 * 1024
MAX_SEED = 32 * 1024
RECORDS_PER_SEED = 7


def registries():
    """Every folder under examples/ and tests/fixtures/ that holds a hok.yaml."""
    for base in ("examples", os.path.join("tests", "fixtures")):
        for folder, dirs, files in sorted(os.walk(os.path.join(ROOT, base))):
            dirs.sort()
            if "hok.yaml" in files:
                yield folder


def records(registry):
    """(kind index, bytes) of every record file of a registry, in path order."""
    result = []
    for folder, dirs, files in sorted(os.walk(registry)):
        dirs.sort()
        relative = os.path.relpath(folder, registry).split(os.sep)
        if relative[0] not in KINDS:
            continue
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml")):
                continue
            with open(os.path.join(folder, name), "rb") as source:
                data = source.read()
            if len(data) <= MAX_FILE:
                result.append((KINDS.index(relative[0]), data))
    return result


def write(directory, name, data, seen):
    digest = hashlib.sha1(data).hexdigest()
    if digest in seen:
        return
    seen.add(digest)
    with open(os.path.join(directory, f"{name}-{digest[:8]}"), "wb") as out:
        out.write(data)


YAML_TOKENS = ["---", "...", ": ", "- ", "? ", "&a ", "*a", "<<: ", "!!str ", "!!int ", "!tag ", "%YAML 1.2",
               "[", "]", "{", "}", "|-", ">+", "#", "\\x09", "\\x0d\\x0a", "\\x0d", "~", "null", "true", "0o17", "0x1F",
               ".inf", "-.inf", ".nan", "1e3", "0114", "yes", "no", "on", "off", "2024-02-29", "2023-02-29",
               "\\xef\\xbb\\xbf", "\\xc3\\xa5"]


def schema_words():
    """Every property name (as `name:`) and enum word of the kinds' schemas."""
    words = set()

    def visit(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    words.update(f"{name}:" for name in value)
                if key == "enum" and isinstance(value, list):
                    words.update(item for item in value if isinstance(item, str))
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    schemas = os.path.join(ROOT, "schemas")
    for name in sorted(os.listdir(schemas)):
        with open(os.path.join(schemas, name), encoding="utf-8") as stream:
            visit(json.load(stream))
    return sorted(words)


def write_dictionary(path):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# libFuzzer dictionary, written by fuzz/make_corpus.py: schema words and YAML tokens.\n")
        for word in schema_words():
            out.write(f'"{word}"\n')
        for token in YAML_TOKENS:
            out.write(f'"{token}"\n')


def main():
    write_dictionary(os.path.join(ROOT, "fuzz", "hok.dict"))
    corpus = os.path.join(ROOT, "fuzz", "corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    single = os.path.join(corpus, "fuzz_read_source")
    whole = os.path.join(corpus, "fuzz_registry")
    os.makedirs(single)
    os.makedirs(whole)
    seen_single, seen_whole = set(), set()
    for registry in registries():
        label = os.path.relpath(registry, ROOT).replace(os.sep, "_")
        with open(os.path.join(registry, "hok.yaml"), "rb") as source:
            settings = source.read()
        write(single, f"{label}_hok", bytes([0]) + settings, seen_single)
        found = records(registry)
        for kind, data in found:
            write(single, f"{label}_{KINDS[kind]}", bytes([kind + 1]) + data, seen_single)
        for start in range(0, max(1, len(found)), RECORDS_PER_SEED):
            seed = settings
            for kind, data in found[start:start + RECORDS_PER_SEED]:
                seed += b"\0" + bytes([kind]) + data
            if len(seed) <= MAX_SEED:
                write(whole, f"{label}_{start // RECORDS_PER_SEED}", seed, seen_whole)
    for directory in (single, whole):
        print(f"{os.path.relpath(directory, ROOT)}: {len(os.listdir(directory))} seeds")


if __name__ == "__main__":
    main()
