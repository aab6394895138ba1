#include "render/rename_renderer.hpp"

#include <fmt/format.h>

namespace hok {

namespace {

std::string without_indent(const std::string& line) {
  std::size_t start = line.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : line.substr(start);
}

}  // namespace

std::string render_rename_text(const RenamePlan& plan, bool written, const FindingCatalog& catalog) {
  std::string out = catalog.render(message(written ? "mv.renamed" : "mv.would_rename",
                                           {{"old_file", plan.old_file}, {"new_file", plan.new_file}})) +
                    "\n";
  for (const RenameLineChange& change : plan.lines) {
    out += fmt::format("{}:{}: {} → {}\n", change.file, change.line, without_indent(change.before), without_indent(change.after));
  }
  std::size_t other_files = plan.files.size() - 1;
  Message what;
  if (plan.reference_count == 0) {
    what = message("mv.what.unreferenced");
  } else {
    what = plural("mv.what.references", static_cast<long long>(plan.reference_count));
    if (other_files > 0) what = plural("mv.what.in_files", static_cast<long long>(other_files), {{"what", what}});
  }
  if (written) {
    out += catalog.render(message("mv.done", {{"old", plan.old_id}, {"new", plan.new_id}, {"what", what}})) + "\n";
  } else {
    out += catalog.render(message("mv.dry_run", {{"what", what}})) + "\n";
  }
  return out;
}

}  // namespace hok
