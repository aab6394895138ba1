#!/usr/bin/env bash
# The portal's change links (hok.yaml's `repository`, docs/digest.md "Change from the portal"):
# for each host kind, the digest of a copy of data/ with the setting has one "Ändra i registret"
# link per record page, to the host's editor on exactly that record's file; and every "Åtgärda"
# link (the host's new-file page) carries a file name and a text that, saved as that file in a
# fresh copy of data/, validate with only the fields left to fill reported — one
# "error[E004] … är tomt" per file: `holder` for a coordinating function, `date` for a follow-up.
# Filled in, Nacka's KSA closes Nacka's missing KSA. Without the setting, no link leads to a host.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# Copies data/ into $1 (a folder named data inside it) and adds the repository setting $2 (YAML
# lines, indented) to hok.yaml; without $2 the copy is unchanged.
registry_copy() {
  mkdir -p "$1"
  cp -r "$source_dir/data" "$1/data"
  if [ -n "${2:-}" ]; then printf 'repository:\n%s\n' "$2" >> "$1/data/hok.yaml"; fi
}

# Reads every page of the site $1 and writes, under $3, each file an "Åtgärda" link proposes.
# $2: the host kind. Prints problems as "FAIL …" lines and a summary line "files N edits M".
collect_links() {
  "$python" - "$1" "$2" "$3" "$source_dir/data" <<'PY'
import os, sys, urllib.parse
from html.parser import HTMLParser
site, host, out, data = sys.argv[1:5]
base = "https://git.example.org/region/registret"

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.href, self.text = [], None, ""
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.href, self.text = dict(attrs).get("href", ""), ""
    def handle_data(self, data):
        if self.href is not None:
            self.text += data
    def handle_endtag(self, tag):
        if tag == "a" and self.href is not None:
            self.links.append((self.href, self.text))
            self.href = None

problems, files, edits = [], {}, 0
for folder, _, names in os.walk(site):
    for name in names:
        if not name.endswith(".html"):
            continue
        page = os.path.join(folder, name)
        relative = os.path.relpath(page, site)
        parser = Links()
        parser.feed(open(page, encoding="utf-8").read())
        kind = relative.split("/")[0]
        is_record = "/" in relative and name != "index.html"
        page_edits = []
        for href, text in parser.links:
            if not href.startswith(base):
                continue
            url = urllib.parse.urlsplit(href)
            query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            path = url.path[len(urllib.parse.urlsplit(base).path):]
            edit = {"github": "/edit/main/", "gitlab": "/-/edit/main/", "forgejo": "/_edit/main/"}[host]
            if path.startswith(edit) and (text.startswith("Åtgärda: ") or text.startswith("ändra ")):
                continue  # a gap closed by editing a record (a function not active): not the page's own
            if path.startswith(edit):
                file = urllib.parse.unquote(path[len(edit):])
                if not file.startswith("data/"):
                    problems.append(f"{relative}: an edit link outside the registry's folder: {file}")
                page_edits.append(file[len("data/"):])
                if "(öppnas hos " not in text:
                    problems.append(f"{relative}: the edit link does not say it opens the host: {text!r}")
                continue
            if host == "github" and path == "/new/main":
                file, content = query["filename"][0], query["value"][0]
            elif host == "gitlab" and path.startswith("/-/new/main/"):
                file = urllib.parse.unquote(path[len("/-/new/main/"):]) + "/" + query["file_name"][0]
                content = query["content"][0]
            elif host == "forgejo" and path == "/_new/main/":
                file, content = query["filename"][0], query["value"][0]
            else:
                problems.append(f"{relative}: a link to the host of an unknown shape: {href}")
                continue
            # On an area's page the link says it all; on the start page the line says "Åtgärda hos
            # GitHub:" and names the area or agreement, and the link what it proposes.
            long_form = text.startswith("Åtgärda: ") and "(öppnas hos " in text
            short_form = relative == "index.html" and text in ("föreslå en KSA", "föreslå en GSA",
                                                               "registrera en uppföljning")
            if not (long_form or short_form):
                problems.append(f"{relative}: the fix link does not say what it does: {text!r}")
            if not file.startswith("data/"):
                problems.append(f"{relative}: a proposed file outside the registry's folder: {file}")
                continue
            file = file[len("data/"):]
            if file in files and files[file] != content:
                problems.append(f"{relative}: two different texts proposed for {file}")
            files[file] = content
        if is_record:
            # The record's own file: under its kind's folder (perhaps a sub-folder), named by its id.
            stem = os.path.splitext(name)[0]
            if len(page_edits) != 1:
                problems.append(f"{relative}: {len(page_edits)} edit links")
            elif not (page_edits[0].startswith(kind + "/") and page_edits[0].endswith("/" + stem + ".yaml")):
                problems.append(f"{relative}: the edit link names another record's file: {page_edits[0]}")
            elif not os.path.isfile(os.path.join(data, page_edits[0])):
                problems.append(f"{relative}: the edit link names a file data/ does not have: {page_edits[0]}")
            edits += len(page_edits)
        elif page_edits:
            problems.append(f"{relative}: a list or the start page has an edit link")
for file, content in files.items():
    target = os.path.join(out, file)
    if os.path.exists(target):
        problems.append(f"a proposed file already exists in the registry: {file}")
        continue
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(content)
for problem in problems:
    print("FAIL", problem)
print("files", len(files), "edits", edits)
for file in sorted(files):
    print("file", file)
PY
}

for host in github gitlab forgejo; do
  registry_copy "$work/$host" "  host: $host
  url: https://git.example.org/region/registret/
  branch: main
  path: data"
  if ! "$hok" validate "$work/$host/data" > "$work/$host.validate" 2>&1; then
    fail "$host: data/ with the repository setting does not validate: $(head -5 "$work/$host.validate")"
    continue
  fi
  "$hok" digest "$work/$host/data" --out "$work/$host-site" --as-of 2026-12-01 2> /dev/null ||
    { fail "$host: hok digest failed"; continue; }
  registry_copy "$work/$host-proposed"
  collect_links "$work/$host-site" "$host" "$work/$host-proposed/data" > "$work/$host.links"
  if grep -q '^FAIL' "$work/$host.links"; then
    fail "$host: $(grep '^FAIL' "$work/$host.links" | head -5)"
  fi
  files=$(awk '/^files /{print $2}' "$work/$host.links")
  edits=$(awk '/^files /{print $4}' "$work/$host.links")
  records=$(find "$work/$host-site" -mindepth 2 -name '*.html' ! -name index.html | wc -l)
  [ "$edits" = "$records" ] && pass "$host: one edit link on each of the $records record pages, to that record's file" ||
    fail "$host: $edits edit links on $records record pages"
  grep -q '^file functions/nacka-ksa.yaml$' "$work/$host.links" &&
    grep -q '^file functions/nacka-gsa.yaml$' "$work/$host.links" &&
    grep -q '^file followups/uppfoljning-2026-' "$work/$host.links" &&
    pass "$host: $files proposed records, Nacka's KSA and GSA and the overdue follow-ups among them" ||
    fail "$host: Nacka's KSA or GSA or a follow-up is not proposed: $(grep '^file' "$work/$host.links" | head -3)"
  # Saved into the registry, the proposals validate with only the fields to fill reported.
  "$hok" validate "$work/$host-proposed/data" --format json > "$work/$host.json" 2> /dev/null
  "$python" - "$work/$host.json" "$work/$host.links" <<'PY' > "$work/$host.check"
import json, sys
findings = json.load(open(sys.argv[1]))
files = [line.split()[1] for line in open(sys.argv[2]) if line.startswith("file ")]
expected = {file: ("date" if file.startswith("followups/") else "holder") for file in files}
seen = {}
for finding in findings:
    file = finding.get("file", "")
    ok = (finding.get("code") == "E004" and file in expected
          and finding.get("message", "").startswith(expected[file] + " "))
    if not ok:
        print("unexpected:", file, finding.get("code"), finding.get("message"))
    seen[file] = seen.get(file, 0) + 1
for file in files:
    if seen.get(file) != 1:
        print("expected one finding for", file, "got", seen.get(file, 0))
PY
  [ -s "$work/$host.check" ] && fail "$host: $(head -5 "$work/$host.check")" ||
    pass "$host: the $files proposed files validate with only their field to fill (holder, date) reported"
done

# Filled in, the proposal closes the gap: Nacka's KSA held by Nacka.
sed -i 's/^holder:$/holder: nacka/' "$work/github-proposed/data/functions/nacka-ksa.yaml"
"$hok" gaps "$work/github-proposed/data" --rule G002 --format json 2> /dev/null > "$work/g002.json"
"$hok" gaps "$work/github/data" --rule G002 --format json 2> /dev/null > "$work/g002-before.json"
grep -q '"subject": *"nacka"' "$work/g002-before.json" && ! grep -q '"subject": *"nacka"' "$work/g002.json" &&
  pass "the proposed KSA, its holder filled in, closes Nacka's missing KSA" ||
  fail "Nacka's missing KSA is not closed by the proposed record"

# Without the setting: no link to any host, and no word about it.
registry_copy "$work/plain"
"$hok" digest "$work/plain/data" --out "$work/plain-site" --as-of 2026-12-01 2> /dev/null
if grep -rqE 'Ändra i registret|Åtgärda|/edit/|/_new/|/new/main' "$work/plain-site" --include='*.html'; then
  fail "without the setting a page still has a change link: $(grep -rlE 'Ändra i registret|Åtgärda:' "$work/plain-site" | head -2)"
else
  pass "without the setting, no page links to a host or speaks of changing the registry"
fi

# The setting refuses what it cannot link to.
registry_copy "$work/bad" "  host: bitbucket
  url: ftp://git.example.org/region
  branch: main"
"$hok" validate "$work/bad/data" > "$work/bad.out" 2>&1
[ "$(grep -c 'error\[E004\]' "$work/bad.out")" = 2 ] && grep -q 'bitbucket' "$work/bad.out" && grep -q 'ftp://' "$work/bad.out" &&
  pass "an unknown host and an ftp address are each an error" ||
  fail "the repository setting's checks: $(cat "$work/bad.out" | head -8)"
finish
