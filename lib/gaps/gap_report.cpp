// compute_gaps: run every gap rule, then hok.yaml's severity overrides, then the waivers, then
// the --rule filter. Upcoming gaps (--expiring) stay `info` whatever the rule's severity, and go
// when the rule is `off`.
#include "gaps/gap_report.hpp"

#include <algorithm>

#include "gaps/gap_check.hpp"
#include "model/severity_overrides.hpp"

namespace hok {

namespace {

std::vector<std::string> rules_turned_off(const RegistrySettings& settings) {
  std::vector<std::string> off;
  for (const auto& [code, level] : settings.severity) {
    if (level == "off") off.push_back(code);
  }
  return off;
}

bool contains(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

}  // namespace

int GapReport::waived() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const Finding& finding) { return finding.waived_reason.has_value(); }));
}

GapReport compute_gaps(const Registry& registry, const GapOptions& options) {
  const GapContext context{options.as_of, options.expiring_days};
  FindingSink gaps;
  FindingSink upcoming;
  for (const GapCheck& check : gap_checks()) {
    check.run(registry, context, gaps);
    if (check.upcoming != nullptr && context.expiring_days > 0) {
      check.upcoming(registry, context, upcoming);
    }
  }

  const std::vector<std::string> off = rules_turned_off(registry.settings);
  std::vector<Finding> findings = std::move(gaps.findings());
  apply_severity_overrides(findings, registry.settings);

  FindingSink waiver_findings;
  gap_waivers(registry, context, off, findings, waiver_findings);
  apply_severity_overrides(waiver_findings.findings(), registry.settings);
  for (Finding& finding : waiver_findings.findings()) findings.push_back(std::move(finding));

  for (Finding& finding : upcoming.findings()) {
    if (!contains(off, finding.code)) findings.push_back(std::move(finding));
  }

  if (!options.rules.empty()) {
    std::erase_if(findings,
                  [&](const Finding& finding) { return !contains(options.rules, finding.code); });
  }
  sort_findings(findings);
  return GapReport{options.as_of, std::move(findings)};
}

}  // namespace hok
