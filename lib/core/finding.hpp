#pragma once
// Findings are data: checks append them to a sink, renderers print them. Nothing here prints.
#include <optional>
#include <string>
#include <vector>

#include "core/message.hpp"

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
  std::string message;               // message_data as text in the chosen language
  std::optional<std::string> hint;   // hint_data as text
  std::optional<std::string> subject;  // id of the record concerned
  // Set by `hok gaps` for a gap covered by a waiver in hok.yaml.
  std::optional<std::string> waived_reason;
  std::optional<std::string> waived_until;
  Message message_data;  // the message as catalogue key and arguments (empty for a bare text)
  std::optional<Message> hint_data;
};

// Collects findings from any number of checks; cheap to merge.
class FindingSink {
 public:
  void add(Finding finding) { findings_.push_back(std::move(finding)); }
  // Renders the message and hint in English; localize_findings renders them in another language.
  void add(std::string code, Location location, Message message,
           std::optional<Message> hint = std::nullopt,
           std::optional<std::string> subject = std::nullopt);
  void merge(FindingSink other);
  const std::vector<Finding>& findings() const { return findings_; }
  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

// A finding with its message and hint set from message data, rendered in English.
Finding make_finding(std::string code, Location location, Message message,
                     std::optional<Message> hint = std::nullopt,
                     std::optional<std::string> subject = std::nullopt);

// The message in English whatever language the finding was rendered in: what findings are
// matched by across revisions (`--new-since`, `hok diff`).
std::string english_message(const Finding& finding);

// Sorts by file, line, column, code: the order every renderer prints.
void sort_findings(std::vector<Finding>& findings);

}  // namespace hok
