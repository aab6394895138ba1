#!/usr/bin/env bash
# `hok completion bash|zsh|fish` and `hok --version`: the bash script completes commands, option
# values, kinds for `new`; zsh and fish scripts parse when those shells are installed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

version=$("$hok" --version); code=$?
[ $code -eq 0 ] && [ -n "$version" ] && pass "--version prints '$version'" || fail "--version: $code"
if git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  commit=$(git -C "$source_dir" rev-parse --short=7 HEAD)
  grep -q "$commit\|^v\?[0-9]" <<<"$version" && pass "version comes from git describe" || fail "version $version vs $commit"
fi

"$hok" completion bash > "$work/hok.bash" && bash -n "$work/hok.bash" && pass "bash script parses" || fail "bash script"
complete_words() {  # the words bash would offer for the command line "$@" (the last word is being typed)
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
    _hok
    printf "%s\n" "${COMPREPLY[@]}"' _ "$work/hok.bash" "$@"
}
words=$(complete_words hok "")
for command in validate gaps show graph init new mv completion schema; do
  grep -qx "$command" <<<"$words" || fail "command $command not offered"
done
pass "commands offered"
[ "$(complete_words hok va)" = "validate" ] && pass "prefix completes a command" || fail "prefix"
[ "$(complete_words hok validate --format s)" = "sarif" ] && pass "--format values" || fail "format: $(complete_words hok validate --format s)"
[ "$(complete_words hok mv --dr)" = "--dry-run" ] && pass "mv options" || fail "mv: $(complete_words hok mv --dr)"
[ "$(complete_words hok new gr)" = "groups" ] && pass "kinds for new" || fail "kinds: $(complete_words hok new gr)"
[ -z "$(complete_words hok new groups "")" ] && pass "nothing offered for the id" || fail "id position"
[ "$(complete_words hok new --set x=y agr)" = "agreements" ] && pass "options with values are skipped when counting" \
  || fail "counting: $(complete_words hok new --set x=y agr)"
grep -qx -- "--fail-on" <<<"$(complete_words hok validate --fa)" && pass "options of a command" || fail "options"
[ "$(complete_words hok completion z)" = "zsh" ] && pass "shells" || fail "shells"
(cd "$work" && mkdir -p regdir && complete_words hok validate -C reg) | grep -qx "regdir" && pass "-C completes folders" \
  || fail "-C folders"

"$hok" completion zsh > "$work/_hok" && grep -q "^#compdef hok" "$work/_hok" && pass "zsh script" || fail "zsh script"
if command -v zsh >/dev/null; then
  zsh -n "$work/_hok" && pass "zsh script parses" || fail "zsh -n"
else
  echo "skip: zsh not installed"
fi
"$hok" completion fish > "$work/hok.fish" && grep -q "^complete -c hok -n __fish_use_subcommand -a validate" "$work/hok.fish" \
  && pass "fish script" || fail "fish script"
if command -v fish >/dev/null; then
  fish -n "$work/hok.fish" && pass "fish script parses" || fail "fish -n"
else
  echo "skip: fish not installed"
fi
"$hok" completion bash --output "$work/out.bash" && cmp -s "$work/out.bash" "$work/hok.bash" && pass "--output" || fail "--output"
out=$("$hok" completion tcsh 2>&1); code=$?
[ $code -eq 2 ] && pass "unknown shell: exit 2" || fail "tcsh: $code"

finish
