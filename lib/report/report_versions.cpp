#include "report/report_versions.hpp"

#include <fmt/format.h>

#include <memory>

#include "load/registry_loader.hpp"

namespace hok {

namespace {

// The last commit on the first-parent line from `start` made on or before `day`; a shallow clone
// cut before it is refused with the fix, the state named as the report's year end or start, or
// the day itself.
std::optional<GitCommitInfo> last_on_or_before(const GitRepository& repository, const std::string& start,
                                               const Date& day, int year) {
  bool cut = false;
  std::optional<std::string> commit = repository.last_commit_before(start, format_date(add_days(day, 1)), &cut);
  if (cut) {
    const char* key = day == Date{year, 12, 31}       ? "error.report.history_cut.year_end"
                      : day == Date{year - 1, 12, 31} ? "error.report.history_cut.year_start"
                                                      : "error.report.history_cut.day";
    throw HokError(message(key, {{"year", std::to_string(year)},
                                 {"day", format_date(day)},
                                 {"fix", message("error.shallow_fix")}}));
  }
  if (!commit) return std::nullopt;
  return repository.describe(*commit);
}

}  // namespace

ReportVersions choose_report_versions(const std::filesystem::path& registry_root, const std::string& revision,
                                      int year, const Date& day, const Date& today) {
  ReportVersions versions;
  versions.today = today;
  std::unique_ptr<GitRepository> repository;
  try {
    repository = std::make_unique<GitRepository>(registry_root);
  } catch (const HokError&) {
    if (!revision.empty()) throw;
    return versions;  // not a git repository: the files as they are
  }
  std::string start;
  try {
    start = repository->resolve_commit(revision.empty() ? "HEAD" : revision);
  } catch (const HokError&) {
    if (!revision.empty()) throw;
    return versions;  // a repository without commits
  }
  versions.in_git = true;
  if (!revision.empty()) {
    versions.year_from = ReportVersions::Year::Revision;
    versions.year = repository->describe(start);
  } else if (day < today) {
    versions.year = last_on_or_before(*repository, start, day, year);
    versions.year_from = versions.year ? ReportVersions::Year::YearEnd : ReportVersions::Year::NotCommitted;
  }
  versions.previous =
      last_on_or_before(*repository, start, Date{year - 1, 12, 31}, year);
  return versions;
}

std::map<int, GitCommitInfo> year_end_states(const std::filesystem::path& registry_root, const std::string& revision,
                                             int first, int last) {
  std::map<int, GitCommitInfo> states;
  std::unique_ptr<GitRepository> repository;
  std::string start;
  try {
    repository = std::make_unique<GitRepository>(registry_root);
    start = repository->resolve_commit(revision.empty() ? "HEAD" : revision);
  } catch (const HokError&) {
    if (!revision.empty()) throw;
    return states;
  }
  for (int year = first; year <= last; ++year) {
    bool cut = false;
    std::optional<std::string> commit =
        repository->last_commit_before(start, fmt::format("{:04}-01-01", year + 1), &cut);
    if (commit && !cut) states.emplace(year, repository->describe(*commit));
  }
  return states;
}

}  // namespace hok
