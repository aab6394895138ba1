#pragma once
// `hok completion bash|zsh|fish`: shell completion scripts written from a description of the
// command line (cli/completion_command.cpp reads it off the CLI11 app, so it never goes stale).
#include <string>
#include <vector>

namespace hok {

// What a value or positional argument completes to.
enum class ValueKind { None, Words, File, Directory };

struct CompletionOption {
  std::vector<std::string> names;  // "-C", "--directory"
  std::string description;         // one short line
  bool takes_value = false;
  ValueKind value_kind = ValueKind::None;
  std::vector<std::string> words;  // the choices, for ValueKind::Words
};

struct CompletionPositional {
  std::string name;  // "kind", "path"
  ValueKind value_kind = ValueKind::None;
  std::vector<std::string> words;
};

struct CompletionCommand {
  std::string name;
  std::string description;
  std::vector<CompletionOption> options;
  std::vector<CompletionPositional> positionals;  // in order
};

struct CompletionModel {
  std::string program = "hok";
  std::vector<CompletionOption> global_options;  // --help, --version
  std::vector<CompletionCommand> commands;
};

// A script for `source <(hok completion bash)` or bash-completion's completions folder.
std::string render_bash_completion(const CompletionModel& model);
// A `#compdef hok` function for $fpath, which also works when sourced.
std::string render_zsh_completion(const CompletionModel& model);
// `complete -c hok …` lines for fish's completions folder or `hok completion fish | source`.
std::string render_fish_completion(const CompletionModel& model);

}  // namespace hok
