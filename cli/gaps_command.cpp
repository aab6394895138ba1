#include <fmt/format.h>

#include <iostream>

#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "core/dates.hpp"
#include "core/rule_catalog.hpp"
#include "gaps/gap_report.hpp"
#include "help_text.hpp"
#include "registry_options.hpp"
#include "render/gap_renderer.hpp"

namespace hok::cli {

namespace {

struct GapsOptions {
  RegistryArgs registry;
  std::string as_of;
  std::string format = "text";
  std::vector<std::string> rules;
  std::string fail_on = "error";
  std::string output;
  int expiring = 0;
  std::string language;
};

CLI::App* add_gaps(CLI::App& app, GapsOptions& options) {
  CLI::App* command = app.add_subcommand("gaps", help_text("help.gaps"));
  add_registry_options(command, options.registry);
  add_language_option(command, options.language);
  add_as_of_option(command, options.as_of, "help.gaps.as_of");
  command->add_option("--format", options.format, help_text("help.gaps.format"))
      ->check(CLI::IsMember({"text", "json", "md", "csv"}));
  command->add_option("--rule", options.rules, help_text("help.gaps.rule"));
  command->add_option("--fail-on", options.fail_on, help_text("help.gaps.fail_on"))
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--expiring", options.expiring, help_text("help.gaps.expiring"))
      ->check(CLI::Range(0, 3650).description("0-3650"));
  command->add_option("--output", options.output, help_text("help.gaps.output"));
  return command;
}

int run_gaps(const GapsOptions& options) {
  speak_registry_language(options.registry);
  GapOptions gap_options;
  gap_options.as_of = as_of_date(options.as_of, today());
  for (const std::string& rule : options.rules) {
    if (rule.empty() || rule[0] != 'G' || !find_rule(rule)) {
      throw HokError(message("error.gaps.no_rule", {{"rule", rule}}));
    }
  }
  gap_options.rules = options.rules;
  gap_options.expiring_days = options.expiring;

  // Only the typed records are needed: each file's JSON is freed as soon as they are built.
  ValidationResult validation = validate_or_refuse(*open_registry(options.registry), LoadOptions{0, false},
                                                   "error.consequence.gaps", "hok validate");
  GapReport report = compute_gaps(*validation.load.registry, gap_options);
  const FindingCatalog& catalog = finding_catalog(options.language, validation.load.registry->settings);
  localize_findings(report.findings, catalog);
  std::string as_of = format_date(report.as_of);
  auto render = [&](const std::string& format, bool color) {
    if (format == "json") return render_gaps_json(report.findings, as_of);
    if (format == "md") return render_gaps_markdown(report.findings, as_of, &catalog);
    if (format == "csv") return render_gaps_csv(report.findings, as_of);
    return render_gaps_text(report.findings, as_of, color, &catalog);
  };
  write_selected_output(options.output, options.format, render);
  keep_until_exit(std::move(validation.load.registry));
  return exit_code_for(report.findings, *parse_severity(options.fail_on));
}

const CommandRegistration gaps_registration{{"gaps", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<GapsOptions>();
  add_gaps(app, *options);
  return [options] { return run_gaps(*options); };
}}};

}  // namespace

}  // namespace hok::cli
