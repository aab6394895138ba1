#include "git/record_history.hpp"

#include <fstream>
#include <iterator>

#include "load/registry_loader.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

// The registry's folder inside the repository ("" for the top). A bare repository has no working
// tree to place the registry in, so its registry is taken to be at the top.
std::string folder_in_repository(const GitRepository& repository, const fs::path& registry_root) {
  std::optional<fs::path> workdir = repository.workdir();
  if (!workdir) return "";
  std::error_code error;
  fs::path root = fs::weakly_canonical(fs::absolute(registry_root), error);
  fs::path relative = root.lexically_relative(fs::weakly_canonical(*workdir, error));
  if (relative.empty() || relative == "." || relative.begin()->string() == "..") return "";
  return relative.generic_string();
}

bool read_whole(const fs::path& path, std::string& content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

RecordHistory record_history(const fs::path& registry_root, const std::string& revision, const std::string& file,
                             std::size_t limit) {
  RecordHistory history;
  history.revision = revision.empty() ? "HEAD" : revision;
  std::unique_ptr<GitRepository> repository;
  try {
    repository = std::make_unique<GitRepository>(registry_root);
  } catch (const HokError&) {
    return history;  // not a git repository
  }
  std::string start;
  try {
    start = repository->resolve_commit(history.revision);
  } catch (const HokError&) {
    if (!revision.empty()) throw;
    history.status = RecordHistory::Status::NoCommits;
    return history;
  }
  history.status = RecordHistory::Status::Available;
  std::string folder = folder_in_repository(*repository, registry_root);
  history.path = folder.empty() ? file : folder + "/" + file;
  // One more than asked for tells whether older changes exist.
  history.commits = repository->history(start, history.path, limit + 1, &history.cut);
  if (history.commits.size() > limit) {
    history.more = true;
    history.commits.resize(limit);
    history.cut = false;
  }
  if (revision.empty() && repository->workdir()) {
    std::string content;
    std::optional<std::string> committed = repository->blob_id(start, history.path);
    if (read_whole(*repository->workdir() / history.path, content)) {
      history.uncommitted = !committed || *committed != GitRepository::hash_blob(content);
    }
  }
  return history;
}

}  // namespace hok
