#include <iostream>

#include <fmt/format.h>

#include "app/record_usage.hpp"
#include "command_registry.hpp"
#include "load/registry_loader.hpp"
#include "registry_options.hpp"
#include "render/record_renderer.hpp"

namespace hok::cli {

namespace {

struct ShowOptions {
  std::string id;
  RegistryArgs registry;
  std::string format = "text";
};

CLI::App* add_show(CLI::App& app, ShowOptions& options) {
  CLI::App* command = app.add_subcommand(
      "show",
      "One record: its fields, the records it refers to, and every record that refers to it (can I delete "
      "this?), with file:line of each reference.\nExample: hok show samrad-barn-unga data");
  command->add_option("id", options.id, "the record's id")->required();
  add_registry_options(command, options.registry);
  command->add_option("--format", options.format, "text or json")->check(CLI::IsMember({"text", "json"}));
  return command;
}

int run_show(const ShowOptions& options) {
  LoadResult load = load_registry(*open_registry(options.registry));
  const Registry& registry = *load.registry;
  std::optional<RecordUsage> usage = find_record_usage(registry, options.id);
  if (!usage) {
    std::string message = fmt::format("no record has the id '{}'", options.id);
    if (auto near = suggest_record_id(registry, options.id)) message += fmt::format("; did you mean '{}'?", *near);
    throw HokError(message);
  }
  std::cout << (options.format == "json" ? render_record_json(*usage) : render_record_text(*usage));
  std::cout.flush();
  return 0;
}

const CommandRegistration registration{{"show", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<ShowOptions>();
  add_show(app, *options);
  return [options] { return run_show(*options); };
}}};

}  // namespace

}  // namespace hok::cli
