// hok::LineTable: yaml-cpp's byte marks → 1-based columns in characters, counted on from the last
// mark so that a long line costs its length once, not once per value on it.
#include <catch2/catch.hpp>

#include <string>

#include "load/line_table.hpp"

namespace {

YAML::Mark mark(int line, int byte_column) {
  YAML::Mark result;
  result.line = line;
  result.column = byte_column;
  return result;
}

// The byte column of the `n`-th occurrence (0-based) of `needle` on line 0 of `text`.
int byte_column_of(const std::string& text, const std::string& needle, int n = 0) {
  std::size_t at = text.find(needle);
  for (int i = 0; i < n; ++i) at = text.find(needle, at + 1);
  REQUIRE(at != std::string::npos);
  return static_cast<int>(at);
}

}  // namespace

TEST_CASE("columns count characters after å, ä and ö, forwards along a line", "[load][line_table]") {
  const std::string text = "namn: [Åsa, Östen, Ärla]\n";
  hok::LineTable lines(text);
  CHECK(lines.column(mark(0, 0)) == 1);
  CHECK(lines.column(mark(0, byte_column_of(text, "Åsa"))) == 8);
  CHECK(lines.column(mark(0, byte_column_of(text, "Östen"))) == 13);
  CHECK(lines.column(mark(0, byte_column_of(text, "Ärla"))) == 20);
  CHECK(lines.line(mark(0, 7)) == 1);
}

TEST_CASE("a mark behind the last one counted, or on another line, gets its own column",
          "[load][line_table]") {
  const std::string text = "ö: [ä, ü]\nå: [é, è]\n";
  hok::LineTable lines(text);
  const int second_line = static_cast<int>(text.find('\n')) + 1;
  CHECK(lines.column(mark(0, byte_column_of(text, "ü"))) == 8);
  CHECK(lines.column(mark(0, byte_column_of(text, "ä"))) == 5);  // behind the last: counted again
  CHECK(lines.column(mark(1, byte_column_of(text, "è") - second_line)) == 8);
  CHECK(lines.column(mark(0, byte_column_of(text, "ü"))) == 8);  // back on the first line
  CHECK(lines.column(mark(1, 0)) == 1);
  CHECK(lines.column(mark(1, byte_column_of(text, "é") - second_line)) == 5);
  // The same mark twice gives the same column.
  CHECK(lines.column(mark(1, byte_column_of(text, "é") - second_line)) == 5);
}

TEST_CASE("a mark outside the text is placed at column 1 or the text's end", "[load][line_table]") {
  const std::string text = "a: b\n";
  hok::LineTable lines(text);
  CHECK(lines.column(mark(7, 3)) == 1);
  CHECK(lines.column(mark(-1, 3)) == 1);
  CHECK(lines.offset(mark(7, 3)) == text.size());
  CHECK(lines.offset(mark(0, 400)) == text.size());
  CHECK(lines.line(mark(-1, 0)) == 1);
}

TEST_CASE("every value of a long one-line list gets the column a count from the line start gives",
          "[load][line_table]") {
  std::string text = "parties: [";
  for (int i = 0; i < 3000; ++i)
    text += (i ? ", " : "") + std::string(i % 3 == 0 ? "Åre" : i % 3 == 1 ? "Täby" : "x") + std::to_string(i);
  text += "]\n";
  hok::LineTable lines(text);
  int characters = 0;  // counted here the slow way: from the line's start each time
  std::size_t at = text.find('[') + 1;
  for (int i = 0; i < 3000; ++i) {
    if (i) at = text.find(", ", at) + 2;
    characters = 0;
    for (std::size_t k = 0; k < at; ++k) characters += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
    INFO("entry " << i);
    REQUIRE(lines.column(mark(0, static_cast<int>(at))) == characters + 1);
  }
}

TEST_CASE("the rest of a line is counted in characters, up to a limit", "[load][line_table]") {
  const std::string text = "a: Åsa Östen\r\nb: c\nlast\r";
  hok::LineTable lines(text);
  CHECK(lines.rest_of_line(3) == 9);     // "Åsa Östen", the CR before the LF not counted
  CHECK(lines.rest_of_line(3, 3) == 3);  // "Åsa": at most the limit
  CHECK(lines.rest_of_line(3, 50) == 9);
  CHECK(lines.rest_of_line(3, 0) == 0);
  CHECK(lines.rest_of_line(text.find("last")) == 4);  // a CR at the text's end not counted
  CHECK(lines.rest_of_line(text.size()) == 0);
}
