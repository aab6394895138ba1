#pragma once
// Tidying the Markdown that mustache templates leave behind: the digest's pages and the annual
// report both render through it.
#include <string>

namespace hok {

// `text` with at most one blank line between blocks: blank lines at the start are dropped, a run
// of blank (space- or tab-only) lines becomes one empty line, and the text ends in exactly one
// newline. Lines inside ``` fenced code blocks are kept as they are.
std::string tidy_markdown(const std::string& text);

}  // namespace hok
