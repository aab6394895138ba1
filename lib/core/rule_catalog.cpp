#include "core/rule_catalog.hpp"

#include <algorithm>

namespace hok {

const std::vector<RuleInfo>& rule_catalog() {
  static const std::vector<RuleInfo> rules = {
      {"E001", "yaml-syntax", Severity::Error, "a file that does not parse, or uses YAML features a registry never needs"},
      {"E002", "duplicate-key", Severity::Error, "the same key twice in one mapping"},
      {"E003", "encoding", Severity::Error, "invalid UTF-8, a NUL or control byte, an oversized file; a byte-order mark is a warning"},
      {"E004", "schema", Severity::Error, "a value that breaks the kind's JSON Schema"},
      {"E005", "id-filename", Severity::Error, "`id` differs from the file's stem"},
      {"E006", "duplicate-id", Severity::Error, "two records with one id"},
      {"E007", "unresolved-reference", Severity::Error, "a reference to an id that no record has"},
      {"E008", "reference-kind", Severity::Error, "a reference to a record of a kind the field does not allow"},
      {"E009", "cycle", Severity::Error, "a cycle through reports_to, supplements, replaced_by or successor"},
      {"E010", "date-order", Severity::Error, "dates in an impossible order"},
      {"E011", "stray-file", Severity::Warning, "a file hok does not read where records live, or a record outside every kind directory"},
      {"E012", "registry-root", Severity::Error, "no hok.yaml at the root, or a format version this build does not read"},
      {"E013", "unique-field", Severity::Error, "two municipalities with one SCB code"},
      {"E014", "unsafe-transfer", Severity::Error, "a forum wound down before its responsibilities are taken over"},
      {"E015", "holder-kind", Severity::Error, "a coordinating function held by the wrong kind of organisation, or in the wrong area"},
      {"E016", "mailbox", Severity::Error, "a contact's functional mailbox that is not an email address"},
      {"G001", "agreement-owner", Severity::Error, "an agreement in force without an active owner: the official steering group for the HÖK and its guideline, else a consultation group"},
      {"G002", "area-ksa", Severity::Error, "a local area with no active KSA"},
      {"G003", "area-gsa", Severity::Error, "a local area with no active GSA"},
      {"G004", "group-not-established", Severity::Warning, "a consultation group whose mandate date, chair, process lead or representation is not yet recorded"},
      {"G005", "secretariat-node", Severity::Warning, "an active consultation group with no secretariat node"},
      {"G006", "secretariat-balance", Severity::Warning, "the secretariat's core not balanced between region and municipalities"},
      {"G007", "legacy-transfer", Severity::Warning, "a legacy forum still active with responsibilities not taken over"},
      {"G008", "follow-up-overdue", Severity::Warning, "an agreement in force with no recent follow-up"},
      {"G009", "review-overdue", Severity::Warning, "a review date passed, or validity ended while still in force"},
      {"G010", "adoption-missing", Severity::Warning, "municipalities that have not adopted an agreement that requires it"},
      {"G011", "annual-plan-missing", Severity::Warning, "an active consultation group with no annual plan for the year"},
      {"G012", "plan-breakdown", Severity::Warning, "a plan year without goals, or a goal without an active owner"},
      {"G013", "representation", Severity::Info, "a municipality not seated in any active regional group"},
      {"G014", "function-review", Severity::Warning, "a function whose review date has passed"},
      {"G015", "deviation-open", Severity::Warning, "a follow-up deviation past its due date and not closed"},
      {"G016", "waiver-expired", Severity::Warning, "a waiver whose date has passed while its gap is still open"},
      {"G017", "waiver-unused", Severity::Warning, "a waiver that matches no current gap"},
      {"G018", "adoption-undated", Severity::Info, "a decision to adopt an agreement recorded without its date"},
  };
  return rules;
}

const RuleInfo* find_rule(std::string_view code) {
  const auto& rules = rule_catalog();
  auto it = std::find_if(rules.begin(), rules.end(),
                         [&](const RuleInfo& rule) { return rule.code == code; });
  return it == rules.end() ? nullptr : &*it;
}

std::string_view rule_name(std::string_view code) {
  const RuleInfo* rule = find_rule(code);
  return rule ? rule->name : std::string_view("unknown");
}

bool can_change_severity(std::string_view code) {
  return code != "E001" && code != "E003" && code != "E012";
}

Severity default_severity(std::string_view code) {
  const RuleInfo* rule = find_rule(code);
  return rule ? rule->default_severity : Severity::Error;
}

}  // namespace hok
