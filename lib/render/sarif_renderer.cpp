#include "render/sarif_renderer.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/rule_catalog.hpp"

namespace hok {

namespace {

using Json = nlohmann::ordered_json;

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
    case Severity::Off: return "none";
  }
  return "none";
}

}  // namespace

std::string relative_path_uri(const std::string& path) {
  std::string out;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) out += c;
    else out += fmt::format("%{:02X}", byte);
  }
  return out;
}

std::string render_sarif(const std::vector<Finding>& findings, const SarifOptions& options) {
  Json rules = Json::array();
  std::vector<std::string_view> rule_codes;
  for (const RuleInfo& rule : rule_catalog()) {
    if (!rule.code.starts_with(options.rule_prefix)) continue;
    rules.push_back(Json{{"id", std::string(rule.code)},
                         {"name", std::string(rule.name)},
                         {"shortDescription", {{"text", std::string(rule.summary)}}},
                         {"defaultConfiguration", {{"level", sarif_level(rule.default_severity)}}}});
    rule_codes.push_back(rule.code);
  }

  Json results = Json::array();
  for (const Finding& finding : findings) {
    Json result;
    result["ruleId"] = finding.code;
    for (std::size_t i = 0; i < rule_codes.size(); ++i) {
      if (rule_codes[i] == finding.code) result["ruleIndex"] = i;
    }
    result["level"] = sarif_level(finding.severity);
    std::string text = finding.message;
    if (finding.hint) text += " (" + *finding.hint + ")";
    result["message"] = {{"text", text}};
    Json physical = {{"artifactLocation", {{"uri", relative_path_uri(options.path_prefix + finding.location.file)}}}};
    if (finding.location.line > 0) {
      Json region = {{"startLine", finding.location.line}, {"startColumn", std::max(1, finding.location.column)}};
      if (finding.location.length > 0) region["endColumn"] = std::max(1, finding.location.column) + finding.location.length;
      physical["region"] = std::move(region);
    }
    result["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
    if (finding.waived_reason) {
      result["suppressions"] = Json::array(
          {Json{{"kind", "external"},
                {"justification", fmt::format("waived until {}: {}", finding.waived_until.value_or("?"),
                                              *finding.waived_reason)}}});
    }
    if (finding.subject) result["properties"] = {{"subject", *finding.subject}};
    results.push_back(std::move(result));
  }

  Json driver = {{"name", "hok"}, {"version", options.tool_version}, {"rules", std::move(rules)}};
  Json log = {
      {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", Json::array({Json{{"tool", {{"driver", std::move(driver)}}},
                                 {"columnKind", "unicodeCodePoints"},
                                 {"results", std::move(results)}}})},
  };
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace hok
