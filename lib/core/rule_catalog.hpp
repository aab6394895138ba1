#pragma once
// The one table of rule codes: name, default severity, one-line summary. It feeds `--rule`,
// severity overrides from hok.yaml, and docs/rules.md. Codes never change meaning.
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"

namespace hok {

struct RuleInfo {
  std::string_view code;
  std::string_view name;
  Severity default_severity;
  std::string_view summary;
};

const std::vector<RuleInfo>& rule_catalog();
// nullptr for an unknown code.
const RuleInfo* find_rule(std::string_view code);
// The rule's name ("unresolved-reference"); "unknown" for an unknown code.
std::string_view rule_name(std::string_view code);
Severity default_severity(std::string_view code);
// False for the rules whose finding means "this file was not read" (E001 yaml-syntax, E003
// encoding, E012 registry-root): hok.yaml's `severity:` cannot change them, or the file would
// vanish from every output without a trace.
bool can_change_severity(std::string_view code);

}  // namespace hok
