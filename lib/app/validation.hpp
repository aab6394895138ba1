#pragma once
// `hok validate` as a library call: load, run every check, apply hok.yaml's severity overrides.
#include <filesystem>
#include <vector>

#include "core/finding.hpp"
#include "core/finding_catalog.hpp"
#include "load/registry_loader.hpp"
#include "model/severity_overrides.hpp"

namespace hok {

struct ValidationResult {
  LoadResult load;
  std::vector<Finding> findings;  // sorted by file, line, column; rules turned off removed
};

// Throws HokError when there is no registry to validate.
ValidationResult validate_registry(const std::filesystem::path& start, const LoadOptions& options = {});
// The same for a registry from any source (a git revision).
ValidationResult validate_registry(const RegistrySource& source, const LoadOptions& options = {});
// Runs every validate check on an already loaded registry, side by side on `threads` threads (0:
// all cores); the findings do not depend on how many.
ValidationResult validate_loaded(LoadResult load, unsigned threads = 0);

// The catalogue findings are printed in: `language` (from --lang) when not empty, else hok.yaml's
// `language`. Throws HokError for a language hok has no messages in.
const FindingCatalog& finding_catalog(const std::string& language, const RegistrySettings& settings);

// 1 if any finding (not waived) is at or above `fail_on`, else 0.
int exit_code_for(const std::vector<Finding>& findings, Severity fail_on);

}  // namespace hok
