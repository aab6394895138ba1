#pragma once
// Escaping for every place a registry's text is printed. Keys and values reach diagnostics raw:
// a key holding "\n::error file=…" must not become a CI workflow command, and a name holding
// "|" must not split a Markdown table row.
#include <string>
#include <string_view>

namespace hok {

// Control characters (and DEL) as visible escapes: "\n", "\t", "\x1b"; zero-width and
// bidirectional-control characters as "<U+202E>"; everything else unchanged.
std::string escape_control(std::string_view text);

// A GitHub Actions workflow-command message: control characters escaped, then %, CR, LF encoded.
std::string escape_workflow_message(std::string_view text);
// A workflow-command property (file, title): as a message, plus ':' and ','.
std::string escape_workflow_property(std::string_view text);

// Plain text that Markdown shows literally, also inside a GFM table cell: every punctuation
// character that could start markup is backslash-escaped (`|` included), newlines and other
// control characters become one space, a leading number cannot start a list, and `@`/`#`
// are escaped so text posted to a git host notifies no one. The one Markdown text escaper of
// hok: the digest, the report, `gaps --format md` and `diff --format md` all use it.
std::string escape_markdown_text(std::string_view text);

// A link destination: percent-encodes what would end or break it (space, parentheses, angle
// brackets, backslash, `|` which would split a table row, control characters).
std::string markdown_link_destination(std::string_view url);

// A label inside a Mermaid node's double quotes, on one line: quotes, angle brackets, `&`, `#`
// and backticks as Mermaid entity codes (`#quot;`), so a label can neither end the node nor the
// fenced code block around the diagram.
std::string escape_mermaid_label(std::string_view text);

}  // namespace hok
