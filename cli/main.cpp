// hok: the command line. Parses options, calls the library, maps the result to an exit code.
#include <algorithm>
#include <iostream>

#include "checked_output.hpp"
#include "command_registry.hpp"
#include "core/error.hpp"
#include "core/finding_catalog.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "parse_errors.hpp"

#ifndef HOK_VERSION
#define HOK_VERSION "0.0.0"
#endif

namespace hok::cli {
std::vector<CommandSpec>& command_list() {
  static std::vector<CommandSpec> commands;
  return commands;
}
}  // namespace hok::cli

namespace {

int run_hok(int argc, char** argv) {
  // The language of the help and of the errors before the registry is read: --lang when the line
  // gives it, else the environment's (core/finding_catalog.hpp). Validators word their refusals
  // in it too. Chosen first: the commands render their help texts when they declare their options.
  if (auto language = hok::cli::language_on_line(argc, argv)) hok::choose_run_language(*language, true);
  // Named "hok", so the usage lines read "hok validate …" however it was started (./build/hok).
  CLI::App app{hok::cli::help_text("help.hok"), "hok"};
  // Before the subcommands are added: they inherit the formatter, the help flag's text and the
  // group they are listed under.
  app.formatter(hok::cli::help_formatter());
  app.set_help_flag("-h,--help", hok::cli::help_text("help.help"));
  app.set_version_flag("--version", HOK_VERSION, hok::cli::help_text("help.version"));
  app.group(hok::cli::help_text("help.label.subcommands"));
  app.require_subcommand(1);
  auto& commands = hok::cli::command_list();
  std::sort(commands.begin(), commands.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  std::vector<std::string> names;
  for (const auto& command : commands) {
    std::function<int()> run = command.add(app);
    runners.emplace_back(app.get_subcommand(command.name), std::move(run));
    names.push_back(command.name);
  }

  if (argc > 1 && argv[1][0] != '-' && std::find(names.begin(), names.end(), argv[1]) == names.end()) {
    hok::cli::report_unknown_command(argv[1], names);
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return hok::cli::report_parse_error(app, error);
  }
  try {
    for (auto& [command, run] : runners) {
      if (command->parsed()) return run();
    }
  } catch (const hok::HokError& error) {
    // In the run's language when the error carries its words (core/error.hpp).
    std::cerr << "hok: error: " << (error.words() ? hok::run_catalog().render(*error.words()) : error.what()) << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "hok: error: " << error.what() << "\n";
    return 2;
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  hok::cli::install_checked_output();
  return hok::cli::finish_output(run_hok(argc, argv));
}
