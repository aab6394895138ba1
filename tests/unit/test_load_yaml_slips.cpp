#include <catch2/catch.hpp>

#include "core/finding_catalog.hpp"
#include "load/yaml_slips.hpp"

using namespace hok;

namespace {

std::string in(const char* language, const Message& text) { return FindingCatalog::find(language)->render(text); }

}  // namespace

TEST_CASE("a missing space after a colon is found above the line the parser stops at", "[load][E001]") {
  auto slip = find_slip_before_error("id: a\nstatus:in-force\nname: x\n", 3, 5, "illegal map value");
  REQUIRE(slip);
  CHECK(slip->line == 2);
  CHECK(slip->column == 7);
  CHECK(in("sv", slip->hint) == "skriv ett mellanslag efter kolon: `status: in-force`");
  CHECK(in("en", slip->hint) == "write a space after the colon: `status: in-force`");
}

TEST_CASE("a web address is not a missing space", "[load][E001]") {
  CHECK_FALSE(find_silent_slip("id: a\nwebsite: https://example.org\n"));
}

TEST_CASE("an unclosed quote is reported where it opens", "[load][E001]") {
  auto slip = find_slip_before_error("id: a\nname: \"abc\ntype: b\nnote: \"c\"\nx: 1\n", 4, 15, "end of map not found");
  REQUIRE(slip);
  CHECK(slip->line == 2);
  CHECK(slip->column == 7);
  CHECK(in("en", slip->hint) == "end the text with \" on the same line: `name: \"abc\"`");
}

TEST_CASE("a list entry indented too far says how the entries above are indented", "[load][E001]") {
  auto slip = find_slip_before_error("id: a\nmembers:\n  - org: a\n    role: b\n   - org: c\n", 5, 4, "end of sequence not found");
  REQUIRE(slip);
  CHECK(slip->line == 5);
  CHECK(in("en", slip->message) ==
        "this list entry is indented 3 spaces, but the entry above it (line 3) is indented 2 spaces, so the list breaks here");
  CHECK(in("sv", slip->hint) == "dra in den 2 mellanslag, som raden den hör ihop med: `  - org: c`");
}

TEST_CASE("a list entry of plain words indented too far is found though it parses", "[load][E001]") {
  auto slip = find_silent_slip("id: a\nparties:\n  - a\n   - b\n");
  REQUIRE(slip);
  CHECK(slip->line == 4);
  CHECK(in("en", slip->hint) == "indent it 2 spaces, as the line it belongs with: `  - b`");
}

TEST_CASE("a field indented one space too little", "[load][E001]") {
  auto slip = find_slip_before_error("id: a\nreview:\n  interval: 3\n last: 2024-01-01\n", 4, 2, "end of map not found");
  REQUIRE(slip);
  CHECK(slip->line == 4);
  CHECK(in("en", slip->message) ==
        "this line is indented 1 space, but the line it belongs with above it (line 3) is indented 2 spaces, so hok cannot tell where it belongs");
}

TEST_CASE("a colon inside an unquoted text asks for quotes", "[load][E001]") {
  auto slip = find_slip_before_error("id: a\nname: Samverkan: äldre  # note\ntype: x\n", 2, 16, "illegal map value");
  REQUIRE(slip);
  CHECK(slip->line == 2);
  CHECK(in("sv", slip->hint) == "sätt texten inom citattecken: `name: \"Samverkan: äldre\"`");
}

TEST_CASE("well-formed text shows no slip", "[load][E001]") {
  CHECK_FALSE(find_silent_slip("id: a\nparties:\n  - a\n  - b\ndescription: |\n  Text:här\n   - med punkt\nname: \"x: y\"\n"));
  CHECK_FALSE(find_silent_slip("id: a\nmembers:\n- org: a\n  role: b\n- org: c\n"));
}

TEST_CASE("a list never closed is reported where it opens", "[load][E001]") {
  auto slip = find_slip_before_error("id: a\nparties: [alvby, bjorko\nname: x\n", 4, 1, "end of sequence flow not found");
  REQUIRE(slip);
  CHECK(slip->line == 2);
  CHECK(slip->column == 10);
  CHECK(in("en", slip->hint) == "end it with ]: `parties: [alvby, bjorko]`");
}

TEST_CASE("a tab's corrected line indents with two spaces per tab", "[load][E001]") {
  CHECK(in("sv", tab_hint("\tadopted: 2023-03-15   # note")) == "ersätt tabben med mellanslag: `  adopted: 2023-03-15`");
}

TEST_CASE("odd lines never throw or crash the slip finder", "[load][E001]") {
  const char* texts[] = {"-", "-\n", "- \n-", "-\n -\n  -", ":", ":\n :", "a:\n-", "\n\n", "", "\"", "'", "[", "{",
                         "- [", "a: [\n", "a: \"\n", "  - a\n-", "a:b\n", "-a:b", "- a:b\n - c:d", "#\n#:", "a: |\n  x:y\nb:c"};
  for (const char* text : texts) {
    for (int line = 0; line <= 4; ++line) {
      CHECK_NOTHROW(find_slip_before_error(text, line, 1, "illegal map value"));
      CHECK_NOTHROW(find_slip_before_error(text, line, 0, "end of sequence flow not found"));
    }
    CHECK_NOTHROW(find_silent_slip(text));
  }
}
