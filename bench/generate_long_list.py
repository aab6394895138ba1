#!/usr/bin/python3
"""Writes a small valid registry with one agreement whose `parties` list is very long, for the
uniqueness benchmark of issue 23 (point 8): hok checks `uniqueItems` itself, in one pass with a
hash map, where valijson compared every entry with every other (5,000 entries: 17.5 s and 2.6 GB;
10,000: bad_alloc).

    bench/generate_long_list.py --entries 100000 --distinct 1000 --out /tmp/hok-bench/list100k
    /usr/bin/time -v build/hok validate /tmp/hok-bench/list100k

With `--flow` the list is written in flow style on one line, `parties: [m0, m1, …]` (a pasted
list from a spreadsheet looks like this): the reader then maps 100,000 values to columns on one
line of 589 kB, which was quadratic in the line's length until the reader counted columns on from
the previous value (docs/performance.md, "A list of 100,000 entries").

With `--unknown` every entry is a distinct id that names no record (`u0`, `u1`, …), as when a list
of ids is pasted from elsewhere: each entry is then an unresolved-reference finding with a
did-you-mean hint looked for among the `--distinct` municipalities, and with `--flow` all of them
point into one line (docs/performance.md, "Many unknown ids").

Otherwise the parties cycle over `--distinct` municipality ids that all exist, so every reference resolves
and the only findings are the repeated entries (ten named, one counting the rest). Entries are short (`- m12345`) so
that 100,000 of them stay under hok's 1 MiB file limit. Deterministic; standard library only.
"""
import argparse
import os
import shutil


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=100000, help="length of the parties list")
    parser.add_argument("--distinct", type=int, default=1000,
                        help="distinct ids in the list, at most 9999 (also the number of municipality files, "
                             "each with its own SCB code)")
    parser.add_argument("--flow", action="store_true",
                        help="write the list in flow style on one line: parties: [m0, m1, ...]")
    parser.add_argument("--out", required=True, help="the folder to write (replaced if it exists)")
    parser.add_argument("--unknown", action="store_true",
                        help="every entry a distinct id that names no record (u0, u1, ...)")
    args = parser.parse_args()
    if args.distinct < 2 or args.distinct > min(args.entries, 9999):
        parser.error("--distinct must be between 2 and --entries (and at most 9999)")

    shutil.rmtree(args.out, ignore_errors=True)
    for kind in ("agreements", "municipalities", "subregions"):
        os.makedirs(os.path.join(args.out, kind))
    with open(os.path.join(args.out, "hok.yaml"), "w", encoding="utf-8") as out:
        out.write("hok: 1\nname: \"Långa listor\"\nlanguage: en\n")
    with open(os.path.join(args.out, "subregions", "s.yaml"), "w", encoding="utf-8") as out:
        out.write("id: s\nname: \"Delregion\"\n")
    for i in range(args.distinct):
        with open(os.path.join(args.out, "municipalities", f"m{i}.yaml"), "w", encoding="utf-8") as out:
            out.write(f"id: m{i}\nname: \"Kommun {i}\"\ncode: \"{i + 1:04d}\"\nsubregion: s\n")
    lines = ["id: lista", "title: \"Överenskommelse med lång partslista\"", "type: agreement",
             "status: draft"]
    entries = [f"u{i}" if args.unknown else f"m{i % args.distinct}" for i in range(args.entries)]
    if args.flow:
        lines.append("parties: [" + ", ".join(entries) + "]")
    else:
        lines.append("parties:")
        lines += [f"  - {entry}" for entry in entries]
    with open(os.path.join(args.out, "agreements", "lista.yaml"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    size = os.path.getsize(os.path.join(args.out, "agreements", "lista.yaml"))
    style = "flow style, one line" if args.flow else "block style"
    what = "all unknown" if args.unknown else f"{args.distinct} distinct"
    print(f"wrote {args.out}: a list of {args.entries} entries ({what}, {style}), {size} bytes")


if __name__ == "__main__":
    main()
