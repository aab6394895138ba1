#include "app/validation.hpp"

#include <algorithm>

#include "check/check.hpp"
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
  const std::vector<Check>& checks = validate_checks();
  std::vector<FindingSink> sinks(checks.size());
  parallel_for(checks.size(), threads, [&](std::size_t i) { checks[i].run(*result.load.registry, sinks[i]); });
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
