#include <iostream>

#include "app/registry_init.hpp"
#include "command_registry.hpp"
#include "core/finding_catalog.hpp"
#include "registry_options.hpp"

namespace hok::cli {

namespace {

struct InitCommandOptions {
  std::string directory;
  std::string name;
  std::string language;
};

int run_init(const InitCommandOptions& options) {
  // Its refusals too are in the new registry's language unless --lang says otherwise.
  choose_run_language(options.language.empty() ? "sv" : options.language, !options.language.empty());
  std::vector<std::string> written = init_registry(options.directory, InitOptions{options.name});
  // The new registry's language (hok.yaml says `language: sv`) unless --lang says otherwise.
  const FindingCatalog& catalog = *FindingCatalog::find(options.language.empty() ? "sv" : options.language);
  std::cout << catalog.render(plural("init.created", static_cast<long long>(written.size()),
                                     {{"folder", options.directory}}))
            << "\n"
            << catalog.render(message("init.contents")) << "\n"
            << catalog.render(message("init.next", {{"folder", options.directory}})) << "\n";
  return 0;
}

const CommandRegistration init_registration{{"init", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<InitCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "init",
      "Create a new registry in an empty folder: hok.yaml, the kind folders, an editors' guide in Swedish, "
      "a CI workflow, editor settings and schemas. Never overwrites.\nExample: hok init samverkan --name "
      "\"Vård i samverkan\"");
  command->add_option("dir", options->directory, "the folder to create (it must be new or empty)")->required();
  command->add_option("--name", options->name, "the registry's name in hok.yaml (default: the folder's name)");
  add_language_option(command, options->language, "language of what it prints", "sv, the new registry's language");
  return [options] { return run_init(*options); };
}}};

}  // namespace

}  // namespace hok::cli
