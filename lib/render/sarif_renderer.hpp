#pragma once
// Findings → SARIF 2.1.0, the format code-scanning dashboards (GitHub, Azure DevOps, VS Code's
// SARIF viewer) read. Written with nlohmann-json; checked against the OASIS schema in the tests.
#include <string>
#include <vector>

#include "core/finding.hpp"

namespace hok {

struct SarifOptions {
  std::string tool_version;  // hok's version, as `hok --version` prints it
  std::string path_prefix;   // prepended to file paths: the registry's path in the repository
  std::string rule_prefix;   // catalog rules listed in tool.driver.rules: "E" for validate, "" for all
};

// One run: tool.driver (name hok, version, the rules with id, name, shortDescription and
// defaultConfiguration.level) and one result per finding (ruleId, ruleIndex, level, message.text,
// the file as a relative URI, and a region unless the finding is about the whole file).
std::string render_sarif(const std::vector<Finding>& findings, const SarifOptions& options);

// A relative path as a URI reference: `/` kept, unreserved characters kept, the rest %-encoded.
std::string relative_path_uri(const std::string& path);

}  // namespace hok
