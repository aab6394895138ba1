#include "core/finding.hpp"

#include <algorithm>
#include <tuple>

#include "core/finding_catalog.hpp"
#include "core/rule_catalog.hpp"

namespace hok {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Off: return "off";
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(const std::string& text) {
  if (text == "error") return Severity::Error;
  if (text == "warning") return Severity::Warning;
  if (text == "info") return Severity::Info;
  if (text == "off") return Severity::Off;
  return std::nullopt;
}

Finding make_finding(std::string code, Location location, Message message, std::optional<Message> hint,
                     std::optional<std::string> subject) {
  const FindingCatalog& english = FindingCatalog::english();
  Finding finding;
  finding.severity = default_severity(code);
  finding.code = std::move(code);
  finding.location = std::move(location);
  finding.message = english.render(message);
  finding.message_data = std::move(message);
  if (hint) finding.hint = english.render(*hint);
  finding.hint_data = std::move(hint);
  finding.subject = std::move(subject);
  return finding;
}

void FindingSink::add(std::string code, Location location, Message message, std::optional<Message> hint,
                      std::optional<std::string> subject) {
  findings_.push_back(
      make_finding(std::move(code), std::move(location), std::move(message), std::move(hint), std::move(subject)));
}

std::string english_message(const Finding& finding) {
  if (finding.message_data.empty()) return finding.message;
  return FindingCatalog::english().render(finding.message_data);
}

void FindingSink::merge(FindingSink other) {
  findings_.insert(findings_.end(), std::make_move_iterator(other.findings_.begin()),
                   std::make_move_iterator(other.findings_.end()));
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.code, a.message) <
           std::tie(b.location.file, b.location.line, b.location.column, b.code, b.message);
  });
}

}  // namespace hok
