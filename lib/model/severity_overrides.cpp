#include "model/severity_overrides.hpp"

#include <optional>

namespace hok {

void apply_severity_overrides(std::vector<Finding>& findings, const RegistrySettings& settings) {
  for (const auto& [code, level] : settings.severity) {
    std::optional<Severity> severity = parse_severity(level);
    if (!severity) continue;
    for (Finding& finding : findings) {
      if (finding.code == code) finding.severity = *severity;
    }
  }
  std::erase_if(findings, [](const Finding& finding) { return finding.severity == Severity::Off; });
}

}  // namespace hok
