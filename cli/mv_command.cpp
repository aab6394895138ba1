#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "app/record_rename.hpp"
#include "command_registry.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "registry_options.hpp"
#include "render/finding_renderer.hpp"
#include "render/rename_renderer.hpp"

namespace hok::cli {

namespace {

struct MvOptions {
  std::string old_id;
  std::string new_id;
  RegistryArgs registry;
  bool dry_run = false;
  bool resume = false;
  bool abort = false;
  std::string language;
};

CLI::App* add_mv(CLI::App& app, MvOptions& options) {
  CLI::App* command = app.add_subcommand("mv", help_text("help.mv"));
  command->add_option("old", options.old_id, help_text("help.mv.old"));
  command->add_option("new", options.new_id, help_text("help.mv.new"));
  command->add_option("path", options.registry.path, help_text("help.path"));
  command->add_option("-C,--directory", options.registry.directory, help_text("help.directory"));
  // Accepted only to be refused with a reason (hok mv changes files, not a revision); not listed
  // in the help, where a line saying "refused" helps no one.
  command->add_option("--rev", options.registry.revision, help_text("help.mv.rev"))->group("");
  command->add_flag("--dry-run,-n", options.dry_run, help_text("help.mv.dry_run"));
  command->add_flag("--resume", options.resume, help_text("help.mv.resume"));
  command->add_flag("--abort", options.abort, help_text("help.mv.abort"));
  add_language_option(command, options.language);
  return command;
}

std::filesystem::path registry_root(const RegistryArgs& args) {
  std::filesystem::path start = args.directory.empty() ? args.path : args.directory;
  if (start.empty()) start = ".";
  return registry_root_of(start);
}

// "Checked after the move: …", and the findings if it has errors; the exit code.
int print_check(const ValidationResult& after, const FindingCatalog& catalog) {
  std::vector<Finding> findings = after.findings;
  localize_findings(findings, catalog);
  std::size_t errors = std::count_if(findings.begin(), findings.end(),
                                     [](const Finding& finding) { return finding.severity == Severity::Error; });
  if (errors == 0) {
    std::cout << catalog.render(message("mv.checked",
                                        {{"summary", literal(render_summary(findings, after.load.file_count, &catalog))}}));
    std::cout.flush();
    return 0;
  }
  RenderContext context;
  for (const SourceFilePtr& file : after.load.registry->files) context.files[file->path] = file;
  context.file_count = after.load.file_count;
  context.color = use_color();
  context.catalog = &catalog;
  std::cout << catalog.render(message("mv.checked_errors")) << "\n" << render_text(findings, context);
  std::cout.flush();
  return 1;
}

int run_recovery(const MvOptions& options) {
  if (options.resume && options.abort) throw HokError(message("error.mv.resume_and_abort"));
  // `hok mv --resume DIR`: the one word given is the registry's path, not an id.
  RegistryArgs registry = options.registry;
  if (!options.old_id.empty() && options.new_id.empty() && (registry.path.empty() || registry.path == ".") && registry.directory.empty()) {
    registry.path = options.old_id;
  } else if (!options.old_id.empty()) {
    throw HokError(message("error.mv.recovery_ids"));
  }
  if (options.dry_run) throw HokError(message("error.mv.recovery_dry_run"));
  RecoveryResult result = recover_record_rename(registry_root(registry), options.resume);
  const FindingCatalog& catalog = finding_catalog(options.language, result.after->load.registry->settings);
  if (!result.removed_temporaries.empty()) {
    std::cout << catalog.render(message("mv.removed_temporaries",
                                        {{"count", result.removed_temporaries.size()},
                                         {"files", fmt::format("{}", fmt::join(result.removed_temporaries, ", "))}}))
              << "\n";
  }
  if (!result.finished) {
    std::cout << catalog.render(message("mv.nothing_to_recover")) << "\n";
  } else {
    std::cout << catalog.render(message(options.resume ? "mv.resumed" : "mv.aborted",
                                        {{"old", result.old_id}, {"new", result.new_id}, {"count", result.file_count}}))
              << "\n";
  }
  return print_check(*result.after, catalog);
}

int run_mv(const MvOptions& options) {
  speak_registry_language(options.registry);
  if (!options.registry.revision.empty()) {
    throw HokError(message("error.mv.rev"));
  }
  if (options.resume || options.abort) return run_recovery(options);
  if (options.old_id.empty() || options.new_id.empty()) {
    throw HokError(message("error.mv.needs_ids"));
  }
  RenameResult result = rename_record(registry_root(options.registry), options.old_id, options.new_id,
                                      options.dry_run);
  const FindingCatalog& catalog = finding_catalog(options.language, result.settings);
  std::cout << render_rename_text(result.plan, result.written, catalog);
  if (!result.after) {
    std::cout.flush();
    return 0;
  }
  return print_check(*result.after, catalog);
}

const CommandRegistration mv_registration{{"mv", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<MvOptions>();
  add_mv(app, *options);
  return [options] { return run_mv(*options); };
}}};

}  // namespace

}  // namespace hok::cli
