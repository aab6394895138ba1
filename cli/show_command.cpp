#include <fmt/format.h>

#include <iostream>

#include "app/record_usage.hpp"
#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/finding_catalog.hpp"
#include "git/record_history.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "registry_options.hpp"
#include "render/history_renderer.hpp"
#include "render/record_renderer.hpp"

namespace hok::cli {

namespace {

struct ShowOptions {
  std::string id;
  RegistryArgs registry;
  std::string format = "text";
  long long history = 10;  // signed, so that `--history -1` is refused with a reason
  std::string language;
};

CLI::App* add_show(CLI::App& app, ShowOptions& options) {
  CLI::App* command = app.add_subcommand("show", help_text("help.show"));
  command->add_option("id", options.id, help_text("help.show.id"))->required()->check(not_empty("error.empty.show_id"));
  add_registry_options(command, options.registry);
  add_language_option(command, options.language);
  command->add_option("--format", options.format, help_text("help.show.format"))->check(CLI::IsMember({"text", "json"}));
  command->add_option("--history", options.history, help_text("help.show.history"))
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (!value.empty() && value[0] != '-') return "";
            return run_catalog().render(message("error.history_not_count", {{"value", value}}));
          },
          ""));
  return command;
}

int run_show(const ShowOptions& options) {
  std::unique_ptr<RegistrySource> source = open_registry(options.registry);
  LoadResult load = load_registry(*source);
  const Registry& registry = *load.registry;
  std::optional<RecordUsage> usage = find_record_usage(registry, options.id);
  if (!usage) {
    if (auto near = suggest_record_id(registry, options.id)) {
      throw HokError(message("error.no_record_suggest", {{"id", options.id}, {"suggestion", *near}}));
    }
    throw HokError(message("error.no_record", {{"id", options.id}}));
  }
  std::optional<RecordHistory> history;
  if (options.history > 0 && usage->record->source) {
    history = record_history(source->root(), options.registry.revision, usage->record->source->path,
                             static_cast<std::size_t>(options.history));
  }
  if (options.format == "json") {
    nlohmann::ordered_json out = record_json(*usage);
    if (history) out["history"] = history_json(*history);
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    const FindingCatalog& catalog = finding_catalog(options.language, registry.settings);
    std::cout << render_record_text(*usage, catalog);
    if (history) std::cout << render_history_text(*history, catalog);
  }
  std::cout.flush();
  return 0;
}

const CommandRegistration show_registration{{"show", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<ShowOptions>();
  add_show(app, *options);
  return [options] { return run_show(*options); };
}}};

}  // namespace

}  // namespace hok::cli
