#include "render/markdown_tidy.hpp"

namespace hok {

// Mustache leaves the blank lines of skipped sections behind; Markdown needs at most one between
// blocks.
std::string tidy_markdown(const std::string& text) {
  std::string result;
  bool in_fence = false;
  int blank_run = 1;  // drop blank lines at the start
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.rfind("```", 0) == 0) in_fence = !in_fence;
    const bool blank = !in_fence && line.find_first_not_of(" \t") == std::string::npos;
    if (blank && ++blank_run > 1) continue;
    if (!blank) blank_run = 0;
    result += blank ? "" : line;
    result += '\n';
  }
  while (result.size() >= 2 && result[result.size() - 1] == '\n' && result[result.size() - 2] == '\n')
    result.pop_back();
  return result;
}

}  // namespace hok
