#pragma once
// Subcommands register themselves (one static CommandRegistration in each cli/*_command.cpp), so
// adding a command never edits a shared file. main() builds the CLI11 app from this list.
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hok::cli {

// A subcommand: `add` declares its options on the app and returns the run function, which
// executes it and returns the exit code (0 fine, 1 findings at the failing level, 2 cannot run).
struct CommandSpec {
  std::string name;
  std::function<std::function<int()>(CLI::App& app)> add;
};

std::vector<CommandSpec>& command_list();

struct CommandRegistration {
  explicit CommandRegistration(CommandSpec spec) { command_list().push_back(std::move(spec)); }
};

// True when stdout is a terminal and NO_COLOR is not set.
bool use_color();

}  // namespace hok::cli
