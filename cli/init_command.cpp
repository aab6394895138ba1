#include <iostream>

#include "app/registry_init.hpp"
#include "command_registry.hpp"

namespace hok::cli {

namespace {

struct InitCommandOptions {
  std::string directory;
  std::string name;
};

int run_init(const InitCommandOptions& options) {
  std::vector<std::string> written = init_registry(options.directory, InitOptions{options.name});
  std::cout << "created a registry in " << options.directory << " (" << written.size() << " files):\n"
            << "  hok.yaml, README.md (the editors' guide), .github/workflows/hok.yml (CI),\n"
            << "  .editorconfig, .vscode/settings.json and .hok/schemas/ (completion in VS Code),\n"
            << "  and the ten kind folders.\n"
            << "Next: hok new groups <id> -C " << options.directory << "   then   hok validate "
            << options.directory << "\n";
  return 0;
}

const CommandRegistration registration{{"init", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<InitCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "init",
      "Create a new registry in an empty folder: hok.yaml, the kind folders, an editors' guide in Swedish, "
      "a CI workflow, editor settings and schemas. Never overwrites.\nExample: hok init samverkan --name "
      "\"Vård i samverkan\"");
  command->add_option("dir", options->directory, "the folder to create (it must be new or empty)")->required();
  command->add_option("--name", options->name, "the registry's name in hok.yaml (default: the folder's name)");
  return [options] { return run_init(*options); };
}}};

}  // namespace

}  // namespace hok::cli
