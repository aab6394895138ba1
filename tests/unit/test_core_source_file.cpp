// The position index: one flat, sorted table per file instead of a tree of strings; the text of
// one line, as diagnostics and `hok mv` quote it.
#include <catch2/catch.hpp>

#include "core/source_file.hpp"

namespace {

hok::NodePosition at(int line, int column) { return hok::NodePosition{line, column, 1, 0, 0, 0, true}; }

}  // namespace

TEST_CASE("the position index finds every pointer it was given, in any order", "[load][source_file]") {
  hok::PositionIndex index;
  index.set("", at(1, 1));
  index.set("/members", at(2, 3));
  index.set("/members/10", at(12, 5));
  index.set("/members/2", at(4, 5));
  index.set("/id", at(1, 5));
  for (bool sealed : {false, true}) {
    if (sealed) index.seal();
    CAPTURE(sealed);
    REQUIRE(index.find("/members/10") != nullptr);
    CHECK(index.find("/members/10")->line == 12);
    CHECK(index.find("/members/2")->line == 4);
    CHECK(index.find("/id")->column == 5);
    CHECK(index.find("")->line == 1);
    CHECK(index.find("/members/1") == nullptr);
    CHECK(index.find("/member") == nullptr);
    CHECK(index.size() == 5);
  }
}

TEST_CASE("the position index keeps the position set last for a pointer", "[load][source_file]") {
  hok::PositionIndex index;
  index.set("/id", at(1, 1));
  index.set("/name", at(2, 1));
  index.set("/id", at(3, 1));
  CHECK(index.find("/id")->line == 3);
  index.seal();
  CHECK(index.find("/id")->line == 3);
  CHECK(index.find("/name")->line == 2);
  CHECK(index.size() == 2);
  index.set("/id", at(7, 1));  // after sealing: still the last one wins
  CHECK(index.find("/id")->line == 7);
  index.seal();
  CHECK(index.find("/id")->line == 7);
}

TEST_CASE("nearest falls back to the closest ancestor, then to the file start", "[load][source_file]") {
  hok::PositionIndex index;
  index.set("/members", at(2, 3));
  index.set("/members/0/org", at(3, 10));
  index.seal();
  CHECK(index.nearest("/members/0/org").column == 10);
  CHECK(index.nearest("/members/0/person").line == 2);
  CHECK(index.nearest("/missing/deep").line == 1);
  CHECK(index.nearest("/missing/deep").column == 1);
}

TEST_CASE("pointer tokens are escaped as RFC 6901 says", "[load][source_file]") {
  std::string pointer = "/severity";
  hok::append_pointer_token(pointer, "a/b~c");
  CHECK(pointer == "/severity/a~1b~0c");
  CHECK(hok::pointer_append("", "x") == "/x");
  CHECK(hok::pointer_append("/list", std::size_t{3}) == "/list/3");
}

TEST_CASE("line_text gives one line without its line ending, LF or CRLF", "[load][source_file]") {
  const std::string text = "id: a\r\nname: \"Åsa\"\nstatus: active";
  CHECK(hok::line_text(text, 1) == "id: a");
  CHECK(hok::line_text(text, 2) == "name: \"Åsa\"");
  CHECK(hok::line_text(text, 3) == "status: active");
  hok::SourceFile file;
  file.text = text;
  CHECK(file.line_text(1) == "id: a");
}

TEST_CASE("line_text is empty for a line outside the text", "[load][source_file]") {
  CHECK(hok::line_text("id: a\n", 0).empty());
  CHECK(hok::line_text("id: a\n", 2).empty());
  CHECK(hok::line_text("id: a\n", 3).empty());
  CHECK(hok::line_text("", 1).empty());
}
