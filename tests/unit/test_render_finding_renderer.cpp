#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "render/finding_renderer.hpp"

using namespace hok;

namespace {

// The characters of UTF-8 `text` (no escapes in the tests' lines, so one character is one column).
std::vector<std::string> characters(const std::string& text) {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    result.push_back(text.substr(i, end - i));
    i = end;
  }
  return result;
}

// What the caret points at: the character of the excerpt at its caret column.
std::string under_caret(const SourceExcerpt& excerpt) {
  const std::vector<std::string> shown = characters(excerpt.shown);
  REQUIRE(excerpt.caret >= 1);
  REQUIRE(static_cast<std::size_t>(excerpt.caret) <= shown.size());
  return shown[static_cast<std::size_t>(excerpt.caret) - 1];
}

// A line of `count` entries "å0, å1, …" (multi-byte), and the column where each entry starts.
struct LongLine {
  std::string text;
  std::vector<int> columns;
};
LongLine long_line(int count) {
  LongLine line{"parties: [", {}};
  int column = 11;
  for (int i = 0; i < count; ++i) {
    const std::string entry = std::to_string(i);
    if (i) {
      line.text += ", ";
      column += 2;
    }
    line.columns.push_back(column);
    line.text += "å" + entry;
    column += 1 + static_cast<int>(entry.size());
  }
  line.text += "]";
  return line;
}

}  // namespace

TEST_CASE("a line that fits is shown whole, the caret under its column", "[render][excerpt]") {
  SourceExcerpt excerpt = excerpt_of_line("owner: samrad-barn", 8);
  CHECK(excerpt.shown == "owner: samrad-barn");
  CHECK(excerpt.caret == 8);
  // Tabs print as one space, control characters escaped (and the caret moves with them),
  // invisible characters named; å is one column.
  excerpt = excerpt_of_line("a\tå\x01x", 5);
  CHECK(excerpt.shown == "a å\\x01x");
  CHECK(excerpt.caret == 8);
  excerpt = excerpt_of_line(
      "n: a\xE2\x80\xAE"
      "b",
      6);
  CHECK(excerpt.shown == "n: a<U+202E>b");
  CHECK(excerpt.caret == 13);
  // A column just past the end (a value missing at the line's end) points past the end.
  excerpt = excerpt_of_line("owner:", 7);
  CHECK(excerpt.shown == "owner:");
  CHECK(excerpt.caret == 7);
  // Exactly 200 columns still fit.
  excerpt = excerpt_of_line(std::string(200, 'x'), 200);
  CHECK(excerpt.shown == std::string(200, 'x'));
  CHECK(excerpt.caret == 200);
}

TEST_CASE("a long line with the finding near its start is cut after 200 columns", "[render][excerpt]") {
  const LongLine line = long_line(5000);
  SourceExcerpt excerpt = excerpt_of_line(line.text, line.columns[0]);
  const std::vector<std::string> shown = characters(excerpt.shown);
  REQUIRE(shown.size() == 201);
  CHECK(shown.back() == "…");
  CHECK(excerpt.shown.starts_with("parties: [å0, å1,"));
  CHECK(excerpt.caret == 11);
  CHECK(under_caret(excerpt) == "å");
  // Up to column 140 the line is shown from its start, as always.
  excerpt = excerpt_of_line(line.text, 140);
  CHECK(excerpt.shown.starts_with("parties: [å0, å1,"));
  CHECK(excerpt.caret == 140);
  excerpt = excerpt_of_line(line.text, 141);
  CHECK(excerpt.shown.starts_with("…"));
  CHECK(excerpt.caret == 62);
  CHECK(under_caret(excerpt) == characters(line.text)[140]);
  // A cut falls between characters, never inside one (å at column 200 is shown whole).
  excerpt = excerpt_of_line(std::string(199, 'a') + "å" + std::string(50, 'a'), 1);
  CHECK(excerpt.shown == std::string(199, 'a') + "å…");
  // Column 1.
  excerpt = excerpt_of_line(line.text, 1);
  CHECK(excerpt.caret == 1);
  CHECK(under_caret(excerpt) == "p");
}

TEST_CASE("a finding far along a long line gets a window around it", "[render][excerpt]") {
  const LongLine line = long_line(5000);
  const int middle = line.columns[2500];
  SourceExcerpt excerpt = excerpt_of_line(line.text, middle);
  std::vector<std::string> shown = characters(excerpt.shown);
  CHECK(shown.front() == "…");
  CHECK(shown.back() == "…");
  CHECK(shown.size() == 201);  // "…", 199 characters of the line, "…"
  CHECK(excerpt.caret == 62);  // "…" and the 60 characters before the finding
  CHECK(under_caret(excerpt) == "å");
  CHECK(excerpt.shown.substr(excerpt.shown.find("å2500")).starts_with("å2500, å2501"));
  // The characters before the caret are the 60 before the finding on the line.
  const std::vector<std::string> all = characters(line.text);
  for (int i = 1; i <= 60; ++i) {
    CHECK(shown[static_cast<std::size_t>(excerpt.caret - 1 - i)] ==
          all[static_cast<std::size_t>(middle - 1 - i)]);
  }

  // The last entry: the window reaches the line's end, so no "…" after it.
  excerpt = excerpt_of_line(line.text, line.columns[4999]);
  shown = characters(excerpt.shown);
  CHECK(shown.front() == "…");
  CHECK(shown.back() == "]");
  CHECK(under_caret(excerpt) == "å");
  CHECK(excerpt.shown.ends_with("å4999]"));

  // One column past the end of the long line: the caret right after the window's last character.
  excerpt = excerpt_of_line(line.text, static_cast<int>(all.size()) + 1);
  CHECK(excerpt.shown.ends_with("å4999]"));
  CHECK(static_cast<std::size_t>(excerpt.caret) == characters(excerpt.shown).size() + 1);
}

TEST_CASE("the caret stands under the finding's character at every column", "[render][excerpt]") {
  const LongLine line = long_line(1000);
  const std::vector<std::string> all = characters(line.text);
  LinePlace place;
  for (int column = 1; column <= static_cast<int>(all.size()); ++column) {
    const SourceExcerpt alone = excerpt_of_line(line.text, column);
    const SourceExcerpt counted_on = excerpt_of_line(line.text, column, &place);
    INFO("column " << column);
    CHECK(under_caret(alone) == all[static_cast<std::size_t>(column) - 1]);
    CHECK(counted_on.shown == alone.shown);
    CHECK(counted_on.caret == alone.caret);
    CHECK(characters(alone.shown).size() <= 201);
  }
}

TEST_CASE("counting on from the previous finding gives the same excerpts", "[render][excerpt]") {
  const LongLine line = long_line(3000);
  LinePlace place;
  for (int index : {0, 30, 31, 700, 701, 2999}) {
    const int column = line.columns[static_cast<std::size_t>(index)];
    const SourceExcerpt alone = excerpt_of_line(line.text, column);
    const SourceExcerpt counted_on = excerpt_of_line(line.text, column, &place);
    CHECK(counted_on.shown == alone.shown);
    CHECK(counted_on.caret == alone.caret);
    CHECK(under_caret(alone) == "å");
  }
  // A place further along than the column is not used.
  const SourceExcerpt back = excerpt_of_line(line.text, line.columns[100], &place);
  CHECK(back.shown == excerpt_of_line(line.text, line.columns[100]).shown);
  CHECK(under_caret(back) == "å");
}

TEST_CASE("many findings on one long line print a bounded excerpt each", "[render][excerpt]") {
  const int count = 4000;
  const LongLine line = long_line(count);
  auto file = std::make_shared<SourceFile>();
  file->path = "agreements/lista.yaml";
  file->text = "id: lista\n" + line.text + "\n";
  std::vector<Finding> findings;
  for (int i = 0; i < count; ++i) {
    Finding finding;
    finding.code = "E007";
    finding.severity = Severity::Error;
    finding.location = Location{file->path, 2, line.columns[static_cast<std::size_t>(i)], 2};
    finding.message = "unknown";
    findings.push_back(finding);
  }
  RenderContext context;
  context.files[file->path] = file;
  context.file_count = 1;
  const std::string text = render_text(findings, context);
  // Before the window, the caret lines alone held count² / 2 × 7 spaces (56 MB here).
  CHECK(text.size() < static_cast<std::size_t>(count) * 700);
  // Every caret stands under an "å", the first character of its entry.
  std::size_t checked = 0;
  std::size_t at = 0;
  while ((at = text.find("\n 2 | ", at)) != std::string::npos) {
    const std::size_t shown_start = at + 6;
    const std::size_t shown_end = text.find('\n', shown_start);
    const std::size_t caret_start = text.find("  | ", shown_end) + 4;
    const std::size_t caret = text.find('^', caret_start) - caret_start;
    const std::vector<std::string> shown = characters(text.substr(shown_start, shown_end - shown_start));
    REQUIRE(caret < shown.size());
    CHECK(shown[caret] == "å");
    ++checked;
    at = shown_end;
  }
  CHECK(checked == static_cast<std::size_t>(count));
}
