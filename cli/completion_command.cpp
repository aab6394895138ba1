#include <iostream>

#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "help_text.hpp"
#include "model/records.hpp"
#include "registry_options.hpp"
#include "render/completion_script.hpp"

namespace hok::cli {

namespace {

struct CompletionOptions {
  std::string shell;
  std::string output;
};

// "TEXT:{text,json,github}" (an IsMember check) → the words.
std::vector<std::string> choices_of(const CLI::Option& option) {
  std::string type = option.get_type_name();
  std::size_t open = type.find('{');
  std::size_t close = type.find('}', open);
  std::vector<std::string> words;
  if (open == std::string::npos || close == std::string::npos) return words;
  std::string list = type.substr(open + 1, close - open - 1);
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string word = list.substr(start, end - start);
    while (!word.empty() && word.front() == ' ') word.erase(0, 1);
    while (!word.empty() && word.back() == ' ') word.pop_back();
    if (!word.empty()) words.push_back(word);
    start = end + 1;
  }
  return words;
}

std::vector<std::string> kind_words(bool with_settings) {
  std::vector<std::string> words;
  for (Kind kind : all_kinds()) words.push_back(kind_directory(kind));
  if (with_settings) words.push_back("hok");
  return words;
}

CompletionOption option_model(const CLI::Option& option) {
  CompletionOption model;
  for (const std::string& name : option.get_snames()) model.names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) model.names.push_back("--" + name);
  model.description = option.get_description();
  model.takes_value = option.get_items_expected_max() > 0;
  if (!model.takes_value) return model;
  model.words = choices_of(option);
  const std::string& name = model.names.back();
  if (!model.words.empty()) model.value_kind = ValueKind::Words;
  else if (name == "--directory") model.value_kind = ValueKind::Directory;
  else if (name == "--output" || name == "--out") model.value_kind = ValueKind::File;
  return model;
}

CompletionPositional positional_model(const std::string& command, const CLI::Option& option) {
  CompletionPositional model;
  model.name = option.get_name(true);
  model.words = choices_of(option);
  if (!model.words.empty()) model.value_kind = ValueKind::Words;
  else if (model.name == "kind") model.value_kind = ValueKind::Words, model.words = kind_words(command == "schema");
  else if (model.name == "path") model.value_kind = ValueKind::File;
  else if (model.name == "dir" || model.name == "directory" || model.name == "out") model.value_kind = ValueKind::Directory;
  return model;
}

// The command line as hok's CLI11 app declares it: every subcommand, its options and positionals.
CompletionModel read_model(CLI::App& app) {
  CompletionModel model;
  for (const CLI::Option* option : app.get_options()) {
    if (option->nonpositional()) model.global_options.push_back(option_model(*option));
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    CompletionCommand command{sub->get_name(), sub->get_description(), {}, {}};
    for (const CLI::Option* option : sub->get_options()) {
      if (option->nonpositional()) command.options.push_back(option_model(*option));
      else command.positionals.push_back(positional_model(command.name, *option));
    }
    model.commands.push_back(std::move(command));
  }
  return model;
}

int run_completion(CLI::App& app, const CompletionOptions& options) {
  CompletionModel model = read_model(app);
  std::string script = options.shell == "zsh"    ? render_zsh_completion(model)
                       : options.shell == "fish" ? render_fish_completion(model)
                                                 : render_bash_completion(model);
  write_to_output(options.output, script);
  return 0;
}

const CommandRegistration completion_registration{{"completion", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<CompletionOptions>();
  CLI::App* command = app.add_subcommand("completion", help_text("help.completion"));
  command->add_option("shell", options->shell, help_text("help.completion.shell"))
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command->add_option("--output", options->output, help_text("help.completion.output"));
  CLI::App* root = &app;
  return [root, options] { return run_completion(*root, *options); };
}}};

}  // namespace

}  // namespace hok::cli
