#include "report/year_history.hpp"

#include <fmt/format.h>

#include "app/validation.hpp"
#include "git/git_repository.hpp"
#include "git/revision_source.hpp"
#include "load/registry_loader.hpp"

namespace hok {

namespace {

ValidationResult empty_registry() {
  ValidationResult result;
  result.load.registry = std::make_unique<Registry>();
  result.load.registry->build_index();
  return result;
}

// The registry at `commit`; an empty registry when the commit has no hok.yaml for it.
ValidationResult registry_at(const std::filesystem::path& registry_root, const std::string& commit) {
  std::unique_ptr<RegistrySource> source;
  try {
    source = revision_source(registry_root, commit);
  } catch (const HokError&) {
    return empty_registry();
  }
  return validate_registry(*source);
}

}  // namespace

YearHistory year_history(const std::filesystem::path& registry_root, const std::string& revision, int year) {
  YearHistory history;
  std::unique_ptr<GitRepository> repository;
  try {
    repository = std::make_unique<GitRepository>(registry_root);
  } catch (const HokError&) {
    return history;  // not a git repository
  }
  std::string start;
  try {
    start = repository->resolve_commit(revision.empty() ? "HEAD" : revision);
  } catch (const HokError&) {
    if (!revision.empty()) throw;
    return history;  // a repository without commits
  }
  // A shallow clone whose history stops inside the year or after it cannot tell what the registry
  // was at the year's start (or end): refused with the fix, rather than reported as "no commit"
  // or "everything added".
  auto cut_short = [&](const char* key) {
    return HokError(message(key, {{"year", std::to_string(year)}, {"fix", message("error.shallow_fix")}}));
  };
  bool cut = false;
  std::optional<std::string> head =
      repository->last_commit_before(start, fmt::format("{:04}-01-01", year + 1), &cut);
  if (cut) throw cut_short("error.report.history_cut.year_end");
  if (!head) {
    history.status = YearHistory::Status::NoCommits;
    return history;
  }
  std::optional<std::string> base = repository->last_commit_before(start, fmt::format("{:04}-01-01", year), &cut);
  if (cut) throw cut_short("error.report.history_cut.year_start");
  history.status = YearHistory::Status::Available;
  GitCommitInfo head_info = repository->describe(*head);
  history.head_commit = head_info.short_id;
  history.head_date = head_info.date;
  ValidationResult before = empty_registry();
  if (base) {
    GitCommitInfo base_info = repository->describe(*base);
    history.base_commit = base_info.short_id;
    history.base_date = base_info.date;
    before = registry_at(registry_root, *base);
  }
  ValidationResult after = registry_at(registry_root, *head);
  history.diff = diff_registries(before, after, Date{year, 12, 31});
  return history;
}

}  // namespace hok
