#!/usr/bin/python3
"""Times one command several times: wall-clock median and spread, peak memory (max RSS).

    bench/measure.py --runs 5 --label "hok validate" --tree r21 --results FILE -- CMD ARGS...

Each run goes through `/usr/bin/time -v`, whose "Maximum resident set size" is the peak RSS of
the largest single process (for a pipeline of processes, of the largest one). The wall clock is
taken around the whole run. One warm-up run first (not counted) so every measured run finds the
files in the page cache. Exit codes 0 and 1 count as a run (1: the command found something); any
other code stops the measurement and is recorded as a failure. One JSON object per measurement is
appended to FILE.
"""
import argparse
import json
import re
import statistics
import subprocess
import sys
import time


def run_once(command):
    started = time.perf_counter()
    process = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, errors="replace")
    elapsed = time.perf_counter() - started
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", process.stderr)
    rss_kb = int(match.group(1)) if match else 0
    user = re.search(r"User time \(seconds\): ([\d.]+)", process.stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", process.stderr)
    cpu = (float(user.group(1)) if user else 0.0) + (float(system.group(1)) if system else 0.0)
    return process.returncode, elapsed, rss_kb, cpu, process.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--label", required=True)
    parser.add_argument("--tree", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command and args.command[0] == "--" else args.command

    code, _, _, _, stderr = run_once(command)  # warm-up
    record = {"label": args.label, "tree": args.tree, "command": " ".join(command)}
    if code not in (0, 1):
        record["failed"] = code
        sys.stderr.write(f"measure: {args.label} on {args.tree} exited {code}:\n{stderr[-2000:]}\n")
    else:
        times, rss, cpu = [], [], []
        for _ in range(args.runs):
            code, elapsed, rss_kb, cpu_seconds, stderr = run_once(command)
            if code not in (0, 1):
                record["failed"] = code
                sys.stderr.write(f"measure: {args.label} on {args.tree} exited {code}:\n{stderr[-2000:]}\n")
                break
            times.append(elapsed)
            rss.append(rss_kb)
            cpu.append(cpu_seconds)
        if times:
            record.update({
                "runs": len(times), "median_s": statistics.median(times), "min_s": min(times),
                "max_s": max(times), "rss_kb": max(rss), "cpu_s": statistics.median(cpu),
                "exit": code,
            })
    with open(args.results, "a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if "median_s" in record:
        print(f"  {args.label:<34} {args.tree:>4}  median {record['median_s']:.3f} s  "
              f"[{record['min_s']:.3f}–{record['max_s']:.3f}]  cpu {record['cpu_s']:.2f} s  "
              f"peak {record['rss_kb'] / 1024:.1f} MiB")
    return 0 if "failed" not in record else 1


if __name__ == "__main__":
    sys.exit(main())
