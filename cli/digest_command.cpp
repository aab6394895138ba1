#include <fmt/format.h>

#include <iostream>

#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/catalogue.hpp"
#include "core/dates.hpp"
#include "core/finding_catalog.hpp"
#include "digest/digest.hpp"
#include "document/embedded_templates.hpp"
#include "help_text.hpp"
#include "registry_options.hpp"

namespace hok::cli {

namespace {

struct DigestCommandOptions {
  RegistryArgs registry;
  std::string format = "html";
  std::string out;
  std::string language;
  std::string templates;
  std::string as_of;
  bool list_templates = false;
};

void add_digest(CLI::App& app, DigestCommandOptions& options) {
  CLI::App* command = app.add_subcommand("digest", help_text("help.digest"));
  add_registry_options(command, options.registry);
  command->add_option("--format", options.format, help_text("help.digest.format"))
      ->check(CLI::IsMember({"html", "md"}));
  command->add_option("--out", options.out, help_text("help.digest.out"));
  add_language_option(command, options.language, "help.lang.pages");
  command->add_option("--templates", options.templates, help_text("help.digest.templates"));
  add_as_of_option(command, options.as_of, "help.digest.as_of");
  command->add_flag("--list-templates", options.list_templates, help_text("help.digest.list_templates"));
}

int run_digest(const DigestCommandOptions& options) {
  if (options.list_templates) {
    for (const EmbeddedTemplate& file : embedded_templates()) std::cout << file.name << "\n";
    // The catalogues: a `<language>.json` in --templates replaces single texts of them.
    for (const std::string& language : catalogue_languages()) std::cout << language << ".json\n";
    return 0;
  }
  speak_registry_language(options.registry);
  if (options.out.empty()) throw HokError(message("error.digest.needs_out"));
  DigestOptions digest;
  digest.format = options.format == "md" ? DigestFormat::Markdown : DigestFormat::Html;
  digest.out = options.out;
  if (!options.language.empty()) digest.language = options.language;
  if (!options.templates.empty()) digest.templates = std::filesystem::path(options.templates);
  digest.as_of = as_of_date(options.as_of, today());

  const RegistryArgs& where = options.registry;
  const std::string start = registry_start(where);
  // Only the typed records are needed: each file's JSON is freed as soon as they are built.
  ValidationResult validation = validate_or_refuse(
      *open_registry(where), LoadOptions{0, false}, "error.consequence.digest",
      "hok validate " + (where.revision.empty() ? start : start + " --rev " + where.revision));
  DigestSummary summary = write_digest(*validation.load.registry, digest);
  std::cerr << "hok digest: "
            << run_catalog().render(message("digest_command.wrote",
                                            {{"pages", summary.pages}, {"files", summary.files}, {"folder", options.out}}))
            << "\n";
  keep_until_exit(std::move(validation.load.registry));
  return 0;
}

const CommandRegistration digest_registration{{"digest", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<DigestCommandOptions>();
  add_digest(app, *options);
  return [options] { return run_digest(*options); };
}}};

}  // namespace

}  // namespace hok::cli
