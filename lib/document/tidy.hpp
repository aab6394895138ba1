#pragma once
// Tidying what mustache templates leave behind (the blank lines of skipped sections), for every
// document hok writes: the portal's pages and the annual report, in HTML and in Markdown.
#include <string>

namespace hok {

// `text` with at most one blank line between blocks: blank lines at the start are dropped, a run
// of blank (space- or tab-only) lines becomes one empty line, and the text ends in exactly one
// newline. Lines inside ``` fenced code blocks are kept as they are.
std::string tidy_markdown(const std::string& text);

// `text` without blank (space- or tab-only) lines, except inside <pre>, where they are content.
// A browser shows the page the same with or without them.
std::string tidy_html(const std::string& text);

}  // namespace hok
