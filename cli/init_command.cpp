#include <iostream>

#include "app/registry_init.hpp"
#include "command_registry.hpp"
#include "core/finding_catalog.hpp"
#include "help_text.hpp"
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
  CLI::App* command = app.add_subcommand("init", help_text("help.init"));
  command->add_option("dir", options->directory, help_text("help.init.dir"))->required();
  command->add_option("--name", options->name, help_text("help.init.name"));
  add_language_option(command, options->language, "help.lang.init", "help.lang.init_default");
  return [options] { return run_init(*options); };
}}};

}  // namespace

}  // namespace hok::cli
