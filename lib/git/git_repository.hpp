#pragma once
// Read-only access to a git repository through libgit2 (never by shelling out to `git`):
// resolving the user's revisions, listing a commit's tree, reading blobs with their size checked
// first, and the commits that touched a path.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hok {

struct GitTreeEntry {
  std::string path;  // relative to the listed folder, `/`-separated
  unsigned mode = 0; // 0100644, 0100755, 0120000 (symlink), 0160000 (submodule), 040000 (tree)
  std::string oid;   // hex
};

struct GitCommitInfo {
  std::string id;       // hex
  std::string short_id; // 7 characters
  std::string summary;  // first line of the message
  std::string author;
  std::string date;     // YYYY-MM-DD of the commit time (UTC)
};

class GitRepository {
 public:
  // Opens the repository holding `path` (searching upwards; bare repositories too). Throws
  // HokError "… is not inside a git repository".
  explicit GitRepository(const std::filesystem::path& path);
  ~GitRepository();
  GitRepository(const GitRepository&) = delete;
  GitRepository& operator=(const GitRepository&) = delete;

  // The working tree's top folder; nullopt for a bare repository.
  std::optional<std::filesystem::path> workdir() const;

  // Resolves a revision given on the command line (never one read from the registry) to a
  // commit id. Throws HokError "unknown revision" with the revision named; in a shallow clone the
  // message says so and how to fetch the whole history (the catalogue's `error.shallow_fix`).
  std::string resolve_commit(const std::string& revision) const;

  // True for a shallow clone (`git clone --depth N`, a CI checkout's default): its history stops
  // at the commits listed in .git/shallow, whose parents are not in the repository.
  bool is_shallow() const;

  // Every entry below `folder` ("" for the top) of the commit's tree, trees included.
  // nullopt when `folder` does not exist in that commit.
  std::optional<std::vector<GitTreeEntry>> list(const std::string& commit, const std::string& folder) const;

  // True if the commit's tree has a blob at `path`.
  bool has_blob(const std::string& commit, const std::string& path) const;

  // The id of the blob at `path` in the commit's tree; nullopt when there is none.
  std::optional<std::string> blob_id(const std::string& commit, const std::string& path) const;

  // The id git would give `content` as a blob (the raw bytes, no filters applied).
  static std::string hash_blob(const std::string& content);

  // Reads a blob, checking its size (from the object header) before reading it: a blob larger
  // than `max_bytes` is not read and sets `too_large`. False with `error` set if it cannot be read.
  bool read_blob(const std::string& oid, std::size_t max_bytes, std::string& content, bool& too_large,
                 std::string& error) const;

  // The commits reachable from `commit` whose tree changed `path` (a file or folder) compared
  // with their first parent, newest first, at most `limit`. When the first-parent line reaches
  // the cut of a shallow clone while `path` still exists there, what came before is unknown: the
  // list stops and `cut` (if given) is set.
  std::vector<GitCommitInfo> history(const std::string& commit, const std::string& path, std::size_t limit,
                                     bool* cut = nullptr) const;

  GitCommitInfo describe(const std::string& commit) const;

  // The newest commit on the first-parent line from `commit` whose commit time is before
  // `date` (YYYY-MM-DD, midnight UTC); nullopt if there is none. nullopt with `cut` (if given)
  // set when the line reaches the cut of a shallow clone first: such a commit may exist, but not
  // in this clone.
  std::optional<std::string> last_commit_before(const std::string& commit, const std::string& date,
                                                bool* cut = nullptr) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace hok
