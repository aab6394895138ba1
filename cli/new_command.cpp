#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "app/record_template.hpp"
#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "core/write_lock.hpp"
#include "registry_options.hpp"
#include "load/registry_loader.hpp"
#include "model/records.hpp"
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
  CLI::App* command = app.add_subcommand(
      "new",
      "Create a record file KIND/ID.yaml from the kind's schema: the required fields, each with a comment, "
      "and the values given with --set. Never overwrites; checks the new file at once.\n"
      "Example: hok new groups samrad-aldre --set name=\"Äldres hälsa\" --set type=consultation-group");
  command->add_option("kind", options.kind, "the kind's folder: municipalities, groups, agreements, …")->required();
  command->add_option("id", options.id, "the new record's id, e.g. samrad-aldre")->required();
  command->add_option("-C,--directory", options.directory, "the registry, or any folder inside it (default: .)");
  add_language_option(command, options.language);
  command->add_option("--set", options.settings,
                      "field=value (repeatable): period.from=2024 for a nested field, roles=ksa,gsa for a list");
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
