#include "document/tidy.hpp"

#include <string_view>

namespace hok {

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// Calls `keep(line)` for each line of `text` (without its newline); a line is kept when it returns true.
template <typename KeepLine>
std::string filter_lines(const std::string& text, KeepLine keep) {
  std::string result;
  result.reserve(text.size());
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    if (!keep(line)) continue;
    result += line;
    result += '\n';
  }
  return result;
}

}  // namespace

// Mustache leaves the blank lines of skipped sections behind; Markdown needs at most one between
// blocks.
std::string tidy_markdown(const std::string& text) {
  bool in_fence = false;
  int blank_run = 1;  // drop blank lines at the start
  std::string result = filter_lines(text, [&](std::string_view& line) {
    if (line.substr(0, 3) == "```") in_fence = !in_fence;
    const bool blank = !in_fence && is_blank(line);
    if (blank && ++blank_run > 1) return false;
    if (blank) line = {};
    else blank_run = 0;
    return true;
  });
  while (result.size() >= 2 && result[result.size() - 1] == '\n' && result[result.size() - 2] == '\n')
    result.pop_back();
  return result;
}

std::string tidy_html(const std::string& text) {
  bool in_pre = false;
  return filter_lines(text, [&](std::string_view line) {
    if (is_blank(line) && !in_pre) return false;
    const std::size_t open = line.rfind("<pre");
    const std::size_t close = line.rfind("</pre>");
    if (open != std::string_view::npos && (close == std::string_view::npos || open > close)) in_pre = true;
    if (close != std::string_view::npos && (open == std::string_view::npos || close > open)) in_pre = false;
    return true;
  });
}

}  // namespace hok
