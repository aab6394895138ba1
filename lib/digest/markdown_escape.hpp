#pragma once
// Escaping for the Markdown digest: plain text, table cells, link destinations and Mermaid labels.
#include <string>
#include <string_view>

namespace hok {

// Plain text that Markdown shows literally, also inside a GFM table cell: every punctuation
// character that could start markup is backslash-escaped (`|` included), newlines and other
// control characters become one space, a leading number cannot start a list, and `@`/`#`
// are escaped so text posted to a git host notifies no one.
std::string escape_markdown_text(std::string_view text);

// A link destination: percent-encodes what would end or break it (space, parentheses, angle
// brackets, backslash, `|` which would split a table row, control characters).
std::string markdown_link_destination(std::string_view url);

// A label inside a Mermaid node's double quotes, on one line: quotes, angle brackets, `&`, `#`
// and backticks as Mermaid entity codes (`#quot;`), so a label can neither end the node nor the
// fenced code block around the diagram.
std::string escape_mermaid_label(std::string_view text);

}  // namespace hok
