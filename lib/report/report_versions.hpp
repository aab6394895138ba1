#pragma once
// Which state of the registry the annual report reads. In a git repository the year is the
// registry as it stood at the last commit on or before the day the year is judged on (normally
// 31 December), and the year before is the registry at the last commit on or before 31 December
// of year − 1, so a record committed after the year ended does not change the year's report.
// Outside git, the report reads the files as they are and judges the year before from the
// records' own dates.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/dates.hpp"
#include "git/git_repository.hpp"

namespace hok {

struct ReportVersions {
  enum class Year {
    Files,         // the files as they are: outside git, or the year is not over yet
    Revision,      // the revision named by --rev
    YearEnd,       // the last commit on or before the day the year is judged on
    NotCommitted,  // in git, but no commit on or before that day: the files as they are
  };
  Year year_from = Year::Files;
  bool in_git = false;                    // the registry lies in a git repository with commits
  std::optional<GitCommitInfo> year;      // the commit the year is read from (Revision, YearEnd)
  std::optional<GitCommitInfo> previous;  // the last commit on or before 31 December of year − 1
  Date today;                             // the day the report was made
};

// Chooses the states for a report on `year` judged on `day`, for the registry whose folder (in
// the working tree) is `registry_root`. `revision` (from --rev; empty: none) is read as the year
// and is where the walk back to the year before starts. A day that has not passed yet (`day` ≥
// `today`) reads the files as they are: the year is not over. Never throws for a folder outside
// git or a repository without commits; throws HokError for an unknown revision and for a shallow
// clone whose history stops before the day (the message says how to fetch it).
ReportVersions choose_report_versions(const std::filesystem::path& registry_root, const std::string& revision,
                                      int year, const Date& day, const Date& today);

// The last commit on or before 31 December of each year from `first` to `last`, walking back
// along first parents from `revision` (empty: HEAD): the states the trend reads. A year without
// one (outside git, before the first commit, beyond a shallow clone's cut) is left out. Throws
// HokError only for an unknown revision.
std::map<int, GitCommitInfo> year_end_states(const std::filesystem::path& registry_root, const std::string& revision,
                                             int first, int last);

}  // namespace hok
