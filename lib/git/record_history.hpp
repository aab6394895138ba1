#pragma once
// `hok show ID`'s history: the commits that changed the record's file, newest first, read with
// libgit2 from the repository holding the registry.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "git/git_repository.hpp"

namespace hok {

struct RecordHistory {
  enum class Status {
    Available,      // `commits` lists the changes (empty: the file was never committed)
    NotRepository,  // the registry is not inside a git repository
    NoCommits,      // the repository has no commit yet
  };
  Status status = Status::NotRepository;
  std::string path;                    // the file's path inside the repository, `/`-separated
  std::string revision;                // what the history is read from: "HEAD" or the --rev given
  std::vector<GitCommitInfo> commits;  // newest first, at most the limit asked for
  bool more = false;                   // older commits changed the file too (beyond the limit)
  bool uncommitted = false;            // the working tree's copy differs from the revision's
  bool cut = false;                    // a shallow clone: the file is older than the history in it
};

// The history of `file` (relative to `registry_root`, `/`-separated), walking the first-parent
// line back from `revision` (empty: HEAD, and then the working tree's copy is compared with
// HEAD's). Renames are not followed: the history is the file's under its current name. Never
// throws for a folder outside git; throws HokError for an unknown revision.
RecordHistory record_history(const std::filesystem::path& registry_root, const std::string& revision,
                             const std::string& file, std::size_t limit);

}  // namespace hok
