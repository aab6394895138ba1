#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "app/record_rename.hpp"
#include "command_registry.hpp"
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
};

CLI::App* add_mv(CLI::App& app, MvOptions& options) {
  CLI::App* command = app.add_subcommand(
      "mv",
      "Rename a record's id in one step: its file, its `id` and every reference to it (other records, "
      "hok.yaml's secretariat and waivers), changing only the id's characters; all files or none.\n"
      "Example: hok mv vis-processledning vis-sekretariat data --dry-run");
  command->add_option("old", options.old_id, "the record's current id")->required();
  command->add_option("new", options.new_id, "the new id, e.g. samrad-barn-unga")->required();
  command->add_option("path", options.registry.path, "the registry, or any folder or file inside it (default: .)");
  command->add_option("-C,--directory", options.registry.directory, "the registry's folder (same as the path)");
  command->add_option("--rev", options.registry.revision, "refused: hok mv changes the working tree, not a revision");
  command->add_flag("--dry-run,-n", options.dry_run, "print what would change (file:line: old → new); write nothing");
  return command;
}

int run_mv(const MvOptions& options) {
  if (!options.registry.revision.empty()) {
    throw HokError("hok mv changes the working tree and cannot work on a git revision; leave out --rev");
  }
  RenameResult result = rename_record(open_registry(options.registry)->root(), options.old_id, options.new_id,
                                      options.dry_run);
  std::cout << render_rename_text(result.plan, result.written);
  if (!result.after) {
    std::cout.flush();
    return 0;
  }
  const std::vector<Finding>& findings = result.after->findings;
  std::size_t errors = std::count_if(findings.begin(), findings.end(),
                                     [](const Finding& finding) { return finding.severity == Severity::Error; });
  if (errors == 0) {
    std::cout << "Checked after the move: " << render_summary(findings, result.after->load.file_count);
    std::cout.flush();
    return 0;
  }
  RenderContext context;
  for (const SourceFilePtr& file : result.after->load.registry->files) context.files[file->path] = file;
  context.file_count = result.after->load.file_count;
  context.color = use_color();
  std::cout << "Checked after the move, the registry has errors:\n" << render_text(findings, context);
  std::cout.flush();
  return 1;
}

const CommandRegistration registration{{"mv", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<MvOptions>();
  add_mv(app, *options);
  return [options] { return run_mv(*options); };
}}};

}  // namespace

}  // namespace hok::cli
