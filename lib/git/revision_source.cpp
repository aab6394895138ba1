#include "git/revision_source.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "load/registry_loader.hpp"
#include "model/records.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

constexpr unsigned kModeTree = 0040000;
constexpr unsigned kModeBlob = 0100644;
constexpr unsigned kModeExecutable = 0100755;
constexpr unsigned kModeLink = 0120000;
constexpr unsigned kModeSubmodule = 0160000;

class RevisionSource : public RegistrySource {
 public:
  RevisionSource(std::shared_ptr<GitRepository> repository, std::string revision, std::string commit,
                 std::string folder, fs::path root)
      : repository_(std::move(repository)),
        revision_(std::move(revision)),
        commit_(std::move(commit)),
        folder_(std::move(folder)),
        root_(std::move(root)) {}

  fs::path root() const override { return root_; }
  Message describe() const override {
    return message("diff.source.revision", {{"commit", commit_.substr(0, 7)}, {"revision", revision_}});
  }
  SourceEntry settings_entry() const override {
    for (const GitTreeEntry& entry : entries()) {
      if (entry.path != "hok.yaml") continue;
      // A symbolic link's blob holds the link's target, not the settings: refused, as the
      // loader refuses a link among the records, but here nothing could be read at all.
      if (entry.mode == kModeLink) {
        throw HokError(message("error.git.settings_link", {{"revision", revision_}}));
      }
      return SourceEntry{"hok.yaml", "registry", entry.oid};
    }
    return SourceEntry{"hok.yaml", "registry", ""};
  }

  std::vector<SourceEntry> list(FindingSink& sink) const override {
    std::vector<SourceEntry> result;
    for (const GitTreeEntry& entry : entries()) {
      if (entry.path == "hok.yaml" || entry.mode == kModeTree) continue;
      if (entry.path.find("/.") != std::string::npos || entry.path[0] == '.') continue;
      std::string top = entry.path.substr(0, entry.path.find('/'));
      bool nested = entry.path.find('/') != std::string::npos;
      std::string kind = nested ? folder_kind(top) : "";
      std::string name = entry.path.substr(entry.path.rfind('/') + 1);
      if (entry.mode == kModeBlob || entry.mode == kModeExecutable) {
        classify_regular_file(entry.path, name, kind, entry.oid, result, sink);
      } else if (entry.mode == kModeLink) {
        if (!kind.empty() || name.ends_with(".yaml") || name.ends_with(".yml")) {
          report_stray(sink, entry.path, message("E011.message.revision_link"), message("E011.hint.revision_link"));
        }
      } else if (entry.mode == kModeSubmodule) {
        report_stray(sink, entry.path, message("E011.message.submodule"), message("E011.hint.submodule"));
      }
    }
    std::sort(result.begin(), result.end(), [](const SourceEntry& a, const SourceEntry& b) { return a.path < b.path; });
    return result;
  }

  ReadOutcome read(const SourceEntry& entry, std::size_t max_bytes) const override {
    ReadOutcome outcome;
    if (entry.handle.empty()) {
      outcome.error = "not in this revision";
      return outcome;
    }
    outcome.ok = repository_->read_blob(entry.handle, max_bytes, outcome.content, outcome.too_large, outcome.error);
    return outcome;
  }

 private:
  const std::vector<GitTreeEntry>& entries() const {
    if (!entries_) {
      entries_ = repository_->list(commit_, folder_).value_or(std::vector<GitTreeEntry>{});
    }
    return *entries_;
  }

  std::shared_ptr<GitRepository> repository_;
  std::string revision_;
  std::string commit_;
  std::string folder_;  // the registry's folder inside the commit's tree ("" for the top)
  fs::path root_;
  mutable std::optional<std::vector<GitTreeEntry>> entries_;
};

}  // namespace

std::unique_ptr<RegistrySource> revision_source(const fs::path& start, const std::string& revision) {
  std::error_code error;
  if (!fs::exists(start, error)) throw HokError(message("error.no_such_path", {{"path", start.string()}}));
  auto repository = std::make_shared<GitRepository>(start);
  std::string commit = repository->resolve_commit(revision);

  // Where `start` lies inside the repository: the folder to look for hok.yaml in, then upwards.
  std::string folder;
  fs::path base = fs::weakly_canonical(fs::absolute(start), error);
  if (fs::is_regular_file(base, error)) base = base.parent_path();
  std::optional<fs::path> workdir = repository->workdir();
  if (workdir) {
    fs::path relative = base.lexically_relative(fs::weakly_canonical(*workdir, error));
    if (!relative.empty() && relative != "." && relative.begin()->string() != "..") folder = relative.generic_string();
  }
  std::string candidate = folder;
  while (true) {
    std::string settings = candidate.empty() ? "hok.yaml" : candidate + "/hok.yaml";
    if (repository->has_blob(commit, settings)) break;
    if (candidate.empty()) {
      throw HokError(folder.empty() ? message("error.git.no_settings_top", {{"revision", revision}})
                                    : message("error.git.no_settings", {{"revision", revision}, {"folder", folder + "/"}}));
    }
    std::size_t slash = candidate.rfind('/');
    candidate = slash == std::string::npos ? "" : candidate.substr(0, slash);
  }
  fs::path root = workdir ? fs::weakly_canonical(*workdir, error) / candidate : base;
  return std::make_unique<RevisionSource>(repository, revision, commit, candidate, root.lexically_normal());
}

}  // namespace hok
