#pragma once
// Findings are data: checks append them to a sink, renderers print them. Nothing here prints.
#include <optional>
#include <string>
#include <vector>

namespace hok {

enum class Severity { Off, Info, Warning, Error };

// "error", "warning", "info", "off".
const char* severity_name(Severity severity);
// Parses "error"/"warning"/"info"/"off"; nullopt for anything else.
std::optional<Severity> parse_severity(const std::string& text);

// A place in a registry file. `file` is relative to the registry root with `/` separators;
// line and column are 1-based (column counts characters, not bytes); 0 means "the whole file".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  int length = 0;  // characters to underline; 0 for none
};

struct Finding {
  std::string code;  // "E007"
  Severity severity = Severity::Error;
  Location location;
  std::string message;
  std::optional<std::string> hint;
  std::optional<std::string> subject;  // id of the record concerned
  // Set by `hok gaps` for a gap covered by a waiver in hok.yaml.
  std::optional<std::string> waived_reason;
  std::optional<std::string> waived_until;
};

// Collects findings from any number of checks; cheap to merge.
class FindingSink {
 public:
  void add(Finding finding) { findings_.push_back(std::move(finding)); }
  void add(std::string code, Location location, std::string message,
           std::optional<std::string> hint = std::nullopt,
           std::optional<std::string> subject = std::nullopt);
  void merge(FindingSink other);
  const std::vector<Finding>& findings() const { return findings_; }
  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

// Sorts by file, line, column, code: the order every renderer prints.
void sort_findings(std::vector<Finding>& findings);

}  // namespace hok
