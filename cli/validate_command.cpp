#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include "app/registry_diff.hpp"
#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "help_text.hpp"
#include "registry_options.hpp"
#include "render/finding_renderer.hpp"
#include "render/sarif_renderer.hpp"

namespace hok::cli {

namespace {

struct ValidateOptions {
  RegistryArgs registry;
  std::string format = "text";
  std::string fail_on = "error";
  std::string output;
  unsigned threads = 0;
  std::string new_since;
  std::string changed_since;
  std::string language;
};

}  // namespace

bool use_color() { return ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr; }

namespace {

CLI::App* add_validate(CLI::App& app, ValidateOptions& options) {
  CLI::App* command = app.add_subcommand("validate", help_text("help.validate"));
  add_registry_options(command, options.registry);
  add_language_option(command, options.language);
  command->add_option("--format", options.format, help_text("help.validate.format"))
      ->check(CLI::IsMember({"text", "json", "github", "sarif"}));
  command->add_option("--fail-on", options.fail_on, help_text("help.validate.fail_on"))
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--output", options.output, help_text("help.validate.output"));
  command->add_option("--threads", options.threads, help_text("help.validate.threads"));
  command->add_option("--new-since", options.new_since, help_text("help.validate.new_since"));
  command->add_option("--changed-since", options.changed_since, help_text("help.validate.changed_since"));
  return command;
}

// The registry root as seen from the working directory ("data/"), for paths that CI tools
// resolve against the repository.
std::string prefix_from_cwd(const std::filesystem::path& root) {
  std::error_code error;
  std::filesystem::path cwd = std::filesystem::current_path(error);
  if (error) return "";
  std::filesystem::path relative = std::filesystem::weakly_canonical(root, error).lexically_relative(
      std::filesystem::weakly_canonical(cwd, error));
  if (relative.empty() || relative == "." || relative.begin()->string() == "..") return "";
  return relative.generic_string() + "/";
}

int run_validate(const ValidateOptions& options) {
  ValidationResult result = validate_registry(*open_registry(options.registry), LoadOptions{options.threads, false});
  const Registry& registry = *result.load.registry;
  for (const std::string* revision : {&options.new_since, &options.changed_since}) {
    if (revision->empty()) continue;
    RegistryArgs base_args = options.registry;
    base_args.revision = *revision;
    ValidationResult base = validate_registry(*open_registry(base_args), LoadOptions{options.threads, false});
    if (revision == &options.new_since) {
      result.findings = findings_not_in(result.findings, base.findings);
    } else {
      std::map<std::string, const std::string*> before;
      for (const SourceFilePtr& file : base.load.registry->files) before[file->path] = &file->text;
      std::set<std::string> changed;
      for (const SourceFilePtr& file : registry.files) {
        auto old = before.find(file->path);
        if (old == before.end() || *old->second != file->text) changed.insert(file->path);
      }
      std::set<std::string> loaded;
      for (const SourceFilePtr& file : registry.files) loaded.insert(file->path);
      // A finding about a file hok did not load (a stray file) cannot be compared: it is kept.
      std::erase_if(result.findings, [&](const Finding& finding) {
        return loaded.count(finding.location.file) && !changed.count(finding.location.file);
      });
    }
  }

  const FindingCatalog& catalog = finding_catalog(options.language, registry.settings);
  localize_findings(result.findings, catalog);

  RenderContext context;
  for (const SourceFilePtr& file : registry.files) context.files[file->path] = file;
  context.file_count = result.load.file_count;
  context.catalog = &catalog;

  auto render = [&](const std::string& format, bool color) {
    RenderContext local = context;
    local.color = color;
    if (format == "json") return render_json(result.findings);
    if (format == "sarif") return render_sarif(result.findings, {HOK_VERSION, prefix_from_cwd(registry.root), "E"});
    if (format == "github") {
      local.path_prefix = prefix_from_cwd(registry.root);
      return render_github(result.findings, local);
    }
    return render_text(result.findings, local);
  };

  write_selected_output(options.output, options.format, render);
  keep_until_exit(std::move(result.load.registry));
  return exit_code_for(result.findings, *parse_severity(options.fail_on));
}

const CommandRegistration validate_registration{{"validate", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<ValidateOptions>();
  add_validate(app, *options);
  return [options] { return run_validate(*options); };
}}};

}  // namespace

}  // namespace hok::cli
