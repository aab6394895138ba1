#include "app/validation.hpp"

#include <algorithm>

#include "check/check.hpp"
#include "check/report_text.hpp"
#include "core/parallel.hpp"

namespace hok {

ValidationResult validate_registry(const std::filesystem::path& start, const LoadOptions& options) {
  return validate_loaded(load_registry(start, options), options.threads);
}

ValidationResult validate_registry(const RegistrySource& source, const LoadOptions& options) {
  return validate_loaded(load_registry(source, options), options.threads);
}

ValidationResult validate_loaded(LoadResult load, unsigned threads) {
  ValidationResult result{std::move(load), {}};
  FindingSink sink = std::move(result.load.findings);
  // The checks only read the registry: they run side by side, each into its own sink, merged in
  // code order (the findings are sorted below anyway).
  // One more task after the table: the secretariat's texts (reports/YYYY.md). It finds cases of
  // E002, E004, E007 and E008 — rules of other checks and of loading — so it has no row of its own
  // in the table of one rule per check (check/report_text.hpp).
  const std::vector<Check>& checks = validate_checks();
  std::vector<FindingSink> sinks(checks.size() + 1);
  parallel_for(sinks.size(), threads, [&](std::size_t i) {
    if (i < checks.size()) {
      checks[i].run(*result.load.registry, sinks[i]);
    } else {
      check_secretariat_texts(*result.load.registry, sinks[i]);
    }
  });
  for (FindingSink& one : sinks) sink.merge(std::move(one));
  result.findings = std::move(sink.findings());
  apply_severity_overrides(result.findings, result.load.registry->settings);
  sort_findings(result.findings);
  return result;
}

const FindingCatalog& finding_catalog(const std::string& language, const RegistrySettings& settings) {
  const std::string& chosen = language.empty() ? settings.language : language;
  if (const FindingCatalog* catalog = FindingCatalog::find(chosen)) return *catalog;
  throw HokError(message("error.no_language", {{"language", chosen}, {"languages", list_and(literals(message_languages()))}}));
}

int exit_code_for(const std::vector<Finding>& findings, Severity fail_on) {
  bool failing = std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
    return !finding.waived_reason && finding.severity >= fail_on;
  });
  return failing ? 1 : 0;
}

}  // namespace hok
