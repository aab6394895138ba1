#!/usr/bin/env python3
"""Reader's words only: fails on any tool word in a rendered annual report.

Usage: report_words.py LANG REGISTRY REPORT...   (REPORT: .html or .md)

The report is read as its reader reads it: for HTML the text a browser shows (tags, the
stylesheet and attributes left out), for Markdown the text with its HTML tags left out. Each
forbidden term found is printed with its context, and the exit code is 1. A link's address is
not read, in HTML (an attribute) or in Markdown.
"""
import html.parser
import pathlib
import re
import sys

# Terms no reader of the report should meet: commands, files, formats, version control, rule
# codes, field names and the seed documents' file names (readers.md, "Rules for reader-facing
# text"). Matched case-insensitively unless the pattern says otherwise.
FORBIDDEN = [
    (r"(?-i:\bhok\b)", "the command's name"),
    (r"\bhok gaps\b|\bvalidate\b|\bkommandot?\b|\bthe command\b", "a command"),
    (r"hok\.yaml|\.ya?ml\b|\byaml\b", "a file or the format"),
    (r"\bgit\b|git-|\bcommit|incheckning|\bförråd", "version control"),
    (r"(?-i:\b[EGW]0\d\d\b)", "a rule code"),
    (r"(?-i:\b[a-z]+_[a-z_]+\b)", "a field name"),
    (r"\bseed\b|\b00\d\b", "a seed file's name"),
    (r"\bpost-id\b|\bposte(n|r|rna|rnas)\b|\bpost för post\b", "'post' for a record"),
    (r"\brecords?\b", "'record' for an entry of the registry"),
]
# English field names that are no Swedish words: forbidden in the Swedish report only.
FORBIDDEN_SV = [
    (r"(?-i:\b(owner|parties|holder|subject|reports to|members|seats|kind)\b)", "an English field name"),
]


class VisibleText(html.parser.HTMLParser):
    """The text a browser shows: no <style>, no <script>, no attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.hidden += 1
        if tag in ("p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "br", "div", "summary", "desc", "text"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.hidden -= 1
        if tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(text)
        return "".join(parser.parts)
    # A link's address is not read (as an href is not in HTML): "[Riktlinje](https://…/hok/…)".
    text = re.sub(r"\]\((?:[^()\s\\]|\\.)*\)", "]", text)
    return re.sub(r"<[^>]*>", " ", text)


def registry_ids(registry):
    """The ids of the registry's records that cannot be ordinary words (they hold - or _)."""
    ids = set()
    for path in pathlib.Path(registry).glob("*/*.yaml"):
        if "-" in path.stem or "_" in path.stem:
            ids.add(path.stem)
    for path in pathlib.Path(registry).glob("*/*/*.yaml"):
        if "-" in path.stem or "_" in path.stem:
            ids.add(path.stem)
    return ids


def main():
    language, registry, reports = sys.argv[1], sys.argv[2], sys.argv[3:]
    patterns = FORBIDDEN + (FORBIDDEN_SV if language == "sv" else [])
    ids = registry_ids(registry)
    found = 0
    for report in reports:
        text = visible_text(pathlib.Path(report))
        for number, line in enumerate(text.splitlines(), 1):
            for pattern, what in patterns:
                for match in re.finditer(pattern, line, re.IGNORECASE):
                    found += 1
                    start = max(0, match.start() - 50)
                    print(f"{report}: {what}: '{match.group(0)}' in …{line[start:match.end() + 50].strip()}…")
            for word in re.findall(r"[a-z0-9]+(?:[-_][a-z0-9]+)+", line):
                if word in ids:
                    found += 1
                    print(f"{report}: a record's id: '{word}' in …{line.strip()[:120]}…")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
