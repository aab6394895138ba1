#!/usr/bin/python3
"""Turns bench/run.sh's results.jsonl into the Markdown tables of docs/performance.md.

    bench/report.py RESULTS.jsonl > results.md
"""
import json
import sys


def load(path):
    trees, rows, machine, extra = {}, [], {}, {}
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if "files" in record:
                trees[record["tree"]] = record
            elif record.get("machine"):
                machine = record
            elif "label" in record:
                rows.append(record)
            else:
                extra.update(record)
    return trees, rows, machine, extra


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def find(rows, label, tree):
    for row in rows:
        if row["label"] == label and row["tree"] == tree and "median_s" in row:
            return row
    return None


def main():
    trees, rows, machine, extra = load(sys.argv[1])
    order = sorted(trees, key=lambda name: trees[name]["regions"])
    labels = []
    for row in rows:
        if row["label"] not in labels:
            labels.append(row["label"])

    print(f"Machine: {machine.get('model', '?')}, {machine.get('nproc', '?')} cores (`nproc`), "
          f"{machine.get('memory', '?')} RAM. Date: {machine.get('date', '?')}; hok {machine.get('hok_commit', '?')}. "
          f"Load average before/after: {machine.get('load_before', '?')} / {extra.get('load_after', '?')}. "
          f"{machine.get('runs', '?')} timed runs per cell after one warm-up.\n")
    header = "| command | " + " | ".join(
        f"{name}: {trees[name]['files']} files, {trees[name]['bytes'] / 1e6:.2f} MB" for name in order) + " |"
    print("Wall clock, median [min–max]:\n")
    print(header)
    print("|---|" + "---|" * len(order))
    for label in labels:
        cells = []
        for name in order:
            row = find(rows, label, name)
            failed = next((r for r in rows if r["label"] == label and r["tree"] == name and "failed" in r), None)
            if row:
                cells.append(f"{seconds(row['median_s'])} [{seconds(row['min_s'])}–{seconds(row['max_s'])}]")
            else:
                cells.append(f"failed (exit {failed['failed']})" if failed else "—")
        print(f"| {label} | " + " | ".join(cells) + " |")

    print("\nPeak memory (max RSS of the largest process) and CPU time (user + system, median):\n")
    print("| command | " + " | ".join(order) + " |")
    print("|---|" + "---|" * len(order))
    for label in labels:
        cells = []
        for name in order:
            row = find(rows, label, name)
            cells.append(f"{row['rss_kb'] / 1024:.0f} MiB, cpu {seconds(row['cpu_s'])}" if row else "—")
        print(f"| {label} | " + " | ".join(cells) + " |")

    largest = order[-1]
    validate = find(rows, "hok validate (all cores)", largest)
    floor = find(rows, "yaml-cpp parse floor (all cores)", largest)
    ajv = find(rows, "ajv-cli, schema only (all cores)", largest)
    print(f"\nTargets on {largest}:\n")
    if validate and floor:
        ratio = validate["median_s"] / floor["median_s"]
        print(f"- hok validate / parse floor (all cores): {ratio:.2f}× (target ≤ 1.5×: {'met' if ratio <= 1.5 else 'NOT met'})")
    if validate and ajv:
        ratio = ajv["median_s"] / validate["median_s"]
        print(f"- ajv-cli / hok validate: {ratio:.1f}× (target ≥ 2×: {'met' if ratio >= 2 else 'NOT met'})")
    if validate:
        ratio = validate["rss_kb"] * 1024 / trees[largest]["bytes"]
        print(f"- hok validate peak memory / YAML bytes: {ratio:.1f}× (target < 20×: {'met' if ratio < 20 else 'NOT met'})")
    base = order[0]
    for label in ("hok validate (all cores)", "hok validate --threads 1", "hok gaps"):
        per_file = []
        for name in order:
            row = find(rows, label, name)
            if row:
                per_file.append(f"{name} {row['median_s'] / trees[name]['files'] * 1e6:.0f} µs")
        if per_file:
            print(f"- {label}, wall clock per file: " + ", ".join(per_file))
    del base


if __name__ == "__main__":
    main()
