#include "render/history_renderer.hpp"

#include <fmt/format.h>

#include "document/escape.hpp"

namespace hok {

namespace {

const char* status_name(RecordHistory::Status status) {
  switch (status) {
    case RecordHistory::Status::Available: return "available";
    case RecordHistory::Status::NotRepository: return "not-repository";
    case RecordHistory::Status::NoCommits: return "no-commits";
  }
  return "not-repository";
}

}  // namespace

std::string render_history_text(const RecordHistory& history) {
  switch (history.status) {
    case RecordHistory::Status::NotRepository:
      return "\nHistory: none; the registry is not in a git repository.\n";
    case RecordHistory::Status::NoCommits:
      return "\nHistory: none; the git repository has no commits yet.\n";
    case RecordHistory::Status::Available: break;
  }
  std::string out;
  const std::string path = escape_control(history.path);
  const std::string revision = escape_control(history.revision);
  if (history.commits.empty() && history.cut) {
    out += fmt::format("\nHistory (git, from {}): {} is older than the history this clone holds: {}.\n", revision,
                       path, shallow_clone_fix());
  } else if (history.commits.empty()) {
    out += fmt::format("\nHistory (git, from {}): {} has never been committed.\n", revision, path);
  } else {
    const GitCommitInfo& last = history.commits.front();
    out += fmt::format("\nHistory (git, from {}): {} last changed {} in {}.\n", revision, path, last.date,
                       last.short_id);
    for (const GitCommitInfo& commit : history.commits) {
      out += fmt::format("  {}  {}  {}: {}\n", commit.date, commit.short_id, escape_control(commit.author),
                         escape_control(commit.summary));
    }
    if (history.more) out += "  … older changes too (--history N shows more)\n";
    if (history.cut) out += fmt::format("  … and older changes cut off: {}.\n", shallow_clone_fix());
  }
  if (history.uncommitted) out += "  The working tree's copy has changes that are not committed yet.\n";
  return out;
}

nlohmann::ordered_json history_json(const RecordHistory& history) {
  nlohmann::ordered_json out;
  out["status"] = status_name(history.status);
  out["path"] = history.status == RecordHistory::Status::Available ? nlohmann::ordered_json(history.path)
                                                                    : nlohmann::ordered_json(nullptr);
  out["revision"] = history.revision;
  out["commits"] = nlohmann::ordered_json::array();
  for (const GitCommitInfo& commit : history.commits) {
    out["commits"].push_back({{"id", commit.id},
                              {"short_id", commit.short_id},
                              {"date", commit.date},
                              {"author", commit.author},
                              {"summary", commit.summary}});
  }
  out["more"] = history.more;
  out["uncommitted"] = history.uncommitted;
  out["cut"] = history.cut;
  return out;
}

}  // namespace hok
