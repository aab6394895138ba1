#pragma once
// The commonest slips in hand-written registry files, found in the text itself and said in an
// editor's words with the corrected line: a missing space after a colon, a quote that is never
// closed, a line indented differently from the lines it belongs with, a colon inside an unquoted
// text. The parser's own messages never reach the user (docs/messages.md).
#include <optional>
#include <string>

#include "core/finding.hpp"

namespace hok {

struct YamlSlip {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters
  int length = 1;
  Message message;
  Message hint;
};

// The slip that most likely made the parser stop at `error_line` (1-based) with `parser_message`;
// nullopt when the text shows none of the known slips.
std::optional<YamlSlip> find_slip_before_error(const std::string& text, int error_line, int error_column,
                                               const std::string& parser_message);

// A slip the parser reads without complaint but into something else than meant: a top-level
// `key:value` without the space (read as part of the value above), a list entry indented further
// than the one above it (read as the continuation of that entry's text).
std::optional<YamlSlip> find_silent_slip(const std::string& text);

// The hint for a tab in the indentation of `line`: the line with each tab there written as two
// spaces, the registry's step ("replace the tab with spaces: `  adopted: 2023-03-15`").
Message tab_hint(const std::string& line);

}  // namespace hok
