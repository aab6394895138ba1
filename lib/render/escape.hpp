#pragma once
// Escaping for every place a registry's text is printed. Keys and values reach diagnostics raw:
// a key holding "\n::error file=…" must not become a CI workflow command.
#include <string>
#include <string_view>

namespace hok {

// Control characters (and DEL) as visible escapes: "\n", "\t", "\x1b"; everything else unchanged.
std::string escape_control(std::string_view text);

// A GitHub Actions workflow-command message: control characters escaped, then %, CR, LF encoded.
std::string escape_workflow_message(std::string_view text);
// A workflow-command property (file, title): as a message, plus ':' and ','.
std::string escape_workflow_property(std::string_view text);

}  // namespace hok
