#pragma once
// One function pair per subcommand: `add_*` declares its options on the CLI11 app, `run_*`
// executes it and returns the exit code (0 fine, 1 findings at the failing level, 2 cannot run).
#include <CLI/CLI.hpp>

#include <string>

namespace hok::cli {

struct ValidateOptions {
  std::string path = ".";
  std::string directory;
  std::string format = "text";
  std::string fail_on = "error";
  std::string output;
  unsigned threads = 0;
};
CLI::App* add_validate(CLI::App& app, ValidateOptions& options);
int run_validate(const ValidateOptions& options);

struct SchemaOptions {
  std::string kind;
};
CLI::App* add_schema(CLI::App& app, SchemaOptions& options);
int run_schema(const SchemaOptions& options);

// True when stdout is a terminal and NO_COLOR is not set.
bool use_color();

}  // namespace hok::cli
