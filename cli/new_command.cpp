#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "app/record_template.hpp"
#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "core/write_lock.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "model/records.hpp"
#include "registry_options.hpp"
#include "render/finding_renderer.hpp"

namespace hok::cli {

namespace {

struct NewOptions {
  std::string kind;
  std::string id;
  std::string directory = ".";
  std::vector<std::string> settings;
  std::string language;
};

CLI::App* add_new(CLI::App& app, NewOptions& options) {
  CLI::App* command = app.add_subcommand("new", help_text("help.new"));
  command->add_option("kind", options.kind, help_text("help.new.kind"))->required();
  command->add_option("id", options.id, help_text("help.new.id"))->required();
  command->add_option("-C,--directory", options.directory, help_text("help.new.directory"));
  add_language_option(command, options.language);
  command->add_option("--set", options.settings, help_text("help.new.set"));
  return command;
}

int run_new(const NewOptions& options) {
  std::vector<FieldSetting> settings;
  for (const std::string& text : options.settings) settings.push_back(parse_field_setting(text));

  // The registry's lock for the whole run: two `hok new` of one id at once cannot both succeed, and
  // a `hok mv` cannot rename around the new file.
  std::optional<std::filesystem::path> root = find_registry_root(options.directory);
  std::optional<WriteLock> lock;
  if (root) {
    if (auto language = registry_language(*root)) choose_run_language(*language, false);
    lock.emplace(*root, fmt::format("hok new {} {}", options.kind, options.id));
    remove_left_temporaries(*root);
  }
  LoadResult load = load_registry(options.directory);
  const FindingCatalog& catalog = finding_catalog(options.language, load.registry->settings);
  NewRecordPlace place = create_record(*load.registry, options.kind, options.id, settings);
  std::error_code error;
  std::filesystem::path shown = place.file.lexically_proximate(std::filesystem::current_path(error));
  std::cout << catalog.render(message("new.created", {{"file", (error ? place.file : shown).string()}})) << "\n";

  ValidationResult result = validate_registry(load.registry->root);
  std::erase_if(result.findings,
                [&](const Finding& finding) { return finding.location.file != place.relative_path; });
  if (result.findings.empty()) {
    std::cout << catalog.render(message("new.complete")) << "\n";
    return 0;
  }
  localize_findings(result.findings, catalog);
  RenderContext context;
  for (const SourceFilePtr& file : result.load.registry->files) {
    if (file->path == place.relative_path) context.files[file->path] = file;
  }
  context.file_count = 1;
  context.color = use_color();
  context.catalog = &catalog;
  std::cout << catalog.render(message("new.still_to_fill")) << "\n" << render_text(result.findings, context);
  std::cout.flush();
  return exit_code_for(result.findings, Severity::Error);
}

const CommandRegistration new_registration{{"new", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<NewOptions>();
  add_new(app, *options);
  return [options] { return run_new(*options); };
}}};

}  // namespace

}  // namespace hok::cli
