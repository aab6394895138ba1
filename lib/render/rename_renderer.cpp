#include "render/rename_renderer.hpp"

#include <fmt/format.h>

namespace hok {

namespace {

std::string trimmed(const std::string& line) {
  std::size_t start = line.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : line.substr(start);
}

}  // namespace

std::string render_rename_text(const RenamePlan& plan, bool written) {
  std::string out = fmt::format("{} {} → {}\n", written ? "renamed" : "would rename", plan.old_file, plan.new_file);
  for (const RenameLineChange& change : plan.lines) {
    out += fmt::format("{}:{}: {} → {}\n", change.file, change.line, trimmed(change.before), trimmed(change.after));
  }
  std::size_t other_files = plan.files.size() - 1;
  std::string what;
  if (plan.reference_count == 0) {
    what = "its file and its id (nothing refers to it)";
  } else {
    what = fmt::format("its file, its id and {} reference{}", plan.reference_count,
                       plan.reference_count == 1 ? "" : "s");
    if (other_files > 0) what += fmt::format(" in {} other file{}", other_files, other_files == 1 ? "" : "s");
  }
  if (written) {
    out += fmt::format("'{}' is now '{}': {} changed.\n", plan.old_id, plan.new_id, what);
  } else {
    out += fmt::format("Dry run: {} would change; nothing was written.\n", what);
  }
  return out;
}

}  // namespace hok
