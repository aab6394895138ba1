#include <fmt/format.h>

#include <iostream>

#include "app/registry_diff.hpp"
#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/dates.hpp"
#include "git/revision_source.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "registry_options.hpp"
#include "render/diff_renderer.hpp"

namespace hok::cli {

namespace {

struct DiffOptions {
  std::string base;
  std::string head;  // empty: the working tree
  std::string directory = ".";
  std::string format = "text";
  std::string as_of;
  std::string language;
};

int run_diff(const DiffOptions& options) {
  Date as_of = as_of_date(options.as_of, today());
  RegistryArgs base_args{options.directory, "", options.base};
  RegistryArgs head_args{options.directory, "", options.head};
  auto base_source = open_registry(base_args);
  auto head_source = open_registry(head_args);
  ValidationResult base = validate_registry(*base_source);
  ValidationResult head = validate_registry(*head_source);
  RegistryDiff diff = diff_registries(base, head, as_of);
  const FindingCatalog& catalog = finding_catalog(options.language, head.load.registry->settings);
  localize_findings(diff.findings_introduced, catalog);
  localize_findings(diff.findings_fixed, catalog);
  localize_findings(diff.gaps_opened, catalog);
  localize_findings(diff.gaps_closed, catalog);
  diff.base_label = catalog.render(base_source->describe());
  diff.head_label = catalog.render(head_source->describe());
  if (options.format == "md") std::cout << render_diff_markdown(diff, catalog);
  else if (options.format == "json") std::cout << render_diff_json(diff, catalog);
  else std::cout << render_diff_text(diff, catalog);
  return 0;
}

const CommandRegistration diff_registration{{"diff", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand("diff", help_text("help.diff"));
  command->add_option("base", options->base, help_text("help.diff.base"))
      ->required()
      ->check(not_empty("error.empty.diff_from"));
  command->add_option("head", options->head, help_text("help.diff.head"))
      ->check(not_empty("error.empty.diff_to"));
  command->add_option("-C,--directory", options->directory, help_text("help.diff.directory"))
      ->check(not_empty("error.empty.folder_c"));
  command->add_option("--format", options->format, help_text("help.diff.format"))
      ->check(CLI::IsMember({"text", "md", "json"}));
  add_as_of_option(command, options->as_of, "help.diff.as_of");
  add_language_option(command, options->language);
  return [options] { return run_diff(*options); };
}}};

}  // namespace

}  // namespace hok::cli
