#include "load/line_table.hpp"

#include <algorithm>
#include <string_view>

#include "core/byte_scan.hpp"

namespace hok {

LineTable::LineTable(const std::string& text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

std::size_t LineTable::offset(const YAML::Mark& mark) const {
  if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= starts_.size()) return text_.size();
  return std::min(text_.size(), starts_[mark.line] + static_cast<std::size_t>(std::max(0, mark.column)));
}

int LineTable::line(const YAML::Mark& mark) const { return std::max(0, mark.line) + 1; }

int LineTable::column(const YAML::Mark& mark) const {
  if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= starts_.size()) return 1;
  const std::size_t target = offset(mark);
  if (mark.line != counted_line_ || target < counted_offset_) {
    counted_line_ = mark.line;
    counted_offset_ = starts_[mark.line];
    counted_characters_ = 0;
  }
  counted_characters_ +=
      utf8_length(std::string_view(text_).substr(counted_offset_, target - counted_offset_));
  counted_offset_ = target;
  return counted_characters_ + 1;
}

int LineTable::rest_of_line(std::size_t from, int limit) const {
  int count = 0;
  for (std::size_t i = from; i < text_.size() && count < limit; ++i) {
    const char c = text_[i];
    if (c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] == '\n'))) break;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace hok
