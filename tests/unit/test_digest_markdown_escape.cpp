// The Markdown digest's escapers: text that stays text, table rows that stay rows, link
// destinations that stay one destination, Mermaid labels that stay inside their node.
#include <catch2/catch.hpp>

#include "digest/markdown_escape.hpp"

using hok::escape_markdown_text;
using hok::escape_mermaid_label;
using hok::markdown_link_destination;

TEST_CASE("plain words pass unchanged", "[digest]") {
  CHECK(escape_markdown_text("Samrådsgrupp Äldre, 2025") == "Samrådsgrupp Äldre, 2025");
}

TEST_CASE("a pipe cannot split a table cell and a newline cannot end the row", "[digest]") {
  CHECK(escape_markdown_text("Barn | unga\nny rad") == "Barn \\| unga ny rad");
  CHECK(escape_markdown_text("a\r\nb") == "a  b");
  CHECK(escape_markdown_text("  1. lista") == "  1\\. lista");
}

TEST_CASE("markup characters are backslash-escaped", "[digest]") {
  CHECK(escape_markdown_text("*fet* _kursiv_ `kod` [länk](x) <b>") ==
        "\\*fet\\* \\_kursiv\\_ \\`kod\\` \\[länk\\]\\(x\\) \\<b\\>");
  CHECK(escape_markdown_text("a & b") == "a \\& b");
  CHECK(escape_markdown_text("# rubrik") == "\\# rubrik");
  CHECK(escape_markdown_text("- punkt") == "\\- punkt");
  CHECK(escape_markdown_text("---") == "\\---");
}

TEST_CASE("dashes and dates inside a text stay readable", "[digest]") {
  CHECK(escape_markdown_text("Hälso- och sjukvård 2026-11-26") == "Hälso- och sjukvård 2026-11-26");
}

TEST_CASE("a leading number cannot start an ordered list", "[digest]") {
  CHECK(escape_markdown_text("2024. Årsplan") == "2024\\. Årsplan");
  CHECK(escape_markdown_text("Version 2.0") == "Version 2.0");
}

TEST_CASE("mentions and issue references notify no one", "[digest]") {
  CHECK(escape_markdown_text("@channel #123") == "\\@channel \\#123");
}

TEST_CASE("a link destination cannot be ended or split", "[digest]") {
  CHECK(markdown_link_destination("../groups/vis.md") == "../groups/vis.md");
  CHECK(markdown_link_destination("https://x.se/a b)(c|d<e>") == "https://x.se/a%20b%29%28c%7Cd%3Ce%3E");
}

TEST_CASE("a Mermaid label cannot close its node or the code block", "[digest]") {
  CHECK(escape_mermaid_label("VIS \"politisk\"") == "VIS #quot;politisk#quot;");
  CHECK(escape_mermaid_label("<script>&#") == "#lt;script#gt;#amp;#35;");
  CHECK(escape_mermaid_label("```\nend") == "#96;#96;#96; end");
}
