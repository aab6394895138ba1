#!/usr/bin/env bash
# hok digest as a reader meets it: the site for examples/minimal and data/ in HTML and Markdown,
# every internal link resolving, nothing loaded from outside, hostile text escaped and hostile
# URLs not linked, --lang en, the Mermaid chart, and the folders hok refuses to write into.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# Checks one generated folder: internal links resolve, no external resources, accessible markup.
check_site() {
  "$python" - "$1" "$2" <<'PY'
import os, re, sys
from html.parser import HTMLParser
root, fmt = sys.argv[1], sys.argv[2]
problems = []
pages = []
for folder, _, files in os.walk(root):
    for name in files:
        if name.endswith("." + fmt):
            pages.append(os.path.join(folder, name))
assert pages, "no pages written"

def internal_target(page, href):
    href = href.split("#", 1)[0]
    if not href:
        return None
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href) or href.startswith("//"):
        return None
    return os.path.normpath(os.path.join(os.path.dirname(page), href))

class Page(HTMLParser):
    def __init__(self, path):
        super().__init__()
        self.path, self.lang, self.h1, self.ths = path, None, 0, []
        self.links, self.resources, self.ids = [], [], set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a: self.ids.add(a["id"])
        if tag == "html": self.lang = a.get("lang")
        if tag == "h1": self.h1 += 1
        if tag == "th": self.ths.append(a.get("scope"))
        if tag == "a" and "href" in a: self.links.append(a["href"])
        if tag == "link" and "href" in a: self.resources.append(a["href"]); self.links.append(a["href"])
        if tag in ("script", "img", "iframe", "audio", "video", "source") and "src" in a:
            self.resources.append(a["src"]); self.links.append(a["src"])

links = 0
anchors = 0
ids = {}
if fmt == "html":
    for page in pages:
        parser = Page(page); parser.feed(open(page, encoding="utf-8").read())
        ids[os.path.normpath(page)] = parser.ids
for page in pages:
    text = open(page, encoding="utf-8").read()
    if fmt == "html":
        parser = Page(page); parser.feed(text)
        if parser.lang not in ("sv", "en"): problems.append(f"{page}: lang={parser.lang}")
        if parser.h1 != 1: problems.append(f"{page}: {parser.h1} h1")
        if any(scope not in ("col", "row") for scope in parser.ths): problems.append(f"{page}: th without scope")
        for resource in parser.resources:
            if re.match(r"^(https?:)?//", resource, re.I): problems.append(f"{page}: external resource {resource}")
        hrefs = parser.links
    else:
        hrefs = re.findall(r"\]\(([^)\s]+)\)", text)
    for href in hrefs:
        target = internal_target(page, href)
        if target is None: continue
        links += 1
        if not os.path.isfile(target): problems.append(f"{page}: link {href} → missing {target}")
    if fmt == "html":
        for href in hrefs:
            if "#" not in href or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href): continue
            path, fragment = href.split("#", 1)
            target = os.path.normpath(page) if not path else internal_target(page, path)
            anchors += 1
            if fragment not in ids.get(target, set()): problems.append(f"{page}: anchor {href} names no id in {target}")
if fmt == "html" and not os.path.isfile(os.path.join(root, "hok.css")): problems.append("no hok.css")
if not os.path.isfile(os.path.join(root, ".hok-digest")): problems.append("no .hok-digest marker")
for p in problems[:20]: print(p)
print(f"{len(pages)} pages, {links} internal links, {anchors} anchors")
sys.exit(1 if problems or links == 0 or (fmt == "html" and anchors == 0) else 0)
PY
}

for registry in examples/minimal data; do
  for format in html md; do
    out="$work/$(basename "$registry")-$format"
    msg=$("$hok" digest "$source_dir/$registry" --format "$format" --out "$out" --as-of 2026-11-26 2>&1); code=$?
    [ $code -eq 0 ] && pass "$registry $format: exit 0" || fail "$registry $format: exit $code: $msg"
    result=$(check_site "$out" "$format") && pass "$registry $format: $result" || fail "$registry $format: $result"
  done
done

# Every record of data/ (people only with publish_contacts) has its page, in both formats.
for format in html md; do
  "$python" - "$source_dir/data" "$work/data-$format" "$format" <<'PY' && pass "data $format: every record has its page" || fail "data $format: a record without a page"
import os, sys
data, site, fmt = sys.argv[1:]
kinds = ["municipalities", "districts", "subregions", "organisations", "groups", "agreements", "functions",
         "followups", "plans"]
missing = []
records = 0
for kind in kinds:
    for folder, _, files in os.walk(os.path.join(data, kind)):
        for name in files:
            if name.endswith(".yaml"):
                records += 1
                page = os.path.join(site, kind, name[:-5] + "." + fmt)
                if not os.path.isfile(page): missing.append(page)
print(f"{records} records, {len(missing)} without a page", *missing[:5])
sys.exit(1 if missing or records == 0 else 0)
PY
done

# The same registry and as-of date give byte-identical files.
for format in html md; do
  "$hok" digest "$source_dir/data" --format "$format" --out "$work/again-$format" --as-of 2026-11-26 2>/dev/null
  diff -r "$work/data-$format" "$work/again-$format" >/dev/null && pass "data $format: generated twice, identical bytes" \
    || fail "data $format: two runs differ"
done

minimal_html="$work/minimal-html"
grep -q '<html lang="sv">' "$minimal_html/index.html" && grep -q "Nyckeltal" "$minimal_html/index.html" \
  && pass "Swedish by default" || fail "Swedish by default"
grep -q '<ul class="tree">' "$minimal_html/index.html" && pass "organisation chart as a nested list" || fail "chart list"
grep -q 'id="filter"' "$minimal_html/agreements/index.html" && grep -q "<script>" "$minimal_html/agreements/index.html" \
  && pass "list pages have the filter box" || fail "filter box"
# Record pages load only the search's three files, never an inline script or anything from outside.
scripts=$(grep -o '<script[^>]*>' "$minimal_html/agreements/hok-exempel.html" | tr '\n' ' ')
[ "$scripts" = '<script src="../minisearch.js" defer> <script src="../search-index.js" defer> <script src="../search.js" defer> ' ] \
  && pass "record pages load only the search scripts" || fail "scripts on record page: $scripts"
grep -q '^window.hokSearch = {"records":\[' "$minimal_html/search-index.js" && grep -q '"page":"municipalities/alvby.html"' "$minimal_html/search-index.js" \
  && ! grep -q '<' "$minimal_html/search-index.js" && pass "search index: every record, no raw <" || fail "search index"
grep -q "script-src 'self' file:;" "$minimal_html/agreements/hok-exempel.html" \
  && pass "record pages: scripts only from the site itself" || fail "record page CSP"
grep -q '@media print' "$minimal_html/hok.css" && pass "print stylesheet" || fail "print stylesheet"
! grep -rq "anna-andersson\|Anna Andersson" "$minimal_html" && pass "people hidden without publish_contacts" \
  || fail "people shown"
grep -q '```mermaid' "$work/minimal-md/index.md" && grep -q 'flowchart TD' "$work/minimal-md/index.md" \
  && pass "Markdown index has a Mermaid chart" || fail "mermaid"
grep -q '```mermaid' "$work/data-md/index.md" && pass "data: Mermaid chart" || fail "data mermaid"

out="$work/en"
"$hok" digest "$source_dir/examples/minimal" --lang en --out "$out" --as-of 2026-11-26 2>/dev/null
grep -q '<html lang="en">' "$out/index.html" && grep -q "Key figures" "$out/index.html" && ! grep -q "Nyckeltal" "$out/index.html" \
  && grep -q "Agreements" "$out/agreements/index.html" && pass "--lang en changes the fixed texts" || fail "--lang en"

# A hostile registry: markup in a name, a pipe and a newline in a title, URLs that try to run script.
hostile="$work/hostile"
cp -r "$source_dir/examples/minimal" "$hostile"
"$python" - "$hostile" <<'PY'
import re, sys
root = sys.argv[1]
def edit(path, old, new):
    text = open(f"{root}/{path}", encoding="utf-8").read()
    assert old in text, (path, old)
    open(f"{root}/{path}", "w", encoding="utf-8").write(text.replace(old, new, 1))
edit("organisations/ksob.yaml", 'name: "Kommunalförbundet', 'name: "<script>alert(1)</script> Kommunalförbundet')
edit("agreements/barn/barn-placerade.yaml", 'title: "Överenskommelse om', 'title: "Placerade | barn\\nny rad: Överenskommelse om')
edit("agreements/hok-exempel.yaml", 'url: "https://www.kfe.example/hok/huvudoverenskommelse.pdf"',
     'url: "https://x.example/\\"><script>alert(2)</script>"\n  - title: "Skript"\n    url: " JaVa\\tScRiPt:alert(5)"')
edit("agreements/hok-exempel.yaml", "description: >\n",
     "description: >\n  [klicka](javascript:alert(3)) <img src=x onerror=alert(4)> ![bild](https://cdn.example/x.png)\n")
text = open(f"{root}/hok.yaml", encoding="utf-8").read()
# The schema allows only http and https document URLs; the hostile one is let through to prove the
# digest does not depend on the schema for its safety.
text = text.replace("severity:\n", "severity:\n  E004: off\n", 1)
open(f"{root}/hok.yaml", "w", encoding="utf-8").write(text)
PY
for format in html md; do
  msg=$("$hok" digest "$hostile" --format "$format" --out "$work/hostile-$format" --as-of 2026-11-26 2>&1) \
    || fail "hostile $format: $msg"
done
"$python" - "$work/hostile-html" "$work/hostile-md" <<'PY' && pass "hostile text escaped, hostile URLs not linked" || fail "hostile"
import os, re, sys
html_root, md_root = sys.argv[1], sys.argv[2]
def read_all(root, ext):
    out = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(ext):
                out[os.path.join(folder, name)] = open(os.path.join(folder, name), encoding="utf-8").read()
    return out
html = read_all(html_root, ".html")
bad = []
for path, text in html.items():
    if re.search(r"<script>alert|<img|<[a-z][^>]*\son[a-z]+=", text): bad.append(f"{path}: raw markup")
    if re.search(r"href=\"\s*javascript", text, re.I): bad.append(f"{path}: javascript link")
    if "alert(2)</script>" in text: bad.append(f"{path}: document url broke out")
org = html[os.path.join(html_root, "organisations", "ksob.html")]
if "&lt;script&gt;alert(1)&lt;/script&gt; Kommunalförbundet" not in org: bad.append("ksob name not escaped as text")
agreement = html[os.path.join(html_root, "agreements", "hok-exempel.html")]
if "alert(5)" not in agreement: bad.append("javascript document url not shown as text")
if re.search(r"<a [^>]*alert\(5\)", agreement): bad.append("javascript document url linked")
if "%3Cscript%3Ealert(2)" not in agreement: bad.append("quote in document url not encoded")
md = read_all(md_root, ".md")
for path, text in md.items():
    if re.search(r"\]\(\s*javascript", text, re.I): bad.append(f"{path}: javascript link")
    if re.search(r"(?<!\\)<(script|img)", text): bad.append(f"{path}: raw markup")
    for table in re.findall(r"(?:^\|.*\|\n)+", text, re.M):
        rows = table.strip("\n").split("\n")
        counts = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        if len(counts) != 1: bad.append(f"{path}: table with uneven rows {counts}")
listing = md[os.path.join(md_root, "agreements", "index.md")]
if "Placerade \\| barn ny rad" not in listing: bad.append("pipe/newline in title not escaped in the list table")
for b in bad[:20]: print(b)
sys.exit(1 if bad else 0)
PY

# Folders hok must not write into, and a registry it must not publish.
mkdir -p "$work/precious" && echo "keep" > "$work/precious/notes.txt"
out=$("$hok" digest "$source_dir/examples/minimal" --out "$work/precious" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "mappen är inte tom" <<<"$out" && [ "$(cat "$work/precious/notes.txt")" = keep ] \
  && [ ! -e "$work/precious/index.html" ] && pass "non-empty folder without marker: exit 2, untouched" || fail "precious: $code $out"
"$hok" digest "$source_dir/examples/minimal" --out "$minimal_html" --as-of 2026-11-26 2>/dev/null \
  && pass "a folder hok wrote may be written again" || fail "rewrite"
out=$("$hok" digest "$source_dir/examples/broken" --out "$work/broken" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "registret har [0-9]* fel" <<<"$out" && [ ! -e "$work/broken/index.html" ] \
  && pass "broken registry: exit 2" || fail "broken: $code $out"
out=$("$hok" digest "$source_dir/examples/minimal" 2>&1); code=$?
[ $code -eq 2 ] && grep -q -- "--out" <<<"$out" && pass "no --out: exit 2" || fail "no out: $code"

# --templates replaces a built-in file by name.
mkdir -p "$work/templates" && echo "body { color: #123456; }" > "$work/templates/hok.css"
"$hok" digest "$source_dir/examples/minimal" --templates "$work/templates" --out "$work/custom" 2>/dev/null
grep -q "#123456" "$work/custom/hok.css" && pass "--templates replaces hok.css" || fail "--templates"
echo "x" > "$work/templates/recrod.html.mustache"
out=$("$hok" digest "$source_dir/examples/minimal" --templates "$work/templates" --out "$work/custom2" 2>&1); code=$?
[ $code -eq 2 ] && grep -q "menade du 'record.html.mustache'" <<<"$out" && pass "unknown template name: did you mean" \
  || fail "template typo: $code $out"

finish
