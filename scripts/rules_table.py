#!/usr/bin/env python3
"""docs/rules.md's two tables of rules, produced from rules/<code>.json (each rule stated once).

  scripts/rules_table.py          rewrite the tables in docs/rules.md
  scripts/rules_table.py --check  exit 1, saying which rule differs, when docs/rules.md is not
                                  what the rule files give (a ctest runs this)
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "rules.md"
HEADER = "| code | name | default | finds |\n|---|---|---|---|\n"


def rules():
    found = []
    for path in sorted((ROOT / "rules").glob("*.json")):
        rule = json.loads(path.read_text(encoding="utf-8"))
        if rule.get("code") != path.stem:
            sys.exit(f"{path}: code {rule.get('code')!r} is not the file's name")
        found.append(rule)
    return found


def table(letter):
    rows = [f"| {r['code']} | {r['name']} | {r['severity']} | {r['finds']} |\n" for r in rules() if r["code"][0] == letter]
    return HEADER + "".join(rows)


def render(text):
    for letter in ("E", "G"):
        begin = f"<!-- rules {letter}: produced from rules/{letter}*.json by scripts/rules_table.py; edit those files -->\n"
        end = f"<!-- end of rules {letter} -->\n"
        pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            sys.exit(f"{DOC}: the markers of the {letter} table are missing:\n{begin}{end}")
        text = pattern.sub(lambda _: begin + table(letter) + end, text)
    return text


def main():
    text = DOC.read_text(encoding="utf-8")
    wanted = render(text)
    if "--check" in sys.argv[1:]:
        if wanted == text:
            return 0
        have = {l.split(" | ")[0][2:]: l for l in text.splitlines() if re.match(r"\| [EG]\d{3} \|", l)}
        for line in wanted.splitlines():
            code = line.split(" | ")[0][2:] if re.match(r"\| [EG]\d{3} \|", line) else None
            if code and have.get(code) != line:
                print(f"docs/rules.md: {code} differs from rules/{code}.json:\n  doc:   {have.get(code)}\n  rules: {line}")
        print("docs/rules.md is not what rules/*.json give: run scripts/rules_table.py")
        return 1
    DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
