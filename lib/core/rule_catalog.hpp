#pragma once
// The rules, each stated once in its own file rules/<code>.json (compiled into the binary): code,
// name, default severity, whether hok.yaml may change it, the stage that finds it, what it is
// about, a one-line summary and the description docs/rules.md shows. Everything that lists rules
// is produced from these: `--rule`, severity overrides from hok.yaml, SARIF's rule table and
// docs/rules.md's tables (scripts/rules_table.py; a test keeps them in step). A rule's words are
// the keys `<code>.…` of the catalogues' `finding` namespace. Codes never change meaning.
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"

namespace hok {

struct RuleInfo {
  std::string code;            // "E009"
  std::string name;            // "cycle"
  Severity default_severity;
  bool severity_fixed = false;  // the finding means "this file was not read"
  std::string stage;           // "load", "check", "gaps" or "waivers"
  std::string subject;         // what a finding is about: "file", "record", "agreement", "area" …
  std::string summary;         // one line
  std::string finds;           // docs/rules.md's description (Markdown)
};

// Every rule, by code.
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

// Reads one rule file; throws HokError naming `origin` and what is wrong.
RuleInfo parse_rule(std::string_view json_text, const std::string& origin);

}  // namespace hok
