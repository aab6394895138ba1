#pragma once
// What changed in the registry during a year according to git: the registry as it stood at the
// last commit before 1 January compared with the last commit before the next 1 January (the
// newest commit when the year is not over). Read through libgit2 from the object database.
#include <filesystem>
#include <string>

#include "app/registry_diff.hpp"
#include "core/dates.hpp"

namespace hok {

struct YearHistory {
  enum class Status {
    Available,
    NotRepository,  // the registry is not in a git repository (or it has no commits)
    NoCommits,      // no commit was made before the end of the year
  };
  Status status = Status::NotRepository;
  std::string base_commit;  // short id; empty when the registry did not exist before the year
  std::string base_date;    // the base commit's date, YYYY-MM-DD
  std::string head_commit;  // short id
  std::string head_date;
  RegistryDiff diff;
};

// The history of `year` for the registry whose folder is `registry_root`, walking back from
// `revision` (empty: HEAD). A registry that did not exist at the base commit is compared with an
// empty registry, so every record counts as added. Never throws for a folder outside git: the
// status says so. Throws HokError for an unknown revision, and for a shallow clone whose history
// stops after the year began (the message says how to fetch the whole history).
YearHistory year_history(const std::filesystem::path& registry_root, const std::string& revision, int year);

}  // namespace hok
