#include "core/finding.hpp"

#include <algorithm>
#include <tuple>

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

void FindingSink::add(std::string code, Location location, std::string message,
                      std::optional<std::string> hint, std::optional<std::string> subject) {
  Finding finding;
  finding.severity = default_severity(code);
  finding.code = std::move(code);
  finding.location = std::move(location);
  finding.message = std::move(message);
  finding.hint = std::move(hint);
  finding.subject = std::move(subject);
  findings_.push_back(std::move(finding));
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
