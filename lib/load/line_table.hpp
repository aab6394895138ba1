#pragma once
// yaml-cpp's marks (0-based line and byte column) → hok's positions (1-based line, column in
// characters), and the raw text around a mark.
#include <limits>
#include <string>
#include <vector>

#include <yaml-cpp/mark.h>

namespace hok {

// Byte offsets of the line starts of one text, which must outlive the table.
//
// Columns are counted in characters from the line's start, which costs the line's length: on a
// flow list written on one line (`parties: [a, b, …]`, 100,000 entries on a line of 600 kB) that
// was quadratic, 48 s of CPU. The table therefore remembers the last mark it counted and counts on
// from there when the next mark lies further along the same line, as yaml-cpp's marks do in
// document order: each byte of a line is counted about once. A mark behind the last one (a
// finding reported at a remembered mark) is counted from its line's start again. One table is
// for one thread.
class LineTable {
 public:
  explicit LineTable(const std::string& text);

  // The mark's byte offset in the text (the text's size for a mark outside it).
  std::size_t offset(const YAML::Mark& mark) const;
  // 1-based line.
  int line(const YAML::Mark& mark) const;
  // 1-based column in UTF-8 characters.
  int column(const YAML::Mark& mark) const;
  // Characters from `from` to the end of its line (a CR before the LF not counted), but at most
  // `limit`: the cost is that of the characters counted, never of the rest of a long line.
  int rest_of_line(std::size_t from, int limit = std::numeric_limits<int>::max()) const;

 private:
  const std::string& text_;
  std::vector<std::size_t> starts_;
  // The last mark counted: its line, its byte offset, and the characters before it on its line.
  mutable int counted_line_ = -1;
  mutable std::size_t counted_offset_ = 0;
  mutable int counted_characters_ = 0;
};

}  // namespace hok
