#include "core/rule_catalog.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/embedded_rules.hpp"
#include "core/error.hpp"

namespace hok {

namespace {

const std::set<std::string>& rule_fields() {
  static const std::set<std::string> fields{"code", "name", "severity", "severity_fixed", "stage", "subject", "summary", "finds"};
  return fields;
}

}  // namespace

// Internal: every HokError in parse_rule and rule_catalog fires only when a rules/*.json built into
// hok is broken (a defect of the build, caught by the unit tests, never a user's), so stays English.
RuleInfo parse_rule(std::string_view json_text, const std::string& origin) {
  const nlohmann::json json = nlohmann::json::parse(json_text, nullptr, false);
  if (!json.is_object()) throw HokError(fmt::format("{}: not a JSON object", origin));
  for (const auto& [key, value] : json.items()) {
    if (!rule_fields().count(key)) throw HokError(fmt::format("{}: unknown field '{}'", origin, key));
  }
  auto text = [&](const char* field) {
    auto found = json.find(field);
    if (found == json.end() || !found->is_string() || found->get_ref<const std::string&>().empty()) {
      throw HokError(fmt::format("{}: '{}' must be a text", origin, field));
    }
    return found->get<std::string>();
  };
  RuleInfo rule;
  rule.code = text("code");
  if (!std::regex_match(rule.code, std::regex("[EG][0-9]{3}"))) {
    throw HokError(fmt::format("{}: code '{}' is not a letter E or G and three digits", origin, rule.code));
  }
  rule.name = text("name");
  if (!std::regex_match(rule.name, std::regex("[a-z]+(-[a-z0-9]+)*"))) {
    throw HokError(fmt::format("{}: name '{}' is not lower-case words joined by '-'", origin, rule.name));
  }
  const std::string severity = text("severity");
  if (severity == "error") rule.default_severity = Severity::Error;
  else if (severity == "warning") rule.default_severity = Severity::Warning;
  else if (severity == "info") rule.default_severity = Severity::Info;
  else throw HokError(fmt::format("{}: severity '{}' is none of error, warning, info", origin, severity));
  if (auto fixed = json.find("severity_fixed"); fixed != json.end()) {
    if (!fixed->is_boolean()) throw HokError(fmt::format("{}: 'severity_fixed' must be true or false", origin));
    rule.severity_fixed = fixed->get<bool>();
  }
  rule.stage = text("stage");
  static const std::set<std::string> stages{"load", "check", "gaps", "waivers"};
  if (!stages.count(rule.stage)) {
    throw HokError(fmt::format("{}: stage '{}' is none of load, check, gaps, waivers", origin, rule.stage));
  }
  if ((rule.code[0] == 'G') != (rule.stage == "gaps" || rule.stage == "waivers")) {
    throw HokError(fmt::format("{}: a G code is found by gaps or waivers, an E code by load or check", origin));
  }
  rule.subject = text("subject");
  rule.summary = text("summary");
  rule.finds = text("finds");
  return rule;
}

const std::vector<RuleInfo>& rule_catalog() {
  // A broken rule file is a broken build: the unit tests read every one, so it never reaches a user.
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> result;
    for (const EmbeddedRule& file : embedded_rules()) {
      const std::string origin = "rules/" + file.code + ".json";
      RuleInfo rule = parse_rule(file.text, origin);
      if (rule.code != file.code) throw HokError(fmt::format("{}: holds code {}", origin, rule.code));
      result.push_back(std::move(rule));
    }
    std::sort(result.begin(), result.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.code < b.code; });
    return result;
  }();
  return rules;
}

const RuleInfo* find_rule(std::string_view code) {
  const auto& rules = rule_catalog();
  auto it = std::lower_bound(rules.begin(), rules.end(), code,
                             [](const RuleInfo& rule, std::string_view wanted) { return rule.code < wanted; });
  return it == rules.end() || it->code != code ? nullptr : &*it;
}

std::string_view rule_name(std::string_view code) {
  const RuleInfo* rule = find_rule(code);
  return rule ? std::string_view(rule->name) : std::string_view("unknown");
}

bool can_change_severity(std::string_view code) {
  const RuleInfo* rule = find_rule(code);
  return !rule || !rule->severity_fixed;
}

Severity default_severity(std::string_view code) {
  const RuleInfo* rule = find_rule(code);
  return rule ? rule->default_severity : Severity::Error;
}

}  // namespace hok
