// hok: the command line. Parses options, calls the library, maps the result to an exit code.
#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "core/spelling.hpp"
#include "load/registry_loader.hpp"

#ifndef HOK_VERSION
#define HOK_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  CLI::App app{"hok — the registry of the health-and-care collaboration (HÖK) between Region Stockholm "
               "and the county's municipalities, kept as YAML in git.\n"
               "Example: hok validate data"};
  app.set_version_flag("--version", HOK_VERSION);
  app.require_subcommand(1);
  hok::cli::ValidateOptions validate_options;
  hok::cli::SchemaOptions schema_options;
  CLI::App* validate = hok::cli::add_validate(app, validate_options);
  CLI::App* schema = hok::cli::add_schema(app, schema_options);

  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
    std::string given = argv[1];
    if (std::find(names.begin(), names.end(), given) == names.end()) {
      std::cerr << "hok: error: unknown command '" << given << "'";
      if (auto near = hok::nearest_match(given, names)) std::cerr << "; did you mean '" << *near << "'?";
      std::cerr << "\nRun 'hok --help' for the list of commands.\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  try {
    if (validate->parsed()) return hok::cli::run_validate(validate_options);
    if (schema->parsed()) return hok::cli::run_schema(schema_options);
  } catch (const hok::HokError& error) {
    std::cerr << "hok: error: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "hok: error: " << error.what() << "\n";
    return 2;
  }
  return 2;
}
