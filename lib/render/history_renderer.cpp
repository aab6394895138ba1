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

std::string render_history_text(const RecordHistory& history, const FindingCatalog& catalog) {
  auto say = [&](const std::string& key, std::initializer_list<MessageArg> args = {}) {
    return catalog.render(message(key, args));
  };
  switch (history.status) {
    case RecordHistory::Status::NotRepository: return "\n" + say("history.not_repository") + "\n";
    case RecordHistory::Status::NoCommits: return "\n" + say("history.no_commits") + "\n";
    case RecordHistory::Status::Available: break;
  }
  std::string out;
  const std::string path = escape_control(history.path);
  const std::string revision = escape_control(history.revision);
  if (history.commits.empty() && history.cut) {
    out += "\n" + say("history.older_than_clone", {{"revision", revision}, {"path", path}, {"fix", say("history.shallow_fix")}}) + "\n";
  } else if (history.commits.empty()) {
    out += "\n" + say("history.never_committed", {{"revision", revision}, {"path", path}}) + "\n";
  } else {
    const GitCommitInfo& last = history.commits.front();
    out += "\n" +
           say("history.last_changed", {{"revision", revision}, {"path", path}, {"date", last.date}, {"commit", last.short_id}}) +
           "\n";
    for (const GitCommitInfo& commit : history.commits) {
      out += fmt::format("  {}  {}  {}: {}\n", commit.date, commit.short_id, escape_control(commit.author),
                         escape_control(commit.summary));
    }
    if (history.more) out += "  " + say("history.more") + "\n";
    if (history.cut) out += "  " + say("history.cut", {{"fix", say("history.shallow_fix")}}) + "\n";
  }
  if (history.uncommitted) out += "  " + say("history.uncommitted") + "\n";
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
