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
// control characters become one space, a leading number cannot start a list, `@`/`#`
// are escaped so text posted to a git host notifies no one, and zero-width and bidirectional-
// control characters are shown as "⟨U+202E⟩" (reveal_invisible_markdown). The one Markdown text escaper of
// hok: the digest, the report, `gaps --format md` and `diff --format md` all use it.
std::string escape_markdown_text(std::string_view text);

// A link destination: percent-encodes what would end or break it (space, parentheses, angle
// brackets, backslash, `|` which would split a table row, control characters) and the characters
// people cannot see (percent_encode_invisible).
std::string markdown_link_destination(std::string_view url);

// A label inside a Mermaid node's double quotes, on one line: quotes, angle brackets, `&`, `#`
// and backticks as Mermaid entity codes (`#quot;`), so a label can neither end the node nor the
// fenced code block around the diagram.
std::string escape_mermaid_label(std::string_view text);

// Characters people cannot see in a finished page or report (core/invisible.hpp: zero-width and
// bidirectional-control characters — a "Trojan Source" name can make two records look identical,
// or read backwards) shown as their code point, so that a reader sees them and nothing is
// reordered. Text that holds none is returned byte for byte. See docs/reliability.md.
//
// HTML: in text, a marked span naming the character —
//   <span class="invisible" title="U+202E (RIGHT-TO-LEFT OVERRIDE)">⟨U+202E⟩</span>
// (hok.css and report.css draw its frame); where no markup may go — inside a tag (an attribute
// value), in <title> and <textarea>, and in SVG, where a span would end the drawing — the same
// text "⟨U+202E⟩" without the span. Comments, <script> and <style> are left as they are: hok
// puts no reader text there.
std::string reveal_invisible_html(std::string_view html);
// Markdown: "⟨U+202E⟩" everywhere; its characters mean nothing in Markdown, HTML or Mermaid, so
// it is safe in text, table cells, raw HTML and code blocks alike.
std::string reveal_invisible_markdown(std::string_view markdown);

// `url` with each character people cannot see percent-encoded (U+202E → %E2%80%AE): a link keeps
// its target, and a page's address never hides one.
std::string percent_encode_invisible(std::string_view url);

}  // namespace hok
