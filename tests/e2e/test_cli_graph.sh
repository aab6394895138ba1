#!/usr/bin/env bash
# `hok graph`: DOT and Mermaid of reports_to and agreement ownership on the real registry; node ids
# are the record ids; Graphviz accepts the DOT when it is installed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

"$hok" graph "$source_dir/data" > "$work/g.dot"; code=$?
[ $code -eq 0 ] && pass "dot: exit 0" || fail "dot: exit $code"
grep -q '^digraph hok {$' "$work/g.dot" && pass "a digraph" || fail "no digraph"
# data/ is a Swedish registry (language: sv): the edges' words are Swedish, unless --lang says otherwise.
grep -q '^  "samrad-barn-unga" -> "vis-tjanstestyrgrupp" \[label="rapporterar till"\];$' "$work/g.dot" \
  && pass "reports_to edge" || fail "reports_to edge"
grep -q '^  "bus" -> "samrad-barn-unga" \[label="ägs av", style=dashed\];$' "$work/g.dot" \
  && pass "ownership edge" || fail "ownership edge"
"$hok" graph "$source_dir/data" --lang en > "$work/g-en.dot"
grep -q '^  "samrad-barn-unga" -> "vis-tjanstestyrgrupp" \[label="reports to"\];$' "$work/g-en.dot" \
  && grep -q '^  "bus" -> "samrad-barn-unga" \[label="owned by", style=dashed\];$' "$work/g-en.dot" \
  && grep -q '^// The governance structure' "$work/g-en.dot" && pass "--lang en: the edges' words in English" \
  || fail "--lang en: $(head -3 "$work/g-en.dot")"
groups=$(ls "$source_dir/data/groups" | wc -l)
agreements=$(ls "$source_dir/data/agreements" | wc -l)
nodes=$(grep -c '^  "[a-z0-9-]*" \[label=' "$work/g.dot")
[ "$nodes" -eq $((groups + agreements)) ] && pass "one node per group and agreement ($nodes)" || fail "nodes: $nodes"
if grep -v '^//' "$work/g.dot" | grep -o '"[^"]*" \[label\|"[^"]*" -> "[^"]*"' | grep -o '"[^"]*"' | grep -qv '^"[a-z0-9-]*"$'; then
  fail "a node id outside [a-z0-9-]"
else
  pass "node ids are record ids"
fi
if command -v dot >/dev/null; then
  dot -Tsvg "$work/g.dot" > "$work/g.svg" && pass "Graphviz renders it" || fail "dot -Tsvg failed"
else
  echo "skip: Graphviz not installed"
fi

"$hok" graph -C "$source_dir/data" --format mermaid --output "$work/g.mmd"; code=$?
[ $code -eq 0 ] && head -1 "$work/g.mmd" | grep -q '^flowchart BT$' && pass "mermaid to a file" || fail "mermaid: $code"
grep -q '^  samrad-barn-unga -->|rapporterar till| vis-tjanstestyrgrupp$' "$work/g.mmd" && pass "mermaid edge" || fail "mermaid edge"
grep -q '^  aldre-psykisk-sjukdom(\[".* #38; .*"\])$' "$work/g.mmd" && pass "mermaid escapes &" || fail "mermaid &"

out=$("$hok" graph "$source_dir/data" --format svg 2>&1); code=$?
[ $code -eq 2 ] && pass "unknown format: exit 2" || fail "unknown format: $code"

finish
